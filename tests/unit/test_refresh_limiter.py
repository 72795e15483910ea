"""Per-host politeness: HTTP/1.1 hosts get `per_host` requests at once; a host that answers
over HTTP/2 carries the rest of its requests at once on its one connection."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from newsreader.config import Settings
from newsreader.pipeline import refresh
from newsreader.pipeline.limiter import HostLimiter
from newsreader.store import Store

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    b"<item><guid>1</guid><title>one</title><description>Body text.</description></item>"
    b"</channel></rss>"
)


def counting_transport(http_version: bytes) -> tuple[httpx.MockTransport, dict[str, int]]:
    """Answers every feed after 50 ms, counting the most requests in flight at once."""
    seen = {"now": 0, "most": 0}

    async def handle(request: httpx.Request) -> httpx.Response:
        seen["now"] += 1
        seen["most"] = max(seen["most"], seen["now"])
        await asyncio.sleep(0.05)
        seen["now"] -= 1
        return httpx.Response(
            200,
            content=FEED,
            headers={"Content-Type": "application/rss+xml"},
            extensions={"http_version": http_version},
        )

    return httpx.MockTransport(handle), seen


@pytest.mark.parametrize(
    ("version", "most"), [(b"HTTP/1.1", range(2, 3)), (b"HTTP/2", range(11, 13))]
)
def test_one_host_many_feeds(tmp_path: Path, version: bytes, most: range) -> None:
    store = Store(tmp_path / "db.sqlite")
    try:
        for i in range(13):
            store.add_feed(f"https://one.example/feed/{i}.xml")
        transport, seen = counting_transport(version)
        settings = Settings(concurrency=20, per_host_concurrency=2)
        summary = asyncio.run(refresh(store, settings, transport=transport))
        assert summary.feeds_ok == 13
        # HTTP/1.1: never more than two at once. HTTP/2: the first answer tells us, and
        # the eleven still queued go at once (beside the second, if it is still running).
        assert seen["most"] in most
    finally:
        store.close()


def test_limiter_widens_only_the_host_that_spoke_http2() -> None:
    limiter = HostLimiter(total=20, per_host=4)
    limiter.learned("https://a.example/x", "HTTP/2")
    limiter.learned("https://b.example/x", "HTTP/1.1")
    assert limiter.limit_for("https://A.example/other") == 20
    assert limiter.limit_for("https://b.example/x") == 4
    assert limiter.limit_for("https://c.example/x") == 4

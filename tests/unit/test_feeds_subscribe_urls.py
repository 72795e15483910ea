"""What `add` accepts as a feed address, before any network is touched."""

from __future__ import annotations

import pytest

from newsreader.feeds.fetch import FetchError
from newsreader.feeds.subscribe import normalise_url


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("example.com/feed.xml", "https://example.com/feed.xml"),
        ("http://localhost:8080/rss", "http://localhost:8080/rss"),
        ("http://127.0.0.1:9/feed", "http://127.0.0.1:9/feed"),
    ],
)
def test_accepted_addresses(typed: str, url: str) -> None:
    assert normalise_url(typed) == url


@pytest.mark.parametrize("typed", ["not a url", "foo", "javascript:alert(1)", "file:///etc/passwd", ""])
def test_refused_addresses(typed: str) -> None:
    with pytest.raises(FetchError):
        normalise_url(typed)


def test_an_address_without_scheme_falls_back_to_http(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`add host:port/feed` reaches a plain-http server after https fails to connect."""
    import asyncio

    import httpx

    from newsreader.feeds.subscribe import subscribe
    from newsreader.store import Store

    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title></channel></rss>'

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.scheme == "https":
            raise httpx.ConnectError("wrong version number", request=request)
        return httpx.Response(200, stream=httpx.ByteStream(body), headers={"content-type": "application/rss+xml"})

    store = Store(tmp_path / "news.db")
    feed = asyncio.run(subscribe(store, "127.0.0.1:8080/feed.xml", transport=httpx.MockTransport(handler)))
    assert feed.url == "http://127.0.0.1:8080/feed.xml"
    with pytest.raises(FetchError):
        asyncio.run(subscribe(store, "https://127.0.0.1:8081/feed.xml", transport=httpx.MockTransport(handler)))

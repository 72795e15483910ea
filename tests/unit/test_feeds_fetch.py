"""The fetcher with httpx.MockTransport: what is sent, and how each outcome maps."""

from __future__ import annotations

import gzip
import zlib
from datetime import UTC, datetime, timedelta

import brotli
import httpx
import pytest

from newsreader.feeds.fetch import (
    USER_AGENT,
    FetchError,
    FetchLimits,
    fetch_url,
    make_client,
    parse_retry_after,
)

FEED = b'<rss version="2.0"><channel><title>t</title></channel></rss>'


def streamed(data: bytes, chunk: int = 16_384):  # type: ignore[no-untyped-def]
    """A body httpx has not read yet, so the fetcher's own streaming path runs."""

    async def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(data), chunk):
            yield data[start : start + chunk]

    return chunks()


def client_for(handler) -> httpx.AsyncClient:  # type: ignore[no-untyped-def]
    return make_client(httpx.MockTransport(handler))


async def test_sends_user_agent_and_conditional_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(304)

    async with client_for(handler) as client:
        response = await fetch_url(
            client,
            "http://f.example/feed",
            etag='"abc"',
            last_modified="Wed, 01 Jan 2025 00:00:00 GMT",
        )
    assert response.not_modified and response.content == b""
    [request] = seen
    assert request.headers["User-Agent"] == USER_AGENT
    assert USER_AGENT.startswith("newsreader/")
    assert request.headers["If-None-Match"] == '"abc"'
    assert request.headers["If-Modified-Since"] == "Wed, 01 Jan 2025 00:00:00 GMT"
    assert (
        "gzip" in request.headers["Accept-Encoding"] and "br" in request.headers["Accept-Encoding"]
    )


async def test_no_conditional_headers_without_validators() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, content=streamed(FEED), headers={"ETag": '"v1"', "Last-Modified": "x"}
        )

    async with client_for(handler) as client:
        response = await fetch_url(client, "http://f.example/feed")
    assert "If-None-Match" not in seen[0].headers and "If-Modified-Since" not in seen[0].headers
    assert (response.status, response.content, response.etag, response.last_modified) == (
        200,
        FEED,
        '"v1"',
        "x",
    )


@pytest.mark.parametrize(
    ("status", "fragment"),
    [
        (404, "404 not found"),
        (410, "gone"),
        (500, "500 server error"),
        (403, "forbidden"),
        (418, "418"),
    ],
)
async def test_error_statuses_become_fetch_errors(status: int, fragment: str) -> None:
    async with client_for(lambda request: httpx.Response(status)) as client:
        with pytest.raises(FetchError) as raised:
            await fetch_url(client, "http://f.example/feed")
    assert fragment in str(raised.value)
    assert raised.value.status == status
    assert raised.value.retry_after is None


@pytest.mark.parametrize("status", [429, 503])
async def test_retry_after_seconds_is_kept(status: int) -> None:
    async with client_for(
        lambda r: httpx.Response(status, headers={"Retry-After": "120"})
    ) as client:
        with pytest.raises(FetchError) as raised:
            await fetch_url(client, "http://f.example/feed")
    wait = raised.value.retry_after - datetime.now(UTC)  # type: ignore[operator]
    assert timedelta(seconds=100) < wait <= timedelta(seconds=121)


async def test_429_without_retry_after_still_backs_off() -> None:
    async with client_for(lambda r: httpx.Response(429)) as client:
        with pytest.raises(FetchError) as raised:
            await fetch_url(client, "http://f.example/feed")
    assert raised.value.retry_after is not None and raised.value.retry_after > datetime.now(UTC)


def test_retry_after_http_date_and_cap() -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert parse_retry_after("Wed, 01 Jan 2025 00:10:00 GMT", now) == now + timedelta(minutes=10)
    assert parse_retry_after("99999999", now) == now + timedelta(days=1)
    assert parse_retry_after("soon", now) is None


async def test_timeout_maps_to_a_message() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="timed out"):
            await fetch_url(client, "http://f.example/feed")


async def test_connection_error_maps_to_a_message() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="cannot connect"):
            await fetch_url(client, "http://f.example/feed")


async def test_oversize_by_content_length_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 2000)

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="too large"):
            await fetch_url(client, "http://f.example/feed", limits=FetchLimits(max_bytes=1000))


async def test_oversize_streamed_without_length_is_aborted() -> None:
    async def endless():  # type: ignore[no-untyped-def]
        while True:
            yield b"y" * 4096

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=endless())

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="too large"):
            await fetch_url(client, "http://f.example/feed", limits=FetchLimits(max_bytes=100_000))


async def test_gzip_bomb_is_capped_on_decoded_size() -> None:
    bomb = gzip.compress(b"\0" * 50_000_000)
    assert len(bomb) < 100_000

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=streamed(bomb), headers={"Content-Encoding": "gzip"})

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="decompressed"):
            await fetch_url(
                client, "http://f.example/feed", limits=FetchLimits(max_bytes=1_000_000)
            )


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, no zlib header
        ("br", brotli.compress),
    ],
    ids=["gzip", "deflate", "raw-deflate", "brotli"],
)
async def test_encodings_are_decoded(encoding: str, encode) -> None:  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=streamed(encode(FEED)), headers={"Content-Encoding": encoding}
        )

    async with client_for(handler) as client:
        response = await fetch_url(client, "http://f.example/feed")
    assert response.content == FEED


async def test_brotli_bomb_is_capped() -> None:
    bomb = brotli.compress(b"a" * 30_000_000)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=streamed(bomb), headers={"Content-Encoding": "br"})

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="too large"):
            await fetch_url(
                client, "http://f.example/feed", limits=FetchLimits(max_bytes=1_000_000)
            )


async def test_bad_gzip_is_a_clear_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=streamed(b"not gzip at all"), headers={"Content-Encoding": "gzip"}
        )

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="corrupt"):
            await fetch_url(client, "http://f.example/feed")


async def test_permanent_redirect_is_reported_temporary_is_not() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        if path == "/temp":
            return httpx.Response(302, headers={"Location": "/new"})
        return httpx.Response(200, content=streamed(FEED))

    async with client_for(handler) as client:
        moved = await fetch_url(client, "http://f.example/old")
        temporary = await fetch_url(client, "http://f.example/temp")
    assert moved.permanent_redirect_to == "http://f.example/new"
    assert moved.url == "http://f.example/new"
    assert temporary.permanent_redirect_to is None


async def test_redirect_loop_and_too_many_redirects() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/a":
            return httpx.Response(302, headers={"Location": "/b"})
        if path == "/b":
            return httpx.Response(302, headers={"Location": "/a"})
        number = int(path.strip("/"))
        return httpx.Response(302, headers={"Location": f"/{number + 1}"})

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="redirect loop"):
            await fetch_url(client, "http://f.example/a")
        with pytest.raises(FetchError, match="more than 3 redirects"):
            await fetch_url(client, "http://f.example/1", limits=FetchLimits(max_redirects=3))


async def test_redirect_to_file_scheme_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "file:///etc/passwd"})

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match="non-http"):
            await fetch_url(client, "http://f.example/feed")


async def test_overall_deadline_stops_a_trickling_body() -> None:
    import asyncio

    async def trickle():  # type: ignore[no-untyped-def]
        while True:
            await asyncio.sleep(0.05)
            yield b"x"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=trickle())

    async with client_for(handler) as client:
        with pytest.raises(FetchError, match=r"gave up after 0\.3 s"):
            await fetch_url(client, "http://f.example/feed", limits=FetchLimits(deadline=0.3))


def test_production_client_trusts_environment_test_client_does_not() -> None:
    assert make_client()._trust_env is True
    assert make_client(httpx.MockTransport(lambda r: httpx.Response(200)))._trust_env is False

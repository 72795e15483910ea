"""HTTP for feeds and pages: one shared httpx client, conditional GET, hard limits.

Every request is bounded four ways: connect and read timeouts, an overall deadline
(a server trickling one byte a second never trips a read timeout), a cap on the body
counted after decompression (gzip bombs), and a redirect limit. Failures become one
`FetchError` whose message a person can read; nothing here retries by itself.
"""

from __future__ import annotations

import asyncio
import email.utils
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import httpx

from newsreader import __version__
from newsreader.feeds.decode import BoundedDecoder, DecodeError, TooLarge
from newsreader.sanitize import sanitize_line

if TYPE_CHECKING:
    from newsreader.config import Settings


def _cache_missing_sniffio() -> None:
    """Remember that `sniffio` is not installed, so httpcore stops looking for it.

    httpcore runs `import sniffio` whenever it creates a lock; recent anyio no longer pulls
    sniffio in, and each failed import searches sys.path again: ~7,000 failed imports per
    500-feed refresh, about a tenth of its CPU. A None entry in sys.modules is Python's own
    "not importable" marker: the import still fails, at once.
    """
    import importlib.util
    import sys

    if "sniffio" not in sys.modules and importlib.util.find_spec("sniffio") is None:
        sys.modules["sniffio"] = None  # type: ignore[assignment]


_cache_missing_sniffio()


def _cheap_readability_check() -> None:
    """Let httpcore test an idle connection without building anyio's attribute table.

    Before reusing or expiring pooled connections, httpcore asks each idle one whether the
    server closed it (`get_extra_info("is_readable")`). anyio answers by building a dict
    of every socket attribute, calling getpeername() each time: ~23,000 system calls and
    about a fifth of the CPU of a 500-feed refresh. Reading the raw socket directly gives
    the same answer; any stream shape we do not recognise takes the original path.
    """
    try:
        from httpcore._backends.anyio import AnyIOStream
        from httpcore._utils import is_socket_readable
    except ImportError:  # a future httpcore: keep its own behaviour
        return
    original = AnyIOStream.get_extra_info
    if getattr(original, "_newsreader_fast", False):
        return

    def get_extra_info(self: AnyIOStream, info: str) -> object:
        if info == "is_readable":
            stream = getattr(self, "_stream", None)
            raw = getattr(stream, "_raw_socket", None)
            if raw is None:  # TLS wraps the socket stream
                raw = getattr(getattr(stream, "transport_stream", None), "_raw_socket", None)
            if raw is not None:
                return is_socket_readable(raw)
        return original(self, info)

    get_extra_info._newsreader_fast = True  # type: ignore[attr-defined]
    AnyIOStream.get_extra_info = get_extra_info  # type: ignore[method-assign]


_cheap_readability_check()

USER_AGENT = f"newsreader/{__version__} (+https://github.com/newsreader)"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml, text/plain;q=0.9, application/pdf;q=0.8, */*;q=0.5"
DEFAULT_BACKOFF = timedelta(minutes=10)
MAX_BACKOFF = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 30.0
    """Seconds for the whole request, redirects and body included."""
    max_bytes: int = 10_000_000
    """Largest body accepted, counted on the wire and again after decompression."""
    max_redirects: int = 5

    @classmethod
    def for_settings(cls, settings: Settings) -> FetchLimits:
        """The user's deadline and size cap; the shorter timeouts never exceed the deadline."""
        deadline = float(settings.feed_deadline_seconds)
        usual = cls()
        return cls(
            connect_timeout=min(usual.connect_timeout, deadline),
            read_timeout=min(usual.read_timeout, deadline),
            deadline=deadline,
            max_bytes=settings.max_response_mb * 1_000_000,
        )


@dataclass(frozen=True, slots=True)
class FetchedResponse:
    url: str
    """The URL that finally answered (after redirects)."""
    status: int
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    permanent_redirect_to: str | None
    """Set when every redirect up to here was permanent (301/308): the new address to keep."""
    http_version: str = "HTTP/1.1"
    """As the server answered: "HTTP/2" means one connection carries many requests."""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed, with a one-line message and, for 429/503, when to retry."""

    def __init__(
        self, message: str, *, status: int | None = None, retry_after: datetime | None = None
    ) -> None:
        super().__init__(sanitize_line(message))
        self.status = status
        self.retry_after = retry_after


def make_client(
    transport: httpx.AsyncBaseTransport | None = None,
    settings: Settings | None = None,
    limits: FetchLimits | None = None,
    *,
    trust_env: bool | None = None,
) -> httpx.AsyncClient:
    """The one client a refresh shares: HTTP/2 where offered, pooled connections.

    Args:
        transport: injected transport (tests); when given, proxies from the environment
            are ignored unless `trust_env` says otherwise.
        settings: sizes the connection pool from `concurrency`.
    """
    limits = limits or FetchLimits()
    concurrency = max(1, settings.concurrency if settings else 20)
    return httpx.AsyncClient(
        http2=True,
        transport=transport,
        trust_env=(transport is None) if trust_env is None else trust_env,
        follow_redirects=False,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate, br"},
        timeout=httpx.Timeout(
            connect=limits.connect_timeout,
            read=limits.read_timeout,
            write=limits.read_timeout,
            pool=limits.deadline,
        ),
        # Callers bound concurrency themselves (feeds, plus a few article pages); a pool
        # much larger than that only makes httpcore scan more idle connections per request.
        limits=httpx.Limits(
            max_connections=concurrency + 4,
            max_keepalive_connections=concurrency + 4,
            keepalive_expiry=30.0,
        ),
    )


def parse_retry_after(value: str | None, now: datetime | None = None) -> datetime | None:
    """Retry-After as a moment: seconds or an HTTP date; capped at a day."""
    now = now or datetime.now(UTC)
    if not value:
        return None
    value = value.strip()
    delay: timedelta | None = None
    if value.isdigit():
        delay = timedelta(seconds=int(value))
    else:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        delay = max(timedelta(0), moment - now)
    return now + min(delay, MAX_BACKOFF)


def _describe_status(status: int) -> str:
    phrase = {
        400: "bad request",
        401: "needs a login",
        403: "forbidden",
        404: "not found",
        410: "gone: the feed was removed (consider `newsreader remove`)",
        429: "too many requests",
        500: "server error",
        502: "bad gateway",
        503: "service unavailable",
        504: "gateway timeout",
    }.get(status, "unexpected response")
    return f"HTTP {status} {phrase}"


def _describe_error(error: Exception) -> str:
    if isinstance(error, httpx.ConnectTimeout):
        return "timed out connecting"
    if isinstance(error, httpx.ReadTimeout):
        return "timed out waiting for the server"
    if isinstance(error, httpx.PoolTimeout):
        return "timed out waiting for a free connection"
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    if isinstance(error, httpx.ConnectError):
        detail = str(error) or "connection refused"
        return f"cannot connect ({detail})"
    if isinstance(error, (httpx.ReadError, httpx.WriteError)):
        return "the server broke off the connection"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"the server broke off the response ({error or 'connection closed'})"
    if isinstance(error, httpx.DecodingError):
        return f"corrupt response: {error}"
    if isinstance(error, httpx.UnsupportedProtocol):
        return "not an http(s) URL"
    if isinstance(error, httpx.HTTPError):
        return f"network error ({type(error).__name__}: {error})"
    return f"{type(error).__name__}: {error}"


async def _read_body(response: httpx.Response, limits: FetchLimits) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise TooLarge(f"larger than {limits.max_bytes // 1_000_000} MB")
    if response.is_stream_consumed:
        # A transport that hands over a body already read (httpx.MockTransport with bytes)
        # has had it decoded by httpx; it is in memory already, so only the cap is left.
        if len(response.content) > limits.max_bytes:
            raise TooLarge(f"larger than {limits.max_bytes // 1_000_000} MB")
        return response.content
    decoder = BoundedDecoder(response.headers.get("content-encoding", ""), limits.max_bytes)
    raw_size = 0
    pieces: list[bytes] = []
    async for chunk in response.aiter_raw():
        raw_size += len(chunk)
        if raw_size > limits.max_bytes:
            raise TooLarge(f"larger than {limits.max_bytes // 1_000_000} MB")
        pieces.extend(decoder.feed(chunk))
    pieces.append(decoder.flush())
    return b"".join(pieces)


async def fetch_url(
    client: httpx.AsyncClient,
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits | None = None,
    accept: str = FEED_ACCEPT,
) -> FetchedResponse:
    """GET `url` following redirects, with conditional headers when validators are known.

    Returns:
        the response; `status == 304` (empty content) when the stored copy is current.

    Raises:
        FetchError: network failure, timeout, deadline, oversize, redirect loop, or any
            status other than 2xx/304 (with `retry_after` for 429 and 503).
    """
    limits = limits or FetchLimits()
    try:
        async with asyncio.timeout(limits.deadline):
            return await _fetch(client, url, etag, last_modified, limits, accept)
    except TimeoutError:
        raise FetchError(f"gave up after {limits.deadline:g} s (server too slow)") from None
    except TooLarge as error:
        raise FetchError(f"response too large: {error}") from None
    except DecodeError as error:
        raise FetchError(f"corrupt response: {error}") from None
    except httpx.HTTPError as error:
        raise FetchError(_describe_error(error)) from None


async def _fetch(
    client: httpx.AsyncClient,
    url: str,
    etag: str | None,
    last_modified: str | None,
    limits: FetchLimits,
    accept: str,
) -> FetchedResponse:
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    permanent: str | None = None
    all_permanent = True
    seen = {url}
    for _hop in range(limits.max_redirects + 1):
        async with _stream(client, current, headers) as response:
            status = response.status_code
            if status in (304, 301, 302, 303, 307, 308):
                # Reading the (empty or tiny) body lets httpx return the connection to the
                # pool; closing a response unread drops it, costing a new connection each time.
                await _read_body(response, limits)
            if status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {status} redirect without a Location", status=status)
                target = urljoin(current, location)
                if urlsplit(target).scheme not in ("http", "https"):
                    raise FetchError("redirected to a non-http(s) address", status=status)
                if target in seen:
                    raise FetchError("redirect loop", status=status)
                seen.add(target)
                all_permanent = all_permanent and status in (301, 308)
                if all_permanent:
                    permanent = target
                current = target
                continue
            if status == 304:
                return _response(response, current, b"", permanent)
            if 200 <= status < 300:
                body = await _read_body(response, limits)
                return _response(response, current, body, permanent)
            retry = None
            if status in (429, 503):
                retry = parse_retry_after(response.headers.get("retry-after")) or (
                    datetime.now(UTC) + DEFAULT_BACKOFF
                )
            raise FetchError(_describe_status(status), status=status, retry_after=retry)
    raise FetchError(f"more than {limits.max_redirects} redirects")


@asynccontextmanager
async def _stream(
    client: httpx.AsyncClient, url: str, headers: dict[str, str]
) -> AsyncIterator[httpx.Response]:
    async with client.stream("GET", url, headers=headers) as response:
        yield response


def _response(
    response: httpx.Response, url: str, content: bytes, permanent: str | None
) -> FetchedResponse:
    return FetchedResponse(
        url=url,
        status=response.status_code,
        content=content,
        content_type=response.headers.get("content-type"),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        permanent_redirect_to=permanent,
        http_version=response.http_version,
    )

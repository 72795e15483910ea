"""Bounding how many requests run at once, overall and per host.

Per-host politeness means few connections to one server. Over HTTP/1.1 each request in
flight holds a connection, so `per_host` requests at once is `per_host` connections, and
a user with 40 feeds from one site waits for them in rounds. Over HTTP/2 httpx sends every
request to that host as a stream on one shared connection (httpcore hands a new request
to a connection still being opened when it may turn out to be HTTP/2), so once a host has
answered over HTTP/2 its requests no longer queue behind `per_host`: they share its one
connection, up to the overall limit.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import urlsplit

HTTP2_STREAMS = 50
"""Requests sent at once on one HTTP/2 connection (servers allow at least 100 by default)."""


class _Host:
    """How many requests one host may have in flight, and the semaphore that holds them."""

    __slots__ = ("limit", "slots")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.slots = asyncio.Semaphore(limit)


class HostLimiter:
    """A global semaphore plus a per-host one that widens for HTTP/2 hosts.

    The host slot is taken first: a request waiting for its (busy) host must not sit on
    a global slot that a request to another host could use.
    """

    def __init__(self, total: int, per_host: int) -> None:
        self._total = asyncio.Semaphore(max(1, total))
        self._per_host = max(1, per_host)
        self._multiplexed = max(self._per_host, min(max(1, total), HTTP2_STREAMS))
        self._hosts: dict[str, _Host] = {}

    def _host(self, url: str) -> _Host:
        try:
            name = (urlsplit(url).hostname or "").lower()
        except ValueError:  # a malformed host: its requests fail, sharing one slot
            name = ""
        host = self._hosts.get(name)
        if host is None:
            host = self._hosts[name] = _Host(self._per_host)
        return host

    def limit_for(self, url: str) -> int:
        """How many requests to `url`'s host may run at once now."""
        return self._host(url).limit

    def learned(self, url: str, http_version: str) -> None:
        """Record how `url`'s host answered; an HTTP/2 host lets its queued requests go."""
        host = self._host(url)
        if http_version.upper().startswith("HTTP/2") and host.limit < self._multiplexed:
            for _ in range(self._multiplexed - host.limit):
                host.slots.release()  # each release wakes one queued request at once
            host.limit = self._multiplexed

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        async with self._host(url).slots, self._total:
            yield

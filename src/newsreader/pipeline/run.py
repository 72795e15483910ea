"""Refreshing subscriptions: every due feed at once, within the configured limits.

Network work stays on the event loop (one shared httpx client); each finished response
goes to one worker thread that parses it and stores the feed's entries in one
transaction, so a refresh killed half-way keeps every feed already done.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx

from newsreader.config import Settings
from newsreader.feeds.fetch import (
    FetchedResponse,
    FetchError,
    FetchLimits,
    fetch_url,
    make_client,
)
from newsreader.models import Feed
from newsreader.pipeline.fulltext import PAGE_CONCURRENCY, fetch_pages
from newsreader.pipeline.limiter import HostLimiter
from newsreader.pipeline.process import Processed, process_response, record_error
from newsreader.sanitize import sanitize_line, sanitize_url
from newsreader.store import FetchOutcome, Store

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """Sent after each feed finishes: running totals plus that feed's outcome."""

    feeds_done: int
    feeds_total: int
    new_articles: int
    errors: int
    feed_id: int
    feed_title: str
    error: str | None = None
    new: int = 0
    waiting: tuple[str, ...] = ()
    """Titles of the feeds whose servers are still being waited for, longest first."""
    dropped: int = 0
    """Items this feed held beyond the per-feed cap (`retention.max_per_feed`), left out."""


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    feeds_total: int = 0
    feeds_ok: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    new_articles: int = 0
    updated_articles: int = 0
    errors: dict[int, str] = field(default_factory=dict)
    """Feed id -> one-line error, for every feed that failed."""
    elapsed_s: float = 0.0
    feeds_backing_off: int = 0
    """Feeds skipped because a 429/503 asked us to wait (fetched again with `force`)."""
    pruned: int = 0
    """Old articles removed by the retention settings (never bookmarked or saved ones)."""
    dropped: dict[int, int] = field(default_factory=dict)
    """Feed id -> items left out because the feed held more than `retention.max_per_feed`."""


@dataclass(slots=True)
class _Outcome:
    feed: Feed
    not_modified: bool = False
    processed: Processed | None = None
    error: str | None = None


def _due_feeds(store: Store, feed_ids: Sequence[int] | None, force: bool) -> tuple[list[Feed], int]:
    """The feeds to fetch, and how many were left out because they are backing off."""
    # Only http(s) feeds are fetched (the first-run sample feed has a `newsreader:` URL).
    feeds = [
        feed for feed in store.feeds_for_refresh() if feed.url.startswith(("http://", "https://"))
    ]
    if feed_ids is not None:
        wanted = set(feed_ids)
        feeds = [feed for feed in feeds if feed.id in wanted]
    if force:
        return feeds, 0
    now = datetime.now(UTC)
    waiting = store.retry_times()
    due = [feed for feed in feeds if waiting.get(feed.id, now) <= now]
    return due, len(feeds) - len(due)


async def refresh(
    store: Store,
    settings: Settings,
    feed_ids: Sequence[int] | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_progress: Callable[[RefreshProgress], None] | None = None,
    force: bool = False,
    limits: FetchLimits | None = None,
    understand: bool | None = None,
) -> RefreshSummary:
    """Fetch the due feeds (or `feed_ids`) and store what is new.

    Args:
        store: where feeds are listed and entries go.
        settings: `concurrency`, `per_host_concurrency`, `entity_backend`, retention.
        feed_ids: only these feeds; None for all.
        transport: an injected httpx transport (tests).
        on_progress: called on the event loop after each feed.
        force: also fetch feeds still backing off after a 429/503.
        limits: timeouts, deadline and size cap (default: the settings' per-feed deadline
            and response cap).
        understand: clean and analyse new entries during the refresh (True), or leave
            them to `understand_pending` (False). None (default): a feed's first fetch is
            stored raw (its whole backlog would cost ~1.7 ms of CPU per entry), later
            fetches are cleaned and analysed at once.

    Returns:
        counts, errors per feed id, and the elapsed wall time.
    """
    started = time.perf_counter()
    limits = limits or FetchLimits.for_settings(settings)
    worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsreader-refresh")
    loop = asyncio.get_running_loop()

    async def in_worker(function: Callable[..., T], *args: object) -> T:
        return await loop.run_in_executor(worker, function, *args)

    bulk = store.bulk_writes()
    bulk.__enter__()
    try:
        feeds, backing_off = await in_worker(_due_feeds, store, feed_ids, force)
        limiter = HostLimiter(settings.concurrency, settings.per_host_concurrency)
        pages = asyncio.Semaphore(PAGE_CONCURRENCY)
        totals = {"done": 0, "new": 0, "updated": 0, "errors": 0, "ok": 0, "not_modified": 0}
        errors: dict[int, str] = {}
        dropped: dict[int, int] = {}
        in_flight: dict[int, str] = {}  # feed id -> title, in the order their requests began
        async with make_client(transport, settings, limits) as client:

            async def one(feed: Feed) -> _Outcome:
                network = _Network(client, limiter, limits, pages, in_flight)
                return await _refresh_feed(feed, network, store, settings, in_worker, understand)

            tasks = [asyncio.create_task(one(feed)) for feed in feeds]
            try:
                for next_done in asyncio.as_completed(tasks):
                    outcome = await next_done
                    new = len(outcome.processed.new_ids) if outcome.processed else 0
                    totals["done"] += 1
                    totals["new"] += new
                    dropped_here = outcome.processed.dropped if outcome.processed else 0
                    if outcome.processed:
                        totals["updated"] += len(outcome.processed.updated_ids)
                    if dropped_here:
                        dropped[outcome.feed.id] = dropped_here
                    if outcome.error is not None:
                        totals["errors"] += 1
                        errors[outcome.feed.id] = outcome.error
                    elif outcome.not_modified:
                        totals["not_modified"] += 1
                    else:
                        totals["ok"] += 1
                    if on_progress is not None:
                        _report(
                            on_progress,
                            RefreshProgress(
                                feeds_done=totals["done"],
                                feeds_total=len(feeds),
                                new_articles=totals["new"],
                                errors=totals["errors"],
                                feed_id=outcome.feed.id,
                                feed_title=outcome.feed.title,
                                error=outcome.error,
                                new=new,
                                waiting=tuple(in_flight.values()),
                                dropped=dropped_here,
                            ),
                        )
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
        pruned = 0
        if totals["new"]:
            # Retention: what arrived may push old, unkept articles past the limits.
            retention = settings.retention
            pruned = await in_worker(store.prune, retention.max_age_days, retention.max_per_feed)
    finally:
        worker.shutdown(wait=True)
        bulk.__exit__(None, None, None)
    return RefreshSummary(
        feeds_total=len(feeds),
        feeds_ok=totals["ok"],
        feeds_not_modified=totals["not_modified"],
        feeds_failed=totals["errors"],
        new_articles=totals["new"],
        updated_articles=totals["updated"],
        errors=errors,
        elapsed_s=time.perf_counter() - started,
        feeds_backing_off=backing_off,
        pruned=pruned,
        dropped=dropped,
    )


def dropped_note(title: str, dropped: int, kept: int) -> str:
    """One line saying a feed held more items than the per-feed cap, for the log and CLI."""
    return f"{title}: kept {kept} of {kept + dropped} items (retention.max_per_feed)"


def _report(on_progress: Callable[[RefreshProgress], None], progress: RefreshProgress) -> None:
    """A failing progress callback (a UI gone away) must not stop the refresh."""
    try:
        on_progress(progress)
    except Exception:
        log.exception("refresh progress callback failed")


@dataclass(frozen=True, slots=True)
class _Network:
    """What every feed's fetch shares: the client, the limits and who is in flight."""

    client: httpx.AsyncClient
    limiter: HostLimiter
    limits: FetchLimits
    pages: asyncio.Semaphore
    in_flight: dict[int, str]


async def _fetch_feed(feed: Feed, network: _Network) -> FetchedResponse:
    """The feed's request, within its host's limit and the overall deadline.

    The deadline (inside `fetch_url`) starts once the request may go: time spent queued
    behind other feeds is not the server's fault.
    """
    async with network.limiter.slot(feed.url):
        network.in_flight[feed.id] = feed.title or feed.url
        try:
            response = await fetch_url(
                network.client,
                feed.url,
                etag=feed.etag,
                last_modified=feed.last_modified,
                limits=network.limits,
            )
        finally:
            network.in_flight.pop(feed.id, None)
    network.limiter.learned(feed.url, response.http_version)
    return response


async def _refresh_feed(
    feed: Feed,
    network: _Network,
    store: Store,
    settings: Settings,
    in_worker: Callable[..., Awaitable[Any]],
    understand: bool | None,
) -> _Outcome:
    """One feed, start to finish; every failure becomes the feed's recorded error."""
    try:
        response = await _fetch_feed(feed, network)
    except FetchError as error:
        await in_worker(record_error, store, feed, str(error), error.retry_after)
        return _Outcome(feed, error=str(error))
    try:
        if response.not_modified:
            outcome = FetchOutcome(
                etag=response.etag,
                last_modified=response.last_modified,
                not_modified=True,
                new_url=sanitize_url(response.permanent_redirect_to),
            )
            await in_worker(store.record_fetch, feed.id, outcome)
            return _Outcome(feed, not_modified=True)
        processed = await in_worker(process_response, store, feed, response, settings, understand)
        assert isinstance(processed, Processed)
        if processed.fulltext_wanted:
            await fetch_pages(
                store,
                processed.fulltext_wanted,
                network.client,
                network.limits,
                settings,
                in_worker,
                network.pages,
            )
        return _Outcome(feed, processed=processed, error=processed.error)
    except Exception as error:  # a bug or a store failure costs this feed, not the refresh
        message = sanitize_line(f"{type(error).__name__}: {error}")
        with contextlib.suppress(Exception):
            await in_worker(record_error, store, feed, message)
        return _Outcome(feed, error=message)

"""One sync, whatever the protocol: subscriptions, new articles, then marks both ways.

Order matters for losing nothing. Articles pulled are stored page by page (each feed's
batch one transaction) and the cursor moves only after the last page. Local marks are
read from the queue, pushed, and only then dropped (up to the last one pushed), in the
same transaction that applies what the server won; a failure anywhere leaves the queue
as it was, so the next sync pushes it again.

"Newer change wins": a mark made here carries its moment. The server's API gives none
for its own changes, only its state now, so a server change is known to lie between the
last sync and now; it is dated at the middle of that interval. When both sides changed
the same article's read or star since the last sync, the later of the two wins.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from newsreader.config import Settings
from newsreader.models import ParsedEntry
from newsreader.sanitize import sanitize_url
from newsreader.store import RemoteFeedRow, Store, SyncAccount
from newsreader.store.sync import FeedChanges, KnownState, QueuedMark
from newsreader.sync.service import RemoteArticle, RemoteStates, SyncError, SyncService


@dataclass(frozen=True, slots=True)
class SyncProgress:
    stage: str
    """`feeds`, `articles`, `marks`."""
    new_articles: int = 0


@dataclass(frozen=True, slots=True)
class SyncSummary:
    feeds_added: int = 0
    feeds_removed: int = 0
    feeds_moved: int = 0
    new_articles: int = 0
    marks_pushed: int = 0
    marks_pulled: int = 0
    conflicts: int = 0
    """Articles changed on both sides since the last sync (the newer change won)."""
    elapsed_s: float = 0.0
    new_ids: tuple[int, ...] = ()


@dataclass(slots=True)
class MarkPlan:
    """What to do with marks: push some, apply some here, remember the server's state."""

    push: dict[tuple[str, bool], list[str]] = field(default_factory=lambda: defaultdict(list))
    """(field, value) -> remote ids to set so on the server."""
    apply: dict[str, dict[str, bool]] = field(default_factory=lambda: defaultdict(dict))
    """remote id -> {field: value} the server won, to set here."""
    known: dict[str, dict[str, bool]] = field(default_factory=lambda: defaultdict(dict))
    """remote id -> {field: value} the server holds after the push."""
    conflicts: int = 0
    done_up_to: int = 0

    @property
    def pushed(self) -> int:
        return sum(len(ids) for ids in self.push.values())

    @property
    def pulled(self) -> int:
        return sum(len(fields) for fields in self.apply.values())


def plan_marks(
    marks: Sequence[QueuedMark],
    server: RemoteStates,
    known: dict[str, KnownState],
    last_sync: datetime | None,
    now: datetime,
) -> MarkPlan:
    """Decide, per article and field, which side wins. Pure: no I/O.

    Args:
        marks: the queue, oldest first (only the latest mark per article and field counts).
        server: the server's state now (read for recent articles, every star).
        known: per linked article, the server state seen at the last sync and the local one.
        last_sync: when the last sync succeeded (None: never).
        now: this sync's moment.
    """
    plan = MarkPlan(done_up_to=max((mark.seq for mark in marks), default=0))
    latest: dict[tuple[str, str], QueuedMark] = {}
    for queued in marks:
        latest[(queued.remote_id, queued.field)] = queued
    server_changed_at = last_sync + (now - last_sync) / 2 if last_sync else now
    for remote_id, state in known.items():
        for name in ("read", "starred"):
            server_value: bool | None = (
                server.read.get(remote_id) if name == "read" else remote_id in server.starred
            )
            last_seen = state.remote_read if name == "read" else state.remote_starred
            local_value = state.read if name == "read" else state.starred
            mark = latest.pop((remote_id, name), None)
            server_changed = server_value is not None and server_value != last_seen
            if mark is None or (server_changed and server_changed_at > mark.changed_at):
                if mark is not None:
                    plan.conflicts += 1
                if server_value is not None:
                    if server_value != local_value:
                        plan.apply[remote_id][name] = server_value
                    if server_changed:
                        plan.known[remote_id][name] = server_value
                continue
            if server_changed:
                plan.conflicts += 1
            if server_value != local_value:
                plan.push[(name, local_value)].append(remote_id)
            plan.known[remote_id][name] = local_value
    for (remote_id, name), mark in latest.items():
        # The article is no longer stored here (pruned): its last mark still goes up.
        plan.push[(name, mark.value)].append(remote_id)
    return plan


def _entry(article: RemoteArticle) -> ParsedEntry:
    # No guid: the server's is its own hash, so identity falls to the link, which also
    # merges an article this folder already had from fetching the feed itself.
    return ParsedEntry(
        guid=None,
        url=article.url,
        title=article.title,
        author=article.author,
        published=article.published,
        content=article.content,
    )


def _store_page(
    store: Store,
    articles: Sequence[RemoteArticle],
    feeds: dict[str, tuple[int, str]],
    backend: str,
) -> list[int]:
    """Clean, analyse and store one page of pulled articles (in a thread).

    Done while the next page downloads: the server's time and ours overlap, so a big first
    sync costs about the larger of the two instead of their sum.
    """
    fresh = [a for a in articles if a.feed_id in feeds]
    if not fresh:
        return []
    from newsreader.pipeline.process import prepare_entry

    linked = store.linked_remote_ids([a.remote_id for a in fresh])
    by_feed: dict[str, list[RemoteArticle]] = defaultdict(list)
    for article in fresh:
        if article.remote_id not in linked:
            by_feed[article.feed_id].append(article)
    new_ids: list[int] = []
    for remote_feed, batch in by_feed.items():
        feed_id, feed_url = feeds[remote_feed]
        items = [
            (
                a.remote_id,
                prepare_entry(_entry(a), feed_url, backend),
                a.read,
                a.starred,
            )
            for a in batch
        ]
        new_ids += store.store_remote_articles(feed_id, items)
    return new_ids


async def sync(
    store: Store,
    service: SyncService,
    settings: Settings,
    *,
    on_progress: Callable[[SyncProgress], None] | None = None,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> SyncSummary:
    """Sync this data folder with its account's server.

    Raises:
        SyncError: the server could not be reached or refused; nothing done so far is
            lost and every queued mark stays queued. The error is recorded on the account.
    """
    started = time.perf_counter()
    try:
        return await _sync(store, service, settings, on_progress, now, started)
    except SyncError as error:
        await asyncio.to_thread(store.record_sync, error=str(error))
        raise


async def _sync(
    store: Store,
    service: SyncService,
    settings: Settings,
    on_progress: Callable[[SyncProgress], None] | None,
    now: Callable[[], datetime],
    started: float,
) -> SyncSummary:
    def report(progress: SyncProgress) -> None:
        if on_progress is not None:
            on_progress(progress)

    account = await asyncio.to_thread(store.get_account)
    if account is None:
        raise SyncError("no account is set: `newsreader account add ttrss URL --user NAME`")
    moment = now()
    report(SyncProgress("feeds"))
    await service.login()
    # The server's read/star state is fetched alongside the feeds and the pull (it is
    # about the articles already here; new ones bring their state with them).
    states = asyncio.ensure_future(service.states())
    try:
        return await _pull_and_mark(
            store, service, account, states, moment, report, started, settings
        )
    finally:
        if not states.done():
            states.cancel()
        with contextlib.suppress(BaseException):
            await states


async def _follow_feeds(
    store: Store, service: SyncService
) -> tuple[FeedChanges, dict[str, tuple[int, str]]]:
    """Make local subscriptions follow the server's; map server feed id -> (id, URL)."""
    remote = await service.feeds()
    changes = await asyncio.to_thread(
        store.apply_remote_feeds,
        [
            RemoteFeedRow(f.remote_id, url, f.title, f.folder)
            for f in remote
            if (url := sanitize_url(f.url)) is not None
        ],
    )
    for feed_id in changes.gone:
        await asyncio.to_thread(store.remove_feed, feed_id)
    local = {feed.id: feed.url for feed in await asyncio.to_thread(store.feeds_for_refresh)}
    feeds = {
        remote_id: (feed_id, local[feed_id])
        for feed_id, remote_id in (await asyncio.to_thread(store.remote_feed_ids)).items()
        if feed_id in local
    }
    return changes, feeds


async def _pull_and_mark(
    store: Store,
    service: SyncService,
    account: SyncAccount,
    states: asyncio.Future[RemoteStates],
    moment: datetime,
    report: Callable[[SyncProgress], None],
    started: float,
    settings: Settings,
) -> SyncSummary:
    backend = settings.entity_backend
    retention = settings.retention
    changes, feeds = await _follow_feeds(store, service)
    report(SyncProgress("articles"))
    new_ids: list[int] = []
    pending: asyncio.Future[list[int]] | None = None
    cursor: str | None = None
    # Storing a page (a thread) overlaps with downloading the next one.
    relinked = False
    async for page in service.new_articles(account.cursor):
        if not relinked and any(a.feed_id not in feeds for a in page.articles):
            # A feed subscribed on the server since we listed them: list them again, or
            # its articles would be passed by the cursor and never come back.
            relinked = True
            more, feeds = await _follow_feeds(store, service)
            changes = FeedChanges(
                added=changes.added + more.added,
                linked=changes.linked + more.linked,
                moved=changes.moved + more.moved,
                gone=changes.gone + more.gone,
            )
        if pending is not None:
            new_ids += await pending
            report(SyncProgress("articles", len(new_ids)))
        pending = asyncio.ensure_future(
            asyncio.to_thread(_store_page, store, page.articles, feeds, backend)
        )
        cursor = page.cursor or cursor
    if pending is not None:
        new_ids += await pending
        report(SyncProgress("articles", len(new_ids)))
    if cursor is not None and cursor != account.cursor:
        await asyncio.to_thread(store.set_sync_cursor, cursor)

    report(SyncProgress("marks", len(new_ids)))
    server = await states
    marks = await asyncio.to_thread(store.queued_marks)
    known = await asyncio.to_thread(store.known_states)
    plan = plan_marks(marks, server, known, account.last_sync, moment)
    for (name, value), remote_ids in plan.push.items():
        if name == "read":
            await service.set_read(remote_ids, value)
        else:
            await service.set_starred(remote_ids, value)
    await asyncio.to_thread(store.finish_marks, plan.apply, plan.known, plan.done_up_to)
    await asyncio.to_thread(store.record_sync, when=moment)
    if new_ids:
        # The retention settings apply as after a refresh (old by date *and* stored long
        # ago, or past the per-feed cap; never bookmarked or saved articles).
        await asyncio.to_thread(store.prune, retention.max_age_days, retention.max_per_feed)
    return SyncSummary(
        feeds_added=changes.added,
        feeds_removed=len(changes.gone),
        feeds_moved=changes.moved,
        new_articles=len(new_ids),
        marks_pushed=plan.pushed,
        marks_pulled=plan.pulled,
        conflicts=plan.conflicts,
        elapsed_s=time.perf_counter() - started,
        new_ids=tuple(new_ids),
    )

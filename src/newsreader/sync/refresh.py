"""The app's refresh: fetch the feeds ourselves, or sync with the account's server.

With an account the server fetches the feeds, so refreshing means syncing. The result is
reported in the refresh's own terms (`RefreshProgress`, `RefreshSummary`), so the app
shows a sync exactly like a refresh: progress, new articles, a failure in its log.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

import httpx

from newsreader.config import Settings
from newsreader.pipeline import RefreshProgress, RefreshSummary, refresh
from newsreader.store import Store

SYNC_FEED_ID = 0
"""Stands for "the server" where a refresh would name a feed."""


async def refresh_or_sync(
    store: Store,
    settings: Settings,
    feed_ids: Sequence[int] | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    on_progress: Callable[[RefreshProgress], None] | None = None,
) -> RefreshSummary:
    """`pipeline.refresh`, or with an account a whole sync (`feed_ids` then do not matter:
    one sync brings every feed). A failed sync is one failed "feed" whose error is the
    sync's one line; every queued mark stays queued."""
    account = await asyncio.to_thread(store.get_account)
    if account is None:
        return await refresh(
            store, settings, feed_ids, transport=transport, on_progress=on_progress
        )
    from newsreader.sync.account import open_service
    from newsreader.sync.engine import SyncProgress, sync
    from newsreader.sync.service import SyncError

    title = f"Sync with {account.url}"

    def report(new: int, error: str | None = None, done: int = 0) -> None:
        if on_progress is not None:
            on_progress(
                RefreshProgress(
                    feeds_done=done,
                    feeds_total=1,
                    new_articles=new,
                    errors=int(error is not None),
                    feed_id=SYNC_FEED_ID,
                    feed_title=title,
                    error=error,
                    new=new,
                )
            )

    def on_sync(progress: SyncProgress) -> None:
        report(progress.new_articles)

    try:
        service = await asyncio.to_thread(open_service, account, transport=transport)
        try:
            summary = await sync(store, service, settings, on_progress=on_sync)
        finally:
            await service.close()
    except SyncError as error:
        report(0, str(error), done=1)
        return RefreshSummary(feeds_total=1, feeds_failed=1, errors={SYNC_FEED_ID: str(error)})
    report(summary.new_articles, done=1)
    return RefreshSummary(
        feeds_total=1,
        feeds_ok=1,
        new_articles=summary.new_articles,
        elapsed_s=summary.elapsed_s,
    )

"""Subscribing and unsubscribing through the account's server.

With an account the server is where subscriptions live: it fetches the feeds, and the
next sync brings their articles. These helpers change the server first and this folder
only once the server agreed, so a failure changes nothing anywhere.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import httpx

from newsreader.feeds.fetch import FetchLimits
from newsreader.models import Feed
from newsreader.sanitize import sanitize_line, sanitize_url
from newsreader.store import DuplicateFeed, NotFound, Store, StoreError
from newsreader.sync.account import open_service
from newsreader.sync.service import SyncError, SyncService


@dataclass(frozen=True, slots=True)
class RemoteSubscription:
    feed: Feed
    folder_kept_here_only: bool = False
    """The folder was asked for but the server has no such category (its API cannot
    create one): it applies in this folder only."""


def _local_feed(store: Store, url: str) -> Feed | None:
    try:
        return store.find_feed(url)
    except NotFound:
        return None


async def subscribe_remote(
    store: Store, service: SyncService, url: str, title: str | None, folder: str | None
) -> RemoteSubscription:
    """Subscribe on the server, then here (or link the feed this folder already has).

    Raises:
        SyncError: the server refused or could not be reached (nothing changed).
        DuplicateFeed: already subscribed through the account.
    """
    address = sanitize_url(url.strip() if "://" in url else "https://" + url.strip())
    if address is None:
        raise SyncError(f"{url!r} is not an http(s) address")
    existing = await asyncio.to_thread(_local_feed, store, address)
    linked = await asyncio.to_thread(store.remote_feed_ids)
    if existing is not None and existing.id in linked:
        raise DuplicateFeed(f"already subscribed to {address}")
    subscribed = await service.subscribe(address, folder)
    remote = subscribed.feed
    wanted_folder = sanitize_line(folder) or None
    existing = existing or await asyncio.to_thread(_local_feed, store, remote.url)
    if existing is not None and existing.id in linked:
        raise DuplicateFeed(f"already subscribed to {remote.url}")
    if existing is None:
        feed = await asyncio.to_thread(
            store.add_feed, remote.url, title or remote.title, wanted_folder or remote.folder
        )
    else:
        feed = existing
        if wanted_folder is not None:
            await asyncio.to_thread(store.move_feed, feed.id, wanted_folder)
    await asyncio.to_thread(store.link_feed, feed.id, remote.remote_id, remote.folder)
    feed = await asyncio.to_thread(store.get_feed, feed.id)
    return RemoteSubscription(
        feed, folder_kept_here_only=wanted_folder is not None and wanted_folder != remote.folder
    )


async def unsubscribe_remote(store: Store, service: SyncService, feed: Feed) -> None:
    """Unsubscribe on the server (when the feed is linked), then here."""
    remote_id = (await asyncio.to_thread(store.remote_feed_ids)).get(feed.id)
    if remote_id is not None:
        await service.unsubscribe(remote_id)
    await asyncio.to_thread(store.remove_feed, feed.id)


async def move_remote(store: Store, service: SyncService, feed: Feed, folder: str | None) -> bool:
    """Move a feed on the server when its protocol can, then here. Returns whether the
    server followed (False: moved here only; the folder stays until the server's changes)."""
    remote_id = (await asyncio.to_thread(store.remote_feed_ids)).get(feed.id)
    moved = remote_id is not None and service.can_move_feeds
    if moved:
        assert remote_id is not None
        await service.move(remote_id, folder)
        await asyncio.to_thread(store.link_feed, feed.id, remote_id, folder)
    await asyncio.to_thread(store.move_feed, feed.id, folder)
    return moved


async def subscribe_anywhere(
    store: Store,
    url: str,
    title: str | None = None,
    folder: str | None = None,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: FetchLimits | None = None,
) -> Feed:
    """`feeds.subscribe.subscribe` for the app: through the server when an account is set.

    `limits` (the user's feed deadline) bounds how long a local subscribe waits.

    Raises:
        FetchError: the feed (or, with an account, the server) said no, with its one line.
        StoreError: already subscribed.
    """
    from newsreader.feeds.fetch import FetchError

    account = await asyncio.to_thread(store.get_account)
    if account is None:
        from newsreader.feeds.subscribe import subscribe

        return await subscribe(store, url, title, folder, transport=transport, limits=limits)
    try:
        service = await asyncio.to_thread(open_service, account, transport=transport)
        try:
            return (await subscribe_remote(store, service, url, title, folder)).feed
        finally:
            await service.close()
    except SyncError as error:
        raise FetchError(str(error)) from None


def remove_anywhere(
    store: Store, feed: Feed, transport: httpx.AsyncBaseTransport | None = None
) -> None:
    """`Store.remove_feed` for the app (call it in a thread): on the server too when linked.

    Raises:
        StoreError: the server could not unsubscribe it (nothing changed here either).
    """
    if store.get_account() is None or feed.id not in store.remote_feed_ids():
        store.remove_feed(feed.id)
        return
    account = store.get_account()
    assert account is not None

    async def run() -> None:
        service = open_service(account, transport=transport)
        try:
            await unsubscribe_remote(store, service, feed)
        finally:
            await service.close()

    try:
        asyncio.run(run())
    except SyncError as error:
        raise StoreError(f"could not unsubscribe on the server: {error}") from None

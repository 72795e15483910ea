"""CLI handlers for subscriptions: add, remove, rename, move, feeds, import, export,
refresh and fulltext. Each is `handler(args, context) -> int` and raises CommandError."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from newsreader.commands import CommandError, Context
from newsreader.models import Feed
from newsreader.sanitize import sanitize_line
from newsreader.store import NotFound, Store, StoreError


def _find(store: Store, reference: str) -> Feed:
    try:
        return store.find_feed(reference)
    except NotFound as error:
        raise CommandError(str(error)) from None


def cmd_add(args: argparse.Namespace, context: Context) -> int:
    from newsreader.feeds.fetch import FetchError, FetchLimits
    from newsreader.feeds.subscribe import subscribe

    store = context.store()
    if store.get_account() is not None:
        return _add_on_server(args, context)
    limits = FetchLimits.for_settings(context.settings)  # the user's feed deadline
    try:
        feed = asyncio.run(subscribe(store, args.url, args.title, args.folder, limits=limits))
    except FetchError as error:
        raise CommandError(str(error)) from None
    except StoreError as error:
        raise CommandError(str(error)) from None
    where = f" in {feed.folder}" if feed.folder else ""
    print(f"added {feed.id}: {feed.title} <{feed.url}>{where}")
    print("its articles arrive with the next `newsreader refresh`")
    return 0


def _add_on_server(args: argparse.Namespace, context: Context) -> int:
    """With an account the server subscribes (and fetches); this folder follows."""
    from newsreader.commands.account import with_service
    from newsreader.sync.subscriptions import RemoteSubscription, subscribe_remote

    async def action(service: Any) -> RemoteSubscription:
        return await subscribe_remote(context.store(), service, args.url, args.title, args.folder)

    try:
        done = with_service(context, action)
    except StoreError as error:
        raise CommandError(str(error)) from None
    feed = done.feed
    where = f" in {feed.folder}" if feed.folder else ""
    print(f"added {feed.id}: {feed.title} <{feed.url}>{where}, on the server too")
    if done.folder_kept_here_only:
        print(
            "the server has no such category (its API cannot create one): the folder is kept here only"
        )
    print("its articles arrive with the next `newsreader sync`")
    return 0


def cmd_remove(args: argparse.Namespace, context: Context) -> int:
    store = context.store()
    feed = _find(store, args.feed)
    if feed.id in (store.remote_feed_ids() if store.get_account() else {}):
        from newsreader.commands.account import with_service
        from newsreader.sync.subscriptions import unsubscribe_remote

        async def action(service: Any) -> None:
            await unsubscribe_remote(store, service, feed)

        with_service(context, action)
        print(
            f"removed {feed.id}: {feed.title} here and on the server (bookmarked and saved articles are kept)"
        )
        return 0
    store.remove_feed(feed.id)
    print(f"removed {feed.id}: {feed.title} (bookmarked and saved articles are kept)")
    return 0


def cmd_rename(args: argparse.Namespace, context: Context) -> int:
    store = context.store()
    feed = _find(store, args.feed)
    title = sanitize_line(args.title)
    if not title:
        raise CommandError("the new title is empty")
    store.rename_feed(feed.id, title)
    print(f"renamed {feed.id}: {title}")
    return 0


def cmd_move(args: argparse.Namespace, context: Context) -> int:
    store = context.store()
    feed = _find(store, args.feed)
    folder = sanitize_line(args.folder) or None
    account = store.get_account()
    if account is None or feed.id not in store.remote_feed_ids():
        store.move_feed(feed.id, folder)
        print(f"moved {feed.id}: {feed.title} -> {folder or '(no folder)'}")
        return 0
    from newsreader.commands.account import with_service
    from newsreader.sync.subscriptions import move_remote

    async def action(service: Any) -> bool:
        return await move_remote(store, service, feed, folder)

    on_server = with_service(context, action)
    print(f"moved {feed.id}: {feed.title} -> {folder or '(no folder)'}")
    if not on_server:
        print(
            "moved here only: the server's API cannot change a feed's category; move it in the "
            "server's web interface to move it everywhere (this folder keeps your choice "
            "until the server's category changes)"
        )
    return 0


def feed_to_json(feed: Feed) -> dict[str, object]:
    return {
        "id": feed.id,
        "url": feed.url,
        "title": feed.title,
        "folder": feed.folder,
        "site_url": feed.site_url,
        "fulltext": feed.fulltext,
        "unread": feed.unread,
        "total": feed.total,
        "last_fetched": feed.last_fetched.isoformat() if feed.last_fetched else None,
        "last_error": feed.last_error,
    }


def cmd_feeds(args: argparse.Namespace, context: Context) -> int:
    feeds = context.store().list_feeds()
    if args.json:
        json.dump([feed_to_json(feed) for feed in feeds], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if not feeds:
        print("no subscriptions yet: `newsreader add URL` or `newsreader import FILE.opml`")
        return 0
    folder: str | None = ""
    for feed in feeds:
        if feed.folder != folder:
            folder = feed.folder
            print(f"{folder or '(no folder)'}:")
        problem = f"  ! {feed.last_error}" if feed.last_error else ""
        print(f"  {feed.id:>4}  {feed.unread:>5}/{feed.total:<5}  {feed.title}{problem}")
    return 0


def cmd_import(args: argparse.Namespace, context: Context) -> int:
    from newsreader.feeds.opml import OpmlError, parse_opml

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        document = parse_opml(data)
    except OpmlError as error:
        raise CommandError(f"{path}: {error}") from None
    for problem in document.problems:
        print(f"newsreader: {path}: {problem}", file=sys.stderr)
    if context.store().get_account() is not None:
        return _import_on_server(context, [(e.url, e.title, e.folder) for e in document.entries])
    added, skipped = context.store().import_feeds(
        [(entry.url, entry.title, entry.folder) for entry in document.entries]
    )
    print(
        f"imported {len(added)} feeds, skipped {len(skipped)} already subscribed, "
        f"{len(document.problems)} bad entries"
    )
    return 0


def _import_on_server(context: Context, entries: list[tuple[str, str, str | None]]) -> int:
    """Subscribe each entry on the server; one that fails is reported, the rest go on."""
    from newsreader.commands.account import with_service
    from newsreader.store import DuplicateFeed
    from newsreader.sync.service import ServerUnreachable, SyncError
    from newsreader.sync.subscriptions import subscribe_remote

    store = context.store()

    async def action(service: Any) -> tuple[int, int, int]:
        added = skipped = failed = 0
        for url, title, folder in entries:
            try:
                await subscribe_remote(store, service, url, title or None, folder)
                added += 1
            except DuplicateFeed:
                skipped += 1
            except ServerUnreachable:
                raise
            except (SyncError, StoreError) as error:
                failed += 1
                print(f"newsreader: {sanitize_line(url)}: {error}", file=sys.stderr)
        return added, skipped, failed

    added, skipped, failed = with_service(context, action)
    print(
        f"imported {added} feeds on the server, skipped {skipped} already subscribed, "
        f"{failed} refused; their articles arrive with the next `newsreader sync`"
    )
    return 0


def cmd_export(args: argparse.Namespace, context: Context) -> int:
    from newsreader.feeds.opml import write_opml

    text = write_opml(context.store().list_feeds())
    if args.file in (None, "-"):
        sys.stdout.write(text)
        return 0
    path = Path(args.file)
    try:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError as error:
        raise CommandError(f"cannot write {path}: {error.strerror or error}") from None
    print(f"exported {text.count('xmlUrl=')} feeds to {path}", file=sys.stderr)
    return 0


class ProgressLine:
    """A one-line progress bar on a terminal; silent otherwise (the summary says it all)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.active = stream.isatty()

    def show(self, done: int, total: int, detail: str) -> None:
        if not self.active or total == 0:
            return
        width = 24
        filled = width * done // total
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} {detail}\x1b[K")
        self.stream.flush()

    def finish(self) -> None:
        if self.active:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def cmd_refresh(args: argparse.Namespace, context: Context) -> int:
    from newsreader.pipeline import (
        RefreshProgress,
        dropped_note,
        refresh,
        understand_pending_sync,
    )

    store = context.store()
    if store.get_account() is not None:
        # The server fetches the feeds; refreshing is syncing with it.
        from newsreader.commands.account import describe, sync_now

        print(describe(sync_now(context)))
        return 0
    feed_ids = [_find(store, reference).id for reference in args.feeds] if args.feeds else None
    line = ProgressLine(sys.stderr)

    def on_progress(progress: RefreshProgress) -> None:
        line.show(
            progress.feeds_done,
            progress.feeds_total,
            f"feeds  {progress.new_articles} new  {progress.errors} errors"
            + (
                f"  waiting for {sanitize_line(progress.waiting[0])[:40]}"
                if progress.waiting
                else ""
            ),
        )

    first_new = store.max_article_id()
    summary = asyncio.run(
        refresh(store, context.settings, feed_ids, on_progress=on_progress, force=args.force)
    )
    line.finish()
    if context.settings.filters:
        from newsreader.filters import apply_filters

        filtered = apply_filters(store, context.settings.filters, first_new)
        if filtered.describe():
            print(filtered.describe().replace("Filters", "filters:", 1))
    print(
        f"refreshed {summary.feeds_total} feed{'' if summary.feeds_total == 1 else 's'} "
        f"in {summary.elapsed_s:.1f} s: "
        f"{summary.new_articles} new, {summary.updated_articles} updated articles; "
        f"{summary.feeds_ok} changed, {summary.feeds_not_modified} unchanged, "
        f"{summary.feeds_failed} failed"
    )
    if summary.pruned:
        print(f"removed {summary.pruned} old articles (retention settings; kept ones stay)")
    if summary.dropped:
        titles = {feed.id: feed.title for feed in store.feeds_for_refresh()}
        kept = context.settings.retention.max_per_feed
        for feed_id, dropped in sorted(summary.dropped.items()):
            title = sanitize_line(titles.get(feed_id, "?"))
            print(f"newsreader: feed {feed_id} ({dropped_note(title, dropped, kept)})")
    if summary.feeds_backing_off:
        print(
            f"newsreader: {summary.feeds_backing_off} feeds skipped: their servers asked us to "
            "wait (429/503); `newsreader refresh --force` fetches them anyway",
            file=sys.stderr,
        )
    if summary.errors:
        titles = {feed.id: feed.title for feed in store.feeds_for_refresh()}
        for feed_id, error in sorted(summary.errors.items()):
            print(
                f"newsreader: feed {feed_id} ({sanitize_line(titles.get(feed_id, '?'))}): {error}",
                file=sys.stderr,
            )
    if not args.no_analyse:
        # In this thread, so Ctrl-C stops it between two articles (each is committed alone).
        done = understand_pending_sync(
            store,
            context.settings,
            feed_ids,
            on_progress=lambda i, n: line.show(i, n, "articles cleaned and analysed"),
        )
        line.finish()
        if done:
            print(f"cleaned and analysed {done} articles")
    if summary.feeds_total and summary.feeds_failed == summary.feeds_total:
        # One dead feed among many is routine (exit 0, reported above); none reachable
        # is worth a non-zero status for scripts and cron.
        return 1
    return 0


def cmd_fulltext(args: argparse.Namespace, context: Context) -> int:
    store = context.store()
    feed = _find(store, args.feed)
    store.set_fulltext_mode(feed.id, args.mode)
    meaning = {
        "always": "fetch the full page of teaser articles during refresh",
        "teaser": "fetch the full page when a teaser article is first opened",
        "never": "never fetch article pages",
    }[args.mode]
    print(f"{feed.id}: {feed.title}: {meaning}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the subscription subcommands to the `newsreader` parser."""
    parser = subparsers.add_parser("add", help="subscribe to a feed (or a site that links one)")
    parser.add_argument("url", metavar="URL")
    parser.add_argument("--title", metavar="T", help="your own title for it")
    parser.add_argument("--folder", metavar="F", help="put it in folder F")
    parser.set_defaults(handler=cmd_add)

    parser = subparsers.add_parser("remove", help="unsubscribe (bookmarked/saved articles stay)")
    parser.add_argument("feed", metavar="FEED", help="id, URL or title")
    parser.set_defaults(handler=cmd_remove)

    parser = subparsers.add_parser("rename", help="give a feed your own title")
    parser.add_argument("feed", metavar="FEED", help="id, URL or title")
    parser.add_argument("title", metavar="TITLE")
    parser.set_defaults(handler=cmd_rename)

    parser = subparsers.add_parser("move", help="move a feed into a folder ('' for none)")
    parser.add_argument("feed", metavar="FEED", help="id, URL or title")
    parser.add_argument("folder", metavar="FOLDER")
    parser.set_defaults(handler=cmd_move)

    parser = subparsers.add_parser("feeds", help="list subscriptions with unread counts")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=cmd_feeds)

    parser = subparsers.add_parser("import", help="subscribe to the feeds of an OPML file")
    parser.add_argument("file", metavar="FILE.opml")
    parser.set_defaults(handler=cmd_import)

    parser = subparsers.add_parser("export", help="write subscriptions as OPML")
    parser.add_argument("file", metavar="FILE", nargs="?", help="default: standard output")
    parser.set_defaults(handler=cmd_export)

    parser = subparsers.add_parser("refresh", help="fetch new articles (all feeds, or FEED...)")
    parser.add_argument("feeds", metavar="FEED", nargs="*", help="id, URL or title")
    parser.add_argument(
        "--force", action="store_true", help="also fetch feeds backing off after 429/503"
    )
    parser.add_argument(
        "--no-analyse",
        action="store_true",
        help="store new articles only; clean and analyse them when opened",
    )
    parser.set_defaults(handler=cmd_refresh)

    parser = subparsers.add_parser("fulltext", help="when to fetch full pages of teaser articles")
    parser.add_argument("feed", metavar="FEED", help="id, URL or title")
    parser.add_argument("mode", choices=("always", "teaser", "never"))
    parser.set_defaults(handler=cmd_fulltext)

"""CLI handlers for the feed-server account: `account add|show|remove` and `sync`.

`with_service` is also what the subscription commands use to act on the server when an
account is set.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

from newsreader.commands import CommandError, Context
from newsreader.sanitize import sanitize_line

T = TypeVar("T")


def with_service(context: Context, action: Callable[..., Awaitable[T]]) -> T:
    """Run `action(service)` against the account's server; SyncError becomes one line."""
    from newsreader.sync.account import open_service
    from newsreader.sync.service import SyncError

    account = context.store().get_account()
    if account is None:
        raise CommandError("no account is set: `newsreader account add ttrss URL --user NAME`")

    async def run() -> T:
        service = open_service(account)
        try:
            return await action(service)
        finally:
            await service.close()

    try:
        return asyncio.run(run())
    except SyncError as error:
        raise CommandError(sanitize_line(str(error))) from None


def cmd_account_add(args: argparse.Namespace, context: Context) -> int:
    from newsreader.store import SyncAccount
    from newsreader.sync.account import (
        SERVICES,
        open_service,
        password_path,
        run_password_command,
        write_password,
    )
    from newsreader.sync.service import SyncError

    if args.kind not in SERVICES:
        raise CommandError(f"unknown account kind {args.kind!r} (known: {', '.join(SERVICES)})")
    url = args.url.strip()
    if not url.startswith(("http://", "https://")):
        raise CommandError(f"{args.url!r} is not an http(s) address of the server")
    try:
        if args.password_command:
            password = run_password_command(args.password_command)
        else:
            import getpass

            password = getpass.getpass(f"Password for {args.user} at {url}: ")
    except SyncError as error:
        raise CommandError(str(error)) from None
    except (EOFError, KeyboardInterrupt):
        raise CommandError("no password given; nothing changed") from None
    account = SyncAccount(
        kind=args.kind,
        url=url,
        username=args.user,
        password_command=args.password_command,
        password_file=None if args.password_command else str(password_path(context.paths)),
    )

    async def check() -> None:
        service = open_service(account, password=password)
        try:
            await service.login()
            await service.feeds()
        finally:
            await service.close()

    try:
        asyncio.run(check())
    except SyncError as error:
        raise CommandError(f"{sanitize_line(str(error))}; nothing changed") from None
    store = context.store()
    replaced = store.get_account()
    if account.password_file:
        try:
            write_password(password_path(context.paths), password)
        except OSError as error:
            raise CommandError(f"cannot keep the password: {error.strerror or error}") from None
    elif replaced is not None and replaced.password_file:
        password_path(context.paths).unlink(missing_ok=True)
    store.set_account(account)
    if replaced is not None:
        print(f"replaced the account {replaced.username} at {replaced.url}")
    print(f"connected to {args.kind} at {url} as {args.user}")
    print("`newsreader sync` brings its feeds, articles and marks (the app's refresh does too)")
    return 0


def cmd_account_show(args: argparse.Namespace, context: Context) -> int:
    store = context.store()
    account = store.get_account()
    if account is None:
        print("no account: feeds are fetched by newsreader itself")
        return 0
    source = (
        f"from the command {account.password_command!r}"
        if account.password_command
        else f"kept in {account.password_file} (readable by you only)"
    )
    info = {
        "kind": account.kind,
        "url": account.url,
        "user": account.username,
        "password": source,
        "last_sync": account.last_sync.isoformat() if account.last_sync else None,
        "last_error": account.last_error,
        "feeds_on_server": len(store.remote_feed_ids()),
        "marks_queued": len(store.queued_marks()),
    }
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for key, value in info.items():
        shown = "never" if value is None and key == "last_sync" else value
        if value is None and key == "last_error":
            continue
        print(f"{key.replace('_', ' ')}: {sanitize_line(str(shown))}")
    return 0


def cmd_account_remove(args: argparse.Namespace, context: Context) -> int:
    from newsreader.sync.account import password_path

    store = context.store()
    account = store.get_account()
    if account is None:
        print("no account to remove")
        return 0
    store.remove_account()
    if account.password_file:
        password_path(context.paths).unlink(missing_ok=True)
    print(
        f"removed the account {account.username} at {account.url}; feeds and articles stay "
        "here and are fetched by newsreader itself again"
    )
    return 0


def sync_now(context: Context, quiet: bool = False) -> dict[str, object]:
    """Sync, then clean and analyse what arrived; returns the summary as a dict."""
    from newsreader.commands.feeds import ProgressLine
    from newsreader.sync.engine import SyncProgress, SyncSummary, sync

    store = context.store()
    line = ProgressLine(sys.stderr)
    if quiet:
        line.active = False

    def on_progress(progress: SyncProgress) -> None:
        line.show(1, 1, f"{progress.stage}  {progress.new_articles} new")

    async def action(service: object) -> SyncSummary:
        return await sync(store, service, context.settings, on_progress=on_progress)  # type: ignore[arg-type]

    try:
        summary = with_service(context, action)
    except CommandError as error:
        line.finish()
        queued = len(store.queued_marks())
        kept = f" ({queued} marks stay queued for the next sync)" if queued else ""
        raise CommandError(f"sync failed: {error}{kept}") from None
    line.finish()
    analysed = 0
    if summary.new_articles:
        # Articles whose cleaning failed during the sync get another go (as after refresh).
        from newsreader.pipeline import understand_pending_sync

        analysed = understand_pending_sync(
            store,
            context.settings,
            on_progress=lambda i, n: line.show(i, n, "articles cleaned and analysed"),
        )
        line.finish()
    return {
        "feeds_added": summary.feeds_added,
        "feeds_removed": summary.feeds_removed,
        "feeds_moved": summary.feeds_moved,
        "new_articles": summary.new_articles,
        "analysed": analysed,
        "marks_pushed": summary.marks_pushed,
        "marks_pulled": summary.marks_pulled,
        "conflicts": summary.conflicts,
        "elapsed_s": round(summary.elapsed_s, 3),
    }


def describe(result: dict[str, object]) -> str:
    parts = [f"{result['new_articles']} new articles"]
    if result["feeds_added"] or result["feeds_removed"]:
        parts.append(f"feeds +{result['feeds_added']} -{result['feeds_removed']}")
    parts.append(f"{result['marks_pushed']} marks sent, {result['marks_pulled']} received")
    if result["conflicts"]:
        parts.append(f"{result['conflicts']} changed on both sides (newer kept)")
    return f"synced in {result['elapsed_s']} s: " + ", ".join(parts)


def cmd_sync(args: argparse.Namespace, context: Context) -> int:
    if context.store().get_account() is None:
        raise CommandError("no account is set: `newsreader account add ttrss URL --user NAME`")
    result = sync_now(context, quiet=args.json)
    if args.json:
        json.dump(result, sys.stdout, indent=2)
        print()
    else:
        print(describe(result))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add `account` and `sync` to the `newsreader` parser."""
    parser = subparsers.add_parser("account", help="connect to a feed server (TT-RSS)")
    actions = parser.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="connect this data folder to an account")
    add.add_argument("kind", metavar="KIND", help="server kind: ttrss")
    add.add_argument("url", metavar="URL", help="the server's address, e.g. https://host/tt-rss/")
    add.add_argument("--user", required=True, metavar="NAME")
    add.add_argument(
        "--password-command",
        metavar="CMD",
        help="a command printing the password (else it is asked once and kept in a 0600 file)",
    )
    add.set_defaults(handler=cmd_account_add)
    show = actions.add_parser("show", help="the account, its last sync and queued marks")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(handler=cmd_account_show)
    remove = actions.add_parser("remove", help="disconnect (feeds and articles stay)")
    remove.set_defaults(handler=cmd_account_remove)
    for child in (add, show, remove):
        child.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )

    parser = subparsers.add_parser("sync", help="sync feeds, articles and marks with the account")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(handler=cmd_sync)

"""CLI commands over stored articles: list, search, show, keep, export, prune."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newsreader.commands import CommandError, Context
from newsreader.models import MATCH_END, MATCH_START, Headline
from newsreader.store import ArticleFilter, NotFound, StoreError

_LARGEST = 2**63 - 1
"""SQLite's largest integer: ids and counts beyond it cannot be bound in a query."""


def _article_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an article id (a whole number)"
        ) from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not an article id (a positive number)")
    if number > _LARGEST:
        raise argparse.ArgumentTypeError(f"{value!r} is not an article id (too large)")
    return number


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"{value!r} must be at least 1")
    if number > _LARGEST:
        raise argparse.ArgumentTypeError(f"{value!r} is too large")
    return number


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--feed", metavar="FEED", help="only this feed (id, URL or title)")
    parser.add_argument("--unread", action="store_true", help="only unread articles")
    parser.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    parser.add_argument("--saved", action="store_true", help="only articles saved offline")
    parser.add_argument("--mentioning", metavar="NAME", help="only articles mentioning this entity")


def _filter_from(args: argparse.Namespace, context: Context) -> ArticleFilter:
    feed_id = None
    if getattr(args, "feed", None):
        feed_id = context.store().find_feed(args.feed).id
    return ArticleFilter(
        feed_id=feed_id,
        unread=args.unread,
        bookmarked=args.bookmarked,
        saved=args.saved,
        mentioning=getattr(args, "mentioning", None),
    )


def _flags(headline: Headline) -> str:
    return (
        ("N" if not headline.read else " ")
        + ("*" if headline.bookmarked else " ")
        + ("S" if headline.saved else " ")
    )


def _print_headlines(headlines: list[Headline]) -> None:
    for headline in headlines:
        date = headline.published.strftime("%Y-%m-%d") if headline.published else " " * 10
        feed = (headline.feed_title or "")[:20]
        print(f"{headline.id:>6} {_flags(headline)} {date} {feed:<20} {headline.title}")


def cmd_articles(args: argparse.Namespace, context: Context) -> int:
    from newsreader.export import headline_to_dict

    headlines = context.store().list_headlines(_filter_from(args, context), limit=args.limit)
    if args.json:
        print(json.dumps([headline_to_dict(h) for h in headlines], ensure_ascii=False, indent=1))
    elif headlines:
        _print_headlines(headlines)
    else:
        print("no articles", file=sys.stderr)
    return 0


def cmd_search(args: argparse.Namespace, context: Context) -> int:
    from newsreader.export import headline_to_dict

    query = " ".join(args.query).strip()
    if not query:
        raise CommandError("search needs some words to look for")
    hits = context.store().search(query, _filter_from(args, context), limit=args.limit)
    if args.json:
        out: list[dict[str, Any]] = []
        for hit in hits:
            data = headline_to_dict(hit.headline)
            data["snippet"] = hit.snippet.replace(MATCH_START, "").replace(MATCH_END, "")
            data["rank"] = hit.rank
            out.append(data)
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if not hits:
        print(f"nothing matches {query!r}", file=sys.stderr)
        return 0
    bold = sys.stdout.isatty()
    for hit in hits:
        _print_headlines([hit.headline])
        snippet = " ".join(hit.snippet.split())
        start, end = ("\x1b[1m", "\x1b[0m") if bold else ("", "")
        print("         " + snippet.replace(MATCH_START, start).replace(MATCH_END, end))
    return 0


def _get_analysed(context: Context, article_id: int):  # type: ignore[no-untyped-def]
    from newsreader.library import ensure_analysed

    return ensure_analysed(context.store(), article_id, context.settings)


def cmd_show(args: argparse.Namespace, context: Context) -> int:
    from newsreader.export import article_markdown, article_to_json_dict

    stored = _get_analysed(context, args.id)
    if args.format == "json":
        print(json.dumps(article_to_json_dict(stored), ensure_ascii=False, indent=1))
    elif args.format == "markdown":
        print(article_markdown(stored), end="")
    else:
        headline = stored.headline
        meta = " · ".join(
            part
            for part in (
                headline.feed_title,
                headline.author or "",
                headline.published.strftime("%d %B %Y %H:%M UTC") if headline.published else "",
            )
            if part
        )
        print(headline.title)
        if meta:
            print(meta)
        if headline.url:
            print(headline.url)
        print()
        text = stored.article.text if stored.article else ""
        print(text or "(this article has no text; open its link)")
    return 0


def _checked_ids(context: Context, ids: list[int]) -> list[int]:
    """All ids exist, or nothing is changed: a partial success would be hard to notice."""
    store = context.store()
    for article_id in ids:
        store.get_headline(article_id)
    return list(dict.fromkeys(ids))


def cmd_bookmark(args: argparse.Namespace, context: Context) -> int:
    on = args.command == "bookmark"
    ids = _checked_ids(context, args.ids)
    for article_id in ids:
        context.store().bookmark(article_id, on)
    print(
        f"{'bookmarked' if on else 'unbookmarked'} {len(ids)} article{'s' if len(ids) != 1 else ''}"
    )
    return 0


def cmd_read_state(args: argparse.Namespace, context: Context) -> int:
    ids = _checked_ids(context, args.ids)
    read = args.command == "mark-read"
    context.store().set_read(ids, read)
    print(f"marked {len(ids)} article{'s' if len(ids) != 1 else ''} {'read' if read else 'unread'}")
    return 0


def cmd_save(args: argparse.Namespace, context: Context) -> int:
    from newsreader.library import save_offline

    store = context.store()
    for article_id in _checked_ids(context, args.ids):
        outcome = asyncio.run(save_offline(store, context.paths, context.settings, article_id))
        print(f"{article_id}: {outcome.message}")
    return 0


def cmd_unsave(args: argparse.Namespace, context: Context) -> int:
    ids = _checked_ids(context, args.ids)
    for article_id in ids:
        context.store().unsave(article_id)
    print(f"dropped the offline copy of {len(ids)} article{'s' if len(ids) != 1 else ''}")
    return 0


def cmd_export_articles(args: argparse.Namespace, context: Context) -> int:
    from newsreader.export import export_html_book, export_markdown_folder, html_destination

    store = context.store()
    view = ArticleFilter(bookmarked=args.bookmarked, saved=args.saved or not args.bookmarked)
    if args.bookmarked and args.saved:
        kept = {
            h.id: h
            for h in store.list_headlines(ArticleFilter(bookmarked=True))
            + store.list_headlines(ArticleFilter(saved=True))
        }
        oldest = datetime.min.replace(tzinfo=UTC)
        ids = sorted(kept, key=lambda i: (kept[i].published or oldest, i), reverse=True)
    else:
        ids = [h.id for h in store.list_headlines(view)]
    articles = [store.get_article(article_id) for article_id in ids]
    images = {
        stored.headline.id: {
            url: context.paths.images_dir / name
            for url, name in store.saved_images(stored.headline.id).items()
        }
        for stored in articles
    }
    destination = Path(args.destination)
    try:
        if args.format == "html":
            destination = html_destination(destination)
            destination.parent.mkdir(parents=True, exist_ok=True)
            destination.write_text(export_html_book(articles, images=images), encoding="utf-8")
            print(f"wrote {len(articles)} articles to {destination}", file=sys.stderr)
        else:
            if destination.exists() and not destination.is_dir():
                raise CommandError(f"{destination} is a file; Markdown export needs a folder")
            written = export_markdown_folder(articles, destination, images)
            print(f"wrote {len(written)} Markdown files to {destination}", file=sys.stderr)
    except OSError as error:
        raise CommandError(f"cannot write {destination}: {error.strerror or error}") from None
    return 0


def cmd_prune(args: argparse.Namespace, context: Context) -> int:
    retention = context.settings.retention
    removed = context.store().prune(
        args.days if args.days is not None else retention.max_age_days,
        args.keep if args.keep is not None else retention.max_per_feed,
    )
    print(f"removed {removed} old articles (bookmarked and saved ones are always kept)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("articles", help="list stored articles, newest first")
    _add_filters(parser)
    parser.add_argument(
        "--limit", type=_positive, default=50, metavar="N", help="at most N (default 50)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=cmd_articles)

    parser = subparsers.add_parser("search", help="full-text search over stored articles")
    parser.add_argument(
        "query", nargs="+", help='words to find; "quoted phrase" for a phrase; A OR B for either'
    )
    _add_filters(parser)
    parser.add_argument("--limit", type=_positive, default=20, metavar="N")
    parser.add_argument("--json", action="store_true", help="print JSON for scripts")
    parser.set_defaults(handler=cmd_search)

    parser = subparsers.add_parser("show", help="print one article, cleaned")
    parser.add_argument("id", type=_article_id, metavar="ID")
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.set_defaults(handler=cmd_show)

    for name, help_text in (("bookmark", "star articles"), ("unbookmark", "remove stars")):
        parser = subparsers.add_parser(name, help=help_text)
        parser.add_argument("ids", type=_article_id, nargs="+", metavar="ID")
        parser.set_defaults(handler=cmd_bookmark)

    for name, help_text in (
        ("mark-read", "mark articles read"),
        ("mark-unread", "mark articles unread"),
    ):
        parser = subparsers.add_parser(name, help=help_text)
        parser.add_argument("ids", type=_article_id, nargs="+", metavar="ID")
        parser.set_defaults(handler=cmd_read_state)

    parser = subparsers.add_parser(
        "save", help="keep articles offline (full page, entities, images)"
    )
    parser.add_argument("ids", type=_article_id, nargs="+", metavar="ID")
    parser.set_defaults(handler=cmd_save)

    parser = subparsers.add_parser("unsave", help="drop the offline copy of articles")
    parser.add_argument("ids", type=_article_id, nargs="+", metavar="ID")
    parser.set_defaults(handler=cmd_unsave)

    parser = subparsers.add_parser(
        "export-articles",
        help="export saved and/or bookmarked articles as Markdown files or one HTML file",
    )
    parser.add_argument("destination", metavar="DEST", help="a folder (markdown) or a file (html)")
    parser.add_argument("--format", choices=("markdown", "html"), default="markdown")
    parser.add_argument("--bookmarked", action="store_true", help="bookmarked articles")
    parser.add_argument("--saved", action="store_true", help="saved articles (the default)")
    parser.set_defaults(handler=cmd_export_articles)

    parser = subparsers.add_parser("prune", help="delete old articles nobody kept")
    parser.add_argument(
        "--days", type=_positive, metavar="N", help="older than N days (default from config)"
    )
    parser.add_argument("--keep", type=_positive, metavar="N", help="keep at most N per feed")
    parser.set_defaults(handler=cmd_prune)


__all__ = ["NotFound", "StoreError", "register"]

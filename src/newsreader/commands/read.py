"""Opening the reader: `newsreader` alone, or `newsreader read TARGET` on one article."""

from __future__ import annotations

import argparse
import os
import sys

from newsreader.commands import CommandError, Context


def open_app(context: Context, article_id: int | None = None) -> int:
    """Run the Textual app; it needs a terminal, so pipes get a clear message instead."""
    if (
        not (sys.stdin.isatty() and sys.stdout.isatty())
        and os.environ.get("NEWSREADER_FORCE_APP") != "1"
    ):
        if article_id is not None:  # `read` kept it already: say where it is
            raise CommandError(
                f"the reader needs a terminal; the article is kept as {article_id} "
                f"(`newsreader show {article_id}` prints it)"
            )
        raise CommandError("the reader needs a terminal; see `newsreader --help` for the commands")
    from newsreader.app.app import NewsReaderApp

    app = NewsReaderApp(
        context.paths,
        context.settings,
        store=context.store(),
        open_article=article_id,
        config_problems=context.config_problems,
    )
    app.run()
    return 0


def cmd_read(args: argparse.Namespace, context: Context) -> int:
    from newsreader.reading import SourceError, load_target

    try:
        article_id = load_target(context.store(), context.settings, args.target)
    except SourceError as error:
        raise CommandError(str(error)) from None
    return open_app(context, article_id)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "read", help="open the reader on one article: a stored id, an http(s) URL or a file"
    )
    parser.add_argument(
        "target", metavar="TARGET", help="article id, http(s) URL, or HTML/text file"
    )
    parser.set_defaults(handler=cmd_read)

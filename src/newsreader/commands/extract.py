"""`newsreader extract SOURCE`: clean one page or text file and print it."""

from __future__ import annotations

import argparse
import json

from newsreader.commands import CommandError, Context


def cmd_extract(args: argparse.Namespace, context: Context) -> int:
    from newsreader.reading import SourceError, load_source

    try:
        article, _ = load_source(args.source)
    except SourceError as error:
        raise CommandError(str(error)) from None
    if args.format == "json":
        from newsreader.store.codec import article_to_dict, entity_to_dict, quote_to_dict
        from newsreader.understand import understand

        understood = understand(article, context.settings.entity_backend)
        data = article_to_dict(article)
        data["entities"] = [entity_to_dict(entity) for entity in understood.entities]
        data["quotes"] = [quote_to_dict(quote) for quote in understood.quotes]
        print(json.dumps(data, ensure_ascii=False, indent=1))
    elif args.format == "markdown":
        from newsreader.export import body_markdown

        heading = f"# {article.title}\n\n" if article.title else ""
        byline = " · ".join(
            part
            for part in (
                article.author,
                article.published.strftime("%d %B %Y") if article.published else None,
            )
            if part
        )
        print(heading + (f"*{byline}*\n\n" if byline else "") + body_markdown(article))
    else:
        if article.title:
            print(article.title)
            print()
        print(article.text)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "extract", help="clean an article page or text file and print it (no database involved)"
    )
    parser.add_argument(
        "source", metavar="SOURCE", help="an http(s) URL, a file (HTML or text), or - for stdin"
    )
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text")
    parser.set_defaults(handler=cmd_extract)

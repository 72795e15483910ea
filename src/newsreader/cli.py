"""The `newsreader` command: argparse front door to the store, the pipeline and the app.

The Textual app is imported only when it is opened, so scripted subcommands start fast
and never need a terminal.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsreader import __version__
from newsreader.commands import CommandError, Context
from newsreader.config import load_settings
from newsreader.paths import resolve_paths
from newsreader.store import StoreError


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="keep config, database and cache in DIR (default: platform folders, or $NEWSREADER_HOME)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal news reader. With no command, opens the reader.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    _add_common(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    from newsreader.commands import account, articles, config, extract, feeds, read

    for module in (feeds, articles, extract, read, config, account):
        module.register(subparsers)
    for subparser in subparsers.choices.values():
        _add_common(subparser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(getattr(args, "data_dir", None))
    loaded = load_settings(paths.config_file)
    if getattr(args, "command", None) != "config":  # `config check` prints them itself
        for problem in loaded.problems:
            print(f"newsreader: {problem}", file=sys.stderr)
    context = Context(paths=paths, settings=loaded.settings, config_problems=loaded.problems)
    try:
        handler = getattr(args, "handler", None)
        if handler is None:
            from newsreader.commands.read import open_app

            return open_app(context)
        return int(handler(args, context) or 0)
    except CommandError as error:
        print(f"newsreader: {error}", file=sys.stderr)
        return 1
    except StoreError as error:
        print(f"newsreader: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("newsreader: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `newsreader articles | head` closes the pipe early: not an error worth a message.
        sys.stderr.close()
        return 0
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())

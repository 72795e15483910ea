"""`newsreader config path|check`: where the settings live and what is wrong with them."""

from __future__ import annotations

import argparse
import sys

from newsreader.commands import Context


def config_problems(context: Context) -> list[str]:
    """Every problem the app would report at start: values, key bindings, theme."""
    from textual.theme import BUILTIN_THEMES

    from newsreader.app.keymap import keymap

    problems = list(context.config_problems)
    problems.extend(keymap(context.settings.keybindings)[1])
    if context.settings.theme not in BUILTIN_THEMES:
        problems.append(
            f"config: unknown theme {context.settings.theme!r} "
            f"(one of {', '.join(sorted(BUILTIN_THEMES))})"
        )
    return problems


def cmd_config(args: argparse.Namespace, context: Context) -> int:
    path = context.paths.config_file
    if args.action == "path":
        print(path)
        return 0
    problems = config_problems(context)
    if not path.exists():
        print(f"{path}: no config file (every setting has its default)")
    settings = context.settings
    for rule in settings.filters:
        print(f"filter: {rule.describe()}")
    for search in settings.searches:
        what = " and ".join(
            part
            for part in (
                f"matching {search.query!r}" if search.query else "",
                f"mentioning {search.mentioning!r}" if search.mentioning else "",
            )
            if part
        )
        print(
            f"saved search: {search.name} — articles {what}{' (unread)' if search.unread else ''}"
        )
    if settings.refresh_interval_minutes:
        minutes = settings.refresh_interval_minutes
        every = "every minute" if minutes == 1 else f"every {minutes} minutes"
        print(f"refresh: {every} while the app is open")
    for problem in problems:
        print(problem.removeprefix("config: "), file=sys.stderr)
    if problems:
        count = len(problems)
        print(f"{path}: {count} problem{'s' if count != 1 else ''}", file=sys.stderr)
        return 1
    if path.exists():
        print(f"{path}: no problems")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "config", help="where the config file is (path), or what is wrong in it (check)"
    )
    parser.add_argument("action", choices=("path", "check"))
    parser.set_defaults(handler=cmd_config)

"""Every key binding of the app in one table, and the user's overrides from the config.

Each binding's id is its action name, so `Settings.keybindings` (action name -> keys)
feeds straight into Textual's keymap (`App.set_keymap`), and the help screen and command
palette list the same table the footer shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One action the user can take: its default keys, what it does, where it applies."""

    action: str
    keys: str
    description: str
    scope: str = "main"
    """`main` (main screen), `list` (feed and article lists), `reader` (article pane)."""
    show: bool = False
    """Shown in the footer (only the most used, so 80 columns stay readable)."""
    palette: bool = True
    """Offered in the command palette."""


KEYS: tuple[KeySpec, ...] = (
    KeySpec("open", "enter", "Open", "list", palette=False),
    KeySpec("cursor_down", "j,down", "Down", "list", palette=False),
    KeySpec("cursor_up", "k,up", "Up", "list", palette=False),
    KeySpec("first", "g,home", "Top", "list", palette=False),
    KeySpec("last", "G,end", "Bottom", "list", palette=False),
    KeySpec("scroll_down", "j,down", "Scroll down", "reader", palette=False),
    KeySpec("scroll_up", "k,up", "Scroll up", "reader", palette=False),
    KeySpec("page_down", "space,pagedown", "Page down", "reader", palette=False),
    KeySpec("page_up", "b,pageup", "Page up", "reader", palette=False),
    KeySpec("scroll_home", "g,home", "Top", "reader", palette=False),
    KeySpec("scroll_end", "G,end", "Bottom", "reader", palette=False),
    KeySpec("back_or_quit", "q", "Back/Quit", show=True, palette=False),
    KeySpec("back", "escape", "Back", palette=False),
    KeySpec("next_unread", "n", "Next unread", show=True),
    KeySpec("previous_unread", "p", "Previous unread"),
    KeySpec("refresh_feed", "r", "Refresh feed"),
    KeySpec("refresh_all", "R", "Refresh all", show=True),
    KeySpec("add_feed", "a", "Add feed"),
    KeySpec("delete_feed", "d", "Delete feed"),
    KeySpec("toggle_read", "m", "Toggle read"),
    KeySpec("mark_feed_read", "A", "Mark all read"),
    KeySpec("toggle_bookmark", "s", "Bookmark", show=True),
    KeySpec("save_offline", "S", "Save offline"),
    KeySpec("open_in_browser", "o", "Open in browser"),
    KeySpec("search", "slash", "Search", show=True),
    KeySpec("toggle_entities", "e", "Entities"),
    KeySpec("toggle_quotes", "Q", "Quotes"),
    KeySpec("toggle_highlights", "h", "Toggle highlights"),
    KeySpec("show_mentions", "f", "Articles mentioning entity"),
    KeySpec("show_log", "L", "Refresh log"),
    KeySpec("toggle_theme", "t", "Toggle light/dark theme"),
    KeySpec("help", "question_mark", "Help", show=True),
)
"""The default bindings. Tab / Shift+Tab (between panes) and Ctrl+P (palette) are Textual's."""

ACTIONS: frozenset[str] = frozenset(spec.action for spec in KEYS)


def bindings(scope: str) -> list[BindingType]:
    """Textual bindings for one scope, with ids so the keymap can override them."""
    return [
        Binding(spec.keys, spec.action, spec.description, show=spec.show, id=spec.action)
        for spec in KEYS
        if spec.scope == scope
    ]


def keymap(overrides: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The user's overrides as a Textual keymap, plus a problem line per unknown action."""
    known: dict[str, str] = {}
    problems: list[str] = []
    for action, keys in overrides.items():
        if action in ACTIONS and keys.strip():
            known[action] = keys.replace(" ", "")
        else:
            problems.append(f"config: unknown key binding action {action!r} ignored")
    return known, problems


def display_keys(spec: KeySpec, overrides: Mapping[str, str]) -> str:
    """Keys of an action as a person reads them (`/`, `?`, `Enter`)."""
    keys = overrides.get(spec.action, spec.keys)
    names = {
        "slash": "/",
        "question_mark": "?",
        "space": "Space",
        "enter": "Enter",
        "escape": "Esc",
        "down": "↓",
        "up": "↑",
        "pagedown": "PgDn",
        "pageup": "PgUp",
        "home": "Home",
        "end": "End",
    }
    return ", ".join(names.get(key, key) for key in keys.split(","))

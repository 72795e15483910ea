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
    KeySpec("next_article", "J", "Next article"),
    KeySpec("previous_article", "K", "Previous article"),
    KeySpec("refresh_feed", "r", "Refresh feed"),
    KeySpec("refresh_all", "R", "Refresh all", show=True),
    KeySpec("add_feed", "a", "Add feed"),
    KeySpec("delete_feed", "d", "Delete feed"),
    KeySpec("toggle_read", "m", "Toggle read"),
    KeySpec("mark_feed_read", "A", "Mark all read"),
    KeySpec("undo", "u", "Undo mark all read"),
    KeySpec("toggle_bookmark", "s", "Bookmark", show=True),
    KeySpec("save_offline", "S", "Save offline"),
    KeySpec("open_in_browser", "o", "Open in browser"),
    KeySpec("show_links", "l", "Links in the article"),
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


RESERVED: dict[str, str] = {
    "tab": "next pane",
    "shift+tab": "previous pane",
    "ctrl+p": "command palette",
    "ctrl+q": "quit",
    "ctrl+c": "copy/quit",
}
"""Keys the app and Textual hold on every screen; an override may not take them."""

MODIFIERS = frozenset({"ctrl", "shift", "alt", "meta", "super", "hyper"})

_SCOPES_TOGETHER = {
    "main": {"main", "list", "reader"},
    "list": {"main", "list"},
    "reader": {"main", "reader"},
}
"""Which scopes are active at once: the main screen's keys work in both the lists and the reader."""


def _key_name(key: str) -> str:
    """A key as Textual names it (`/` → `slash`), so `/` and `slash` are seen as one key."""
    from textual.keys import _character_to_key

    return _character_to_key(key) if len(key) == 1 else key


def typable(key: str) -> bool:
    """Whether `key` names a key a person can press (`ctrl+r`, `R`, `slash`, `f5`), not `ctrl+`."""
    from textual.keys import Keys, key_to_character

    *modifiers, name = key.split("+")
    if not name or any(modifier not in MODIFIERS for modifier in modifiers):
        return False
    if len(name) == 1:
        return name.isprintable() and not name.isspace()
    return name in {k.value for k in Keys} or key_to_character(name) is not None


def keymap(overrides: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The user's overrides as a Textual keymap, plus a problem line per override ignored.

    Ignored: unknown actions, keys nobody can type (`ctrl+`), and keys that would end up on
    two actions active at the same time (`toggle_bookmark = "q"` would take `q` from quit).
    A clash drops the override(s) involved and keeps those actions' default keys.
    """
    known: dict[str, str] = {}
    problems: list[str] = []
    for action, keys in overrides.items():
        if action not in ACTIONS:
            problems.append(f"config: unknown key binding action {action!r} ignored")
            continue
        names = [key for key in keys.replace(" ", "").split(",") if key]
        bad = [key for key in names if not typable(key)]
        if not names or bad:
            shown = ", ".join(repr(key) for key in bad) or repr(keys)
            problems.append(
                f"config: {action} = {keys!r} ignored: {shown} is not a key that can be typed"
            )
            continue
        known[action] = ",".join(_key_name(key) for key in names)
    while clash := _first_clash(known):
        key, actions = clash
        dropped = [action for action in actions if action in known]
        for action in dropped:
            del known[action]
        shown = " and ".join(actions)
        problems.append(
            f"config: key {key!r} is bound to both {shown}; "
            f"ignoring {', '.join(f'{a} = {overrides[a]!r}' for a in dropped)}"
        )
    return known, problems


def _first_clash(overrides: Mapping[str, str]) -> tuple[str, list[str]] | None:
    """A key that two actions active at the same time would share, with those actions."""
    holders: dict[str, list[KeySpec]] = {}
    for spec in KEYS:
        for key in overrides.get(spec.action, spec.keys).split(","):
            holders.setdefault(_key_name(key), []).append(spec)
    for key, specs in holders.items():
        if key in RESERVED and any(spec.action in overrides for spec in specs):
            return key, [*(spec.action for spec in specs), RESERVED[key]]
        for index, first in enumerate(specs):
            for second in specs[index + 1 :]:
                if second.scope in _SCOPES_TOGETHER[first.scope] and (
                    first.action in overrides or second.action in overrides
                ):
                    return key, [first.action, second.action]
    return None


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

"""Every binding, with the keys currently in force (config overrides included)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from newsreader.app.keymap import KEYS, display_keys
from newsreader.app.screens.dialogs import DialogScreen

SCOPE_TITLES = {
    "main": "Everywhere",
    "list": "Feed and article lists",
    "reader": "Reading an article",
}
EXTRA = (
    ("Tab, Shift+Tab", "Move between panes"),
    ("Ctrl+P", "Command palette (every action)"),
    ("f", "In the entities panel: all articles mentioning it"),
)


def help_text(overrides: Mapping[str, str]) -> Content:
    """The help page as Content: one section per scope, keys aligned in a column."""
    lines: list[Content] = []
    for scope, title in SCOPE_TITLES.items():
        lines.append(Content.styled(title, "bold $text-primary"))
        for spec in KEYS:
            if spec.scope == scope:
                keys = display_keys(spec, overrides)
                lines.append(Content.assemble((f"  {keys:<16}", "bold"), spec.description))
        lines.append(Content(""))
    lines.append(Content.styled("Also", "bold $text-primary"))
    for keys, description in EXTRA:
        lines.append(Content.assemble((f"  {keys:<16}", "bold"), description))
    return Content("\n").join(lines)


class HelpScreen(DialogScreen[None]):
    """Lists every binding; any of Escape, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen #help {
        height: 90%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close"),
        Binding("j,down", "scroll('down')", show=False),
        Binding("k,up", "scroll('up')", show=False),
    ]

    def __init__(self, overrides: Mapping[str, str]) -> None:
        super().__init__()
        self.overrides = overrides

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "Esc to close"
            yield Static(help_text(self.overrides))

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help", VerticalScroll)
        if direction == "down":
            scroll.scroll_down()
        else:
            scroll.scroll_up()

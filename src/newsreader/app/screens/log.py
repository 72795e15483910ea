"""The refresh log: one line per feed error or finished refresh, newest last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from newsreader.app.screens.dialogs import DialogScreen
from newsreader.app.text import plain


class LogScreen(DialogScreen[None]):
    """Shows what refreshes reported, so errors never need pop-ups.

    Each entry wraps to the dialog's width (an error's reason is usually at its end, so a
    line cut at the edge of an 80-column terminal would hide exactly what matters).
    """

    DEFAULT_CSS = """
    LogScreen #refresh-log {
        width: 100;
        height: 80%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,L", "dismiss", "Close")]

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__()
        self.lines = lines

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="refresh-log", classes="dialog") as log:
            log.border_title = "Refresh log"
            log.border_subtitle = "Esc to close"
            for line in self.lines or ["Nothing refreshed yet."]:
                yield Static(plain(line), classes="log-line")

    def on_mount(self) -> None:
        log = self.query_one("#refresh-log", VerticalScroll)
        log.scroll_end(animate=False)
        log.focus()

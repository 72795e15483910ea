"""The refresh log: one line per feed error or finished refresh, newest last."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Log

from newsreader.app.screens.dialogs import DialogScreen


class LogScreen(DialogScreen[None]):
    """Shows what refreshes reported, so errors never need pop-ups."""

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
        log = Log(id="refresh-log", classes="dialog", highlight=False)
        log.border_title = "Refresh log"
        log.border_subtitle = "Esc to close"
        yield log

    def on_mount(self) -> None:
        log = self.query_one(Log)
        log.write_lines(self.lines or ["Nothing refreshed yet."])
        log.focus()

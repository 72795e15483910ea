"""Small modal dialogs: add a feed, confirm a deletion."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Button, Input, Label

from newsreader.app.text import plain


class DialogScreen(ModalScreen[ScreenResultType]):
    """A modal box in the middle of the screen; its CSS loads with the first dialog."""

    DEFAULT_CSS = """
    DialogScreen {
        align: center middle;
    }
    DialogScreen .dialog {
        width: 72;
        max-width: 95%;
        height: auto;
        max-height: 90%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
        border-title-color: $text-primary;
    }
    DialogScreen .dialog-title {
        width: 100%;
        text-style: bold;
        margin: 1 0;
    }
    DialogScreen .dialog-buttons {
        height: auto;
        align-horizontal: right;
        margin-top: 1;
    }
    DialogScreen .dialog-buttons Button {
        margin-left: 1;
    }
    """


@dataclass(frozen=True, slots=True)
class NewFeed:
    url: str
    folder: str | None


class AddFeedScreen(DialogScreen[NewFeed | None]):
    """Asks for a feed (or site) URL and an optional folder."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Add a feed", classes="dialog-title")
            yield Input(placeholder="https://example.com/feed.xml or a site URL", id="feed-url")
            yield Input(placeholder="Folder (optional)", id="feed-folder")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "feed-url" and event.value.strip():
            self.query_one("#feed-folder", Input).focus()
        else:
            self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        url = self.query_one("#feed-url", Input).value.strip()
        if not url:
            self.query_one("#feed-url", Input).focus()
            self.notify("Type a feed or site address first.", timeout=3, markup=False)
            return
        folder = self.query_one("#feed-folder", Input).value.strip() or None
        self.dismiss(NewFeed(url, folder))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(DialogScreen[bool]):
    """A yes/no question; `y` or Enter confirms, `n` or Escape declines."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, confirm_label: str = "Delete") -> None:
        super().__init__()
        self.question = question
        self.confirm_label = confirm_label

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(plain(self.question), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button(Content(f"{self.confirm_label} (y)"), variant="error", id="yes")
                yield Button("Cancel (n)", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)

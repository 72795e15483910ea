"""Small modal dialogs: add a feed, confirm a deletion."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen, ScreenResultType
from textual.widgets import Button, Input, Label, Static

from newsreader.app.text import plain

if TYPE_CHECKING:
    from newsreader.models import Feed


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
    DialogScreen.-short .dialog {
        max-height: 100%;
    }
    DialogScreen.-short .dialog-title {
        margin: 0;
    }
    DialogScreen.-short .dialog-buttons {
        margin-top: 0;
    }
    """

    SHORT_HEIGHT: ClassVar[int] = 20
    """Below this many terminal rows, fields and buttons lose their borders (Textual's
    `compact`) and the spacing goes, so a dialog's buttons stay on screen at 40x12."""
    NARROW_WIDTH: ClassVar[int] = 60
    """Below this many columns a dialog gets `-narrow`, for rows that must wrap."""

    def on_mount(self) -> None:
        self._fit_size()

    def on_resize(self) -> None:
        self._fit_size()

    def _fit_size(self) -> None:
        short = self.app.size.height < self.SHORT_HEIGHT
        self.set_class(short, "-short")
        self.set_class(self.app.size.width < self.NARROW_WIDTH, "-narrow")
        for widget in self.query("Input, Button"):
            if isinstance(widget, Input | Button):
                widget.compact = short


@dataclass(frozen=True, slots=True)
class NewFeed:
    url: str
    folder: str | None


def failure_message(url: str, error: Exception) -> str:
    """ "Could not add URL: reason", without the URL twice when the reason starts with it."""
    reason = str(error).removeprefix(f"{url}: ")
    return f"Could not add {url}: {reason}"


class AddFeedScreen(DialogScreen["Feed | None"]):
    """Asks for a feed (or site) URL and an optional folder, and subscribes before closing.

    Enter in either field adds. While a slow address is tried the dialog says so; when it
    fails the dialog stays open with the address as typed and the reason under it (and the
    refresh log, L, keeps the failure), so a typo is one edit away. Dismisses with the Feed.
    """

    DEFAULT_CSS = """
    AddFeedScreen #add-status {
        height: auto;
        margin-top: 1;
        display: none;
    }
    AddFeedScreen #add-status.-shown {
        display: block;
    }
    AddFeedScreen #add-status.-error {
        color: $text-error;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, try_add: Callable[[NewFeed], Awaitable[Feed]]) -> None:
        super().__init__()
        self.try_add = try_add

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Add a feed", classes="dialog-title")
            yield Input(placeholder="https://example.com/feed.xml or a site URL", id="feed-url")
            yield Input(placeholder="Folder (optional)", id="feed-folder")
            yield Static(id="add-status")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="add")
                yield Button("Cancel", id="cancel")

    def on_input_submitted(self, _: Input.Submitted) -> None:
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "add":
            self._submit()
        else:
            self.dismiss(None)

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#add-status", Static)
        status.update(plain(text))
        status.set_class(bool(text), "-shown")
        status.set_class(error, "-error")

    def _submit(self) -> None:
        url = self.query_one("#feed-url", Input).value.strip()
        if not url:
            self.query_one("#feed-url", Input).focus()
            self._status("Type a feed or site address first.", error=True)
            return
        if self.query_one("#add", Button).disabled:
            return  # already trying
        folder = self.query_one("#feed-folder", Input).value.strip() or None
        self.add(NewFeed(url, folder))

    @work(exclusive=True, group="add-feed")
    async def add(self, new: NewFeed) -> None:
        button = self.query_one("#add", Button)
        button.disabled = True
        self._status(f"Looking for a feed at {new.url}…")
        try:
            feed = await self.try_add(new)
        except Exception as error:  # every failure is shown here; the dialog stays usable
            self._status(failure_message(new.url, error), error=True)
            self.query_one("#feed-url", Input).focus()
            return
        finally:
            button.disabled = False
        self.dismiss(feed)

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

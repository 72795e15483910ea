"""The links of the open article, numbered; Enter (or the number) opens one in the browser."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.events import Key
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.app.screens.dialogs import DialogScreen
from newsreader.app.text import plain
from newsreader.models import Link


class LinksScreen(DialogScreen[str | None]):
    """Dismisses with the URL chosen (or None); the caller opens it."""

    DEFAULT_CSS = """
    LinksScreen #links {
        width: 100;
        height: auto;
        max-height: 80%;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,l", "close", "Close")]

    def __init__(self, links: Sequence[Link]) -> None:
        super().__init__()
        self.links = list(links)

    def compose(self) -> ComposeResult:
        rows = [
            Option(
                Content.assemble(
                    Content.styled(f"{number:>2}. ", "$text-muted"),
                    plain(link.text, "underline"),
                    "\n    ",
                    plain(link.url, "$text-muted"),
                )
            )
            for number, link in enumerate(self.links, 1)
        ]
        listing = OptionList(*rows, id="links", classes="dialog")
        listing.border_title = f"Links in this article ({len(self.links)})"
        listing.border_subtitle = "Enter or a number opens in the browser · Esc closes"
        yield listing

    def on_mount(self) -> None:
        self.query_one("#links", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.links[event.option_index].url)

    def on_key(self, event: Key) -> None:
        """1-9 open that link at once (the list shows the numbers)."""
        if event.character and event.character.isdigit() and event.character != "0":
            index = int(event.character) - 1
            if index < len(self.links):
                event.stop()
                self.dismiss(self.links[index].url)

    def action_close(self) -> None:
        self.dismiss(None)

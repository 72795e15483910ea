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

    TITLE_CHARS: ClassVar[int] = 48
    """How much of the article's headline the dialog's border shows."""

    def __init__(self, links: Sequence[Link], article_title: str = "") -> None:
        super().__init__()
        self.links = list(links)
        self.article_title = article_title

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
        # Named, because the list may be showing other articles than the one open.
        title = self.article_title
        if len(title) > self.TITLE_CHARS:
            title = title[: self.TITLE_CHARS - 1].rstrip() + "…"
        listing.border_title = Content.assemble(
            "Links in ", plain(f"“{title}”") if title else "this article", f" ({len(self.links)})"
        )
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

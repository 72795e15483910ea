"""The reading pane: one cleaned article at a comfortable measure.

Each body block is its own `Static` so headings, block quotes and list items wrap with
their own indentation and styling from CSS; entity and quote highlights are spans on the
block's Content (computed from analysis offsets, never from markup).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import AwaitMount
from textual.widgets import Static

from newsreader.app import keymap
from newsreader.app.text import block_content, byline, fallback_article, plain
from newsreader.models import Article, Block, Headline, StoredArticle

PLACEHOLDER = "Choose an article: j/k to move, Enter to open, ? for help."


class ArticleView(VerticalScroll, can_focus=True):
    """Shows one `StoredArticle`; `show_mention` scrolls to and marks one span of it."""

    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings("reader")

    def __init__(self, clock: Callable[[], datetime], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._clock = clock
        self.stored: StoredArticle | None = None
        self.article: Article | None = None
        self.highlight = True
        self._focus: tuple[int, int] | None = None
        self._block_widgets: list[Static] = []
        self._page_ready = False

    def compose(self) -> ComposeResult:
        # Only the placeholder is on the first frame; the byline, note and body join
        # when first needed (`_page`): every widget mounted before the first paint is
        # styled and laid out before it.
        with Vertical(id="article-page"):
            yield Static(Content(PLACEHOLDER), id="article-title")

    def _page(self) -> AwaitMount | None:
        """Mount the byline, the note row and the body under the title (once).

        They are in the DOM (queries find them) as soon as this returns; await the
        result to wait until they are mounted.
        """
        if self._page_ready:
            return None
        self._page_ready = True
        note = Horizontal(Static(id="article-note-text"), id="article-note")
        return self.query_one("#article-page", Vertical).mount_all(
            [Static(id="article-byline"), note, Vertical(id="article-body")]
        )

    async def show(self, stored: StoredArticle, *, scroll_home: bool = True) -> None:
        """Render `stored` (the cleaned article, or the feed's text until it is cleaned)."""
        self.stored = stored
        self.article = fallback_article(stored)
        self._focus = None
        if (mounting := self._page()) is not None:
            await mounting
        self.query_one("#article-title", Static).update(
            # The list's title, so the article opened is recognisably the one chosen (a
            # fetched page may title itself differently).
            plain(stored.headline.title or self.article.title)
        )
        self.query_one("#article-byline", Static).update(byline(stored, self._clock()))
        body = self.query_one("#article-body", Vertical)
        await body.remove_children()
        numbered = _numbered(self.article.blocks)
        self._block_widgets = []
        for position, (block, number) in enumerate(numbered):
            classes = f"block -{block.kind.replace('_', '-')}"
            following = numbered[position + 1][0].kind if position + 1 < len(numbered) else None
            if block.kind == "list_item" and following != "list_item":
                classes += " -list-end"
            self._block_widgets.append(Static(self._block(block, number), classes=classes))
        if not self._block_widgets:
            self._block_widgets = [
                Static(Content.styled("(This article has no text.)", "italic"), classes="block")
            ]
        await body.mount_all(self._block_widgets)
        if scroll_home:
            self.scroll_home(animate=False)

    def update_headline(self, headline: Headline) -> None:
        """The open article was bookmarked, saved or marked: redraw its byline."""
        if self.stored is None or self.stored.headline.id != headline.id:
            return
        self.stored = replace(self.stored, headline=headline)  # shown: the page is there
        self.query_one("#article-byline", Static).update(byline(self.stored, self._clock()))

    def clear(self) -> None:
        """Back to the placeholder (no article open)."""
        self.stored = None
        self.article = None
        self.query_one("#article-title", Static).update(Content(PLACEHOLDER))
        if not self._page_ready:  # nothing was shown below the title yet
            return
        self.query_one("#article-byline", Static).update("")
        self.query_one("#article-body", Vertical).remove_children()
        self.set_note(None)

    def set_note(self, note: str | None, busy: bool = False) -> None:
        """One calm line above the body (e.g. "Fetching full article…"); None hides it."""
        if note is None and not self._page_ready:
            return  # no note row yet: nothing to hide
        self._page()
        self.query_one("#article-note-text", Static).update(plain(note or ""))
        note_row = self.query_one("#article-note")
        note_row.display = note is not None
        spinners = note_row.query("#article-spinner")
        if busy and not spinners:
            from textual.widgets import LoadingIndicator  # only needed while fetching

            note_row.mount(LoadingIndicator(id="article-spinner"), before=0)
        elif not busy:
            spinners.remove()

    def _block(self, block: Block, number: int) -> Content:
        stored = self.stored
        links = self.article.links if self.article is not None else ()
        if (
            stored is None or not self.highlight or self.article is not stored.article
        ):  # feed text: offsets differ
            return block_content(block, focus=self._focus, number=number, links=links)
        return block_content(block, stored.entities, stored.quotes, self._focus, number, links)

    def refresh_blocks(self) -> None:
        """Re-render the blocks (highlights toggled or focus moved)."""
        if self.article is None:
            return
        for widget, (block, number) in zip(
            self._block_widgets, _numbered(self.article.blocks), strict=False
        ):
            widget.update(self._block(block, number))

    def set_highlight(self, on: bool) -> None:
        self.highlight = on
        self.refresh_blocks()

    def show_mention(self, start: int, end: int) -> None:
        """Mark the span [start, end) of the article text and scroll it into the middle."""
        if self.article is None or not self.article.blocks:
            return
        self._focus = (start, end)
        self.refresh_blocks()
        starts = [block.start for block in self.article.blocks]
        index = max(0, bisect_right(starts, start) - 1)
        if index < len(self._block_widgets):
            self.scroll_to_center(self._block_widgets[index], animate=False)


def _numbered(blocks: tuple[Block, ...]) -> list[tuple[Block, int]]:
    """Blocks with the running number of ordered list items (1, 2, 3 … per list)."""
    numbered: list[tuple[Block, int]] = []
    counter = 0
    for block in blocks:
        if block.kind == "list_item" and block.ordered:
            counter += 1
        else:
            counter = 0
        numbered.append((block, counter or 1))
    return numbered

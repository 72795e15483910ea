"""The reading pane: one cleaned article at a comfortable measure.

Each body block is its own `Static` so headings, block quotes and list items wrap with
their own indentation and styling from CSS; entity and quote highlights are spans on the
block's Content (computed from analysis offsets, never from markup).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
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
from newsreader.models import Article, Block, Entity, Headline, Link, Quote, StoredArticle

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
        self._rows: list[list[_Row]] = []
        """What each of `_block_widgets` shows: its blocks (or pieces of one)."""
        self._spans = _SpanIndex([], (), (), ())
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
        self._rows = _rows(self.article.blocks)
        self._spans = _SpanIndex(
            [row[0] for group in self._rows for row in group],
            stored.entities if self.article is stored.article else (),
            stored.quotes if self.article is stored.article else (),
            self.article.links,
        )
        self._block_widgets = [
            Static(self._group(group), classes=group[0][2] if len(group) == 1 else "block")
            for group in self._rows
        ]
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
        entities, quotes, links = self._spans.of(block)
        if not self.highlight:
            entities, quotes = [], []
        return block_content(block, entities, quotes, self._focus, number, links)

    def _group(self, group: list[_Row]) -> Content:
        """One widget's Content: a block, or (on a page of very many) several joined."""
        if len(group) == 1:
            return self._block(group[0][0], group[0][1])
        return Content("\n\n").join(self._block(block, number) for block, number, _ in group)

    def refresh_blocks(self) -> None:
        """Re-render the blocks (highlights toggled or focus moved)."""
        if self.article is None:
            return
        for widget, group in zip(self._block_widgets, self._rows, strict=False):
            widget.update(self._group(group))

    def set_highlight(self, on: bool) -> None:
        self.highlight = on
        self.refresh_blocks()

    def show_mention(self, start: int, end: int) -> None:
        """Mark the span [start, end) of the article text and scroll it into the middle."""
        if self.article is None or not self.article.blocks:
            return
        self._focus = (start, end)
        self.refresh_blocks()
        starts = [group[0][0].start for group in self._rows]
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


_Row = tuple[Block, int, str]
"""A block (or a piece of a long one), its list number and its CSS classes."""
_PIECE_CHARS = 4_000
"""A paragraph longer than this is shown in pieces: Textual wraps and renders a widget
whole, so one 2 MB paragraph (a text without line breaks) stalls every scroll."""
_MAX_WIDGETS = 1_500
"""Beyond this many blocks, neighbours share a widget: each one mounted costs about a
millisecond, and a page of 100,000 tiny `<div>` blocks would take minutes to open."""


def _rows(blocks: tuple[Block, ...]) -> list[list[_Row]]:
    """The widgets' contents: one block each, long ones cut into pieces, and groups of
    consecutive blocks when there are too many for one widget each."""
    numbered = _numbered(blocks)
    rows: list[_Row] = []
    for position, (block, number) in enumerate(numbered):
        classes = f"block -{block.kind.replace('_', '-')}"
        following = numbered[position + 1][0].kind if position + 1 < len(numbered) else None
        if block.kind == "list_item" and following != "list_item":
            classes += " -list-end"
        pieces = _pieces(block)
        rows.extend((piece, number, f"{classes} -cut") for piece in pieces[:-1])
        rows.append((pieces[-1], number, classes))
    size = -(-len(rows) // _MAX_WIDGETS)  # ceiling: 1 on any ordinary page
    return [rows[start : start + size] for start in range(0, len(rows), size)]


def _pieces(block: Block) -> list[Block]:
    """A long block as consecutive pieces cut at spaces, offsets kept."""
    text = block.text
    if len(text) <= _PIECE_CHARS or block.end - block.start != len(text):
        return [block]
    pieces: list[Block] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + _PIECE_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + _PIECE_CHARS // 2, end)
            end = space + 1 if space >= 0 else end
        piece = replace(block, text=text[start:end], start=block.start + start)
        pieces.append(replace(piece, end=block.start + end))
        start = end
    return pieces


class _SpanIndex:
    """Which entities, quotes and links fall in each block, worked out once per article.

    Asking every block about every entity is quadratic: a page of 50,000 blocks with
    50,000 entities took 47 s to render.
    """

    def __init__(
        self,
        blocks: list[Block],
        entities: Sequence[Entity],
        quotes: Sequence[Quote],
        links: Sequence[Link],
    ) -> None:
        starts = [block.start for block in blocks]
        self._index = {id(block): position for position, block in enumerate(blocks)}
        self._found: list[tuple[list[Entity], list[Quote], list[Link]]] = [
            ([], [], []) for _ in blocks
        ]
        for entity in entities:
            position = bisect_right(starts, entity.start) - 1
            if position >= 0 and entity.end <= blocks[position].end:
                self._found[position][0].append(entity)
        for link in links:
            position = bisect_right(starts, link.start) - 1
            if position >= 0 and link.end <= blocks[position].end:
                self._found[position][2].append(link)
        for quote in quotes:
            position = max(0, bisect_right(starts, quote.start) - 1)
            while position < len(blocks) and blocks[position].start < quote.end:
                if blocks[position].end > quote.start:
                    self._found[position][1].append(quote)
                position += 1

    def of(self, block: Block) -> tuple[list[Entity], list[Quote], list[Link]]:
        position = self._index.get(id(block))
        return ([], [], []) if position is None else self._found[position]

"""The middle pane: a virtual list of headlines (an OptionList, never a widget per row)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.app import keymap
from newsreader.app.text import headline_row
from newsreader.models import Headline


class HeadlineRow(Visual):
    """One headline, laid out for whatever width it is drawn at.

    Rows are built when drawn (only the visible ones) and fit any width, so a list of
    10,000 headlines costs one small object each and a resize re-lays out nothing.
    """

    def __init__(self, headline: Headline, now: datetime, show_feed: bool) -> None:
        self.headline = headline
        self.now = now
        self.show_feed = show_feed

    def content(self, width: int) -> Content:
        return headline_row(self.headline, self.now, width, self.show_feed)

    @property
    def plain(self) -> str:
        """The row as text at 100 columns (for tests and debugging)."""
        return self.content(100).plain

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.content(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return container_width

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1


class HeadlineList(OptionList):
    """Headlines of the current view, newest first; choosing one posts `ArticleChosen`."""

    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings("list")

    class ArticleChosen(Message):
        """The user chose an article (Enter or click)."""

        def __init__(self, headline: Headline) -> None:
            super().__init__()
            self.headline = headline

    def __init__(self, clock: Callable[[], datetime], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.headlines: list[Headline] = []
        self._clock = clock
        self._index: dict[int, int] = {}
        self.show_feed = True

    def _row(self, headline: Headline, now: datetime) -> Option:
        return Option(HeadlineRow(headline, now, self.show_feed))

    def show(self, headlines: list[Headline], keep: int | None = None) -> None:
        """Replace all rows; the cursor stays on article `keep` when it is still listed."""
        self.headlines = list(headlines)
        self._index = {h.id: i for i, h in enumerate(self.headlines)}
        now = self._clock()
        self.set_options([self._row(headline, now) for headline in self.headlines])
        if not self.size and len(self.headlines) > self.app.size.height:
            self._expect_overflow()
        if keep is not None and keep in self._index:
            self.highlighted = self._index[keep]
        elif self.headlines:
            self.highlighted = 0

    def _expect_overflow(self) -> None:
        """Lay out the first frame with the scrollbar that more rows than the screen need.

        An OptionList learns how many lines it has only while drawing, so a first page
        taller than the screen was laid out without a scrollbar, drawn, then laid out and
        drawn again with one before the app was ready. Rows beyond the terminal's height
        overflow whatever the layout, so the scrollbar can be known before the first layout.
        """
        self.set_reactive(HeadlineList.virtual_size, Size(0, len(self.headlines)))
        self.set_reactive(HeadlineList.show_vertical_scrollbar, True)

    def extend(self, headlines: Sequence[Headline]) -> None:
        """Append rows (the pages after the first, loaded after the first paint)."""
        start = len(self.headlines)
        self.headlines.extend(headlines)
        for offset, headline in enumerate(headlines):
            self._index[headline.id] = start + offset
        now = self._clock()
        self.add_options([self._row(headline, now) for headline in headlines])

    def update_headline(self, headline: Headline) -> None:
        """Redraw one row after its read/bookmark/saved state changed."""
        index = self._index.get(headline.id)
        if index is None:
            return
        self.headlines[index] = headline
        self.replace_option_prompt_at_index(
            index, HeadlineRow(headline, self._clock(), self.show_feed)
        )

    def set_flags(self, article_id: int, **flags: bool) -> Headline | None:
        """Change read/bookmarked/saved of a listed article; returns the new headline."""
        index = self._index.get(article_id)
        if index is None:
            return None
        headline = replace(self.headlines[index], **flags)  # type: ignore[arg-type]  # bool fields only
        self.update_headline(headline)
        return headline

    def index_of(self, article_id: int) -> int | None:
        return self._index.get(article_id)

    @property
    def current(self) -> Headline | None:
        """The highlighted headline."""
        if self.highlighted is None or self.highlighted >= len(self.headlines):
            return None
        return self.headlines[self.highlighted]

    def find_unread(self, start: int, step: int) -> int | None:
        """Index of the next unread headline from `start` (exclusive) in direction `step`."""
        index = start + step
        while 0 <= index < len(self.headlines):
            if not self.headlines[index].read:
                return index
            index += step
        return None

    def action_open(self) -> None:
        self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.headlines):
            self.post_message(self.ArticleChosen(self.headlines[event.option_index]))

"""The middle pane: a virtual list of headlines (an OptionList, never a widget per row)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.app import keymap
from newsreader.app.text import headline_row
from newsreader.models import Headline


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
        self._row_width = 0
        self.show_feed = True

    def _width(self) -> int:
        return max(20, self.scrollable_content_region.width or 60)

    def _build_options(self, headlines: Sequence[Headline]) -> list[Option]:
        now = self._clock()
        width = self._row_width
        return [Option(headline_row(h, now, width, self.show_feed)) for h in headlines]

    def show(self, headlines: list[Headline], keep: int | None = None) -> None:
        """Replace all rows; the cursor stays on article `keep` when it is still listed."""
        self._row_width = self._width()
        self.headlines = list(headlines)
        self._index = {h.id: i for i, h in enumerate(self.headlines)}
        self.set_options(self._build_options(self.headlines))
        if keep is not None and keep in self._index:
            self.highlighted = self._index[keep]
        elif self.headlines:
            self.highlighted = 0

    def extend(self, headlines: Sequence[Headline]) -> None:
        """Append rows (the pages after the first, loaded after the first paint)."""
        start = len(self.headlines)
        self.headlines.extend(headlines)
        for offset, headline in enumerate(headlines):
            self._index[headline.id] = start + offset
        self.add_options(self._build_options(headlines))

    def update_headline(self, headline: Headline) -> None:
        """Redraw one row after its read/bookmark/saved state changed."""
        index = self._index.get(headline.id)
        if index is None:
            return
        self.headlines[index] = headline
        self.replace_option_prompt_at_index(
            index, headline_row(headline, self._clock(), self._row_width, self.show_feed)
        )

    def set_flags(self, article_id: int, **flags: bool) -> Headline | None:
        """Change read/bookmarked/saved of a listed article; returns the new headline."""
        index = self._index.get(article_id)
        if index is None:
            return None
        headline = replace(self.headlines[index], **flags)
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

    def on_resize(self) -> None:
        if self.headlines and self._width() != self._row_width:
            highlighted = self.highlighted
            self._row_width = self._width()
            self.set_options(self._build_options(self.headlines))
            self.highlighted = highlighted

    def action_open(self) -> None:
        self.action_select()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.headlines):
            self.post_message(self.ArticleChosen(self.headlines[event.option_index]))

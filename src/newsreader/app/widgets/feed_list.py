"""The left pane: virtual views, folders and feeds, each with its unread count."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from newsreader.app import keymap
from newsreader.app.text import plain
from newsreader.config import SavedSearch
from newsreader.models import Feed
from newsreader.store import ArticleFilter


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One row of the feed list: what it shows and which articles it stands for."""

    label: str
    view: ArticleFilter
    count: int = 0
    feed: Feed | None = None
    indent: int = 0
    heading: bool = False


class FeedList(OptionList):
    """Feeds grouped by folder under the virtual views; choosing one posts `ViewChosen`."""

    BINDINGS: ClassVar[list[BindingType]] = keymap.bindings("list")

    class ViewChosen(Message):
        """The user chose a view (Enter or click)."""

        def __init__(self, entry: FeedEntry) -> None:
            super().__init__()
            self.entry = entry

    class ViewPreviewed(Message):
        """The cursor moved onto a view while the user moves in the list (not yet chosen)."""

        def __init__(self, entry: FeedEntry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[FeedEntry] = []

    def show(self, entries: list[FeedEntry], keep: ArticleFilter | None = None) -> None:
        """Replace the rows, keeping the cursor on the view `keep` when it is still there."""
        self.entries = entries
        self._rebuild()
        if keep is not None:
            for index, entry in enumerate(entries):
                if entry.view == keep:
                    self.highlighted = index
                    break

    def _rebuild(self) -> None:
        highlighted = self.highlighted
        width = max(10, self.scrollable_content_region.width or 26)
        self.set_options(Option(self._row(entry, width)) for entry in self.entries)
        if highlighted is not None and self.entries:
            self.highlighted = min(highlighted, len(self.entries) - 1)
        self._update_tooltip()

    def _row(self, entry: FeedEntry, width: int) -> Content:
        count = Content.styled(str(entry.count), "$text-muted") if entry.count else Content("")
        mark = (
            Content.styled("! ", "$text-error")
            if entry.feed and entry.feed.last_error
            else Content("")
        )
        name_width = max(3, width - 2 - entry.indent - count.cell_length - mark.cell_length - 1)
        name = plain(entry.label).truncate(name_width, ellipsis=True, pad=True)
        if entry.heading:
            name = name.stylize("bold")
        return Content.assemble(" " * (entry.indent + 1), mark, name, " ", count)

    @property
    def current(self) -> FeedEntry | None:
        """The highlighted row."""
        if self.highlighted is None or self.highlighted >= len(self.entries):
            return None
        return self.entries[self.highlighted]

    def on_resize(self) -> None:
        if self.entries:
            self._rebuild()

    def action_open(self) -> None:
        self.action_select()

    def _update_tooltip(self) -> None:
        entry = self.current
        if entry is not None and entry.feed is not None and entry.feed.last_error:
            self.tooltip = plain(f"Last refresh failed: {entry.feed.last_error}")
        elif entry is not None and entry.feed is not None:
            self.tooltip = plain(entry.feed.url)
        else:
            self.tooltip = None

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        self._update_tooltip()
        if self.has_focus and (entry := self.current) is not None:
            self.post_message(self.ViewPreviewed(entry))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.entries):
            self.post_message(self.ViewChosen(self.entries[event.option_index]))


SEARCH_MARK = "⌕ "
"""Before a saved search's name in the feeds pane."""


def search_view(search: SavedSearch) -> ArticleFilter:
    """The articles a saved search stands for (its words, its entity, or both)."""
    from newsreader.store import fts_query

    return ArticleFilter(
        unread=search.unread,
        mentioning=search.mentioning,
        matching=fts_query(search.query + " ") if search.query else None,  # no prefix match
    )


def build_entries(
    feeds: list[Feed],
    counts: dict[str, int],
    searches: Sequence[tuple[SavedSearch, int]] = (),
) -> list[FeedEntry]:
    """Rows for the feed list: virtual views, saved searches, loose feeds, then each folder.

    Args:
        searches: each saved search with its unread count.
    """
    entries = [
        FeedEntry("All articles", ArticleFilter(), counts.get("all", 0)),
        FeedEntry("Unread", ArticleFilter(unread=True), counts.get("unread", 0)),
        FeedEntry("Bookmarks", ArticleFilter(bookmarked=True), counts.get("bookmarked", 0)),
        FeedEntry("Saved", ArticleFilter(saved=True), counts.get("saved", 0)),
        FeedEntry("Read later", ArticleFilter(read_later=True), counts.get("read_later", 0)),
    ]
    entries.extend(
        FeedEntry(SEARCH_MARK + search.name, search_view(search), count)
        for search, count in searches
    )
    loose = [feed for feed in feeds if not feed.folder]
    entries.extend(
        FeedEntry(feed.title, ArticleFilter(feed_id=feed.id), feed.unread, feed) for feed in loose
    )
    folders: dict[str, list[Feed]] = {}
    for feed in feeds:
        if feed.folder:
            folders.setdefault(feed.folder, []).append(feed)
    for folder, members in folders.items():
        entries.append(
            FeedEntry(
                folder, ArticleFilter(folder=folder), sum(f.unread for f in members), heading=True
            )
        )
        entries.extend(
            FeedEntry(feed.title, ArticleFilter(feed_id=feed.id), feed.unread, feed, indent=1)
            for feed in members
        )
    return entries

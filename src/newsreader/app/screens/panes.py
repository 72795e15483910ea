"""The panes of the main screen and what fills them: feeds, headlines, the reader.

`PaneScreen` owns the selection (which view, which article) and the layout (three panes,
or one at a time when narrow). `ReadingScreen` adds reading, `MainScreen` feed management.
Every store call and every network call runs in a worker; thread workers hand results
back with `call_from_thread`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from newsreader.app.text import plain
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.feed_list import FeedEntry, FeedList, build_entries, search_view
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.models import Headline, StoredArticle
from newsreader.store import ArticleFilter, StoreError

if TYPE_CHECKING:
    from newsreader.analysis.grouping import EntityGroup
    from newsreader.app.app import NewsReaderApp

T = TypeVar("T")

PAGE_SIZE = 100
"""Headlines loaded before the first paint (more than a tall terminal shows); the rest follow."""

ALL_REMAINING = -1
"""SQLite's "no limit" (the store ignores an offset when the limit is None)."""

NARROW_WIDTH = 100
"""Below this many columns the panes switch (list → article → back) instead of squeezing."""

WIDE_WIDTH = 140
"""From this many columns the headlines get as much room as the article (titles uncut)."""


async def import_in_thread(module: str) -> None:
    """Import a heavy module (httpx, the pipeline) without freezing the first seconds.

    An import runs module code on whichever thread asks; doing it in a thread keeps the
    event loop drawing and answering keys while httpx and friends load.
    """
    import importlib
    import sys

    if module not in sys.modules:
        await asyncio.to_thread(importlib.import_module, module)


class PaneScreen(Screen[None]):
    """Feeds, headlines and the reading pane; which view and article they show."""

    AUTO_FOCUS = "#headlines"

    narrow: reactive[bool] = reactive(False)
    """True below NARROW_WIDTH columns: one pane at a time."""
    mode: reactive[str] = reactive("headlines")
    """Which pane a narrow screen shows: `feeds`, `headlines` or `article`."""

    def __init__(self) -> None:
        super().__init__()
        self.view = ArticleFilter()
        """Which articles the headline list shows."""
        self.view_label = "All articles"
        self.view_entry: FeedEntry | None = None
        self.open_headline: Headline | None = None
        """The article in the reading pane, if any."""
        self.stored: StoredArticle | None = None
        self.entity_groups: list[EntityGroup] = []
        self._reload_timer: Any = None
        self._preview_timer: Any = None
        self._total = 0
        self.last_marked_read: list[int] = []
        """What the last "mark all read" (A) marked, for undo (u)."""
        self.open_first_unread = False
        """Set by `n` at the end of a feed: open the next view's first unread article."""
        self.view_history: list[tuple[ArticleFilter, str, FeedEntry | None]] = []
        """Views to go back to with Escape (a "Mentioning …" list returns to its article's view)."""

    @property
    def news(self) -> NewsReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        # Classes set before the children mount cost nothing; set later they restyle all.
        narrow = self.app.size.width < NARROW_WIDTH
        self.set_reactive(PaneScreen.narrow, narrow)
        self.set_class(narrow, "-narrow")
        self.set_class(self.app.size.width >= WIDE_WIDTH, "-wide")
        self.add_class(f"-mode-{self.mode}")
        clock = self.news.clock
        with Horizontal(id="panes"):
            feeds = FeedList(id="feeds")
            feeds.border_title = "Feeds"
            yield feeds
            with Vertical(id="list-pane"):
                yield Static(id="list-header")
                yield HeadlineList(clock, id="headlines")
            with Container(id="reader-pane"):
                yield ArticleView(clock, id="article")
        yield Horizontal(id="refresh-status")
        yield Footer()

    # ----------------------------------------------------------------- widgets

    @property
    def feed_list(self) -> FeedList:
        return self.query_one("#feeds", FeedList)

    @property
    def headline_list(self) -> HeadlineList:
        return self.query_one("#headlines", HeadlineList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    # ----------------------------------------------------------------- start-up

    def on_mount(self) -> None:
        """Show the first page of headlines before the first paint; feeds and the rest follow.

        Listing feeds with their unread counts takes tens of milliseconds on a large
        store, so it runs in a worker just after the first frame.
        """
        self.article_view.highlight = self.news.settings.highlight_entities
        self._show_first_page(self.view, self.news.store.list_headlines(self.view, PAGE_SIZE), None)

    def _feed_entries(self) -> list[FeedEntry]:
        store = self.news.store
        counts = {
            "all": store.count_articles(ArticleFilter(unread=True)),
            "unread": store.count_articles(ArticleFilter(unread=True)),
            "bookmarked": store.count_articles(ArticleFilter(bookmarked=True)),
            "saved": store.count_articles(ArticleFilter(saved=True)),
            "read_later": store.count_articles(ArticleFilter(read_later=True, unread=True)),
        }
        searches = [
            (search, store.count_articles(replace(search_view(search), unread=True)))
            for search in self.news.settings.searches
        ]
        return build_entries(store.list_feeds(), counts, searches)

    # ----------------------------------------------------------------- layout

    def on_resize(self) -> None:
        self.narrow = self.app.size.width < NARROW_WIDTH
        self.set_class(self.app.size.width >= WIDE_WIDTH, "-wide")

    def watch_narrow(self, narrow: bool) -> None:
        self.set_class(narrow, "-narrow")
        self._apply_mode()
        if self.is_mounted:
            self._update_header()

    def watch_mode(self, mode: str) -> None:
        self._apply_mode()

    def _apply_mode(self) -> None:
        for name in ("feeds", "headlines", "article"):
            self.set_class(self.mode == name, f"-mode-{name}")

    def _show_pane(self, mode: str) -> None:
        """Switch the narrow layout to `mode` and focus that pane (wide: focus only)."""
        self.mode = mode
        target = {
            "feeds": self.feed_list,
            "headlines": self.headline_list,
            "article": self.article_view,
        }[mode]
        self.call_after_refresh(target.focus)

    # ----------------------------------------------------------------- views and headlines

    @on(FeedList.ViewChosen)
    def on_view_chosen(self, event: FeedList.ViewChosen) -> None:
        self.view_history.clear()
        self.show_view(event.entry.view, event.entry.label, event.entry)
        self._show_pane("headlines")

    def go_to_view(self, entry: FeedEntry) -> None:
        """Show a view as if chosen in the feeds pane (the palette's "Go to …")."""
        self.view_history.clear()
        self.feed_list.show(self.feed_list.entries, keep=entry.view)
        self.show_view(entry.view, entry.label, entry)
        self._show_pane("headlines")

    @on(FeedList.ViewPreviewed)
    def on_view_previewed(self, event: FeedList.ViewPreviewed) -> None:
        """Moving in the feeds pane lists that view's headlines beside it (wide screens)."""
        if self.narrow or event.entry.view == self.view:
            return
        self.view_history.clear()
        if self._preview_timer is not None:
            self._preview_timer.stop()
        entry = event.entry

        def show() -> None:
            self._preview_timer = None
            if self.feed_list.current == entry:
                self.show_view(entry.view, entry.label, entry)

        self._preview_timer = self.set_timer(0.15, show)

    def show_view(self, view: ArticleFilter, label: str, entry: FeedEntry | None = None) -> None:
        """List the articles of `view` (a feed, folder, virtual view or entity)."""
        self.view = view
        self.view_label = label
        self.view_entry = entry
        self.headline_list.show_feed = view.feed_id is None
        self.load_headlines(view, None)

    def _update_header(self, total: int | None = None) -> None:
        """The line above the headlines: view name, article count, the feed's last error."""
        if total is None:
            total = self._total
        self._total = total
        header = Content.assemble(
            plain(self.view_label, "bold"),
            Content.styled(f"  {total:,} article{'s' if total != 1 else ''}", "$text-muted"),
            Content.styled("  · Esc: feeds" if self.narrow else "", "$text-muted"),
        )
        entry = self.view_entry
        if entry is not None and entry.feed is not None and entry.feed.last_error:
            header = Content.assemble(
                header,
                "\n",
                plain(f"! Last refresh failed: {entry.feed.last_error}", "$text-error"),
            )
        self.query_one("#list-header", Static).update(header)

    def _show_first_page(
        self, view: ArticleFilter, headlines: list[Headline], keep: int | None
    ) -> None:
        if view != self.view:
            return
        self.headline_list.show(headlines, keep)
        total = len(headlines)
        if total >= PAGE_SIZE:
            total = self.news.store.count_articles(view)
        self._update_header(total)
        self.after_first_page()

    def after_first_page(self) -> None:
        """Hook for what waits on a view being listed (the reading screen's `n`)."""

    def _extend(self, view: ArticleFilter, headlines: list[Headline], keep: int | None) -> None:
        if view != self.view:
            return
        listing = self.headline_list
        listing.extend(headlines)
        if keep is not None and (index := listing.index_of(keep)) is not None:
            listing.highlighted = index

    @work(thread=True, exclusive=True, group="headlines")
    def load_headlines(self, view: ArticleFilter, keep: int | None) -> None:
        """Load a view: the first page, then the rest (latest request wins)."""
        worker = get_current_worker()
        store = self.news.store
        first = store.list_headlines(view, PAGE_SIZE)
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self._show_first_page, view, first, keep)
        if len(first) >= PAGE_SIZE:
            rest = store.list_headlines(view, ALL_REMAINING, PAGE_SIZE)
            if not worker.is_cancelled:
                self.app.call_from_thread(self._extend, view, rest, keep)

    @work(thread=True, exclusive=True, group="headlines")
    def load_rest(self, view: ArticleFilter, keep: int | None) -> None:
        """The headlines after the first page (start-up only)."""
        rest = self.news.store.list_headlines(view, ALL_REMAINING, PAGE_SIZE)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._extend, view, rest, keep)

    @work(thread=True, exclusive=True, group="feeds")
    def load_feeds(self) -> None:
        """Re-read feeds and unread counts (after reads, refreshes, subscriptions)."""
        entries = self._feed_entries()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_feeds, entries)

    def _show_feeds(self, entries: list[FeedEntry]) -> None:
        current = self.feed_list.current
        self.feed_list.show(entries, keep=current.view if current else self.view)
        for entry in entries:
            if entry.view == self.view:
                self.view_entry = entry
        self._update_header()

    def reload(self) -> None:
        """Reload headlines (keeping the cursor's article) and feed counts."""
        current = self.headline_list.current
        self.load_headlines(self.view, current.id if current else None)
        self.load_feeds()

    @work(thread=True, group="store")
    def run_in_thread(self, job: Callable[[], T], done: Callable[[T], None] | None = None) -> None:
        """Run a store call off the event loop, then `done(result)` on it."""
        try:
            result = job()
        except StoreError as error:
            self.app.call_from_thread(self.news.notify, str(error), severity="error", markup=False)
            return
        if done is not None:
            self.app.call_from_thread(done, result)

"""The main screen: feeds | headlines | article, or one pane at a time when narrow.

The screen owns the selection (which view, which article) and composes the store's
answers into the panes. Every store call and every network call runs in a worker;
thread workers hand results back with `call_from_thread`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, Horizontal, Vertical
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Label, Static
from textual.worker import get_current_worker

from newsreader.app import keymap
from newsreader.app.text import EntitySummary, group_entities, plain
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.feed_list import FeedEntry, FeedList, build_entries
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.app.widgets.side_panels import EntityPanel, QuotePanel
from newsreader.models import Headline, ParsedEntry, StoredArticle
from newsreader.store import ArticleFilter, StoreError

if TYPE_CHECKING:
    from newsreader.app.app import NewsReaderApp
    from newsreader.app.screens.dialogs import NewFeed

T = TypeVar("T")

PAGE_SIZE = 100
"""Headlines loaded before the first paint (more than a tall terminal shows); the rest follow."""

ALL_REMAINING = -1
"""SQLite's "no limit" (the store ignores an offset when the limit is None)."""

NARROW_WIDTH = 100
"""Below this many columns the panes switch (list → article → back) instead of squeezing."""


async def _import_in_thread(module: str) -> None:
    """Import a heavy module (httpx, the pipeline) without freezing the first seconds.

    An import runs module code on whichever thread asks; doing it in a thread keeps the
    event loop drawing and answering keys while httpx and friends load.
    """
    import importlib
    import sys

    if module not in sys.modules:
        await asyncio.to_thread(importlib.import_module, module)


class MainScreen(Screen[None]):
    """Feeds, headlines and the reading pane, with every reading action bound to a key."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *keymap.bindings("main"),
        Binding("tab", "switch_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "switch_pane(-1)", "Previous pane", show=False),
    ]

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
        self.entity_groups: list[EntitySummary] = []
        self._reload_timer: Any = None
        self._total = 0

    @property
    def news(self) -> NewsReaderApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        # Classes set before the children mount cost nothing; set later they restyle all.
        narrow = self.app.size.width < NARROW_WIDTH
        self.set_reactive(MainScreen.narrow, narrow)
        self.set_class(narrow, "-narrow")
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

    def after_first_paint(self) -> None:
        """Everything that can wait until the first frame is on screen (the app calls it).

        Threads started before that would compete with the first paint for the GIL.
        """
        from newsreader.app import startup_finished

        startup_finished()
        self.load_feeds()
        if len(self.headline_list.headlines) >= PAGE_SIZE:
            self.load_rest(self.view, None)
        if self.news.open_article is not None:
            self.open_article_id(self.news.open_article)
        if self.news.settings.refresh_on_start:
            self.refresh_feeds(None)

    def _feed_entries(self) -> list[FeedEntry]:
        store = self.news.store
        counts = {
            "all": store.count_articles(ArticleFilter(unread=True)),
            "unread": store.count_articles(ArticleFilter(unread=True)),
            "bookmarked": store.count_articles(ArticleFilter(bookmarked=True)),
            "saved": store.count_articles(ArticleFilter(saved=True)),
            "read_later": store.count_articles(ArticleFilter(read_later=True, unread=True)),
        }
        return build_entries(store.list_feeds(), counts)

    # ----------------------------------------------------------------- layout

    def on_resize(self) -> None:
        self.narrow = self.app.size.width < NARROW_WIDTH

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

    def action_switch_pane(self, step: int) -> None:
        """Tab / Shift+Tab: cycle feeds → headlines → article (and open panels)."""
        order: list[Any] = [self.feed_list, self.headline_list]
        if self.open_headline is not None:
            order.append(self.article_view)
            order.extend(panel for panel in self._panels() if panel.display)
        focused = self.focused
        index = order.index(focused) if focused in order else 0
        target = order[(index + step) % len(order)]
        if target is self.feed_list:
            self.mode = "feeds"
        elif target is self.headline_list:
            self.mode = "headlines"
        else:
            self.mode = "article"
        self.call_after_refresh(target.focus)

    # ----------------------------------------------------------------- views and headlines

    @on(FeedList.ViewChosen)
    def on_view_chosen(self, event: FeedList.ViewChosen) -> None:
        self.show_view(event.entry.view, event.entry.label, event.entry)
        self._show_pane("headlines")

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

    # ----------------------------------------------------------------- opening articles

    @on(HeadlineList.ArticleChosen)
    def on_article_chosen(self, event: HeadlineList.ArticleChosen) -> None:
        self.open_article(event.headline)
        self._show_pane("article")

    def open_article_id(self, article_id: int) -> None:
        """Open an article by id (from search, the CLI, or the palette)."""
        listing = self.headline_list
        index = listing.index_of(article_id)
        if index is not None:
            listing.highlighted = index
            self.open_article(listing.headlines[index])
        else:
            self.load_article(article_id)
        self._show_pane("article")

    def open_article(self, headline: Headline) -> None:
        self.open_headline = headline
        if not headline.read:
            self._change_flags(headline, read=True)
        self.load_article(headline.id)

    @work(thread=True, exclusive=True, group="article")
    def load_article(self, article_id: int) -> None:
        """Read the article; clean and analyse it if needed; fetch the full text of teasers."""
        worker = get_current_worker()
        store = self.news.store
        try:
            stored = store.get_article(article_id)
        except StoreError as error:
            self.app.call_from_thread(self.news.notify, str(error), severity="error", markup=False)
            return
        if worker.is_cancelled:
            return
        show = self._show_article  # a coroutine function: call_from_thread awaits it
        self.app.call_from_thread(show, stored, group_entities(stored.entities), True)  # type: ignore[arg-type]
        if not stored.analysed or stored.article is None:
            from newsreader.library import ensure_analysed

            stored = ensure_analysed(store, article_id, self.news.settings)
            if worker.is_cancelled:
                return
            self.app.call_from_thread(show, stored, group_entities(stored.entities), False)  # type: ignore[arg-type]
        if self._wants_fulltext(stored):
            self.app.call_from_thread(self.fetch_fulltext, article_id)

    def _wants_fulltext(self, stored: StoredArticle) -> bool:
        """A teaser from a feed set to fetch teasers' pages, not fetched yet (runs in a thread)."""
        if stored.fulltext_fetched or not stored.headline.url:
            return False
        mode = self.news.store.feed_fulltext_mode(stored.headline.id)
        if mode == "always":
            return True
        if mode != "teaser":
            return False
        from newsreader.understand import is_teaser

        return is_teaser(ParsedEntry(guid=None, url=None, title=""), stored.article)

    async def _show_article(
        self, stored: StoredArticle, groups: list[EntitySummary], scroll_home: bool
    ) -> None:
        if self.open_headline is not None and self.open_headline.id != stored.headline.id:
            return
        if self.open_headline is None:
            self.open_headline = stored.headline
        self.stored = stored
        self.entity_groups = groups
        view = self.article_view
        if scroll_home:
            view.set_note(None)
        await view.show(stored, scroll_home=scroll_home)
        for panel in self._panels():
            self._fill_panel(panel)

    @work(exclusive=True, group="fulltext")
    async def fetch_fulltext(self, article_id: int) -> None:
        """Fetch and clean the full page of a teaser; on failure keep the feed's text."""
        view = self.article_view
        view.set_note("Fetching full article…", busy=True)
        await _import_in_thread("newsreader.pipeline")
        from newsreader.feeds.fetch import FetchError
        from newsreader.pipeline import fetch_fulltext

        try:
            stored = await fetch_fulltext(
                self.news.store,
                article_id,
                settings=self.news.settings,
                transport=self.news.transport,
            )
        except (FetchError, StoreError) as error:
            if self.open_headline is not None and self.open_headline.id == article_id:
                view.set_note(
                    f"Couldn't fetch the full article ({error}); showing the feed's text."
                )
            return
        if self.open_headline is None or self.open_headline.id != article_id:
            return
        view.set_note(None)
        await self._show_article(stored, group_entities(stored.entities), False)

    # ----------------------------------------------------------------- panels

    @on(EntityPanel.MentionChosen)
    def on_mention_chosen(self, event: EntityPanel.MentionChosen) -> None:
        self.article_view.show_mention(event.start, event.end)

    @on(EntityPanel.MentionsWanted)
    def on_mentions_wanted(self, event: EntityPanel.MentionsWanted) -> None:
        self.action_show_mentions(event.key)

    def action_show_mentions(self, key: str | None = None) -> None:
        """List every article mentioning an entity (the one highlighted in the panel)."""
        if key is None:
            panels = self.query("#entities").results(EntityPanel)
            group = next((panel.current for panel in panels), None)
            if group is None:
                return
            key = group.key
        self.show_view(ArticleFilter(mentioning=key), f"Mentioning {key}")
        self._show_pane("headlines")

    def _panels(self) -> list[EntityPanel | QuotePanel]:
        """The side panels mounted so far (they are created on first use)."""
        return [*self.query("#reader-pane > EntityPanel, #reader-pane > QuotePanel").results()]  # type: ignore[list-item]

    def _panel(self, panel_id: str) -> EntityPanel | QuotePanel:
        """The side panel `panel_id`, mounted (hidden) and filled on first use."""
        for panel in self._panels():
            if panel.id == panel_id:
                return panel
        panel = EntityPanel(id="entities") if panel_id == "entities" else QuotePanel(id="quotes")
        panel.display = False
        self.query_one("#reader-pane").mount(panel, before=0)
        self._fill_panel(panel)
        return panel

    def _fill_panel(self, panel: EntityPanel | QuotePanel) -> None:
        if isinstance(panel, EntityPanel):
            panel.show(self.entity_groups)
        elif self.stored is not None:
            panel.show(list(self.stored.quotes))

    def _toggle_panel(self, panel_id: str) -> None:
        if self.open_headline is None:
            self.notify("Open an article first.", markup=False)
            return
        panel = self._panel(panel_id)
        for other in self._panels():
            if other is not panel:
                other.display = False
        panel.display = not panel.display
        self.set_class(bool(panel.display), "-panel-open")
        if panel.display:
            self.mode = "article"
            self.call_after_refresh(panel.focus)
        else:
            self.call_after_refresh(self.article_view.focus)

    def action_toggle_entities(self) -> None:
        self._toggle_panel("entities")

    def action_toggle_quotes(self) -> None:
        self._toggle_panel("quotes")

    def action_toggle_highlights(self) -> None:
        view = self.article_view
        view.set_highlight(not view.highlight)
        self.news.save_settings(highlight_entities=view.highlight)
        self.notify("Highlights on" if view.highlight else "Highlights off", timeout=2)

    # ----------------------------------------------------------------- navigation

    def action_back(self) -> None:
        """Escape: close a panel, leave the article, or switch list ↔ feeds when narrow."""
        self._go_back(quit=False)

    def action_back_or_quit(self) -> None:
        """q: like Escape while reading; from the lists it quits."""
        self._go_back(quit=True)

    def _go_back(self, quit: bool) -> None:
        focused = self.focused
        for panel in self._panels():
            if panel.display and (focused is panel or self.mode == "article"):
                panel.display = False
                self.remove_class("-panel-open")
                self.call_after_refresh(self.article_view.focus)
                return
        if focused is self.article_view or (self.narrow and self.mode == "article"):
            self._show_pane("headlines")
            return
        if quit:
            self.app.exit()
        elif self.narrow:
            self._show_pane("feeds" if self.mode == "headlines" else "headlines")
        elif self.focused is not self.headline_list:
            self.headline_list.focus()

    def _step_unread(self, step: int) -> None:
        listing = self.headline_list
        start = -1 if step > 0 else len(listing.headlines)
        if (
            self.open_headline is not None
            and (index := listing.index_of(self.open_headline.id)) is not None
        ):
            start = index
        elif listing.highlighted is not None:
            start = listing.highlighted - step  # nothing open yet: the cursor's row counts
        index = listing.find_unread(start, step)
        if index is None:
            self.notify("No more unread articles here.", timeout=3)
            return
        listing.highlighted = index
        self.open_article(listing.headlines[index])
        if self.narrow:
            self._show_pane("article")

    def action_next_unread(self) -> None:
        self._step_unread(1)

    def action_previous_unread(self) -> None:
        self._step_unread(-1)

    # ----------------------------------------------------------------- article actions

    def _target(self) -> Headline | None:
        """The article an action applies to: the open one when reading, else the cursor's."""
        focused = self.focused
        reading = focused is self.article_view or focused in self._panels()
        if (reading or self.mode == "article") and self.open_headline is not None:
            return self.open_headline
        return self.headline_list.current or self.open_headline

    def _change_flags(self, headline: Headline, **flags: bool) -> None:
        """Show the new state at once, then write it in a thread."""
        updated = self.headline_list.set_flags(headline.id, **flags) or replace(
            headline,
            **flags,  # type: ignore[arg-type]  # bool fields only
        )
        if self.open_headline is not None and self.open_headline.id == headline.id:
            self.open_headline = updated
        store = self.news.store

        def write() -> None:
            if "read" in flags:
                store.set_read([headline.id], flags["read"])
            if "bookmarked" in flags:
                store.bookmark(headline.id, flags["bookmarked"])

        self.run_in_thread(write, lambda _: self.load_feeds())

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

    def action_toggle_read(self) -> None:
        if (headline := self._target()) is not None:
            self._change_flags(headline, read=not headline.read)

    def action_toggle_bookmark(self) -> None:
        if (headline := self._target()) is None:
            return
        self._change_flags(headline, bookmarked=not headline.bookmarked)
        self.notify("Bookmark removed" if headline.bookmarked else "Bookmarked", timeout=2)

    def action_mark_feed_read(self) -> None:
        view = self.view
        store = self.news.store

        def done(count: int) -> None:
            self.notify(f"Marked {count} article{'s' if count != 1 else ''} read", timeout=3)
            self.reload()

        self.run_in_thread(lambda: store.mark_all_read(view), done)

    def action_save_offline(self) -> None:
        if (headline := self._target()) is not None:
            self.save_article(headline)

    @work(group="save")
    async def save_article(self, headline: Headline) -> None:
        """Keep the article offline (the full page when reachable, else the feed's text)."""
        await _import_in_thread("newsreader.pipeline")
        from newsreader.library import save_offline

        self.notify(f"Saving “{headline.title}”…", markup=False, timeout=2)
        try:
            outcome = await save_offline(
                self.news.store,
                self.news.paths,
                self.news.settings,
                headline.id,
                transport=self.news.transport,
            )
        except (StoreError, OSError) as error:
            self.notify(f"Could not save: {error}", severity="error", markup=False)
            return
        self.notify(outcome.message, markup=False)
        self.headline_list.set_flags(headline.id, saved=True)
        if self.open_headline is not None and self.open_headline.id == headline.id:
            self.open_headline = replace(self.open_headline, saved=True)
            self.load_article(headline.id)
        self.load_feeds()

    def action_open_in_browser(self) -> None:
        headline = self._target()
        if headline is None or not headline.url:
            self.notify("This article has no link.", timeout=3)
            return
        self.open_url(headline.url)

    @work(thread=True, group="browser")
    def open_url(self, url: str) -> None:
        """webbrowser.open can block (it may start a browser), so it runs in a thread."""
        import webbrowser

        if not webbrowser.open(url):
            self.app.call_from_thread(
                self.news.notify, f"No browser available for {url}", markup=False
            )

    # ----------------------------------------------------------------- feeds

    def _current_feed(self) -> FeedEntry | None:
        entry = self.feed_list.current
        if self.focused is not self.feed_list or entry is None or entry.feed is None:
            entry = self.view_entry
        return entry if entry is not None and entry.feed is not None else None

    def action_refresh_feed(self) -> None:
        entry = self._current_feed()
        if entry is not None and entry.feed is not None:
            self.refresh_feeds([entry.feed.id])
        elif self.view.folder is not None:
            ids = [
                e.feed.id
                for e in self.feed_list.entries
                if e.feed and e.feed.folder == self.view.folder
            ]
            self.refresh_feeds(ids)
        else:
            self.refresh_feeds(None)

    def action_refresh_all(self) -> None:
        self.refresh_feeds(None)

    @work(exclusive=True, group="refresh")
    async def refresh_feeds(self, feed_ids: list[int] | None) -> None:
        """Fetch feeds; the list reloads as new articles arrive; one summary at the end."""
        from textual.widgets import ProgressBar  # only needed once a refresh starts

        await _import_in_thread("newsreader.pipeline")
        from newsreader.pipeline import refresh

        status = self.query_one("#refresh-status")
        if not status.query("#refresh-progress"):
            await status.mount_all(
                [
                    Label(id="refresh-label"),
                    ProgressBar(id="refresh-progress", show_eta=False, show_percentage=False),
                ]
            )
        bar = self.query_one("#refresh-progress", ProgressBar)
        label = self.query_one("#refresh-label", Label)
        status.add_class("-active")
        bar.update(total=None, progress=0)
        label.update("Refreshing…")
        totals = {"new": 0, "errors": 0, "done": 0, "total": 0}
        app = self.news

        def progress(update: Any) -> None:
            totals["done"] = getattr(update, "feeds_done", 0)
            totals["total"] = getattr(update, "feeds_total", 0)
            totals["new"] = getattr(update, "new_articles", 0)
            totals["errors"] = getattr(update, "errors", 0)
            bar.update(total=totals["total"] or None, progress=totals["done"])
            label.update(
                Content(f"Refreshing {totals['done']}/{totals['total']} · {totals['new']} new")
            )
            error = getattr(update, "error", None)
            title = getattr(update, "feed_title", None) or ""
            if error:
                app.log_line(f"{title}: {error}")
            if getattr(update, "new", 0) or error:
                self._schedule_reload()

        def on_progress(update: Any) -> None:
            app.run_on_ui(progress, update)

        try:
            summary = await refresh(
                app.store, app.settings, feed_ids, transport=app.transport, on_progress=on_progress
            )
        except Exception as error:  # a broken pipeline must not take the reader down
            app.log_line(f"Refresh failed: {error}")
            self.notify(f"Refresh failed: {error}", severity="error", markup=False)
            return
        finally:
            status.remove_class("-active")
        new = getattr(summary, "new_articles", totals["new"])
        failed = getattr(summary, "feeds_failed", totals["errors"])
        message = f"Refreshed: {new} new article{'s' if new != 1 else ''}"
        if failed:
            message += f", {failed} feed{'s' if failed != 1 else ''} failed (L for the log)"
        app.log_line(message)
        self.notify(message, markup=False, severity="warning" if failed else "information")
        self.reload()
        if new:
            await self._understand_new(feed_ids)

    async def _understand_new(self, feed_ids: list[int] | None) -> None:
        """Clean and analyse what the refresh stored raw, so entity views find it."""
        from newsreader.pipeline import understand_pending

        label = self.query_one("#refresh-label", Label)
        status = self.query_one("#refresh-status")
        status.add_class("-active")
        label.update("Analysing new articles…")
        try:
            await understand_pending(self.news.store, self.news.settings, feed_ids)
        except Exception as error:  # analysis is a bonus: never fatal
            self.news.log_line(f"Analysis failed: {error}")
        finally:
            status.remove_class("-active")

    def _schedule_reload(self) -> None:
        """Reload at most twice a second while a refresh reports new articles."""
        if self._reload_timer is None:

            def fire() -> None:
                self._reload_timer = None
                self.reload()

            self._reload_timer = self.set_timer(0.5, fire)

    def action_add_feed(self) -> None:
        from newsreader.app.screens.dialogs import AddFeedScreen

        def added(new: NewFeed | None) -> None:
            if new is not None:
                self.subscribe_feed(new)

        self.app.push_screen(AddFeedScreen(), added)

    @work(group="subscribe")
    async def subscribe_feed(self, new: NewFeed) -> None:
        """Find and subscribe to a feed, then fetch its articles."""
        await _import_in_thread("newsreader.feeds.subscribe")
        from newsreader.feeds.fetch import FetchError
        from newsreader.feeds.subscribe import subscribe

        self.notify(f"Looking for a feed at {new.url}…", markup=False, timeout=3)
        try:
            feed = await subscribe(
                self.news.store, new.url, None, new.folder, transport=self.news.transport
            )
        except (FetchError, StoreError) as error:
            self.notify(f"Could not add {new.url}: {error}", severity="error", markup=False)
            return
        self.notify(f"Subscribed to {feed.title}", markup=False)
        self.load_feeds()
        self.refresh_feeds([feed.id])

    def action_delete_feed(self) -> None:
        from newsreader.app.screens.dialogs import ConfirmScreen

        entry = self._current_feed()
        if entry is None or entry.feed is None:
            self.notify("Choose a feed in the feed list first.", timeout=3)
            return
        feed = entry.feed

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            store = self.news.store

            def removed(_: None) -> None:
                self.notify(f"Unsubscribed from {feed.title}", markup=False)
                if self.view.feed_id == feed.id:
                    self.show_view(ArticleFilter(), "All articles")
                self.load_feeds()

            self.run_in_thread(lambda: store.remove_feed(feed.id), removed)

        self.app.push_screen(
            ConfirmScreen(f"Unsubscribe from {feed.title}? Bookmarked and saved articles stay."),
            answered,
        )

    # ----------------------------------------------------------------- other screens

    def action_search(self) -> None:
        from newsreader.app.screens.search import SearchScreen

        entry = self._current_feed()
        feed = entry.feed if entry else None

        def chosen(article_id: int | None) -> None:
            if article_id is not None:
                self.open_article_id(article_id)

        self.app.push_screen(
            SearchScreen(self.news.store, feed.id if feed else None, feed.title if feed else None),
            chosen,
        )

    def action_help(self) -> None:
        from newsreader.app.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.news.keymap_overrides))

    def action_show_log(self) -> None:
        from newsreader.app.screens.log import LogScreen

        self.app.push_screen(LogScreen(self.news.refresh_lines))

    def action_toggle_theme(self) -> None:
        self.news.toggle_theme()

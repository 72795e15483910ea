"""The main screen: feeds | headlines | article, with every action bound to a key.

The panes and their loading live in `panes.py`, reading in `reading.py`; this module adds
feed management (refresh, subscribe, delete) and the other screens.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Label

from newsreader.app import keymap
from newsreader.app.screens.panes import PAGE_SIZE, import_in_thread
from newsreader.app.screens.reading import ReadingScreen
from newsreader.app.widgets.feed_list import FeedEntry
from newsreader.store import ArticleFilter, StoreError

if TYPE_CHECKING:
    from newsreader.app.screens.dialogs import NewFeed
    from newsreader.models import Feed


class MainScreen(ReadingScreen):
    """Feeds, headlines and the reading pane, with every reading action bound to a key."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *keymap.bindings("main"),
        Binding("tab", "switch_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "switch_pane(-1)", "Previous pane", show=False),
    ]

    # ----------------------------------------------------------------- start-up

    def after_first_paint(self) -> None:
        """Everything that can wait until the first frame is on screen (the app calls it).

        Threads started before that would compete with the first paint for the GIL.
        """
        self.load_feeds()
        if len(self.headline_list.headlines) >= PAGE_SIZE:
            self.load_rest(self.view, None)
        if self.news.open_article is not None:
            self.open_article_id(self.news.open_article)
        if self.news.settings.refresh_on_start:
            self.refresh_feeds(None)
        minutes = self.news.settings.refresh_interval_minutes
        if minutes:
            self.set_interval(minutes * self.SECONDS_PER_MINUTE, self.refresh_on_timer)

    SECONDS_PER_MINUTE = 60.0
    """For `refresh_interval_minutes` (tests shorten the minute)."""

    def refresh_on_timer(self) -> None:
        """The timer's refresh of every feed; skipped while a refresh is still running."""
        if any(worker.group == "refresh" and worker.is_running for worker in self.app.workers):
            return
        minutes = self.news.settings.refresh_interval_minutes
        every = "every minute" if minutes == 1 else f"every {minutes} minutes"
        self.news.log_line(f"Refreshing ({every}: refresh_interval_minutes in the config)")
        self.refresh_feeds(None)

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

        # With a sync account, refreshing is syncing with the server (newsreader.sync.refresh).
        await import_in_thread("newsreader.sync.refresh")
        from newsreader.sync.refresh import refresh_or_sync as refresh

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
            text = f"Refreshing {totals['done']}/{totals['total']} · {totals['new']} new"
            waiting = getattr(update, "waiting", ())
            if waiting:  # longest first: the server holding the refresh up is named first
                text += " · waiting for " + ", ".join(title[:30] for title in waiting[:2])
                text += f" +{len(waiting) - 2}" if len(waiting) > 2 else ""
            label.update(Content(text))
            error = getattr(update, "error", None)
            title = getattr(update, "feed_title", None) or ""
            if error:
                app.log_line(f"{title}: {error}")
            dropped = getattr(update, "dropped", 0)
            if dropped:
                from newsreader.pipeline import dropped_note

                kept = app.settings.retention.max_per_feed
                app.log_line(dropped_note(title, dropped, kept))
            if getattr(update, "new", 0) or error:
                self._schedule_reload()

        def on_progress(update: Any) -> None:
            app.run_on_ui(progress, update)

        rules = app.settings.filters
        first_new = await asyncio.to_thread(app.store.max_article_id) if rules else 0
        try:
            summary = await refresh(
                app.store, app.settings, feed_ids, transport=app.transport, on_progress=on_progress
            )
            if rules:
                from newsreader.filters import apply_filters

                filtered = await asyncio.to_thread(apply_filters, app.store, rules, first_new)
                if filtered.describe():
                    app.log_line(filtered.describe())
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
        over_cap = len(getattr(summary, "dropped", {}))
        if over_cap:
            message += f", {over_cap} over the item cap"
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

        def added(feed: Feed | None) -> None:
            if feed is not None:
                self.notify(f"Subscribed to {feed.title}", markup=False)
                self.load_feeds()
                self.refresh_feeds([feed.id])

        self.app.push_screen(AddFeedScreen(self.subscribe_feed), added)

    async def subscribe_feed(self, new: NewFeed) -> Feed:
        """Find and subscribe to a feed (the add dialog waits on this and shows failures).

        Raises:
            FetchError, StoreError: with a message a person can act on; also logged (L).
        """
        await import_in_thread("newsreader.feeds.subscribe")
        from newsreader.feeds.fetch import FetchError, FetchLimits
        from newsreader.feeds.subscribe import normalise_url
        from newsreader.sync.subscriptions import subscribe_anywhere as subscribe  # server too

        try:
            normalise_url(new.url)
            return await subscribe(
                self.news.store,
                new.url,
                None,
                new.folder,
                transport=self.news.transport,
                limits=FetchLimits.for_settings(self.news.settings),
            )
        except (FetchError, StoreError) as error:
            from newsreader.app.screens.dialogs import failure_message

            self.news.log_line(failure_message(new.url, error))
            raise

    def action_delete_feed(self) -> None:
        from newsreader.app.screens.dialogs import ConfirmScreen

        entry = self._current_feed()
        if entry is None or entry.feed is None:
            self.notify("Choose a feed in the feed list first.", timeout=3, markup=False)
            return
        feed = entry.feed

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            store = self.news.store

            def removed(_: None) -> None:
                self.notify(f"Unsubscribed from {feed.title}", markup=False)
                shown = self.open_headline
                if (
                    shown is not None
                    and shown.feed_id == feed.id
                    and not (shown.bookmarked or shown.saved)
                ):
                    self.open_headline = None  # its article is gone with the feed
                    self.article_view.clear()
                if self.view.feed_id == feed.id:
                    self.show_view(ArticleFilter(), "All articles")
                    self.load_feeds()
                else:
                    self.reload()  # the feed's articles leave every other view too

            from newsreader.sync.subscriptions import remove_anywhere  # server too

            self.run_in_thread(lambda: remove_anywhere(store, feed, self.news.transport), removed)

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

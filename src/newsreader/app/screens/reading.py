"""Reading: opening articles, the entity and quote panels, moving and marking."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.worker import get_current_worker

from newsreader.app.screens.panes import PaneScreen, import_in_thread
from newsreader.app.text import group_entities
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.app.widgets.side_panels import EntityPanel, QuotePanel
from newsreader.models import Headline, ParsedEntry, StoredArticle
from newsreader.store import ArticleFilter, StoreError

if TYPE_CHECKING:
    from newsreader.analysis.grouping import EntityGroup


class ReadingScreen(PaneScreen):
    """The reading half of the main screen's actions."""

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
            # Not in this view (a search hit from another feed): whatever is open gives way.
            self.open_headline = None
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
        self, stored: StoredArticle, groups: list[EntityGroup], scroll_home: bool
    ) -> None:
        if self.open_headline is not None and self.open_headline.id != stored.headline.id:
            return
        if self.open_headline is None:
            self.open_headline = stored.headline
            if not stored.headline.read:
                self._change_flags(stored.headline, read=True)
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
        await import_in_thread("newsreader.pipeline")
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
        self.view_history.append((self.view, self.view_label, self.view_entry))
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
        self.notify(
            "Highlights on" if view.highlight else "Highlights off", timeout=2, markup=False
        )

    # ----------------------------------------------------------------- navigation

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
        if self.view_history and self.focused is self.headline_list:
            view, label, entry = self.view_history.pop()  # back from "Mentioning …"
            self.show_view(view, label, entry)
            return
        if quit:
            self.app.exit()
        elif self.narrow:
            self._show_pane("feeds" if self.mode == "headlines" else "headlines")
        elif self.focused is not self.headline_list:
            self.headline_list.focus()

    def _step_unread(self, step: int) -> None:
        listing = self.headline_list
        index = listing.find_unread(self._step_start(step), step)
        if index is None:
            if step > 0 and self._next_feed_with_unread():
                return
            self.notify("No more unread articles here.", timeout=3, markup=False)
            return
        self._open_at(index)

    def _step_start(self, step: int) -> int:
        """Where n/p/J/K count from: the open article, else the cursor's row."""
        listing = self.headline_list
        if (
            self.open_headline is not None
            and (index := listing.index_of(self.open_headline.id)) is not None
        ):
            return index
        if listing.highlighted is not None:
            return listing.highlighted - step  # nothing open yet: the cursor's row counts
        return -1 if step > 0 else len(listing.headlines)

    def _open_at(self, index: int) -> None:
        listing = self.headline_list
        listing.highlighted = index
        self.open_article(listing.headlines[index])
        if self.narrow:
            self._show_pane("article")

    def _next_feed_with_unread(self) -> bool:
        """At the end of a feed, go on to the next feed with unread articles (as newsboat).

        Returns whether there was one; its first unread article opens once it is listed.
        """
        if self.view.feed_id is None:
            return False
        entries = self.feed_list.entries
        position = next(
            (i for i, entry in enumerate(entries) if entry.view == self.view), len(entries)
        )
        for entry in [*entries[position + 1 :], *entries[:position]]:
            if entry.feed is not None and entry.count > 0:
                self.notify(f"On to {entry.feed.title}", timeout=2, markup=False)
                self.feed_list.show(self.feed_list.entries, keep=entry.view)
                self.open_first_unread = True
                self.show_view(entry.view, entry.label, entry)
                return True
        return False

    def after_first_page(self) -> None:
        """A view's first page is listed: open its first unread article if n asked for it."""
        if self.open_first_unread:
            self.open_first_unread = False
            index = self.headline_list.find_unread(-1, 1)
            if index is not None:
                self._open_at(index)

    def action_next_unread(self) -> None:
        self._step_unread(1)

    def action_previous_unread(self) -> None:
        self._step_unread(-1)

    def _step_article(self, step: int) -> None:
        """J/K: the next or previous article, read or not."""
        index = self._step_start(step) + step
        if 0 <= index < len(self.headline_list.headlines):
            self._open_at(index)
        else:
            self.notify("No more articles here.", timeout=3, markup=False)

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

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
        self.article_view.update_headline(updated)
        store = self.news.store

        def write() -> None:
            if "read" in flags:
                store.set_read([headline.id], flags["read"])
            if "bookmarked" in flags:
                store.bookmark(headline.id, flags["bookmarked"])

        self.run_in_thread(write, lambda _: self.load_feeds())

    def action_toggle_read(self) -> None:
        if (headline := self._target()) is not None:
            self._change_flags(headline, read=not headline.read)

    def action_toggle_bookmark(self) -> None:
        if (headline := self._target()) is None:
            return
        self._change_flags(headline, bookmarked=not headline.bookmarked)
        self.notify(
            "Bookmark removed" if headline.bookmarked else "Bookmarked", timeout=2, markup=False
        )

    def action_mark_feed_read(self) -> None:
        """A: mark every unread article of this view read; u undoes it."""
        view = replace(self.view, unread=True)
        store = self.news.store

        def mark() -> list[int]:
            ids = [headline.id for headline in store.list_headlines(view)]
            store.set_read(ids, True)
            return ids

        def done(ids: list[int]) -> None:
            count = len(ids)
            self.last_marked_read = ids
            self.notify(
                f"Marked {count} article{'s' if count != 1 else ''} read"
                + (" (u to undo)" if count else ""),
                timeout=5,
                markup=False,
            )
            self.reload()

        self.run_in_thread(mark, done)

    def action_undo(self) -> None:
        """u: make unread again what the last "mark all read" marked."""
        ids, self.last_marked_read = self.last_marked_read, []
        if not ids:
            self.notify("Nothing to undo.", timeout=3, markup=False)
            return
        store = self.news.store

        def done(_: object) -> None:
            count = len(ids)
            self.notify(
                f"{count} article{'s' if count != 1 else ''} unread again", timeout=3, markup=False
            )
            self.reload()

        self.run_in_thread(lambda: store.set_read(ids, False), done)

    def action_save_offline(self) -> None:
        if (headline := self._target()) is not None:
            self.save_article(headline)

    @work(group="save")
    async def save_article(self, headline: Headline) -> None:
        """Keep the article offline (the full page when reachable, else the feed's text)."""
        await import_in_thread("newsreader.pipeline")
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
            self.article_view.update_headline(self.open_headline)
            self.load_article(headline.id)
        self.load_feeds()

    def action_open_in_browser(self) -> None:
        headline = self._target()
        if headline is None or not headline.url:
            self.notify("This article has no link.", timeout=3, markup=False)
            return
        self.open_url(headline.url)

    def action_show_links(self) -> None:
        """List the open article's links, numbered; the one chosen opens in the browser."""
        from newsreader.app.screens.links import LinksScreen

        article = self.article_view.article
        if self.open_headline is None or article is None:
            self.notify("Open an article first.", timeout=3, markup=False)
            return
        if not article.links:
            self.notify("This article has no links.", timeout=3, markup=False)
            return

        def chosen(url: str | None) -> None:
            if url:
                self.open_url(url)

        self.app.push_screen(LinksScreen(article.links, self.open_headline.title), chosen)

    @work(thread=True, group="browser")
    def open_url(self, url: str) -> None:
        """webbrowser.open can block (it may start a browser), so it runs in a thread."""
        import webbrowser

        if not webbrowser.open(url):
            self.app.call_from_thread(
                self.news.notify, f"No browser available for {url}", markup=False
            )

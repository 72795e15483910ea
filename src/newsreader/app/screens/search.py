"""Search as you type over titles and bodies, with filters and highlighted matches."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Checkbox, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from newsreader.app.screens.dialogs import DialogScreen
from newsreader.app.text import plain, snippet_content
from newsreader.models import SearchHit
from newsreader.store import ArticleFilter, Store

RESULT_LIMIT = 100


class SearchScreen(DialogScreen[int | None]):
    """Dismisses with the chosen article id (or None).

    Each keystroke starts a thread worker in the exclusive `search` group, so only the
    latest query's results are shown and typing never waits on SQLite.
    """

    DEFAULT_CSS = """
    SearchScreen #search {
        width: 100;
        height: 90%;
    }
    SearchScreen #search-filters {
        height: auto;
    }
    SearchScreen.-narrow #search-filters {
        layout: grid;
        grid-size: 2;
        grid-rows: 1;
    }
    SearchScreen #search-filters Checkbox {
        border: none;
        padding: 0 1 0 0;
    }
    SearchScreen #search-status {
        height: auto;
        color: $text-muted;
        padding: 0 1;
    }
    SearchScreen #search-results {
        height: 1fr;
        border: none;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close"),
        Binding("down", "results", "Results", show=False),
    ]

    def __init__(self, store: Store, feed_id: int | None, feed_title: str | None) -> None:
        super().__init__()
        self.store = store
        self.feed_id = feed_id
        self.feed_title = feed_title
        self.hits: list[SearchHit] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search", classes="dialog"):
            yield Input(
                placeholder='Search titles, text and authors… ("a phrase", Kyiv OR Kiev)',
                id="search-input",
            )
            with Horizontal(id="search-filters"):
                this_feed = Checkbox(
                    plain(f"Only {self.feed_title}" if self.feed_title else "Only this feed"),
                    id="filter-feed",
                )
                this_feed.disabled = self.feed_id is None
                yield this_feed
                yield Checkbox("Unread", id="filter-unread")
                yield Checkbox("Bookmarked", id="filter-bookmarked")
                yield Checkbox("Saved", id="filter-saved")
            yield Static(id="search-status")
            yield OptionList(id="search-results")

    def on_mount(self) -> None:
        self.query_one("#search", Vertical).border_title = "Search"
        self.query_one("#search-input", Input).focus()

    def view(self) -> ArticleFilter:
        """The filters ticked, as an ArticleFilter."""

        def ticked(name: str) -> bool:
            return self.query_one(f"#filter-{name}", Checkbox).value

        return ArticleFilter(
            feed_id=self.feed_id if ticked("feed") else None,
            unread=ticked("unread"),
            bookmarked=ticked("bookmarked"),
            saved=ticked("saved"),
        )

    def on_input_changed(self, event: Input.Changed) -> None:
        self.run_search(event.value, self.view())

    def on_checkbox_changed(self, _: Checkbox.Changed) -> None:
        self.run_search(self.query_one("#search-input", Input).value, self.view())

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str, view: ArticleFilter) -> None:
        hits = self.store.search(query, view, limit=RESULT_LIMIT) if query.strip() else []
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_hits, hits, query)

    def show_hits(self, hits: list[SearchHit], query: str = "") -> None:
        self.hits = hits
        status = "" if hits or not query.strip() else f"No matches for “{query.strip()}”"
        self.query_one("#search-status", Static).update(plain(status))
        results = self.query_one("#search-results", OptionList)
        rows: list[Option | None] = []
        for hit in hits:
            prompt = Content.assemble(
                plain(hit.headline.title, "bold"),
                plain(f"  {hit.headline.feed_title}", "$text-muted"),
                "\n",
                snippet_content(hit.snippet),
            )
            rows.extend((Option(prompt), None))
        results.set_options(rows[:-1])
        results.border_subtitle = f"{len(hits)} found" if hits else ""
        if hits:
            results.highlighted = 0

    def on_input_submitted(self, _: Input.Submitted) -> None:
        if self.hits:
            self.dismiss(self.hits[0].headline.id)

    def action_results(self) -> None:
        if self.hits:
            self.query_one("#search-results", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.hits):
            self.dismiss(self.hits[event.option_index].headline.id)

    def action_cancel(self) -> None:
        self.dismiss(None)

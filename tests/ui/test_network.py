"""Pilot tests for everything that goes online, with httpx.MockTransport only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import httpx

from newsreader.app.app import NewsReaderApp
from newsreader.app.screens.log import LogScreen
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.feed_list import FeedList
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.config import Settings
from newsreader.models import ParsedEntry
from newsreader.paths import Paths
from newsreader.store import IncomingArticle, Store

from .conftest import FIXED_NOW, fixed_clock
from .helpers import notices, settle

AppFactory = Callable[..., NewsReaderApp]

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World Wire</title><link>https://world.example/</link>
<item><guid>fresh-1</guid><title>Fresh from the wire</title><link>https://world.example/fresh</link>
<pubDate>Sat, 28 Nov 2026 11:30:00 +0000</pubDate><description>Something new happened.</description></item>
</channel></rss>"""

PAGE = """<html><head><title>Full story</title></head><body><article><h1>Full story</h1>
<p>{body}</p><p>{body}</p><p>{body}</p></article></body></html>""".format(
    body="The complete article text arrives from the page with many more words than the teaser "
    "had, because the feed only carried its first sentence and the rest lives on the site. " * 3
)


def respond(body: str, content_type: str) -> httpx.Response:
    """A streamed response (the fetcher reads the raw stream, which `text=` pre-consumes)."""
    return httpx.Response(
        200, stream=httpx.ByteStream(body.encode("utf-8")), headers={"content-type": content_type}
    )


def feed_server(request: httpx.Request) -> httpx.Response:
    """world.example serves a feed; every other host is down."""
    if request.url.host == "world.example" and request.url.path == "/feed":
        return respond(RSS, "application/rss+xml")
    if request.url.host == "teaser.example":
        return respond(PAGE, "text/html")
    raise httpx.ConnectError("connection refused", request=request)


async def test_shift_r_refreshes_all_and_shows_new_articles(make_app: AppFactory) -> None:
    """R fetches every feed in a worker; new articles appear and failures are marked."""
    app = make_app(transport=httpx.MockTransport(feed_server))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        await settle(app, pilot)
        titles = [h.title for h in app.query_one(HeadlineList).headlines]
        assert "Fresh from the wire" in titles
        feeds = app.query_one(FeedList)
        failed = [e.label for e in feeds.entries if e.feed and e.feed.last_error]
        assert set(failed) == {"Tech Daily", "Plain Feed"}
        feeds.highlighted = next(i for i, e in enumerate(feeds.entries) if e.label == "Tech Daily")
        assert str(feeds.tooltip).startswith("Last refresh failed: ")
        row = feeds.get_option_at_index(feeds.highlighted).prompt
        assert row.plain.lstrip().startswith("! Tech Daily")  # type: ignore[union-attr]
        summaries = [n for n in notices(app) if n.startswith("Refreshed")]
        assert summaries == ["Refreshed: 1 new article, 2 feeds failed (L for the log)"]


async def test_refresh_errors_go_to_the_log_screen(make_app: AppFactory) -> None:
    """Per-feed errors are listed on the log screen (L), not as a flood of pop-ups."""
    app = make_app(transport=httpx.MockTransport(feed_server))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LogScreen)
        assert any(line.split("  ", 1)[1].startswith("Tech Daily:") for line in app.refresh_lines)
        assert len(notices(app)) == 1


async def test_r_refreshes_only_the_current_feed(make_app: AppFactory) -> None:
    """r in a feed's view fetches that feed alone."""
    requested: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return feed_server(request)

    app = make_app(transport=httpx.MockTransport(handler))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        feeds = app.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = next(i for i, e in enumerate(feeds.entries) if e.label == "World Wire")
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("r")
        await settle(app, pilot)
        assert requested == ["https://world.example/feed"]


def _teaser_store(path: Path) -> tuple[Store, int]:
    store = Store(path)
    feed = store.add_feed("https://teaser.example/feed", "Teasers", fulltext="teaser")
    entry = ParsedEntry(
        guid="t1",
        url="https://teaser.example/story",
        title="Only a teaser",
        published=FIXED_NOW - timedelta(hours=1),
        summary="<p>The first sentence only…</p>",
    )
    result = store.store_entries(feed.id, [IncomingArticle(entry)])
    return store, result.new_ids[0]


async def test_teaser_fetches_the_full_article_in_the_background(tmp_path: Path) -> None:
    """Opening a teaser shows the feed text, fetches the page, then shows the full text."""
    store, article_id = _teaser_store(tmp_path / "t.db")
    paths = Paths(tmp_path, tmp_path, tmp_path / "cache")
    app = NewsReaderApp(
        paths,
        Settings(refresh_on_start=False),
        store=store,
        open_article=article_id,
        transport=httpx.MockTransport(feed_server),
        clock=fixed_clock,
    )
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None and "complete article text" in view.article.text
        assert not app.query_one("#article-note").display


async def test_teaser_fetch_failure_keeps_feed_text_with_a_note(tmp_path: Path) -> None:
    """When the page cannot be fetched, the feed's text stays with one calm note."""
    store, article_id = _teaser_store(tmp_path / "t.db")
    paths = Paths(tmp_path, tmp_path, tmp_path / "cache")

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline", request=request)

    app = NewsReaderApp(
        paths,
        Settings(refresh_on_start=False),
        store=store,
        open_article=article_id,
        transport=httpx.MockTransport(down),
        clock=fixed_clock,
    )
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.article is not None and "first sentence only" in view.article.text
        note = str(app.query_one("#article-note-text").content)
        assert note.startswith("Couldn't fetch the full article")
        assert app.query_one("#article-note").display


async def test_a_adds_a_feed_from_the_dialog(make_app: AppFactory, store: Store) -> None:
    """a opens a dialog; submitting a feed URL subscribes to it and lists it."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "new.example":
            return respond(RSS.replace("World Wire", "New Wire"), "application/rss+xml")
        raise httpx.ConnectError("down", request=request)

    app = make_app(transport=httpx.MockTransport(handler))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"https://new.example/feed")
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        await settle(app, pilot)
        assert "https://new.example/feed" in store.feed_urls()
        assert any(
            e.feed and e.feed.url == "https://new.example/feed"
            for e in app.query_one(FeedList).entries
        )


async def test_d_deletes_a_feed_after_confirmation(make_app: AppFactory, store: Store) -> None:
    """d asks first; y unsubscribes and the feed leaves the list."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        feeds = app.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = next(i for i, e in enumerate(feeds.entries) if e.label == "Plain Feed")
        await pilot.press("d")
        await pilot.pause()
        assert "https://plain.example/feed" in store.feed_urls()
        await pilot.press("y")
        await settle(app, pilot)
        assert "https://plain.example/feed" not in store.feed_urls()
        assert "Plain Feed" not in [e.label for e in feeds.entries]


async def test_teaser_shows_a_spinner_while_fetching(tmp_path: Path) -> None:
    """While the page is on its way, the reader says so (spinner and one line)."""
    import asyncio

    store, article_id = _teaser_store(tmp_path / "t.db")
    release = asyncio.Event()

    async def slow(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return feed_server(request)

    app = NewsReaderApp(
        Paths(tmp_path, tmp_path, tmp_path / "cache"),
        Settings(refresh_on_start=False),
        store=store,
        open_article=article_id,
        transport=httpx.MockTransport(slow),
        clock=fixed_clock,
    )
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            if app.query("#article-spinner"):
                break
        assert str(app.query_one("#article-note-text").content) == "Fetching full article…"
        release.set()
        await settle(app, pilot)
        assert not app.query("#article-spinner")
        assert "complete article text" in app.query_one(ArticleView).article.text  # type: ignore[union-attr]


async def test_deleting_the_open_articles_feed_clears_the_reader_and_lists(
    make_app: AppFactory, store: Store
) -> None:
    """After `d` on the feed of the open article, neither the list nor the reader shows it."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        plain = next(
            h for h in store.list_headlines() if h.feed_title == "Plain Feed" and not h.bookmarked
        )
        app.screen.open_article_id(plain.id)  # type: ignore[attr-defined]
        await settle(app, pilot)
        assert app.query_one(ArticleView).stored is not None
        feeds = app.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = next(i for i, e in enumerate(feeds.entries) if e.label == "Plain Feed")
        await pilot.press("d", "y")
        await settle(app, pilot)
        await settle(app, pilot)
        assert app.query_one(ArticleView).stored is None
        listed = {h.id for h in app.query_one(HeadlineList).headlines}
        assert plain.id not in listed


async def test_a_long_confirmation_question_wraps_instead_of_being_cut(
    make_app: AppFactory,
) -> None:
    """The delete question is read whole at 80 columns."""
    from textual.widgets import Label

    from newsreader.app.screens.dialogs import ConfirmScreen

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        question = "Unsubscribe from A Feed With A Rather Long Title? " * 2 + "Kept articles stay."
        app.push_screen(ConfirmScreen(question))
        await pilot.pause()
        label = app.screen.query_one(".dialog-title", Label)
        assert label.size.height >= 2
        assert label.size.width <= app.screen.query_one(".dialog").size.width


async def test_a_refuses_an_address_that_is_not_one_before_looking(make_app: AppFactory) -> None:
    """`not a url` gets its error in the dialog at once, which stays open to fix it."""
    from textual.widgets import Static

    from newsreader.app.screens.dialogs import AddFeedScreen

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"not a url")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AddFeedScreen)
        status = str(app.screen.query_one("#add-status", Static).content)
        assert "is not a web address" in status


async def test_a_failed_add_keeps_the_dialog_and_the_address(make_app: AppFactory) -> None:
    """Enter in the address field tries it; on failure the dialog stays with the address
    as typed and the reason, and the refresh log (L) has the failure."""
    from textual.widgets import Input, Static

    from newsreader.app.screens.dialogs import AddFeedScreen

    app = make_app()  # every host is down
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"https://down.example/feed", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, AddFeedScreen)
        assert app.screen.query_one("#feed-url", Input).value == "https://down.example/feed"
        status = str(app.screen.query_one("#add-status", Static).content)
        assert status.startswith("Could not add https://down.example/feed")
        assert any("Could not add https://down.example/feed" in line for line in app.refresh_lines)


async def test_the_add_dialog_says_it_is_trying(make_app: AppFactory) -> None:
    """While a slow address is tried the dialog says so (and Add is disabled)."""
    import asyncio

    from textual.widgets import Button, Static

    release = asyncio.Event()

    async def slow(new):  # type: ignore[no-untyped-def]
        await release.wait()
        raise OSError("gave up")

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        from newsreader.app.screens.dialogs import AddFeedScreen

        app.push_screen(AddFeedScreen(slow))
        await pilot.pause()
        await pilot.press(*"https://slow.example/", "enter")
        await pilot.pause()
        assert str(app.screen.query_one("#add-status", Static).content).startswith(
            "Looking for a feed at https://slow.example/"
        )
        assert app.screen.query_one("#add", Button).disabled
        release.set()
        await settle(app, pilot)
        assert "gave up" in str(app.screen.query_one("#add-status", Static).content)


async def test_a_hide_filter_applies_at_refresh(make_app: AppFactory, store: Store) -> None:
    """A `[[filters]]` hide rule keeps a matching new article out of every list."""
    from newsreader.config import FilterRule

    settings = Settings(
        refresh_on_start=False, filters=(FilterRule("title", "hide", contains="fresh"),)
    )
    app = make_app(transport=httpx.MockTransport(feed_server), settings=settings)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        await settle(app, pilot)
        titles = [h.title for h in app.query_one(HeadlineList).headlines]
        assert "Fresh from the wire" not in titles and len(titles) == 18
        assert any(line.endswith("Filters hid 1") for line in app.refresh_lines)


async def test_refresh_interval_refreshes_while_the_app_is_open(
    make_app: AppFactory, store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """refresh_interval_minutes = N refreshes every N minutes (the minute shortened here)."""
    import asyncio
    import time

    from newsreader.app.screens.main import MainScreen

    minute = 0.5
    monkeypatch.setattr(MainScreen, "SECONDS_PER_MINUTE", minute)
    settings = Settings(refresh_on_start=False, refresh_interval_minutes=1)
    requested_at: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requested_at.append(time.monotonic())
        return feed_server(request)

    started = time.monotonic()
    app = make_app(transport=httpx.MockTransport(handler), settings=settings)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        # Before the timer nothing is fetched; a timer never fires early, so every request
        # comes at least one (shortened) minute after the start, however loaded the machine.
        # Poll rather than sleep a fixed time: a loaded machine may run the timer late.
        for _ in range(100):
            await asyncio.sleep(0.1)
            if "https://world.example/fresh" in {h.url for h in store.list_headlines()}:
                break
        await settle(app, pilot)
        assert "https://world.example/fresh" in {h.url for h in store.list_headlines()}
        assert requested_at and min(requested_at) - started >= minute
        assert any(
            "Refreshing (every minute: refresh_interval" in line for line in app.refresh_lines
        )


async def test_refresh_names_the_feed_it_waits_for_and_the_reader_stays_usable(
    make_app: AppFactory,
) -> None:
    """While one server keeps the refresh waiting, the status line names it, and the rest of
    the app (moving through headlines, opening an article) works meanwhile."""
    import asyncio

    release = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "tech.example":
            await release.wait()  # a server that has not answered yet
        return feed_server(request)

    app = make_app(transport=httpx.MockTransport(handler))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        label = app.query_one("#refresh-label")
        for _ in range(500):  # generous: a loaded machine is slow, a quick one breaks early
            await pilot.pause(0.02)
            if "waiting for" in str(label.render()):
                break
        assert "waiting for Tech Daily" in str(label.render())
        headlines = app.query_one(HeadlineList)
        headlines.focus()
        before = headlines.highlighted
        await pilot.press("j")
        await pilot.press("enter")
        for _ in range(500):
            await pilot.pause(0.02)
            if app.query_one(ArticleView).article is not None:
                break
        assert headlines.highlighted != before
        assert app.query_one(ArticleView).article is not None
        assert "waiting for Tech Daily" in str(label.render())  # still refreshing meanwhile
        release.set()
        await settle(app, pilot)
        assert not app.query_one("#refresh-status").has_class("-active")


async def test_the_dialogs_fit_and_work_at_40x12(make_app: AppFactory) -> None:
    """At 40x12 the add dialog's fields and buttons are on screen and Add can be clicked;
    the delete question's buttons are on screen too."""
    from textual.widgets import Button, Input, Static

    from newsreader.app.screens.dialogs import AddFeedScreen, ConfirmScreen

    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, AddFeedScreen)
        screen_box = dialog.region
        for widget in [*dialog.query(Input), *dialog.query(Button)]:
            assert screen_box.contains_region(widget.region), widget
            assert widget.region.height >= 1
        await pilot.press(*"not a url")
        assert await pilot.click("#add")
        await settle(app, pilot)
        status = str(dialog.query_one("#add-status", Static).content)
        assert "is not a web address" in status
        assert all(screen_box.contains_region(b.region) for b in dialog.query(Button))
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(ConfirmScreen("Unsubscribe from a feed with a long name? Kept ones stay."))
        await pilot.pause()
        for button in app.screen.query(Button):
            assert app.screen.region.contains_region(button.region), button


async def test_the_refresh_log_wraps_long_lines_at_80x24(make_app: AppFactory) -> None:
    """An error's reason comes last; at 80 columns the log wraps it instead of cutting it,
    and markup in a logged line stays text."""
    from .helpers import screen_text

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        app.log_line(
            "Could not add https://feeds.example.org/a/rather/long/path/to/a/feed.xml: "
            "gave up after 30 s (server too slow) [bold]x[/]"
        )
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LogScreen)
        box = app.screen.query_one("#refresh-log").content_region
        rows = screen_text(app).splitlines()[box.y : box.bottom]
        shown = " ".join(" ".join(row[box.x : box.right] for row in rows).split())
        assert "gave up after 30 s (server too slow) [bold]x[/]" in shown

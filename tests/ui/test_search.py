"""Pilot tests: search as you type, filters, highlighted matches."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Checkbox, OptionList

from newsreader.app.app import NewsReaderApp
from newsreader.app.screens.search import SearchScreen
from newsreader.app.widgets.article_view import ArticleView
from newsreader.store import Store

from .helpers import settle

AppFactory = Callable[..., NewsReaderApp]


async def test_slash_searches_as_you_type(make_app: AppFactory) -> None:
    """/ opens search; typing finds matching articles with the matches highlighted."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"Tech Dai")
        await settle(app, pilot)
        screen = app.screen
        assert {hit.headline.feed_title for hit in screen.hits} == {"Tech Daily"}
        prompt = screen.query_one("#search-results", OptionList).get_option_at_index(0).prompt
        assert any(span.style == "bold reverse" for span in prompt.spans)  # type: ignore[union-attr]
        assert "\x02" not in prompt.plain and "\x03" not in prompt.plain  # type: ignore[union-attr]


async def test_enter_in_search_opens_the_best_hit(make_app: AppFactory) -> None:
    """Enter in the search box opens the first result in the reader."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Plain", "enter")
        await settle(app, pilot)
        await settle(app, pilot)
        assert not isinstance(app.screen, SearchScreen)
        view = app.query_one(ArticleView)
        assert view.stored is not None and view.stored.headline.feed_title == "Plain Feed"


async def test_search_filter_unread(make_app: AppFactory, store: Store) -> None:
    """Ticking 'Unread' leaves out articles already read."""
    read = [h.id for h in store.list_headlines() if h.feed_title == "Tech Daily"][:2]
    store.set_read(read, True)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Tech")
        await settle(app, pilot)
        assert len(app.screen.hits) == 6
        app.screen.query_one("#filter-unread", Checkbox).value = True
        await settle(app, pilot)
        ids = {hit.headline.id for hit in app.screen.hits}
        assert len(ids) == 4 and not ids & set(read)


async def test_escape_closes_search(make_app: AppFactory) -> None:
    """Escape closes the search without opening anything."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Tech", "escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, SearchScreen)
        assert app.query_one(ArticleView).stored is None


async def test_a_hit_in_another_feed_opens_over_the_open_article(
    make_app: AppFactory, store: Store
) -> None:
    """Reading Tech Daily, a search hit from World Wire opens (it used to leave the old one)."""
    from newsreader.store import ArticleFilter

    from .helpers import main_screen

    tech = next(h.feed_id for h in store.list_headlines() if h.feed_title == "Tech Daily")
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        main_screen(app).show_view(ArticleFilter(feed_id=tech), "Tech Daily")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.stored is not None and view.stored.headline.feed_title == "Tech Daily"
        await pilot.press("slash", *"World Wire story 3", "enter")
        await settle(app, pilot)
        await settle(app, pilot)
        assert view.stored.headline.title.startswith("World Wire story 3")
        assert main_screen(app).open_headline is not None
        assert main_screen(app).open_headline.id == view.stored.headline.id
        assert store.get_headline(view.stored.headline.id).read


async def test_search_says_no_matches(make_app: AppFactory) -> None:
    """A query that finds nothing says so instead of showing an empty box."""
    from textual.widgets import Static

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"zebracorn")
        await settle(app, pilot)
        status = str(app.screen.query_one("#search-status", Static).content)
        assert status == "No matches for “zebracorn”"
        await pilot.press(*" OR Tech")
        await settle(app, pilot)
        assert str(app.screen.query_one("#search-status", Static).content) == ""
        assert {hit.headline.feed_title for hit in app.screen.hits} == {"Tech Daily"}


async def test_search_filters_wrap_onto_the_screen_at_40x12(make_app: AppFactory) -> None:
    """At 40 columns the four filter boxes take two rows instead of running off the right."""
    app = make_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        boxes = list(app.screen.query(Checkbox))
        assert len(boxes) == 4
        for box in boxes:
            assert app.screen.region.contains_region(box.region), box
        assert await pilot.click("#filter-saved")
        assert app.screen.query_one("#filter-saved", Checkbox).value

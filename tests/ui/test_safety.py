"""Untrusted text is shown as text: never markup, never actions, never escape codes."""

from __future__ import annotations

from collections.abc import Callable

from newsreader.app.app import NewsReaderApp
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.headline_list import HeadlineList

from .conftest import UNTRUSTED_TITLE
from .helpers import screen_text, settle

AppFactory = Callable[..., NewsReaderApp]


async def test_markup_in_titles_is_shown_literally(make_app: AppFactory) -> None:
    """A title with [bold] and [@click=app.quit] appears as typed in the list."""
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "[bold]x[/] [@click=app.quit]click me[/]" in text
        assert "\x1b" not in text


async def test_markup_title_in_reader_is_literal_and_click_is_inert(make_app: AppFactory) -> None:
    """Opening the hostile article shows its title literally; clicking it does not quit."""
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        index = next(i for i, h in enumerate(listing.headlines) if h.title.startswith("[bold]"))
        listing.highlighted = index
        await pilot.press("enter")
        await settle(app, pilot)
        title = app.query_one("#article-title")
        assert str(title.content).startswith("[bold]x[/] [@click=app.quit]click me[/]")
        await pilot.click("#article-title")
        await pilot.pause()
        assert app.is_running
        assert "\x1b" not in screen_text(app)
        assert app.query_one(ArticleView).stored is not None


async def test_escape_sequences_never_reach_the_screen(make_app: AppFactory, store) -> None:  # type: ignore[no-untyped-def]
    """The ESC of a hostile title is gone by the time it is drawn (store and Content both strip)."""
    assert "\x1b" in UNTRUSTED_TITLE
    titles = [h.title for h in store.list_headlines()]
    assert not any("\x1b" in t for t in titles)
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        prompts = [o.prompt.plain for o in app.query_one(HeadlineList).options]  # type: ignore[union-attr]
        assert not any("\x1b" in p for p in prompts)

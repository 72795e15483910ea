"""Pilot tests: entities and quotes panels, highlights, mentions across articles."""

from __future__ import annotations

from collections.abc import Callable

from newsreader.app.app import NewsReaderApp
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.app.widgets.side_panels import EntityPanel, QuotePanel
from newsreader.config import load_settings

from .helpers import main_screen, settle

AppFactory = Callable[..., NewsReaderApp]


async def _open_first(app: NewsReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)


async def test_e_shows_entities_grouped_with_counts(make_app: AppFactory) -> None:
    """e opens the entities panel listing who/what the article is about, most mentioned first."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        panel = app.query_one(EntityPanel)
        assert panel.display and app.focused is panel
        people = [(g.key, g.count) for g in panel.groups if g.kind == "person"]
        assert people[0] == ("Ada Lovelace", 3)
        assert panel.current is not None and panel.current.key == "Ada Lovelace"


async def test_enter_in_entities_cycles_through_mentions(make_app: AppFactory) -> None:
    """Enter on an entity marks its first mention, then the next, then wraps around."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        panel = app.query_one(EntityPanel)
        view = app.query_one(ArticleView)
        mentions = panel.current.mentions  # type: ignore[union-attr]
        seen = []
        for _ in range(len(mentions) + 1):
            await pilot.press("enter")
            await pilot.pause()
            seen.append(view._focus)
        assert seen == [*mentions, mentions[0]]
        text = view.article.text  # type: ignore[union-attr]
        assert text[mentions[1][0] : mentions[1][1]] == "Lovelace"


async def test_f_in_entities_lists_articles_mentioning_it(make_app: AppFactory) -> None:
    """f on an entity switches the list to every article mentioning it."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("f")
        await settle(app, pilot)
        screen = main_screen(app)
        assert screen.view.mentioning == "Ada Lovelace"
        assert len(app.query_one(HeadlineList).headlines) == 18
        assert app.focused is app.query_one(HeadlineList)


async def test_shift_q_shows_quotes_with_speakers(make_app: AppFactory) -> None:
    """Q opens the quotes panel with each quote and its speaker; Enter jumps to it."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("Q")
        await pilot.pause()
        panel = app.query_one(QuotePanel)
        assert panel.display and not any(p.display for p in app.query(EntityPanel))
        prompt = panel.get_option_at_index(0).prompt.plain  # type: ignore[union-attr]
        assert "The engine might compose" in prompt and "— Ada Lovelace" in prompt
        await pilot.press("enter")
        await pilot.pause()
        quote = panel.quotes[0]
        assert app.query_one(ArticleView)._focus == (quote.start, quote.end)


async def test_escape_closes_the_panel(make_app: AppFactory) -> None:
    """Escape in a panel closes it and returns to the article."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert not app.query_one(EntityPanel).display
        assert app.focused is app.query_one(ArticleView)


async def test_h_toggles_entity_highlights(make_app: AppFactory, paths) -> None:  # type: ignore[no-untyped-def]
    """h removes the entity colours from the body (remembered in the config) and brings them back."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        view = app.query_one(ArticleView)
        first_block = view._block_widgets[0]

        def styled() -> bool:
            return any("$text-accent" in str(span.style) for span in first_block.content.spans)  # type: ignore[union-attr]

        assert styled()
        await pilot.press("h")
        await settle(app, pilot)
        assert not styled()
        assert load_settings(paths.config_file).settings.highlight_entities is False
        await pilot.press("h")
        await pilot.pause()
        assert styled()


async def test_tab_moves_between_panes(make_app: AppFactory) -> None:
    """Tab cycles focus feeds → headlines → article (once one is open) → feeds."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        assert app.focused is app.query_one(ArticleView)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.query_one("#feeds")
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.query_one(HeadlineList)


async def test_escape_from_a_mentioning_list_goes_back(make_app: AppFactory) -> None:
    """e, f lists every article mentioning the entity; Escape returns to the view before."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await _open_first(app, pilot)
        screen = main_screen(app)
        before = screen.view
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("f")
        await settle(app, pilot)
        assert screen.view.mentioning == "Ada Lovelace"
        await pilot.press("escape")
        await settle(app, pilot)
        assert screen.view == before and screen.view_label == "All articles"
        assert app.is_running

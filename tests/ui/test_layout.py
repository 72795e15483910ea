"""Narrow terminals switch panes; help, palette, themes and key overrides."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Static

from newsreader.app.app import NewsReaderApp
from newsreader.app.keymap import KEYS
from newsreader.app.screens.help import HelpScreen
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.feed_list import FeedList
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.config import Settings, load_settings
from newsreader.paths import Paths
from newsreader.store import ArticleFilter, Store

from .helpers import main_screen, notices, settle

AppFactory = Callable[..., NewsReaderApp]


async def test_narrow_terminal_switches_list_article_and_back(make_app: AppFactory) -> None:
    """At 80x24 one pane shows at a time: list → Enter → article → q → list."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        listing, reader, feeds = (
            app.query_one(HeadlineList),
            app.query_one("#reader-pane"),
            app.query_one(FeedList),
        )
        assert listing.region.width > 70 and reader.region.width == 0 and feeds.region.width == 0
        await pilot.press("enter")
        await settle(app, pilot)
        assert reader.region.width == 80 and listing.region.width == 0
        await pilot.press("q")
        await pilot.pause()
        assert listing.region.width > 70 and app.is_running


async def test_narrow_escape_shows_the_feed_list(make_app: AppFactory) -> None:
    """On a narrow screen Escape from the headlines shows the feeds; Enter picks one."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        feeds = app.query_one(FeedList)
        assert feeds.region.width == 80 and app.focused is feeds
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert main_screen(app).view == ArticleFilter(unread=True)
        assert app.query_one(HeadlineList).region.width > 70


async def test_wide_terminal_shows_three_panes(make_app: AppFactory) -> None:
    """At 200x50 feeds, headlines and the reader sit side by side."""
    app = make_app()
    async with app.run_test(size=(200, 50)) as pilot:
        await settle(app, pilot)
        widths = [app.query_one(q).region.width for q in ("#feeds", "#list-pane", "#reader-pane")]
        assert all(w > 20 for w in widths) and sum(widths) == 200


async def test_article_measure_is_at_most_88_columns(make_app: AppFactory) -> None:
    """However wide the terminal, body text stays within 88 columns, centred."""
    app = make_app()
    async with app.run_test(size=(240, 50)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        page = app.query_one("#article-page")
        pane = app.query_one(ArticleView).content_region
        assert page.region.width == 88
        assert abs((page.region.x - pane.x) - (pane.right - page.region.right)) <= 1


async def test_question_mark_lists_every_binding(make_app: AppFactory) -> None:
    """? shows the help screen naming every action's description and keys."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = app.screen.query_one(Static).content.plain  # type: ignore[union-attr]
        for spec in KEYS:
            assert spec.description in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_palette_runs_an_action(make_app: AppFactory, store: Store) -> None:
    """Ctrl+P, typing 'Bookmark' and Enter bookmarks the highlighted article."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        first = app.query_one(HeadlineList).headlines[0].id
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Bookmark")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert [h.id for h in store.list_headlines(ArticleFilter(bookmarked=True))] == [first]


async def test_t_toggles_theme_and_saves_it(make_app: AppFactory, paths: Paths) -> None:
    """t switches dark ↔ light and the choice is written to the config file."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.current_theme.dark
        await pilot.press("t")
        await settle(app, pilot)
        assert not app.current_theme.dark
    assert load_settings(paths.config_file).settings.theme == "textual-light"


async def test_config_keybinding_override(make_app: AppFactory, store: Store) -> None:
    """A `keybindings` entry in the config rebinds an action (here bookmark → x)."""
    app = make_app(settings=Settings(refresh_on_start=False, keybindings={"toggle_bookmark": "x"}))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("s")
        await settle(app, pilot)
        assert store.count_articles(ArticleFilter(bookmarked=True)) == 0
        await pilot.press("x")
        await settle(app, pilot)
        assert store.count_articles(ArticleFilter(bookmarked=True)) == 1


async def test_unknown_keybinding_action_is_reported(make_app: AppFactory) -> None:
    """An unknown action in `keybindings` is reported once, not fatal."""
    app = make_app(settings=Settings(refresh_on_start=False, keybindings={"fly": "z"}))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert any("unknown key binding action 'fly'" in n for n in notices(app))


async def test_large_store_loads_first_page_then_the_rest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """With 2,000 articles the list starts with one page and fills in after the first frame."""
    from datetime import timedelta

    from newsreader.models import ParsedEntry
    from newsreader.store import IncomingArticle

    from .conftest import FIXED_NOW, fixed_clock

    store = Store(tmp_path / "big.db")
    feed = store.add_feed("https://big.example/feed", "Big")
    store.store_entries(
        feed.id,
        [
            IncomingArticle(
                ParsedEntry(
                    guid=str(i),
                    url=None,
                    title=f"Item {i}",
                    published=FIXED_NOW - timedelta(minutes=i),
                )
            )
            for i in range(2000)
        ],
    )
    app = NewsReaderApp(
        Paths(tmp_path, tmp_path, tmp_path),
        Settings(refresh_on_start=False),
        store=store,
        clock=fixed_clock,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        listing = app.query_one(HeadlineList)
        await settle(app, pilot)
        assert listing.option_count == 2000
        await pilot.press("G")
        assert listing.highlighted == 1999
        assert listing.headlines[-1].title == "Item 1999"


async def test_an_unknown_theme_in_the_config_is_reported(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A typo in `theme` falls back to the default theme and says so once."""
    from newsreader.app.app import NewsReaderApp
    from newsreader.config import Settings
    from newsreader.paths import Paths
    from newsreader.store import Store

    app = NewsReaderApp(
        Paths(tmp_path, tmp_path, tmp_path / "cache"),
        Settings(theme="no-such-theme", refresh_on_start=False),
        store=Store(tmp_path / "n.db"),
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.theme != "no-such-theme"
        assert any("unknown theme" in str(n.message) for n in app._notifications)


async def test_config_problems_are_shown_in_the_app(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What was wrong in config.toml reaches the screen, not only the hidden stderr."""
    from newsreader.app.app import NewsReaderApp
    from newsreader.config import Settings
    from newsreader.paths import Paths
    from newsreader.store import Store

    app = NewsReaderApp(
        Paths(tmp_path, tmp_path, tmp_path / "cache"),
        Settings(refresh_on_start=False),
        store=Store(tmp_path / "n.db"),
        config_problems=(
            "config: ignoring concurrency = -3 (expected a whole number of at least 1)",
        ),
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert any("concurrency = -3" in str(n.message) for n in app._notifications)


async def test_theme_toggle_keeps_the_users_config_file(make_app: AppFactory, paths: Paths) -> None:
    """t changes only `theme` in config.toml: comments and other keys stay as written."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.config_file.write_text(
        '# mine\ntheme = "textual-dark"\n\n[retention]\nmax_age_days = 9  # short\n',
        encoding="utf-8",
    )
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
    assert paths.config_file.read_text(encoding="utf-8") == (
        '# mine\ntheme = "textual-light"\n\n[retention]\nmax_age_days = 9  # short\n'
    )


async def test_theme_toggle_leaves_a_broken_config_alone(
    make_app: AppFactory, paths: Paths
) -> None:
    """A config with a syntax error is never replaced by defaults; the user is told."""
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    broken = 'theme = "textual-dark"\nsave_images = \n'
    paths.config_file.write_text(broken, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("t")
        await settle(app, pilot)
        assert any("left unchanged" in notice for notice in notices(app))
    assert paths.config_file.read_text(encoding="utf-8") == broken


async def test_a_key_bound_to_two_actions_is_reported_and_quit_keeps_q(
    make_app: AppFactory,
) -> None:
    """`toggle_bookmark = "q"` would take q from quit: reported, and q still quits."""
    app = make_app(
        settings=Settings(
            refresh_on_start=False, keybindings={"toggle_bookmark": "q", "search": "ctrl+"}
        )
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        shown = notices(app)
        assert any("'q' is bound to both back_or_quit and toggle_bookmark" in n for n in shown)
        assert any("'ctrl+' is not a key that can be typed" in n for n in shown)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_at_160_columns_headlines_and_feed_names_get_the_room(
    make_app: AppFactory, store: Store
) -> None:
    """At 160x48 a 41-character headline is shown whole and the panes fill the width."""
    from .helpers import screen_text

    store.add_feed("https://long.example/feed", "The Guardian – World news")
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "World Wire story 1: engines and societies" in text
        assert "The Guardian – World news" in text
        widths = [app.query_one(q).region.width for q in ("#feeds", "#list-pane", "#reader-pane")]
        assert sum(widths) == 160 and widths[1] >= 60


async def test_palette_goes_to_any_view(make_app: AppFactory) -> None:
    """Ctrl+P, 'Go to Tech Daily', Enter lists that feed; feed titles are not markup."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to tech daily")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = main_screen(app)
        assert screen.view_label == "Tech Daily" and screen.view.feed_id is not None
        assert {h.feed_title for h in app.query_one(HeadlineList).headlines} == {"Tech Daily"}
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"go to saved")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.view == ArticleFilter(saved=True)


async def test_palette_tells_feeds_of_the_same_name_apart(
    make_app: AppFactory, store: Store
) -> None:
    """Two feeds titled alike get their addresses in "Go to …", so each can be chosen."""
    store.add_feed("https://one.example/[b]news[/b].xml", title="Latest news")
    second = store.add_feed("https://two.example/news.xml", title="Latest news")
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"two.example")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert main_screen(app).view.feed_id == second.id
        from newsreader.app.commands import ViewCommands

        provider = ViewCommands(app.screen)
        texts = [text for text, _ in provider._entries() if "Latest news" in text]
        assert sorted(texts) == [
            "Go to Latest news · one.example/[b]news[/b].xml",
            "Go to Latest news · two.example/news.xml",
        ]

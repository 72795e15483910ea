"""Pilot tests: opening, moving, marking, bookmarking and leaving articles."""

from __future__ import annotations

from collections.abc import Callable

from newsreader.app.app import NewsReaderApp
from newsreader.app.widgets.article_view import ArticleView
from newsreader.app.widgets.feed_list import FeedList
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.store import ArticleFilter, Store

from .helpers import main_screen, notices, screen_text, settle

AppFactory = Callable[..., NewsReaderApp]


async def test_start_lists_views_feeds_and_headlines(make_app: AppFactory) -> None:
    """The first frame shows the virtual views, folders with feeds, and every headline."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        labels = [entry.label for entry in app.query_one(FeedList).entries]
        assert labels[:5] == ["All articles", "Unread", "Bookmarks", "Saved", "Read later"]
        assert {"News", "World Wire", "Tech", "Tech Daily", "Plain Feed"} <= set(labels)
        assert len(app.query_one(HeadlineList).headlines) == 18
        assert "World Wire story 1" in screen_text(app)


async def test_enter_opens_the_article_and_marks_it_read(
    make_app: AppFactory, store: Store
) -> None:
    """Enter on a headline shows its title and body in the reader and marks it read."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        first = app.query_one(HeadlineList).current
        assert first is not None and not first.read
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.stored is not None and view.stored.headline.id == first.id
        assert "Ada Lovelace met officials" in screen_text(app)
        assert store.get_headline(first.id).read
        assert app.focused is view


async def test_j_and_k_move_the_cursor(make_app: AppFactory) -> None:
    """j moves down the headline list and k moves back up."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        await pilot.press("j", "j")
        assert listing.highlighted == 2
        await pilot.press("k")
        assert listing.highlighted == 1


async def test_g_and_shift_g_jump_to_top_and_bottom(make_app: AppFactory) -> None:
    """G goes to the last headline and g back to the first."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        await pilot.press("G")
        assert listing.highlighted == 17
        await pilot.press("g")
        assert listing.highlighted == 0


async def test_n_and_p_open_next_and_previous_unread(make_app: AppFactory) -> None:
    """n skips read articles to open the next unread one; p goes back to an unread one."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        await pilot.press("n")
        await settle(app, pilot)
        assert main_screen(app).open_headline.id == listing.headlines[0].id  # type: ignore[union-attr]
        await pilot.press("n")
        await settle(app, pilot)
        assert main_screen(app).open_headline.id == listing.headlines[1].id  # type: ignore[union-attr]
        listing.set_flags(listing.headlines[0].id, read=False)
        await pilot.press("p")
        await settle(app, pilot)
        assert main_screen(app).open_headline.id == listing.headlines[0].id  # type: ignore[union-attr]


async def test_space_pages_down_in_the_reader(make_app: AppFactory) -> None:
    """Space scrolls the open article by a page; b scrolls back."""
    app = make_app()
    async with app.run_test(size=(80, 12)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        await pilot.press("space")
        await pilot.pause()
        assert view.scroll_y > 0
        await pilot.press("b")
        await pilot.pause()
        assert view.scroll_y == 0


async def test_q_leaves_the_article_then_quits(make_app: AppFactory) -> None:
    """q in the reader returns to the list; q in the list quits the app."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.focused is app.query_one(HeadlineList)
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_choosing_a_feed_lists_only_its_articles(make_app: AppFactory) -> None:
    """Enter on a feed in the feed list shows that feed's headlines."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        feeds = app.query_one(FeedList)
        feeds.focus()
        index = next(i for i, e in enumerate(feeds.entries) if e.label == "Tech Daily")
        feeds.highlighted = index
        await pilot.press("enter")
        await settle(app, pilot)
        titles = [h.feed_title for h in app.query_one(HeadlineList).headlines]
        assert titles == ["Tech Daily"] * 6
        assert app.focused is app.query_one(HeadlineList)


async def test_m_toggles_read_state(make_app: AppFactory, store: Store) -> None:
    """m marks the highlighted headline read, and again unread, in the list and the store."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        article_id = listing.headlines[0].id
        await pilot.press("m")
        await settle(app, pilot)
        assert listing.headlines[0].read and store.get_headline(article_id).read
        await pilot.press("m")
        await settle(app, pilot)
        assert not listing.headlines[0].read and not store.get_headline(article_id).read


async def test_s_bookmarks_the_article(make_app: AppFactory, store: Store) -> None:
    """s stars the highlighted article; it then appears under Bookmarks."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        article_id = app.query_one(HeadlineList).headlines[0].id
        await pilot.press("s")
        await settle(app, pilot)
        assert [h.id for h in store.list_headlines(ArticleFilter(bookmarked=True))] == [article_id]
        assert "★" in app.query_one(HeadlineList).get_option_at_index(0).prompt.plain  # type: ignore[union-attr]


async def test_shift_a_marks_the_view_read(make_app: AppFactory, store: Store) -> None:
    """A marks every article of the current view read."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert store.count_articles(ArticleFilter(unread=True)) == 0
        assert any("Marked 18 articles read" in n for n in notices(app))


async def test_shift_s_saves_offline_falling_back_to_feed_text(
    make_app: AppFactory, store: Store
) -> None:
    """S with the network down still saves (the feed's text) and says so calmly."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        article_id = app.query_one(HeadlineList).headlines[0].id
        await pilot.press("S")
        await settle(app, pilot)
        assert store.is_saved(article_id)
        assert any(n.startswith("Saved offline") for n in notices(app))
        assert app.query_one(HeadlineList).headlines[0].saved


async def test_o_opens_the_link_in_a_browser(make_app: AppFactory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """o hands the article's URL to the webbrowser module (off the event loop)."""
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == [app.query_one(HeadlineList).headlines[0].url]


async def test_open_article_at_start(make_app: AppFactory, store: Store) -> None:
    """`open_article=` (used by `newsreader read`) opens that article in the reader."""
    target = store.list_headlines()[3]
    app = make_app(open_article=target.id)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.stored is not None and view.stored.headline.id == target.id


async def test_clicking_a_headline_opens_it(make_app: AppFactory) -> None:
    """The mouse works too: clicking a headline opens that article."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        await pilot.click(HeadlineList, offset=(10, 2))
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.stored is not None and view.stored.headline.id == listing.headlines[2].id


async def test_n_at_the_end_of_a_feed_goes_on_to_the_next_feed_with_unread(
    make_app: AppFactory, store: Store
) -> None:
    """As in newsboat: past a feed's last unread article, n opens the next feed's first."""
    from newsreader.store import ArticleFilter

    feeds = {h.feed_title: h.feed_id for h in store.list_headlines()}
    plain_ids = [h.id for h in store.list_headlines(ArticleFilter(feed_id=feeds["Plain Feed"]))]
    store.set_read(plain_ids, True)
    store.set_read(plain_ids[-1:], False)  # one unread left in Plain Feed
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        screen = main_screen(app)
        screen.show_view(ArticleFilter(feed_id=feeds["Plain Feed"]), "Plain Feed")
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
        assert screen.open_headline is not None and screen.open_headline.id == plain_ids[-1]
        await pilot.press("n")
        await settle(app, pilot)
        await settle(app, pilot)
        assert screen.view.feed_id not in (None, feeds["Plain Feed"])
        assert screen.open_headline.feed_id == screen.view.feed_id
        assert screen.open_headline.title.endswith("story 1: engines and societies")


async def test_shift_j_and_k_step_through_articles_read_or_not(make_app: AppFactory) -> None:
    """J opens the next article even when it is read; K the previous."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        listing = app.query_one(HeadlineList)
        for headline in listing.headlines[:3]:
            listing.set_flags(headline.id, read=True)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("J")
        await settle(app, pilot)
        assert main_screen(app).open_headline.id == listing.headlines[1].id  # type: ignore[union-attr]
        await pilot.press("J", "K", "K")
        await settle(app, pilot)
        assert main_screen(app).open_headline.id == listing.headlines[0].id  # type: ignore[union-attr]


async def test_reader_shows_bookmarked_and_saved(make_app: AppFactory) -> None:
    """The byline says when the open article is bookmarked, and stops saying it when not."""
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        byline = app.query_one("#article-byline")
        assert "Bookmarked" not in str(byline.content)
        await pilot.press("s")
        await settle(app, pilot)
        assert "★ Bookmarked" in str(byline.content)
        await pilot.press("s")
        await settle(app, pilot)
        assert "Bookmarked" not in str(byline.content)


async def test_moving_in_the_feeds_pane_previews_the_feed(make_app: AppFactory) -> None:
    """On a wide screen, the cursor on a feed lists its headlines before Enter."""
    from newsreader.app.widgets.feed_list import FeedList

    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        feeds = app.query_one(FeedList)
        feeds.focus()
        await pilot.pause()
        target = next(i for i, e in enumerate(feeds.entries) if e.label == "Tech Daily")
        feeds.highlighted = target
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert {h.feed_title for h in app.query_one(HeadlineList).headlines} == {"Tech Daily"}
        assert app.focused is feeds


async def test_links_are_underlined_and_l_lists_them_to_open(
    make_app: AppFactory, store: Store, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Links show underlined; l lists them numbered; 2 opens the second in the browser."""
    import webbrowser
    from datetime import timedelta

    from textual.widgets import Static

    from newsreader.app.screens.links import LinksScreen
    from newsreader.extract.links import place_links
    from newsreader.models import Article, Block, ParsedEntry
    from newsreader.store import IncomingArticle

    from .conftest import FIXED_NOW

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    article = place_links(
        Article.from_blocks(
            [Block("paragraph", "The council approved the plan and published the budget.")],
            title="Linked story",
        ),
        [("the plan", "https://city.example/plan"), ("the budget", "https://city.example/budget")],
    )
    feed = store.add_feed("https://links.example/feed", "Links")
    entry = ParsedEntry(
        "l1", "https://links.example/1", "Linked story", published=FIXED_NOW + timedelta(minutes=1)
    )
    store.store_entries(
        feed.id,
        [IncomingArticle(entry, article, fulltext_fetched=True)],
        fetched_at=FIXED_NOW + timedelta(hours=1),
    )
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.query_one(HeadlineList).headlines[0].title == "Linked story"
        await pilot.press("enter")
        await settle(app, pilot)
        body = app.query_one("#article-body").query(Static).first()
        content = body.content
        underlined = {
            content.plain[s.start : s.end] for s in content.spans if "underline" in str(s.style)
        }  # type: ignore[union-attr]
        assert underlined == {"the plan", "the budget"}
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, LinksScreen)
        from textual.widgets import OptionList

        # The dialog names the article whose links it lists (the open one, which need
        # not be the one under the cursor of a list).
        box = app.screen.query_one(OptionList)
        assert box._border_title is not None
        assert box._border_title.plain == "Links in “Linked story” (2)"  # type: ignore[attr-defined]
        await pilot.press("2")
        await settle(app, pilot)
        assert opened == ["https://city.example/budget"]
        assert not isinstance(app.screen, LinksScreen)


async def test_u_undoes_mark_all_read(make_app: AppFactory, store: Store) -> None:
    """A marks the view read; u makes exactly those articles unread again."""
    from newsreader.store import ArticleFilter

    first = store.list_headlines()[0].id
    store.set_read([first], True)  # already read before A: stays read after undo
    app = make_app()
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert store.count_articles(ArticleFilter(unread=True)) == 0
        assert any("u to undo" in n for n in notices(app))
        await pilot.press("u")
        await settle(app, pilot)
        assert store.count_articles(ArticleFilter(unread=True)) == 17
        assert store.get_headline(first).read
        assert not any(h.read for h in app.query_one(HeadlineList).headlines if h.id != first)


async def test_saved_searches_are_views_in_the_feeds_pane(
    make_app: AppFactory, store: Store
) -> None:
    """[[searches]] in the config list as views (like newsboat's query feeds) with counts."""
    from newsreader.config import SavedSearch, Settings
    from newsreader.store import ArticleFilter

    plain = [h.id for h in store.list_headlines() if h.feed_title == "Plain Feed"]
    store.set_read(plain, True)
    settings = Settings(
        refresh_on_start=False,
        searches=(
            SavedSearch("Tech or plain", query='"Tech Daily" OR "Plain Feed"'),
            SavedSearch("Lovelace, unread", mentioning="Ada Lovelace", unread=True),
        ),
    )
    app = make_app(settings=settings)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        feeds = app.query_one(FeedList)
        entries = {entry.label: entry for entry in feeds.entries}
        assert entries["⌕ Tech or plain"].count == 6  # unread ones
        assert entries["⌕ Lovelace, unread"].count == 12
        main_screen(app).go_to_view(entries["⌕ Tech or plain"])
        await settle(app, pilot)
        titles = {h.feed_title for h in app.query_one(HeadlineList).headlines}
        assert titles == {"Tech Daily", "Plain Feed"}
        main_screen(app).go_to_view(entries["⌕ Lovelace, unread"])
        await settle(app, pilot)
        assert len(app.query_one(HeadlineList).headlines) == 12
        assert main_screen(app).view == ArticleFilter(unread=True, mentioning="Ada Lovelace")

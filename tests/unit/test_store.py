"""The store: migrations, transactions, crash safety, concurrent reading, search, keeping."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.models import Article, Block, Entity, ParsedEntry, Quote
from newsreader.store import (
    ArticleFilter,
    DuplicateFeed,
    FetchOutcome,
    IncomingArticle,
    NotFound,
    Store,
    StoreError,
    fts_query,
)
from newsreader.store.schema import SCHEMA_VERSION

NOW = datetime(2024, 4, 20, 12, 0, tzinfo=UTC)


def _entry(n: int, **overrides: object) -> ParsedEntry:
    values: dict[str, object] = {
        "guid": f"guid-{n}",
        "url": f"https://example.com/{n}",
        "title": f"Story number {n}",
        "published": NOW - timedelta(hours=n),
        "summary": f"Summary {n}",
    }
    values.update(overrides)
    return ParsedEntry(**values)  # type: ignore[arg-type]


def _incoming(n: int, text: str | None = None, **overrides: object) -> IncomingArticle:
    article = Article.from_blocks(
        [Block("paragraph", text or f"Body of story {n}.")], title=f"Story {n}"
    )
    return IncomingArticle(_entry(n, **overrides), article)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "news.db")


def test_migrates_an_empty_file(tmp_path: Path) -> None:
    """A new file gets the whole schema, WAL mode and foreign keys."""
    path = tmp_path / "fresh.db"
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"feeds", "articles", "bookmarks", "saved", "articles_fts"} <= tables


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with Store(path) as first:
        first.add_feed("https://example.com/feed", "Example")  # type: ignore[attr-defined]
    with Store(path) as again:
        assert [f.title for f in again.list_feeds()] == ["Example"]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_garbage_file_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "garbage.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a readable newsreader database"):
        Store(path)


def test_duplicate_feed_is_refused(store: Store) -> None:
    store.add_feed("https://example.com/feed")
    with pytest.raises(DuplicateFeed):
        store.add_feed("https://example.com/feed")


def test_entries_are_deduplicated_by_guid_then_link_then_title(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    first = store.store_entries(feed.id, [_incoming(1), _incoming(2), _incoming(3)])
    assert len(first.new_ids) == 3
    again = store.store_entries(
        feed.id,
        [
            _incoming(1),  # same guid, unchanged
            _incoming(2, guid=None),  # no guid: matched by link
            _incoming(3, guid=None, url=None),  # matched by title + date
        ],
    )
    assert again.new_ids == [] and again.updated_ids == []
    assert store.count_articles() == 3


def test_counts_agree_with_listings_for_every_kind_of_view(store: Store) -> None:
    """A count (answered from an index unless the view needs the feeds table) is the
    number of headlines the same view lists: by feed, by folder, unread, all."""
    news = store.add_feed("https://example.com/news", folder="Daily")
    blog = store.add_feed("https://example.com/blog")
    store.store_entries(news.id, [_incoming(n) for n in range(1, 4)])
    blog_ids = store.store_entries(blog.id, [_incoming(n) for n in range(4, 6)]).new_ids
    store.set_read(blog_ids[:1])
    views = [
        ArticleFilter(),
        ArticleFilter(unread=True),
        ArticleFilter(feed_id=blog.id),
        ArticleFilter(folder="Daily"),
        ArticleFilter(folder="Daily", unread=True),
        ArticleFilter(folder="Nowhere"),
    ]
    counts = [store.count_articles(view) for view in views]
    assert counts == [len(store.list_headlines(view)) for view in views]
    assert counts == [5, 4, 2, 3, 3, 0]


def test_updated_entry_updates_its_article_and_keeps_state(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    article_id = store.store_entries(feed.id, [_incoming(1)]).new_ids[0]
    store.set_read([article_id])
    store.bookmark(article_id)
    result = store.store_entries(
        feed.id, [_incoming(1, title="Story 1 (updated)", text="New body")]
    )
    assert result.updated_ids == [article_id]
    stored = store.get_article(article_id)
    assert stored.headline.title == "Story 1 (updated)"
    assert stored.headline.read and stored.headline.bookmarked
    assert stored.article is not None and stored.article.text == "New body"


def test_a_failing_batch_stores_nothing(store: Store) -> None:
    """One transaction per batch: an error half-way leaves no partial batch behind."""
    feed = store.add_feed("https://example.com/feed")

    broken = _entry(3, published="not a datetime")  # fails inside the transaction
    items = [_incoming(1), _incoming(2), IncomingArticle(broken)]
    with pytest.raises(AttributeError):
        store.store_entries(feed.id, items)
    assert store.count_articles() == 0


def test_untrusted_strings_are_sanitised_on_the_way_in(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    entry = _entry(1, title="Evil \x1b]0;owned\x07title [bold]x[/]", url="javascript:alert(1)")
    article_id = store.store_entries(feed.id, [IncomingArticle(entry)]).new_ids[0]
    headline = store.get_headline(article_id)
    assert headline.title == "Evil title [bold]x[/]"
    assert headline.url is None


def test_killed_writer_leaves_committed_data_and_no_partial_transaction(tmp_path: Path) -> None:
    """SIGKILL in the middle of a transaction: the committed batch stays, the open one vanishes."""
    path = tmp_path / "news.db"
    script = textwrap.dedent(
        f"""
        import sys, time
        from datetime import datetime, UTC
        from newsreader.store import Store, IncomingArticle
        from newsreader.models import ParsedEntry
        store = Store({str(path)!r})
        feed = store.add_feed("https://example.com/feed")
        entries = [IncomingArticle(ParsedEntry(guid=f"a{{i}}", url=None, title=f"A {{i}}")) for i in range(50)]
        store.store_entries(feed.id, entries)
        with store._write() as db:
            for i in range(5000):
                db.execute(
                    "INSERT INTO articles (feed_id, guid, title, sort_at, fetched_at) VALUES (?, ?, ?, ?, ?)",
                    (feed.id, f"b{{i}}", f"B {{i}}", "2024", "2024"),
                )
            print("inside", flush=True)
            time.sleep(60)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inside"
        child.kill()
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    with Store(path) as store:
        assert store._read_one("PRAGMA integrity_check")[0] == "ok"  # type: ignore[index]
        assert store.count_articles() == 50
        assert all(h.title.startswith("A ") for h in store.list_headlines())


def test_reader_reads_while_another_connection_writes(tmp_path: Path) -> None:
    """WAL: the app keeps reading while a refresh holds the write lock."""
    path = tmp_path / "news.db"
    writer = Store(path)
    feed = writer.add_feed("https://example.com/feed")
    writer.store_entries(feed.id, [_incoming(1)])
    reader = Store(path)
    with writer._write() as db:
        db.execute("UPDATE articles SET title = 'changing'")
        headlines = reader.list_headlines()
        assert [h.title for h in headlines] == ["Story number 1"]
    assert reader.list_headlines()[0].title == "changing"


def test_full_text_search_ranks_and_filters(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    ids = store.store_entries(
        feed.id,
        [
            _incoming(1, text="The harbour bridge will be repaired, the council said."),
            _incoming(
                2, text="Blinken visits Beijing; Blinken raises concerns.", title="Blinken in China"
            ),
            _incoming(3, text="Weather: rain in the Loire valley."),
        ],
    ).new_ids
    hits = store.search("blinken")
    assert [hit.headline.id for hit in hits] == [ids[1]]
    assert "\x02Blinken\x03" in hits[0].snippet
    assert [h.headline.id for h in store.search("Blink")] == [ids[1]]  # prefix while typing
    assert [h.headline.id for h in store.search('"harbour bridge"')] == [ids[0]]
    store.set_read([ids[1]])
    assert store.search("blinken", ArticleFilter(unread=True)) == []


@pytest.mark.parametrize(
    "query", ["AND OR NOT", '"unbalanced', "a:b", "(((", "-x", "*", "   ", "NEAR(a b)"]
)
def test_search_never_breaks_on_fts_syntax(store: Store, query: str) -> None:
    """Whatever a person types, the query sent to FTS5 is well-formed (balanced quotes)."""
    assert store.search(query) == []
    assert fts_query(query).count('"') % 2 == 0


def test_bookmarks_and_saved_survive_feed_removal_and_pruning(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    old = NOW - timedelta(days=400)
    ids = store.store_entries(
        feed.id, [_incoming(n, published=old) for n in range(1, 5)], fetched_at=old
    ).new_ids
    store.bookmark(ids[0])
    article = Article.from_blocks([Block("paragraph", "kept text")], title="kept")
    store.save_offline(ids[1], article, [Entity(0, 4, "kept", "other")], [], "feed")
    assert store.prune(max_age_days=30, max_per_feed=100) == 2
    store.remove_feed(feed.id)
    remaining = {h.id for h in store.list_headlines()}
    assert remaining == {ids[0], ids[1]}
    assert store.get_article(ids[1]).article == article
    with pytest.raises(NotFound):
        store.get_feed(feed.id)


def test_prune_keeps_newest_per_feed(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    store.store_entries(feed.id, [_incoming(n) for n in range(1, 11)])
    assert store.prune(max_age_days=100000, max_per_feed=3, now=NOW) == 7
    assert [h.title for h in store.list_headlines()] == [f"Story number {n}" for n in (1, 2, 3)]


def test_saved_copy_wins_and_replacing_it_is_atomic(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    article_id = store.store_entries(feed.id, [_incoming(1)]).new_ids[0]
    saved = Article.from_blocks([Block("paragraph", "Saved body")], title="Saved")
    store.save_offline(article_id, saved, [], [Quote(0, 5, "Saved", "me")], "page")
    with pytest.raises(StoreError):
        store.save_offline(article_id, saved, [], [], "nonsense")
    stored = store.get_article(article_id)
    assert stored.article == saved and stored.quotes[0].speaker == "me"
    assert stored.headline.saved


def test_entity_index_finds_articles_mentioning(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    first, second = store.store_entries(feed.id, [_incoming(1), _incoming(2)]).new_ids
    article = Article.from_blocks([Block("paragraph", "Antony Blinken spoke.")])
    store.set_extracted(
        first, article, [Entity(0, 14, "Antony Blinken", "person", "Antony Blinken")], [], True
    )
    assert [h.id for h in store.list_headlines(ArticleFilter(mentioning="antony blinken"))] == [
        first
    ]
    assert second not in {
        h.id for h in store.list_headlines(ArticleFilter(mentioning="Antony Blinken"))
    }


def test_fetch_outcomes_are_recorded(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    store.record_fetch(feed.id, FetchOutcome(etag='"v1"', title="Example \x1b[1mNews"))
    updated = store.get_feed(feed.id)
    assert updated.etag == '"v1"' and updated.title == "Example News" and updated.last_error is None
    store.record_fetch(feed.id, FetchOutcome(error="HTTP 500"))
    assert store.get_feed(feed.id).last_error == "HTTP 500"
    assert store.get_feed(feed.id).etag == '"v1"'
    store.record_fetch(feed.id, FetchOutcome(new_url="https://example.com/moved"))
    assert store.get_feed(feed.id).url == "https://example.com/moved"


def test_find_feed_by_id_url_or_title(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed", "Example")
    assert store.find_feed(str(feed.id)) == feed
    assert store.find_feed("https://example.com/feed").id == feed.id
    assert store.find_feed("example").id == feed.id
    with pytest.raises(NotFound):
        store.find_feed("nothing")


def test_read_later_dedupes_by_url(store: Store) -> None:
    article = Article.from_blocks([Block("paragraph", "text")], title="Page")
    first = store.add_read_later("https://example.com/p", article, [], [])
    second = store.add_read_later("https://example.com/p", article, [], [])
    assert first == second
    assert [h.feed_title for h in store.list_headlines(ArticleFilter(read_later=True))] == [
        "Read later"
    ]


def test_version_one_database_migrates_forward_keeping_data(tmp_path: Path) -> None:
    """A database written by schema v1 is upgraded in place, its rows untouched."""
    from newsreader.store.schema import MIGRATIONS, _split_statements

    path = tmp_path / "v1.db"
    db = sqlite3.connect(path)
    for statement in _split_statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO feeds (url, title, created_at) VALUES ('https://old.example/feed', 'Old', '2024')"
    )
    db.commit()
    db.close()
    with Store(path) as store:
        assert [feed.title for feed in store.list_feeds()] == ["Old"]
        assert store._read_one("PRAGMA user_version")[0] == SCHEMA_VERSION  # type: ignore[index]
        indexes = {
            row["name"] for row in store._read("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert "articles_feed_read" in indexes


@pytest.mark.parametrize(
    ("text", "words", "title", "expected"),
    [
        ("The minister spoke.", ["minist"], "", "The \x02minister\x03 spoke."),
        ("Nothing here.", ["bridge"], "Bridge repairs", "\x02Bridge\x03 repairs"),
        ("", ["x"], "", ""),
        ("word " * 100 + "target here", ["target"], "", None),
    ],
)
def test_snippets_mark_prefix_matches(
    text: str, words: list[str], title: str, expected: str | None
) -> None:
    from newsreader.store.library import make_snippet

    snippet = make_snippet(text, words, title=title)
    if expected is not None:
        assert snippet == expected
    else:  # a late match is windowed, with an ellipsis where text was cut
        assert snippet.startswith("…") and "\x02target\x03" in snippet and len(snippet) < 200


def test_read_only_database_gives_a_clear_message_and_keeps_data(store: Store) -> None:
    """A write to a read-only database fails with advice, and nothing stored is lost."""
    feed = store.add_feed("https://example.com/feed")
    article_id = store.store_entries(feed.id, [_incoming(1)]).new_ids[0]
    store._db.execute("PRAGMA query_only = ON")  # what a read-only file or folder does to writes
    with pytest.raises(StoreError, match="read-only; nothing was changed"):
        store.bookmark(article_id)
    store._db.execute("PRAGMA query_only = OFF")
    assert store.get_headline(article_id).title == "Story number 1"


def test_full_disk_gives_a_clear_message_and_rolls_back(store: Store) -> None:
    """Running out of space mid-save rolls the save back and says the disk is full."""
    feed = store.add_feed("https://example.com/feed")
    article_id = store.store_entries(feed.id, [_incoming(1)]).new_ids[0]
    pages = store._read_one("PRAGMA page_count")[0]  # type: ignore[index]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    huge = Article.from_blocks([Block("paragraph", "x" * 2_000_000)], title="big")
    with pytest.raises(StoreError, match="full; nothing was changed"):
        store.save_offline(article_id, huge, [], [], "page")
    assert not store.is_saved(article_id)


def test_ids_are_never_reused_after_deletion(store: Store) -> None:
    """A script's article id never comes to mean another article."""
    feed = store.add_feed("https://example.com/feed")
    first = store.store_entries(feed.id, [_incoming(1), _incoming(2)]).new_ids
    store.remove_feed(feed.id)
    again = store.add_feed("https://example.com/feed")
    assert again.id != feed.id
    second = store.store_entries(again.id, [_incoming(1), _incoming(2)]).new_ids
    assert not set(first) & set(second)


def test_resubscribing_takes_back_kept_articles(store: Store) -> None:
    """Bookmarked articles of a removed feed rejoin it when it is added again, not duplicated."""
    feed = store.add_feed("https://example.com/feed")
    kept, _dropped = store.store_entries(feed.id, [_incoming(1), _incoming(2)]).new_ids
    store.bookmark(kept)
    store.remove_feed(feed.id)
    assert store.get_headline(kept).feed_id is None
    again = store.add_feed("https://example.com/feed", "Example")
    assert store.get_headline(kept).feed_id == again.id
    result = store.store_entries(again.id, [_incoming(1), _incoming(2)])
    assert len(result.new_ids) == 1 and kept not in result.new_ids
    assert store.count_articles() == 2


def test_undated_items_with_one_title_stay_separate(store: Store) -> None:
    """Items sharing a title ("Weather update") but with their own guids are all kept."""
    feed = store.add_feed("https://example.com/feed")
    items = [
        IncomingArticle(
            ParsedEntry(guid=f"w{n}", url=None, title="Weather update", summary=f"Day {n}")
        )
        for n in range(3)
    ]
    assert len(store.store_entries(feed.id, items).new_ids) == 3
    assert store.store_entries(feed.id, items).new_ids == []


def test_future_dates_do_not_pin_an_article_to_the_top(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    future = datetime(2099, 1, 1, tzinfo=UTC)
    ids = store.store_entries(
        feed.id,
        [_incoming(1, published=future), _incoming(2, published=NOW)],
        fetched_at=NOW + timedelta(hours=1),
    ).new_ids
    assert [h.id for h in store.list_headlines()] == ids  # the future one sorts at fetch time
    assert store.get_headline(ids[0]).published == future  # its date is kept as given


def test_mentioning_matches_a_surname(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    (article_id,) = store.store_entries(feed.id, [_incoming(1)]).new_ids
    article = Article.from_blocks([Block("paragraph", "Angela Merkel spoke.")])
    store.set_extracted(
        article_id, article, [Entity(0, 13, "Angela Merkel", "person", "Angela Merkel")], [], True
    )
    assert [h.id for h in store.list_headlines(ArticleFilter(mentioning="merkel"))] == [article_id]
    assert store.list_headlines(ArticleFilter(mentioning="erkel")) == []
    assert store.list_headlines(ArticleFilter(mentioning="%")) == []


def test_items_with_nothing_but_a_title_are_not_duplicated_on_refresh(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    bare = [IncomingArticle(ParsedEntry(guid=None, url=None, title="Only a title", summary="s"))]
    assert len(store.store_entries(feed.id, bare).new_ids) == 1
    assert store.store_entries(feed.id, bare).new_ids == []


def test_prune_spares_old_items_fetched_recently(store: Store) -> None:
    """An archive feed's old items, fetched today, are not deleted (and re-fetched as new)."""
    feed = store.add_feed("https://example.com/feed")
    old = NOW - timedelta(days=400)
    store.store_entries(feed.id, [_incoming(1, published=old)], fetched_at=NOW)
    assert store.prune(max_age_days=30, max_per_feed=100, now=NOW) == 0
    assert store.prune(max_age_days=30, max_per_feed=100, now=NOW + timedelta(days=31)) == 1


def test_search_or_finds_either_side(store: Store) -> None:
    feed = store.add_feed("https://example.com/feed")
    ids = store.store_entries(
        feed.id,
        [
            _incoming(1, text="Shelling reported in Kyiv overnight."),
            _incoming(2, text="Trains to Kiev resumed, officials said."),
            _incoming(3, text="Rain in the Loire valley."),
        ],
    ).new_ids
    assert {h.headline.id for h in store.search("Kyiv OR Kiev")} == {ids[0], ids[1]}
    assert {h.headline.id for h in store.search("Kyiv OR Loire valley")} == {ids[0], ids[2]}
    assert store.search("Kyiv Kiev") == []  # side by side, both must match
    assert {h.headline.id for h in store.search("kyiv or kiev")} == set()  # `or` is a word


def test_search_finds_articles_by_author(store: Store) -> None:
    """Authors are searched too (word starts, not inside words), ahead of text matches."""
    from dataclasses import replace as replaced

    feed = store.add_feed("https://example.com/feed")
    by_her = _incoming(1, text="The harbour bridge will be repaired.")
    by_her = replaced(by_her, entry=replaced(by_her.entry, author="Rosemary Okafor"))
    other = _incoming(2, text="Okafor was not available for comment.")
    ids = store.store_entries(feed.id, [by_her, other]).new_ids
    assert [h.headline.id for h in store.search("okafor")] == [ids[0], ids[1]]
    assert [h.headline.id for h in store.search("Rosemary")] == [ids[0]]
    assert store.search("mary") == []
    assert store.search("okafor", ArticleFilter(feed_id=feed.id + 99)) == []

"""Filter rules: hide or mark read what a refresh brings in; kept articles are never touched."""

from __future__ import annotations

from pathlib import Path

from newsreader.config import FilterRule
from newsreader.filters import apply_filters, rule_matches
from newsreader.models import Article, Block, ParsedEntry
from newsreader.store import ArticleFilter, IncomingArticle, Store


def _incoming(n: int, title: str, author: str | None = None, text: str = "") -> IncomingArticle:
    article = Article.from_blocks([Block("paragraph", text or f"Body {n}.")], title=title)
    return IncomingArticle(ParsedEntry(f"g{n}", f"https://x.example/{n}", title, author), article)


def test_rules_match_fields_case_insensitively() -> None:
    fields = {"title": "Sponsored: buy now", "author": "AP Staff", "feed": "Wire", "text": "x"}
    assert rule_matches(FilterRule("title", "hide", contains="sponsored"), fields)
    assert rule_matches(FilterRule("author", "read", matches=r"^ap\b"), fields)
    assert rule_matches(FilterRule("any", "hide", contains="wire"), fields)
    assert not rule_matches(FilterRule("text", "hide", contains="sponsored"), fields)


def test_apply_hides_and_marks_read_only_new_unkept_articles(tmp_path: Path) -> None:
    store = Store(tmp_path / "n.db")
    feed = store.add_feed("https://x.example/feed", "Wire")
    (old,) = store.store_entries(feed.id, [_incoming(1, "Sponsored: older")]).new_ids
    first_new = store.max_article_id()
    ids = store.store_entries(
        feed.id,
        [
            _incoming(2, "Sponsored: a deal"),
            _incoming(3, "Match report", author="AP Staff"),
            _incoming(4, "Sponsored but starred"),
            _incoming(5, "Bridge reopens", text="The bridge reopened."),
        ],
    ).new_ids
    store.bookmark(ids[2])
    rules = (
        FilterRule("title", "hide", contains="sponsored"),
        FilterRule("author", "read", matches=r"^AP\b"),
    )
    outcome = apply_filters(store, rules, first_new)
    assert (outcome.hidden, outcome.marked_read) == (1, 1)
    assert outcome.describe() == "Filters hid 1, marked 1 read"
    listed = {h.id for h in store.list_headlines(ArticleFilter())}
    assert listed == {old, ids[1], ids[2], ids[3]}  # the hidden one is in no view
    assert store.get_headline(ids[1]).read and not store.get_headline(ids[3]).read
    assert store.search("deal") == []
    assert store.count_articles(ArticleFilter(unread=True)) == 3
    (listed_feed,) = store.list_feeds()
    assert (listed_feed.unread, listed_feed.total) == (3, 4)  # `feeds` counts no hidden one
    store.close()

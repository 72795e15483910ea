"""OPML import (folders, duplicates, bad entries, one transaction) and export round trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.feeds.discover import find_feed_links
from newsreader.feeds.opml import OpmlError, parse_opml, write_opml
from newsreader.store import Store

DATA = Path(__file__).parent.parent / "data" / "feeds"


def test_import_keeps_folders_and_reports_bad_entries() -> None:
    document = parse_opml((DATA / "subscriptions.opml").read_bytes())
    assert [(e.url, e.title, e.folder) for e in document.entries] == [
        ("https://feeds.arstechnica.com/arstechnica/index", "Ars Technica", "Tech"),
        ("https://hnrss.org/frontpage", "HN", "Tech"),
        ("https://nested.example.com/feed", "Nested", "Tech/Deep"),
        ("https://top.example.com/rss", "Top level", None),
        ("https://hnrss.org/frontpage", "Duplicate of HN", None),
    ]
    assert len(document.problems) == 2
    assert all("not an http(s) feed URL" in p for p in document.problems)


def test_store_import_skips_duplicates_in_one_transaction() -> None:
    store = Store(":memory:")
    store.add_feed("https://top.example.com/rss", "Already here")
    document = parse_opml((DATA / "subscriptions.opml").read_bytes())
    added, skipped = store.import_feeds([(e.url, e.title, e.folder) for e in document.entries])
    assert [f.url for f in added] == [
        "https://feeds.arstechnica.com/arstechnica/index",
        "https://hnrss.org/frontpage",
        "https://nested.example.com/feed",
    ]
    assert skipped == ["https://top.example.com/rss", "https://hnrss.org/frontpage"]
    assert store.find_feed("https://top.example.com/rss").title == "Already here"


def test_store_import_is_all_or_nothing() -> None:
    store = Store(":memory:")
    from newsreader.store import StoreError

    with pytest.raises(StoreError):
        # A None URL violates NOT NULL half-way through: nothing may stay behind.
        store.import_feeds([("https://a.example/feed", "A", None), (None, "B", None)])  # type: ignore[list-item]
    assert store.list_feeds() == []


def test_export_round_trips_folders_and_titles() -> None:
    store = Store(":memory:")
    a = store.add_feed("https://a.example/feed", "Alpha & <Omega>", "News")
    store.add_feed("https://b.example/feed", "Beta", None)
    store.add_feed("https://c.example/feed", "Gamma", "Tech/Deep")
    store.rename_feed(a.id, "Alpha renamed")
    text = write_opml(store.list_feeds())
    again = parse_opml(text.encode())
    assert again.problems == []
    assert sorted((e.url, e.title, e.folder) for e in again.entries) == [
        ("https://a.example/feed", "Alpha renamed", "News"),
        ("https://b.example/feed", "Beta", None),
        ("https://c.example/feed", "Gamma", "Tech/Deep"),
    ]


@pytest.mark.parametrize(
    "data",
    [b"", b"not xml", b"<html><body/></html>", b"<opml version='2.0'><head/></opml>"],
    ids=["empty", "text", "html", "no-body"],
)
def test_not_opml_is_an_error(data: bytes) -> None:
    with pytest.raises(OpmlError):
        parse_opml(data)


def test_opml_with_entity_expansion_does_not_expand() -> None:
    data = b"""<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<opml version="2.0"><body><outline text="x&b;" xmlUrl="https://x.example/feed"/></body></opml>"""
    try:
        document = parse_opml(data)
    except OpmlError:
        return
    assert "aaaa" not in repr(document)


def test_titles_from_opml_are_sanitised() -> None:
    # XML 1.0 cannot carry ESC at all; a bidi override and a C1 CSI are legal XML.
    data = '<opml version="2.0"><body><outline text="Evil\u202e [bold]title[/bold] \x9b31m" xmlUrl="https://e.example/feed"/></body></opml>'.encode()
    [entry] = parse_opml(data).entries
    assert entry.title == "Evil [bold]title[/bold]"  # markup stays text: the UI never parses it
    store = Store(":memory:")
    [feed], _ = store.import_feeds([(entry.url, entry.title, entry.folder)])
    assert feed.title == "Evil [bold]title[/bold]"


def test_discovery_finds_alternate_feed_links_only() -> None:
    links = find_feed_links(
        (DATA / "page-with-feeds.html").read_bytes(), "https://blog.example.com/posts/"
    )
    assert [(link.url, link.title) for link in links] == [
        ("https://blog.example.com/feed.xml", "Posts"),
        ("https://blog.example.com/comments.atom", "Comments"),
    ]


def test_export_leaves_out_the_bundled_sample_feed() -> None:
    """`newsreader:sample` is not an address another reader (or our import) can use."""
    from newsreader.feeds.opml import write_opml
    from newsreader.models import Feed

    text = write_opml([Feed(1, "newsreader:sample", "sample"), Feed(2, "https://a.example/rss", "A")])
    assert "newsreader:sample" not in text and "https://a.example/rss" in text

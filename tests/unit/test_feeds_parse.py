"""Parsing each feed format into ParsedFeed: titles, links, dates (UTC), enclosures."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsreader.feeds.parse import NotAFeed, ParseError, parse_feed
from newsreader.models import Enclosure

DATA = Path(__file__).parent.parent / "data" / "feeds"


def parse(name: str, url: str = "https://feeds.example.net/feed") -> object:
    return parse_feed((DATA / name).read_bytes(), url)


def test_rss091_latin1_relative_link_and_html_in_description() -> None:
    feed = parse("rss091.xml", "http://example.org/rss.xml")
    assert feed.title == "Café News 0.91"
    [entry] = feed.entries
    assert entry.title == "Crème brûlée"
    assert entry.url == "http://example.org/recipes/creme-brulee"
    assert "<b>du jour</b>" in entry.summary


def test_rss092_untitled_item_keeps_enclosure() -> None:
    [entry] = parse("rss092.xml").entries
    assert entry.title == ""
    assert entry.enclosures == (
        Enclosure("http://radio.example.net/shows/1.mp3", "audio/mpeg", 12216320),
    )


def test_rss10_rdf_content_author_and_offset_date() -> None:
    feed = parse("rss10.rdf")
    assert feed.title == "RDF Site"
    [entry] = feed.entries
    assert entry.url == "http://rdf.example.com/a"
    assert entry.author == "Dee Creator"
    assert "<em>content</em>" in entry.content
    assert entry.summary == "Short description"
    assert entry.published == datetime(2023, 5, 6, 5, 8, 9, tzinfo=UTC)


def test_rss20_guid_relative_links_dates_and_enclosure() -> None:
    feed = parse("rss20.xml", "https://twenty.example.com/feed.xml")
    first, second = feed.entries
    assert first.guid == "twenty-1"
    assert first.title == "First & foremost"
    assert first.url == "https://twenty.example.com/2024/first"
    assert first.author == "Ann Author"
    # EST is UTC-5: 04:00 EST is 09:00 UTC.
    assert first.published == datetime(2003, 6, 10, 9, 0, tzinfo=UTC)
    assert "whole story" in first.content
    assert first.enclosures == (
        Enclosure("https://twenty.example.com/media/first.jpg", "image/jpeg", 1234),
    )
    assert second.published == datetime(2002, 10, 2, 13, 0, tzinfo=UTC)
    assert second.summary == "Plain text body"


def test_atom03() -> None:
    feed = parse("atom03.xml")
    assert feed.title == "Old Atom"
    [entry] = feed.entries
    assert entry.url == "http://atom03.example.org/2004/01/02/entry"
    assert entry.guid == "tag:atom03.example.org,2004:1"
    assert entry.author == "Otto Old"
    assert entry.published == datetime(2004, 1, 2, 10, 0, tzinfo=UTC)
    assert "Atom zero three" in (entry.content or entry.summary)


def test_atom10_html_title_is_plain_text_and_dates_are_utc() -> None:
    feed = parse("atom10.xml")
    assert feed.title == "Atom One"
    assert feed.site_url == "https://atom.example.com/"
    [entry] = feed.entries
    assert entry.published == datetime(2024, 3, 1, 4, 30, tzinfo=UTC)
    assert entry.updated == datetime(2024, 3, 1, 1, 0, tzinfo=UTC)
    assert entry.published.tzinfo is UTC
    assert entry.summary == "Atom summary"
    assert "<i>content</i>" in entry.content
    # fastfeedparser drops an Atom enclosure's length; the link and type are what matter.
    [enclosure] = entry.enclosures
    assert (enclosure.url, enclosure.media_type) == (
        "https://atom.example.com/audio/1.ogg",
        "audio/ogg",
    )


def test_atom_xml_base_resolves_entry_links() -> None:
    [entry] = parse("atom-xmlbase.xml", "https://elsewhere.example.com/feed").entries
    assert entry.url == "http://base.example.org/blog/2024/post.html"
    assert "http://base.example.org/blog/2024/other.html" in (entry.content or entry.summary)


def test_json_feed_10_text_content_author_attachment_and_relative_url() -> None:
    feed = parse("jsonfeed10.json", "https://json.example.org/feed.json")
    assert feed.title == "JSON One"
    [entry] = feed.entries
    assert entry.url == "https://json.example.org/posts/1"
    assert entry.author == "Feed Author"
    assert entry.content == "<p>Para one.</p><p>Para &lt;two&gt;.</p>"
    assert entry.published == datetime(2020, 8, 7, 18, 44, 36, tzinfo=UTC)
    assert entry.enclosures == (Enclosure("https://json.example.org/a.mp3", "audio/mpeg", 42),)


def test_json_feed_11_authors_and_external_url() -> None:
    [entry] = parse("jsonfeed11.json").entries
    assert entry.guid == "2"
    assert entry.url == "https://elsewhere.example.com/x"
    assert entry.author == "A One, B Two"
    assert entry.updated == datetime(2021, 1, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "titles"),
    [
        ("real/newsboat-rss092_1.xml", ["1 < 2", "A second item"]),
        ("real/newsboat-atom10_1.xml", ["A gentle introduction to Atom testing"]),
        ("real/rss-parser-heraldsun.rss", None),
        ("real/feedjira-Permalinks.xml", None),
        ("real/newsboat-rss_091_with_bracket_author.xml", None),
    ],
)
def test_real_feeds_parse(name: str, titles: list[str] | None) -> None:
    feed = parse(name)
    assert feed.entries
    if titles:
        assert [e.title for e in feed.entries][: len(titles)] == titles


def test_real_json_feed_authors_legacy_and_modern() -> None:
    entries = parse("real/netnewswire-authors.json").entries
    assert [e.author for e in entries] == [
        "Root Author 1, Root Author 2",
        "Legacy Item Author",
        "Item Author 1, Item Author 2",
        "Item Author 1, Item Author 2",
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue, 10 Jun 2003 04:00:00 GMT", datetime(2003, 6, 10, 4, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 +0200", datetime(2003, 6, 10, 2, tzinfo=UTC)),
        ("Tue, 10 Jun 2003 04:00:00 PDT", datetime(2003, 6, 10, 11, tzinfo=UTC)),
        ("2003-06-10T04:00:00Z", datetime(2003, 6, 10, 4, tzinfo=UTC)),
        ("2003-06-10T04:00:00.123+01:00", datetime(2003, 6, 10, 3, 0, 0, 123000, tzinfo=UTC)),
        ("2003-06-10", datetime(2003, 6, 10, tzinfo=UTC)),
        ("10 Jun 2003 04:00 GMT", datetime(2003, 6, 10, 4, tzinfo=UTC)),
        ("2003-06-10 04:00:00", datetime(2003, 6, 10, 4, tzinfo=UTC)),
        ("not a date", None),
        ("", None),
    ],
)
def test_dates_normalised_to_utc(raw: str, expected: datetime | None) -> None:
    from newsreader.feeds.util import to_utc

    assert to_utc(raw) == expected
    # and through each parser path: RSS (fast) and with xml:base (robust)
    for base in ("", ' xml:base="http://x.example/"'):
        document = (
            f'<rss version="2.0"{base}><channel><title>d</title><item><title>t</title>'
            f"<guid>g</guid><pubDate>{raw}</pubDate></item></channel></rss>"
        ).encode()
        [entry] = parse_feed(document, "http://x.example/f").entries
        assert entry.published == expected, (raw, base)


def test_html_page_is_not_a_feed_and_keeps_the_page() -> None:
    page = (DATA / "page-with-feeds.html").read_bytes()
    with pytest.raises(NotAFeed) as raised:
        parse_feed(page, "https://blog.example.com/")
    assert raised.value.page == page


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b"just some text",
        b"{not json",
        b'{"no": "items"}',
        b"<?xml version='1.0'?><unrelated/>",
    ],
)
def test_non_feeds_raise_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError):
        parse_feed(data, "https://x.example/")


def test_max_entries_keeps_the_first() -> None:
    items = "".join(f"<item><title>{i}</title><guid>{i}</guid></item>" for i in range(50))
    document = f'<rss version="2.0"><channel><title>m</title>{items}</channel></rss>'.encode()
    feed = parse_feed(document, "http://x.example/", max_entries=10)
    assert [e.title for e in feed.entries] == [str(i) for i in range(10)]


def test_dates_the_fast_path_cannot_read_go_to_feedparser() -> None:
    document = (
        b'<rss version="2.0"><channel><title>d</title><pubDate>whenever</pubDate>'
        b"<item><title>a</title><guid>a</guid><pubDate>20030610T040000Z</pubDate></item>"
        b"<item><title>b</title><guid>b</guid><pubDate>Tue, 10 Jun 2003 05:00:00 GMT</pubDate></item>"
        b"</channel></rss>"
    )
    first, second = parse_feed(document, "http://d.example/").entries
    assert first.published == datetime(2003, 6, 10, 4, tzinfo=UTC)
    assert second.published == datetime(2003, 6, 10, 5, tzinfo=UTC)


def test_undated_items_alone_stay_on_the_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsreader.feeds.parse as parse_module

    def refuse(*args: object) -> None:
        raise AssertionError("feedparser should not be needed")

    monkeypatch.setattr(parse_module, "_parse_robust", refuse)
    items = "".join(f"<item><title>{i}</title><guid>{i}</guid></item>" for i in range(5))
    document = f'<rss version="2.0"><channel><title>u</title><lastBuildDate>Tue, 10 Jun 2003 05:00:00 GMT</lastBuildDate>{items}</channel></rss>'
    assert len(parse_feed(document.encode(), "http://u.example/").entries) == 5


def test_entries_over_the_cap_are_counted_on_every_path() -> None:
    """RSS (fast path), RSS 1.0 (feedparser) and JSON Feed all say how many they left out."""
    items = "".join(f"<item><title>{i}</title><guid>{i}</guid></item>" for i in range(12))
    rss = f'<rss version="2.0"><channel><title>m</title>{items}</channel></rss>'.encode()
    rdf_items = "".join(
        f'<item rdf:about="http://x.example/{i}"><title>{i}</title>'
        f"<link>http://x.example/{i}</link></item>"
        for i in range(12)
    )
    rdf = (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="http://x.example/">'
        f"<title>r</title></channel>{rdf_items}</rdf:RDF>"
    ).encode()
    json_feed = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "j", "items": ['
        + ",".join(f'{{"id": "{i}", "title": "{i}"}}' for i in range(12))
        + "]}"
    ).encode()
    for document in (rss, rdf, json_feed):
        capped = parse_feed(document, "http://x.example/", max_entries=10)
        assert (len(capped.entries), capped.dropped) == (10, 2)
        assert parse_feed(document, "http://x.example/", max_entries=12).dropped == 0
        assert parse_feed(document, "http://x.example/").dropped == 0

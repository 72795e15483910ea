"""Hostile feed documents: each parses to a safe result or a clear ParseError, quickly."""

from __future__ import annotations

import resource
import time

import pytest

from newsreader.feeds.parse import ParseError, parse_feed
from newsreader.feeds.screen import screen_xml

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs &lol9;</title>
<item><title>Item &lol9;</title><guid>1</guid><description>&lol9;</description></item>
</channel></rss>"""

QUADRATIC = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "'
    + b"A" * 100_000
    + b'">]><rss version="2.0"><channel><title>q</title><item><title>quad</title><guid>1</guid><description>'
    + b"&a;" * 20_000
    + b"</description></item></channel></rss>"
)

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "http://127.0.0.1:9/x">]>
<rss version="2.0"><channel><title>x&xxe;</title>
<item><title>t&xxe;&net;</title><guid>1</guid><description>&xxe;</description></item></channel></rss>"""

PARAMETER_XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote;]>
<rss version="2.0"><channel><title>p</title><item><title>t</title><guid>1</guid></item></channel></rss>"""

XINCLUDE = b"""<?xml version="1.0"?>
<rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><title>xi</title>
<item><title>t</title><guid>1</guid><description><xi:include href="file:///etc/passwd" parse="text"/></description></item>
</channel></rss>"""


def _all_text(feed: object) -> str:
    return repr(feed)


@pytest.mark.parametrize(
    "document",
    [LAUGHS, QUADRATIC, XXE, PARAMETER_XXE, XINCLUDE],
    ids=["billion-laughs", "quadratic", "xxe", "parameter-xxe", "xinclude"],
)
@pytest.mark.parametrize("xml_base", [False, True], ids=["fast", "robust"])
def test_entities_never_expand_or_read_files(document: bytes, xml_base: bool) -> None:
    if xml_base:  # xml:base sends the document down the feedparser path
        document = document.replace(
            b'<rss version="2.0"', b'<rss version="2.0" xml:base="http://b.example/"'
        )
    started = time.perf_counter()
    try:
        feed = parse_feed(document, "http://hostile.example/feed")
    except ParseError:
        return
    text = _all_text(feed)
    assert "root:" not in text  # /etc/passwd never read
    assert "lollollol" not in text
    assert "AAAAAAAAAA" * 100 not in text
    assert len(text) < 2 * len(document)  # nothing was amplified
    assert time.perf_counter() - started < 2


def test_screen_removes_doctype_but_keeps_the_document() -> None:
    screened = screen_xml(LAUGHS)
    assert b"<!DOCTYPE" not in screened and b"ENTITY" not in screened
    assert screened.rstrip().endswith(b"</rss>")


def test_doctype_inside_cdata_is_left_alone() -> None:
    document = b'<rss version="2.0"><channel><title>c</title><item><title>t</title><guid>1</guid><description><![CDATA[<!DOCTYPE html><p>x</p>]]></description></item></channel></rss>'
    assert screen_xml(document) == document


def test_utf16_document_is_transcoded_and_screened() -> None:
    text = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE rss [<!ENTITY e "boom">]><rss version="2.0"><channel><title>Ünïcode</title><item><title>t &e;</title><guid>1</guid></item></channel></rss>'
    feed = parse_feed(text.encode("utf-16"), "http://u.example/")
    assert feed.title == "Ünïcode"
    assert "boom" not in repr(feed)


def test_invalid_utf8_and_nul_bytes_still_parse() -> None:
    document = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bad \xff\xfe bytes\x00</title><item><title>It\x00em \xc3(</title><guid>1</guid><description>ok</description></item></channel></rss>'
    feed = parse_feed(document, "http://bad.example/")
    assert len(feed.entries) == 1
    assert "\x00" not in repr(feed)


def test_deeply_nested_xml_is_an_error_or_a_result_not_a_crash() -> None:
    depth = 100_000
    document = (
        b'<rss version="2.0"><channel><title>deep</title><item><title>t</title><guid>1</guid><description>'
        + b"<div>" * depth
        + b"x"
        + b"</div>" * depth
        + b"</description></item></channel></rss>"
    )
    try:
        feed = parse_feed(document, "http://deep.example/")
    except ParseError:
        return
    assert feed.title == "deep" or feed.entries


def test_twelve_megabyte_text_node() -> None:
    body = b"word " * (12_000_000 // 5)
    document = (
        b'<rss version="2.0"><channel><title>big</title><item><title>huge</title><guid>1</guid><description>'
        + body
        + b"</description></item></channel></rss>"
    )
    try:
        feed = parse_feed(document, "http://big.example/")
    except ParseError:
        return
    [entry] = feed.entries
    assert entry.title == "huge"


def test_hundred_thousand_items_parse_in_bounded_memory() -> None:
    item = b"<item><title>Item %d</title><link>http://many.example/%d</link><guid>%d</guid><description>Body of item %d</description></item>"
    items = b"".join(item % (i, i, i, i) for i in range(100_000))
    document = b'<rss version="2.0"><channel><title>many</title>' + items + b"</channel></rss>"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    feed = parse_feed(document, "http://many.example/feed", max_entries=500)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert len(feed.entries) == 500
    assert feed.entries[0].title == "Item 0"
    assert grown_mb < 500


def test_numeric_guid_is_not_taken_for_a_date() -> None:
    document = b'<rss version="2.0"><channel><title>g</title><item><title>t</title><guid>5</guid></item></channel></rss>'
    [entry] = parse_feed(document, "http://g.example/").entries
    assert entry.published is None


def test_javascript_and_data_links_are_kept_out_of_parsed_urls_by_the_store() -> None:
    """The parser keeps what the feed said; the store's sanitize_url drops the scheme."""
    from newsreader.store import IncomingArticle, Store

    document = b'<rss version="2.0"><channel><title>js</title><item><title>t</title><guid>1</guid><link>javascript:alert(1)</link><enclosure url="data:text/html,x" type="text/html"/></item></channel></rss>'
    feed = parse_feed(document, "http://js.example/feed")
    store = Store(":memory:")
    feed_id = store.add_feed("http://js.example/feed").id
    [article_id] = store.store_entries(feed_id, [IncomingArticle(e) for e in feed.entries]).new_ids
    headline = store.get_headline(article_id)
    assert headline.url is None

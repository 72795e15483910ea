"""A control-character reference in one item must not garble the rest of the feed."""

from __future__ import annotations

from newsreader.feeds.parse import parse_feed

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><guid>1</guid><title>One</title><description>&lt;p&gt;First item text.&lt;/p&gt;</description></item>
<item><guid>2</guid><title>Two &#27;[31mred</title><description>&lt;p&gt;Escape &#x1b;[2J here.&lt;/p&gt;</description></item>
<item><guid>3</guid><title>Three</title><description>&lt;p&gt;After the escape item, text here.&lt;/p&gt;</description></item>
</channel></rss>"""


def test_items_after_a_control_reference_keep_their_markup() -> None:
    parsed = parse_feed(FEED, "https://example.com/feed.xml", "application/rss+xml")
    assert [entry.guid for entry in parsed.entries] == ["1", "2", "3"]
    assert parsed.entries[2].summary == "<p>After the escape item, text here.</p>"
    assert "\x1b" not in parsed.entries[1].title and "\x1b" not in parsed.entries[1].summary

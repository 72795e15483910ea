"""Cleaning feed items: the fragment shortcut gives exactly what reading the page would."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

import newsreader.understand as understand
from newsreader.models import ParsedEntry
from newsreader.store.codec import article_to_json

PARAGRAPH = (
    "The harbour authority said on Monday that the new ferry terminal would open in spring, "
    "after two years of delays caused by flooding and a shortage of steel. "
)
BODIES = [
    f"<p>{PARAGRAPH * 3}</p><p>{PARAGRAPH}</p>",
    f'<p><img src="/pics/ferry.jpg" alt="The ferry"></p><p>{PARAGRAPH * 2}</p>',
    f'<div><p>{PARAGRAPH}</p><ul><li>one</li><li><a href="/x">two</a></li></ul></div>',
    f"<p>{PARAGRAPH}</p><p>Read more…</p>",
    "<p>Only a teaser.</p>",
]


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("url", ["https://port.example/news/ferry", None])
def test_fragment_shortcut_equals_reading_the_page(
    body: str, url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = ParsedEntry(guid="g", url=url, title="Ferry terminal", summary=body)
    fast = understand.clean_entry(entry, "https://port.example/feed.xml")
    assert understand._fragment_metadata(body, None) is not None
    monkeypatch.setattr(understand, "_fragment_metadata", lambda body, url: None)
    slow = understand.clean_entry(entry, "https://port.example/feed.xml")
    assert (fast and article_to_json(fast)) == (slow and article_to_json(slow))
    assert (fast and fast.canonical_url) == (slow and slow.canonical_url)


def test_a_fragment_with_page_markup_is_read_whole() -> None:
    """A date, byline or headline inside the item still fills what the feed left out."""
    body = (
        '<h1>Ferry terminal</h1><p class="byline">By <a rel="author">Ana Souza</a></p>'
        f'<time datetime="2026-03-02T10:00:00Z">2 March</time><p>{PARAGRAPH * 3}</p>'
    )
    assert understand._fragment_metadata(body, None) is None
    article = understand.clean_entry(ParsedEntry(guid="g", url=None, title="", summary=body))
    assert article is not None
    assert article.published == datetime(2026, 3, 2, 10, tzinfo=UTC)
    assert article.author == "Ana Souza"
    assert article.title == "Ferry terminal"

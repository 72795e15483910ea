"""What `add` accepts as a feed address, before any network is touched."""

from __future__ import annotations

import pytest

from newsreader.feeds.fetch import FetchError
from newsreader.feeds.subscribe import normalise_url


@pytest.mark.parametrize(
    ("typed", "url"),
    [
        ("example.com/feed.xml", "https://example.com/feed.xml"),
        ("http://localhost:8080/rss", "http://localhost:8080/rss"),
        ("http://127.0.0.1:9/feed", "http://127.0.0.1:9/feed"),
    ],
)
def test_accepted_addresses(typed: str, url: str) -> None:
    assert normalise_url(typed) == url


@pytest.mark.parametrize("typed", ["not a url", "foo", "javascript:alert(1)", "file:///etc/passwd", ""])
def test_refused_addresses(typed: str) -> None:
    with pytest.raises(FetchError):
        normalise_url(typed)

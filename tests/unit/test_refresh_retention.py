"""Refresh applies the retention settings: old unkept articles go, kept ones stay."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from newsreader.config import Retention, Settings
from newsreader.pipeline import refresh
from newsreader.store import ArticleFilter, Store


def _feed(*items: str) -> bytes:
    """Items dated by their letter: a is 1 Jan, b 2 Jan, …"""
    entries = "".join(
        f"<item><guid>{name}</guid><title>{name}</title>"
        f"<pubDate>{ord(name) - 96:02d} Jan 2024 12:00:00 GMT</pubDate></item>"
        for name in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{entries}</channel></rss>'.encode()


def test_refresh_keeps_at_most_the_configured_number_per_feed(tmp_path: Path) -> None:
    bodies = [_feed("a", "b"), _feed("c", "d")]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            stream=httpx.ByteStream(bodies.pop(0)),
            headers={"content-type": "application/rss+xml"},
        )

    store = Store(tmp_path / "news.db")
    feed = store.add_feed("https://example.com/feed.xml")
    settings = Settings(
        retention=Retention(max_age_days=100_000, max_per_feed=2), refresh_on_start=False
    )
    transport = httpx.MockTransport(handler)
    asyncio.run(refresh(store, settings, transport=transport, understand=False))
    kept = next(h for h in store.list_headlines() if h.title == "a")
    store.bookmark(kept.id)
    summary = asyncio.run(refresh(store, settings, transport=transport, understand=False))
    assert summary.new_articles == 2 and summary.pruned == 1
    titles = {h.title for h in store.list_headlines(ArticleFilter(feed_id=feed.id))}
    assert titles == {"a", "c", "d"}  # the two newest unkept stay; bookmarked "a" always

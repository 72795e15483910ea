"""Opening the store, and what a brand-new data directory starts with.

A first run must show real text with no network, so a small feed written by us ships in
the package and is stored (cleaned and analysed) when the database is created. A handful
of well-known public feeds are subscribed too; the user can remove them.
"""

from __future__ import annotations

import json
from datetime import datetime
from importlib import resources

from newsreader.models import ParsedEntry
from newsreader.paths import Paths
from newsreader.store import IncomingArticle, Store

SAMPLE_FEED_URL = "newsreader:sample"
"""Not an http(s) URL, so refresh never tries to fetch it."""

DEFAULT_SUBSCRIPTIONS: tuple[tuple[str, str], ...] = (
    ("https://feeds.bbci.co.uk/news/world/rss.xml", "BBC News – World"),
    ("https://feeds.npr.org/1001/rss.xml", "NPR News"),
    ("https://www.theguardian.com/world/rss", "The Guardian – World"),
    ("https://feeds.arstechnica.com/arstechnica/index", "Ars Technica"),
    ("https://hnrss.org/frontpage", "Hacker News"),
)


def sample_entries() -> list[ParsedEntry]:
    """The bundled sample feed (JSON Feed 1.1) as parsed entries."""
    raw = resources.files("newsreader").joinpath("data/sample-feed.json").read_text("utf-8")
    feed = json.loads(raw)
    entries: list[ParsedEntry] = []
    for item in feed["items"]:
        authors = item.get("authors") or []
        entries.append(
            ParsedEntry(
                guid=item["id"],
                url=item.get("url"),
                title=item.get("title", ""),
                author=authors[0]["name"] if authors else None,
                published=datetime.fromisoformat(item["date_published"]),
                content=item.get("content_html") or item.get("content_text") or "",
            )
        )
    return entries


def seed_store(store: Store, with_subscriptions: bool = True) -> None:
    """Subscribe the sample feed (with its articles cleaned and analysed) and the defaults."""
    from newsreader.understand import clean_entry, understand

    sample = store.add_feed(SAMPLE_FEED_URL, "newsreader sample", folder=None, fulltext="never")
    items: list[IncomingArticle] = []
    for entry in sample_entries():
        article = clean_entry(entry)
        if article is None:
            items.append(IncomingArticle(entry))
            continue
        understood = understand(article)
        items.append(
            IncomingArticle(
                entry, article, understood.entities, understood.quotes, fulltext_fetched=True
            )
        )
    store.store_entries(sample.id, items)
    if with_subscriptions:
        for url, title in DEFAULT_SUBSCRIPTIONS:
            store.add_feed(url, title, folder="News")


def open_store(paths: Paths, with_subscriptions: bool = True) -> Store:
    """Open the data directory's database, seeding it when it is brand new."""
    is_new = not paths.database.exists()
    store = Store(paths.database)
    if is_new:
        seed_store(store, with_subscriptions)
    return store

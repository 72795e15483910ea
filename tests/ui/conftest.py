"""Fixed data for the UI tests: a small store, a fixed clock, settings that never fetch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from newsreader.app.app import NewsReaderApp
from newsreader.config import Settings
from newsreader.models import Article, Block, Entity, ParsedEntry, Quote
from newsreader.paths import Paths
from newsreader.store import IncomingArticle, Store

FIXED_NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
UNTRUSTED_TITLE = "[bold]x[/] [@click=app.quit]click me[/] \x1b[31mred"


def fixed_clock() -> datetime:
    return FIXED_NOW


def _entities(text: str, names: list[tuple[str, str, str]]) -> list[Entity]:
    """Every occurrence of each (surface, kind, key) in `text`, as Entity spans."""
    found: list[Entity] = []
    for surface, kind, key in names:
        start = text.find(surface)
        while start >= 0:
            found.append(Entity(start, start + len(surface), surface, kind, key))  # type: ignore[arg-type]
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda e: e.start)


def rich_article(title: str) -> tuple[Article, list[Entity], list[Quote]]:
    """An analysed article with a heading, a quote block, a list and entity/quote spans."""
    article = Article.from_blocks(
        [
            Block(
                "paragraph",
                "Ada Lovelace met officials from the Analytical Society in London on Monday to discuss the engine.",
            ),
            Block("heading", "What was agreed", level=2),
            Block(
                "paragraph",
                '"The engine might compose elaborate pieces of music," Lovelace said, to murmurs in the room.',
            ),
            Block("quote", "We shall need a great deal more brass. — Charles Babbage"),
            Block("list_item", "Funding from the Analytical Society"),
            Block("list_item", "A workshop in London"),
            Block(
                "paragraph",
                "Babbage later told reporters the Society would meet again in Paris. Lovelace did not comment further.",
            ),
        ],
        title=title,
        author="Mary Somerville",
        site_name="World Wire",
    )
    text = article.text
    entities = _entities(
        text,
        [
            ("Ada Lovelace", "person", "Ada Lovelace"),
            ("Lovelace", "person", "Ada Lovelace"),
            ("Charles Babbage", "person", "Charles Babbage"),
            ("Analytical Society", "organization", "Analytical Society"),
            ("London", "place", "London"),
            ("Paris", "place", "Paris"),
        ],
    )
    # "Lovelace" also matches inside "Ada Lovelace": keep the longest span only.
    entities = [
        e
        for e in entities
        if not any(
            o is not e
            and o.start <= e.start
            and e.end <= o.end
            and (o.end - o.start) > (e.end - e.start)
            for o in entities
        )
    ]
    quote_text = "The engine might compose elaborate pieces of music,"
    start = text.find(quote_text)
    speaker_start = text.find("Lovelace said")
    quotes = [
        Quote(
            start,
            start + len(quote_text),
            quote_text,
            "Ada Lovelace",
            speaker_start,
            speaker_start + 8,
        )
    ]
    return article, entities, quotes


def build_store(path: Path, articles_per_feed: int = 6) -> Store:
    """Three feeds in two folders plus one loose feed, fixed titles and dates."""
    store = Store(path)
    feeds = [
        store.add_feed("https://world.example/feed", "World Wire", folder="News"),
        store.add_feed("https://tech.example/feed", "Tech Daily", folder="Tech"),
        store.add_feed("https://plain.example/feed", "Plain Feed", fulltext="never"),
    ]
    for feed_number, feed in enumerate(feeds):
        items: list[IncomingArticle] = []
        for number in range(articles_per_feed):
            published = FIXED_NOW - timedelta(hours=feed_number + number * 7)
            title = f"{feed.title} story {number + 1}: engines and societies"
            if feed_number == 2 and number == 0:
                title = UNTRUSTED_TITLE
            entry = ParsedEntry(
                guid=f"{feed.id}-{number}",
                url=f"https://{feed.title.split()[0].lower()}.example/{number}",
                title=title,
                author="Mary Somerville",
                published=published,
                content="<p>feed text</p>",
            )
            article, entities, quotes = rich_article(title)
            items.append(IncomingArticle(entry, article, entities, quotes, fulltext_fetched=True))
        store.store_entries(feed.id, items, fetched_at=FIXED_NOW)
    return store


def failing_transport() -> httpx.MockTransport:
    """A transport on which every request fails, as if offline."""

    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("offline", request=request)

    return httpx.MockTransport(handler)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths(
        config_dir=tmp_path / "config", data_dir=tmp_path / "data", cache_dir=tmp_path / "cache"
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    built = build_store(tmp_path / "test.db")
    yield built  # type: ignore[misc]
    built.close()


@pytest.fixture
def make_app(paths: Paths, store: Store) -> Callable[..., NewsReaderApp]:
    """An app over the fixed store that never refreshes on its own and never goes online."""

    def make(**overrides: object) -> NewsReaderApp:
        settings = overrides.pop("settings", Settings(refresh_on_start=False))
        transport = overrides.pop("transport", failing_transport())
        return NewsReaderApp(
            paths,
            settings,  # type: ignore[arg-type]
            store=store,
            transport=transport,  # type: ignore[arg-type]
            clock=fixed_clock,
            **overrides,  # type: ignore[arg-type]
        )

    return make

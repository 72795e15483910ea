"""Cleaning and analysing articles that refresh stored raw.

Refresh keeps only what the feed said (sanitised), so 500 feeds refresh in network time;
this pass turns those entries into cleaned, analysed articles. The CLI runs it right
after `refresh`; the app can run it in a thread worker, and `analyse_stored` does one
article on demand when it is opened first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence

from newsreader.config import Settings
from newsreader.models import Article, ParsedEntry, StoredArticle
from newsreader.pipeline.process import sanitize_article
from newsreader.store import Store

log = logging.getLogger(__name__)


def understand_one(store: Store, article_id: int, backend: str) -> StoredArticle:
    """Clean and analyse one stored article unless done; failures leave it pending."""
    from newsreader.understand import analyse, clean_entry

    stored = store.get_article(article_id)
    if stored.analysed:
        return stored
    article = stored.article
    if article is None:
        headline = stored.headline
        entry = ParsedEntry(
            guid=stored.guid,
            url=headline.url,
            title=headline.title,
            author=headline.author,
            published=headline.published,
            summary=stored.summary,
            content=stored.content,
        )
        article = clean_entry(entry) or Article(title=headline.title)
    article = sanitize_article(article)
    entities, quotes = analyse(article, backend)
    store.set_extracted(article_id, article, entities, quotes, stored.fulltext_fetched)
    return store.get_article(article_id)


def understand_pending_sync(
    store: Store,
    settings: Settings,
    feed_ids: Sequence[int] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Clean and analyse every article refresh left raw; returns how many were done.

    Each article is its own short transaction, so the app stays responsive and an
    interrupted pass loses nothing it finished.
    """
    pending = store.unanalysed_articles(feed_ids)
    done = 0
    failures = 0
    for index, article_id in enumerate(pending, 1):
        try:
            understand_one(store, article_id, settings.entity_backend)
            done += 1
        except Exception as error:  # keep going: one article must not stop the pass
            failures += 1
            if failures <= 3:
                log.warning("analysing article %s failed: %r", article_id, error)
        if on_progress is not None:
            on_progress(index, len(pending))
    return done


async def understand_pending(
    store: Store,
    settings: Settings,
    feed_ids: Sequence[int] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """`understand_pending_sync` in a thread (keeps the event loop free)."""
    return await asyncio.to_thread(understand_pending_sync, store, settings, feed_ids, on_progress)


async def analyse_stored(
    store: Store, article_id: int, *, settings: Settings | None = None
) -> StoredArticle:
    """Clean and analyse an article stored raw, on first open; cached after."""
    backend = (settings or Settings()).entity_backend
    return await asyncio.to_thread(understand_one, store, article_id, backend)

"""Full article pages for feeds that only carry teasers.

Mode `teaser` (the default) fetches a page when its article is first opened
(`fetch_fulltext`); mode `always` fetches teaser pages during refresh (`fetch_pages`);
`never` never does. Fetching every teaser page at refresh would multiply refresh time by
the number of new articles, so it is opt-in per feed. Either way the result is cached:
`fulltext_fetched` is set and a second open reads it from the store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from newsreader.config import Settings
from newsreader.feeds.fetch import PAGE_ACCEPT, FetchError, FetchLimits, fetch_url, make_client
from newsreader.models import StoredArticle
from newsreader.store import Store

log = logging.getLogger(__name__)

PAGE_CONCURRENCY = 4
"""Article pages fetched at once during a refresh (they are heavier than feeds)."""
PAGE_LIMITS = FetchLimits(deadline=30.0, max_bytes=5_000_000)


def _extract_and_store(
    store: Store, article_id: int, content: bytes, content_type: str | None, url: str, backend: str
) -> StoredArticle:
    from newsreader.extract import NotAnArticle, extract_document
    from newsreader.pipeline.process import sanitize_article
    from newsreader.understand import analyse

    try:
        article = extract_document(content, content_type=content_type, url=url)
    except NotAnArticle as error:
        raise FetchError(f"no article found at {url} ({error})") from None
    article = sanitize_article(article)
    entities, quotes = analyse(article, backend)
    store.set_extracted(article_id, article, entities, quotes, fulltext_fetched=True)
    return store.get_article(article_id)


async def fetch_fulltext(
    store: Store,
    article_id: int,
    *,
    settings: Settings | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    limits: FetchLimits | None = None,
) -> StoredArticle:
    """Fetch, clean, analyse and keep the full page of a (teaser) article.

    Returns:
        the stored article; at once, without fetching, when the page was fetched before.

    Raises:
        FetchError: no link, network failure, or no article on the page (one line).
    """
    settings = settings or Settings()
    stored = await asyncio.to_thread(store.get_article, article_id)
    if stored.fulltext_fetched:
        return stored
    url = stored.headline.url
    if not url:
        raise FetchError("this article has no link to fetch")
    async with make_client(transport, settings, limits or PAGE_LIMITS) as client:
        response = await fetch_url(client, url, limits=limits or PAGE_LIMITS, accept=PAGE_ACCEPT)
    return await asyncio.to_thread(
        _extract_and_store,
        store,
        article_id,
        response.content,
        response.content_type,
        response.url,
        settings.entity_backend,
    )


async def fetch_pages(
    store: Store,
    wanted: Sequence[tuple[int, str]],
    client: httpx.AsyncClient,
    limits: FetchLimits,
    settings: Settings,
    in_worker: Callable[..., Any],
    pages: asyncio.Semaphore,
) -> None:
    """Refresh-time full text (mode `always`): failures leave the teaser, logged.

    All of a feed's pages share its deadline (`limits.deadline`), so a slow site holds the
    refresh no longer than a slow feed would; pages not fetched by then stay teasers and
    are fetched when opened.
    """

    async def one(article_id: int, url: str) -> None:
        try:
            async with pages:
                response = await fetch_url(client, url, limits=PAGE_LIMITS, accept=PAGE_ACCEPT)
            await in_worker(
                _extract_and_store,
                store,
                article_id,
                response.content,
                response.content_type,
                response.url,
                settings.entity_backend,
            )
        except FetchError as error:
            log.info("full text of %s not fetched: %s", url, error)

    try:
        async with asyncio.timeout(limits.deadline):
            await asyncio.gather(*(one(article_id, url) for article_id, url in wanted))
    except TimeoutError:
        log.info("full text: pages left as teasers after %g s", limits.deadline)

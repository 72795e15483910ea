"""Keeping articles: analysis on first open, offline copies with their images.

Saving must never lose what was saved: images are written to files first (each by a
rename, so a file is whole or absent), then the copy is stored in one transaction that
either replaces the old copy or leaves it untouched.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newsreader.config import Settings
from newsreader.models import Article, StoredArticle
from newsreader.paths import Paths
from newsreader.store import Store

if TYPE_CHECKING:
    import httpx

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGES = 20


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    article_id: int
    source: str
    """`page` when the full page was kept, `feed` when only the feed's own text was."""
    images_saved: int
    message: str
    """One calm line for the user."""


def ensure_analysed(
    store: Store, article_id: int, settings: Settings | None = None
) -> StoredArticle:
    """Return the article cleaned and analysed, doing (and keeping) the work if not done yet.

    Synchronous and CPU-bound: the app calls it from a thread worker. The work itself is
    the refresh backlog's, so an article opened early is cleaned exactly as it would be.
    """
    from newsreader.pipeline.backlog import understand_one

    return understand_one(store, article_id, (settings or Settings()).entity_backend)


def _image_urls(article: Article) -> list[str]:
    urls = [block.url for block in article.blocks if block.kind == "image" and block.url]
    if article.image_url:
        urls.insert(0, article.image_url)
    unique = list(dict.fromkeys(url for url in urls if url.startswith(("http://", "https://"))))
    return unique[:MAX_IMAGES]


def _image_name(url: str, content_type: str | None) -> str:
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]
    extension = mimetypes.guess_extension((content_type or "").split(";")[0].strip()) or ".img"
    return digest + extension


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


async def _download_images(
    client: httpx.AsyncClient, urls: list[str], folder: Path
) -> dict[str, str]:
    from newsreader.feeds.fetch import FetchError, FetchLimits, fetch_url

    limits = FetchLimits(max_bytes=MAX_IMAGE_BYTES, deadline=30.0)
    saved: dict[str, str] = {}
    for url in urls:
        try:
            response = await fetch_url(client, url, limits=limits, accept="image/*")
        except FetchError:
            continue
        if not (response.content_type or "").startswith("image/") or not response.content:
            continue
        name = _image_name(url, response.content_type)
        _write_atomically(folder / name, response.content)
        saved[url] = name
    return saved


async def save_offline(
    store: Store,
    paths: Paths,
    settings: Settings,
    article_id: int,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> SaveOutcome:
    """Keep the fully cleaned article (and, unless turned off, its images) for offline reading.

    When the page cannot be fetched, the feed's own text is kept instead and the returned
    message says so.
    """
    from newsreader.feeds.fetch import FetchError, make_client
    from newsreader.pipeline import fetch_fulltext

    stored = store.get_article(article_id)
    note = ""
    if not stored.fulltext_fetched and stored.headline.url:
        try:
            stored = await fetch_fulltext(store, article_id, settings=settings, transport=transport)
        except FetchError as error:
            note = f" (page unavailable: {error}; kept the feed's text)"
    if stored.article is None or not stored.analysed:
        import asyncio

        stored = await asyncio.to_thread(ensure_analysed, store, article_id, settings)
    assert stored.article is not None
    source = "page" if stored.fulltext_fetched else "feed"
    images: dict[str, str] = {}
    if settings.save_images:
        urls = _image_urls(stored.article)
        if urls:
            async with make_client(transport=transport, settings=settings) as client:
                images = await _download_images(client, urls, paths.images_dir)
    store.save_offline(article_id, stored.article, stored.entities, stored.quotes, source, images)
    pictures = f", {len(images)} image{'s' if len(images) != 1 else ''}" if images else ""
    return SaveOutcome(article_id, source, len(images), f"Saved offline{pictures}{note}")

"""Keeping articles: offline copies with and without network, crash safety, exports."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from newsreader.config import Settings
from newsreader.export import article_markdown, export_html_book
from newsreader.library import ensure_analysed, save_offline
from newsreader.models import ParsedEntry
from newsreader.paths import resolve_paths
from newsreader.store import IncomingArticle, Store

PAGE = """<!doctype html><html><head><title>Harbour bridge | Example News</title>
<meta property="og:image" content="https://news.example/lead.png"></head><body>
<div class="cookie-banner">We use cookies on our website. Accept all</div>
<article><h1>Council approves bridge repairs</h1>
<p>GOTHENBURG — The city council voted on Thursday to spend 340 million kronor repairing the
harbour bridge, ending a dispute that has left the crossing restricted for almost three years.</p>
<p>“We have asked people to wait long enough,” said Anna Berglund, who chairs the council’s
transport committee. “This decision means the bridge will carry traffic again next year.”</p>
<figure><img src="https://news.example/bridge.png"><figcaption>The bridge at dusk.</figcaption></figure>
<p>Engineers from Chalmers University of Technology found in 2021 that corrosion had weakened
two of the bridge’s steel supports, and the Swedish Transport Administration capped the weight of
vehicles allowed to cross. Shopkeepers on both sides of the river said trade fell sharply.</p>
<p>Work is due to begin in June. Cyclists and pedestrians will keep one lane throughout.</p>
</article><div class="share-bar">Share on Facebook</div></body></html>"""
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _store_with_teaser(tmp_path: Path) -> tuple[Store, int]:
    store = Store(tmp_path / "news.db")
    feed = store.add_feed("https://news.example/feed.xml", "Example News")
    entry = ParsedEntry(
        guid="bridge",
        url="https://news.example/bridge",
        title="Council approves bridge repairs",
        summary="<p>The city council voted to repair the harbour bridge, said Anna Berglund.</p>",
    )
    article_id = store.store_entries(feed.id, [IncomingArticle(entry)]).new_ids[0]
    return store, article_id


def _failing(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("network unreachable", request=request)


def _streamed(body: bytes, content_type: str) -> httpx.Response:
    """A streamed response, as a real server gives (`content=` would pre-read it)."""
    return httpx.Response(
        200, stream=httpx.ByteStream(body), headers={"content-type": content_type}
    )


def _site(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith(".png"):
        return _streamed(PNG, "image/png")
    return _streamed(PAGE.encode("utf-8"), "text/html; charset=utf-8")


def test_saving_without_network_keeps_feed_text_and_says_so(tmp_path: Path) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    paths = resolve_paths(tmp_path)
    outcome = asyncio.run(
        save_offline(store, paths, Settings(), article_id, transport=httpx.MockTransport(_failing))
    )
    assert outcome.source == "feed"
    assert "page unavailable" in outcome.message and "feed's text" in outcome.message
    stored = store.get_article(article_id)
    assert stored.headline.saved
    assert stored.article is not None and "harbour bridge" in stored.article.text
    assert any(entity.text == "Anna Berglund" for entity in stored.entities)


def test_saving_with_network_keeps_the_full_page_and_its_images(tmp_path: Path) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    paths = resolve_paths(tmp_path)
    outcome = asyncio.run(
        save_offline(store, paths, Settings(), article_id, transport=httpx.MockTransport(_site))
    )
    assert outcome.source == "page" and outcome.images_saved >= 1
    images = store.saved_images(article_id)
    assert "https://news.example/bridge.png" in images
    assert (paths.images_dir / images["https://news.example/bridge.png"]).read_bytes() == PNG
    # Offline afterwards: everything comes from the store, nothing is fetched.
    reopened = Store(tmp_path / "news.db").get_article(article_id)
    assert reopened.article is not None and "Chalmers University" in reopened.article.text
    assert "cookies" not in reopened.article.text
    assert reopened.quotes and reopened.quotes[0].speaker == "Anna Berglund"


def test_images_can_be_turned_off(tmp_path: Path) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    paths = resolve_paths(tmp_path)
    settings = Settings(save_images=False)
    outcome = asyncio.run(
        save_offline(store, paths, settings, article_id, transport=httpx.MockTransport(_site))
    )
    assert outcome.images_saved == 0 and not paths.images_dir.exists()


def test_ensure_analysed_is_done_once_and_kept(tmp_path: Path) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    assert not store.get_article(article_id).analysed
    first = ensure_analysed(store, article_id)
    assert first.analysed and first.article is not None
    assert ensure_analysed(store, article_id) == first


def test_sigkill_while_saving_leaves_the_old_copy(tmp_path: Path) -> None:
    """A crash in the middle of replacing a saved copy leaves the previous copy intact."""
    path = tmp_path / "news.db"
    script = textwrap.dedent(
        f"""
        import time
        from newsreader.models import Article, Block, ParsedEntry
        from newsreader.store import IncomingArticle, Store
        store = Store({str(path)!r})
        feed = store.add_feed("https://news.example/feed.xml")
        article_id = store.store_entries(feed.id, [IncomingArticle(ParsedEntry("g", None, "T"))]).new_ids[0]
        old = Article.from_blocks([Block("paragraph", "old copy")], title="T")
        store.save_offline(article_id, old, [], [], "feed")
        def stall(db, article_id, entities):
            print("inside", flush=True)
            time.sleep(60)
        Store._index_entities = staticmethod(stall)
        new = Article.from_blocks([Block("paragraph", "new copy")], title="T")
        store.save_offline(article_id, new, [], [], "page")
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inside"
        child.kill()
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
    with Store(path) as store:
        stored = store.get_article(1)
        assert stored.headline.saved
        assert stored.article is not None and stored.article.text == "old copy"


def test_markdown_export_front_matter_escapes_untrusted_titles(tmp_path: Path) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    stored = ensure_analysed(store, article_id)
    markdown = article_markdown(stored)
    front, _, body = markdown.partition("\n---\n")
    assert 'title: "Council approves bridge repairs"' in front
    assert 'source: "https://news.example/bridge"' in front
    assert '  - "Anna Berglund"' in front
    assert "harbour bridge" in body


def test_html_export_escapes_everything(tmp_path: Path) -> None:
    store = Store(tmp_path / "news.db")
    feed = store.add_feed("https://news.example/feed.xml")
    entry = ParsedEntry(
        "x", "javascript:alert(1)", "<script>alert(1)</script> title", summary="<p>body</p>"
    )
    article_id = store.store_entries(feed.id, [IncomingArticle(entry)]).new_ids[0]
    book = export_html_book([ensure_analysed(store, article_id)])
    assert "<script>alert" not in book
    assert "&lt;script&gt;" in book
    assert "javascript:" not in book


@pytest.mark.parametrize("days", [0, 30])
def test_prune_never_touches_kept_articles(tmp_path: Path, days: int) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    store.bookmark(article_id)
    store.prune(max_age_days=days, max_per_feed=0)
    assert store.get_headline(article_id).bookmarked


def test_html_book_inlines_saved_images_for_offline_reading(tmp_path: Path) -> None:
    store, article_id = _store_with_teaser(tmp_path)
    paths = resolve_paths(tmp_path)
    asyncio.run(save_offline(store, paths, Settings(), article_id, transport=httpx.MockTransport(_site)))
    saved = {url: paths.images_dir / name for url, name in store.saved_images(article_id).items()}
    book = export_html_book([store.get_article(article_id)], images={article_id: saved})
    assert "data:image/png;base64," in book
    assert 'src="https://news.example/bridge.png"' not in book

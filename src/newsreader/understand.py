"""Turning untrusted article material into a cleaned, analysed article.

The feed pipeline, `newsreader read`, saving offline and the CLI all need the same two
steps (clean, then analyse); keeping them here means one place decides how.
Imports of the extractor and analyser are deferred: the app's first frame needs neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from newsreader.models import Article, Entity, ParsedEntry, Quote

if TYPE_CHECKING:
    from newsreader.extract.metadata import Metadata

TEASER_WORDS = 120
ANALYSED_CHARS = 200_000
"""Entities and quotes are looked for in this many characters of an article (about
35,000 words, beyond any news story). Analysis is linear but slow on hostile text (200 KB
of quotation marks among reporting verbs takes seconds); a 40 MB page must not hold a
refresh for minutes. Highlights simply stop there."""
"""A feed body shorter than this many words is treated as a teaser of the real article."""

_TRUNCATION_MARKS = ("…", "...", "[…]", "[...]", "Continue reading", "Read more", "read more")


_PAGE_METADATA = re.compile(
    r"<(?:meta|script|link|time|h1|title|html|head)\b|<[^>]*(?:author|itemprop)", re.IGNORECASE
)
"""Markup from which the page-metadata reader could learn something. A feed item's body
almost never has any (it is a fragment: no head, no JSON-LD); one that has is read whole."""


@dataclass(frozen=True, slots=True)
class Understood:
    article: Article
    entities: Sequence[Entity]
    quotes: Sequence[Quote]


def analyse(article: Article, backend: str = "builtin") -> tuple[list[Entity], list[Quote]]:
    """Entities and key quotes of an article's text (offsets index `article.text`)."""
    from newsreader.analysis import find_entities, find_quotes

    if not article.text:
        return [], []
    text = article.text[:ANALYSED_CHARS]
    entities = list(find_entities(text, backend=backend))
    # the built-in entities are what quote finding would compute again itself
    return entities, list(find_quotes(text, entities if backend == "builtin" else None))


def understand(article: Article, backend: str = "builtin") -> Understood:
    entities, quotes = analyse(article, backend)
    return Understood(article, entities, quotes)


def clean_entry(entry: ParsedEntry, feed_url: str | None = None) -> Article | None:
    """Clean what a feed entry itself carries (content, else summary).

    Returns None when the entry carries no text at all. Feed HTML is a fragment, so it is
    cleaned leniently: a short fragment is still a (teaser) article, not an error.
    """
    from newsreader.extract import NotAnArticle, extract_html, extract_text
    from newsreader.extract.fragment import extract_fragment, looks_like_html

    body = entry.content or entry.summary
    if not body.strip():
        return None
    url = entry.url or feed_url
    try:
        if looks_like_html(body):
            page = f"<html><body><article>{body}</article></body></html>"
            known = _fragment_metadata(body, None if entry.url else url)
            cleaned = extract_html(page, url=url, known=known)
        else:
            cleaned = extract_text(body)
    except NotAnArticle:
        # Too short to pass as a page: a teaser, which is still what the feed offers.
        cleaned = extract_fragment(body, url)
    if not cleaned.text:
        return None
    # What the feed says about the item wins over what the cleaned fragment guessed.
    return replace(
        cleaned,
        title=entry.title or cleaned.title,
        author=entry.author or cleaned.author,
        published=entry.published or cleaned.published,
        canonical_url=entry.url or cleaned.canonical_url,
    )


def is_teaser(entry: ParsedEntry, article: Article | None) -> bool:
    """Whether the feed only carries a teaser, so the full page is worth fetching."""
    if article is None or not article.text:
        return True
    words = len(article.text.split())
    if words < TEASER_WORDS:
        return True
    tail = article.text.rstrip()[-40:]
    return any(tail.endswith(mark) or mark in tail for mark in _TRUNCATION_MARKS)


def _fragment_metadata(body: str, url: str | None) -> Metadata | None:
    """What reading the metadata of `body` wrapped as a page would find, when that is known.

    A fragment without head-like markup yields nothing but its address as the canonical
    URL; saying so up front spares a dozen scans of the tree per entry (a fifth of the
    cleaning time of a feed backlog). None: read the page's metadata as usual.

    Args:
        url: the address the page would have; None when the caller has the item's own.
    """
    from newsreader.extract.metadata import Metadata
    from newsreader.sanitize import sanitize_url

    if _PAGE_METADATA.search(body) is not None:
        return None
    canonical = None
    if url and url.strip():
        try:
            canonical = sanitize_url(urljoin(url, url.strip()))
        except ValueError:
            canonical = None
    return Metadata(canonical_url=canonical)

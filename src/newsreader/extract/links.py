"""Links inside an article, kept as spans of its cleaned text.

Cleaning rewrites the text (whitespace, clutter, sanitising), so offsets collected while
walking the page would not survive it. Instead the anchors of the chosen body are
listed in document order and found again in the finished text, each one searched from
where the previous one was found: an anchor whose text was cleaned away (a "Share"
button, a "Read more") is simply not found, and never shifts the others.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

from newsreader.models import Article, Link
from newsreader.sanitize import sanitize_text, sanitize_url

MAX_LINKS = 500
"""More anchors than this in one body is a link farm, not an article."""


def resolve(base_url: str | None, href: str) -> str:
    """`href` made absolute against `base_url`; an absolute http(s) address is returned
    as it is (most links on a page are; `urljoin` costs microseconds each).

    Raises:
        ValueError: the address cannot be parsed (`urljoin`'s own error).
    """
    if not base_url or href.startswith(("https://", "http://")):
        return href
    return urljoin(base_url, href)


def anchors(roots: Iterable[LexborNode], base_url: str | None) -> list[tuple[str, str]]:
    """(text, absolute http(s) URL) of each link under `roots`, in document order."""
    found: list[tuple[str, str]] = []
    for root in roots:
        for node in root.css("a[href]"):
            href = (node.attributes.get("href") or "").strip()
            text = " ".join(sanitize_text(node.text(deep=True, separator=" ")).split())
            if not href or not text or href.startswith("#"):
                continue
            try:
                absolute = resolve(base_url, href)
            except ValueError:
                continue
            url = sanitize_url(absolute)
            if url and url.lower().startswith(("http://", "https://")):
                found.append((text, url))
            if len(found) >= MAX_LINKS:
                return found
    return found


def place_links(article: Article, found: Iterable[tuple[str, str]]) -> Article:
    """`article` with `links` set: each anchor located in `article.text`, in order.

    A link never spans two blocks and never lands inside an image caption (captions are
    not part of `text`).
    """
    text = article.text
    ends = sorted(block.end for block in article.blocks if block.end > block.start)
    links: list[Link] = []
    cursor = 0
    for anchor, url in found:
        start = text.find(anchor, cursor)
        if start < 0:
            continue
        end = start + len(anchor)
        after = bisect_right(ends, start)  # the first block end past the anchor's start
        if after < len(ends) and ends[after] < end:
            continue  # the anchor would run across the end of a block
        links.append(Link(anchor, url, start, end))
        cursor = end
    return replace(article, links=tuple(links)) if links else article

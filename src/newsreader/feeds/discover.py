"""Finding the feeds a web page advertises with `<link rel="alternate">`."""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.feeds.util import absolute_url
from newsreader.sanitize import sanitize_line, sanitize_url

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
MAX_CANDIDATES = 20


@dataclass(frozen=True, slots=True)
class FeedLink:
    url: str
    title: str
    media_type: str


def find_feed_links(page: bytes, base_url: str) -> list[FeedLink]:
    """The feeds `page` links to, in page order, de-duplicated, absolute, http(s) only."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(page[:2_000_000].decode("utf-8", errors="replace"))
    base = base_url
    base_tag = tree.css_first("base[href]")
    if base_tag is not None and base_tag.attributes.get("href"):
        base = absolute_url(base_url, base_tag.attributes["href"] or "") or base_url
    found: dict[str, FeedLink] = {}
    for node in tree.css("link[href]"):
        attributes = node.attributes
        rel = (attributes.get("rel") or "").lower().split()
        media_type = (attributes.get("type") or "").lower().split(";")[0].strip()
        if "alternate" not in rel or media_type not in FEED_TYPES:
            continue
        url = sanitize_url(absolute_url(base, (attributes.get("href") or "").strip()))
        if url is None or url in found:
            continue
        found[url] = FeedLink(url, sanitize_line(attributes.get("title")), media_type)
        if len(found) >= MAX_CANDIDATES:
            break
    return list(found.values())


def describe_candidates(links: list[FeedLink]) -> str:
    """One line listing the candidates, for an error message."""
    return "; ".join(f"{link.url}" + (f" ({link.title})" if link.title else "") for link in links)

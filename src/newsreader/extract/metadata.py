"""Page metadata: title, author, date, site, section, URLs and language.

Sources in order of trust: JSON-LD (`NewsArticle`/`Article` and friends, also inside
`@graph`), OpenGraph and other `<meta>` tags, then the visible page (`<time>`, `<h1>`,
`<title>`, `rel=author`). Structured data is written for machines and is usually right;
the visible page is the fallback.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsreader.extract.dates import parse_date
from newsreader.sanitize import sanitize_line, sanitize_url

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "liveblogposting",
        "posting",
        "review",
        "medicalwebpage",
    }
)
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage", "profilepage"})
_MAX_JSON = 2_000_000


@dataclass(slots=True)
class Metadata:
    """Everything learned about a page apart from its body; strings already sanitised
    (except `article_body`)."""

    title: str = ""
    author: str | None = None
    published: datetime | None = None
    site_name: str | None = None
    section: str | None = None
    canonical_url: str | None = None
    image_url: str | None = None
    language: str | None = None
    article_body: str = ""
    """JSON-LD articleBody, the fallback body; raw (it is sanitised as blocks, like all text)."""
    declares_article: bool = False
    """JSON-LD or og:type says this page is an article."""
    declares_listing: bool = False
    """JSON-LD says this page is a listing (collection, search results, profile)."""


def read_metadata(tree: LexborHTMLParser, url: str | None = None) -> Metadata:
    """Collect metadata from a parsed page (call before scripts are stripped).

    Args:
        tree: the parsed page.
        url: the page's address, for resolving relative canonical and image URLs.
    """
    # One scan of the page for the three kinds of element read here (each scan of a
    # whole page costs as much as reading what it finds).
    metas: list[LexborNode] = []
    scripts: list[LexborNode] = []
    links: list[LexborNode] = []
    for node in tree.css(_HEAD_ELEMENTS):
        tag = node.tag
        (metas if tag == "meta" else scripts if tag == "script" else links).append(node)
    meta = _meta_tags(metas)
    objects = list(_jsonld_objects(scripts))
    ld = _jsonld_article(objects)
    found = Metadata()
    found.declares_listing = ld is None and any(_types(o) & LISTING_TYPES for o in objects)
    found.declares_article = ld is not None or meta.get("og:type", "").lower() == "article"
    ld = ld or {}

    found.title = sanitize_line(
        _text(ld.get("headline"))
        or meta.get("og:title")
        or meta.get("twitter:title")
        or _first_text(tree, "h1")
        or _title_tag(tree)
    )
    found.author = (
        sanitize_line(
            _ld_names(ld.get("author") or ld.get("creator"))
            or _not_url(meta.get("author"))
            or _not_url(meta.get("article:author"))
            or _not_url(meta.get("byl", "").removeprefix("By "))
            or _first_text(
                tree, "[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]"
            )
        )[:200]
        or None
    )
    found.published = (
        parse_date(_text(ld.get("datePublished")))
        or parse_date(meta.get("article:published_time"))
        or parse_date(meta.get("og:published_time"))
        or parse_date(meta.get("datepublished"))
        or parse_date(meta.get("date"))
        or parse_date(meta.get("dc.date") or meta.get("dc.date.issued"))
        or parse_date(meta.get("pubdate") or meta.get("publishdate"))
        or parse_date(meta.get("sailthru.date") or meta.get("parsely-pub-date"))
        or _time_element(tree)
        or parse_date(_text(ld.get("dateCreated")) or _text(ld.get("dateModified")))
    )
    found.site_name = (
        sanitize_line(
            meta.get("og:site_name")
            or _ld_names(ld.get("publisher"))
            or meta.get("application-name")
        )
        or None
    )
    found.title = _without_site_suffix(found.title, found.site_name, url)
    section = ld.get("articleSection")
    if isinstance(section, list):
        section = section[0] if section else None
    found.section = sanitize_line(_text(section) or meta.get("article:section")) or None
    canonical = links[0] if links else None
    found.canonical_url = _absolute(
        (canonical.attributes.get("href") if canonical else None) or meta.get("og:url") or url,
        url,
    )
    found.image_url = _absolute(
        meta.get("og:image")
        or meta.get("og:image:url")
        or meta.get("twitter:image")
        or _ld_image(ld.get("image")),
        url,
    )
    found.language = _language(tree, meta, ld)
    found.article_body = _text(ld.get("articleBody"))
    return found


_HEAD_ELEMENTS = 'meta[content], script[type="application/ld+json"], link[rel=canonical]'


def _meta_tags(metas: list[LexborNode]) -> dict[str, str]:
    """`<meta property|name|itemprop=… content=…>` as a dict; the first value wins."""
    tags: dict[str, str] = {}
    for node in metas:
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        content = attrs.get("content")
        if key and content:
            tags.setdefault(key.strip().lower(), content.strip())
    return tags


def _jsonld_objects(scripts: list[LexborNode]) -> Iterator[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD, flattening lists and `@graph`."""
    for script in scripts:
        raw = script.text(deep=True)
        if not raw or len(raw) > _MAX_JSON:
            continue
        try:
            data = json.loads(raw.strip().removesuffix(";"))
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _jsonld_article(objects: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The JSON-LD object describing the article, preferring one with a body."""
    best: dict[str, Any] | None = None
    for item in objects:
        if _types(item) & ARTICLE_TYPES:
            if item.get("articleBody"):
                return item
            best = best or item
    return best


def _text(value: object) -> str:
    """A JSON-LD scalar as a string ("" for anything else)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return ""


def _ld_names(value: object) -> str:
    """Names from a JSON-LD Person/Organization, a list of them, or a plain string."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items[:10]:
        name = item.get("name") if isinstance(item, dict) else item
        name = _not_url(_text(name)) if not isinstance(name, list) else _ld_names(name)
        if name and name not in names:
            names.append(name)
    return ", ".join(names)


def _ld_image(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value if isinstance(value, str) else None


def _not_url(value: str | None) -> str:
    """Drop author values that are profile URLs rather than names."""
    if not value or value.lower().startswith(("http://", "https://", "/")):
        return ""
    return value


def _first_text(tree: LexborHTMLParser, selector: str) -> str:
    node = tree.css_first(selector)
    return node.text(separator=" ") if node is not None else ""


def _title_tag(tree: LexborHTMLParser) -> str:
    """The `<title>` without its " | Site Name" suffix."""
    title = _first_text(tree, "title").strip()
    for separator in (" | ", " - ", " — ", " – ", " :: ", " · "):
        head, _, tail = title.rpartition(separator)
        if head and len(head) > len(tail):
            return head
    return title


_TITLE_SEPARATORS = (" | ", " - ", " — ", " – ", " :: ", " · ", " « ", " » ")


def _squash(value: str) -> str:
    return "".join(ch for ch in value.lower() if ch.isalnum())


def _without_site_suffix(title: str, site_name: str | None, url: str | None) -> str:
    """Drop trailing " | Site Name" parts that repeat the site's name or host.

    Only parts that match the site are dropped, so "Brexit - what happens next" keeps
    its second half.
    """
    names = {_squash(site_name or "")}
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            host = ""
        names.update(_squash(part) for part in host.split(".") if len(part) > 3)
    names.discard("")
    changed = True
    while changed:
        changed = False
        for separator in _TITLE_SEPARATORS:
            head, found, tail = title.rpartition(separator)
            if not found or not head.strip():
                continue
            key = _squash(tail)
            if key and any(key in n or n in key for n in names):
                title, changed = head.strip(), True
                break
    return title


def _time_element(tree: LexborHTMLParser) -> datetime | None:
    """The first `<time datetime>` (preferring one marked as the publication date)."""
    node: LexborNode | None = tree.css_first(
        "time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][content]"
    ) or tree.css_first("time[datetime]")
    if node is None:
        return None
    attrs = node.attributes
    return parse_date(attrs.get("datetime") or attrs.get("content") or node.text())


def _absolute(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if base:
        try:
            value = urljoin(base, value)
        except ValueError:
            return None
    return sanitize_url(value)


def _language(tree: LexborHTMLParser, meta: dict[str, str], ld: dict[str, Any]) -> str | None:
    """BCP 47 tag from `<html lang>`, JSON-LD inLanguage, og:locale or content-language."""
    html = tree.css_first("html")
    value = (
        (html.attributes.get("lang") if html is not None else None)
        or _text(ld.get("inLanguage"))
        or meta.get("og:locale")
        or meta.get("content-language")
        or meta.get("language")
    )
    value = sanitize_line(value).replace("_", "-")
    if not value or len(value) > 35 or not value.replace("-", "").isalnum():
        return None
    primary, _, rest = value.partition("-")
    return primary.lower() + (
        f"-{rest.upper()}" if rest and len(rest) == 2 else f"-{rest}" if rest else ""
    )

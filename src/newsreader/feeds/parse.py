"""Feed bytes to a `ParsedFeed`: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1.

Two parsers, chosen on measurements (see benchmarks/refresh.py): fastfeedparser (lxml)
parses a typical 86 KB feed in ~0.5 ms where feedparser takes ~25 ms, so it is the fast
path. feedparser is the robust fallback: used when the fast path fails or finds nothing,
for documents using `xml:base`, which only feedparser honours, and for RSS 1.0 (RDF),
whose `content:encoded` the fast path drops. Parsers only ever get
bytes (both would open a string that looks like a URL or a path), and only after
`screen_xml` has cut out the DOCTYPE, so no entity can expand.
"""

from __future__ import annotations

import html
import io
import re
import warnings
from datetime import UTC, datetime
from typing import Any

from newsreader.feeds.jsonfeed import looks_like_json, parse_json_feed
from newsreader.feeds.screen import HostileDocument, screen_xml
from newsreader.feeds.util import absolute_url, cap_entries, to_utc
from newsreader.models import Enclosure, ParsedEntry, ParsedFeed


class ParseError(Exception):
    """The bytes are not a feed we can read; the message says why in one line."""


class NotAFeed(ParseError):
    """An HTML page (or other document) where a feed was expected."""

    def __init__(self, message: str, page: bytes = b"") -> None:
        super().__init__(message)
        self.page = page


_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG = re.compile(r"<[^>]*>")


def looks_like_html(data: bytes, content_type: str | None = None) -> bool:
    """An HTML page rather than a feed, judged by the first bytes (and the declared type)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return True
    if content_type and "html" in content_type.lower() and b"<rss" not in data[:4096]:
        return b"<feed" not in data[:4096] and b"<rdf:RDF" not in data[:4096]
    return False


def parse_feed(
    data: bytes,
    url: str,
    content_type: str | None = None,
    *,
    max_entries: int | None = None,
) -> ParsedFeed:
    """Parse a feed document.

    Args:
        data: the raw body (never a URL or path).
        url: the address it came from; relative links resolve against it.
        content_type: the Content-Type header, if any.
        max_entries: keep only this many entries (document order: newest first in practice).

    Raises:
        NotAFeed: an HTML page; `page` holds it so its feed links can be offered.
        ParseError: anything else unreadable.
    """
    if not data.strip():
        raise ParseError("empty response")
    if looks_like_json(data, content_type):
        return parse_json_feed(data, url, max_entries=max_entries)
    if looks_like_html(data, content_type):
        raise NotAFeed("this is a web page, not a feed", data)
    try:
        screened = screen_xml(data)
    except HostileDocument as error:
        raise ParseError(f"not a readable feed ({error})") from None
    if not _needs_robust(screened):
        parsed = _parse_fast(screened, url, max_entries)
        if parsed is not None and not _dates_missed(parsed, screened):
            return parsed
    return _parse_robust(screened, url, content_type, max_entries)


_DATE_TAG = re.compile(
    rb"<(?:[A-Za-z0-9]+:)?(?:pubDate|date|published|updated|issued|modified)[\s>]"
)


def _dates_missed(parsed: ParsedFeed, data: bytes) -> bool:
    """Whether entries came out undated although the document has a date per entry.

    The fast path reads ISO 8601 and RFC 822; feedparser knows many more formats, so a
    feed whose dates the fast path could not read is parsed again by feedparser.
    """
    undated = sum(1 for e in parsed.entries if e.published is None and e.updated is None)
    return undated > 0 and len(_DATE_TAG.findall(data)) >= len(parsed.entries)


def _needs_robust(data: bytes) -> bool:
    """Documents the fast path reads incompletely: xml:base, and RSS 1.0 (RDF), whose
    `content:encoded` fastfeedparser drops."""
    return b"xml:base" in data or b"<rdf:RDF" in data[:4096]


def _plain(value: str | None) -> str:
    """A title as plain text: some feeds put HTML in titles."""
    if not value:
        return ""
    if "<" in value and ">" in value:
        value = html.unescape(_TAG.sub("", value))
    return value.strip()


def _link(base: str, value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return absolute_url(base, value.strip())


def _length(value: object) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def _load_fastfeedparser() -> Any:
    """fastfeedparser, with its fuzzy date fallbacks switched off.

    When an RSS item has no date it tries to read one out of the guid, ending in
    dateutil and then dateparser (~1 ms a call): a 30,000-item feed of numeric guids took
    16 s, and guid "5" became "the 5th of this month". ISO 8601 and RFC 822 (what feeds
    use) are still parsed by its fast paths.
    """
    import fastfeedparser  # type: ignore[import-untyped]
    import fastfeedparser.main as internals  # type: ignore[import-untyped]

    for name in ("_slow_dateparser", "_slow_dateutil_parse"):
        if hasattr(internals, name):
            setattr(internals, name, _no_date)
    return fastfeedparser


def _no_date(value: str) -> None:
    return None


def _parse_fast(data: bytes, url: str, max_entries: int | None) -> ParsedFeed | None:
    fastfeedparser = _load_fastfeedparser()
    try:
        result = fastfeedparser.parse(data, include_tags=False, include_media=False)
    except Exception:  # the fast path may fail any way it likes; feedparser decides
        return None
    feed = result.get("feed") or {}
    raw_entries = result.get("entries") or []
    if not raw_entries and not feed.get("title"):
        return None
    raw_entries, dropped = cap_entries(raw_entries, max_entries)
    entries = tuple(_fast_entry(raw, url) for raw in raw_entries)
    return ParsedFeed(
        title=_plain(feed.get("title")),
        site_url=_link(url, feed.get("link")),
        entries=entries,
        dropped=dropped,
    )


def _fast_entry(raw: dict[str, Any], base: str) -> ParsedEntry:
    summary = raw.get("description") or ""
    contents = raw.get("content") or []
    content = ""
    if contents and isinstance(contents[0], dict):
        content = contents[0].get("value") or ""
    if content == summary:
        content = ""
    enclosures = [
        Enclosure(link, item.get("type"), _length(item.get("length")))
        for item in raw.get("enclosures") or []
        if (link := _link(base, item.get("url") or item.get("href")))
    ]
    enclosures += [
        Enclosure(link, item.get("type"), _length(item.get("length")))
        for item in raw.get("links") or []
        if item.get("rel") == "enclosure" and (link := _link(base, item.get("href")))
    ]
    return ParsedEntry(
        guid=(raw.get("id") or None),
        url=_link(base, raw.get("link")),
        title=_plain(raw.get("title")),
        author=raw.get("author") or None,
        published=to_utc(raw.get("published")),
        updated=to_utc(raw.get("updated")),
        summary=summary,
        content=content,
        enclosures=tuple(dict.fromkeys(enclosures)),
    )


def _parse_robust(
    data: bytes, url: str, content_type: str | None, max_entries: int | None
) -> ParsedFeed:
    import feedparser  # type: ignore[import-untyped]

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    try:
        # A stream, never bytes or str: feedparser opens a str URL and tries open() on bytes.
        result = feedparser.parse(io.BytesIO(data), response_headers=headers)
    except Exception as error:  # feedparser is meant not to raise; be sure
        raise ParseError(f"not a readable feed ({type(error).__name__})") from None
    with warnings.catch_warnings():
        # feedparser warns when `published` falls back to `updated`; we do that ourselves.
        warnings.simplefilter("ignore", DeprecationWarning)
        return _convert_robust(result, url, max_entries)


def _convert_robust(result: Any, url: str, max_entries: int | None) -> ParsedFeed:
    feed = result.get("feed") or {}
    raw_entries = result.get("entries") or []
    if not raw_entries and not feed.get("title"):
        problem = result.get("bozo_exception")
        detail = f" ({str(problem).splitlines()[0][:120]})" if problem else ""
        raise ParseError(f"not a feed{detail}")
    raw_entries, dropped = cap_entries(raw_entries, max_entries)
    return ParsedFeed(
        title=_plain(feed.get("title")),
        site_url=_link(url, feed.get("link")),
        entries=tuple(_robust_entry(raw, url) for raw in raw_entries),
        dropped=dropped,
    )


def _struct_to_utc(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime(*value[:6]).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def _robust_entry(raw: dict[str, Any], base: str) -> ParsedEntry:
    contents = raw.get("content") or []
    content = contents[0].get("value", "") if contents else ""
    summary = raw.get("summary") or ""
    if content == summary:
        content = ""
    enclosures = [
        Enclosure(link, item.get("type"), _length(item.get("length")))
        for item in raw.get("enclosures") or []
        if (link := _link(base, item.get("href") or item.get("url")))
    ]
    # The raw string keeps sub-seconds; feedparser's struct knows the odd formats.
    published = to_utc(raw.get("published")) or _struct_to_utc(raw.get("published_parsed"))
    updated = to_utc(raw.get("updated")) or _struct_to_utc(raw.get("updated_parsed"))
    return ParsedEntry(
        guid=raw.get("id") or None,
        url=_link(base, raw.get("link")),
        title=_plain(raw.get("title")),
        author=raw.get("author") or None,
        published=published or updated,
        updated=updated,
        summary=summary,
        content=content,
        enclosures=tuple(dict.fromkeys(enclosures)),
    )

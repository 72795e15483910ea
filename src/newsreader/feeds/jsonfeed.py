"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) to a `ParsedFeed`.

Small enough to read ourselves, which keeps 1.0's `author` and 1.1's `authors`, and
`content_html` versus `content_text`, under our control.
"""

from __future__ import annotations

import html
import json
from typing import Any

from newsreader.feeds.util import absolute_url, cap_entries, to_utc
from newsreader.models import Enclosure, ParsedEntry, ParsedFeed


def looks_like_json(data: bytes, content_type: str | None = None) -> bool:
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return True
    return bool(content_type and "json" in content_type.lower() and not head.startswith(b"<"))


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _url(base: str, value: object) -> str | None:
    text = _text(value)
    return absolute_url(base, text) if text else None


def _author(item: dict[str, Any]) -> str | None:
    authors = item.get("authors")
    if isinstance(authors, list):
        names = [_text(a.get("name")) for a in authors if isinstance(a, dict)]
        names = [n for n in names if n]
        if names:
            return ", ".join(names)
    author = item.get("author")
    if isinstance(author, dict):
        return _text(author.get("name")) or None
    return None


def _entry(item: dict[str, Any], base: str, feed_author: str | None) -> ParsedEntry:
    content = _text(item.get("content_html"))
    if not content and (plain := _text(item.get("content_text"))):
        content = "".join(f"<p>{html.escape(p)}</p>" for p in plain.split("\n\n") if p.strip())
    attachments = item.get("attachments")
    enclosures = tuple(
        Enclosure(
            link,
            _text(a.get("mime_type")) or None,
            a["size_in_bytes"] if isinstance(a.get("size_in_bytes"), int) else None,
        )
        for a in (attachments if isinstance(attachments, list) else [])
        if isinstance(a, dict) and (link := _url(base, a.get("url")))
    )
    guid = item.get("id")
    return ParsedEntry(
        guid=str(guid) if isinstance(guid, (str, int)) and str(guid) else None,
        url=_url(base, item.get("url")) or _url(base, item.get("external_url")),
        title=_text(item.get("title")),
        author=_author(item) or feed_author,
        published=to_utc(item.get("date_published")),
        updated=to_utc(item.get("date_modified")),
        summary=_text(item.get("summary")),
        content=content,
        enclosures=enclosures,
    )


def parse_json_feed(data: bytes, url: str, *, max_entries: int | None = None) -> ParsedFeed:
    """Parse a JSON Feed document.

    Raises:
        ParseError: not JSON, or JSON that is not a feed.
    """
    from newsreader.feeds.parse import ParseError

    try:
        document = json.loads(data.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError) as error:
        raise ParseError(f"not a feed (invalid JSON: {str(error)[:80]})") from None
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        raise ParseError("not a feed (JSON without a JSON Feed `items` list)")
    items = [i for i in document["items"] if isinstance(i, dict)]
    items, dropped = cap_entries(items, max_entries)
    feed_author = _author(document)
    return ParsedFeed(
        title=_text(document.get("title")),
        site_url=_url(url, document.get("home_page_url")),
        entries=tuple(_entry(item, url, feed_author) for item in items),
        dropped=dropped,
    )

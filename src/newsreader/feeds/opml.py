"""OPML 2.0 subscription lists: reading (folders kept, bad entries reported) and writing.

Folders are top-level outlines without an `xmlUrl`; deeper nesting is flattened into a
"Parent/Child" folder name. Export writes exactly what import reads, so our own folders
and titles survive a round trip.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from newsreader.feeds.screen import HostileDocument, screen_xml
from newsreader.models import Feed
from newsreader.sanitize import sanitize_line, sanitize_url

MAX_OPML_BYTES = 10_000_000


class OpmlError(Exception):
    """The file is not OPML at all (nothing was imported)."""


@dataclass(frozen=True, slots=True)
class OpmlEntry:
    url: str
    title: str
    folder: str | None


@dataclass(slots=True)
class OpmlDocument:
    entries: list[OpmlEntry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    """One line per outline that was skipped, saying why."""


def parse_opml(data: bytes) -> OpmlDocument:
    """Read subscriptions from OPML bytes.

    Raises:
        OpmlError: not XML, or XML without an OPML body.
    """
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(f"file larger than {MAX_OPML_BYTES // 1_000_000} MB")
    try:
        root = ElementTree.fromstring(screen_xml(data))
    except (ElementTree.ParseError, HostileDocument) as error:
        raise OpmlError(f"not an OPML file ({error})") from None
    body = root.find("body") if root.tag.lower() == "opml" else None
    if body is None:
        raise OpmlError("not an OPML file (no <opml><body>)")
    document = OpmlDocument()
    _walk(body, [], document)
    return document


def _walk(node: ElementTree.Element, folders: list[str], document: OpmlDocument) -> None:
    for outline in node.findall("outline"):
        attributes = {key.lower(): value for key, value in outline.attrib.items()}
        title = sanitize_line(attributes.get("title") or attributes.get("text"))
        raw_url = attributes.get("xmlurl")
        if raw_url is None:
            if len(outline):
                _walk(outline, [*folders, title] if title else folders, document)
            continue
        url = sanitize_url(raw_url.strip())
        label = title or raw_url.strip() or "(untitled)"
        if url is None:
            document.problems.append(f"skipped {label!r}: not an http(s) feed URL ({raw_url!r})")
            continue
        document.entries.append(OpmlEntry(url, title, "/".join(folders) or None))


def write_opml(feeds: Iterable[Feed], title: str = "newsreader subscriptions") -> str:
    """OPML 2.0 text for `feeds`, one outline per folder (http(s) feeds only)."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = title
    ElementTree.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = ElementTree.SubElement(root, "body")
    folders: dict[str, ElementTree.Element] = {}
    for feed in feeds:
        if not feed.url.startswith(("http://", "https://")):
            continue  # the bundled sample feed: nothing another reader could fetch
        parent = body
        if feed.folder:
            parent = folders.get(feed.folder) or ElementTree.SubElement(
                body, "outline", text=feed.folder, title=feed.folder
            )
            folders[feed.folder] = parent
        attributes = {"type": "rss", "text": feed.title, "title": feed.title, "xmlUrl": feed.url}
        if feed.site_url:
            attributes["htmlUrl"] = feed.site_url
        ElementTree.SubElement(parent, "outline", attributes)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, "unicode") + "\n"

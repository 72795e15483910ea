"""Bytes to text: find the encoding a page was written in, and detect non-text input.

Pages arrive as bytes with, at best, a charset in the HTTP header. The order of trust
follows the HTML standard: byte-order mark, then the transport's charset, then a
`<meta charset>` in the first kilobytes, then UTF-8 if the bytes decode cleanly, then
cp1252 (what "latin-1" pages almost always really are).
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Final, Literal

DocumentKind = Literal["html", "text", "pdf", "binary", "feed", "data"]

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article|script|br)[\s>/]",
    re.IGNORECASE,
)
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_FEED_TYPES: Final = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json"}
)
_SNIFF_BYTES: Final = 4096


def _lookup(name: str | None) -> str | None:
    """Return Python's codec name for a declared charset, or None when it is unknown.

    Declared latin-1/ascii means cp1252 in practice (the HTML standard says so too),
    and a declared UTF-16 in a page that was decoded as ASCII is a lie.
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec


def charset_from_content_type(content_type: str | None) -> str | None:
    """The codec named by an HTTP Content-Type header's charset parameter, if valid."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return _lookup(match.group(1)) if match else None


def decode(data: bytes, content_type: str | None = None) -> str:
    """Decode page bytes to text, never raising.

    Args:
        data: the raw bytes.
        content_type: the HTTP Content-Type header, whose charset wins over the page's.

    Returns:
        The text; undecodable bytes become U+FFFD rather than an error.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    declared = charset_from_content_type(content_type)
    if declared is None:
        match = _META_CHARSET.search(data[:_SNIFF_BYTES])
        declared = _lookup(match.group(1).decode("ascii", "ignore")) if match else None
        if declared and declared.startswith(("utf-16", "utf-32")):
            declared = "utf-8"  # a meta tag readable as ASCII cannot be UTF-16
    if declared:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration lied; fall through to the heuristics
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        return data.decode(declared, errors="replace")
    # UTF-8 with a few corrupt bytes has more valid multi-byte characters than bad
    # bytes; a legacy encoding has almost none (its accented letters are lone bytes).
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    valid = sum(1 for ch in text if ch > "\x7f") - bad
    if valid > bad:
        return text
    return data.decode("cp1252", errors="replace")


def sniff_kind(data: bytes, content_type: str | None = None) -> DocumentKind:
    """Tell HTML, plain text, feeds, JSON data, PDF and other binary data apart.

    The content type is a hint, not the truth: servers label HTML as text/plain and
    binary as application/octet-stream, so the bytes have the last word.
    """
    head = data[:_SNIFF_BYTES]
    stripped = head.lstrip()
    if stripped.startswith(b"%PDF-") or (content_type or "").lower().startswith("application/pdf"):
        return "pdf"
    has_bom = any(head.startswith(bom) for bom, _ in _BOMS)
    if not has_bom and _looks_binary(head):
        return "binary"
    if has_bom and head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    mime = (content_type or "").split(";")[0].strip().lower()
    if _FEED_SNIFF.search(head[:1024]) or mime in _FEED_TYPES:
        return "feed"
    if mime in ("text/html", "application/xhtml+xml") or _HTML_SNIFF.search(head):
        return "html"
    if mime.endswith("json") or (head.lstrip()[:1] in (b"{", b"[") and _is_json(data)):
        return "data"
    if mime.startswith(("image/", "audio/", "video/", "font/")) or mime.endswith("zip"):
        return "binary"
    return "text"


def _is_json(data: bytes) -> bool:
    """True when the whole document parses as JSON ("[Updated] Story…" text does not)."""
    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


# Magic numbers of common binary formats that contain few control bytes in their headers.
_MAGIC: Final[tuple[bytes, ...]] = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
    b"7z\xbc\xaf",
)


def _looks_binary(head: bytes) -> bool:
    """True for known magic numbers or a high share of control bytes."""
    if head.startswith(_MAGIC):
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls * 10 > len(head)

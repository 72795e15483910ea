"""Bytes of any kind: sniffing HTML/text/PDF/binary and decoding any encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsreader.extract import NotAnArticle, extract_document
from newsreader.extract.encoding import decode, sniff_kind

DATA = Path(__file__).parent.parent / "data" / "extract"
BODY = (
    "<p>Café owners in Zürich said the new rules were “a disaster” for the terrace season, "
    "and that they would appeal against the decision before the summer begins.</p>"
    "<p>The city council said the rules apply to every café, bar and restaurant with "
    "outdoor seating, and that inspectors would start visiting terraces in April.</p>"
)


def _page(meta: str = "") -> str:
    return f"<html><head>{meta}<title>Terraces</title></head><body><article><h1>Terraces</h1>{BODY}</article></body></html>"


def test_utf8_without_declaration() -> None:
    article = extract_document(_page().encode("utf-8"))
    assert "Café owners in Zürich" in article.text
    assert "“a disaster”" in article.text


def test_cp1252_from_meta_latin1() -> None:
    """A page declaring latin-1 is decoded as cp1252 (curly quotes survive)."""
    data = _page('<meta charset="iso-8859-1">').encode("cp1252")
    article = extract_document(data)
    assert "“a disaster”" in article.text


def test_undeclared_cp1252_falls_back() -> None:
    """Bytes that are not UTF-8 and declare nothing are read as cp1252."""
    article = extract_document(_page().encode("cp1252"))
    assert "Café owners in Zürich" in article.text


def test_header_charset_wins_over_meta() -> None:
    data = _page('<meta charset="utf-8">').encode("cp1252")
    article = extract_document(data, content_type="text/html; charset=windows-1252")
    assert "Zürich" in article.text


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig", "utf-32"])
def test_byte_order_marks(codec: str) -> None:
    article = extract_document(_page().encode(codec))
    assert "Café owners in Zürich" in article.text


def test_shift_jis_from_meta() -> None:
    body = "<p>" + "東京都は新しい規則を発表し、夏の営業に影響が出ると述べた。" * 12 + "</p>"
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=shift_jis"></head><body><article>{body}</article></body></html>'
    article = extract_document(html.encode("shift_jis"))
    assert "東京都は新しい規則" in article.text


def test_invalid_bytes_are_replaced_not_raised() -> None:
    """Mostly-valid UTF-8 with a stray bad byte stays UTF-8, with U+FFFD for the byte."""
    assert decode("café déjà vu ".encode() + b"\xff broken") == "café déjà vu \ufffd broken"


def test_plain_text_document() -> None:
    text = "Terraces closed\n\n" + "The council closed the terraces, owners said. " * 10
    article = extract_document(text.encode("utf-8"), content_type="text/plain; charset=utf-8")
    assert article.title == "Terraces closed"
    assert article.text.startswith("The council closed")


@pytest.mark.parametrize(
    ("data", "content_type", "reason"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", None, "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png", "binary"),
        (bytes(range(256)) * 4, "application/octet-stream", "binary"),
        (b"", None, "empty"),
        (b"   \n\t ", "text/html", "empty"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel>', "text/xml", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', None, "feed"),
        (b'{"title": "not an article", "body": "x"}', "application/json", "JSON"),
        (b'[{"title": "not an article"}, 1, 2]', None, "JSON"),
    ],
)
def test_refused_documents(data: bytes, content_type: str | None, reason: str) -> None:
    """PDFs, binaries and empty documents raise NotAnArticle with a reason."""
    with pytest.raises(NotAnArticle, match=reason):
        extract_document(data, content_type=content_type)


def test_text_starting_with_a_bracket_is_text() -> None:
    text = "[Updated] Terraces closed\n\n" + "The council closed the terraces, owners said. " * 10
    assert sniff_kind(text.encode()) == "text"
    assert extract_document(text.encode()).title == "[Updated] Terraces closed"


def test_sniffing() -> None:
    assert sniff_kind(b"<!doctype html><p>x") == "html"
    assert sniff_kind(b"just words", "text/html") == "html"
    assert sniff_kind(b"just words") == "text"
    assert sniff_kind(codecs.BOM_UTF16_LE + "<html>".encode("utf-16-le")) == "html"
    assert sniff_kind(b"%PDF-1.4") == "pdf"


@pytest.mark.parametrize("name", ["home-page", "login-wall"])
def test_non_article_pages(name: str) -> None:
    """A home page of teasers and a login form are not articles."""
    with pytest.raises(NotAnArticle, match=r"listing|home page|login|no article"):
        extract_document((DATA / f"{name}.html").read_bytes(), content_type="text/html")

"""A refused page still opens with `newsreader read`: all its text, after a note why."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.config import Settings
from newsreader.extract import NotAnArticle, extract_all_text, extract_document
from newsreader.reading import SourceError, load_source, load_target
from newsreader.store import Store

STUB = (
    b"<html><head><title>Opening hours</title></head><body>"
    b"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    b"<main><h1>Opening hours</h1><p>The library opens at nine on weekdays.</p></main>"
    b"<footer>Contact us</footer></body></html>"
)


def test_stub_is_refused_with_a_specific_reason() -> None:
    """The extractor says how little text it found, not just "no"."""
    with pytest.raises(NotAnArticle, match=r"only \d+ characters"):
        extract_document(STUB)


def test_all_text_comes_after_a_note_with_the_reason() -> None:
    article = extract_all_text(STUB, reason="no article text found (only 38 characters)")
    assert article.title == "Opening hours"
    assert article.blocks[0].kind == "quote"
    assert "only 38 characters" in article.blocks[0].text
    assert "The library opens at nine on weekdays." in article.text
    assert "Contact us" not in article.text  # page furniture stays out when text remains


@pytest.mark.parametrize("data", [b"", b"   ", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"])
def test_nothing_to_fall_back_on_is_still_refused(data: bytes) -> None:
    with pytest.raises(NotAnArticle, match="why"):
        extract_all_text(data, reason="why")


def test_read_falls_back_but_extract_refuses(tmp_path: Path) -> None:
    """`read` (load_target) stores the fallback; `extract` (load_source) keeps refusing."""
    page = tmp_path / "stub.html"
    page.write_bytes(STUB)
    with pytest.raises(SourceError, match=r"only \d+ characters"):
        load_source(str(page))
    store = Store(tmp_path / "news.db")
    article_id = load_target(store, Settings(), str(page))
    stored = store.get_article(article_id).article
    assert stored is not None
    assert stored.text.startswith("newsreader: not shown as an article (no article text")
    assert "The library opens at nine on weekdays." in stored.text


PAYWALL = (
    b"<html><head><title>Sign in to continue</title></head><body>"
    b"<main><h1>Subscribe to keep reading</h1>"
    b"<p>You have read all your free articles this month.</p>"
    b"<form><input name='email'><button>Sign in</button></form></main></body></html>"
)


def test_a_page_that_is_all_boilerplate_still_falls_back_to_its_text(tmp_path: Path) -> None:
    """A paywall holds only what cleaning removes; `read` still shows it, after the note,
    instead of refusing with nothing."""
    article = extract_all_text(PAYWALL, reason="no article text found (only 0 characters)")
    assert article.blocks[0].kind == "quote"
    assert "You have read all your free articles this month." in article.text
    page = tmp_path / "paywall.html"
    page.write_bytes(PAYWALL)
    store = Store(tmp_path / "news.db")
    stored = store.get_article(load_target(store, Settings(), str(page))).article
    assert stored is not None and "free articles this month" in stored.text


def test_a_page_read_from_a_file_keeps_its_canonical_address(tmp_path: Path) -> None:
    """A saved web page names where it lives; the Read later article links there (`o`)."""
    page = tmp_path / "saved.html"
    body = "".join(
        f"<p>Paragraph {i}: the council met on Tuesday and agreed the budget.</p>" for i in range(8)
    )
    page.write_text(
        "<html><head><title>Budget agreed</title>"
        '<link rel="canonical" href="https://news.example/budget"></head>'
        f"<body><article><h1>Budget agreed</h1>{body}</article></body></html>"
    )
    store = Store(tmp_path / "news.db")
    first = load_target(store, Settings(), str(page))
    assert store.get_headline(first).url == "https://news.example/budget"
    assert load_target(store, Settings(), str(page)) == first

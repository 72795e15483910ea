"""Hostile and broken input: nothing but NotAnArticle escapes, nothing unsafe leaks."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsreader.extract import NotAnArticle, extract_document, extract_html, extract_text
from newsreader.models import Article

DATA = Path(__file__).parent.parent / "data" / "extract"
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _paragraphs(count: int) -> str:
    return "".join(
        f"<p>Paragraph number {i} of the article says something new, with a comma, "
        f"and it is long enough to be counted as real article text {i}.</p>"
        for i in range(count)
    )


def _all_strings(article: Article) -> list[str]:
    values = [
        article.title,
        article.author,
        article.site_name,
        article.section,
        article.canonical_url,
        article.image_url,
        article.language,
        article.text,
    ]
    values += [block.text for block in article.blocks]
    values += [block.url for block in article.blocks]
    return [value for value in values if value]


def test_leaky_tags_never_produce_text() -> None:
    """script, style, template, noscript, svg and hidden elements stay silent."""
    article = extract_html((DATA / "leaky-tags.html").read_text(encoding="utf-8"))
    assert "LEAK" not in article.text
    assert "Engineers expect the restored bridge" in article.text


def test_escape_sequences_from_entities_are_stripped() -> None:
    """&#x1b; decodes to ESC; every string in the article is free of controls."""
    article = extract_html((DATA / "escape-entities.html").read_text(encoding="utf-8"))
    assert "Evil" in article.text and "reversed" in article.text
    for value in _all_strings(article):
        assert not _CONTROL.search(value), repr(value)
    assert "pwned" not in article.text  # the OSC title payload goes with its sequence
    assert article.title == "Bridge vote"


def test_deeply_nested_markup() -> None:
    """10,000 levels of nesting neither overflow the stack nor lose the text."""
    html = "<html><body>" + "<div><span>" * 10_000 + _paragraphs(5) + "</span></div>" * 10_000
    article = extract_html(html)
    assert "Paragraph number 4" in article.text


def test_deeply_nested_lists_unclosed() -> None:
    html = "<ul><li>" * 10_000 + _paragraphs(5)
    assert "Paragraph number 0" in extract_html(html).text


def test_huge_page() -> None:
    """A 20 MB page is handled (and stays linear)."""
    filler = "<div class='teaser'><a href='/x'>Another link</a></div>" * 200_000
    html = f"<html><body>{filler}<article>{_paragraphs(50)}</article>{filler}</body></html>"
    assert len(html) > 20_000_000
    article = extract_html(html)
    assert "Paragraph number 49" in article.text


def test_nul_bytes() -> None:
    html = "<html><body><article>" + _paragraphs(5).replace("article", "art\x00icle") + "</article>"
    article = extract_html(html.encode("utf-8"))
    assert "\x00" not in article.text
    assert "article text" in article.text


def test_broken_html() -> None:
    """Unclosed tags, stray end tags and attribute soup still give the article."""
    html = "<html><body><div class=x <p>" + _paragraphs(5).replace("</p>", "") + "</b></i></td>"
    assert "Paragraph number 3" in extract_html(html).text


def test_javascript_urls_are_dropped() -> None:
    html = (
        '<html><head><link rel="canonical" href="javascript:alert(1)">'
        '<meta property="og:image" content="data:image/png;base64,AAAA"></head><body><article>'
        f'<figure><img src="javascript:alert(2)"><figcaption>x</figcaption></figure>{_paragraphs(4)}'
        "</article></body></html>"
    )
    article = extract_html(html, url="https://site.example/a")
    assert article.canonical_url is None
    assert article.image_url is None
    assert all(block.kind != "image" for block in article.blocks)


def _mutations(seed: int) -> list[bytes]:
    """Random cuts, splices and byte noise over the fixture pages."""
    rng = random.Random(seed)
    pages = [path.read_bytes() for path in sorted(DATA.glob("*.html"))]
    out: list[bytes] = []
    for _ in range(60):
        page = bytearray(rng.choice(pages))
        for _ in range(rng.randint(1, 20)):
            position = rng.randrange(len(page))
            action = rng.random()
            if action < 0.4:
                page[position] = rng.randrange(256)
            elif action < 0.7:
                del page[position : position + rng.randint(1, 200)]
            else:
                insert = rng.choice(
                    [
                        b"<",
                        b">",
                        b"</div>",
                        b"<!--",
                        b"&#x1b;",
                        b"\x00",
                        b"<script>",
                        b"\xff\xfe",
                        b"<svg>",
                        b"]]>",
                        b"&#0;",
                    ]
                )
                page[position:position] = insert
        out.append(bytes(page))
    out += [bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000))) for _ in range(20)]
    return out


@pytest.mark.parametrize("seed", range(3))
def test_fuzz_only_not_an_article_escapes(seed: int) -> None:
    """Mutated pages and random bytes either extract cleanly or raise NotAnArticle."""
    for data in _mutations(seed):
        for call in (
            lambda d: extract_document(d, content_type="text/html"),
            lambda d: extract_document(d),
            lambda d: extract_text(d.decode("latin-1")),
        ):
            try:
                article = call(data)
            except NotAnArticle as error:
                assert str(error)
                continue
            for value in _all_strings(article):
                assert not _CONTROL.search(value), repr(value[:80])

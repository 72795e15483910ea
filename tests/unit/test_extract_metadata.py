"""Metadata comes from JSON-LD, OpenGraph, plain <meta> tags and <time>, in that order."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsreader.extract import extract_html
from newsreader.extract.dates import parse_date
from newsreader.models import Article

DATA = Path(__file__).parent.parent / "data" / "extract"


def _load(name: str, url: str | None = "https://gazette.example/news/page") -> Article:
    return extract_html((DATA / f"{name}.html").read_bytes(), url)


def test_jsonld() -> None:
    """NewsArticle JSON-LD gives headline, authors, date in UTC, section, image, site."""
    article = _load("metadata-jsonld")
    assert article.title == "Millbrook votes to rebuild the Wren bridge"
    assert article.author == "Jane Doe, Sam Roe"
    assert article.published == datetime(2024, 3, 5, 20, 30, tzinfo=UTC)
    assert article.published.tzinfo is UTC
    assert article.section == "Local"
    assert article.site_name == "Millbrook Gazette"
    assert article.image_url == "https://gazette.example/img/bridge.jpg"
    assert article.canonical_url == "https://gazette.example/news/bridge"
    assert article.language == "en-GB"


def test_jsonld_graph() -> None:
    """An article inside @graph is found among other objects."""
    article = _load("metadata-jsonld-graph")
    assert article.title == "Graph headline for the bridge"
    assert article.author == "Graph Author"
    assert article.published == datetime(2024, 3, 5, tzinfo=UTC)


def test_opengraph() -> None:
    """OpenGraph fills title, site, section, date, URLs; og:locale gives the language."""
    article = _load("metadata-opengraph")
    assert article.title == "OG: Millbrook rebuilds its bridge"
    assert article.site_name == "The Gazette (OG)"
    assert article.section == "Local news"
    assert article.published == datetime(2024, 3, 5, 20, 30, tzinfo=UTC)
    assert article.canonical_url == "https://gazette.example/og/bridge"
    assert article.image_url == "https://gazette.example/img/og-bridge.jpg"
    assert article.language == "en-GB"


def test_plain_meta_tags() -> None:
    """<meta name=author/date/application-name> and <html lang> are read."""
    article = _load("metadata-meta", url=None)
    assert article.author == "Meta Author"
    assert article.published == datetime(2024, 3, 5, 20, 30, tzinfo=UTC)
    assert article.site_name == "Gazette App"
    assert article.language == "fr-FR"
    assert article.canonical_url is None
    assert article.title == "Millbrook votes to rebuild the Wren bridge"


def test_time_element_and_rel_author() -> None:
    """Without structured data, <time datetime> and rel=author are used."""
    article = _load("metadata-time")
    assert article.published == datetime(2024, 3, 5, 20, 30, tzinfo=UTC)
    assert article.author == "Jane Doe"
    assert "5 March 2024" not in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05T21:30:00+01:00", datetime(2024, 3, 5, 20, 30, tzinfo=UTC)),
        ("2024-03-05T20:30:00Z", datetime(2024, 3, 5, 20, 30, tzinfo=UTC)),
        ("2024-03-05T20:30:00.123-0500", datetime(2024, 3, 6, 1, 30, tzinfo=UTC)),
        ("2024-03-05", datetime(2024, 3, 5, tzinfo=UTC)),
        ("20240305T203000Z", datetime(2024, 3, 5, 20, 30, tzinfo=UTC)),
        ("Tue, 05 Mar 2024 20:30:00 GMT", datetime(2024, 3, 5, 20, 30, tzinfo=UTC)),
        ("not a date", None),
        ("0001-01-01T00:00:00Z", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: datetime | None) -> None:
    """Dates in the common formats become aware UTC datetimes; junk becomes None."""
    assert parse_date(value) == expected

"""Markdown and plain renderers keep block structure and cannot be tricked by text."""

from __future__ import annotations

from datetime import UTC, datetime

from newsreader.extract import to_markdown, to_plain
from newsreader.models import Article, Block


def _article() -> Article:
    blocks = [
        Block("paragraph", "First paragraph.\n# not a heading"),
        Block("heading", "Section", level=2),
        Block("quote", "A quoted line."),
        Block("list_item", "one"),
        Block("list_item", "two"),
        Block("list_item", "first", ordered=True),
        Block("preformatted", "code ```\n  indented"),
        Block("image", "A bridge", url="https://img.example/b.jpg"),
    ]
    return Article.from_blocks(
        blocks, title="Title", author="Jane Doe", published=datetime(2024, 3, 5, 20, 30, tzinfo=UTC)
    )


def test_markdown() -> None:
    markdown = to_markdown(_article())
    assert markdown.startswith("# Title\n\n*By Jane Doe · 2024-03-05 20:30 UTC*\n\n")
    assert "First paragraph.  \n\\# not a heading" in markdown
    assert "\n## Section\n" in markdown
    assert "\n> A quoted line.\n" in markdown
    assert "\n- one\n- two\n" in markdown
    assert "\n1. first\n" in markdown
    assert "````\ncode ```\n  indented\n````" in markdown
    assert "![A bridge](https://img.example/b.jpg)" in markdown


def test_plain() -> None:
    plain = to_plain(_article())
    assert plain.startswith("Title\nBy Jane Doe · 2024-03-05 20:30 UTC\n\nFirst paragraph.")
    assert plain.endswith("code ```\n  indented\n")
    assert "A bridge" not in plain  # captions are not body text

"""The sanitiser removes every way text could drive the terminal."""

from __future__ import annotations

import pytest

from newsreader.sanitize import sanitize_line, sanitize_text, sanitize_url


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("plain", "plain"),
        ("red \x1b[31mtext\x1b[0m", "red text"),
        ("title\x1b]0;pwned\x07 here", "title here"),
        ("clip\x1b]52;c;ZXZpbA==\x1b\\board", "clipboard"),
        ("dcs\x1bPq#0;2;0;0;0\x1b\\end", "dcsend"),
        ("c1 \x9b31m csi", "c1  csi"),
        ("bell\x07 nul\x00 del\x7f", "bell nul del"),
        ("bidi \u202eevil\u202c", "bidi evil"),
        ("lines\r\nkept\rand\ttabs", "lines\nkept\nand\ttabs"),
        ("", ""),
    ],
)
def test_sanitize_text(raw: str, clean: str) -> None:
    assert sanitize_text(raw) == clean


def test_sanitize_line_collapses_whitespace() -> None:
    assert sanitize_line("  a\n\tb  \x1b[2J c ") == "a b c"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("HTTP://example.com", "HTTP://example.com"),
        ("javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ("file:///etc/passwd", None),
        (None, None),
    ],
)
def test_sanitize_url(raw: str | None, clean: str | None) -> None:
    assert sanitize_url(raw) == clean

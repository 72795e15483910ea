"""Placeholder, replaced below."""

from __future__ import annotations

from newsreader.models import Article


def extract_text(text: str) -> Article:
    """Placeholder."""
    raise NotImplementedError

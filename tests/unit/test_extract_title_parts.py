"""The page's own headline shows which part of a `<title>` is the headline: the site
and section names around it go, whatever they are called.

Hand-made pages; none is a copy of a real page.
"""

from __future__ import annotations

import pytest
from bridge_story import BRIDGE_STORY

from newsreader.extract import extract_html

STORY = BRIDGE_STORY[:3]
HEADLINE = "Council votes to rebuild bridge"


def _page(title: str, heading: str = HEADLINE) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<div class='story'><h2>{heading}</h2>{paragraphs}</div></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        f"{HEADLINE} - Local News - The Millbrook Courier",
        f"Millbrook Courier :: {HEADLINE}",
        f"Courier | Local | {HEADLINE}",
    ],
)
def test_the_heading_that_is_a_part_of_the_title_is_the_headline(title: str) -> None:
    article = extract_html(_page(title))
    assert article.title == HEADLINE
    assert article.text.startswith(STORY[0])


def test_a_heading_that_is_only_inside_a_title_part_is_left_alone() -> None:
    """ "Bridge" is a word of the title, not one of its parts: it is a subheading."""
    article = extract_html(_page(f"{HEADLINE} - Millbrook Courier", heading="Bridge"))
    assert article.title == HEADLINE
    assert article.text.startswith("Bridge")

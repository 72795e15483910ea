"""Plain text: a post of one sentence under its headline is an article; a headline
with a stub ("More soon.") or clutter alone is not.

Hand-made texts; none is a copy of a real page.
"""

from __future__ import annotations

import pytest

from newsreader.extract import NotAnArticle, extract_text


def test_a_one_sentence_post_is_returned() -> None:
    """A picture post or a link post says one thing in one sentence: it is the body."""
    text = (
        "A pencil drawing that looks like a photograph\n\n"
        "By Jane Doe\n\n"
        "No matter how long I stare at it, I still cannot believe this is a pencil drawing.\n\n"
        "Read More\n"
    )
    article = extract_text(text)
    assert article.title == "A pencil drawing that looks like a photograph"
    assert article.text == (
        "No matter how long I stare at it, I still cannot believe this is a pencil drawing."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Breaking news\n\nMore soon.",
        "Storm closes the bridge\n\nPhotos: the storm in pictures\n\nShare this article",
        "ADVERTISEMENT\n\nWe use cookies on our website to give you a better experience.",
    ],
)
def test_a_headline_with_a_stub_or_clutter_is_still_refused(text: str) -> None:
    with pytest.raises(NotAnArticle, match="no sentence"):
        extract_text(text)

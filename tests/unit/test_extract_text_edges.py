"""Plain text: what decides a line is clutter is where it stands and what it is next to.

Hand-made texts in the shapes a copy-paste from a page takes; none is a copy of a real
page.
"""

from __future__ import annotations

from newsreader.extract import extract_text

LEDE = (
    "WASHINGTON (AP) — The Senate voted 61-38 on Thursday to extend the program for two "
    "more years, sending the measure to the president after a week of late-night sessions."
)
SECOND = (
    "The vote came after negotiators agreed to drop a provision that would have required "
    "new reporting rules for the agencies that run the program, aides said."
)
THIRD = (
    "The president is expected to sign the bill on Friday, the White House said in a "
    "statement released shortly after the vote."
)


def test_placeholder_does_not_open_a_list() -> None:
    """A picture's bare label or a gallery button interrupts; the short lines after it
    (a subheading, a kicker) are the text's own, not a list of other stories."""
    text = (
        f"Senate extends program\n\n{LEDE}\n\nPhoto\n\nWhat the bill changes\n\n{SECOND}\n\n"
        f"Next\n\nThe money\n\nWhere the funds go\n\n{THIRD}\n"
    )
    article = extract_text(text)
    for kept in ("What the bill changes", "The money", "Where the funds go"):
        assert kept in article.text
    assert "Photo" not in article.text
    assert "Next" not in article.text


def test_label_still_takes_its_list_along() -> None:
    """A label that announces other stories still drops the headlines under it."""
    text = (
        f"Senate extends program\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\nPhoto\n\n"
        "Related stories\n\nStorm leaves thousands without power\n\n"
        "Markets rally as inflation cools\n"
    )
    article = extract_text(text)
    assert article.text.endswith("shortly after the vote.")

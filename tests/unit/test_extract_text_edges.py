"""Plain text: what decides a line is clutter is where it stands and what it is next to.

Hand-made texts in the shapes a copy-paste from a page takes; none is a copy of a real
page.
"""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    "first",
    [
        "Posted by jdoe and mkay on 2019-02-15, all posts",
        "Why do some towns vote to extend the program year after year while their "
        "neighbours let it lapse without a second thought?",
    ],
)
def test_byline_or_long_question_is_not_the_title(first: str) -> None:
    """An untitled text opening with a byline or a long question keeps it in the body."""
    article = extract_text(f"{first}\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n")
    assert article.title == ""
    assert article.text.startswith(first)


def test_no_title_under_the_byline() -> None:
    """A headline stands above its byline: a short line under the date is the body's."""
    article = extract_text(
        f"Last updated September 14, 2016\n\nWhat the bill changes\n\n{LEDE}\n\n{SECOND}\n"
    )
    assert article.title == ""
    assert article.published is not None
    assert article.text.startswith("What the bill changes")


def test_short_question_is_still_the_title() -> None:
    article = extract_text(f"Will the program survive?\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == "Will the program survive?"


def test_closing_short_line_is_kept() -> None:
    """A credit or signature after the last paragraph is the text's own, even when a
    "Related" list and a cookie notice follow it."""
    text = (
        f"Senate extends program\n\n{LEDE}\n\n{SECOND}\n\n{THIRD}\n\n"
        "Provided by the Capitol Wire Service\n\nRelated stories\n\n"
        "Storm leaves thousands without power\n\n"
        "We use cookies on our website to give you a better experience.\n"
    )
    article = extract_text(text)
    assert article.text.endswith(f"{THIRD}\n\nProvided by the Capitol Wire Service")
    assert article.blocks[-1].kind == "paragraph"


def test_label_after_a_body_of_short_lines_takes_its_list() -> None:
    """A body with no long paragraph (a table of results) still ends at a label."""
    rows = "\n\n".join(f"Team {number} scored {number}.5 points" for number in range(12))
    text = (
        f"Results\n\n{rows}\n\nRelated stories\n\n"
        "Storm leaves thousands without power across the region\n\n"
        "Markets rally as inflation cools for a third month\n\nRead More\n"
    )
    article = extract_text(text)
    assert article.text.endswith("Team 11 scored 11.5 points")


def test_link_words_in_a_sentence_inside_the_body_are_kept() -> None:
    """Inside the body "Click here to …" written as a sentence is the writer's; a bare
    link, a call to act, or the same words after the last paragraph still go."""
    pointer = "Click here to see the full list of towns that voted on the program."
    text = (
        f"Senate extends program\n\n{LEDE}\n\n{pointer}\n\n"
        "Click here to subscribe to our newsletter for the week's best stories.\n\n"
        "Related: Senate passed a similar bill two years ago\n\n"
        f"{SECOND}\n\n{THIRD}\n\nClick here to read more stories from the Capitol today.\n"
    )
    article = extract_text(text)
    assert [b.text for b in article.blocks] == [LEDE, pointer, SECOND, THIRD]


def test_line_leading_on_is_not_the_title() -> None:
    """An untitled text opening with a line that ends in a colon keeps it in the body."""
    first = "Here is what the bill changes for small towns:"
    article = extract_text(f"{first}\n\n{LEDE}\n\n{SECOND}\n")
    assert article.title == ""
    assert article.text.startswith(first)

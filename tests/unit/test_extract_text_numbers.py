"""Plain text: a headline names something, and a list's written numbers are kept when
they say more than the item's place (a countdown, a list that goes on, gaps).

Hand-made texts; none is a copy of a real page.
"""

from __future__ import annotations

from newsreader.extract import extract_text

PARAGRAPH = (
    "The harbour master said on Monday that the winter berths would be given out in the "
    "order the requests came in, as they are every year, and that the fees stay the same."
)
CLOSING = (
    "Requests can be made at the harbour office until the end of the month, and the "
    "list of berths given out will be posted on the board outside by the first week."
)


def _items(text: str) -> list[tuple[str, str, bool]]:
    article = extract_text(text)
    return [(b.kind, b.text, b.ordered) for b in article.blocks if b.text[:1].isdigit()]


def test_a_list_counting_from_one_is_an_ordered_list() -> None:
    """1, 2, 3: the numbers are markers a reader gives back as they were."""
    text = "\n\n".join(
        ["Berths for the winter", PARAGRAPH, "1. North quay", "2. Marina pontoon", CLOSING]
    )
    items = [(b.text, b.ordered) for b in extract_text(text).blocks if b.kind == "list_item"]
    assert items == [("North quay", True), ("Marina pontoon", True)]


def test_a_countdown_keeps_its_numbers() -> None:
    """10, 9, 8: renumbering the items 1, 2, 3 would turn the ranking upside down."""
    text = "\n\n".join(
        [
            "The busiest harbours",
            PARAGRAPH,
            "3. Old slipway",
            "2. Marina pontoon",
            "1. North quay",
            CLOSING,
        ]
    )
    assert _items(text) == [
        ("paragraph", "3. Old slipway", False),
        ("paragraph", "2. Marina pontoon", False),
        ("paragraph", "1. North quay", False),
    ]


def test_a_list_that_goes_on_or_skips_keeps_its_numbers() -> None:
    """A list that starts at 6 (after an earlier part) or skips a number would be
    renumbered wrongly from 1: its numbers stay in the text."""
    going_on = "\n\n".join(
        ["More harbours", PARAGRAPH, "6. Old slipway", "7. Marina pontoon", CLOSING]
    )
    assert [text for _, text, _ in _items(going_on)] == ["6. Old slipway", "7. Marina pontoon"]
    skipping = "\n\n".join(["Harbours", PARAGRAPH, "1. Old slipway", "3. North quay", CLOSING])
    assert [text for _, text, _ in _items(skipping)] == ["1. Old slipway", "3. North quay"]


def test_a_line_without_letters_is_not_the_headline() -> None:
    """A comment count or a rule above the text ("24", "* * *") names nothing: the
    headline is the first line that does."""
    article = extract_text(f"24\n\nWinter berths given out in order\n\n{PARAGRAPH}\n\n{CLOSING}")
    assert article.title == "Winter berths given out in order"
    untitled = extract_text(f"2019\n\n{PARAGRAPH}\n\n{CLOSING}")
    assert untitled.title == ""
    assert untitled.text.startswith("2019")

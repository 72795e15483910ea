"""A surname after a body's possessive ("Gartner's King said") names the person the text
gave in full, not the body glued to the surname, even when the surname is also a title
word ("King", "Bishop")."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_CASES = [
    (
        "Charles King, an analyst with Gartner, praised the deal. Gartner's King said "
        "the deal raises “interesting questions. It is hard to say.”",
        "Charles King",
    ),
    (
        "Maria Bishop of Quarto-Tech praised the deal. Quarto-Tech's Bishop said it raises "
        "“interesting questions. It is hard to say.”",
        "Maria Bishop",
    ),
    # guards: the full name after the possessive, and a body's own possessive noun
    (
        "Dell praised the deal. “We are pleased with the outcome,” said Dell's Eric Cannell.",
        "Eric Cannell",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _CASES)
def test_owned_surname_names_the_person(text: str, speaker: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker == speaker
    assert quote.speaker_sure

"""A surname stands for the full name the text gives with a given name or a title, not for
an earlier capitalised pair whose first word is no given name (a headline's "Mogul Smith",
a role word before a surname)."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import sure_speakers

from newsreader.analysis.entities import find_entities

_CASES = [
    # headline word before the surname, the full name in the first sentence
    (
        "Mogul Hartley backs new band\n\nTony Hartley, the music mogul, is to launch a label. "
        "Hartley said the band was ready.",
        "Tony Hartley",
    ),
    (
        "Tycoon Pemberton eyes club\n\nThe tycoon Gerald Pemberton wants to buy the club. "
        "Pemberton said talks were going well.",
        "Gerald Pemberton",
    ),
    # guard: the first full name opens with a given name; a later one is another person
    (
        "Anna Kessler won the race. Her coach Mark Kessler watched. Kessler said it was a "
        "great day.",
        "Anna Kessler",
    ),
    # guard: a rare given name (no everyday word) keeps the surname
    (
        "Jimbo Larkin praised the team. Receiver Eric Larkin caught two passes. Larkin said "
        "the energy was good.",
        "Jimbo Larkin",
    ),
    # guard: a titled first mention keeps the surname
    (
        "Senator Grace Holloway spoke first. Dean Holloway, her brother, followed. Holloway "
        "said the vote was close.",
        "Grace Holloway",
    ),
]


@pytest.mark.parametrize(("text", "key"), _CASES)
def test_surname_takes_the_full_name_opened_by_a_given_name(text: str, key: str) -> None:
    last = [e for e in find_entities(text) if e.kind == "person"][-1]
    assert last.text.split()[-1] == key.split()[-1]
    assert last.key == key


def test_speaker_named_by_surname_gets_the_given_name() -> None:
    text = (
        "Mogul Hartley backs new band\n\nTony Hartley, the music mogul, is to launch a label. "
        "Hartley conceded that his efforts had been “dismal and despondent experiences”."
    )
    assert sure_speakers(text) == ["Tony Hartley"]

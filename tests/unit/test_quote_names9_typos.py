"""A bare surname written with two neighbouring letters swapped ("Mr Montieth" after "David
Monteith"), or one letter dropped or added inside it ("Ms Baily" after "Peggy Bailey"), is
that person's: copy's commonest slips of a name."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.entities import find_entities

_CASES = [
    ("Engineer David Monteith built the device. Mr Montieth says it works.", "David Monteith"),
    ("Inspector Ian Hasleby led the search. Mr Haselby said it was dangerous.", "Ian Hasleby"),
    # one letter dropped or added inside the surname
    ("The organiser Peggy Bailey opened the fair. Ms Baily said it went well.", "Peggy Bailey"),
    ("Coach Tom Mathers ran the camp. Mr Matthers said it went well.", "Tom Mathers"),
]


@pytest.mark.parametrize(("text", "key"), _CASES)
def test_swapped_letters_name_the_person(text: str, key: str) -> None:
    assert [e.key for e in find_entities(text) if e.kind == "person"][-1] == key


_GUARDS = [
    # another surname, not a swap of neighbouring letters
    ("Engineer David Monteith built it. Mr Montague says it works.", "Montague"),
    # two people whose surnames a swap could reach: neither
    ("Ann Marsin and Tom Masrni met. Mr Marsni said so.", "Marsni"),
    # a letter added at the end is another name ("Roberts" beside "Anna Robert")
    ("Coach Anna Robert ran the camp. Mr Roberts said it went well.", "Roberts"),
    # a given name is no surname to reach
    ("Pastor Martin Ashby led prayers. Mr Martine said it went well.", "Martine"),
    # short words are left alone
    ("Engineer Tom Ahn built it. Mr Hna says it works.", "Hna"),
]


@pytest.mark.parametrize(("text", "key"), _GUARDS)
def test_other_surnames_stay(text: str, key: str) -> None:
    persons = [e.key for e in find_entities(text) if e.kind == "person"]
    assert key in persons


def test_misspelt_speaker_gets_the_full_name() -> None:
    text = (
        "Engineer David Monteith built the device. Mr Montieth says: “If the sound is off to "
        "one side it will reach one ear first.”"
    )
    quote = find_quotes(text)[0]
    assert quote.speaker == "David Monteith"
    assert quote.speaker_sure

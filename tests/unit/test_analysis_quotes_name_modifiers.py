"""A name used as a modifier between an article and a noun (`a Trump supporter`, `an Obama
rally`, `the Clinton campaign`) names nobody a later "he said" could stand for; a name that
is the subject of a clause still is."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

WORDS = "“I don’t think it is do or die, any endorsement in particular,”"

CASES = [
    (
        "Rep. Lee Zeldin of New York, a Trump supporter, said it will help both men if they"
        f" work through their differences.\n\n{WORDS} he said outside the building.",
        "Lee Zeldin",
        True,
    ),
    (
        "Senator John Kerry spoke at an Obama rally in Charleston, where he said the race"
        f" was far from over.\n\n{WORDS} he said.",
        "John Kerry",
        True,
    ),
    # no guess: the other man is the subject of a clause
    (
        "Rep. Lee Zeldin of New York said it will help if they work through their differences,"
        f" but Trump disagreed.\n\n{WORDS} he said outside the building.",
        "Lee Zeldin",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_a_name_as_a_modifier_is_no_rival(text: str, speaker: str, sure: bool) -> None:
    story = "Report\n\nDonald Trump, Barack Obama and others campaigned on Monday.\n\n" + text
    quote = find_quotes(story)[-1]
    assert quote.speaker == speaker
    assert quote.speaker_sure is sure

"""Pronoun speakers ("…," he said) after a sentence whose first clause belongs to someone
else's possession (`Dan Morrow’s late goal helped City …`): the owner is no clause's
subject, and when the one in focus is named again after them (`… and Keller sympathised`),
"he" is the one in focus, sure. Without that, or when what the owner has is their words
(`Morrow’s remarks`), the owner stays in play: no guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

OPENING = "Club manager Tom Keller was pleased after the match.\n\n"
WORDS = " “I feel a bit for them today,” he said."

CASES = [
    # (text, speaker of the last quote, sure)
    # the one in focus named again after the owner
    (
        OPENING + "Dan Morrow’s late goal helped City come back from two down at the Valley "
        "and Keller sympathised with the home side afterwards." + WORDS,
        "Tom Keller",
        True,
    ),
    # guard: not named again: the owner may be the one meant
    (
        OPENING + "Dan Morrow’s late goal helped City come back from two down at the Valley "
        "and the home side were beaten." + WORDS,
        "Tom Keller",
        False,
    ),
    # guard: what the owner has is their words: someone who spoke, still in play
    (
        OPENING + "Dan Morrow’s remarks about the referee helped nobody and Keller "
        "sympathised with the home side afterwards." + WORDS,
        "Tom Keller",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_an_owner_is_no_rival_to_the_one_named_again(text: str, speaker: str, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure

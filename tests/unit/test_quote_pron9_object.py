"""Pronoun speakers ("…," he said) after a sentence that names a second person: one named
before the words a pronoun's clause reports (`Mr Lindqvist "made the decisions," he told the
court`) is what the words are about, so "he" is the one in focus before. The object of the
subject's verb stays in play (`Morrow asked Varga …`, `confronted Varga`, `convinced Varga
to take …`): no guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    # guard: one the subject asked may answer
    (
        "Film critic Dan Morrow picked his winners for the awards on Sunday.\n\n"
        "Morrow also asked Karl Varga about the best actor prize. “If any film wins "
        "tonight, it will be this one,” he said.",
        "Dan Morrow",
        False,
    ),
    # guard: one confronted may answer
    (
        "Film critic Dan Morrow picked his winners for the awards on Sunday.\n\n"
        "Morrow also confronted Karl Varga over the best actor prize. “If any film wins "
        "tonight, it will be this one,” he said.",
        "Dan Morrow",
        False,
    ),
    # guard: one persuaded to act is the subject of what follows
    (
        "Club owner Dan Morrow spoke to the press on Friday.\n\n"
        "Morrow convinced Karl Varga to take the job. “He is not an easy man to turn "
        "down,” he said.",
        "Dan Morrow",
        False,
    ),
    # the one named before the reported words is what they are about
    (
        "Former chief executive Tom Hale denied the charges on Tuesday.\n\n"
        "Speaking in court, Mr Hale blamed his finance chief for the losses. Mr Lindqvist "
        "“made the accounting decisions,” he told the court, saying his finance chief had "
        "“a firm command of all the numbers”.",
        "Tom Hale",
        True,
    ),
    # and is not the speaker when someone else was embedded before: unsure, never him
    (
        "Former chief executive Tom Hale denied the charges on Tuesday.\n\n"
        "Speaking in court, Mr Hale rejected claims he pressured finance chief Peter "
        "Lindqvist to hide losses. Mr Lindqvist “made the accounting decisions,” he told "
        "the court, saying his finance chief had “a firm command of all the numbers”.",
        "Tom Hale",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_pronoun_speaker(text: str, speaker: str, sure: bool) -> None:
    """The last quote's speaker: `speaker` and sure, or else unsure (whoever the guess)."""
    quote = find_quotes(text)[-1]
    assert (quote.speaker_confidence >= SPEAKER_SURE) == sure
    if sure or quote.speaker is not None:
        assert quote.speaker == speaker

"""Pronoun speakers ("…," he said) after a sentence that names a second person who is only
acted upon or talked about: the object of the subject's verb (`Jolin also tipped Phil Davis
for the prize.` ¶ `"…," he said` is Jolin), and a person named before the words a pronoun's
clause reports (`Mr Lindqvist "made the decisions," he told the court`: Lindqvist is what the
words are about, so "he" is the one in focus before). Guard rows keep a second subject, one
asked or met, and one told to act (`convinced Hodgson to take`) in play: no guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    # the object of the subject's verb is acted upon, not a rival for "he"
    (
        "Film critic Dan Morrow picked his winners for the awards on Sunday.\n\n"
        "Morrow also tipped Karl Varga for the best actor prize. “If any film wins "
        "tonight, it will be this one,” he said.",
        "Dan Morrow",
        True,
    ),
    # guard: one the subject asked may answer
    (
        "Film critic Dan Morrow picked his winners for the awards on Sunday.\n\n"
        "Morrow also asked Karl Varga about the best actor prize. “If any film wins "
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

"""A paragraph that is nothing but a quotation continues the person who spoke in prose in
the paragraph before (`Smith said the town had changed.` ¶ `"It's not home any more."`).
Other people named inside that speaker's own sentence (a relative clause on the speaker, the
people the reported words are about) are not someone new taking over; a person who comes
in after that sentence is, and then there is no sure speaker."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote or None, sure)
    # a name in a relative clause on the speaker
    (
        "Lena Varga, who had never met Tomas Brandt before the trial, said she was impressed "
        "by his work.\n\n"
        "“We spoke about a range of things, and it was a chance for me to meet him.”",
        "Lena Varga",
        True,
    ),
    # a name inside the reported words
    (
        "Karl Weber said the decision by Anna Keller had surprised the whole board.\n\n"
        "“Nobody saw it coming, not even the chairman of the board.”",
        "Karl Weber",
        True,
    ),
    # the speaker's own sentence is the whole paragraph before, with a body in it
    (
        "In a statement, Helga Okafor said the Marlow Trust had closed the account.\n\n"
        "“We take the safety of our members very seriously and always will.”",
        "Helga Okafor",
        True,
    ),
    # no sure speaker: someone new is the subject of a later sentence
    (
        "Karl Weber said the decision had surprised the board. Anna Keller arrived an hour "
        "later with the papers.\n\n"
        "“Nobody saw it coming, not even the chairman of the board.”",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_quotation_only_paragraph_continues_the_prose_speaker(
    text: str, speaker: str | None, sure: bool
) -> None:
    quote = find_quotes(text)[-1]
    if sure:
        assert quote.speaker == speaker
        assert quote.speaker_confidence >= SPEAKER_SURE
    else:
        assert quote.speaker is None or quote.speaker_confidence < SPEAKER_SURE

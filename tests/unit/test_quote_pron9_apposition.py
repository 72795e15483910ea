"""A pronoun speaker ("…," he said) right after a sentence in which the one who spoke is
described by an apposition that itself names someone (`observed Jack Boorman, adviser to the
fund's managing director, Rodrigo Rato.` ¶ `"…," he said`): the name in apposition to the
role noun ending the description is part of it, nobody in play. Guard rows keep a second
subject after the description in play."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    (
        "A deal is still months away, observed Karl Varga, adviser to the bank's chief "
        "executive, Peter Lindqvist. “Everyone needs to keep the cost of the delay in "
        "mind,” he said.",
        "Karl Varga",
        True,
    ),
    (
        "A deal is still months away, said Anna Keller, spokeswoman for the city's mayor, "
        "Maria Novak. “We are not giving up on the deal yet,” she said.",
        "Anna Keller",
        True,
    ),
    # guard: a name after the description that goes on as a new clause's subject
    (
        "A deal is still months away, said Karl Varga, adviser to the bank, and Peter "
        "Lindqvist agreed. “Everyone needs to keep the cost of the delay in mind,” he said.",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_pronoun_speaker(text: str, speaker: str | None, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert (quote.speaker_confidence >= SPEAKER_SURE) == sure
    if sure:
        assert quote.speaker == speaker

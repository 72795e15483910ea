"""Pronoun speakers ("…," he said) when a second person of the pronoun's sex was named
between the subject in focus and the quotation: one the quotation's own words name (`"I feel
a bit for Nigel Worthing," he said`) is someone the speaker talks about, never the speaker,
so the subject in focus is sure. Anyone else named there stays in play: no guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

OPENING = "Club manager Tom Keller was pleased after the match.\n\n"

CASES = [
    # (text, speaker of the last quote, sure)
    # the one the words name in full is talked about
    (
        OPENING + "Keller sympathised with rival boss Nigel Worthing afterwards. “I feel a "
        "bit for Nigel Worthing,” he said.",
        "Tom Keller",
        True,
    ),
    # by the family name alone, in a quotation of two sentences
    (
        OPENING + "Keller also sympathised with his rival Nigel Worthing. “I feel a bit for "
        "Worthing. His team have spirit,” he said.",
        "Tom Keller",
        True,
    ),
    # guard: the words do not name him: he stays in play
    (
        OPENING + "Keller sympathised with rival boss Nigel Worthing afterwards. “I feel a "
        "bit for them,” he said.",
        "Tom Keller",
        False,
    ),
    # guard: a second man named, whom the words do not name, stays in play
    (
        OPENING + "Keller sympathised with rival boss Nigel Worthing and his coach Dan Morrow "
        "afterwards. “I feel a bit for Nigel Worthing,” he said.",
        "Tom Keller",
        False,
    ),
    # guard: the words name the one in focus, not the other: whom they talk about is not
    # the speaker, and nothing says the other is (tests/unit/test_quote_lead8_words.py)
    (
        OPENING + "Keller sympathised with rival boss Nigel Worthing afterwards. “Keller was "
        "right to attack,” he said.",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_one_named_in_the_words_is_not_the_speaker(
    text: str, speaker: str | None, sure: bool
) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure

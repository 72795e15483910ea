"""A person named only as a possessive in the sentence in which the chosen antecedent spoke
(`Brandt said she was troubled by Helga Okafor's remark.`) is someone talked about, not a
second speaker in play: a later "she said" stays sure. Two people of one sex who are both
subjects still leave the pronoun a guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    (
        "Maria Brandt said she was troubled by Helga Okafor's remark about the budget.\n\n"
        "“It was careless and it was wrong,” she said.",
        "Maria Brandt",
        True,
    ),
    (
        "Peter Lindqvist said he had read Thomas Weber’s letter twice before the vote.\n\n"
        "“Nothing in it surprised me at all,” he said.",
        "Peter Lindqvist",
        True,
    ),
    # no guess: both women are subjects, the other one of the reported clause
    (
        "Maria Brandt said Helga Okafor had misled the committee about the budget.\n\n"
        "“It was careless and it was wrong,” she said.",
        "Maria Brandt",
        False,
    ),
    # no guess: the possessive sits in a later sentence, where the other man is in play
    (
        "Peter Lindqvist said he had read the letter twice. Thomas Weber's aides disagreed.\n\n"
        "“Nothing in it surprised me at all,” he said.",
        "Peter Lindqvist",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_possessive_is_no_rival_in_the_speakers_own_sentence(
    text: str, speaker: str, sure: bool
) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def test_founding_example_still_names_the_official() -> None:
    """Three quotes by a described speaker keep their speaker."""
    text = (
        "“We are watching the border closely,” a senior State Department official said.\n\n"
        "“Nobody wants another crisis this winter,” the official said.\n\n"
        "“We will keep talking to both sides,” the official added."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 3
    assert all(q.speaker == "a senior State Department official" for q in quotes)

"""A person named only in passing in the sentence in which the chosen antecedent spoke is
someone talked about, not a second speaker in play: a later "he/she said" stays sure. In
passing means a possessive (`Brandt said she was troubled by Helga Okafor's remark.`) or,
when the pronoun's quotation comes straight after that sentence, a name inside the reported
speech or after a preposition. Two people of one sex who are both subjects, or a sentence
in between, still leave the pronoun a guess."""

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
    # a name inside the reported speech, the quotation straight after
    (
        "Karl Varga said Pieter Janssen had earned a start after a month on the bench. "
        "“He has been patient and he has trained brilliantly,” he said.",
        "Karl Varga",
        True,
    ),
    # the same with straight quotation marks: the quotation's opening mark is no closing one
    (
        "Karl Varga said Pieter Janssen had earned a start after a month on the bench.\n\n"
        '"He has been patient and he has trained brilliantly," he said.',
        "Karl Varga",
        True,
    ),
    # the object of a preposition, the quotation straight after
    (
        "Anna Keller said the report was sent to Maria Novak before the hearing.\n\n"
        "“Everyone in the room had read it by then,” she said.",
        "Anna Keller",
        True,
    ),
    # no guess: a sentence stands between the reported speech and the quotation
    (
        "Karl Varga said Pieter Janssen had earned a start. The club meets again on Friday.\n\n"
        "“He has been patient and he has trained brilliantly,” he said.",
        "Karl Varga",
        False,
    ),
    # no guess: the one asked about may be the one who answers
    (
        "Anna Keller asked what Maria Novak planned to publish next.\n\n"
        "“Something short, and soon,” she said.",
        "Anna Keller",
        False,
    ),
    # no guess: both women are subjects of main clauses in one sentence
    (
        "Maria Brandt said the plan was sound, but Helga Okafor disagreed.\n\n"
        "“It was careless and it was wrong,” she said.",
        "Maria Brandt",
        False,
    ),
    (
        "Maria Brandt said she had read the plan; Helga Okafor shook her head.\n\n"
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
def test_a_name_in_passing_is_no_rival_in_the_speakers_own_sentence(
    text: str, speaker: str, sure: bool
) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def _straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'")


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_straight_quotation_marks_decide_the_same(text: str, speaker: str, sure: bool) -> None:
    """Much news is typed with straight marks ("…"), where one mark both opens and closes:
    the quotation straight after the speaker's sentence must be seen there too."""
    quote = find_quotes(_straight(text))[-1]
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

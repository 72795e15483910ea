"""Rivals for a pronoun's antecedent, sturdier. The learned ranker does not overrule a pronoun's antecedent, sure, toward someone only
talked about in that antecedent's own reported words (`Cruz is right on the issues, Stovall
argues.` ¶ `"…," he says`: the one who spoke, not the one spoken of). Anyone else, or a
mention outside those words, stays the model's to choose. And a name inside the
antecedent's reported words is no rival when the pronoun opens the very next sentence
(`Varga said Janssen had earned a start.` `He said …`), as it already was not for a
quotation straight after."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.candidates import Candidate
from newsreader.analysis.ranker import Model, _in_words_of, choose
from newsreader.models import SPEAKER_SURE, Quote

WORDS_OF = [
    # (sentence, the candidate's name, the rules' pick, inside the pick's words)
    ("Cruz electrified the crowds, Stovall said.", "Ted Cruz", "Dale Stovall", True),
    ("Trump, Stovall said, has created a strange zone.", "Donald Trump", "Dale Stovall", True),
    ("Stovall said Cruz had earned the nomination.", "Ted Cruz", "Dale Stovall", True),
    ("Cruz is the most able candidate, Stovall argues.", "Ted Cruz", "Dale Stovall", True),
    # no: the reporting clause is someone else's
    ("Cruz electrified the crowds, Baxter said.", "Ted Cruz", "Dale Stovall", False),
    # no: the candidate is the one who reports
    ("Cruz said Stovall had earned the nomination.", "Ted Cruz", "Dale Stovall", False),
    # no: no reporting clause in the candidate's sentence
    ("Cruz electrified the crowds. Stovall said so.", "Ted Cruz", "Dale Stovall", False),
]


@pytest.mark.parametrize(("sentence", "name", "pick", "inside"), WORDS_OF)
def test_a_mention_inside_the_picks_reported_words(
    sentence: str, name: str, pick: str, inside: bool
) -> None:
    surname = name.split()[-1]
    start = sentence.index(surname)
    candidate = Candidate(name, start, start + len(surname), "entity")
    assert _in_words_of(sentence, candidate, pick) is inside


MODEL = Model({"x": 1.0}, switch=0.6, promote=0.6, fill=0.6)


def _pronoun_pick(how: str = "after:pronoun") -> Quote:
    return Quote(0, 10, "…", "Dale Stovall", 20, 22, 0.5, speaker_how=how)


@pytest.mark.parametrize(
    ("sentence", "how", "sure"),
    [
        ("Cruz electrified the crowds, Stovall said.", "after:pronoun", False),
        # a pick the rules read from a name, not a pronoun, is the model's to overrule
        ("Cruz electrified the crowds, Stovall said.", "before:name", True),
        ("Cruz electrified the crowds, Baxter said.", "after:pronoun", True),
    ],
)
def test_the_model_switches_sure_only_outside_the_picks_words(
    sentence: str, how: str, sure: bool
) -> None:
    candidate = Candidate("Ted Cruz", 0, 4, "entity", {"x": 1.0})
    quote = choose(_pronoun_pick(how), [(0.95, candidate)], MODEL, sentence)
    assert quote.speaker == "Ted Cruz"
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def test_the_antecedent_keeps_the_quote_over_the_one_it_spoke_of() -> None:
    text = (
        "Ted Cruz spoke for an hour. Dale Stovall watched from the back of the hall.\n\n"
        "Cruz is not only right on the issues, he is also the most able candidate,"
        " Stovall argues.\n\n"
        "“Cruz is our best debater, our most articulate fighter,” he says."
    )
    quote = find_quotes(text)[-1]
    assert not (quote.speaker == "Ted Cruz" and quote.speaker_confidence >= SPEAKER_SURE)


NEXT_SENTENCE = [
    # (text, speaker of the last quote, sure): the pronoun opens the very next sentence
    (
        "Karl Varga said Pieter Janssen had earned a start after a month on the bench.\n\n"
        "He said the young striker “has been patient and he has trained brilliantly all season”.",
        "Karl Varga",
        True,
    ),
    (
        "Karl Varga says Pieter Janssen “has earned a start after a month on the bench.” He"
        " warns that the club “cannot afford another slow opening to the season”.",
        "Karl Varga",
        True,
    ),
    # no guess: a sentence stands between
    (
        "Karl Varga said Pieter Janssen had earned a start. The club meets again on Friday. He"
        " said the young striker “has been patient and he has trained brilliantly all season”.",
        "Karl Varga",
        False,
    ),
    # no guess: the one asked about may be the one who answers
    (
        "Karl Varga asked whether Pieter Janssen had earned a start.\n\n"
        "He said the young striker “has been patient and he has trained brilliantly all season”.",
        "Karl Varga",
        False,
    ),
    # no guess: both men are subjects of main clauses
    (
        "Karl Varga said the plan was sound, but Pieter Janssen disagreed.\n\n"
        "He said the young striker “has been patient and he has trained brilliantly all season”.",
        "Karl Varga",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), NEXT_SENTENCE)
def test_a_name_in_the_speakers_words_is_no_rival_for_the_next_sentences_pronoun(
    text: str, speaker: str, sure: bool
) -> None:
    """`Varga said Janssen had earned a start.` `He said …`: the subject carried straight on
    to the next sentence is the one who spoke, not the one spoken of."""
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure

"""Pronoun speakers ("…," he said) and the people a pronoun may stand for: a name the
recogniser took for a person but that the text uses as a modifier (`The Tory leader
countered …`: the leader is the subject) or with a plural verb (`Villa were not
interested`: a team, not a person) is nobody "he" or "she" can mean. A pronoun in a
fronted subordinate clause stands for the main subject after it when the text gives that
person its sex (`Although he said it was “wild”, Isaac stopped …`), and a short phrase in
quotation marks inside such a clause does not hide the subject after it. Guard rows keep real
people subjects, and the no-guess cases keep two people in play."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.salience import Salience
from newsreader.analysis.sentences import Sentences
from newsreader.models import SPEAKER_SURE, Entity

CASES = [
    # (text, speaker of the last quote, sure)
    # a name between an article and a noun modifies it: the subject is the described person
    (
        "Opposition leader Karl Varga spoke first.\n\n"
        "The Tory leader countered that the deal had been struck twice. He declared: "
        "“It is a scandal and the voters know it.”",
        "Karl Varga",
        True,
    ),
    # a name with a plural verb is a team, not the "he" of the next quotation
    (
        "Coach Peter Lindqvist said he tried to buy the striker back from Aston Villa, but "
        "Villa were not interested in selling.\n\n"
        "The former Dalby boss wants new players. “I am after three or four new players "
        "in the summer,” he said.",
        "Peter Lindqvist",
        True,
    ),
    # guard: a team after "The" with a verb is the subject, no modifier
    (
        "Coach Peter Lindqvist said the plan worked.\n\n"
        "The Comets had led by eleven before a run sparked by forward Dana Okafor.\n\n"
        "Okafor, told of the praise, shrugged. “Coach says that to everybody,” she said.",
        "Dana Okafor",
        True,
    ),
    # a pronoun in a fronted subordinate clause stands for the main subject after it; a
    # short phrase in quotation marks inside the clause does not end it
    (
        "Director Tom Hale said the sequel was finished.\n\n"
        "Although he said it was “wild” to see himself on screen, Peter Lindqvist stopped "
        "short of saying more.\n\n"
        "“I have signed away my right to talk about it,” he joked.",
        "Peter Lindqvist",
        True,
    ),
    (
        "Coach Anna Keller named her squad on Monday.\n\n"
        "When she said it was “a fair draw”, Maria Novak laughed.\n\n"
        "“We will see about that in the spring,” she said.",
        "Maria Novak",
        True,
    ),
    # guard: the main subject of the other sex is someone else
    (
        "Anna Keller spoke to the board first.\n\n"
        "When she said “we are not leaving this room tonight,” Karl Varga walked out.",
        "Anna Keller",
        True,
    ),
    # guard: a person opening the sentence stays the subject
    (
        "Coach Peter Lindqvist spoke first.\n\n"
        "Karl Varga countered that the deal had been struck twice. He declared: "
        "“It is a scandal and the voters know it.”",
        "Karl Varga",
        True,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_pronoun_speaker(text: str, speaker: str | None, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) == sure


def _entity(text: str, word: str) -> Entity:
    start = text.index(word)
    return Entity(start, start + len(word), word, "person")


BODIES = [
    # (text, one-word "person", is it a body)
    ("He tried to buy him back, but Rovington were not interested.", "Rovington", True),
    ("Rovington have signed two players this week.", "Rovington", True),
    ("Rovington are top of the league.", "Rovington", True),
    # guards: a singular verb, a pair sharing the verb, a personal pronoun after it
    ("Rovington was not interested in selling.", "Rovington", False),
    ("Hale and Rovington were not interested.", "Rovington", False),
    ("Rovington were told he would be paid.", "Rovington", False),
    # nor a name inside the subject, whose plural the verb agrees with
    ("Fossils on parts of Rovington are protected.", "Rovington", False),
]


@pytest.mark.parametrize(("text", "word", "body"), BODIES)
def test_plural_verb_body(text: str, word: str, body: bool) -> None:
    entities = [_entity(text, word)]
    salience = Salience(text, entities, Sentences(text, []), lambda *_: (None, 0.0), lambda _: True)
    assert (word in salience.bodies) == body

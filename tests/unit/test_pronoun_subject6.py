"""The pronoun "he"/"she" after a sentence whose subject did not speak: the subject, not a person only
talked about in that sentence (`Brandt felt the case against Lenz hardly stands.` ¶ `"…," he
said`). A name after a preposition of topic or as a possessive, in the subject's own clause,
with the quotation or the pronoun straight after, is no rival; anyone who may be meant (a
subject of another clause, someone who spoke, one handed the floor, one whose words are
named, one the text gives the pronoun's sex when the subject's is unknown) still is, and the
pronoun stays unsure rather than a guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

QUOTE = '"From where I stand, the panel has nothing in front of it at all," he said.'

SHAPES = [
    # (text, speaker of the last quote, sure)
    # sure: the other man is the object of a preposition in the subject's sentence
    (
        "Peter Brandt, a former goalkeeper, felt the case against Ivo Lenz hardly stands"
        " without fresh evidence.\n\n" + QUOTE,
        "Peter Brandt",
        True,
    ),
    (
        "Peter Brandt felt the match turned on the early dismissal of Ivo Lenz.\n\n"
        'He said: "From where I stand, the panel has nothing in front of it at all."',
        "Peter Brandt",
        True,
    ),
    # sure: the other man only owns something the subject did
    (
        "With the win, Peter Brandt equalled Ivo Lenz's national record of 27 titles.\n\n" + QUOTE,
        "Peter Brandt",
        True,
    ),
    # sure: the other man is named inside a relative clause about a thing
    (
        "Peter Brandt is in London to promote his new film, Cold Water, which also stars"
        " Ivo Lenz.\n\n" + QUOTE,
        "Peter Brandt",
        True,
    ),
    # unsure: the other man is the subject of a clause of his own
    (
        "Peter Brandt left the ground early, and Ivo Lenz stayed behind.\n\n" + QUOTE,
        "Peter Brandt",
        False,
    ),
    (
        "Peter Brandt left the ground before Ivo Lenz arrived for the hearing.\n\n" + QUOTE,
        "Peter Brandt",
        False,
    ),
    # unsure: the other man spoke just before, so he is in play
    (
        'Ivo Lenz said he had done nothing wrong. "I never touched him," Lenz said.\n\n'
        "Peter Brandt felt the case against Lenz hardly stands without fresh evidence.\n\n" + QUOTE,
        "Peter Brandt",
        False,
    ),
    # unsure: the preposition may hand the floor to the one named
    (
        "Peter Brandt handed the microphone to Ivo Lenz.\n\n" + QUOTE,
        "Peter Brandt",
        False,
    ),
    # unsure: the possessive owns words that may be the ones quoted next
    (
        "Peter Brandt pinned Ivo Lenz's letter to the notice board.\n\n" + QUOTE,
        "Peter Brandt",
        False,
    ),
    # unsure: a new main clause may have begun before the name
    (
        "Peter Brandt felt the case hardly stands, but the panel ruled in favour of Ivo Lenz.\n\n"
        + QUOTE,
        "Peter Brandt",
        False,
    ),
    # unsure: a sentence stands between
    (
        "Peter Brandt felt the case against Ivo Lenz hardly stands. The panel meets on"
        " Friday.\n\n" + QUOTE,
        "Peter Brandt",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), SHAPES)
def test_he_is_the_subject_of_the_sentence_before(text: str, speaker: str, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def test_one_of_unknown_sex_in_subject_position_stays_a_rival() -> None:
    """`Jordan Lenz` may be a man: in subject position, the pronoun could be theirs."""
    text = (
        "Peter Brandt felt the case against the club hardly stands, and Jordan Lenz agreed.\n\n"
        + QUOTE
    )
    quote = find_quotes(text)[-1]
    assert not quote.speaker_sure


def test_the_subject_of_unknown_sex_does_not_outrank_a_man_named_after_it() -> None:
    """`Robin Saroyan made an appearance, courtesy of Tom Nakano` ¶ `"…," he said`: only the one
    talked about is known to fit "he"; no sure pick of the subject."""
    text = (
        "Robin Saroyan made an appearance of sorts, courtesy of Tom Nakano, a delegate from Ohio"
        " who dressed up in a mask.\n\n" + QUOTE
    )
    quote = find_quotes(text)[-1]
    assert not (quote.speaker == "Robin Saroyan" and quote.speaker_sure)

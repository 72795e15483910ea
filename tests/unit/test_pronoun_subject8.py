"""The pronoun "he"/"she" after a sentence whose subject is an age standing alone (`Dallas
toured the south in 1997.` ¶ `The 32-year-old also felt …` ¶ `He said: "…"`): news
re-describes the person in focus by age, so the age brings in nobody new and the pronoun
stands for that person. An age the text gave someone else, another age given to the person
in focus, someone named in between, or an age modifying a noun (`The 32-year-old
victim`) leave it unsure; a role (`The teacher`) may be someone new and still does.

Two owners joined before what they own (`Marcus Bell and Leon Hart's album has sold
well`) are neither of them the sentence's subject: a later pronoun is not theirs for
that.

People named in the words a sentence's subject reports (`He will test in May and says he
looks forward to working with Tom Hale.` ¶ `"…," he said`) are talked about, no rivals for
the pronoun of the quotation straight after; a question about them still leaves it unsure."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

LEAD = (
    "Former Wales captain Owen Pryce still hopes for a place on the autumn tour.\n\n"
    "Tour coach Sir Alan Brookes has said he will pick his squad on form. But Pryce said:"
    ' "I would not let anyone down." Pryce toured Chile with the squad in 1999 but was sent'
    " home early with a knee injury.\n\n"
)
QUOTE = ' He said: "I will be in good shape and fresh without another ten games on the clock."'

SHAPES = [
    # (text, speaker of the last quote when sure, else None)
    # sure: the age re-describes the person in focus
    (LEAD + "The 32-year-old also felt club rugby could prolong his career." + QUOTE, "Owen Pryce"),
    (LEAD + "The 32-year-old struggled with the knee all season." + QUOTE, "Owen Pryce"),
    # unsure: the age modifies a noun, someone new (`The 32-year-old winger`)
    (LEAD + "The 32-year-old winger also felt club rugby was enough." + QUOTE, None),
    # unsure: someone else named since the person in focus
    (
        LEAD + "Brookes named Carl Tate as captain. The 32-year-old also felt club rugby could"
        " prolong his career." + QUOTE,
        None,
    ),
    # unsure: the text gave the person in focus another age
    (
        LEAD.replace("Owen Pryce still", "Owen Pryce, 29, still")
        + "The 32-year-old also felt club rugby could prolong his career."
        + QUOTE,
        None,
    ),
    # unsure: the person in focus last spoke, and their words may be about the one described
    (
        LEAD.replace(
            " Pryce toured Chile with the squad in 1999 but was sent home early with a"
            " knee injury.",
            ' "He has earned his chance," Pryce said of the new winger.',
        )
        + "The 32-year-old also felt club rugby could prolong his career."
        + QUOTE,
        None,
    ),
    # unsure: a role may be someone new (`The teacher, asked afterward, said …`)
    (LEAD + "The doctor, asked afterward, said the knee had healed." + QUOTE, None),
]


@pytest.mark.parametrize(("text", "speaker"), SHAPES)
def test_he_after_an_age_epithet(text: str, speaker: str | None) -> None:
    quote = find_quotes(text)[-1]
    shown = quote.speaker if quote.speaker_confidence >= SPEAKER_SURE else None
    assert shown == speaker


DUO = "The duo played three sold-out nights in Leeds last week.\n\n"
SAYS = '\n\n"They need a rest," he says.'

JOINT_OWNERS = [
    # (text, speaker of the last quote when sure, else None)
    # two owners joined before what they own: neither is the sentence's subject, a stage
    # name with a number (`Marcus 3000`) too
    (DUO + "Marcus 3000 and Big Leon's second album has sold well since the spring." + SAYS, None),
    (DUO + "Marcus Bell and Leon Hart's second album has sold well since the spring." + SAYS, None),
    # one person as the subject is still in focus
    (DUO + "Marcus Bell has sold a lot of records since the spring." + SAYS, "Marcus Bell"),
]


@pytest.mark.parametrize(("text", "speaker"), JOINT_OWNERS)
def test_joint_owners_are_no_subject(text: str, speaker: str | None) -> None:
    quote = find_quotes(text)[-1]
    shown = quote.speaker if quote.speaker_confidence >= SPEAKER_SURE else None
    assert shown == speaker


SIGNED = (
    "The Delta team confirmed its new test driver on Monday.\n\n"
    "Alex Brandt, who raced for Ferrano for six years, signed a two-year deal.\n\n"
    "He will complete his first test in May at Jerez"
)
KNOWS = '\n\n"I know them both very well," he said.'
LOOKS_FORWARD = (
    " and says he is looking forward to working alongside the team's drivers Tom Hale and"
    " Piotr Nowak this season."
)

OWN_WORDS = [
    # (text, speaker of the last quote when sure, else None)
    # sure: people named in the words the subject reports, the quotation straight after
    (SIGNED + LOOKS_FORWARD + KNOWS, "Alex Brandt"),
    # unsure: a question about them (they may answer)
    (
        SIGNED + " and wonders whether the team's drivers Tom Hale and Piotr Nowak will"
        " welcome him." + KNOWS,
        None,
    ),
    # unsure: a new main clause may begin before them
    (
        SIGNED + ", but says the team's drivers Tom Hale and Piotr Nowak have the final"
        " word." + KNOWS,
        None,
    ),
    # unsure: the quotation does not follow straight after
    (SIGNED + LOOKS_FORWARD + "\n\nThe team has not won a race since 2019." + KNOWS, None),
]


@pytest.mark.parametrize(("text", "speaker"), OWN_WORDS)
def test_named_in_the_subjects_own_words(text: str, speaker: str | None) -> None:
    quote = find_quotes(text)[-1]
    shown = quote.speaker if quote.speaker_confidence >= SPEAKER_SURE else None
    assert shown == speaker

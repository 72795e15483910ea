"""The pronoun "he"/"she" after a sentence whose subject is an age standing alone (`Dallas
toured the south in 1997.` ¶ `The 32-year-old also felt …` ¶ `He said: "…"`): news
re-describes the person in focus by age, so the age brings in nobody new and the pronoun
stands for that person. An age the text gave someone else, another age given to the person
in focus, someone named in between, or an age modifying a noun (`The 32-year-old
victim`) leave it unsure; a role (`The teacher`) may be someone new and still does.

Two owners joined before what they own (`Marcus Bell and Leon Hart's album has sold
well`) are neither of them the sentence's subject: a later pronoun is not theirs for
that."""

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

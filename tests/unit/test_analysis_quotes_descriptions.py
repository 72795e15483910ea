"""Descriptions as speakers ("the 43-year-old", "the source", "the senator"): a description
stands for an earlier person only when that person can be the one described.

A role someone owns ("his lawyer") is never that someone's; an age ("the 43-year-old")
names the one person the text gave that age, never someone given another; with several
people in reach, the one the text gave the role ("Sen. Ruth Calloway" … "the senator") is
meant when no other in reach holds it; what a named person is ("who served as a senator")
introduces nobody new; a description after a sentence's opening phrase is its subject, not
an apposition. A picture credit names nobody the story speaks of; a description's words
stop before the verb of its own clause and keep the words of its place ("at a Dutch online
retailer"); a document filed by someone is theirs; two names the recogniser joined are no
one person; a sentence's capitalised first word is no part of the name after it."""

from __future__ import annotations

import pytest
from quote_shapes import sure_speakers

from newsreader.analysis import find_entities, find_quotes
from newsreader.models import Entity

LAST_SPEAKER = [
    # (text, the speaker of the last quote as shown: the name when sure, else None)
    # a picture credit is no mention: the photographer is nobody a description stands for
    (
        "The actor posted the clip to his channel on Thursday.\n\n"
        "Dana Whitfield via Getty Images.\n\n"
        "“What if the mayor had singing lessons?” the 43-year-old asked in the video.",
        "the 43-year-old",
    ),
    (
        "The council met on Monday to vote on the bridge.\n\n"
        "Photo: Ana Ruiz/AP\n\n"
        "“We will not pay for the road,” the 61-year-old said.",
        "the 61-year-old",
    ),
    # a description's words stop before its clause's verb (`… did so`)
    (
        "One source confirmed the report, and a separate source familiar with the inquiry "
        "did so, but with a caveat: “The person in question is only one of several,” the "
        "source said.",
        "a separate source familiar with the inquiry",
    ),
    # two names joined by the recogniser are no one person; each stays its own
    (
        "Critics of the plan and Donald Trump And Marco Rubio spoke on Monday.\n\n"
        "Rubio said he does support an exception.\n\n"
        "“It is a difficult issue,” said the Florida senator.",
        "Rubio",
    ),
    # an age names the one person the text gave that age, not the person in focus
    (
        "Tom Baxter runs the bakery. Lena Moss, 43, works next door.\n\n"
        "Baxter said business had been slow all winter.\n\n"
        "“We will not give up on this street,” the 43-year-old said.",
        "Lena Moss",
    ),
    (
        "Tom Baxter runs the bakery. Ruth Kell (61) works next door.\n\n"
        "Baxter said business had been slow all winter.\n\n"
        "“We will not give up on this street,” the 61-year-old said.",
        "Ruth Kell",
    ),
    # the person in focus was given another age: not them, and nobody sure
    (
        "Tom Baxter, 52, runs the bakery on the corner.\n\n"
        "Baxter said business had been slow all winter.\n\n"
        "“We will not give up on this street,” the 43-year-old said.",
        None,
    ),
    # several people in reach: the one of them the text gave the role (an abbreviated
    # title says it), not a guess and not the description alone
    (
        "Treasury Secretary Mark Halvorsen defended the new tariffs on Sunday.\n\n"
        "Sen. Ruth Calloway, a Republican who sits on the farm committee, said farmers in "
        "her state were being squeezed.\n\n"
        "She said she had raised the issue directly with Halvorsen in a phone call on "
        "Friday. “He listened to every word, I will say that,” the senator said.",
        "Ruth Calloway",
    ),
    (
        "Gov. Ruth Calloway and Treasury Secretary Mark Halvorsen met on Sunday.\n\n"
        "Halvorsen said the talks had gone well. Calloway said little.\n\n"
        "“We are not there yet on the money,” the governor said.",
        "Ruth Calloway",
    ),
    # a person noun the role lists lack, right before the name, says as much
    (
        "Seattle quarterback Dana Whitfield is eager to return to the scene of his famous "
        "mistake.\n\n"
        "On Saturday, 45 minutes after the win over Washington that coach Tom Baxter had "
        "called vital, Whitfield approached the rostrum and addressed the obvious.\n\n"
        "“I just want to say right now that we want the ball and we are going to score,” "
        "the quarterback told reporters.",
        "Dana Whitfield",
    ),
    # two people in reach hold the role: no sure speaker
    (
        "Sen. Ruth Calloway and Sen. Ada Brisco met Treasury Secretary Mark Halvorsen on "
        "Sunday. Halvorsen said the talks had gone well.\n\n"
        "“We are not there yet on the money,” the senator said.",
        None,
    ),
    # a relation owned by someone ("his lawyer") is never its owner: "the lawyer" later
    # is that lawyer, whom the text does not name
    (
        "Tom Baxter was charged on Monday with fraud. His lawyer said the charges were "
        "baseless.\n\n"
        "“We will fight every one of these charges in court,” the lawyer said.",
        None,
    ),
    (
        "Tom Baxter was charged on Monday with fraud. Baxter met his lawyer on Tuesday.\n\n"
        "“We will fight every one of these charges in court,” the lawyer said.",
        None,
    ),
    # what someone named is ("served as a senator") brings no one new in
    (
        "Joe Baxter hit the campaign trail on Monday.\n\n"
        "“Nobody has known less than Donald Grant,” said Baxter, who served as a senator "
        "for 36 years.\n\n"
        "“They deserve someone who is with them,” said the man who built his career on "
        "his roots.",
        "Joe Baxter",
    ),
    # a description after a sentence's opening phrase is its subject, not an apposition
    # to the name that phrase ends on
    (
        "In an interview with hosts Joe Scarborough and Mika Brzezinski, the Democratic "
        "presidential candidate stated that the comments do not “fit with what I thought I "
        "knew about him.”",
        None,
    ),
    # a document someone filed speaks for them: "a court document" is no court
    (
        "The case was closed on Monday.\n\n"
        "“Although there was probable cause to make an arrest, the evidence cannot prove "
        "the crime,” according to a court document filed by state attorney Dana Ruiz.",
        "Dana Ruiz",
    ),
    # a definite description right before the verb is its subject, not the person named
    # between the quotation and it
    (
        "The groups wrote to the senator on Thursday.\n\n"
        "Baxter’s comments further “the anti-immigrant mob mentality” fostered by Donald "
        "Grant and other hopefuls, the groups say.",
        None,
    ),
    # a sentence's capitalised first word is no part of the name after it
    (
        "The campaign had said little. Enter The Valley Herald. “He is selling his own brand "
        "of fiction,” the paper's editorial board wrote.",
        "The Valley Herald",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), LAST_SPEAKER)
def test_description_speaker(text: str, speaker: str | None) -> None:
    assert sure_speakers(text)[-1] == speaker


def test_description_stops_before_its_verb() -> None:
    text = LAST_SPEAKER[2][0]  # the source familiar with the inquiry
    (quote,) = find_quotes(text)
    assert quote.speaker == "a separate source familiar with the inquiry"


def test_description_keeps_lowercase_words_of_its_place() -> None:
    """ "the engineer" names the one introduced, with all the words of where they work."""
    text = (
        "One engineer at a Dutch online retailer, who asked not to be named, said the "
        "company lost a day of sales. “We had the fallback site ready, but it was down too,” "
        "the engineer said."
    )
    assert find_quotes(text)[-1].speaker == "One engineer at a Dutch online retailer"


def test_description_stops_before_a_clause_opener() -> None:
    """ "a trader close to the council who was there": the relative clause says which
    trader; the description itself never ends on "who"."""
    text = (
        "The market reopened on Monday. “We have waited far too long for this day to come,” "
        "said a trader close to the council who was there."
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "a trader close to the council"


def test_the_alone_is_nobody_s_name() -> None:
    """A subject cut to its article ("The" of "The conservative magazine") never grows into
    a name the recogniser read out of a headline ("Miss The Mark On Trade")."""
    text = (
        "Grant And Ruiz Miss The Mark On Trade\n\n"
        "The conservative magazine has been outspoken in its opposition to Grant, arguing "
        "he is “a political opportunist who would trash the broad consensus within the "
        "party.”"
    )
    at = text.index("The Mark")
    headline = Entity(at, at + len("The Mark On Trade"), "The Mark On Trade", "person")
    entities = sorted([*find_entities(text), headline], key=lambda entity: entity.start)
    assert [quote.speaker for quote in find_quotes(text, entities)] == [None]

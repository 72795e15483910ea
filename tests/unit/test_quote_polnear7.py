"""Reporting clauses whose subject search met a preposition's object: a place (`a crowd in
Dayton, Ohio, …`), a person in a picture (`an image of Tom Reyes, …`) or the people a
message went to (`an email to her supporters notes`) is not who speaks; the subject, if
any, comes after it. A person of a body (`Clive Benton at Shore Capital said`), someone seen
saying something (`footage of Ana Ruiz saying`) and an opening phrase before the subject
(`In Dayton, Ana Ruiz said`) keep their speaker.
"""

from __future__ import annotations

import pytest
from quote_shapes import sure_speakers

OBJECTS_ARE_NO_SUBJECTS = [
    # a town and its state after `in`, with a clause running on to the verb: no subject
    (
        "Reyes met a crowd in Dayton, Ohio, on the last day of the race and waited an hour "
        "only to have her ask, “When is the candidate going to get here?”",
        [None],
    ),
    # the one pictured (`an image of …`) gives way to the subject after the commas
    (
        "Discussing a post featuring an image of Tom Reyes, money and a burning flag likened "
        "to the Flag of Dayton, Speaker of the Council Ana Ruiz (D-OH) said “images like "
        "that have no place in a city campaign.”",
        ["Ana Ruiz"],
    ),
    # the ones a message was sent to did not write it
    (
        "Hale’s campaign email to her supporters notes that Supervisor Dana Kim “is a "
        "tireless advocate for housing in her city.”",
        [None],
    ),
    # the one a shooting was of is not the one chanting
    (
        "Protesters called for answers about the shooting of Tom Reyes, marching through the "
        "streets around the stadium while chanting, “Hands off our town.”",
        [None],
    ),
]

GUARDS = [
    # a person of a body: the person speaks
    (
        "Clive Benton at Shore Capital said the numbers were “cleaner than they have been "
        "for years.”",
        ["Clive Benton"],
    ),
    (
        "Archbishop Tom Reyes of the Dayton Diocese told reporters, “We have suffered the "
        "same fate.”",
        ["Tom Reyes"],
    ),
    # someone seen saying something in footage speaks
    (
        "The new ad shows footage of Ana Ruiz saying, “We will build that road whatever it "
        "costs.”",
        ["Ana Ruiz"],
    ),
    # an opening phrase before the subject
    (
        "In Dayton, Ana Ruiz said, “We will build that road whatever it costs.”",
        ["Ana Ruiz"],
    ),
    # `with` before the one doing the -ing verb
    (
        "At a rally in Dayton, Ohio, on Saturday, supporters pushed a protester out, with "
        "Marta Ruiz reportedly shouting: “Get him out of here right now, all of you!”",
        ["Marta Ruiz"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OBJECTS_ARE_NO_SUBJECTS + GUARDS)
def test_a_prepositions_object_is_no_subject(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


MODIFIERS_BEFORE_A_TITLED_NAME = [
    # two capitalised words and a lower-case one before a titled name describe it
    (
        "In line with most of his party, Republican Presidential hopeful Sen. Jo Hale was "
        "also critical of the plan, telling reporters: “The plan is typical of this "
        "administration.”",
        ["Jo Hale"],
    ),
    (
        "TV personality Dr. Ana Ruiz visited the clinic and told reporters that the visit "
        "had “convinced me more than ever that it needs help.”",
        ["Ana Ruiz"],
    ),
    # guards: one capitalised word before a role and a name, as before
    (
        "Campaign spokesman Tom Reyes was blunt, telling reporters: “The plan is typical of "
        "this administration.”",
        ["Tom Reyes"],
    ),
    (
        "Democratic Party chair Jo Hale was critical of the plan, telling reporters: “The "
        "plan is typical of this administration.”",
        ["Jo Hale"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MODIFIERS_BEFORE_A_TITLED_NAME)
def test_modifiers_before_a_titled_name(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


PAST_PARTICIPLE_LEADS = [
    # a past participle phrase opening the sentence comes before the subject
    (
        "Reached by phone, Jo Hale denied the notion that a shakeup is coming, explaining that "
        "he was unaware of the interview because he was “taking a day off.”",
        ["Jo Hale"],
    ),
    (
        "Contacted on Friday, Jo Hale rejected the report, adding that the council was “not "
        "going to be bullied by anyone.”",
        ["Jo Hale"],
    ),
    # guards: a given name in -ed is a name; a relative clause after the phrase reports
    (
        "Ahmed at the gate, a guard, said he was “taking a day off from all of it.”",
        ["Ahmed"],
    ),
    (
        "Introduced by the actor Jo Hale, who called him “the voice of every wedding in "
        "town,” Reyes took the stage.",
        ["Jo Hale"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAST_PARTICIPLE_LEADS)
def test_a_past_participle_lead(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


CONCESSIVE_OPENINGS = [
    # the subject of a `While …,` clause is not the main clause's, whose words these are
    (
        "Most recently, Tom Reyes called for a ban on cars in the U.S. While Jo Hale has "
        "condemned the plan, the groups who wrote to her on Thursday say they are “concerned "
        "your campaign is sending mixed messages on this.”",
        [None],
    ),
    # the same after a sentence that the splitter closed
    (
        "Tom Reyes called for a ban. While Jo Hale has condemned the plan, the groups who "
        "wrote to her say they are “concerned your campaign is sending mixed messages.”",
        [None],
    ),
    # guards: the main clause's own subject, named or a pronoun
    (
        "While Jo Hale has condemned the plan, Ana Ruiz said it was “a fine plan for the "
        "whole town and for the valley.”",
        ["Ana Ruiz"],
    ),
    (
        "Although Jo Hale condemned the plan, she later told reporters it was “a fine plan "
        "for the whole town and for the valley.”",
        ["Jo Hale"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONCESSIVE_OPENINGS)
def test_a_concessive_opening(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


QUESTIONS_PUT = [
    # the quotation inside `Asked whether …` is the question's words, not the answerers'
    (
        "Asked whether Jo Hale “has the integrity to serve effectively as mayor,” 75 percent "
        "of Democrats said yes.",
        [None],
    ),
    (
        "Asked if Jo Hale is “realistic enough to serve effectively as mayor,” most of the "
        "voters said yes.",
        [None],
    ),
    (
        "The rating is damaging. Asked whether Jo Hale “has the integrity to serve "
        "effectively as mayor,” 75 percent of Democrats said yes.",
        [None],
    ),
    # guards: the answer after the question closes with a comma
    (
        "Asked whether he would run, Jo Hale said “I have not decided anything about that "
        "at all.”",
        ["Jo Hale"],
    ),
    (
        "Asked if he would run again, “I have not decided anything about that,” Jo Hale said.",
        ["Jo Hale"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS_PUT)
def test_the_words_of_a_question_put(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


QUESTION_THEN_ANSWER = [
    # a capitalised pronoun after a question mark opens the answer's sentence: the
    # question is not theirs, the answer is
    (
        "Tom Hale was asked, “If you had known about the server, would you have told her it "
        "was not a good idea?” He answered, “I have no idea. We are old friends, and friends "
        "talk about everything.”",
        [None, "Tom Hale"],
    ),
    # guard: a lower-case pronoun after the question attributes it
    (
        "Jo Hale stood at the lectern. “Why would anyone vote for that plan in this town?” "
        "she asked.",
        ["Jo Hale"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUESTION_THEN_ANSWER)
def test_a_question_then_its_answer(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


A_NAMED_OBJECT_BEFORE_THE_QUOTATION = [
    # a verb that names whom it was said to or of, right before the quotation, reports it
    (
        "The paper notes that Ana Ruiz tweeted that council leader Tom Reyes should resign, "
        "and Reyes later called Ruiz “very weak on the budget.”",
        ["Tom Reyes"],
    ),
    (
        "Jo Hale wrote that the mayor was wrong, and Tom Reyes then told Hale: “You have no "
        "idea what this town needs.”",
        ["Tom Reyes"],
    ),
    # guard: a pronoun object, as before
    (
        "Jo Hale wrote that the mayor was wrong, and Tom Reyes then told her: “You have no "
        "idea what this town needs.”",
        ["Tom Reyes"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), A_NAMED_OBJECT_BEFORE_THE_QUOTATION)
def test_a_named_object_before_the_quotation(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

"""A definite description after a quotation ("the quarterback said") stands for the one
person in focus when nothing says it is someone else: descriptions whose head names a
person by its form (an agent suffix, a title won) or whose capitalised modifiers are
coordinated count as well as the role lexicon's; one right before a name only titles
it ("said the 20-year-old Verhoef"); a name that only modifies a description
("the Blackburn manager") is no rival; a speaker's words running on over several
paragraphs keep them in focus; one who leads a body may be given a second title when one
of the two is generic ("UN chief …" … "the secretary general"). A role the text already gave someone else, as an object
or someone's ("before the judge", "Simpson's lawyer"), and an indefinite description are
someone of their own: no guess at the person in focus."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    (
        "Dana Whitfield walked to the podium and addressed the obvious before anyone asked.\n\n"
        "“We want the ball and we are going to score, I promise you that,” the quarterback "
        "told reporters.",
        "Dana Whitfield",
        True,
    ),
    (
        "Nikos Varelas said the defeat had not shaken him at all.\n\n"
        "“There was no problem with the court. He just played better than me today,” the "
        "2004 Adelaide Open finalist added.",
        "Nikos Varelas",
        True,
    ),
    (
        "Cody Marsh has raced nine times in two seasons. Marsh said he would race enough "
        "this year to win the award.\n\n"
        "“I had a whole winter to think about what went wrong last year,” the two-time "
        "Riverside Speedway champion said.",
        "Cody Marsh",
        True,
    ),
    # coordinated modifiers; a club's name modifying "the … manager" is no second person
    (
        "Owen Pryce is another leading candidate, but the Wrexham manager said he had "
        "heard nothing from the board.\n\n"
        "“There is always talk when a big job comes up, and I understand that,” the former "
        "Bolton and Celtic striker said.",
        "Owen Pryce",
        True,
    ),
    # the speaker's words run on over paragraphs that are only quotations
    (
        "Nikos Varelas said the defeat had not shaken him at all.\n\n"
        "“It was the first match of the season for me,” he said.\n\n"
        "“I will pick up as the days pass and be ready for the big events.”\n\n"
        "“There was no problem with the court. He just played better than me today,” the "
        "2004 Adelaide Open finalist added.",
        "Nikos Varelas",
        True,
    ),
    # a description right before a name only titles it
    (
        "Tomas Verhoef beat Marco Bellini in straight sets on Tuesday. Bellini said he had "
        "been unwell all week.\n\n"
        "“He is a great player but I was plain lucky today,” said the 20-year-old Verhoef.",
        "Tomas Verhoef",
        True,
    ),
    # the person in focus named in apposition to the subject of a joined clause
    (
        "The cast of the musical was named best acting ensemble and its breakout star, "
        "Nikki Vale, won best young actress.\n\n"
        "The 19-year-old thanked “my mother who is sitting here crying and my other mother "
        "who is at home.”",
        "Nikki Vale",
        True,
    ),
    # a possessive after the role noun says where they are from, not whose they are
    (
        "Rep. Dana Kowal has a habit of showing up where her party usually does not.\n\n"
        "“I do not have to agree with somebody on everything to hear them out,” the "
        "two-term congresswoman from Ohio’s 9th District said afterward.",
        "Dana Kowal",
        True,
    ),
    # someone named in passing in the speaker's reported words is no rival; a quoted
    # phrase inside a sentence opens none ("good friend" Varelas is no subject)
    (
        "Rafael Torres beat Nikos Varelas in three sets on Tuesday.\n\n"
        'Torres said he felt sad for "good friend" Varelas because his strokes would have '
        "delighted the crowd.\n\n"
        '"His defeat takes something out of the tournament but it shows how strong the field '
        'is," the Spaniard said.',
        "Rafael Torres",
        True,
    ),
    # a second title for one who leads a body, one of the two in generic words
    (
        "A security official said guards had searched every room of the hotel.\n\n"
        "UN chief Lars Ekberg suggested the attack may have targeted the foreign minister.\n\n"
        "“I feel fortunate that he was not hurt, but it confirms that we must act,” the "
        "secretary general told reporters.",
        "Lars Ekberg",
        True,
    ),
    # a body's acronym among the modifiers
    (
        "The head of the UN nuclear watchdog, Omar Bakri, said he feared the warheads "
        "could be lost.\n\n"
        "The International Nuclear Safety Agency (INSA) chief stressed that he was "
        "“worried that the weapons could fall into the hands of an extremist group.”",
        "Omar Bakri",
        True,
    ),
    # a spokesman is someone of their own, never the chief in focus
    (
        "UN chief Lars Ekberg suggested the attack may have targeted the foreign minister.\n\n"
        "“We have been warning about this hotel for months and nobody listened,” the "
        "spokesman told reporters.",
        "the spokesman",
        True,
    ),
    # no guess: the text already spoke of a judge, as the object of a preposition
    (
        "Leon Simms appeared before the judge on Tuesday morning.\n\n"
        "“The defendant has shown no respect for this court at all,” the judge said.",
        "the judge",
        False,
    ),
    # no guess: someone's lawyer is someone else
    (
        "Leon Simms appeared in court on Tuesday. Simms's lawyer denied the charges.\n\n"
        "“My client did nothing wrong and we will prove it,” the lawyer said.",
        "the lawyer",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_a_description_stands_for_the_person_in_focus_unless_someone_else_holds_it(
    text: str, speaker: str, sure: bool
) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def test_an_indefinite_description_is_someone_new() -> None:
    """ "a police spokesman" after a named person is the spokesman, never that person."""
    text = (
        "Leon Simms appeared in court on Tuesday.\n\n"
        "“We will not comment on the case at this time,” a police spokesman said."
    )
    assert find_quotes(text)[-1].speaker == "a police spokesman"


def test_a_reporting_verb_used_as_an_adjective_makes_no_one_a_speaker() -> None:
    """ "Marsh's announced rival Tim Ode is …": nobody announced anything, so Marsh is not
    the last to have spoken; Tim Ode, the subject, may be "he" as well: no guess."""
    text = (
        "Cody Marsh said the team had improved over the winter.\n\n"
        "Marsh's announced rival Tim Ode is a two-time champion.\n\n"
        "“We are ready for the whole season now,” he said."
    )
    assert find_quotes(text)[-1].speaker_confidence < SPEAKER_SURE


def test_who_an_indefinite_description_speaks_for_is_part_of_it() -> None:
    """ "said a spokesman for the firm.": the phrase closing the clause says which one."""
    text = (
        "Both companies denied any wrongdoing on Saturday.\n\n"
        "“We have co-operated fully with the inquiry from the very start,” said a spokesman "
        "for the firm."
    )
    assert find_quotes(text)[-1].speaker == "a spokesman for the firm"


def test_a_body_introduced_by_a_description_then_named_is_the_named_one() -> None:
    """A lead's "A UK government agency", named in the next paragraph: "the agency said"
    is the body the text named, not the teaser's words."""
    text = (
        "A UK government agency has advised schools to avoid the new office software.\n\n"
        "Schools should not upgrade their machines, the National Schools Technology Agency "
        "said in a report on Tuesday.\n\n"
        '"We have seen no evidence that the costs of upgrading would be offset by any '
        'benefit," the agency said.'
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker == "National Schools Technology Agency"
    assert quote.speaker_confidence >= SPEAKER_SURE

"""Organisations, documents and groups as speakers (issue 10): shapes where a body, a text
or a group speaks, and where a name nearby is not the speaker (an object, a possessor, one
of several writers). Made-up sentences of the shapes news uses; each row gives the speaker
shown and whether it is shown as certain.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def speakers(text: str) -> list[tuple[str | None, bool]]:
    """(speaker, sure) for each key quote."""
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


DOCUMENTS_ALONE = [
    # a document with no writer given speaks for itself, named as the story introduced
    # it; unsure, as a story often gives the writer elsewhere
    (
        "Forty law professors signed the legal brief that will be filed on Monday.\n\n"
        "“It is a settled rule that no court may try a child as an adult here,” the brief"
        " said.",
        [("the legal brief", False)],
    ),
    (
        "Nobody has yet answered the questions raised last week.\n\n"
        "“The board failed to keep records of more than half of its meetings,” the report"
        " said.",
        [("the report", False)],
    ),
    # several writers: none of them alone is the speaker, nor the owner of an earlier
    # decision
    (
        "District Judge Lee Hart's decision froze the sale of the land.\n\n"
        "The appeals panel said it was taking guidance from an earlier case.\n\n"
        "“We conclude that the association may not bring this claim again,” said the"
        " decision by judges Ann Ray, Tom Hale and Joe Bird.",
        [("the decision", False)],
    ),
    # a letter from several people is no one of theirs
    (
        "A letter from Ann Ray, Tom Hale and Joe Bird was sent to the council.\n\n"
        "“We ask the council to think again before the vote on Friday,” the letter said.",
        [("the letter", False)],
    ),
    # a ruling speaks in its own voice, not as its writer's words
    (
        "Judge Ann Ray's ruling came after a week of hearings.\n\n"
        "“The association may not bring this claim again in any court,” the ruling said.",
        [("the ruling", False)],
    ),
    # a statement is its issuer's words
    (
        "Harbour Records issued a statement on Monday.\n\n"
        "“Artists do not need our approval to perform live on television,” the statement"
        " said.",
        [("Harbour Records", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS_ALONE)
def test_document_without_writer_speaks_for_itself(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


POSSESSORS = [
    # a possessor is not the speaker: what it owns is, when that is a body
    (
        "Mayor Dana Kerr's campaign shrugged off the remarks, telling reporters, “Nobody on"
        " our team ever asked for that endorsement.”",
        [("Mayor Dana Kerr's campaign", True)],
    ),
    # nor when what it owns is a page: the sentence's subject spoke, not the unit
    (
        "The National Weather Agency (NWA) has led its Storm Research Unit's frequently"
        " asked questions page with an extraordinary statement: “During each storm season,"
        " there always appear suggestions that one should simply use rockets.”",
        [(None, False)],
    ),
    # a possessor's own words: the possessor speaks (a guard: so it was before)
    (
        "Dana Kerr's response was blunt: “Nobody on our team ever asked for that endorsement.”",
        [("Dana Kerr", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSORS)
def test_possessor_is_no_speaker(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert speakers(text) == expected


BODY_IN_FOCUS = [
    # `…, a third of which would go to Norvell, the agency said.`: the name after a
    # preposition is an object; "it" later is the agency that spoke
    (
        "The Schools Technology Agency reviewed the upgrade. Its cost would be 175 million"
        " pounds, a third of which would go to Norvell, the agency said.\n\n"
        "Even that would not buy cards able to run the new graphics, but “there was no real"
        " benefit to schools in running the new graphics,” it said.",
        [("Schools Technology Agency", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_IN_FOCUS)
def test_it_stands_for_the_body_in_focus(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


AGENTS = [
    # the agent of a participle is no subject: the document opening the clause speaks,
    # for the body it came from
    (
        "A March 3 letter from the Veterans League obtained by The Daily Courier warns that"
        " “any further use of the emblem will be met in court.”",
        [("Veterans League", True)],
    ),
    # a report seen by an agency speaks for itself (no writer given): unsure
    (
        "A report seen by Northwire says “the mine will close by the end of the year.”",
        [("A report", False)],
    ),
    # the agent with a relative clause of its own is that clause's subject (a guard)
    (
        "The memo was written by Tom Hale, who says “the mine will close by the end of the year.”",
        [("Tom Hale", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGENTS)
def test_agent_of_participle_is_no_subject(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


WITH_SUBJECT = [
    # "with X calling her …": X speaks, not the name before the comma
    (
        "Teachers unions were among the earliest supporters of Dana Hale, with the National"
        " Federation of Teachers calling her “the champion working families need.”",
        [("National Federation of Teachers", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH_SUBJECT)
def test_with_then_subject_speaks(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert speakers(text) == expected


THEY_FOR_A_GROUP = [
    # "they" after a group described in the plural spoke is the group, not a body that
    # spoke of itself before
    (
        "The Transport Office says it does not want anything to get in the way of its"
        " talks.\n\n"
        "In a message posted online, the captors say the government should pay at once."
        " They warn that, if it does not, “the hostage will be moved to another country"
        " within a week.”",
        [("the captors", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), THEY_FOR_A_GROUP)
def test_they_stands_for_the_group_that_spoke(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


BODIES_BY_KIND = [
    # "the commission", "the council", "the committee": the body the text was just about
    (
        "The Harbour Commission met on Monday to review the plan for the docks.\n\n"
        "“We will not approve any plan that puts the old warehouses at risk,” the commission"
        " said.",
        [("Harbour Commission", True)],
    ),
    # (a guard: "the council" and "the committee" were read so before)
    (
        "Ashby Town Council met on Monday to review the plan for the docks.\n\n"
        "“We will not approve any plan that puts the old warehouses at risk,” the council"
        " said.",
        [("Ashby Town Council", True)],
    ),
    # none named: the description, unsure
    (
        "The plan for the docks was reviewed on Monday.\n\n"
        "“We will not approve any plan that puts the old warehouses at risk,” the committee"
        " said.",
        [("the committee", False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_BY_KIND)
def test_body_by_its_kind(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert speakers(text) == expected


IN_WORDS_BEFORE = [
    # "in X's words," right before a quotation: X's words, not the last speaker's
    (
        "“We are proud of the city,” said Tom Reed, the fund's chief.\n\n"
        "The summit was held in Ashby because, in Northwire's words, “it is the most"
        " inventive town in the country.”",
        [("Tom Reed", True), ("Northwire", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), IN_WORDS_BEFORE)
def test_in_their_words_before_a_quotation(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected

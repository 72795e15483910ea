"""Organisations, statements and documents as speakers (issue 10).

News names a body, then quotes it by its kind ("the operator said", "the union said"),
by "it", or through what it issued ("a rebuke from the union"). Each shape names the one
body in focus; when two fit, or none was named, there is no sure speaker rather than a
guess. Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE


def sure_speakers(text: str) -> list[str | None]:
    """The speaker shown for each key quote: a sure one, or None."""
    return [
        quote.speaker if quote.speaker_confidence >= SPEAKER_SURE else None
        for quote in find_quotes(text)
    ]


KINDS_OF_BODY = [
    (
        "Harlow Freight said on Monday it would close its depot in Ashby by the spring.\n\n"
        "“We regret the decision but the depot no longer pays its way,” the operator said.",
        ["Harlow Freight"],
    ),
    (
        "Brenmoor Shipping, the largest ferry operator on the coast, cancelled all sailings."
        "\n\n“Safety comes first and the forecast leaves us no choice at all,” the operator said.",
        ["Brenmoor Shipping"],
    ),
    (
        "The Tenants Union of Carlow has long opposed the scheme. Its members marched on"
        " Saturday.\n\n“The council has ignored every letter we have sent since March,” the"
        " union said in a statement.",
        ["Tenants Union of Carlow"],
    ),
    (
        "Kestrel Motors said it would recall 40,000 cars over a faulty brake sensor.\n\n"
        "“No injuries have been reported and owners will be contacted by letter,” the carmaker"
        " said.",
        ["Kestrel Motors"],
    ),
]
"""A noun naming a kind of organisation stands for the body the text was just about."""

NO_GUESS = [
    # two bodies the noun fits: the text does not say which
    "Harlow Freight said on Monday it would close its depot in Ashby. The carmaker Dunmore"
    " Motors, its biggest customer, was not consulted.\n\n“We regret the decision but the"
    " depot no longer pays its way,” the operator said.",
    # no body named at all
    "Sailings were cancelled all along the coast on Friday.\n\n“Safety comes first and the"
    " forecast leaves us no choice at all,” the operator said.",
]


@pytest.mark.parametrize(("text", "expected"), KINDS_OF_BODY)
def test_a_kind_of_body_names_the_body_in_focus(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize("text", NO_GUESS)
def test_a_kind_of_body_with_no_one_body_in_focus_is_no_sure_speaker(text: str) -> None:
    assert sure_speakers(text) == [None]


IT_FOR_A_BODY = [
    (
        # the recogniser may take a one-word firm for a person; "said it" tells a body
        "Quorvo said it was closing its music store at the end of the year. “Closing the"
        " store lets us put our effort where our customers already are,” it said.",
        ["Quorvo"],
    ),
    (
        "Brightline Energy said its engineers had restored power to most homes by noon."
        "\n\nThe outage began on Sunday. “We expect every customer to be back on supply by"
        " tonight,” it said in a statement.",
        ["Brightline Energy"],
    ),
]
"""A body that spoke of itself as "it" is what a later "it said" stands for."""

IT_NO_GUESS = [
    # a document opened the sentence since: "it" may be the post as well as the firm
    "Harmonix Labs said its new tool would ship in May.\n\nA post on the firm's staff"
    " forum, later shared with reporters, summed up the mood. “We are all remixes now,"
    " every last one of us,” it read.",
]


@pytest.mark.parametrize(("text", "expected"), IT_FOR_A_BODY)
def test_it_said_names_the_body_that_spoke_of_itself(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize("text", IT_NO_GUESS)
def test_it_after_a_document_is_no_sure_speaker(text: str) -> None:
    assert sure_speakers(text) == [None]


PEOPLE_WHO_SAID_IT = [
    (
        "Angela Merkel said it was too early to judge the plan.\n\n“I have seen too many of"
        " these promises come to nothing,” she said.",
        ["Angela Merkel"],
    ),
    (
        "Mr Hartley said it was too early to judge the plan. “I have seen too many of these"
        " promises come to nothing,” he said.",
        ["Hartley"],
    ),
]
"""A person's "X said it was …" (a full name, an honorific) makes no body of them."""


@pytest.mark.parametrize(("text", "expected"), PEOPLE_WHO_SAID_IT)
def test_a_person_who_said_it_stays_a_person(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


SOURCES_IN_A_PHRASE = [
    (
        "The plan drew wide interest, and a sharp rebuke from the Coastal Rights League."
        " “Nobody should be moved from their home for a car park,” the organization wrote"
        " to the mayor.",
        ["Coastal Rights League"],
    ),
    (
        "The closure was confirmed in a statement from Halden Mills on Friday.\n\n“The site"
        " has not made money for five years and we see no way back,” the company said.",
        ["Halden Mills"],
    ),
]
"""A body named as the source of words (`a rebuke from X`) is in focus for its kind."""

SOURCES_NO_GUESS = [
    # two bodies sent words: the organization is either
    "The plan drew a rebuke from the Coastal Rights League and a warning from the"
    " Harbour Traders Guild. “Nobody should be moved from their home for a car park,”"
    " the organization wrote.",
]


@pytest.mark.parametrize(("text", "expected"), SOURCES_IN_A_PHRASE)
def test_a_body_named_as_a_source_of_words_is_in_focus(
    text: str, expected: list[str | None]
) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize("text", SOURCES_NO_GUESS)
def test_two_sources_of_words_leave_the_body_unsure(text: str) -> None:
    assert sure_speakers(text) == [None]


CALLED_BY_THEIR_KIND = [
    (
        "Ministers lost patience with security provider Gardwell on Tuesday. Lawmakers"
        " want Gardwell, one of the largest security providers in Europe, to pay for the"
        " extra troops.\n\nTraining went on through the week.\n\n“Significant numbers"
        " of guards are now finishing their training each day,” the firm said.",
        ["Gardwell"],
    ),
]
"""A body the text called by a kind (`security provider Gardwell`) is the one "the firm"
stands for, when no other body was called so."""

CALLED_NO_GUESS = [
    "Ministers lost patience with security provider Gardwell and with catering supplier"
    " Ovenly on Tuesday.\n\n“Significant numbers of guards are now finishing their"
    " training each day,” the firm said.",
]


@pytest.mark.parametrize(("text", "expected"), CALLED_BY_THEIR_KIND)
def test_a_body_called_by_its_kind_is_the_firm(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize("text", CALLED_NO_GUESS)
def test_two_bodies_called_by_a_fitting_kind_leave_the_firm_unsure(text: str) -> None:
    assert sure_speakers(text) == [None]


def test_a_description_that_speaks_of_itself_as_it_is_a_body() -> None:
    text = (
        "Ministers have lost patience with catering contractor Ovenly over the canteen"
        " contract.\n\nA minister said the deadline was firm.\n\nThe catering contractor"
        " said in a statement it “has hired every cook the contract asked for and more”."
    )
    assert sure_speakers(text) == ["Ovenly"]


def test_a_contractor_who_speaks_of_himself_stays_a_person() -> None:
    text = (
        "Ministers have lost patience with catering contractor Ovenly.\n\nA contractor who"
        " worked on the canteen roof said he “was never paid for a single day of the work”."
    )
    assert sure_speakers(text) != ["Ovenly"]


CARRIED_LIKE_A_PERSON = [
    (
        # a quotation-only paragraph after a body's reporting clause
        "Ridgeway Foods said on Monday it would close its bakery in Leeds.\n\n“The site has"
        " lost money for five years and we see no way back for it.”",
        ["Ridgeway Foods"],
    ),
    (
        # the next sentence of the same paragraph
        "Ridgeway Foods said on Monday it would close its bakery in Leeds. “The site has lost"
        " money for five years and we see no way back for it.”",
        ["Ridgeway Foods"],
    ),
    (
        # words whose source a phrase names
        "The closure drew a statement from Ridgeway Foods on Monday. “The site has lost money"
        " for five years and we see no way back for it.”",
        ["Ridgeway Foods"],
    ),
]
"""A body that spoke carries to the next quotation as a person does."""

CARRIED_NO_GUESS = [
    # someone new came in between
    "Ridgeway Foods said on Monday it would close its bakery in Leeds. Union organiser"
    " Maria Kell called a meeting for Friday.\n\n“The site has lost money for five years"
    " and we see no way back for it.”",
    # two sources of words in the sentence before
    "The closure drew a statement from Ridgeway Foods and a rebuke from the Leeds Bakers"
    " Guild. “The site has lost money for five years and we see no way back for it.”",
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_LIKE_A_PERSON)
def test_a_body_that_spoke_carries_to_the_next_quotation(
    text: str, expected: list[str | None]
) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize("text", CARRIED_NO_GUESS)
def test_a_body_is_not_carried_past_someone_new(text: str) -> None:
    assert sure_speakers(text) == [None]


def test_the_kind_stands_for_the_body_that_spoke_last_and_it_follows() -> None:
    text = (
        "Quorvo said it was closing its music store, as most of its songs can be found"
        " elsewhere.\n\n“Listeners have many options now,” a spokesman for Quorvo said by"
        " email.\n\nThe operator reassured artists that they had “no reason at all to"
        " worry,” as most songs are already on other services. “There is now a whole new"
        " landscape for music,” it said."
    )
    assert sure_speakers(text) == ["a spokesman for Quorvo", "Quorvo", "Quorvo"]


def test_a_newspaper_opines() -> None:
    text = (
        "The Harbour Gazette, the city's oldest daily, backed the plan on Thursday.\n\n“If"
        " that means a longer wait for the tram, so be it,” the newspaper opined."
    )
    assert sure_speakers(text) == ["Harbour Gazette"]


def test_the_body_whose_editorial_it_was_speaks() -> None:
    text = (
        "A Harbour Gazette editorial on Thursday backed the tram plan.\n\n“If that means a"
        " longer wait for the tram, so be it,” the newspaper opined."
    )
    assert sure_speakers(text) == ["Harbour Gazette"]


def test_a_contracted_name_is_the_body_named_in_full() -> None:
    text = (
        "Hebridean Haulage has cancelled most sailings to the island since November.\n\n"
        "In a statement, HebHaul said it “sincerely apologises to everyone on the island for"
        " the disruption”.\n\nThe company said: “Our priority is to return a reliable service"
        " as soon as possible.”"
    )
    assert sure_speakers(text) == ["Hebridean Haulage", "Hebridean Haulage"]


def test_it_never_stands_for_a_person_described() -> None:
    text = (
        "“Go to the temple and pray for a fair hearing,” wrote one user on the Vox forum."
        "\n\nThe forum was down for an hour on Thursday.\n\n“Parts of the site cannot be"
        " shown at present and are under emergency repair,” it said."
    )
    assert sure_speakers(text) == ["one user on the Vox forum", None]


def test_a_subject_that_speaks_of_its_own_is_a_body_the_recogniser_missed() -> None:
    text = (
        "Vexo published a message on its official account suggesting a technical fault."
        "\n\n“Parts of the site cannot be shown at present and are under emergency repair,”"
        " it said."
    )
    assert sure_speakers(text) == ["Vexo"]


def test_its_for_the_object_makes_no_body_of_the_subject() -> None:
    text = (
        "Senator Alma Reyes met the mayor on Monday.\n\nReyes praised the bill and its"
        " sponsors.\n\n“It is the best plan this city has seen in a generation,” she said."
    )
    assert sure_speakers(text) == ["Alma Reyes"]


def test_it_stands_for_the_owner_of_the_words() -> None:
    text = (
        "Ridgeway Foods's statement on Monday was brief. “The site has lost money for five"
        " years and we see no way back for it,” it said."
    )
    assert sure_speakers(text) == ["Ridgeway Foods"]

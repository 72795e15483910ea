"""People and bodies among lone names (issue 10): a capitalised word no list knows is a body
by default, but news prose says when it is a person (a role before it, "he"/"she" going
on from it), and such a person must then be found by "he said". Made-up names and
sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes


def kinds(text: str) -> dict[str, str]:
    """Each entity's text and kind."""
    return {entity.text: entity.kind for entity in find_entities(text)}


def speakers(text: str) -> list[tuple[str | None, bool]]:
    """(speaker, sure) for each key quote."""
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


LONE_PEOPLE = [
    # the subject, and the next sentence's quotation goes on with "he"/"she"
    (
        "Brinkov scored twice in the second half. “It was a special night for me,” he said.",
        "Brinkov",
    ),
    (
        "Valtenes said the deal was done. “We have waited a long time for this,” she added.",
        "Valtenes",
    ),
    ("Brinkov missed the game. He is expected back next week.", "Brinkov"),
    # the subject says something of itself as "he"/"she"
    ("Brinkov said he would stay at the club.", "Brinkov"),
    ("Brinkov told reporters he was fit to play on Saturday.", "Brinkov"),
    ("Brinkov insisted his future was at the club.", "Brinkov"),
    # the subject's own sentence goes on with "his"/"he"
    ("Brinkov netted his sixth goal of the season on Saturday.", "Brinkov"),
    # a verb only a person does
    ("Asked about his future, Brinkov shrugged and walked away.", "Brinkov"),
    # a person's role right before the lone name
    ("The club will be without striker Brinkov for a month.", "Brinkov"),
    ("Striker Brinkov was left out of the squad.", "Brinkov"),
    ("Forward Brinkov was left out of the squad.", "Brinkov"),
    ("The board met with coach Halvenik on Monday.", "Halvenik"),
]


@pytest.mark.parametrize(("text", "name"), LONE_PEOPLE)
def test_a_lone_name_the_text_treats_as_a_person_is_one(text: str, name: str) -> None:
    assert kinds(text)[name] == "person"


LONE_BODIES = [
    # guard rows: a lone word that speaks of itself as "it", or that "he" does not follow,
    # stays a body
    ("Quorvex said it would cut 200 jobs. He declined to say more.", "Quorvex"),
    ("Quorvex backed the plan. “It is a fair offer,” a spokesman said.", "Quorvex"),
    (
        "Ben Hale, the head of Quorvex, backed the plan. He said it was “a fair offer”.",
        "Quorvex",
    ),
    ("Analysts at Quorvex expect profits to fall.", "Quorvex"),
    # "she" after an object with a determiner may be that object's
    ("Quorvex told the minister she was wrong about the figures.", "Quorvex"),
    ("Quorvex told investors its profits would fall.", "Quorvex"),
    # "his" after someone else named by a noun, or inside reported words
    ("Quorvex sacked the manager after his comments on Monday.", "Quorvex"),
    ("Quorvex said the plan, which he called unfair, was dead.", "Quorvex"),
]


@pytest.mark.parametrize(("text", "name"), LONE_BODIES)
def test_a_lone_name_without_a_person_cue_stays_a_body(text: str, name: str) -> None:
    assert kinds(text)[name] == "organization"


LONE_SPEAKERS = [
    (
        "Brinkov scored twice in the second half. “It was a special night for me,” he said.",
        [("Brinkov", True)],
    ),
    (
        "Striker Brinkov was left out of the squad. “I am not injured,” he told reporters.",
        [("Brinkov", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONE_SPEAKERS)
def test_he_said_finds_a_lone_name_typed_a_person(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


GROUPS = [
    # "the group" stands for the body the text was just about, as "the company" does
    (
        "Quorvex said on Monday it would cut 200 jobs.\n\n"
        "“We regret the impact on our staff and their families,” the group said.",
        [("Quorvex", True)],
    ),
    # a body saying something of itself after an opening phrase is in focus too
    (
        "In an email to reporters, the Quorvex Liberation Front said it had attacked two"
        " vessels.\n\n“We will keep up the pressure on the oil companies,” the group said.",
        [("Quorvex Liberation Front", True)],
    ),
    # a body named since is nearer than an earlier description of a group
    (
        "A leading militant group said on Thursday it had attacked two vessels.\n\n"
        "In an email to reporters, the Halvek Delta Front (HDF) said it had sponsored the"
        " attack.\n\n“We will keep up the pressure on the oil companies,” the group said.",
        [("HDF", True)],
    ),
    # a description in apposition to a body names that body
    (
        "The case follows a complaint from the Quorvex Alliance, a Leeds-based trade group"
        " of which Zentrix is a member, the regulator said.\n\nQuorvex Alliance members"
        " include Halvek, Brennor and Tamsin.\n\n“We welcome the announcement as a"
        " necessary first step,” the group said in a statement.",
        [("Quorvex Alliance", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_the_group_said_is_the_body_in_focus(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


GROUP_GUARDS = [
    # a public body is never "the group"
    (
        "The Interior Ministry said it would send troops.\n\n"
        "“We will keep up the pressure on the oil companies,” the group said.",
        "Interior Ministry",
    ),
    # a clause opened by "While" has no body for its subject
    (
        "While Quorvex Health raised its prices, others cut theirs.\n\n"
        "“The current risk pool is out of balance,” the group wrote.",
        "While Quorvex Health",
    ),
    # several bodies: never one of them
    (
        "Quorvex and Zentrix said they would sue. The plan is “a disgrace to the whole"
        " industry and its customers”, the groups say.",
        "Quorvex",
    ),
]


@pytest.mark.parametrize(("text", "not_them"), GROUP_GUARDS)
def test_the_group_said_is_no_body_the_words_do_not_fit(text: str, not_them: str) -> None:
    assert all(speaker != not_them for speaker, _ in speakers(text))


BODY_NAMES_WITH_AND = [
    # the "and" inside a body's name (`Department of A and B`) joins no two speakers
    (
        "The Halvek Department of Health and Environment said in an email that it was"
        " “monitoring access to maternity care across the whole state”.",
        [("Halvek Department of Health and Environment", True)],
    ),
    (
        "“We are monitoring access to maternity care across the whole state,” the"
        " Department of Fisheries and Oceans said on Monday.",
        [("Department of Fisheries and Oceans", True)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_NAMES_WITH_AND)
def test_a_body_named_with_and_is_one_speaker(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert speakers(text) == expected


AND_GUARDS = [
    # a title's "and" is no body's: the part after it is no speaker
    "Quorvia’s Minister of Water and Irrigation, Tam Hollis, called the agreement “a first"
    " step, but a real one and long overdue” at a ceremony.",
    # two people
    "Ann Ray and Tom Hale said they were “monitoring access to maternity care across the"
    " whole state”.",
]


@pytest.mark.parametrize("text", AND_GUARDS)
def test_and_between_names_is_not_one_body(text: str) -> None:
    assert all(
        speaker not in ("Irrigation", "Hale", "Tom Hale") or not sure
        for speaker, sure in speakers(text)
    )

"""Sure wrong speakers that come from the entities (issue 10), on made-up articles.

A wrong name is worse than none: an epithet kept inside a person's name, a description
typed as a person, or a surname two relatives share each put words in the wrong mouth.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes


def shown(text: str) -> list[str | None]:
    """The speaker shown for each quote (None: none, or not sure enough to show)."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]


def people(text: str) -> list[tuple[str, str]]:
    """(surface, key) of every person the recogniser found, in text order."""
    return [(e.text, e.key) for e in find_entities(text) if e.kind == "person" and not e.reference]


PREMODIFIED = [
    # a headline's epithet before the surname, the full name only in the body
    (
        "Under-pressure Marsh quits as club coach\n\n"
        "Rovers coach Dale Marsh has resigned after a run of defeats.\n\n"
        "“I have given this job everything I had,” Marsh said in a statement.",
        [("Marsh", "Dale Marsh"), ("Dale Marsh", "Dale Marsh"), ("Marsh", "Dale Marsh")],
        ["Dale Marsh"],
    ),
    (
        "Under-fire Brandt to stay on as mayor\n\n"
        "Mayor Ilse Brandt said on Monday she would not resign.\n\n"
        "“The city needs steady hands,” Brandt told reporters.",
        [("Brandt", "Ilse Brandt"), ("Ilse Brandt", "Ilse Brandt"), ("Brandt", "Ilse Brandt")],
        ["Ilse Brandt"],
    ),
    # a nationality before a full name opening a sentence: the person, not a "misc" name
    (
        "Quenby loses in straight sets\n\n"
        "Canadian Tobiah Quenby lost to a qualifier in the first round on Tuesday.\n\n"
        "“I wasn't sharp today,” Quenby said.",
        [
            ("Quenby", "Tobiah Quenby"),
            ("Tobiah Quenby", "Tobiah Quenby"),
            ("Quenby", "Tobiah Quenby"),
        ],
        ["Tobiah Quenby"],
    ),
]


PREMODIFIED += [
    # a British councillor's short title is no part of her name either
    (
        "Cllr Sarah Pemberton asked when the road would reopen.\n\n"
        "“We were promised a date in March and it never came,” Cllr Pemberton said.",
        [("Sarah Pemberton", "Sarah Pemberton"), ("Pemberton", "Sarah Pemberton")],
        ["Sarah Pemberton"],
    ),
]


@pytest.mark.parametrize(("text", "persons", "speakers"), PREMODIFIED)
def test_an_epithet_before_a_surname_is_no_part_of_the_name(
    text: str, persons: list[tuple[str, str]], speakers: list[str | None]
) -> None:
    assert people(text) == persons
    assert shown(text) == speakers


NAMES_THAT_LOOK_LIKE_EPITHETS = [
    # a word that is also a nationality or a people opens a real name here
    (
        "Novelist Han Kang won the prize on Thursday.\n\nKang said she was surprised.",
        [("Han Kang", "Han Kang"), ("Kang", "Han Kang")],
    ),
    (
        "Actor Christian Welsh was cast on Monday.\n\nWelsh said he was thrilled.",
        [("Christian Welsh", "Christian Welsh"), ("Welsh", "Christian Welsh")],
    ),
]


@pytest.mark.parametrize(("text", "persons"), NAMES_THAT_LOOK_LIKE_EPITHETS)
def test_a_name_that_looks_like_an_epithet_stays_whole(
    text: str, persons: list[tuple[str, str]]
) -> None:
    assert people(text) == persons


NOBODY_BY_NATIONALITY = [
    "The party has a Hispanic problem, said the best known Latino Republican senator.",
    "She is the first Cuban American governor of the state.",
]


@pytest.mark.parametrize("text", NOBODY_BY_NATIONALITY)
def test_nationality_and_party_words_name_nobody(text: str) -> None:
    assert people(text) == []


MODIFIED_SUBJECT = [
    # "<Name> aide <Full Name>": the aide spoke, not the person the aide works for
    (
        "Governor Ruth Calloway conceded on Wednesday night.\n\n"
        "At one point, senior Calloway aide Marcus Pell said the campaign was “a reset"
        " button for the fall.”",
        ["Marcus Pell"],
    ),
    (
        "Senator Ines Varga left the chamber early.\n\n"
        "“The vote was never in doubt, not for a minute,” longtime Varga adviser Tom Riedel"
        " said.",
        ["Tom Riedel"],
    ),
]


MODIFIED_SUBJECT += [
    # two roles joined by "and", the second at a named outlet, before the name
    (
        "“If we don't win more young voters, we'll be out of power for a decade,” says"
        " Democratic strategist and NBC contributor Lena Ortiz, who advised two campaigns.",
        ["Lena Ortiz"],
    ),
    (
        "“The plan was never costed, not even roughly,” said Labour campaign and policy"
        " director Sam Whitcombe.",
        ["Sam Whitcombe"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), MODIFIED_SUBJECT)
def test_the_last_name_in_a_modified_subject_speaks(text: str, speakers: list[str | None]) -> None:
    assert shown(text) == speakers


SHARED_SURNAMES = [
    # the relative who has spoken says the later "Mr Hensley" lines, not the dead man
    (
        "The death of winemaker Paul Hensley has shocked the valley.\n\n"
        "Mark Hensley said the family would carry on with the harvest.\n\n"
        "Paul, 52, died when a tank exploded on Thursday morning.\n\n"
        "“We are grateful for all the support we have received,” Mr Hensley said.",
        ["Mark Hensley"],
    ),
    # the relative introduced in the sentence before is the one
    (
        "Daniel Okafor, 24, was killed shielding his girlfriend from the gunman.\n\n"
        "Okafor's father Samuel Okafor is devastated, but said his son died a hero.\n\n"
        "“He is still my inspiration, every single day,” Okafor told reporters.",
        ["Samuel Okafor"],
    ),
    # the principal has spoken: a later bare surname stays hers, even after her father
    (
        "Priya Raman is running for parliament at 29.\n\n"
        "“People told me I was mad to come back,” Raman said on Monday.\n\n"
        "Her father, Suresh Raman, a retired teacher, opposed the plan at first.\n\n"
        "“I thought she was throwing her career away,” he said.\n\n"
        "“I am not worried about the polls at all,” Raman said.",
        ["Priya Raman", "Suresh Raman", "Priya Raman"],
    ),
    # named in full just before, but as the object: the relative who spoke says it
    (
        "Mark Hensley said the family would carry on with the harvest.\n\n"
        "The blast killed his brother Paul Hensley, 52, on Thursday morning.\n\n"
        "“We are grateful for all the support we have received,” Mr Hensley said.",
        ["Mark Hensley"],
    ),
    # the principal is the one named first, even where the surname alone was taken for a
    # place ("Bello" is a town) and the nearest full name is her mother's
    (
        "Singer Amara Bello swept the awards on Saturday night.\n\n"
        "“I did not even write a speech, because I never thought I would need one,” Bello"
        " said.\n\n"
        "Her mother, Funmilayo Bello, a hospital cleaner, confirmed she had cried all night.\n\n"
        "The album has sold more than a million copies since its release in March.\n\n"
        "Critics have called it the most assured debut in a decade.\n\n"
        "“I am already thinking about the next record, honestly,” Bello said on Sunday.",
        ["Amara Bello", "Amara Bello"],
    ),
    # the story's own subject came first and alone; her husband only later, as her
    # relative: the bare surname is hers, though neither has spoken yet
    (
        "Senator Helen Carver campaigned in Ohio on Tuesday.\n\n"
        "Her husband, former governor Frank Carver, stayed in Washington.\n\n"
        "“We are going to win this state in November,” Carver said.",
        ["Helen Carver"],
    ),
    # two brothers, neither has spoken, nothing decides: no name rather than a guess
    (
        "Brothers Alan Pryce and Gareth Pryce opened the bakery in 1998.\n\n"
        "The bakery closed on Friday after a fire gutted the kitchen overnight.\n\n"
        "“We will rebuild, whatever it takes,” Mr Pryce said.",
        [None],
    ),
    # two given names sharing one surname (`Harvey and Bob Weinstein`) name two people
    # side by side: the bare surname is neither by being named first
    (
        "The studio is run by the brothers Harvey and Bob Weinstein.\n\n"
        "“We need to get people back to work,” Weinstein said.",
        [None],
    ),
    # guard: a surname before `and` is its own person's, not a given name of the next
    (
        "Senator Clinton and Bernie Sanders met in Brooklyn on Thursday.\n\n"
        "“We agree on more than people think, honestly,” Sanders said.",
        ["Bernie Sanders"],
    ),
    # an honorific gives the sex: `Mr` is not the wife, `Mrs` not the husband
    (
        "Sharon Osbourne and her husband, Ozzy Osbourne, will host the show.\n\n"
        "“It is going to be a great night for everyone,” Mr Osbourne said.\n\n"
        "“We have wanted to do this for years,” Mrs Osbourne said.",
        ["Ozzy Osbourne", "Sharon Osbourne"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SHARED_SURNAMES)
def test_a_surname_two_relatives_share(text: str, speakers: list[str | None]) -> None:
    assert shown(text) == speakers


def kinds_of(text: str, word: str) -> set[str]:
    """The kinds the recogniser gave every mention written exactly `word`."""
    return {e.kind for e in find_entities(text) if e.text == word and not e.reference}


BODIES_NOT_PEOPLE = [
    # a word guessed a surname from "X said", while the article names bodies it opens
    (
        "Mobile operator Kessling Wireless is closing its Kessling Apps store in January.\n\n"
        "Customers of Kessling Apps will be refunded, a spokesman for Kessling said on"
        " Tuesday.\n\n"
        "“We thank our developers for all their support over the years,” Kessling said.",
        "Kessling",
        {"organization"},
    ),
]


BODIES_NOT_PEOPLE += [
    # a contraction of a two-word name: the ferry company, not a man called MacBrayne
    (
        "Carrick MacLennan has cancelled most sailings to the island since November.\n\n"
        "In a statement, CarMac said it was sorry for the disruption to the service.",
        "Carrick MacLennan",
        {"organization"},
    ),
    # the dateline names the town; the same name later is the town, not a saint
    (
        "ST. ANSELM, Kan. - The town's only grocery closed in 2019.\n\n"
        "The manager, Ruth Kuhn, grew up in St. Anselm and worked at the old store.",
        "St. Anselm",
        {"place"},
    ),
]


@pytest.mark.parametrize(("text", "word", "kinds"), BODIES_NOT_PEOPLE)
def test_bodies_and_places_are_not_people(text: str, word: str, kinds: set[str]) -> None:
    assert kinds_of(text, word) == kinds

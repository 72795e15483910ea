"""Where a speaker's name starts and ends: a body's name glued in front of a person's is
two entities, so the person is the speaker and `he added` finds him."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes

BODY_THEN_PERSON = [
    (
        "Minister in the Ministry of Finance Daniel Rowntree",
        "Ministry of Finance",
        "Daniel Rowntree",
    ),
    ("the Department of Labour Susan Okafor", "Department of Labour", "Susan Okafor"),
    ("the University of Lagos Peter Adeyemi", "University of Lagos", "Peter Adeyemi"),
    ("the Council of Europe Maria Lindqvist", "Council of Europe", "Maria Lindqvist"),
]
PRONOUN = {
    "Daniel Rowntree": "He",
    "Susan Okafor": "She",
    "Peter Adeyemi": "He",
    "Maria Lindqvist": "She",
}


@pytest.mark.parametrize(("phrase", "body", "person"), BODY_THEN_PERSON)
def test_body_and_person_are_two_entities(phrase: str, body: str, person: str) -> None:
    text = f"On Monday {phrase} spoke to the press."
    found = {(e.text, e.kind) for e in find_entities(text)}
    assert (body, "organization") in found
    assert (person, "person") in found


@pytest.mark.parametrize(("phrase", "body", "person"), BODY_THEN_PERSON)
def test_the_person_speaks_and_is_he_or_she_after(phrase: str, body: str, person: str) -> None:
    text = (
        f'Before the vote, {phrase} said, "The question in front of us is a simple one." '
        f'{PRONOUN[person]} added this is "a matter for the whole house to settle".'
    )
    first, second = find_quotes(text)
    assert (first.speaker, second.speaker) == (person, person)
    assert first.speaker_sure and second.speaker_sure


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He studied at the College of William and Mary last year.", "College of William and Mary"),
        ("Fans of the University of North Carolina Chapel Hill cheered.", None),
        ("She joined the Bank of England in 2010.", "Bank of England"),
    ],
)
def test_a_body_keeps_its_own_name(text: str, name: str | None) -> None:
    people = [e.text for e in find_entities(text) if e.kind == "person"]
    assert people == []
    if name is not None:
        assert name in [e.text for e in find_entities(text)]


MOJIBAKE = [
    ("Helmut MÃ¤gdefrau", "Mr MÃ¤gdefrau"),  # ä
    ("Jürgen SchÃ¶nfeld", "Mr SchÃ¶nfeld"),  # ö, the given name spelt right
    ("Renate MuÃ±oz", "Ms MuÃ±oz"),  # ñ
    ("JosÃ© Carvalho", "Mr Carvalho"),  # é closing the given name
]


@pytest.mark.parametrize(("name", "later"), MOJIBAKE)
def test_mojibake_letters_stay_inside_the_name(name: str, later: str) -> None:
    text = (
        f'"We had no choice but to leave the animals alone," {name}, the deputy director of '
        f'the zoo, said. Keepers waited for a week.\n\n"We could not find them, so we cannot '
        f'say more," {later} said.'
    )
    people = [e.text for e in find_entities(text) if e.kind == "person"]
    assert people[0] == name
    first, second = find_quotes(text)
    assert (first.speaker, second.speaker) == (name, name)
    assert first.speaker_sure and second.speaker_sure


def test_a_symbol_after_the_pair_is_no_letter() -> None:
    text = "Prices rose by 5Ã· on Monday, said Anna Berg."
    assert [e.text for e in find_entities(text) if e.kind == "person"] == ["Anna Berg"]


DESCRIBED = [
    ("Dutchman Robin Vermeer", "Robin Vermeer"),
    ("Swede Daniel Lindgren", "Daniel Lindgren"),
    ("Frenchwoman Claire Dubois", "Claire Dubois"),
    ("House Republican Thomas Whitfield", "Thomas Whitfield"),
    ("Ohio Democrat Karen Mills", "Karen Mills"),
    ("Liberal Democrat Tim Ashworth", "Tim Ashworth"),
    ("Writer-director Brad Pellegrino", "Brad Pellegrino"),
]


@pytest.mark.parametrize(("phrase", "person"), DESCRIBED)
def test_words_that_describe_the_speaker_are_not_his_name(phrase: str, person: str) -> None:
    text = f'Earlier, {phrase} said, "The result on Friday was better than any of us hoped."'
    people = [e.text for e in find_entities(text) if e.kind == "person"]
    assert people == [person]
    quote = find_quotes(text)[0]
    assert quote.speaker == person
    assert quote.speaker_sure


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Later, Maryland Democrat Karen Mills spoke.", {("Maryland", "place")}),
        ("Later, Dutchman Robin Vermeer spoke.", set()),
        ("She met Paris Hilton there.", {("Paris Hilton", "person")}),
        ("Texas Gov. Greg Abbott spoke.", {("Texas", "place"), ("Greg Abbott", "person")}),
    ],
)
def test_a_place_among_the_describing_words_stays_a_place(
    text: str, kept: set[tuple[str, str]]
) -> None:
    found = {(e.text, e.kind) for e in find_entities(text)}
    assert kept <= found
    assert not any(
        kind == "person" and " " in name and name.split()[0] in ("Maryland", "Dutchman")
        for name, kind in found
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"Sales will pick up," said Dean Halloran, an analyst at Norbury Research.',
            "Dean Halloran",
        ),
        (
            'Dean Whitcombe, a co-director of the centre, said: "We expected it to happen this year."',
            "Dean Whitcombe",
        ),
        (
            'Law school Dean Martha Okonkwo said: "We expected it to happen this year."',
            "Martha Okonkwo",
        ),
        ('Prince Harry said: "We expected it to happen this year."', "Harry"),
    ],
)
def test_a_title_that_is_a_given_name_opens_the_name_before_a_surname_alone(
    text: str, person: str
) -> None:
    assert [e.text for e in find_entities(text) if e.kind == "person"] == [person]
    assert find_quotes(text)[0].speaker == person


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"We kept everything we were ever sent," said Norbury Systems CIO Walt Brennan.',
            "Walt Brennan",
        ),
        (
            "Detective Chief Inspector Claire Ashdown leads the inquiry.\n\n"
            '"Somebody knows who was in that car," DCI Ashdown said.',
            "Claire Ashdown",
        ),
    ],
)
def test_an_officers_acronym_is_a_title(text: str, person: str) -> None:
    assert {e.key for e in find_entities(text) if e.kind == "person"} == {person}
    quote = find_quotes(text)[-1]
    assert quote.speaker == person
    assert quote.speaker_sure


@pytest.mark.parametrize("verb", ["announced", "declared", "joked"])
@pytest.mark.parametrize("clause", ["as the guests sat down", "while the band packed up"])
def test_an_inverted_name_ends_before_a_clause_of_time(verb: str, clause: str) -> None:
    text = (
        "Marla Quinlan hosted the evening.\n\n"
        f'"I have to tell you who won it this year," {verb} Quinlan {clause}.'
    )
    quote = find_quotes(text)[0]
    assert quote.speaker == "Marla Quinlan"
    assert quote.speaker_sure


def test_promises_before_a_clause_is_still_no_attribution() -> None:
    text = '"It will be ready by June, they said," promises Quinlan will know more soon.'
    assert not any(q.speaker_sure for q in find_quotes(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Later, New York Democrat Karen Mills said so.",
            {("New York", "place"), ("Democrat", "other"), ("Karen Mills", "person")},
        ),
        (
            "Later, West Virginia Republican Tom Ashby said so.",
            {("West Virginia", "place"), ("Republican", "other"), ("Tom Ashby", "person")},
        ),
    ],
)
def test_a_place_of_several_words_before_the_party_stays_whole(
    text: str, found: set[tuple[str, str]]
) -> None:
    assert found <= {(e.text, e.kind) for e in find_entities(text)}


def test_a_given_name_that_ends_a_place_starts_no_person() -> None:
    text = '"She has done that," added a South Carolina Democrat.'
    assert [e for e in find_entities(text) if e.kind == "person"] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('"We changed the line-up at half time," said Sonics coach P.J. Carlesimo.', "person"),
        ('"I will keep writing these books," said A.J. Pemberton.', "person"),
        ('"The base will stay open," the U.S. Army said.', "organization"),
        ('"The title is still ours to win," said D.C. United.', "organization"),
    ],
)
def test_two_initials_open_a_persons_name_not_an_acronym(text: str, kind: str) -> None:
    entity = max(find_entities(text), key=lambda e: e.end - e.start)
    assert entity.kind == kind

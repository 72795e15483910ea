"""The first word of a name is not trimmed as an opener when its capital is the name's.

A capitalised everyday word is cut from a run only where its position explains the capital
(a sentence start, after a quote or a colon); "He" is part of a Chinese name when it
follows a family name in one run, or opens one before an unlisted given name and a comma.
"""

from __future__ import annotations

import pytest

from newsreader.analysis.entities import find_entities


def _spans(text: str) -> set[str]:
    return {entity.text for entity in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Con Edison worker fixed the line.", "Con Edison"),
        ("Crews from Con Edison worked all night.", "Con Edison"),
        ("Vice Premier Liu He said the talks went well.", "Liu He"),
        ("China sent Liu He to Washington.", "Liu He"),
        ("He Jianxiong, a professor at Fudan, said it was fine.", "He Jianxiong"),
    ],
)
def test_name_keeps_its_first_word(text: str, name: str) -> None:
    assert name in _spans(text)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # must not break: the capital is explained by the sentence start or a quote
        ("Former Alice Smith fans came.", "Alice Smith", "Former Alice Smith"),
        ('"Former Alice Smith fans came," he said.', "Alice Smith", "Former Alice Smith"),
        ("In Edison, N.J., the lights went out.", "Edison", "In Edison"),
        # a word saying who the person is, before a given name (and surname)
        ("It was fine, said Pastor John Gray.", "John Gray", "Pastor John Gray"),
        ("It was fine, said Aunt Mary.", "Mary", "Aunt Mary"),
        ("It was fine, said Uncle Bob.", "Bob", "Uncle Bob"),
        # a profession too rare for the everyday-word list, known by its ending
        ("Meteorologist Dana Whitby said the storm had weakened.", "Dana Whitby", "Meteorologist"),
        ("It was fine, said Pediatrician Ann Lowry.", "Ann Lowry", "Pediatrician Ann"),
        ("Photographer Tom Ellery took the picture.", "Tom Ellery", "Photographer Tom"),
        # "He" as the pronoun
        ("He told Li Wei the news.", "Li Wei", "He told"),
        ("Liu said he would go.", "Liu", "Liu said"),
    ],
)
def test_openers_explained_by_position_are_still_trimmed(
    text: str, present: str, absent: str
) -> None:
    found = _spans(text)
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    "text",
    ["Doctors said the boy was fine.", "He, too, agreed.", "He Said, She Said is a film."],
)
def test_sentence_openers_name_nothing(text: str) -> None:
    found = _spans(text)
    assert not any(span.startswith(("Doctors", "He")) for span in found)


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        (
            "Mayor Bill de Blasio said the city was ready. It was backed by de Blasio on Monday.",
            "de Blasio",
            "Blasio",
        ),
        ("Vincent van Gogh painted it. The van Gogh show opened.", "van Gogh", "Gogh"),
    ],
)
def test_particles_of_a_full_name_join_its_surname(text: str, name: str, absent: str) -> None:
    found = _spans(text)
    assert name in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He was the de facto leader, said Bill de Blasio.", "Bill de Blasio"),
        ("Bill de Blasio spoke. Blasio is not his name.", "Blasio"),  # no particle written
    ],
)
def test_particles_join_only_where_written(text: str, name: str) -> None:
    found = _spans(text)
    assert name in found
    assert not any(span.startswith("de facto") for span in found)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a month that is also a name: a surname after a given name, a given name before
        # a surname or before words that make a person of it
        ("Prime Minister Theresa May met the king.", "Theresa May"),
        ("The guitarist Brian May said so.", "Brian May"),
        ("April Dunmore, a lifelong resident of the town, said she liked it.", "April Dunmore"),
        ("June Smith said the road was closed.", "June Smith"),
    ],
)
def test_months_that_are_names(text: str, present: str) -> None:
    assert present in _spans(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [("In April Smith won the race.", "April Smith"), ("On May 5 Smith won.", "May 5")],
)
def test_months_that_are_dates(text: str, absent: str) -> None:
    assert absent not in _spans(text)

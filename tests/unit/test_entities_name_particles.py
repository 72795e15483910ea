"""Names with particles of two words (`van der`, `von der`, `de la`) are one person's name,
and a generational suffix ends the name before it: a title word before `Jr.` is a surname
(`Martin Luther King Jr.`), and `Jr.` alone names nobody. Places and bodies with the same
particles (`Museo de la Ciudad`) stay what they are."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes

PEOPLE = [
    ("The deal was signed by Ludwig van der Berg on Monday.", "Ludwig van der Berg"),
    ("The deal was signed by Joost van den Broek on Monday.", "Joost van den Broek"),
    ("The deal was signed by Greta von der Heide on Monday.", "Greta von der Heide"),
    ("The deal was signed by Marco de la Fuente on Monday.", "Marco de la Fuente"),
    ("The deal was signed by Martin Luther King Jr. on Monday.", "Martin Luther King Jr."),
    ("The deal was signed by Carla Bishop Jr. on Monday.", "Carla Bishop Jr."),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_one_person_with_the_whole_name(text: str, name: str) -> None:
    people = [(e.text, e.kind) for e in find_entities(text) if e.kind == "person"]
    assert people == [(name, "person")]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_the_whole_name_is_the_speaker(text: str, name: str) -> None:
    said = f"“We waited a long time for this agreement,” said {name}."
    quote = find_quotes("Report\n\n" + said)[0]
    assert quote.speaker == name
    assert quote.speaker_sure


@pytest.mark.parametrize(
    "text",
    [
        "The Museo de la Ciudad opened a new wing on Monday.",
        "Ships sailed up the Rio de la Plata on Monday.",
        "They met Jr. on Monday.",
    ],
)
def test_no_person(text: str) -> None:
    assert [e.text for e in find_entities(text) if e.kind == "person"] == []


def test_a_lone_suffix_is_no_entity() -> None:
    assert [e.text for e in find_entities("They met Jr. on Monday.")] == []

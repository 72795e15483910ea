"""A person's role in apposition describes the one named (`Karine Jean-Pierre, a
spokeswoman,`): it made the name an organisation, as a role word right after a name does
(`Acme spokesman Jo Reyes`). And two words opening a sentence before such an apposition or a
verb of saying are a given name and a surname even when the given name is also a rare
everyday word (`Mitt`, `Jen`); a title (`Fr McManus`) is still no given name. Then `the
spokeswoman said` names the person so described."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes

PEOPLE = [
    ("Karine Jean-Pierre, a spokeswoman, said the deal was dead.", "Karine Jean-Pierre"),
    ("Jen Psaki, a White House spokeswoman, said the deal was dead.", "Jen Psaki"),
    ("Mitt Romney said the deal was dead.", "Mitt Romney"),
    ("Tulsi Gabbard, a senator, said the deal was dead.", "Tulsi Gabbard"),
]


@pytest.mark.parametrize(("text", "name"), PEOPLE)
def test_the_whole_name_is_a_person(text: str, name: str) -> None:
    found = [(e.text, e.kind) for e in find_entities("Report\n\n" + text)]
    assert (name, "person") in found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Acme spokesman Jo Reyes said the deal was dead.", ("Acme", "organization")),
        ("Fr McManus said the parish was in shock.", ("McManus", "person")),
    ],
)
def test_what_stays(text: str, found: tuple[str, str]) -> None:
    assert found in [(e.text, e.kind) for e in find_entities("Report\n\n" + text)]


@pytest.mark.parametrize(("text", "name"), PEOPLE[:2])
def test_the_role_later_names_them(text: str, name: str) -> None:
    story = (
        f"Report\n\n{text}\n\n"
        "“We are not going to accept this deal as it stands today,” the spokeswoman said."
    )
    quote = find_quotes(story)[-1]
    assert quote.speaker == name
    assert quote.speaker_sure

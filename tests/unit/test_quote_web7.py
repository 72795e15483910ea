"""Shapes of modern web news (issue 10): an outlet's name run into the speaker's surname
("Speaking to the Evening Ledger Morvan said"), an appositive naming the person a bare role
introduced ("The host, board member Tessa Quell, has said"). Made-up names and sentences
of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes


def speakers(text: str) -> list[tuple[str | None, bool]]:
    """(speaker, sure) for each key quote."""
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


def persons(text: str) -> list[str]:
    """The text of each person mention."""
    return [entity.text for entity in find_entities(text) if entity.kind == "person"]


OUTLET_GLUED = [
    # "the <outlet> <surname>": no person's name follows "the", so the run is a body's name
    # followed by the surname of a person the article names in full
    (
        "Carla Morvan was 16 when she met him. Speaking to the Evening Ledger Morvan "
        "claimed: “He promised me a job and a flat in the city.”",
        "Carla Morvan",
    ),
    (
        "Thomas Brusk runs the mill. In an interview with the Northern Courier Brusk said: "
        "“We will not close the mill this winter.”",
        "Thomas Brusk",
    ),
]


@pytest.mark.parametrize(("text", "name"), OUTLET_GLUED)
def test_an_outlet_run_into_a_surname_leaves_the_person(text: str, name: str) -> None:
    assert speakers(text) == [(name, True)]


OUTLET_GUARDS = [
    # a given name before the surname is the person's own name, even after "the"
    (
        "Carla Morvan and her brother spoke. Asked by the press Ivo Morvan said: "
        "“We will not sell the farm.”",
        "Ivo Morvan",
    ),
]


@pytest.mark.parametrize(("text", "name"), OUTLET_GUARDS)
def test_a_given_name_before_a_surname_stays_part_of_the_name(text: str, name: str) -> None:
    assert name in persons(text)

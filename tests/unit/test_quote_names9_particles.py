"""A surname written with a lowercase particle ("al-Rahimi", "el-Badri") is the same
person's when the text later drops the particle or adds a title ("Sheik Rahimi")."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.entities import find_entities

_ENTITIES = [
    ("The cleric Yusuf al-Rahimi spoke. Later Rahimi left the hall.", "Rahimi", "Yusuf al-Rahimi"),
    ("Judge Omar el-Badri ruled. Badri said little.", "Badri", "Omar el-Badri"),
    # guard: a hyphenated given name keeps its own key
    ("Jean-Pierre Moreau spoke. Moreau left.", "Moreau", "Jean-Pierre Moreau"),
]


@pytest.mark.parametrize(("text", "surface", "key"), _ENTITIES)
def test_surname_after_its_particle(text: str, surface: str, key: str) -> None:
    last = [e for e in find_entities(text) if e.kind == "person"][-1]
    assert (last.text, last.key) == (surface, key)


def test_titled_surname_without_particle_names_the_person() -> None:
    text = (
        "The weekly quoted a prominent cleric, Yusuf al-Rahimi, as demanding change. Later "
        "the cleric repudiated the posting. “This message was not written by me,” said "
        "Sheik Rahimi on Friday."
    )
    quote = find_quotes(text)[0]
    assert quote.speaker == "Yusuf al-Rahimi"
    assert quote.speaker_sure

"""An office named with an "of" phrase before its holder ("Chancellor of the Exchequer
Gordon Brown"): the word after "of" completes the office, and the speaker is the holder."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.entities import find_entities

_ENTITIES = [
    ("The Chancellor of the Exchequer Hugo Barnett spoke first.", "Hugo Barnett"),
    ("He met the Minister of Fisheries Maria Tane yesterday.", "Maria Tane"),
    # guards: a plain name after "of", and a name whose first word is a given name
    ("He met the family of Hugo Barnett yesterday.", "Hugo Barnett"),
    ("He met the Secretary of State Joan Whitaker yesterday.", "Joan Whitaker"),
]


@pytest.mark.parametrize(("text", "person"), _ENTITIES)
def test_office_word_is_no_part_of_the_name(text: str, person: str) -> None:
    persons = [e.key for e in find_entities(text) if e.kind == "person"]
    assert persons == [person]


_SPEAKERS = [
    (
        "The talks ended. “This is the first time gold has been offered for debt relief,” "
        "said UK Chancellor of the Exchequer Hugo Barnett.",
        "Hugo Barnett",
    ),
    # guard: the holder named after a comma stays the speaker
    (
        "The talks ended. “We agree on the plan,” said the director of the Louvre Museum, "
        "Anne Roy.",
        "Anne Roy",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _SPEAKERS)
def test_office_holder_speaks(text: str, speaker: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker == speaker
    assert quote.speaker_sure

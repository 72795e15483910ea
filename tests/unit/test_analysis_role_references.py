"""A description standing for a titled person ("the president") is a reference, not a name.

It keeps its link to the person for grouping, mention counts, stored analyses and quote
speakers, but it is neither highlighted in the reading pane nor scored as a name span.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import analyse, find_entities, group_entities
from newsreader.app.text import _spans_in
from newsreader.models import Block
from newsreader.store.articles import entity_rows
from newsreader.store.codec import analysis_from_json, analysis_to_json

TEXT = (
    "President Joe Biden met Chancellor Olaf Scholz in Berlin on Monday. "
    "The president said the talks went well. "
    '"We agreed on everything," the president said.'
)


@pytest.mark.parametrize(
    ("text", "reference", "key"),
    [
        (TEXT, "The president", "Joe Biden"),
        (TEXT, "the president", "Joe Biden"),
        (
            "Secretary of State Antony Blinken arrived. The secretary will meet Wang Yi.",
            "The secretary",
            "Antony Blinken",
        ),
        ("Mayor Eric Adams spoke. Later the mayor left.", "the mayor", "Eric Adams"),
    ],
)
def test_role_references_are_marked_and_keep_their_person(
    text: str, reference: str, key: str
) -> None:
    found = [e for e in find_entities(text) if e.text == reference]
    assert found
    assert all(e.reference and e.kind == "person" and e.key == key for e in found)


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "Barack Obama spoke on Monday.",
        "Secretary of State Antony Blinken arrived in Paris.",
    ],
)
def test_names_are_never_references(text: str) -> None:
    assert all(
        not e.reference
        for e in find_entities(text)
        if e.text[:1].isupper() and not e.text.lower().startswith("the ")
    )


def test_two_presidents_make_no_reference() -> None:
    text = "President Joe Biden met President Emmanuel Macron. The president said no."
    assert not any(e.reference for e in find_entities(text))


def test_group_counts_keep_references() -> None:
    groups = {g.key: g.count for g in group_entities(find_entities(TEXT))}
    assert groups["Joe Biden"] == 3  # the name and two references


def test_article_index_counts_references() -> None:
    rows = {(key, kind): count for key, kind, count in entity_rows(find_entities(TEXT))}
    assert rows[("Joe Biden", "person")] == 3


def test_stored_analysis_keeps_the_reference_flag() -> None:
    entities, quotes = analyse(TEXT)
    stored, _ = analysis_from_json(analysis_to_json(entities, quotes))
    assert [e.reference for e in stored] == [e.reference for e in entities]
    assert any(e.reference for e in stored)


def test_older_stored_analyses_read_as_names() -> None:
    stored, _ = analysis_from_json(
        '{"version": 1, "entities": [{"text": "Biden", "kind": "person", "start": 0,'
        ' "end": 5, "key": "Joe Biden"}]}'
    )
    assert stored[0].reference is False


def test_references_are_not_highlighted() -> None:
    entities = find_entities(TEXT)
    block = Block("paragraph", TEXT, start=0, end=len(TEXT))
    highlighted = {TEXT[start:end] for start, end, _ in _spans_in(block, entities, (), None)}
    assert "Joe Biden" in highlighted
    assert "The president" not in highlighted
    assert "the president" not in highlighted


def test_quote_speaker_still_resolves_through_the_reference() -> None:
    _, quotes = analyse(TEXT)
    spoken = [q for q in quotes if "agreed on everything" in q.text]
    assert spoken and spoken[0].speaker == "Joe Biden"

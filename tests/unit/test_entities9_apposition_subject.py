"""A lone unknown word that opens a sentence, is described in commas and then goes on as
"he"/"she" (`Brinkov, a student at Leeds, said he …`) is a person: the description between
the subject and its verb does not hide the evidence. A subject that goes on as "it", or one
whose description is followed by no verb of its own, keeps the default (an organisation)."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The school is small. Brinkov, a student at Leeds, said he would stay.",
            "Brinkov",
            "person",
        ),
        (
            "The school is small. Tarquez, a second grader at Hillview, bragged that he is brave.",
            "Tarquez",
            "person",
        ),
        (
            "The town is quiet. Brinkov, the oldest of five, says she misses it.",
            "Brinkov",
            "person",
        ),
        # guard rows
        (
            "The firm is small. Brinkov, a startup from Leeds, said it would grow.",
            "Brinkov",
            "organization",
        ),
        ("The firm is small. Brinkov, a startup in Leeds, grew fast.", "Brinkov", "organization"),
    ],
)
def test_a_described_subject_that_goes_on_as_he_or_she(text: str, name: str, kind: str) -> None:
    found = {e.text: e.kind for e in find_entities("Report\n\n" + text)}
    assert found[name] == kind

"""Two capitalised words ending in the surname of a person the text names are that person's
relative (`Ivanka Trump` beside `Donald Trump`), though the surname is also an everyday word
that made the pair look like an organisation; a place or a body named after them stays one."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Donald Trump spoke on Monday. Ivanka Trump said the deal was dead.",
            "Ivanka Trump",
            "person",
        ),
        (
            "Donald Trump spoke on Monday. Melania Trump said the deal was dead.",
            "Melania Trump",
            "person",
        ),
        ("Donald Trump spoke at Trump Tower on Monday.", "Trump Tower", "place"),
        (
            "Donald Trump spoke on Monday. Team Trump said the deal was dead.",
            "Team Trump",
            "organization",
        ),
    ],
)
def test_the_kind_of_a_relative(text: str, name: str, kind: str) -> None:
    found = {e.text: e.kind for e in find_entities("Report\n\n" + text)}
    assert found[name] == kind

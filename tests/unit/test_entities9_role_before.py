"""A person's role written small right before a name no list knows ("winger Bruno Casado",
"chief executive Lukas Brandt") makes the name a person, also when its last word merely
looks like an everyday word; a known body or a role that also qualifies a body ("owner",
"market leader") does not."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The club bid for Rovers winger Taddeo Baba on Monday.", "Taddeo Baba", "person"),
        ("The memo came from chief executive Lukas Brandt on Monday.", "Lukas Brandt", "person"),
        ("The riots were described by spokesman Dali Mpofu as spying.", "Dali Mpofu", "person"),
        ("It was sparked by bench forward Ngozi Adebayo on the night.", "Ngozi Adebayo", "person"),
        # guard rows
        ("The market leader Home Depot rose on Monday.", "Home Depot", "organization"),
        ("Shares in Home Depot rose on Monday.", "Home Depot", "organization"),
        ("The striker joined Manchester United on Monday.", "Manchester United", "organization"),
    ],
)
def test_a_role_before_a_name(text: str, name: str, kind: str) -> None:
    found = {e.text: e.kind for e in find_entities("Report\n\n" + text)}
    assert found[name] == kind

"""The shipped gazetteer tells names from everyday words by case evidence, not frequency.

`tools/build_gazetteer.py` used to call every frequent lower-cased token an everyday word, so
the names news repeats most ("obama", "wichita", "mars") vetoed themselves. These tables pin
both sides: names that must not be vetoed, and everyday words that are also names and must
stay guarded.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import gazetteer
from newsreader.analysis.entities import find_entities


@pytest.mark.parametrize(
    "word", ["obama", "barack", "biden", "harvard", "yale", "wichita", "frankfurt", "mars"]
)
def test_frequent_names_are_not_everyday_words(word: str) -> None:
    assert word not in gazetteer.load().common_words


@pytest.mark.parametrize(
    "word", ["reading", "mobile", "bath", "nice", "split", "orange", "will", "deal"]
)
def test_everyday_words_that_are_also_names_stay_guarded(word: str) -> None:
    gaz = gazetteer.load()
    assert word in gaz.common_words
    assert word.title() not in gaz.places


@pytest.mark.parametrize("place", ["Wichita", "Frankfurt", "Mars", "Jupiter", "Cincinnati"])
def test_big_cities_and_planets_named_like_frequent_tokens_are_places(place: str) -> None:
    assert place in gazetteer.load().places


@pytest.mark.parametrize("surname", ["Henderson", "Richardson", "Montgomery"])
def test_common_surnames_do_not_become_mid_sized_cities(surname: str) -> None:
    gaz = gazetteer.load()
    assert surname in gaz.surnames
    assert surname not in gaz.places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He met Barack Obama on Monday.", [("Barack Obama", "person")]),
        ("He flew to Wichita on Friday.", [("Wichita", "place")]),
        ("Scientists studied Mars.", [("Mars", "place")]),
        ("They studied Mars and Venus.", [("Mars", "place"), ("Venus", "place")]),
        ("Biden spoke in Frankfurt on Tuesday.", [("Frankfurt", "place")]),
        # must not break: everyday words that are also names or places
        ("Reading is fun, he said.", []),
        ("Mobile phones were banned.", []),
        ("Nice weather helped the crowd.", []),
        ("Split decisions are rare.", []),
        ("Orange juice prices rose.", []),
        ("May was warm.", []),
        ("Will they come?", []),
        ("He played his trump card.", []),
        ("She ate a mars bar.", []),
        ("The CEOs met.", []),
    ],
)
def test_names_and_everyday_words_in_prose(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e.text, e.kind) for e in find_entities(text)]
    for pair in expected:
        assert pair in found
    if not expected:
        assert found == []

"""Entity recogniser: one table row per cue the recogniser relies on, plus hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsreader.analysis import find_entities
from newsreader.models import Entity

DATA = Path(__file__).resolve().parents[1] / "data"


def spans(text: str) -> set[tuple[str, str, str]]:
    """(text, kind, key) of every mention, for compact expectations."""
    return {(e.text, e.kind, e.key) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gazetteer places, with canonical keys.
        (
            "Talks were held in Geneva and Nairobi.",
            {("Geneva", "place", "Geneva"), ("Nairobi", "place", "Nairobi")},
        ),
        ("He flew to the U.S. on Monday.", {("U.S.", "place", "United States")}),
        ("Troops left North Korea.", {("North Korea", "place", "North Korea")}),
        # Title cues: the title is not part of the name.
        ("They met President Joe Biden.", {("Joe Biden", "person", "Joe Biden")}),
        (
            "US Secretary of State Antony Blinken spoke.",
            {("US", "place", "United States"), ("Antony Blinken", "person", "Antony Blinken")},
        ),
        ("It was Mr. Okonkwo who spoke.", {("Okonkwo", "person", "Okonkwo")}),
        ("Foreign Minister Wang Yi arrived.", {("Wang Yi", "person", "Wang Yi")}),
        # First names make a person.
        (
            "A letter from Sarah Kowalczyk arrived.",
            {("Sarah Kowalczyk", "person", "Sarah Kowalczyk")},
        ),
        # Organisation head and start words, acronyms, known organisations.
        (
            "The Commerce Department said so.",
            {("Commerce Department", "organization", "Commerce Department")},
        ),
        (
            "He studied at the University of Lagos.",
            {("University of Lagos", "organization", "University of Lagos")},
        ),
        ("Shares in Acme Holdings fell.", {("Acme Holdings", "organization", "Acme Holdings")}),
        (
            "The IAEA sent inspectors.",
            {("IAEA", "organization", "International Atomic Energy Agency")},
        ),
        ("Analysts at Reuters agreed.", {("Reuters", "organization", "Reuters")}),
        # Demonyms and events are kind other.
        (
            "The Chinese embassy and Russian diplomats met.",
            {("Chinese", "other", "Chinese"), ("Russian", "other", "Russian")},
        ),
        ("Sales rose before Christmas.", {("Christmas", "other", "Christmas")}),
        (
            "Congress passed the Inflation Reduction Act.",
            {
                ("Congress", "organization", "Congress"),
                ("Inflation Reduction Act", "other", "Inflation Reduction Act"),
            },
        ),
        # Sentence-initial common words, months, days are not entities.
        ("However, prices rose. Meanwhile rents fell on Monday in January.", set()),
        ("Floods swept the valley. Rival firms cut prices.", set()),
        # Possessives and contractions end a name without being part of it.
        (
            "President Biden's plan is one Biden's aides don't like.",
            {("Biden", "person", "Biden")},
        ),
        # No capitals, no entities.
        ("the president met angela merkel in berlin.", set()),
        ("", set()),
    ],
)
def test_cues(text: str, expected: set[tuple[str, str, str]]) -> None:
    """Each cue types its span and the key is the canonical name."""
    assert spans(text) == expected


def test_surname_is_a_person_everywhere_once_a_full_name_is_seen() -> None:
    """Document-level propagation: "Blinken" alone, even sentence-initial, is Antony Blinken."""
    text = "Blinken will travel. Antony Blinken, the top diplomat, said Blinken would return."
    entities = find_entities(text)
    assert [(e.text, e.kind, e.key) for e in entities] == [
        ("Blinken", "person", "Antony Blinken"),
        ("Antony Blinken", "person", "Antony Blinken"),
        ("Blinken", "person", "Antony Blinken"),
    ]


def test_role_reference_joins_the_titled_person_when_unambiguous() -> None:
    """ "the secretary" shares the key of the one person introduced as Secretary."""
    text = "Secretary of State Antony Blinken arrived. The secretary will meet Wang Yi."
    keyed = {(e.text, e.key) for e in find_entities(text)}
    assert ("The secretary", "Antony Blinken") in keyed


def test_headline_and_caps_lines_only_repeat_known_entities() -> None:
    """Title Case and ALL-CAPS lines are matched against the body, not typed blind."""
    text = (
        "Blinken Warns Over Beijing Support For Moscow Defense Industry\n\n"
        "POLITICS\n\n"
        "US Secretary of State Antony Blinken will visit Beijing next week.\n\n"
        "BLINKEN IN CHINA"
    )
    found = {(e.text, e.kind) for e in find_entities(text)}
    assert ("Blinken", "person") in found
    assert ("BLINKEN", "person") in found
    assert ("CHINA", "place") in found
    assert ("Beijing", "place") in found
    assert not {text for text, _ in found} & {"Warns", "Support", "POLITICS", "Defense Industry"}


def test_offsets_index_the_text() -> None:
    """Every mention's text is exactly text[start:end]."""
    text = (DATA / "seed-article.txt").read_text(encoding="utf-8")
    entities = find_entities(text)
    assert entities
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
    assert entities == sorted(entities, key=lambda e: e.start)


def test_seed_article_entities() -> None:
    """The founding article: people, places and the organisation, with shared keys."""
    text = (DATA / "seed-article.txt").read_text(encoding="utf-8")
    by_key: dict[str, set[str]] = {}
    for entity in find_entities(text):
        by_key.setdefault(entity.key, set()).add(entity.kind)
    assert by_key["Antony Blinken"] == {"person"}
    assert by_key["Joe Biden"] == {"person"}
    assert by_key["Xi Jinping"] == {"person"}
    assert by_key["Wang Yi"] == {"person"}
    assert by_key["State Department"] == {"organization"}
    assert by_key["China"] == {"place"}
    assert by_key["United States"] == {"place"}
    assert by_key["Chinese"] == {"other"}
    assert "ADVERTISEMENT" not in by_key and "Politics" not in by_key


def test_all_caps_body_does_not_make_every_word_an_entity() -> None:
    """A shouted paragraph yields only known places, not one organisation per word."""
    text = "BREAKING: OFFICIALS SAY STORMS HIT TEXAS AND FLORIDA OVERNIGHT"
    assert {(e.text, e.kind) for e in find_entities(text)} == {
        ("TEXAS", "place"),
        ("FLORIDA", "place"),
    }


def test_large_article_is_linear() -> None:
    """2 MB of prose finishes well within seconds (the recogniser is regex-driven)."""
    text = (DATA / "seed-article.txt").read_text(encoding="utf-8")
    big = "\n\n".join([text] * (2_000_000 // len(text)))
    started = time.perf_counter()
    entities = find_entities(big)
    assert time.perf_counter() - started < 20
    assert len(entities) > 1000


def test_unknown_backend_is_refused() -> None:
    """A typo in the backend name fails loudly instead of silently using the default."""
    with pytest.raises(ValueError):
        find_entities("Antony Blinken", backend="nltk")


def test_entity_type() -> None:
    """The recogniser returns the shared model type."""
    assert all(isinstance(e, Entity) for e in find_entities("Antony Blinken visited Kenya."))

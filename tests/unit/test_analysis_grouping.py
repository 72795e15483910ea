"""Entity grouping for the reading pane, the package's import cost, and the spaCy switch."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsreader.analysis import EntityGroup, find_entities, group_entities
from newsreader.models import Entity


def test_groups_by_key_and_orders_by_salience() -> None:
    """Mentions sharing a key form one group; more mentions first, then earlier first."""
    entities = [
        Entity(0, 5, "Kenya", "place", "Kenya"),
        Entity(10, 24, "Antony Blinken", "person", "Antony Blinken"),
        Entity(30, 37, "Blinken", "person", "Antony Blinken"),
        Entity(40, 45, "Japan", "place", "Japan"),
    ]
    groups = group_entities(entities)
    assert groups[0] == EntityGroup("Antony Blinken", "person", ((10, 24), (30, 37)))
    assert groups[0].count == 2
    assert [g.key for g in groups] == ["Antony Blinken", "Kenya", "Japan"]


def test_same_key_different_kind_stays_apart() -> None:
    """ "Georgia" the place and "Georgia" the person are different entities."""
    entities = [
        Entity(0, 7, "Georgia", "place", "Georgia"),
        Entity(20, 27, "Georgia", "person", "Georgia"),
    ]
    assert len(group_entities(entities)) == 2


def test_groups_from_real_text() -> None:
    """A surname and a full name end up in one group."""
    text = "Antony Blinken met Wang Yi in Beijing. Blinken said Wang listened."
    groups = {g.key: g.count for g in group_entities(find_entities(text))}
    assert groups["Antony Blinken"] == 2
    assert groups["Wang Yi"] == 2


def test_empty() -> None:
    """No entities, no groups."""
    assert group_entities([]) == []


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter so module caches from this process do not leak in."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )


def test_import_pulls_in_neither_textual_nor_spacy_nor_the_data() -> None:
    """Importing analysis is cheap: no Textual, no spaCy, and the gazetteer is not read yet."""
    result = run_python(
        "import sys, newsreader.analysis as a\n"
        "from newsreader.analysis import gazetteer\n"
        "assert 'textual' not in sys.modules, 'textual'\n"
        "assert 'spacy' not in sys.modules, 'spacy'\n"
        "assert gazetteer.load.cache_info().currsize == 0, 'data loaded at import'\n"
        "a.analyse('Antony Blinken said: \"We will be there on time.\"')\n"
        "assert 'spacy' not in sys.modules, 'spacy on default path'\n"
        "assert gazetteer.load.cache_info().currsize == 1\n"
    )
    assert result.returncode == 0, result.stderr


def test_spacy_backend_maps_labels(monkeypatch: pytest.MonkeyPatch) -> None:
    """backend="spacy" maps spaCy labels onto our kinds and drops dates and numbers.

    A stand-in `spacy` module is used: the real one is optional and not installed here.
    """
    from types import SimpleNamespace

    from newsreader.analysis import spacy_backend

    def pipeline(text: str) -> SimpleNamespace:
        spans = [
            SimpleNamespace(start_char=0, end_char=5, text=text[0:5], label_="PERSON"),
            SimpleNamespace(start_char=14, end_char=19, text=text[14:19], label_="GPE"),
            SimpleNamespace(start_char=23, end_char=29, text=text[23:29], label_="DATE"),
        ]
        return SimpleNamespace(ents=spans)

    fake = SimpleNamespace(load=lambda name: pipeline)
    monkeypatch.setitem(sys.modules, "spacy", fake)
    spacy_backend._pipeline.cache_clear()
    try:
        found = find_entities("Alice flew to Paris on Monday", backend="spacy")
    finally:
        spacy_backend._pipeline.cache_clear()
    assert [(e.text, e.kind) for e in found] == [("Alice", "person"), ("Paris", "place")]

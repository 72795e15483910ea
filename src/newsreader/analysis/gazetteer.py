"""Lazy access to the shipped gazetteer (places, first names, surnames).

The data file is built by `tools/build_gazetteer.py` and read once, on the first analysis,
so that importing `newsreader` (and starting the app) never pays for it.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Name lists the recogniser consults; every lookup is a dict or set membership test."""

    places: dict[str, str]
    """Surface form ("U.S.") -> canonical place name ("United States")."""
    places_upper: dict[str, str]
    """The same keys upper-cased, for ALL-CAPS lines ("WASHINGTON")."""
    first_names: frozenset[str]
    surnames: frozenset[str]
    common_words: frozenset[str]
    """Frequent lower-case English words that are not names ("rival", "floods")."""


@cache
def load() -> Gazetteer:
    """Read and decode the gazetteer once per process."""
    raw = resources.files("newsreader.analysis").joinpath("data/gazetteer.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    places: dict[str, str] = data["places"]
    return Gazetteer(
        places=places,
        places_upper={surface.upper(): canonical for surface, canonical in places.items()},
        first_names=frozenset(data["first_names"]),
        surnames=frozenset(data["surnames"]),
        common_words=frozenset(data["common_words"]),
    )

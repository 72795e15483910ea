"""Lazy access to the shipped name data (places, first names, surnames, aliases).

The gazetteer file is built by `tools/build_gazetteer.py`; `data/aliases.txt` is edited by
hand ("UN" is the United Nations). Both are read once, on first use, so that importing
`newsreader` (and starting the app) never pays for them.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsreader.models import EntityKind


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
    aliases: dict[str, tuple[EntityKind, str]]
    """Surface form ("UN") -> (kind, canonical name) from `data/aliases.txt`."""


@dataclass(frozen=True, slots=True)
class Aliases:
    """Every spelling of an entity the alias file knows, both ways."""

    canonical: dict[str, tuple[EntityKind, str]]
    """Surface form (canonical names included) -> (kind, canonical name)."""
    forms: dict[str, tuple[str, ...]]
    """Case-folded canonical name -> all its spellings, the canonical first."""


_KINDS: dict[str, EntityKind] = {
    "place": "place",
    "organization": "organization",
    "person": "person",
    "other": "other",
}


@cache
def aliases() -> Aliases:
    """Read `data/aliases.txt` once (small: search uses it without loading the gazetteer)."""
    raw = resources.files("newsreader.analysis").joinpath("data/aliases.txt").read_text("utf-8")
    canonical: dict[str, tuple[EntityKind, str]] = {}
    forms: dict[str, tuple[str, ...]] = {}
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind_name, name, *others = line.split("\t")
        kind = _KINDS[kind_name.strip()]
        names = [name.strip()] + [s.strip() for s in "|".join(others).split("|") if s.strip()]
        for surface in names:
            canonical.setdefault(surface, (kind, names[0]))
        forms[names[0].casefold()] = tuple(names)
    return Aliases(canonical, forms)


def spellings(name: str) -> tuple[str, ...]:
    """All names an entity goes by, for search ("us" -> "United States", "US", "U.S." …).

    Args:
        name: Any spelling, in any case.

    Returns:
        The known spellings (canonical first), or just `name` when the alias file has none.
    """
    table = aliases()
    hit = table.canonical.get(name)
    if hit is None:
        folded = name.casefold()
        hit = next(
            (value for surface, value in table.canonical.items() if surface.casefold() == folded),
            None,
        )
    if hit is None:
        return (name,)
    return table.forms[hit[1].casefold()]


def _fold(name: str) -> str:
    """A name without its accents ("Paranaguá" -> "Paranagua"), as English copy often writes it."""
    return "".join(
        character
        for character in unicodedata.normalize("NFKD", name)
        if not unicodedata.combining(character)
    )


_SAINT = re.compile(r"(?:St\.?|Saint) ")


@cache
def load() -> Gazetteer:
    """Read and decode the gazetteer once per process."""
    raw = resources.files("newsreader.analysis").joinpath("data/gazetteer.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    places: dict[str, str] = data["places"]
    table = aliases().canonical
    for surface, (kind, canonical) in table.items():
        if kind == "place":
            places[surface] = canonical
    for surface, canonical in list(places.items()):
        if not surface.isascii():
            places.setdefault(_fold(surface), canonical)  # "Goias" is Goiás, "Sao Paulo"
        saint = _SAINT.match(surface)
        if saint is not None:
            # "St Albans", "St. Albans" and "Saint Albans" are one town however it is written
            for form in ("St ", "St. ", "Saint "):
                places.setdefault(form + surface[saint.end() :], canonical)
    return Gazetteer(
        places=places,
        places_upper={surface.upper(): canonical for surface, canonical in places.items()},
        first_names=frozenset(data["first_names"]),
        surnames=frozenset(data["surnames"]),
        common_words=frozenset(data["common_words"]),
        aliases=table,
    )

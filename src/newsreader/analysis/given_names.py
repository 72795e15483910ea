"""The sex a given name usually goes with, for pronouns ("Maria … he said" is not Maria).

The list is built by `tools/build_given_names.py` from census first names, keeping only
names given overwhelmingly to one sex; it is read once, the first time a pronoun needs it.
"""

from __future__ import annotations

import gzip
import json
from functools import cache, lru_cache
from importlib import resources

_TITLES = frozenset(
    [
        "Mr",
        "Mrs",
        "Ms",
        "Miss",
        "Dr",
        "Sen",
        "Rep",
        "Gov",
        "Gen",
        "Prof",
        "Rev",
        "Sir",
        "Dame",
        "Lord",
        "Lady",
    ]
)


@cache
def _sides() -> tuple[frozenset[str], frozenset[str]]:
    raw = resources.files("newsreader.analysis").joinpath("data/given_names.json.gz").read_bytes()
    data = json.loads(gzip.decompress(raw))
    return frozenset(data["female"]), frozenset(data["male"])


@lru_cache(maxsize=4096)
def gender_of(name: str) -> str | None:
    """ "f" or "m" for a full name whose given name says so ("Maria Lopez"), else None.

    A single word says nothing: it may be a surname ("Kelly", "Grant"). Remembered: the
    analysis of one text asks about the same few names thousands of times.
    """
    words = [word.rstrip(".") for word in name.split()]
    while words and words[0] in _TITLES:
        words = words[1:]
    if len(words) < 2:
        return None
    female, male = _sides()
    if words[0] in female:
        return "f"
    if words[0] in male:
        return "m"
    return None


def sex_of_given(word: str) -> str | None:
    """ "f" or "m" for one word that is a given name overwhelmingly of that sex ("Elizabeth"),
    else None. Only for a word already read as someone's name: alone, it may be a surname."""
    female, male = _sides()
    if word in female:
        return "f"
    if word in male:
        return "m"
    return None


def family_name(name: str) -> str | None:
    """The family name of a two-word name written family name first ("Tanaka" for "Tanaka
    Keiko"): the first word is no given name we know and the last one is; else None.

    Only an alias to find the same person by (a surname such as "Omar" is a given name
    too), never evidence of gender."""
    words = name.split()
    if len(words) != 2:
        return None
    female, male = _sides()
    if words[0] in female or words[0] in male:
        return None
    return words[0] if words[1] in female or words[1] in male else None

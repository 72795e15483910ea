"""Headline-like text: Title Case lines, ALL-CAPS lines and shouted words.

Capitals say nothing about names there, so such runs are marked only where a list knows
them; the document pass types the rest from what the body says.
"""

from __future__ import annotations

import re

from newsreader.analysis import cues, gazetteer, lexicon, names
from newsreader.analysis.resolve import Mention
from newsreader.models import EntityKind


def line_modes(text: str) -> tuple[list[int], list[str]]:
    """Find headline-like lines (Title Case or ALL CAPS) whose words must not be typed blind.

    Returns sorted line starts and, per line, "caps", "title" or "" (running prose).
    """
    starts: list[int] = []
    modes: list[str] = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if len(line) > 300:
            continue
        mode = ""
        if not any(ch.islower() for ch in line):
            mode = "caps"
        else:
            words = [w for w in line.split() if len(w) > 3]
            capitalised = sum(1 for w in words if w[0].isupper())
            unfinished = not line.rstrip().endswith((".", "”", '"', ",", ":", ";"))
            if (
                unfinished
                and (
                    (len(words) >= 3 and capitalised >= 0.7 * len(words))
                    or (len(words) == 2 == capitalised and len(line.split()) <= 5)
                )
                and cues.CREDIT_LINE.search(line) is None
            ):
                mode = "title"  # "Flight Checks", "The Birth of Chaos": a heading
        if mode:
            starts.extend((match.start(), match.end()))
            modes.extend((mode, ""))
    return starts, modes


def shouted(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """Whether an ALL-CAPS run is ordinary words shouted, not an acronym or a known name."""
    words = [word for _, _, word in tokens]
    if not all(word.isupper() for word in words):
        return False
    name = " ".join(words)
    if name in lexicon.KNOWN_ORGS or name in gaz.aliases:
        return False
    if len(words) > 1:
        return True
    word = words[0].rstrip(".")
    return word.title() in lexicon.COMMON_WORDS or (
        len(word) > 4 and word.lower() in gaz.common_words
    )


def headline_mentions(
    tokens: list[tuple[int, int, str]], mode: str, gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """Mark only what is already known inside a headline or ALL-CAPS line.

    Title Case and capitals say nothing about names there, so each word run is matched
    (longest first) against places now and against the body's entities in `_resolve`.
    """
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        for stop in range(min(len(tokens), index + 4), index, -1):
            words = [w for _, _, w in tokens[index:stop]]
            name = " ".join(words)
            lookup = name.title() if mode == "caps" else name
            start, end = tokens[index][0], tokens[stop - 1][1]
            canonical = (gaz.places_upper if mode == "caps" else gaz.places).get(
                name.upper() if mode == "caps" else name
            )
            if canonical is not None and lookup not in lexicon.COMMON_WORDS:
                found.append(Mention(start, end, name, "place", canonical))
                index = stop
                break
            if lookup not in lexicon.COMMON_WORDS and lookup.lower() != lookup:
                guess = _headline_guess(words, gaz) if mode == "title" else _caps_person(words, gaz)
                found.append(Mention(start, end, name, None, "\0" + lookup, guess=guess))
        else:
            index += 1
    return found


def _headline_guess(words: list[str], gaz: gazetteer.Gazetteer) -> tuple[EntityKind, str] | None:
    """What a Title Case run names by its own words alone: listed names, full person names."""
    name = " ".join(words)
    known = names.lookup(name, gaz)
    if known is not None:
        return known
    if (
        len(words) == 2
        and len(words[1]) == 1
        and words[1].isupper()
        and words[1] != "I"
        and words[0].istitle()
    ):
        return "other", name  # "Group A" in a table row: one of a lettered series
    if len(words) == 1 and not words[0].isupper():
        kind = names.word_kind(words[0], gaz)
        if kind is not None:
            return kind, name  # "SmartAsset.com", "Tunisians"
    if len(words) > 1 and words[0] in lexicon.DEMONYMS and names.lookup(" ".join(words[1:]), gaz):
        typed, key = names.classify(words, gaz)
        if typed is not None:
            return typed, key  # "Nigerian Senate"
    if (
        1 < len(words) < 4
        and names.first_name(words[0], gaz)
        and all(w.lower() not in gaz.common_words and w not in lexicon.COMMON_WORDS for w in words)
    ):
        return "person", name
    return None


def _caps_person(words: list[str], gaz: gazetteer.Gazetteer) -> tuple[EntityKind, str] | None:
    """A byline's name in capitals ("LAURIE OAKES"): a listed given name and a surname-like
    word, two or three of them, none an everyday word; or a listed organisation."""
    if not 1 < len(words) < 4:
        return None
    titled = [word.title() for word in words]
    known = names.lookup(" ".join(titled), gaz)
    if known is not None and known[0] == "organization":
        return known  # "GETTY IMAGES", "ASSOCIATED PRESS"
    guess = _headline_guess(titled, gaz)
    if guess is None or guess[0] != "person":
        return None
    return "person", " ".join(titled)

"""Sports articles: a country or city named as a side is a team (an organisation).

Whether "Wales" is a place or a team is not in the word but in the article: a match report
or a qualifying table ("Wales beat Hungary 2-0", "England ( Group A ) : 10th appearance")
names sides by their country or city. The article is read once for sports vocabulary and
scorelines; when it is about sport, every country or city it names is a team except where
the sentence says it is the place ("in Istanbul", "a New Jersey native", the dateline).
"""

from __future__ import annotations

import re

from newsreader.analysis import gazetteer, lexicon
from newsreader.analysis.cues import LIST_GAP, PLAYER_AFTER
from newsreader.analysis.resolve import Mention

_SPORT_WORDS = re.compile(
    r"\b(goals?|scored|scorers?|coach(?:es)?|striker|midfielder|goalkeeper|defenseman"
    r"|defender|quarterback|touchdowns?|play-?offs?|semi-?finals?|quarter-?finals?"
    r"|tournament|league|matches|fixtures?|qualifiers?|qualifying|qualified"
    r"|championships?|squad|kick-?off|overtime|innings|wickets?|teammates?|opponents?"
    r"|draw|drew|beat|defeated|victory|season|clubs?|teams?|match)\b",
    re.IGNORECASE,
)
"""Words of match reports and league tables; several distinct ones make a sports article."""
_GATE_STEMS = (
    "scored", "coach", "league", "goal", "tournament", "beat", "play", "qualif", "match",
    "season", "team", "draw", "victory", "club",
)  # fmt: skip
"""Cheap substring tests that every sports article passes several of."""
_MIN_GATE_STEMS = 4
_SCORELINE = re.compile(r"(?<![\d/.:-])\d{1,2}-\d{1,2}(?![\d/:-])")
"""A result ("2-0", "1-1"); not a date ("2-26-2015") nor a record ("14-0-1")."""
_MIN_DISTINCT = 5
"""Distinct sport words an article needs: one "victory" or "season" is not sport."""
_MIN_PER_THOUSAND = 8.0
"""Sport words and scorelines per thousand words of a sports article (others: under 6)."""
_SIDE_BEFORE = re.compile(
    r"\b(?:beat|beats|beating|defeated|against|for|over|drew[ \t]+with|lost[ \t]+to|face[sd]?"
    r"|host(?:ed|s)?|vs?\.?)[ \t]+$"
)
"""Words before a side's name in a match report ("beat Chelsea", "scored for Chelsea")."""
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:[Ii]n|[Ff]rom|across|throughout|near|outside|inside|around|[Vv]isit(?:ed|ing|s)?"
    r"|(?:travel(?:led|ling|s)?|move[sd]?|head(?:ed|s)?|return(?:ed|s)?|fl(?:y|ew)|arrive[sd]?)"
    r"[ \t]+to)"
    r"(?:[ \t]+(?:both|the))?|(?<!rout)(?<!win)(?<!victory)(?<!defeat)[ \t]of)[ \t]+$"
)
"""Words that make the name after them the place itself ("in Istanbul", "from Spain", "the
history of Texas"); "a 4-0 rout of Belarus" names a side."""
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+(?:natives?|residents?|born|government|national|capital|city|province"
    r"|state|president|prime|embassy)\b|-born\b)"
)
"""Words that make the name before them the place ("a St. Louis native", "Morocco national
team", "Serbia's Novak Djokovic": a player's country, not a side)."""
_DATELINE = re.compile(r"[^\n]{0,60}?(?:—|–|--|[ \t]-[ \t]|\(|$)", re.MULTILINE)


def sports_article(text: str) -> bool:
    """Whether an article reads as a match report or league table.

    Args:
        text: The whole article.

    Returns:
        True when it uses several distinct sport words and they (with scorelines) are dense.
    """
    if sum(1 for stem in _GATE_STEMS if stem in text) < _MIN_GATE_STEMS:
        return False  # most articles: a few substring tests instead of a pattern scan
    words = _SPORT_WORDS.findall(text)
    if len(words) < _MIN_DISTINCT:
        return False
    if len({word.lower() for word in words}) < _MIN_DISTINCT:
        return False
    size = text.count(" ") + text.count("\n") + 1
    hits = len(words) + len(_SCORELINE.findall(text))
    return hits * 1000 / size >= _MIN_PER_THOUSAND


def retype_sides(text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> None:
    """In a sports article, turn countries and cities named as sides into organisations.

    A mention keeps its place kind when it is a region or continent ("Europe"), lies in the
    dateline, or is written as the place ("in Istanbul", "New Jersey native").
    """
    if not sports_article(text):
        return
    dateline_end = _dateline_end(text)
    kept_end = -1
    for mention in mentions:
        if (
            mention.kind == "person"
            and mention.key[:1] == "\1"
            and _SIDE_BEFORE.search(text, max(0, mention.start - 24), mention.start)
        ):
            # "beat Chelsea 2-1", "equalised for Chelsea": a side, though a given name too
            mention.kind, mention.key = "organization", mention.text
            continue
        if mention.kind != "place" or mention.start < dateline_end:
            continue
        if mention.text not in gaz.places and mention.text.title() not in gaz.places:
            continue  # "Heinz Field", "Ahmadu Bello Way": a venue or a street, not a side
        if mention.key in lexicon.REGIONS or mention.text in lexicon.REGIONS:
            continue
        if (
            _PLACE_BEFORE.search(text, max(0, mention.start - 24), mention.start)
            or _PLACE_AFTER.match(text, mention.end)
            or PLAYER_AFTER.match(text, mention.end)
            or (
                kept_end >= 0
                and mention.start - kept_end < 8
                and LIST_GAP.match(text[kept_end : mention.start])
            )
        ):
            kept_end = mention.end  # "in Adelaide , Canberra and Perth": the list's places
            continue
        mention.kind, mention.key = "organization", mention.text


def _dateline_end(text: str) -> int:
    """Where the dateline ends ("NAPLES , Italy —", a lone first line "Pittsburgh"), or 0."""
    first_line = text.split("\n", 1)[0]
    words = first_line.split()
    if not words:
        return 0
    if len(words) <= 3 and not any(word[:1].islower() for word in words):
        return len(first_line)
    if not words[0].isupper() or len(words[0]) < 3:
        return 0
    match = _DATELINE.match(text)
    return match.end() if match else 0

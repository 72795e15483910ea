"""Titles of works: films, games, books, albums and shows named in running text.

A title is written in capitals but is no person, place or organisation: CoNLL calls it
MISC ("other"). Two shapes give it away without a list of titles. A capitalised "The" or
"A" in mid-sentence opens a title ("remaster A New Hope", "began with The Force
Awakens"): an article in running text is written small unless it belongs to a name, and
names of organisations that keep it end in a head word ("The Korea Times"). And a run of
capitals that fills a pair of quotation marks is a title (“Super Mario Run,” “Temple Run”).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsreader.analysis import gazetteer, lexicon, names
from newsreader.analysis.resolve import Mention

_ARTICLES = frozenset(["The", "A", "An"])
_BUILDINGS = frozenset(["House", "Home", "Hall", "Lodge", "Villa", "Manor", "Farm", "Ranch"])
"""Last words of named buildings, which are places even in quotation marks."""
"""A day or month closing a run ("The London Thursday") is a date, not a title's end."""
_WORK_NOUNS = (
    "film", "movie", "trilogy", "sequel", "franchise", "album", "song", "novel", "book",
    "episode", "series", "box office", "theater", "theatre", "studio", "director", "game",
)  # fmt: skip
"""Nouns of writing about works; substring tests, so plurals count too."""
_QUOTES = frozenset(['"', "“", "‘", "'"])
_OPENING_QUOTE = re.compile(r"[\"“‘'][ \t]?$")
_CLOSING_QUOTE = re.compile(r"[ \t]?[,.!?]?[ \t]?[\"”’']")


def title_mention(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_initial: bool,
    gaz: gazetteer.Gazetteer,
) -> Mention | None:
    """The run as a work's title, when its shape says so; None otherwise.

    Args:
        text: The article.
        tokens: One capitalised run (start, end, word).
        sentence_initial: Whether the run opens a sentence (a quote's opening counts).
        gaz: The loaded gazetteer.
    """
    if len(tokens) < 2:
        return None
    start = tokens[0][0]
    if (
        tokens[0][2] not in _ARTICLES
        and text[max(0, start - 2) : start].rstrip()[-1:] not in _QUOTES
    ):
        return None  # the common case, decided without a pattern
    words = [word for _, _, word in tokens]
    if words[-1] in names.TAIL_LINKS:
        return None
    quoted = _quoted(text, start, tokens[-1][1])
    if not quoted and (sentence_initial or words[0] not in _ARTICLES or len(words) < 3):
        return None
    if not quoted and not about_works(text):
        return None  # "told The Home Depot": outside writing about works, an organisation
    body = words[1:] if words[0] in _ARTICLES else words
    if not body or not _title_like(body, gaz, words[0] in ("A", "An"), quoted):
        return None
    end = tokens[-1][1]
    name = text[start:end]
    return Mention(start, end, name, "other", name)


@lru_cache(maxsize=8)
def about_works(text: str) -> bool:
    """Whether an article writes about films, books, music or games (two distinct nouns).

    A capitalised "The" in mid-sentence opens a title there ("began with The Force
    Awakens"); elsewhere it more often opens an organisation's name ("The Home Depot").
    """
    lowered = text.lower()
    return sum(1 for noun in _WORK_NOUNS if noun in lowered) >= 2


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the run fills a pair of quotation marks on its own."""
    return bool(
        _OPENING_QUOTE.search(text, max(0, start - 2), start) and _CLOSING_QUOTE.match(text, end)
    )


def _title_like(
    words: list[str], gaz: gazetteer.Gazetteer, allow_place: bool, quoted: bool
) -> bool:
    """Whether capitalised words can be a title: no head word, no listed name, no person."""
    first, last = words[0], words[-1]
    if last in lexicon.ORG_HEADS or last in lexicon.PLACE_HEADS or last in lexicon.GEO_HEADS:
        return False  # "The Korea Times", "The Saint John River"
    if quoted and first in lexicon.COMMON_WORDS:
        return False  # a quoted "Thank You"
    if first in lexicon.PERSON_TITLES and first not in lexicon.COMMON_WORDS:
        return False  # "Prime Minister"
    if names.first_name(first, gaz) or first in lexicon.HONORIFICS or first in lexicon.DEMONYMS:
        return False  # "The British …"
    if (quoted and names.first_name(last, gaz)) or last in _BUILDINGS:
        return False  # a nickname (“Gucci Grace”), a residence (“Blue House” compound)
    if last in lexicon.DATE_WORDS or (not allow_place and first in gaz.places):
        return False  # "The London Thursday", "The London West Hollywood" (a hotel)
    known = names.lookup(" ".join(words), gaz)
    if known is not None and not (allow_place and known[0] == "place"):
        return False  # "The Hague", "The Associated Press"
    return not any(word in lexicon.KNOWN_ORGS for word in words)

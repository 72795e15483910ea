"""Finding capitalised runs: the candidates of the entity recogniser.

One regular expression over capitalised word runs (C speed) finds every candidate; a run
longer than any name is cut at its link words, and an everyday plural with a possessive
joins the head-word run after it ("Children’s Hospital"), and so does a title
("Magistrate’s Court", "Governor’s Office of Emergency Services").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsreader.analysis import cues, gazetteer, lexicon, names

_ABBREVIATIONS = (
    r"(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Mt|Ft|Inc|Corp|Co|Ltd|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof"
    r"|Rev|Adm|Maj|Bros|Sens|Reps|Govs|Drs|Gens|ST|MT|FT)\."
)
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(
    re.escape(chr(code)) for code in range(0x100, 0x530) if chr(code).isupper()
)
"""Capital letters of Latin (with diacritics: Ž, Ł, Ő), Greek and Cyrillic names."""
_LETTERS = r"[^\WÃ]*(?:Ã[\u00a1-\u00b6\u00b8-\u00bf]?[^\WÃ]*)*"
"""The rest of a capitalised word: letters, and a small accented letter whose UTF-8 bytes
were read as Latin-1 ("Ã¤" for "ä", "Ã©" for "é"): scraped text keeps such pairs, and the
name they sit in
("Helmut MÃ¤gdefrau") is one word, not "Helmut MÃ" and a stray "gdefrau". The text is
read as it is (offsets stay). Only pairs that stand for letters à-ÿ count (not "Ã·", ÷),
and only after a word's first letter. Written as one unrolled loop (each "Ã" takes its
symbol or not), so the scan stays as fast as a plain word match."""
_WORD = (
    rf"(?:{_ABBREVIATIONS}|(?:[A-Z]\.){{2,}}(?:-[\w]+)*|[A-Z]\.(?=[ \t][A-Z])"
    rf"|(?:(?:al|el|ad|bin|ibn)-)?[{UPPER}]{_LETTERS}(?:-[\w]+|['’][{UPPER}][\w]*|&[A-Z]\w*)*"
    r"|[a-z][A-Z][a-z]{2,}[\w]*)"
)
CANDIDATE = re.compile(rf"(?<![\w'’]){_WORD}(?:[ \t\u00a0]+(?:{names.LINK}[ \t\u00a0]+)?{_WORD})*")
"""A run of capitalised words, optionally joined by lower-case name links ("Bank of")."""
_MAX_RUN = 12
"""Words in the longest run typed as one (a name with links: "Department of Health and …")."""
_GROUP_NOUNS = frozenset(["People", "Children", "Women", "Men"])
"""Irregular plurals that, with a possessive, open a name ("People’s Liberation Army")."""


def word_tokens(span: str, offset: int) -> list[tuple[int, int, str]]:
    return [(m.start() + offset, m.end() + offset, m.group()) for m in re.finditer(r"\S+", span)]


def runs(text: str, gaz: gazetteer.Gazetteer) -> Iterator[list[tuple[int, int, str]]]:
    """Capitalised runs as tokens; a run longer than any name is cut at its link words.

    Names have a handful of words; cutting hostile runs ("Alpha and Alpha and …") keeps
    every later step linear and its recursion shallow. An everyday word with a possessive
    joins the run after it when that run ends in a head word ("Children’s Hospital").
    """
    pending: list[tuple[int, int, str]] = []
    unjoined: list[tuple[int, int, str]] = []
    next_start = -1
    for match in CANDIDATE.finditer(text):
        tokens = word_tokens(match.group(), match.start())
        if pending:
            if match.start() == next_start and any(word in names.HEADS for _, _, word in tokens):
                tokens = pending + tokens  # "People’s Liberation Army", "Children’s Hospital"
            else:
                yield unjoined
            pending = []
        possessive = cues.POSSESSIVE.match(text, tokens[-1][1])
        last = tokens[-1][2]
        if (
            possessive is not None
            and len(tokens) < _MAX_RUN
            and (
                last in _GROUP_NOUNS
                or (last.endswith("s") and last.lower() in gaz.common_words)
                or last in lexicon.TITLE_HEADS
            )
        ):
            start, _, word = tokens[-1]
            unjoined = tokens
            pending = [*tokens[:-1], (start, possessive.end(1), word + possessive.group(1))]
            next_start = possessive.end()
            continue
        if len(tokens) <= _MAX_RUN:
            yield tokens
            continue
        piece: list[tuple[int, int, str]] = []
        for token in tokens:
            if token[2] in names.TAIL_LINKS or len(piece) == _MAX_RUN:
                if piece:
                    yield piece
                piece = [] if token[2] in names.TAIL_LINKS else [token]
            else:
                piece.append(token)
        if piece:
            yield piece
    if pending:
        yield unjoined

"""Pairing quotation marks into quotations, and the text of a quotation.

Quote marks are paired per paragraph with a small state machine over the marks only (a
regex finds them, so prose is never walked character by character); two apostrophes
typed for a double mark are read as the curly mark their place makes them. A paragraph that
opens a quote without closing it continues in the next paragraph when that one opens with
a quote mark, as newspapers do for long quotes.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from dataclasses import dataclass

MIN_KEY_QUOTE_WORDS = 4
"""Shorter quotations are scare quotes or fragments ("unfair", "clear and open")."""

OPENING = frozenset(["“", "«", "„", "‘‘", "``"])
CLOSING = frozenset(["”", "»", "’’"])
MARKS = re.compile(r"[\"“”«»„’‘'`](?:(?<=[\"“”«»„])|(?<=’)’|(?<=‘)‘|(?<=')'|(?<=`)`)")
"""Double quote marks; two single marks (`’’`, `''`) stand for one where typing did. (The
same as `’’|‘‘|''|``|[\"“”«»„]`, written to open on one class of characters, which the
regex engine scans for quickly instead of trying each alternative at every position.)"""
_AMBIGUOUS = frozenset(['"', "''"])
_INCHES = re.compile(r"\d['’]\d{1,2}(?:\.\d+)?\Z")
"""Feet and inches before a `''` (`6'2''`): the inch sign, no quotation mark."""
_CLOSING_PUNCTUATION = frozenset(",.!?;:…")
PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(slots=True)
class RawQuote:
    """A paired quotation: its inner spans (one per piece) and the attribution found."""

    parts: list[tuple[int, int]]
    paragraph: int
    """Number of the paragraph (non-empty line) where the quotation opens."""
    last_paragraph: int = -1
    """Number of the paragraph where it closes (a long quote spans several)."""
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    attribution_end: int | None = None
    """Where an attribution right after the quote ends, to merge a quote it interrupts."""
    confidence: float = 0.0
    """How sure the attribution is (set by the attribution step)."""
    how: str = ""
    """Which rule attributed it: "after", "before", "according", "previous", ... ."""
    span: tuple[int, int] | None = None
    """Words between the quotation and a reporting verb after it, when no pattern read
    them: the one person named there is the speaker."""
    mark_width: int = 1
    """Characters in the opening mark (2 for a typed `‘‘`)."""

    @property
    def open_at(self) -> int:
        """Offset of the opening mark."""
        return self.parts[0][0] - self.mark_width

    @property
    def close_at(self) -> int:
        """Offset of the closing mark (or the end of the paragraph left open)."""
        return self.parts[-1][1]


def pair_marks(text: str) -> list[RawQuote]:
    """Pair quote marks paragraph by paragraph, carrying long quotes across paragraphs."""
    raws: list[RawQuote] = []
    pending: RawQuote | None = None
    """A quote left open at the end of the previous paragraph."""
    for number, paragraph in enumerate(PARAGRAPH.finditer(text)):
        para_start, para_end = paragraph.span()
        marks = marks_between(text, para_start, para_end)
        open_at: int | None = None
        open_width = 1
        if pending is not None:
            body = paragraph.group()
            first_char = para_start + len(body) - len(body.lstrip())
            if marks and marks[0][0] == first_char and marks[0][1] not in CLOSING:
                open_at, open_width = marks[0][0], len(marks[0][1])
                marks = marks[1:]
            else:
                pending = None
        for position, mark in marks:
            if open_at is None:
                if opens(mark) or _opens_anyway(text, position, mark):
                    open_at, open_width = position, len(mark)
                continue
            if _reopens(text, position, mark):
                # `… remote controls. "My show is …`: a quotation opened again after a
                # sentence's end, the first never closed: a continued quotation whose
                # paragraph break was lost; both pieces are one quotation, as across lines
                end = position
                while end > open_at + open_width and text[end - 1] in " \t":
                    end -= 1
                pending = _go_on(pending, (open_at + open_width, end), number, open_width)
                open_at, open_width = position, len(mark)
                continue
            if closes(mark) or _closes_anyway(text, position, mark):
                part = (open_at + open_width, position)
                if pending is not None:
                    pending.parts.append(part)
                    pending.last_paragraph = number
                    raws.append(pending)
                    pending = None
                else:
                    raws.append(RawQuote([part], number, number, mark_width=open_width))
                open_at = None
            elif mark in OPENING:
                pending = None
                open_at, open_width = position, len(mark)
        if open_at is not None:
            pending = _go_on(pending, (open_at + open_width, para_end), number, open_width)
        else:
            pending = None
    return raws


def _go_on(pending: RawQuote | None, part: tuple[int, int], number: int, width: int) -> RawQuote:
    """A quotation left open with `part` as its latest piece: the one already pending,
    continued, or a new one (open at a paragraph's end, or opened again without closing)."""
    if pending is None:
        return RawQuote([part], number, number, mark_width=width)
    pending.parts.append(part)
    pending.last_paragraph = number
    return pending


_REOPENING = re.compile(r"[.!?][)\]]?[ \t]+\Z")
"""A sentence's end and a space right before a mark: where a quotation opens, not closes."""


def _reopens(text: str, position: int, mark: str) -> bool:
    """Whether a mark met while a quotation is open opens another after a finished
    sentence (`… controls. "My show`) rather than closing the open one (`controls."`)."""
    if mark not in ('"', "“"):
        return False
    after = text[position + 1 : position + 2]
    return after.isalnum() and _REOPENING.search(text, max(0, position - 4), position) is not None


def marks_between(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(offset, mark) of the double marks between `start` and `end`, two apostrophes read
    as their place makes them (`_placed`)."""
    marks = [(match.start(), match.group()) for match in MARKS.finditer(text, start, end)]
    if not any(mark == "''" for _, mark in marks):
        return marks
    placed = [(at, _placed(text, at) if mark == "''" else mark) for at, mark in marks]
    return [(at, mark) for at, mark in placed if mark]


def opens(mark: str) -> bool:
    """Whether `mark` may open a quotation (the ones typed the wrong way round aside)."""
    return mark in OPENING or mark in _AMBIGUOUS


def closes(mark: str) -> bool:
    """Whether `mark` may close a quotation (the ones typed the wrong way round aside)."""
    return mark in CLOSING or mark in _AMBIGUOUS


def _placed(text: str, position: int) -> str:
    """Two apostrophes typed for a double mark, read as the curly mark their place makes
    them: after a word or closing punctuation and before no word a close (`,'' he said`;
    with nothing open, a plural's apostrophe typed twice, `the Joneses'' house`); after a
    space before a word an opening (`said, ''We`); `''` for either otherwise. Feet and
    inches (`6'2''`) are no mark: an empty string."""
    before = text[position - 1] if position else "\n"
    after = text[position + 2 : position + 3] or "\n"
    if before.isdigit() and _INCHES.search(text, max(0, position - 8), position):
        return ""
    if (before.isalnum() or before in _CLOSING_PUNCTUATION) and not after.isalnum():
        return "’’"
    if (before.isspace() or before in "([—–") and after.isalnum():
        return "‘‘"
    return "''"


def _opens_anyway(text: str, position: int, mark: str) -> bool:
    """A closing mark typed where a quotation opens (`said: ”Bird flu …`)."""
    before = text[position - 1 : position] if position else ""
    after = text[position + len(mark) : position + len(mark) + 1]
    return mark == "”" and (not before or before in " \t\n:") and after.isalnum()


_CLOSING_SHAPE = re.compile(r"[ \t]+(?:[a-z]|[A-Z][a-z]*[ \t]+(?:said|says|told|added)\b)|[ \t]*$")


def _closes_anyway(text: str, position: int, mark: str) -> bool:
    """An opening mark typed where a quotation closes (`"It's unusual,“ said Larry Noble`):
    after the quotation's closing punctuation and before its attribution or the end of
    the line, not before words that a new quotation would open with."""
    if mark != "“" or position == 0 or text[position - 1] not in ",.!?":
        return False
    return _CLOSING_SHAPE.match(text, position + 1) is not None


class _JoinedParts(threading.local):
    """The quotes joined from the text analysed last on this thread, by their pieces: the
    speaker rules ask for the words of one quotation several times (is it a question, does
    it address someone, is it spoken in the first person), and joining them is not free."""

    text: str | None = None
    joined: dict[tuple[tuple[int, int], ...], str]


_JOINED = _JoinedParts()


def join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    """One quote from its pieces: a paragraph break joins with a space, an attribution
    between two pieces of one paragraph ("…,” he said. “…") with an ellipsis, as editors do.
    """
    if _JOINED.text is not text:
        _JOINED.text, _JOINED.joined = text, {}
    key = tuple(parts)
    joined = _JOINED.joined.get(key)
    if joined is None:
        joined = _JOINED.joined[key] = _join(text, parts)
    return joined


def _join(text: str, parts: list[tuple[int, int]]) -> str:
    joined = clean(text[parts[0][0] : parts[0][1]])
    for (_, previous_end), (start, end) in itertools.pairwise(parts):
        separator = " " if "\n" in text[previous_end:start] else " … "
        joined += separator + clean(text[start:end])
    return joined


def clean(text: str) -> str:
    """Single spaces, no trailing comma."""
    return " ".join(text.split()).strip().rstrip(",").strip()


@functools.lru_cache(maxsize=1024)
def is_key(text: str) -> bool:
    """At least four words, and not a title in quotes ("The Lord of the Rings", "Should I
    Buy This?", "Rugby, Racing and Beer"). Remembered: each quotation is asked twice."""
    words = [word for word in text.split() if word != "…"]
    if len(words) < MIN_KEY_QUOTE_WORDS:
        return False
    long_words = [word for word in words if len(word) > 3]
    titled = long_words and all(word[0].isupper() for word in long_words)
    return not (titled and len(words) <= 12 and not re.search(r"[.!?;:]\S", text.rstrip(".!?")))


_CITATION = re.compile(
    r"\b(?:[Rr]etrieved|Archived|doi:|ISBN|ISSN|PMID|PMC|Bibcode|arXiv|RFC ?\d|pp?\.\s*\d)"
    r"|https?://|\bwww\."
    r"|\((?:Press release|PDF|eds?|\d{4}[a-z]?)\)|^\^ |^[\w’' -]+, (?:[A-Z]\.)+(?:,| and)",
    re.MULTILINE,
)
"""A reference list entry: the quoted words are a cited title, not speech."""
_CODE = re.compile(
    r"[{}]|=>|\w\([^()\n]*\)\s*[;{]|(?<![\"”’'])\);|\(\s*$|^\s*(?:var|let|const|def|return)\b"
)
"""A line of program code: the quoted words are a string (not prose with a quotation in
brackets before a semicolon: `his report ("…"); what help he had`)."""


class _LineVerdict(threading.local):
    """The last line judged on this thread: the quotations of one paragraph share it, and
    reading a 100 KB paragraph again for each of its thousand quotations is quadratic."""

    key: tuple[str, int, int] | None = None
    verdict = False


_LAST_LINE = _LineVerdict()


def is_citation_or_code(text: str, raw: RawQuote) -> bool:
    """Whether the quotation sits in a reference entry or a line of code."""
    start = text.rfind("\n", 0, raw.open_at) + 1
    end = text.find("\n", raw.close_at)
    end = text.find("\n", end + 1) if end >= 0 else -1  # a reference may wrap once
    key = _LAST_LINE.key
    if key is None or key[0] is not text or key[1:] != (start, end):
        line = text[start : len(text) if end < 0 else end]
        _LAST_LINE.key = (text, start, end)
        _LAST_LINE.verdict = bool(_CITATION.search(line) or _CODE.search(line))
    return _LAST_LINE.verdict

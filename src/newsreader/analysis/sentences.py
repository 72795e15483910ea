"""Sentences of prose around quotations.

Boundaries are found with the quotations protected, so a full stop inside a quotation
does not end the sentence around it, and an abbreviation ("Sen.", "U.S.") ends none.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from newsreader.analysis.entities import UPPER
from newsreader.analysis.lexicon import TITLE_ABBREVIATIONS
from newsreader.analysis.quote_marks import RawQuote

_BOUNDARY = re.compile(rf"[.!?…](?<![.!?…].)[.!?…]*+[\"”’')\]]*+[ \t]++(?=[\"“‘(]?[{UPPER}0-9])")
"""Sentence-final punctuation, closing marks, then space before a capital. It starts only
at the first mark of a run and never gives back what it took: tried at every offset of a
run of 100,000 full stops, the naive pattern backtracks through the rest of the run each
time (quadratic). The check that no mark comes before the first follows that first mark,
so the regex engine scans for marks rather than trying the check at every position."""
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{'|'.join(TITLE_ABBREVIATIONS)}|No|Inc|Corp"
    r"|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft)|\b[A-Z])\Z"
)

LONGEST_SENTENCE = 1000
"""Characters a sentence may reach back from a position. The longest sentences of news
prose are about half that; beyond it the text has no sentences to speak of."""
_GRID = 500


class Sentences:
    """Sentence boundaries of the text, with every quotation protected.

    Built from the paired quotations, so "We will win. We always do," inside a quotation is
    not two sentences of the prose around it.
    """

    def __init__(self, text: str, raws: list[RawQuote]) -> None:
        self.text = text
        self.opens = [raw.open_at for raw in raws]
        self.closes = [raw.close_at for raw in raws]
        self._starts: list[int] | None = None
        self._ends: list[int] | None = None

    def inside(self, position: int) -> bool:
        """Whether `position` lies inside a quotation (after its opening mark, up to and
        including its closing mark)."""
        index = bisect_left(self.opens, position) - 1
        return index >= 0 and self.opens[index] < position <= self.closes[index]

    def _valid(self, match: re.Match[str]) -> bool:
        if self.inside(match.end()) or (
            self.inside(match.start())
            and not self.inside(match.end() - 1)
            and not self.text.startswith(".", match.start())
        ):
            # `"Are you serious?" Smith asked.` is one sentence; `… called it "a
            # disaster." "You showed no remorse," she told him.` is two
            return False
        return not _ABBREVIATION.search(self.text, max(0, match.start() - 6), match.start())

    def _boundaries(self) -> tuple[list[int], list[int]]:
        """(starts, ends) of every valid sentence boundary, in order; found once.

        Callers ask about the sentence around many positions of one long paragraph;
        scanning the paragraph again for each of them is quadratic in its length.
        """
        if self._starts is None or self._ends is None:
            starts: list[int] = []
            ends: list[int] = []
            for match in _BOUNDARY.finditer(self.text):
                if self._valid(match):
                    starts.append(match.start())
                    ends.append(match.end())
            self._starts, self._ends = starts, ends
        return self._starts, self._ends

    def start_before(self, position: int, lower: int) -> int:
        """Where the sentence holding `position` starts (not before `lower`)."""
        starts, ends = self._boundaries()
        index = bisect_right(ends, position) - 1
        if index >= 0 and starts[index] >= lower:
            lower = ends[index]
        if position - lower > LONGEST_SENTENCE:
            # No boundary for pages: a text without full stops, a list of quotations.
            # Callers read the sentence for every quotation in it, so an unbounded one
            # makes their work quadratic; start at a word within reach instead, on a
            # grid so that neighbouring positions share a start (and callers' caches).
            cut = max(lower, (position - LONGEST_SENTENCE) // _GRID * _GRID)
            space = self.text.find(" ", cut, position)
            return cut if space < 0 else space + 1
        return lower

    def starts_between(self, lower: int, upper: int) -> list[int]:
        """Where the sentences that begin in (lower, upper) start."""
        _, ends = self._boundaries()
        return ends[bisect_right(ends, lower) : bisect_left(ends, upper)]

    def end_after(self, position: int, upper: int) -> int:
        """Where the sentence holding `position` ends (not after `upper`)."""
        starts, ends = self._boundaries()
        index = bisect_right(starts, position)
        if index < len(starts) and ends[index] < upper:
            return starts[index] + 1
        return upper


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end of the line holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def previous_paragraph_start(text: str, position: int) -> int:
    """Start of the non-empty line before the one holding `position` (0 when none)."""
    line_start = text.rfind("\n", 0, position) + 1
    end = line_start - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    return text.rfind("\n", 0, end) + 1 if end > 0 else 0

"""Worst-case input stays linear: each test is one root cause found by
`benchmarks/worst_case.py`, run on generated input sized so that the old quadratic
path would be obvious, and asserting on the work done rather than on a clock."""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from newsreader.analysis import attribution, quote_marks
from newsreader.analysis import quotes as quotes_module
from newsreader.analysis import sentences as sentences_module
from newsreader.analysis.quotes import find_quotes
from newsreader.analysis.sentences import Sentences


class _CountingPattern:
    """Wraps a compiled pattern and adds up how many characters its scans may read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0
        self.scanned = 0

    def _count(self, string: str, pos: int, endpos: int | None) -> None:
        self.calls += 1
        self.scanned += (len(string) if endpos is None else min(endpos, len(string))) - pos

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(string, pos, endpos)
        return self.pattern.finditer(string, pos, len(string) if endpos is None else endpos)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> Any:
        self._count(string, pos, endpos)
        return self.pattern.search(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def _naive_start_before(text: str, position: int, lower: int) -> int:
    found = lower
    sentences = Sentences(text, [])
    for match in sentences_module._BOUNDARY.finditer(text, lower, min(len(text), position + 3)):
        if match.end() <= position and sentences._valid(match):
            found = match.end()
    return found


def test_sentence_boundary_on_a_run_of_full_stops_is_linear() -> None:
    """100,000 full stops in a row: the boundary pattern used to backtrack through the
    rest of the run at every offset (about 5e9 steps); now it reads the run once."""
    text = "It began" + "." * 100_000 + "x and went on. Then it ended."
    sentences = Sentences(text, [])
    assert sentences.start_before(len(text) - 3, 0) == len(text) - len("Then it ended.")


def test_sentence_queries_read_the_paragraph_once() -> None:
    """Thousands of questions about one long paragraph scan it once, not once each."""
    rng = random.Random(5)
    words = ["Smith said.", "the plan", "Dr. Lee", "works", "U.S. officials", "It", "now!"]
    text = " ".join(rng.choice(words) for _ in range(20_000))
    counting = _CountingPattern(sentences_module._BOUNDARY)
    sentences = Sentences(text, [])
    original = sentences_module._BOUNDARY
    sentences_module._BOUNDARY = counting  # type: ignore[assignment]
    try:
        positions = range(0, len(text), 97)
        starts = [sentences.start_before(p, 0) for p in positions]
        ends = [sentences.end_after(p, len(text)) for p in positions]
    finally:
        sentences_module._BOUNDARY = original
    assert counting.scanned <= len(text)
    # the same answers as scanning the paragraph each time (checked on a sample)
    for p, start in list(zip(positions, starts, strict=True))[::40]:
        assert start == _naive_start_before(text, p, 0)
    assert all(end > p for p, end in zip(positions, ends, strict=True))


def test_quotes_in_one_endless_sentence_read_a_bounded_stretch_each() -> None:
    """Hundreds of quotations in one sentence without full stops: looking for another
    reporting clause before each one reads a bounded stretch, not the whole sentence."""
    rng = random.Random(6)
    parts = []
    for _ in range(300):
        words = " ".join(rng.choice(["the", "plan", "would", "fail"]) for _ in range(5))
        parts.append(f'"{words}," said Maria Lopez and then')
    text = "Officials met and " + " ".join(parts) + " left."
    counting = _CountingPattern(quotes_module.ANY_VERB)
    original = quotes_module.ANY_VERB
    quotes_module.ANY_VERB = counting  # type: ignore[assignment]
    try:
        found = find_quotes(text)
    finally:
        quotes_module.ANY_VERB = original
    assert len(found) >= 250
    assert counting.scanned <= 30 * len(text)  # quadratic here: about 300 * len(text)


def test_quotes_among_many_reporting_verbs_read_each_verb_a_bounded_number_of_times() -> None:
    """`"word said Lopez "word said Lopez …` without a full stop: each quotation used to
    read the subject of every verb before it, once per verb (cubic); now each verb's
    subject is read a bounded number of times."""
    units = 300
    text = " ".join(f'"word {i} said Lopez' for i in range(units))
    calls = 0
    original = attribution._find_subject

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args)

    attribution._find_subject = counting
    try:
        found = find_quotes(text)
    finally:
        attribution._find_subject = original
    assert len(found) >= units // 3
    assert calls <= 15 * units  # before: about 300 per quotation here, growing with length


def test_quotes_of_one_long_paragraph_judge_the_paragraph_once() -> None:
    """Whether a quotation sits in a reference entry or a code line is decided once per
    line, not once per quotation in it."""
    text = " ".join(f'and "the plan {i} would fail badly now" then' for i in range(400))
    counting = _CountingPattern(quote_marks._CITATION)
    original = quote_marks._CITATION
    quote_marks._CITATION = counting  # type: ignore[assignment]
    try:
        find_quotes(text)
    finally:
        quote_marks._CITATION = original
    assert counting.calls <= 2


@pytest.mark.parametrize("mark", ['"', "“", "”", "«", "''", "’’"])
def test_unpaired_marks_everywhere_give_sane_quotes(mark: str) -> None:
    """Hundreds of unpaired or oddly paired marks: offsets stay inside the text."""
    text = " ".join(f"{mark}word {i} said Lopez" for i in range(200))
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.text.strip()


def test_article_analysis_reads_a_bounded_prefix_and_finds_entities_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 40 MB page must not hold a refresh for minutes: entities and quotes are looked
    for in the first ANALYSED_CHARS characters, and entities are found once, not again
    inside quote finding."""
    from newsreader import understand
    from newsreader.analysis import entities as entities_module
    from newsreader.models import Article

    paragraph = '"We will not back down," Maria Lopez said in Tampa. '
    text = paragraph * (understand.ANALYSED_CHARS // len(paragraph) + 200)
    calls: list[int] = []
    original = entities_module.find_entities

    def counting(text: str, backend: str = "builtin") -> Any:
        calls.append(len(text))
        return original(text, backend)

    monkeypatch.setattr(entities_module, "find_entities", counting)
    import newsreader.analysis as analysis

    monkeypatch.setattr(analysis, "find_entities", counting)
    found, quotes = understand.analyse(Article(text=text))
    assert calls == [understand.ANALYSED_CHARS]
    assert found and quotes
    assert max(entity.end for entity in found) <= understand.ANALYSED_CHARS
    assert all(quote.speaker == "Maria Lopez" for quote in quotes[:5])

"""Quote finding on British versions of the gold sets: quotations in single marks.

    .venv/bin/python benchmarks/british_marks.py [quotes.jsonl ...]

British, Irish and Australian papers quote in single marks (`‘…,’ she said.`) and nest
double marks inside (`‘He told me “go”,’ she said.`). Every gold set given (an article-N.txt
set with its quotes.jsonl; by default benchmarks/data/quotes-synth*/ and, when present,
../gold/quotes*/) is copied into a temporary directory with its marks swapped at the same
offsets: double marks become single ones (curly `“ ”` to `‘ ’`, straight `"` to `'`), and
the single marks of a quotation inside a quotation become double. Straight marks are paired
per paragraph; a paragraph that opens a quotation it does not close goes on into the next
when that one opens with a mark. The gold pieces are the same slices of the swapped
articles. Both versions are scored with benchmarks/quotes.py, and each set's figures are
printed side by side: quote F1, speakers right and named wrongly, per half, then totals
and the quote-finding speed of both versions.

Nothing is written outside the temporary directory (the gold sets under ../gold may not be
copied anywhere else).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes import ROOT, Tally, detection_scores, gold_spans, score_pages

_DOUBLE = re.compile(r"[“”\"]")
_TO_SINGLE = {"“": "‘", "”": "’", '"': "'"}
_TO_DOUBLE = {"‘": "“", "’": "”", "'": '"'}
_NESTED_OPEN = re.compile(r"(?:(?<=[\s(\[—–“\"])|^)['‘](?=[^\s'‘’])", re.MULTILINE)
_NESTED_CLOSE = re.compile(r"(?<=\S)['’](?![\w])")


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the quotations in double marks; a quotation left open
    at a paragraph's end ends there (and goes on when the next paragraph opens with one)."""
    spans: list[tuple[int, int]] = []
    for paragraph in re.finditer(r"[^\n]+", text):
        open_at = -1
        for match in _DOUBLE.finditer(text, paragraph.start(), paragraph.end()):
            mark, at = match.group(), match.start()
            if open_at < 0:
                if mark != "”":
                    open_at = at
            elif mark != "“":
                spans.append((open_at, at))
                open_at = -1
            else:
                open_at = at
        if open_at >= 0:
            spans.append((open_at, paragraph.end()))
    return spans


def to_british(text: str) -> str:
    """`text` quoting in single marks, nesting in double ones, at the same offsets."""
    chars = list(text)
    for open_at, close_at in quotation_spans(text):
        cursor = open_at + 1
        while True:
            nested = _NESTED_OPEN.search(text, cursor, close_at)
            if nested is None:
                break
            closing = _NESTED_CLOSE.search(text, nested.end() + 1, close_at)
            if closing is None:
                break
            chars[nested.start()] = _TO_DOUBLE[nested.group()]
            chars[closing.start()] = _TO_DOUBLE[closing.group()]
            cursor = closing.end()
    for match in _DOUBLE.finditer(text):
        chars[match.start()] = _TO_SINGLE[match.group()]
    return "".join(chars)


def british_copy(source: Path, target: Path) -> Path:
    """Write the British version of the set whose quotes.jsonl is `source` into `target`
    (named like the set, so its halves and blind flags stay the same); its quotes.jsonl."""
    target.mkdir(parents=True)
    bodies: dict[str, tuple[str, str]] = {}
    for article in source.parent.glob("article-*.txt"):
        body = article.read_text(encoding="utf-8")
        british = to_british(body)
        (target / article.name).write_text(british, encoding="utf-8")
        bodies[f"doc-{article.stem.split('-', 1)[1]}"] = (body, british)
    lines = []
    cursors: dict[str, int] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record: dict[str, Any] = json.loads(line)
        page = f"doc-{record['doc']}"
        body, british = bodies.get(page, ("", ""))
        pieces = [piece for piece in record.get("pieces", [])]
        spans = gold_spans(body, pieces, cursors.get(page, 0)) if body else []
        if len(spans) == len(pieces):
            record["pieces"] = [british[start:end] for start, end in spans]
            if spans:
                cursors[page] = spans[-1][1]
        else:
            record["pieces"] = ["".join(_TO_SINGLE.get(c, c) for c in p) for p in pieces]
        lines.append(json.dumps(record, ensure_ascii=False))
    (target / source.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target / source.name


def figures(tally: Tally) -> str:
    _, _, f1 = detection_scores(tally.predicted, tally.false, tally.found, tally.gold)
    return f"F1 {f1:.3f}  right {tally.right:4}/{tally.found:4}  wrong {tally.wrong:3}"


def score_quietly(path: Path, corpus: Path) -> dict[str, Tally]:
    with contextlib.redirect_stdout(io.StringIO()):
        return score_pages(path, corpus, False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    arguments = parser.parse_args()
    files = arguments.files or [
        *sorted((ROOT / "benchmarks" / "data").glob("quotes-synth*/quotes.jsonl")),
        *sorted((ROOT.parent / "gold").glob("quotes*/quotes.jsonl")),
    ]
    corpus = ROOT.parent / "shared" / "corpus"
    totals = {version: {half: Tally() for half in ("dev", "held")} for version in ("us", "uk")}
    with tempfile.TemporaryDirectory() as temporary:
        for path in files:
            if not any(path.parent.glob("article-*.txt")):
                print(f"{path}: not an article-N.txt set, skipped", file=sys.stderr)
                continue
            british = british_copy(path, Path(temporary) / path.parent.name)
            original = score_quietly(path, corpus)
            converted = score_quietly(british, corpus)
            for half in ("dev", "held"):
                if not original[half].pages:
                    continue
                print(
                    f"{path.parent.name:14} {half:4}  double {figures(original[half])}"
                    f"   single {figures(converted[half])}"
                )
                for version, tallies in (("us", original), ("uk", converted)):
                    total, tally = totals[version][half], tallies[half]
                    for field in [
                        "gold",
                        "predicted",
                        "found",
                        "false",
                        "right",
                        "wrong",
                        "tokens",
                        "pages",
                    ]:
                        setattr(total, field, getattr(total, field) + getattr(tally, field))
                    total.quote_seconds += tally.quote_seconds
    for half in ("dev", "held"):
        print(
            f"{'== all':14} {half:4}  double {figures(totals['us'][half])}"
            f"   single {figures(totals['uk'][half])}"
        )
    us, uk = (
        sum(t.tokens for t in totals[v].values())
        / max(sum(t.quote_seconds for t in totals[v].values()), 1e-9)
        for v in ("us", "uk")
    )
    print(f"speed (quotes, entities given): double {us:,.0f} tokens/s  single {uk:,.0f} tokens/s")


if __name__ == "__main__":
    main()

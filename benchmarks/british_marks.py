"""Quote finding on British versions of the gold sets: quotations in single marks.

    .venv/bin/python benchmarks/british_marks.py [GOLD.jsonl ...] [--corpus DIR]

British, Irish and Australian papers quote in single marks (`‘…,’ she said.`) and nest
double marks inside (`‘He told me “go”,’ she said.`). Every gold set given (by default
benchmarks/data/quotes-dev/*.jsonl over ../shared/corpus pages, and
benchmarks/data/quotes-synth*/quotes.jsonl over their article-N.txt; the sets under
../gold are given by path) is copied into a temporary directory with its marks swapped at
the same offsets: double marks become single ones (curly `“ ”` to `‘ ’`, straight `"` to
`'`), and the single marks of a quotation inside a quotation become double. Straight marks
are paired per paragraph; a paragraph that opens a quotation it does not close ends it
there. The gold pieces are the same slices of the swapped bodies. Both versions are scored
with benchmarks/quotes.py, and each set's figures are printed side by side per half: quote
F1, speakers right and named wrongly; then totals and the quote-finding speed of both.

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

from quotes import (
    ROOT,
    Tally,
    detection_scores,
    gold_spans,
    page_of,
    read_bodies,
    read_pages,
    score_pages,
)

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


def british_copy(source: Path, target: Path, corpus: Path) -> tuple[Path, Path]:
    """Write the British version of the set whose gold file is `source` under `target`
    (named like the set, so its halves and blind flags stay the same): its article-N.txt
    files, or the corpus pages it annotates (`<corpus>/<set>/ground-truth.json`). Returns
    the British gold file and the corpus to score it with."""
    name, _ = read_pages(source)
    bodies = read_bodies(source, name, corpus)
    british = {page: to_british(body) for page, body in bodies.items()}
    folder = target / name
    folder.mkdir(parents=True)
    british_corpus = target / "corpus"
    if any(source.parent.glob("article-*.txt")):
        for page, body in british.items():
            (folder / f"article-{page.removeprefix('doc-')}.txt").write_text(body, "utf-8")
    else:
        truth = json.loads((corpus / name / "ground-truth.json").read_text(encoding="utf-8"))
        for page, value in truth.items():
            value["articleBody"] = british.get(page, value["articleBody"])
        (british_corpus / name).mkdir(parents=True)
        (british_corpus / name / "ground-truth.json").write_text(
            json.dumps(truth, ensure_ascii=False), encoding="utf-8"
        )
        done = source.with_name(f"{name}-pages-done.txt")
        if done.exists():
            (folder / done.name).write_text(done.read_text(encoding="utf-8"), "utf-8")
    lines = []
    cursors: dict[str, int] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record: dict[str, Any] = json.loads(line)
        page = page_of(record)
        body, converted = bodies.get(page, ""), british.get(page, "")
        pieces = list(record.get("pieces", []))
        spans = gold_spans(body, pieces, cursors.get(page, 0)) if body else []
        if len(spans) == len(pieces):
            record["pieces"] = [converted[start:end] for start, end in spans]
            if spans:
                cursors[page] = spans[-1][1]
        else:
            record["pieces"] = ["".join(_TO_SINGLE.get(c, c) for c in p) for p in pieces]
        lines.append(json.dumps(record, ensure_ascii=False))
    gold = folder / source.name
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return gold, british_corpus


def figures(tally: Tally) -> str:
    _, _, f1 = detection_scores(tally.predicted, tally.false, tally.found, tally.gold)
    return f"F1 {f1:.3f}  right {tally.right:4}/{tally.found:4}  wrong {tally.wrong:3}"


def score_quietly(path: Path, corpus: Path) -> dict[str, Tally]:
    with contextlib.redirect_stdout(io.StringIO()):
        return score_pages(path, corpus, False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus", help="page bodies"
    )
    arguments = parser.parse_args()
    data = ROOT / "benchmarks" / "data"
    files = arguments.files or [
        *sorted((data / "quotes-dev").glob("*.jsonl")),
        *sorted(data.glob("quotes-synth*/quotes.jsonl")),
    ]
    corpus = arguments.corpus
    totals = {version: {half: Tally() for half in ("dev", "held")} for version in ("us", "uk")}
    with tempfile.TemporaryDirectory() as temporary:
        for number, path in enumerate(files):
            british, british_corpus = british_copy(path, Path(temporary) / str(number), corpus)
            name, _ = read_pages(path)
            original = score_quietly(path, corpus)
            converted = score_quietly(british, british_corpus)
            for half in ("dev", "held"):
                if not original[half].pages:
                    continue
                print(
                    f"{name:15} {half:4}  double {figures(original[half])}"
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
            f"{'== all':15} {half:4}  double {figures(totals['us'][half])}"
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

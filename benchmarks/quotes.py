"""Key-quote benchmark: quote precision/recall/F1 and speaker accuracy on hand-made gold.

    .venv/bin/python benchmarks/quotes.py [FILE ...]

A gold file holds articles, each as `=== article`, the text, then `--- expect` and one
line per key quote: `opening words | speaker`. A predicted quote matches a gold one when
its text starts with the gold opening words (apostrophes and case normalised); the
speaker is right when it equals the gold speaker, ignoring case and a leading article.
A `quotes-*.json` file ([{doc, text, speaker}] beside `article-N.txt` files, as in
benchmarks/data/independent/) is read too. Defaults to every gold file under benchmarks/data.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreader.analysis import analyse  # noqa: E402


def normalise(text: str) -> str:
    """Lower-case, straight apostrophes, single spaces, no leading article."""
    # " … " is how we join a quote interrupted by its attribution; gold joins with a space.
    text = " ".join(text.replace("’", "'").replace(" … ", " ").lower().split())
    return re.sub(r"^(?:the|a|an) ", "", text)


def read_json_gold(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """A quotes-*.json file ([{doc, text, speaker}]) beside its article-N.txt files.

    The opening words are the quote's first eight words, which is what the match needs.
    """
    import json

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


def main() -> None:
    """Score each gold file given (or the default set)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    arguments = parser.parse_args()
    data = ROOT / "benchmarks" / "data"
    files = arguments.files or [
        *sorted(data.glob("quotes-*.txt")),
        *sorted(data.glob("*/quotes-*.json")),
    ]
    for path in files:
        score(path, arguments.errors)


if __name__ == "__main__":
    main()

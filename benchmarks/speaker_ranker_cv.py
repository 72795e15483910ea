"""Cross-validated figures of the learned speaker ranker beside the rules alone.

    .venv/bin/python benchmarks/speaker_ranker_cv.py [--gold /work/gold] [--l2 1.0]
        [--choose [--overrule]]

Reads the gold the training tool reads (`tools/train_speaker_ranker.py`: the repository's
sets, and the real news under `--gold` when present, blind held halves left out).

Two evaluations, each test fold scored by weights trained without it:
- K=5 folds grouped by article (every article's quotations in one fold);
- leave one set out (train on every other gold set, test on it): the honest predictor of
  news none of the sets resembles.
Per set: right / named wrongly (the benchmark's definitions, over found gold quotations) of
the rules alone and of the ranker. A third figure is leave-one-set-out with the thresholds
also chosen without the set (nested): the least optimistic. Thresholds are the shipped ones
(`src/newsreader/analysis/data/speaker_ranker.json`, chosen by leave-one-set-out in
`tools/train_speaker_ranker.py`), or chosen again here with `--choose` (`--overrule`: the
rules' unsure picks may be made sure too). Counts in brackets: right and wrong quotations.
Also prints candidate recall: the share of found quotations with a gold speaker whose
speaker is among the candidates (the ceiling of any choice among them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import train_speaker_ranker as training  # noqa: E402

from newsreader.analysis.ranker import Model, load_model  # noqa: E402


def recall(pages: list[training.Page]) -> None:
    print("candidate recall (gold speaker among candidates; rules' pick, sure or not):")
    by_set: dict[str, list[int]] = {}
    for page in pages:
        counts = by_set.setdefault(page.set, [0, 0, 0])
        for item in page.items:
            if item.gold is None:
                continue
            counts[0] += 1
            counts[1] += any(training.label(option, item) for option in item.options)
            counts[2] += item.quote.speaker is not None and training.same_speaker(
                item.quote.speaker, item.gold, item.kind
            )
    total = [0, 0, 0]
    for name, (n, among, rule) in sorted(by_set.items()):
        print(f"  {name:16} {n:5}  candidates {among / n:.3f}  rules' pick {rule / n:.3f}")
        total = [total[0] + n, total[1] + among, total[2] + rule]
    print(
        f"  {'all':16} {total[0]:5}  candidates {total[1] / total[0]:.3f}  rules' pick {total[2] / total[0]:.3f}"
    )


def nested(
    pages: list[training.Page], l2: float, overrule: bool = False
) -> list[tuple[str, list[training.Page], dict[str, float], training.Thresholds]]:
    """Leave one set out with the thresholds chosen without it too: for each set, the
    thresholds come from leave-one-set-out over the other sets alone."""
    result = []
    for name, train, test in training.folds_by_set(pages):
        inner = training.cross_validate(training.folds_by_set(train), l2)
        thresholds = training.choose_thresholds(inner, overrule)
        result.append((name, test, training.fit(*training.rows(train), l2=l2), thresholds))
    return result


def report(
    title: str,
    trained: list[tuple[str, list[training.Page], dict[str, float], training.Thresholds]],
) -> None:
    print(f"\n{title} (right / named wrongly; rules alone, then ranker)")
    by_set: dict[str, list[training.Score]] = {}
    for _, test, weights, thresholds in trained:
        model = Model(weights, *thresholds)
        for page in test:
            rules, ranked = by_set.setdefault(page.set, [training.Score(), training.Score()])
            rules += training.score([page], None)
            ranked += training.score([page], model)
    totals = [training.Score(), training.Score()]
    for name, (rules, ranked) in sorted(by_set.items()):
        print(f"  {name:16} {rules.found:5}  rules {rules.text()}   ranker {ranked.text()}")
        totals[0] += rules
        totals[1] += ranked
    print(f"  {'all':16} {totals[0].found:5}  rules {totals[0].text()}   ranker {totals[1].text()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument(
        "--gold", type=Path, default=Path("/work/gold"), help="real news gold, when present"
    )
    parser.add_argument("--l2", type=float, default=training.L2)
    parser.add_argument("--choose", action="store_true", help="choose thresholds again")
    parser.add_argument(
        "--overrule",
        action="store_true",
        help="with --choose: promote and fill may be chosen too (see the training tool)",
    )
    arguments = parser.parse_args()
    pages = training.build(ROOT / "benchmarks" / "data", arguments.corpus, arguments.gold)
    recall(pages)
    by_set = training.cross_validate(training.folds_by_set(pages), arguments.l2)
    if arguments.choose:
        thresholds = training.choose_thresholds(by_set, arguments.overrule)
    else:
        shipped = load_model()
        thresholds = (shipped.switch, shipped.promote, shipped.fill)
    print(f"\nthresholds: switch {thresholds[0]}  promote {thresholds[1]}  fill {thresholds[2]}")
    by_article = training.cross_validate(training.folds_by_article(pages), arguments.l2)
    report("5 folds grouped by article", [(*fold, thresholds) for fold in by_article])
    report("leave one set out", [(*fold, thresholds) for fold in by_set])
    report(
        "leave one set out, thresholds chosen without the set too",
        nested(pages, arguments.l2, arguments.overrule),
    )


if __name__ == "__main__":
    main()

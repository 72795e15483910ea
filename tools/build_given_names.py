"""Build the given-name gender list that pronoun resolution consults.

Run at build time only; the app reads the compact file this writes and never imports the
package:

    /work/venv/bin/pip install names     # MIT licence; US census first-name lists
    .venv/bin/python tools/build_given_names.py

Names the 1990 census misses or counts too rarely ("Liam", "Keir", "Priya", "Kwame",
"Agnieszka") come from `tools/given_names_world.txt`, written by hand; a census name keeps
the census's side.

Output: `src/newsreader/analysis/data/given_names.json.gz`, a gzip'd JSON object with
`female` and `male` (sorted lists of capitalised given names). A name goes to one side
only when the census counts it at least DOMINANCE times as often for that sex as for the
other ("Jordan", "Taylor" go to neither), so a pronoun is never ruled out by a name that
is given to both.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "src" / "newsreader" / "analysis" / "data" / "given_names.json.gz"
WORLD = Path(__file__).with_name("given_names_world.txt")
"""Names the census misses (the UK and Ireland, today's US, Asia, Africa, Europe), by hand."""
DOMINANCE = 20.0
ACROSS_LANGUAGES = frozenset(
    [
        "Andrea",
        "Nicola",
        "Simone",
        "Michele",
        "Gabriele",
        "Daniele",
        "Jean",
        "Sasha",
        "Kim",
        "Yuri",
        "Nikita",
        "Noa",
        "Dominique",
        "Claude",
        "Camille",
        "Maxime",
        "Ashley",
        "Carmen",
        "Rene",
        "Rosario",
        "Mika",
        "Hillary",
    ]
)
"""Names given to the other sex in another large language (Italian Andrea, French Jean):
left on neither side."""
MIN_FREQUENCY = 0.002
"""Percent of people with the name; rarer names are left out to keep the file small."""


def _frequencies(path: Path) -> dict[str, float]:
    found: dict[str, float] = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            found[parts[0].title()] = float(parts[1])
    return found


def build() -> dict[str, list[str]]:
    import names  # type: ignore[import-untyped]

    folder = Path(names.__file__).parent
    male = _frequencies(folder / "dist.male.first")
    female = _frequencies(folder / "dist.female.first")
    sides: dict[str, list[str]] = {"female": [], "male": []}
    for name in sorted(set(male) | set(female)):
        he, she = male.get(name, 0.0), female.get(name, 0.0)
        if len(name) < 2 or max(he, she) < MIN_FREQUENCY or name in ACROSS_LANGUAGES:
            continue
        if she >= DOMINANCE * he:
            sides["female"].append(name)
        elif he >= DOMINANCE * she:
            sides["male"].append(name)
    counted = set(male) | set(female)
    for side, added in _world().items():
        sides[side].extend(
            name for name in added if name not in counted and name not in ACROSS_LANGUAGES
        )
        sides[side].sort()
    return sides


def _world() -> dict[str, list[str]]:
    """The hand-written names of WORLD by side ("[female]", "[male]" sections)."""
    sides: dict[str, list[str]] = {"female": [], "male": []}
    side = "female"
    for line in WORLD.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            side = line[1:-1]
        elif line:
            sides[side].extend(line.split())
    return sides


def main() -> None:
    sides = build()
    data = json.dumps(sides, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    OUTPUT.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    print(f"{OUTPUT}: {len(sides['female'])} female, {len(sides['male'])} male names")


if __name__ == "__main__":
    main()

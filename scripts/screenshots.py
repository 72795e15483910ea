"""Write the accepted snapshot renders of the app to screenshots/ as SVG.

Usage:
    python scripts/screenshots.py            # copy accepted snapshots to screenshots/
    python scripts/screenshots.py --render   # re-render them first (pytest --snapshot-update)
    python scripts/screenshots.py --png      # also write PNGs next to them (needs cairosvg)

Re-rendering accepts whatever the app draws now, so look at the pictures (--png) before
committing. `tests/ui/test_snapshots.py` fails when screenshots/ differs from the
accepted snapshots.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "tests" / "ui" / "__snapshots__" / "test_snapshots"
SCREENSHOTS = ROOT / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--render", action="store_true", help="re-render the snapshots first")
    parser.add_argument("--png", action="store_true", help="also write PNG files (cairosvg)")
    args = parser.parse_args()
    if args.render:
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "tests/ui/test_snapshots.py",
            "--snapshot-update",
            "-k",
            "not screenshots_match",
        ]
        if subprocess.run(command, cwd=ROOT).returncode not in (0, 1):
            return 1
    SCREENSHOTS.mkdir(exist_ok=True)
    for old in SCREENSHOTS.glob("*.svg"):
        old.unlink()
    written = 0
    for snapshot in sorted(SNAPSHOTS.glob("*.svg")):
        shutil.copyfile(snapshot, SCREENSHOTS / snapshot.name)
        written += 1
        if args.png:
            import cairosvg

            cairosvg.svg2png(
                url=str(snapshot),
                write_to=str(SCREENSHOTS / f"{snapshot.stem}.png"),
                output_width=1600,
            )
    print(f"wrote {written} screenshots to {SCREENSHOTS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())

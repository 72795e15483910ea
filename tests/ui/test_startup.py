"""The start-up path stays light: heavy modules load only when a worker needs them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("httpx", "newsreader.pipeline", "newsreader.analysis", "newsreader.extract", "selectolax")


def test_opening_the_app_imports_no_network_or_analysis_code() -> None:
    """Importing the app and its main screen pulls in none of httpx, pipeline, analysis, extract."""
    code = (
        "import sys, newsreader.app.app, newsreader.app.screens.main\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""

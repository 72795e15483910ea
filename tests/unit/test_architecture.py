"""House rules that keep the layers apart and the code clean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_MODULES = [
    "newsreader.filters",
    "newsreader.models",
    "newsreader.sanitize",
    "newsreader.store",
    "newsreader.feeds.fetch",
    "newsreader.feeds.parse",
    "newsreader.extract",
    "newsreader.analysis",
    "newsreader.pipeline",
    "newsreader.sync.engine",
    "newsreader.sync.ttrss",
    "newsreader.library",
    "newsreader.export",
    "newsreader.reading",
    "newsreader.cli",
]


@pytest.mark.parametrize("module", DOMAIN_MODULES)
def test_domain_code_never_imports_textual(module: str) -> None:
    """Domain packages must work (and start fast) without the UI toolkit."""
    code = f"import sys, {module}; assert 'textual' not in sys.modules, 'textual imported'"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        pytest.skip("ruff is not installed in this environment")
    targets = [
        str(ROOT / name)
        for name in ("src", "tests", "benchmarks", "tools", "scripts")
        if (ROOT / name).exists()
    ]
    result = subprocess.run(
        [ruff, "check", "--no-cache", *targets], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_mypy_strict_is_clean() -> None:
    """The house rule: `mypy --strict` on src/ (configured in pyproject.toml)."""
    mypy = shutil.which("mypy") or str(Path(sys.executable).parent / "mypy")
    if not Path(mypy).exists():
        pytest.skip("mypy is not installed in this environment")
    result = subprocess.run(
        [mypy, "--no-incremental", "--cache-dir", "/dev/null"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]

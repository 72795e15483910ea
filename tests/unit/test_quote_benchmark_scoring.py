"""The quote benchmark's speaker matching (`benchmarks/quotes.py`): a name given with or
without a middle initial is the same person; different people stay different. The figures
of issue 10 depend on it, so its forgiving rules are pinned here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "quotes_benchmark", ROOT / "benchmarks" / "quotes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("quotes_benchmark", module)
    spec.loader.exec_module(module)
    return module


SAME = [
    ("Nikki Haley", "Nikki R. Haley"),
    ("Michael Bloomberg", "Michael R. Bloomberg"),
    ("Haley", "Nikki R. Haley"),
    ("DEA", "Drug Enforcement Administration"),
]
DIFFERENT = [
    ("Nikki Haley", "Ana Ruiz"),
    ("Bob Weinstein", "Harvey Weinstein"),
    ("Nikki Haley", "Nikki R. Hale"),
]


@pytest.mark.parametrize(("predicted", "gold"), SAME)
def test_forms_of_one_name_match(predicted: str, gold: str) -> None:
    assert _benchmark().same_speaker(predicted, gold, "name")


@pytest.mark.parametrize(("predicted", "gold"), DIFFERENT)
def test_different_people_do_not_match(predicted: str, gold: str) -> None:
    assert not _benchmark().same_speaker(predicted, gold, "name")

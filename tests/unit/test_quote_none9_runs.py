"""A paragraph of several quotations and nothing else (`"…" "…"`) is as much a paragraph
of words only as one that holds a single quotation: after a paragraph whose quotation has a
speaker, it goes on in the same voice; with a speaker named in it, or someone new between,
it does not."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import sure_speakers

CARRIED = [
    pytest.param(
        '"The figures were better than we feared," said Nora Pike, an analyst at Dune Bank.\n\n'
        '"Hiring was slower in the autumn, but the revisions went up." '
        '"Factories are a cyclical part of the economy."',
        ["Nora Pike", "Nora Pike", "Nora Pike"],
        id="straight-marks-two-quotations",
    ),
    pytest.param(
        "“The figures were better than we feared,” said Nora Pike, an analyst at Dune Bank.\n\n"
        "“Hiring was slower in the autumn, but the revisions went up.” "
        "“Factories are a cyclical part of the economy.”",
        ["Nora Pike", "Nora Pike", "Nora Pike"],
        id="curly-marks-two-quotations",
    ),
    pytest.param(
        '"The figures were better than we feared," said Nora Pike, an analyst at Dune Bank.\n\n'
        '"Hiring was slower in the autumn." "The revisions went up a little." '
        '"Factories are a cyclical part of the economy."',
        ["Nora Pike", "Nora Pike", "Nora Pike", "Nora Pike"],
        id="three-quotations",
    ),
    pytest.param(
        '"The figures were better than we feared," said Nora Pike, an analyst at Dune Bank.\n\n'
        '"Hiring was slower in the autumn, but the revisions went up." '
        '"Factories are a cyclical part of the economy." That means rates will rise again.',
        ["Nora Pike", "Nora Pike", "Nora Pike"],
        id="narrative-after-the-quotations",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_a_paragraph_of_quotations_goes_on_in_the_same_voice(
    text: str, expected: list[str | None]
) -> None:
    assert sure_speakers(text) == expected


KEPT = [
    pytest.param(
        '"The figures were better than we feared," said Nora Pike, an analyst at Dune Bank.\n\n'
        '"Hiring was slower in the autumn." "The revisions went up," said Omar Field.',
        ["Nora Pike", None, "Omar Field"],
        id="the-second-quotation-is-attributed",
    ),
    pytest.param(
        '"The figures were better than we feared," said Nora Pike, an analyst at Dune Bank.\n\n'
        "Omar Field, her rival at Crest Bank, disagreed.\n\n"
        '"Hiring was slower in the autumn." "The revisions went up."',
        ["Nora Pike", None, None],
        id="someone-new-between",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_a_named_speaker_or_someone_new_decides(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

"""A body's description ("the bank", "the airline") that stands for the organisation the
sentences before were about (issue #10, desc9).

Made-up sentences: an organisation opening one of the last sentences before the quotation
is what a later "the bank said" points back to; guard rows where a person, or no named
body, is in focus, and the description must stay unsure.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the organisation opening the paragraph before is the one described
        (
            "Harwick Capital estimates that copper output could double within a decade.\n\n"
            "“We keep our view that the market will stay tight for years,” the bank said.",
            [("Harwick Capital", True)],
        ),
        # after an opening phrase too
        (
            "On Monday, Harwick Capital cut its forecast for copper output.\n\n"
            "“We keep our view that the market will stay tight for years,” the bank said.",
            [("Harwick Capital", True)],
        ),
        # an article before the name still makes it the subject
        (
            "A Daily Ledger editorial on Sunday argued that the plan had failed.\n\n"
            "“If that means a smaller role for the council, so be it,” the newspaper said.",
            [("Daily Ledger", True)],
        ),
    ],
)
def test_a_body_described_is_the_one_in_focus(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # guard: a person opens the sentence before: no body is in focus
        "Maria Okafor, who follows the copper market, expects output to double.\n\n"
        "“We keep our view that the market will stay tight for years,” the bank said.",
        # guard: "she" opens the last sentence: a person is in focus
        "Harwick Capital published its forecast on Monday. She read it twice.\n\n"
        "“We keep our view that the market will stay tight for years,” the bank said.",
        # guard: nobody named opens a sentence before
        "Copper output could double within a decade, traders say.\n\n"
        "“We keep our view that the market will stay tight for years,” the bank said.",
        # guard: a second body is in play as an owner in that sentence ("Acme's release")
        "Harwick Capital said in a note it would wait, echoing Tellis Group's forecast.\n\n"
        "“We keep our view that the market will stay tight for years,” the bank said.",
        # guard: several bodies ("the banks") are never the one named
        "Harwick Capital estimates that copper output could double within a decade.\n\n"
        "“We keep our view that the market will stay tight for years,” the banks said.",
    ],
)
def test_no_body_in_focus_leaves_the_description_unsure(text: str) -> None:
    assert [sure for _, sure in _speakers(text)] == [False]

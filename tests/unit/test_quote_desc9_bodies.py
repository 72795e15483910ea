"""A bank or an airline described by its kind ("the bank said") is the business the text was
just about, and a body opening a sentence after "A"/"An" ("A Daily Ledger editorial
argued") is that sentence's subject (issue #10, desc9).

Made-up sentences, with guard rows where the noun fits no body in play or several.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_BANK = "“We keep our view that the market will stay tight for years,” the bank said."


def _shown(text: str) -> list[tuple[str | None, bool]]:
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Harwick Capital estimates that copper output could double within a decade.\n\n{_BANK}",
            [("Harwick Capital", True)],
        ),
        (
            "Skyward said on Monday it would cut twelve routes from its winter schedule.\n\n"
            "“The demand on these routes has not come back since the summer,” the airline said.",
            [("Skyward", True)],
        ),
        (
            "A Daily Ledger editorial on Sunday argued that the plan had failed.\n\n"
            "“If that means a smaller role for the council, so be it,” the newspaper said.",
            [("Daily Ledger", True)],
        ),
        # guard: a public body is no bank
        (
            f"The Treasury Department said it would review the rules.\n\n{_BANK}",
            [("the bank", False)],
        ),
        # guard: two businesses in play
        (
            f"Harwick Capital agreed to buy Dunmore Partners on Monday.\n\n{_BANK}",
            [("the bank", False)],
        ),
        # guard: "A" before a place and a person noun names no body
        (
            f"A Shrewsbury man was charged on Monday.\n\n{_BANK}",
            [("the bank", False)],
        ),
    ],
)
def test_a_business_described_by_its_kind(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert _shown(text) == expected

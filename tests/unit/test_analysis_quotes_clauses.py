"""Reporting clauses of less common shapes (issue 10): any verb of saying inverted right
after a quotation closing on a comma, verbs such as speculated, reminded, echoed, opined.
Next to each shape, a look-alike that names nobody: no speaker rather than a guess.
Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

QUOTE = "“We cannot keep paying for a road nobody in the valley will ever use,”"


def speakers(text: str) -> list[str | None]:
    """The speaker found for each quote, sure or not."""
    return [quote.speaker for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} lamented one county official.", ["one county official"]),
        (f"{QUOTE} promises Dana Thrasher.", ["Dana Thrasher"]),
        (f"{QUOTE} complains Mr Hale, a farmer near the pass.", ["Hale"]),
        (f"{QUOTE} predicted the mayor's deputy, Ann Webb.", ["Ann Webb"]),
        # no speaker rather than a guess: the name after the verb is its object, not the
        # one who spoke
        (f"{QUOTE} promises Washington will act soon.", [None]),
        # a verb in -ing after the quotation goes on with the sentence
        (f"{QUOTE} echoing Ann Webb.", [None]),
        # no comma closing the quotation: the verb is no attribution of it
        (
            "The sign read “No road for a valley that never asked for one” thanks to Ann Webb.",
            [None],
        ),
    ],
)
def test_any_verb_of_saying_inverted_after_a_comma(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} speculated Ann Webb.", ["Ann Webb"]),
        (
            "Ann Webb speculated that the road was “a bridge to nowhere, and an expensive one.”",
            ["Ann Webb"],
        ),
        (f"{QUOTE} Ann Webb reminded reporters.", ["Ann Webb"]),
        (f"{QUOTE} Tom Reyes echoed.", ["Tom Reyes"]),
        (f"{QUOTE} opined Tom Reyes.", ["Tom Reyes"]),
        (f"{QUOTE} Tom Reyes reassured the crowd.", ["Tom Reyes"]),
        # no speaker rather than a guess: an echo of a sound, not of words
        (
            "The shots echoed through the valley. “We cannot keep paying for a road nobody in"
            " the valley will ever use.”",
            [None],
        ),
    ],
)
def test_more_verbs_of_saying(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected

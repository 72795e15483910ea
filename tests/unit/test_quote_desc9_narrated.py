"""A quotation carried within its paragraph after two or more sentences of the writer's own,
in words not in the first person singular, is a guess at the last speaker (issue #10,
desc9): the story may have moved on to a report's or a body's words. One sentence between,
or words a person says of themselves ("I"), still carry.

Made-up sentences.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_SAID = "“The plan is working,” said Tom Hale, the chief executive."
_OURS = "“We will open ten stores next year.”"
_MINE = "“I will open ten stores next year.”"
_ONE = "Sales rose by a tenth last year."
_TWO = "Sales rose by a tenth last year. The board met on Monday to approve the budget."


def _shown(text: str) -> list[tuple[str | None, bool]]:
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("between", "words", "sure"),
    [
        # guard: one sentence between: still the last speaker's words
        (_ONE, _OURS, True),
        # two sentences of narration: a guess
        (_TWO, _OURS, False),
        (
            "Sales rose by a tenth last year. A report by the auditors recommends more shops."
            " Three more were opened in May.",
            _OURS,
            False,
        ),
        # guard: words in the first person singular are a person's: still the last speaker
        (_TWO, _MINE, True),
    ],
)
def test_carry_within_a_paragraph_after_narration(between: str, words: str, sure: bool) -> None:
    assert _shown(f"{_SAID} {between} {words}") == [("Tom Hale", True), ("Tom Hale", sure)]

"""A full stop after the closing mark (`… again". Campaign chief Ann Webb accused …`, the
British placing) ends the quotation's sentence as a stop inside it does: the next
sentence's subject did not say those words."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import sure_speakers

ENDED = [
    pytest.param(
        "The party's slogan will be: “Britain is working, do not let them wreck it again”. "
        "Campaign coordinator Alan Webb accused the other side of “launching a war on the poor”.",
        [None, "Alan Webb"],
        id="stop-after-mark",
    ),
    pytest.param(
        "The party's slogan will be: “Britain is working, do not let them wreck it again.” "
        "Campaign coordinator Alan Webb accused the other side of “launching a war on the poor”.",
        [None, "Alan Webb"],
        id="stop-inside-mark",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENDED)
def test_the_next_sentence_does_not_attribute_an_ended_quotation(
    text: str, expected: list[str | None]
) -> None:
    assert sure_speakers(text) == expected

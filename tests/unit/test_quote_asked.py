"""`X was asked …` then the quotation: in brackets or after a colon it is X's answer; a
question in the marks is the asker's words, and the asker is not X. `X quotes Y:` gives Y's
words, not X's."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import sure_speakers

ANSWERS = [
    pytest.param(
        "Ann Webb was asked why the report left out the mines "
        "(“They were outside the mandate of our inquiry”).",
        ["Ann Webb"],
        id="bracketed-answer",
    ),
    pytest.param(
        "Webb was later asked about the merger: “We have no plans to sell the company this year.”",
        ["Webb"],
        id="colon-answer",
    ),
    pytest.param(
        "The chief executive, Ann Webb, was pressed on the sale (“Nothing has been decided yet”).",
        ["Ann Webb"],
        id="apposition-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_the_one_asked_gives_the_answer(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


QUESTIONS = [
    pytest.param(
        "Ann Webb was asked: “Will you sell the company to the Chinese this year?”",
        id="question-after-colon",
    ),
    pytest.param(
        "Ann Webb was asked about it (“Will you sell the company to the Chinese this year?”).",
        id="question-in-brackets",
    ),
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_the_question_put_is_not_the_one_asked(text: str) -> None:
    assert sure_speakers(text) == [None]


def test_an_agent_asks() -> None:
    text = "Webb was asked by Tom Reyes about the sale (“Will you sell the company this year”)."
    assert sure_speakers(text) == ["Tom Reyes"]


QUOTED = [
    pytest.param(
        "Frank quotes former Carter adviser Alfred Kahn: “I would love the unions to be worse "
        "off, and I mean it.”",
        ["Alfred Kahn"],
        id="quotes-someone",
    ),
    pytest.param(
        "The report cited Tom Reyes, the mayor: “This is the best day our town has had in years.”",
        ["Tom Reyes"],
        id="cited-with-apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_the_one_quoted_speaks_not_the_quoter(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

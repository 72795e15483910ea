"""Reporting clauses of American political copy: an opening time phrase that is no name
(`Hours later,`, `Two days later,`), a date with its commas inside an opening phrase (`In
the July 9, 2012, cable,`), `reported` as a verb of saying (a person's report or an
outlet's), a lawmaker's party and state in brackets before an apposition (`Sen. Dana Ruiz
(D-Ill.), noting …, said`), and an opening mark typed where a quotation closes."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

WORDS = "“We have been friends for a long time and that will not change.”"
INTRO = "Report\n\nDonald Trump, Chris Stevens and Dana Ruiz spoke on Monday.\n\n"

CASES = [
    (
        f"Hours later, Trump returned the compliment to Adelson, telling Reuters, {WORDS}",
        "Donald Trump",
    ),
    (f"Two days later, Trump told reporters, {WORDS}", "Donald Trump"),
    (f"In the July 9, 2012, cable, Stevens reported, {WORDS}", "Chris Stevens"),
    (f"Stevens reported, {WORDS}", "Chris Stevens"),
    (
        "“We have been friends for a long time and that will not change,” the Times reported.",
        "Times",
    ),
    (f"But Sen. Dana Ruiz (D-Ill.), noting the size of the crowd, said, {WORDS}", "Dana Ruiz"),
    (f"Sen. Dana Ruiz (D-Ill.) said, {WORDS}", "Dana Ruiz"),
    (
        "“It is unusual,“ said Dana Ruiz, an attorney. “It is a hard thing to do and to pull off.”",
        "Dana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_reporting_clause_is_read(text: str, speaker: str) -> None:
    quotes = find_quotes(INTRO + text)
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].speaker_sure


def test_a_mistyped_closing_mark_keeps_the_quotation_whole() -> None:
    text = (
        "“It is unusual,“ said Dana Ruiz, an attorney. “It is a hard thing to do and to pull off.”"
    )
    (quote,) = find_quotes(INTRO + text)
    assert quote.text.startswith("It is unusual")
    assert quote.text.endswith("to pull off.")

"""A quotation in brackets before a semicolon is prose, not a line of program code:
`in his report ("…"); what help he had ("…")` gives both quotations, while a line that
reads like code (`print("…");`) gives none."""

from __future__ import annotations

from newsreader.analysis import find_quotes

PROSE = (
    "Report\n\nLena Marsh spoke on Monday.\n\nMarsh was asked why the report left out the "
    "harbour (“That was outside the mandate of our inquiry”); what help she had from the "
    "council (“The council was largely uncooperative with us”); and what comes next."
)


def test_quotations_in_brackets_before_a_semicolon_are_found() -> None:
    texts = [quote.text for quote in find_quotes(PROSE)]
    assert texts == [
        "That was outside the mandate of our inquiry",
        "The council was largely uncooperative with us",
    ]


def test_a_line_of_code_still_gives_no_quotation() -> None:
    code = 'Report\n\nThe script reads print("hello there my good old friend"); and stops.'
    assert find_quotes(code) == []

"""A quotation opened again after a finished sentence, the first never closed
(`… on television. "My show is …`): a continued quotation whose paragraph break was lost
(BBC copy, flattened feeds). Both pieces are one quotation, attributed as one."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

REOPENED = [
    pytest.param(
        "Jerry Webb helped launch the show.\n\n"
        'Asked about it, Webb said: "I do not know if they should have shown it on television. '
        '"My show is about people who argue, and I defy anyone to watch it."',
        ["Jerry Webb"],
        id="straight-marks-after-colon",
    ),
    pytest.param(
        "Jerry Webb helped launch the show.\n\n"
        "“If I did a show about the war, it would not make me a warmonger. “In the case of "
        "my show, it is my job to report on what people do,” Webb said.",
        ["Jerry Webb"],
        id="curly-marks-attribution-after",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), REOPENED)
def test_a_reopened_quotation_is_one_quotation(text: str, speakers: list[str]) -> None:
    quotes = find_quotes(text)
    assert [q.speaker for q in quotes] == speakers
    assert ("television" in quotes[0].text and "My show" in quotes[0].text) or (
        "warmonger" in quotes[0].text and "In the case" in quotes[0].text
    )


def test_a_closed_quotation_then_a_new_one_stays_two() -> None:
    text = 'Tom Webb said "yes to all of it." "No, never again in my life," Ann Webb replied.'
    assert [q.speaker for q in find_quotes(text)] == ["Tom Webb", "Ann Webb"]

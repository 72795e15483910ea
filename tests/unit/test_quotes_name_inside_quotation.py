"""A name inside an earlier quotation is never the subject of a reporting verb outside it:
after `"In Republican states, …," wrote Ann Ruiz … in a paper. "But in …"` the second
quotation is Ann Ruiz's or nobody's, never "Republican"'s."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

FIRST = "In Republican states, young and old hold similar views on the new tax,"
SECOND = (
    "But in Democratic cities, the young are a good deal more opposed to it than the old. "
    "Factors such as income and schooling give a less clear pattern than we might expect."
)
CLAUSE = (
    "wrote Ann Ruiz, Lee Park and Bo Chen in a paper, Income and partisan voting in the "
    "towns of the United States, in the Political Science Review."
)


@pytest.mark.parametrize(
    "text",
    [f"“{FIRST}” {CLAUSE} “{SECOND}”", f'"{FIRST}" {CLAUSE} "{SECOND}"'],
)
def test_a_name_inside_the_earlier_quotation_is_no_subject(text: str) -> None:
    quotes = find_quotes("Report\n\n" + text)
    assert [q.speaker for q in quotes][:1] == ["Ann Ruiz"]
    second = [q for q in quotes if q.text.startswith("But in Democratic")]
    assert len(second) == 1
    assert second[0].speaker in (None, "Ann Ruiz")

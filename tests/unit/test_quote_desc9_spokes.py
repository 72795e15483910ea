"""`a spokesman said` right after a body was the subject: that body's spokesman, named as
news names them ("AOL spokesman") (issue #10, desc9).

Made-up sentences, with guard rows where no one body is in focus.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_WORDS = "“This is a reminder that the market remains fragile,” a spokesman said."


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        ("Harwick Telecom backed the price cuts on Monday.", "Harwick Telecom spokesman"),
        # guard: a person was the subject: "a spokesman" is no one named
        ("Tom Hale backed the price cuts on Monday.", "a spokesman"),
        # guard: two bodies the text does not choose between
        ("Harwick Telecom agreed to buy Dunmore Cable on Monday.", "a spokesman"),
    ],
)
def test_a_spokesman_speaks_for_the_body_in_focus(prose: str, expected: str) -> None:
    (quote,) = find_quotes(f"{prose}\n\n{_WORDS}")
    assert quote.speaker == expected

"""A quotation-only paragraph after prose whose last sentence has one named person acting as
its subject carries that person's words (issue #10, desc9).

Made-up sentences: the prose names who acts, the next paragraph is only a quotation; guard
rows where the subject is a pronoun, is acted upon, or is two people, and the speaker must
stay unsure or none.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_WORDS = (
    "“Having other players from home do well is great for the sport. We all push each other"
    " to be better.”"
)


def _shown(text: str) -> list[tuple[str | None, bool]]:
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("prose", "expected"),
    [
        # the one person named as the subject who acts: theirs, sure
        (
            "Tom Hale finished his round in under two hours on Friday, beating Jon Pike.",
            [("Tom Hale", True)],
        ),
        (
            "On Friday, Ana Ruiz beat Jo Kent in just over an hour on the main court.",
            [("Ana Ruiz", True)],
        ),
        # guard: the named subject is acted upon, the other may be the one speaking
        (
            "Tom Hale was beaten by Jon Pike in straight sets on Friday.",
            [("Tom Hale", False)],
        ),
        # guard: the quotation speaks of "her" and another person is named: either may
        # be speaking of the other
        (
            "Tom Hale paid tribute to Ana Ruiz on Friday.\n\n“She never stopped working.”",
            [("Tom Hale", False)],
        ),
        # guard: a pronoun's referent stays a guess
        (
            "He finished his round in under two hours on Friday, beating Jon Pike.",
            [(None, False)],
        ),
        # guard: two people as the subject, no one of them
        (
            "Tom Hale and Jon Pike finished their rounds in under two hours on Friday.",
            [(None, False)],
        ),
    ],
)
def test_quotation_after_prose_is_its_subjects(
    prose: str, expected: list[tuple[str | None, bool]]
) -> None:
    text = prose if "“" in prose else f"{prose}\n\n{_WORDS}"
    assert _shown(text) == expected

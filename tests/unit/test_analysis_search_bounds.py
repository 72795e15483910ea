"""The shortcuts that make quote analysis fast find exactly what the plain searches find.

Each narrows where a regular expression is tried (after the last character a match cannot
hold, only where a sentence may open) or rewrites a pattern to open on a class of
characters; a change to the patterns that lets a match hold such a character must show
up here as a difference.
"""

from __future__ import annotations

import re

import pytest

from newsreader.analysis import attribution, quote_marks, salience, sentences, speakers
from newsreader.analysis.entities import UPPER

TEXTS = [
    '"We will not back down," Anna Berglund said on Tuesday.',
    "“It was a disaster,” said the ministry’s spokeswoman, Lee Soo-jin, a veteran.",
    'An "American Idol" insider said the show would end. A “Big Brother” host said so too.',
    "“Stop,” the “Big Show” host, who asked not to be named, told reporters. Its aim was clear.",
    'He said "no" and "never" ... the "People\'s Party" leader said. "Yes" "x" "y" '
    "a spokesman for the Ministry of Health said.",
    "Company spokeswoman Lee Soo-jin said. Northwind's chief executive, Dana Whitfield, said"
    " it. The director of the Met Office, Jane Doe, said.\n\nResidents of Elm Street have "
    "campaigned. Some officials said. “Residents” agree.” Elizabeth stood up. Fatima, a "
    "mother, left.",
    "It’s ‘‘quoted’’ and ``typed'' here, « guillemets » and „low“... Really?! Yes. (Fine.) "
    "End...\nNew paragraph. 3 more.",
]


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", TEXTS)
def test_subject_search_after_last_mark_finds_the_same(text: str) -> None:
    for end in range(len(text) + 1):
        for lower in (0, max(0, end - 40)):
            plain = attribution._SUBJECT_BEFORE.search(text, lower, end)
            reach = attribution._subject_reach(text, lower, end)
            bounded = attribution._SUBJECT_BEFORE.search(text, reach, end)
            assert _spans([plain] if plain else []) == _spans([bounded] if bounded else [])


@pytest.mark.parametrize("text", TEXTS)
def test_role_before_a_name_finds_the_same(text: str) -> None:
    for start in range(len(text) + 1):
        plain = speakers._ROLE_BEFORE.search(text, max(0, start - 70), start)
        found = speakers._role_before(text, start)
        assert _spans([plain] if plain else []) == _spans([found] if found else [])


@pytest.mark.parametrize("text", TEXTS)
def test_rewritten_patterns_match_the_plain_ones(text: str) -> None:
    plain = {
        "marks": re.compile(r"’’|‘‘|''|``|[\"“”«»„]"),
        "boundary": re.compile(rf"(?<![.!?…])[.!?…]++[\"”’')\]]*+[ \t]++(?=[\"“‘(]?[{UPPER}0-9])"),
        "its": re.compile(r"\bits\b"),
        "lone": re.compile(
            r"(?<![\w’'.&-])([A-Z][a-z]{2,})(?=[ \t]+[a-z]|,[ \t]+(?:an?|the|who)\b)"
        ),
    }
    fast = {
        "marks": quote_marks.MARKS,
        "boundary": sentences._BOUNDARY,
        "its": salience._ITS,
        "lone": salience._LONE_NAME,
    }
    for name, pattern in plain.items():
        assert _spans(pattern.finditer(text)) == _spans(fast[name].finditer(text)), name
    assert _spans(salience._group_subjects(text)) == _spans(salience._GROUP_SUBJECT.finditer(text))

"""A bare surname two people of the story share, when nothing before it decides which one
spoke: the pronoun that next reports speech, with no one else named before it, continues
the same speaker (`"…," Rivera said.` ¶ `"…," she said.`), so its sex tells which Rivera
it was, as "Mrs Rivera" would. Someone else named in between, or a report by a
description, leaves the choice as before."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes

CASES = [
    # (text, speakers of the quotes in order)
    (
        "Tom Rivera has coached the team for a decade. His daughter Ana Rivera now plays "
        "in goal.\n\n"
        "“She has always been braver than any of us,” Rivera said after the match.\n\n"
        "“I taught her nothing; she taught herself everything,” he said.",
        ["Tom Rivera", "Tom Rivera"],
    ),
    (
        "Ana Rivera, 17, is the youngest goalkeeper in the league. Her father, Tom Rivera, "
        "coaches a rival club.\n\n"
        "“I never wanted special treatment from anyone in the league,” Rivera said.\n\n"
        "“It is just football to me, nothing more,” she said.",
        ["Ana Rivera", "Ana Rivera"],
    ),
    (
        "Ana Rivera, 17, is the youngest goalkeeper in the league. Her father, Tom Rivera, "
        "coaches a rival club.\n\n"
        "Rivera said: “I never wanted special treatment from anyone in the league.”\n\n"
        "She added: “It is just football to me, nothing more than that.”",
        ["Ana Rivera", "Ana Rivera"],
    ),
    # guard: someone else is named before the pronoun, which may be theirs
    (
        "Ana Rivera, 17, is the youngest goalkeeper in the league. Her father, Tom Rivera, "
        "coaches a rival club.\n\n"
        "“I never wanted special treatment from anyone in the league,” Rivera said.\n\n"
        "Her coach, Marta Gil, agreed. “It is just football to her, nothing more,” she said.",
        ["Tom Rivera", "Marta Gil"],
    ),
    # guard: the next report is a description's, not a pronoun's
    (
        "Ana Rivera, 17, is the youngest goalkeeper in the league. Her father, Tom Rivera, "
        "coaches a rival club.\n\n"
        "“I never wanted special treatment from anyone in the league,” Rivera said.\n\n"
        "“We treat every player the same way here,” a league spokeswoman said.",
        ["Tom Rivera", "a league spokeswoman"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_the_next_reporting_pronoun_tells_which_relative_spoke(
    text: str, speakers: list[str]
) -> None:
    quotes = find_quotes(text, find_entities(text))
    assert [quote.speaker for quote in quotes] == speakers

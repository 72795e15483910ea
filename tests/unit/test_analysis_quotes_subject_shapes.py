"""The subject of a reporting clause before its quotation, in shapes of long news
sentences: a title inside a description (`an aide to Sen. Lamar Alexander (R-Tenn.)`), a
verb opening the clause before a modifier, a role and a name (`explained CBS moderator
Nancy Cordes:`), an object relative (`Bannon, who Beck on Wednesday called "…"`), a place
ending a description's address (`from Sumter, South Carolina,`) and a full name after
several pieces of an opening phrase."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

INTRO = (
    "Report\n\nHillary Clinton, Ted Cruz, Lamar Alexander, Steve Bannon, Glenn Beck and "
    "Bill Clinton spoke on Monday.\n\n"
)

CASES = [
    (
        "In other words, explained CBS moderator Nancy Cordes: “What does that have to do with"
        " taking big donations from anyone?”",
        "Nancy Cordes",
    ),
    (
        "Marty West, an education professor who once worked for Sen. Lamar Alexander (R-Tenn.),"
        " one of the bill’s architects, called it “an incredibly significant development.”",
        "Marty West",
    ),
    (
        "Much of the anger was directed at Bannon, who Beck on Wednesday called “a horrible,"
        " despicable human being.”",
        "Glenn Beck",
    ),
    (
        "Dean Johnson, a salesman from Sumter, South Carolina, says Cruz will “leave here with"
        " momentum and a lot of delegates.”",
        "Johnson",
    ),
    (
        "With her husband, former President Bill Clinton, standing by her side, Hillary Clinton"
        " has told her supporters that “we’re in this together, all of us.”",
        "Hillary Clinton",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_subject_of_the_clause(text: str, speaker: str) -> None:
    quotes = find_quotes(INTRO + text)
    assert len(quotes) == 1
    assert quotes[0].speaker is not None and quotes[0].speaker.endswith(speaker)
    assert quotes[0].speaker_sure


def test_an_object_relative_with_a_pronoun_names_no_one_else() -> None:
    text = (
        "Cross said he had two options: vote for Clinton, whom he called “the most divisive"
        " political figure in the past 25 years.”"
    )
    quote = find_quotes(INTRO + text)[0]
    assert quote.speaker != "Hillary Clinton" or not quote.speaker_sure

"""A quotation without an attribution of its own after a sentence about another party
(issue 10).

The carry gives such a quotation to the last speaker when nobody new is named between
them. A sentence between whose subject is another party who may speak (a pronoun for
someone else, a description of another person, a body or a group that speaks or takes a
side) leaves the words as likely theirs: the carry stays a guess, shown as no speaker.
The same holds for a clause of its own right after a reporting clause (`"…," Frey said,
but her opponent called it "…"`) and for a quotation a described text reports after it
(`"…," the banner read.`). A pronoun for the last speaker, the role or the age they were
given (which no longer counts as someone new), a body they speak for or a body that only
did something keep the carry. Every sentence here is made up.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.prose_subject import opening_subject, party_at

SAID = "“We played well enough to win the game tonight,” said Tom Reyes."
AFTER = "“They have not beaten a good side all season long.”"


def shown(text: str) -> list[str | None]:
    """The speaker a reader is shown for each key quote: the name when sure, else None."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]


RIVALS = [
    # a body that takes a side
    (
        "“We will build the bridge next year and it will be finished on time,” Mayor Ellen "
        "Ward said on Monday. The council disagreed. “The money is simply not there for a "
        "project of this size.”",
        ["Ellen Ward", None],
    ),
    # a person known by their tie to another
    (
        "“We played well enough to win the game tonight,” said coach Tom Reyes. His rival "
        "was unimpressed. “They got lucky with the weather and they know it.”",
        ["Tom Reyes", None],
    ),
    # a description of another person
    (f"{SAID} The visitors’ captain was less generous. {AFTER}", ["Tom Reyes", None]),
    # a plural group, and a word standing for some people
    (f"{SAID} Local residents were less sure. {AFTER}", ["Tom Reyes", None]),
    (f"{SAID} Others disagreed. {AFTER}", ["Tom Reyes", None]),
    # a person known by their tie to the last speaker, named by their name
    (
        "“The plan will save the town millions over ten years,” said Hannah Frey. Frey’s "
        "rival, however, called the plan “a waste of money for everyone involved.”",
        ["Hannah Frey", None],
    ),
    # words whose source is another party
    (
        "“The plan will save the town millions over ten years,” said Hannah Frey. The "
        "response from residents was swift. “We will fight this plan in every court in the "
        "land.”",
        ["Hannah Frey", None],
    ),
    # a pronoun that cannot stand for the last speaker
    (f"{SAID} She shook her head. {AFTER}", ["Tom Reyes", None]),
    # the same before a quotation-only paragraph
    (
        f"{SAID} Supporters were not convinced.\n\n“There is a long way to go before the end "
        "of the season for this lot.”",
        ["Tom Reyes", None],
    ),
]

PLAN = "“The plan will save the town millions over ten years,” Hannah Frey said"
WASTE = "“a waste of money for everyone involved.”"
CLAUSES = [
    # a clause of its own after the reporting one, with another subject: neither the rest
    # of the speaker's quotation nor words of the speaker's
    (f"{PLAN}, but her opponent called it {WASTE}", ["Hannah Frey", None]),
    (f"{PLAN}, while critics called it {WASTE}", ["Hannah Frey", None]),
    (f"{PLAN} on Monday, but Tom Avery called it {WASTE}", ["Hannah Frey", None]),
    # guards: the speaker's own clause goes on; a clause inside the reported words
    (
        f"{PLAN}, but she added that “nothing is certain until the council has voted on it.”",
        ["Hannah Frey"],
    ),
    (
        "Hannah Frey said on Tuesday that the plan was “the best deal this town has seen,” "
        "while her rival Tom Avery was “a man with no plan of his own at all.”",
        ["Hannah Frey", "Hannah Frey"],
    ),
]

REPORTED_AFTER = [
    # a text reported by a clause after the quotation (`the reply read`): the words after
    # it are no longer the last speaker's for sure
    (
        "Two weeks later, a regional manager wrote back to the drivers. “Noted,” the reply "
        "read. “We are looking again at how the routes are planned this year.”",
        [None],
    ),
    (
        f"{SAID} “Thank you for the best season of my life,” the banner above the stand read. "
        "“We will never forget what you did for this club.”",
        ["Tom Reyes", None],
    ),
    # the answer of someone else, neither the asker's nor the rest of their question
    (
        "“Are you going to stay at the club next season?” asked Tom Reyes. “I have not made "
        "up my mind yet about any of it,” came the reply.",
        ["Tom Reyes", None],
    ),
    # guard: the speaker's own description reporting the quotation
    (
        "Coach Tom Reyes was pleased with his side. “We played well enough to win the game "
        "tonight,” the coach said. “There is a long way to go before the end of the season.”",
        ["Tom Reyes"],
    ),
]

FUTURE = "“There is a long way to go before the end of the season.”"
THEIR_ROLE = [
    # the description the last speaker was given (their role, their age) stands for them
    (
        "“We played well enough to win the game tonight,” said Tom Reyes, the club’s coach. "
        f"The coach then turned to the future. {FUTURE}",
        ["Tom Reyes", "Tom Reyes"],
    ),
    (
        "“We played well enough to win the game tonight,” said Tom Reyes, 44, after the "
        f"match. The 44-year-old then turned to the future. {FUTURE}",
        ["Tom Reyes", "Tom Reyes"],
    ),
    # guards: a description with a qualifier of its own, an age nobody was given
    (
        "“We played well enough to win the game tonight,” said Tom Reyes, the home side’s "
        f"coach. The coach of the visitors was less generous. {AFTER}",
        ["Tom Reyes", None],
    ),
    (f"{SAID} The 44-year-old then turned to the future. {FUTURE}", ["Tom Reyes", None]),
]

KEPT = [
    # a pronoun for the last speaker
    (
        f"{SAID} He then turned to the future. “There is a long way to go before the end of "
        "the season.”",
        ["Tom Reyes", "Tom Reyes"],
    ),
    # a body that did something, without a side taken
    (
        f"{SAID} The team had lost four in a row. “There is a long way to go before the end "
        "of the season.”",
        ["Tom Reyes", "Tom Reyes"],
    ),
    # a body named beside the speaker: theirs, and speaking through them
    (
        "“Runners want simpler ways to see what they have done,” said Lena Park, the head of "
        "product at Vireo Labs. So the company sees “sharing every run as the next big "
        "thing” for its app.",
        ["Lena Park", "Lena Park"],
    ),
    # nothing between
    (
        f"{SAID}\n\n“There is a long way to go before the end of the season.”",
        ["Tom Reyes", "Tom Reyes"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RIVALS + CLAUSES + REPORTED_AFTER + THEIR_ROLE + KEPT
)
def test_carry_after_a_sentence_about_another_party(text: str, expected: list[str | None]) -> None:
    assert shown(text) == expected


PARTIES = [
    ("The council disagreed.", "body"),
    ("His rival was unimpressed.", "person"),
    ("The former champion said it was nonsense.", "person"),
    ("Critics say the team has been lucky.", "group"),
    ("Others disagreed.", "group"),
    ("The response from residents was swift.", "person"),
    ("She shook her head.", "pronoun"),
    # no party: a body that did something, a thing, a plural pronoun for things
    ("The team had lost four in a row.", None),
    ("The plan was dropped.", None),
    ("They also lie in a dead zone.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), PARTIES)
def test_party_at(sentence: str, kind: str | None) -> None:
    party = party_at(sentence, 0, len(sentence))
    assert (party.kind if party is not None else None) == kind


def test_opening_subject_skips_an_opening_clause() -> None:
    sentence = "When the vote came, the council disagreed."
    position = opening_subject(sentence, 0, len(sentence))
    assert sentence[position:].startswith("the council")

"""Who a later "he"/"she" stands for (issue 10): a reporting subject placed after its
verb (`…, Lund noted.`, `said Omar Saleh, a ministry spokesman`) is a speaker in focus like
one before it; when nothing decides between two people, no speaker rather than a guess.
Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest
from quote_shapes import sure_speakers

CASES = [
    # a postposed reporting clause after a comma: the name closing the run of commas is
    # the subject, not in apposition to the place before it
    (
        "Parish priest Tom Harrow declined to comment, but he told local media the move was a"
        " gimmick.\n\n“It is a great shame that the books were removed,” Harrow told a local"
        " paper.\n\nThe inn has had plenty of mail about the move, most of it from the United"
        " States, Lund noted. The books are not as common here as they are there, he added."
        "\n\n“People over there feel much more strongly about it,” he said.",
        ["Tom Harrow", "Lund"],
    ),
    (
        "Mayor Ada Price opened the session. “We have to hear everyone today,” Price said."
        "\n\nThe budget was short by a million dollars, according to figures from Westfield"
        " County, Mark Doyle noted. The council would vote in May, he added.\n\n“It is a hard"
        " choice for all of us,” he said.",
        ["Ada Price", "Mark Doyle"],
    ),
    # an inverted reporting subject the recogniser takes for a body ("Jihad" names groups)
    # is a person when a role stands in apposition to it
    (
        "Oil Minister Karim Haddad said a report blamed a truck.\n\n“This is what caused the"
        " fire at the depot,” Haddad said in a statement. He added that his ministry “had"
        " warned many times against trucks parking there.”\n\nThe fire started at 7 a.m. “due"
        " to an explosion,” said Samir Jihad, the Oil Ministry spokesman. He said crews were"
        " able to control the fire, “which hit the gas unit,” and that work went on.",
        ["Karim Haddad", "Karim Haddad", "Samir Jihad", "Samir Jihad"],
    ),
    # the same in indirect speech, inverted or not, with the role's head last ("a ministry
    # spokesman" is a spokesman, not a ministry)
    (
        "Oil Minister Karim Haddad visited the site on Monday. “We will rebuild it,” Haddad"
        " said.\n\nThe plant was closed after a fire, said Samir Jihad, a ministry spokesman."
        " He said the cause was not known. “We are still looking at the wiring,” he said.",
        ["Karim Haddad", "Samir Jihad"],
    ),
    (
        "Oil Minister Karim Haddad visited the site on Monday. “We will rebuild it,” Haddad"
        " said.\n\nThe plant was closed after a fire, Samir Jihad, a ministry spokesman, said."
        " “We are still looking at the wiring,” he said.",
        ["Karim Haddad", "Samir Jihad"],
    ),
    # no speaker rather than a guess: the recent subject is defined by a tie to the one who
    # spoke last ("his first client"), so "he" may be either of them
    (
        "Tom Reyes ran a small law firm for thirty years. “I loved every case,” Reyes said."
        "\n\nOrr was his first client. His goal was to keep him out of jail. “It took me two"
        " years,” he said.",
        ["Tom Reyes", None],
    ),
    (
        "Ann Cole ran the clinic for a decade. “We never closed a day,” Cole said.\n\nMaria"
        " Diaz was her first nurse. The two worked nights together. “It was hard work,” she"
        " said.",
        ["Ann Cole", None],
    ),
    # no speaker rather than a guess: the last to speak did so only inside the sentence of
    # someone else named, who may be the one "he" means
    (
        "Builder Karl Weber told the committee on Thursday the $300,000 he paid Paul Hart came"
        " after Fred Dunn told him the minister was in \"desperate shape and needed the"
        " money.\"\n\nHe told the committee he paid Hart in cash because \"the cash was"
        " available,\" and he said the money was not for any business deal.",
        ["Fred Dunn", None],
    ),
    # one who speaks in a sentence of their own is the one "he" stands for
    (
        "Karl Weber spoke to the committee on Thursday. Fred Dunn, his old partner, told"
        " reporters the deal was fair.\n\n\"We did nothing wrong,\" he said.",
        ["Fred Dunn"],
    ),
    # a subject not defined by such a tie stays the one "he" stands for
    (
        "Tom Reyes ran a small law firm. “I loved every case,” Reyes said.\n\nOrr was the"
        " first client to arrive. “It took me two years,” he said.",
        ["Tom Reyes", "Orr"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_later_pronoun(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

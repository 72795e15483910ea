"""Reporting clauses that still left a quotation with a named speaker shown with no speaker
(issue 23), grouped by what failed: a reporting verb the lists did not know (`pressed`,
`retaliated`, `worried that`), … Next to each shape, a look-alike
where no speaker is the right answer. Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest
from quote_shapes import QUOTE, WORDS, sure_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up question pressed after a quotation
        (f"{QUOTE} Ann Webb pressed. “Why not build the bridge instead?”", ["Ann Webb"]),
        # an answer in kind, the subject with an adjective before the name
        (f"{QUOTE} an angry Tom Reyes retaliated.", ["Tom Reyes"]),
        # a worry reported with the quoted words inside it
        (
            "In the worst of the drought, Tom Reyes worried that the valley would end up"
            " “a desert where no farmer can make a living.”",
            ["Tom Reyes"],
        ),
        # an endorsement in the quoted words of the one endorsing
        (
            "Ann Webb backed the slate at the fair, endorsing the two school board hopefuls"
            " “who stand for everything our valley has fought for.”",
            ["Ann Webb"],
        ),
        # no speaker rather than a guess: endorsed by someone, in others' words
        (
            "The plan was endorsed by the council last week. A sign at the gate read “the end"
            " of everything the valley has fought for over the years.”",
            [None],
        ),
        # a question pondered aloud, the fragment inside it
        (
            "At the meeting Dr. Ann Webb pondered whether anyone could still “speak for the"
            " farmers in this long season of drought.”",
            ["Ann Webb"],
        ),
        # no speaker rather than a guess: a person pressed into service, no one speaks
        (
            "The old press printed the leaflet, which read “We cannot keep paying for a"
            " road nobody in the valley will ever use.”",
            [None],
        ),
        # a worry that is no one's: the subject is not a speaker
        (
            "The flooding worried the valley, which had signs reading “We cannot keep"
            " paying for a road nobody will ever use.”",
            [None],
        ),
    ],
)
def test_verbs_of_saying(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


LATER = "“The money should go to the school, where the children of the valley need it most.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people in a relative clause about the speaker are named in passing (the clause
        # too long for the quotation to read as one interrupted by its attribution)
        (
            f"{QUOTE} said Ann Webb, who now runs the farm her father, Tom Reyes, left to"
            " her when he retired — the farm that for decades has grown the oats the valley's"
            f" mill has bought for sixty years. {LATER}",
            ["Ann Webb", "Ann Webb"],
        ),
        # the same after a description, in what the speaker was referring to
        (
            f"{QUOTE} said Ann Webb, a former mayor, referring to the plan Tom Reyes drew"
            " up last spring — the plan that for months has split the valley's farmers, its"
            f" mill and its council. {LATER}",
            ["Ann Webb", "Ann Webb"],
        ),
        # no speaker rather than a guess: someone new in a sentence of their own
        (
            f"{QUOTE} said Ann Webb. Tom Reyes disagreed in the strongest terms — the road,"
            " he has long held, is what for decades has kept the valley's mill and its farms"
            f" alive. {LATER}",
            ["Ann Webb", None],
        ),
    ],
)
def test_carry_past_passing_names(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transcript's speaker label opening the line
        (f"The hearing opened late.\n\nAnn Webb: {WORDS}", ["Ann Webb"]),
        # a digest's heading, a dash, then the author it quotes
        (
            f"The valley met on Monday.\n\nROAD PLAN DIVIDES THE VALLEY - Tom R. Reyes: {WORDS}",
            ["Tom R. Reyes"],
        ),
        # the heading a clause of its own: the label after the dash still names the author
        (
            "The valley met on Monday.\n\nThe road plan has divided the farmers - Ann Webb:"
            f" {WORDS}",
            ["Ann Webb"],
        ),
        # no speaker rather than a guess: a dateline, a rubric, a firm's name
        (f"The valley met on Monday.\n\nWASHINGTON: {WORDS}", [None]),
        (f"The valley met on Monday.\n\nBreaking News: {WORDS}", [None]),
        (f"The valley met on Monday.\n\nThe plan in short - Valley Roads: {WORDS}", [None]),
    ],
)
def test_name_as_label(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time between the subject and the verb: `during the harvest fair`
        (
            "The choir has become a fixture, and Ann Webb during the harvest fair praised its"
            " members “for their support of my long campaign for the valley.”",
            ["Ann Webb"],
        ),
        # a doubt voiced in the progressive, the fragment inside it
        (
            "Tom Reyes is questioning whether the mayor would ever have shown up at the fair"
            " “if it had been held in the valley and not in town.”",
            ["Tom Reyes"],
        ),
        # no speaker rather than a guess: a study found, no one said
        (
            "In 2014, a study by the Garner Institute found that “about twice as many towns"
            " said it was more important to fix roads than to build parks.”",
            [None],
        ),
    ],
)
def test_subject_and_verb(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reaction introduces the words after a comma
        (
            f"Ann Webb, the head of the Valley Farmers Union, reacted sharply to the plan, {WORDS}",
            ["Ann Webb"],
        ),
        # the one presented before a colon speaks
        (f"The council met again.\n\nHere’s Ann Webb at the 2009 hearing: {WORDS}", ["Ann Webb"]),
        # whose view the quoted words are, after them
        (
            "The council voted. “The valley has never been asked what it wants, not once in"
            " all these years” on roads or on schools, in Tom Reyes’s view.",
            ["Tom Reyes"],
        ),
        # no speaker rather than a guess: a view named after someone else's verb of saying
        (
            f"The council voted. {QUOTE} the notice read, in Tom Reyes’s view wrongly.",
            [None],
        ),
        # nor a document presented
        (f"The council met again.\n\nHere’s the notice from the 2009 hearing: {WORDS}", [None]),
    ],
)
def test_reactions_and_views(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any verb in the past ending the sentence after a quotation closing on a comma
        (f"The hearing opened late.\n\n{QUOTE} Tom Reyes started.", ["Tom Reyes"]),
        (f"The hearing opened late.\n\n{QUOTE} Ann Webb ventured.", ["Ann Webb"]),
        # no speaker rather than a guess: the sentence goes on past the verb
        (
            f"The hearing opened late.\n\n{QUOTE} Tom Reyes started the engine of the"
            " bus that waited outside the hall.",
            [None],
        ),
        # nor after a quotation closing on a full stop
        (f"The hearing opened late.\n\n{WORDS} Tom Reyes started.", [None]),
    ],
)
def test_any_past_verb_after_comma(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second verb coordinated after an adverb of time: `but now said`
        (
            "Tom Reyes used to back the road, but now said the mayor had “the chance and the"
            " means to mend the valley’s old quarrels at last.”",
            ["Tom Reyes"],
        ),
        # no speaker rather than a guess: the coordinated clause has a subject of its own
        (
            "Tom Reyes used to back the road, but now the notice said the mayor had “the"
            " chance and the means to mend the valley’s old quarrels at last.”",
            [None],
        ),
    ],
)
def test_coordinated_verb(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

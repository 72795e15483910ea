"""Who an inverted attribution names, in the forms of American wire copy: a name after a
capitalised modifier and role words is the speaker (`said Democratic pollster Stan
Greenberg`, `said Clinton ally James Carville`), a person "of" a place or a body is the
person (`said Patricia Moran of Cheyenne`), and the name after an inverted verb wins over a
name at the end of the words the quotation ran into (`"…" that Sanders can catch Clinton,
said Steve Elmendorf`)."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

INTRO = "Report\n\nHillary Clinton, Ted Cruz and Bernie Sanders spoke on Monday.\n\n"
WORDS = "“Education, at this point, is the primary driver among voters in this state,”"

CASES = [
    (f"{WORDS} said Marquette pollster Charles Franklin.", "Charles Franklin"),
    (f"{WORDS} said Marquette Law School pollster Charles Franklin.", "Charles Franklin"),
    (f"{WORDS} said Pentagon spokesman Navy Capt. Jeff Davis.", "Jeff Davis"),
    (f"{WORDS} said Democratic pollster Stan Greenberg.", "Stan Greenberg"),
    (f"{WORDS} said ACLU executive Director Anthony Romero in a statement.", "Anthony Romero"),
    (f"{WORDS} said Air Force 1st Lt. Tyler Livingston.", "Tyler Livingston"),
    (f"{WORDS} said Clinton ally James Carville.", "James Carville"),
    (f"{WORDS} said Cruz constituent Dan Golvach when asked about it.", "Dan Golvach"),
    (f"{WORDS} said Patricia Moran of Cheyenne.", "Patricia Moran"),
    (
        f"{WORDS} Jeffrey Lewis of the James Martin Center for Nonproliferation Studies said.",
        "Jeffrey Lewis",
    ),
    (
        "“He can assert it, but it seems extremely unlikely” that Sanders can catch Clinton,"
        " said Steve Elmendorf, a strategist.",
        "Steve Elmendorf",
    ),
    # what stays
    (f"{WORDS} said Hillary Clinton in a statement.", "Hillary Clinton"),
    (f"{WORDS} said Clinton, who spoke in Ohio.", "Hillary Clinton"),
    (
        "Clinton accused Cruz of “twisting my words around to suggest that I do not care.”",
        "Hillary Clinton",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_inverted_subject(text: str, speaker: str) -> None:
    quotes = find_quotes(INTRO + text)
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].speaker_sure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"{WORDS} said Monmouth University political scientist Patrick Murray of Clinton.",
            "Patrick Murray",
        ),
        (
            "“If there had not been that intervention” by the United States, NATO and other"
            " partners, Clinton said at a town hall, “we would be looking at something worse.”",
            "Hillary Clinton",
        ),
    ],
)
def test_the_name_next_to_the_verb(text: str, speaker: str) -> None:
    quotes = find_quotes(INTRO + text)
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].speaker_sure

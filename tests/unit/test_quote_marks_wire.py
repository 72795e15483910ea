"""Double quotation marks typed as two apostrophes (wire copy: `"…,'' said Reyes`), as TeX's
``` `` ``` or closed by a single mark before the attribution (`"…,' he said.`) are read like
one double mark, the quotation's words at the same offsets; the look-alikes (feet and
inches, a doubled apostrophe, code, a quotation inside) stay as they are."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.quote_marks import pair_marks
from newsreader.analysis.typed_marks import one_char_marks

MADE_ONE = [
    pytest.param(
        "\"We love this town,'' said Ana Reyes.",
        '"We love this town,"  said Ana Reyes.',
        id="AP: straight opening, two apostrophes closing",
    ),
    pytest.param(
        "''We love this town,'' said Ana Reyes.",
        ' "We love this town,"  said Ana Reyes.',
        id="two apostrophes opening and closing",
    ),
    pytest.param(
        "Reyes said, ''We love this town.''\n\nThen she left.",
        'Reyes said,  "We love this town." \n\nThen she left.',
        id="closing at the paragraph's end",
    ),
    pytest.param(
        "“We love this town,’’ said Ana Reyes.",
        "“We love this town,”  said Ana Reyes.",
        id="curled by a program",
    ),
    pytest.param(
        "``We love this town,'' said Ana Reyes.",
        ' "We love this town,"  said Ana Reyes.',
        id="TeX opening",
    ),
    pytest.param(
        "\"He told me, 'Go home,''' said Ana Reyes.",
        "\"He told me, 'Go home,'\"  said Ana Reyes.",
        id="a quotation inside closing with it",
    ),
    pytest.param(
        "''We will build the homes.\n\n''And we will start this year,'' she said.",
        ' "We will build the homes.\n\n "And we will start this year,"  she said.',
        id="over two paragraphs",
    ),
    pytest.param(
        '"We can fix the home record,\' he said. "The road is harder."',
        '"We can fix the home record," he said. "The road is harder."',
        id="single mark closing before the attribution",
    ),
    pytest.param(
        "“We can fix the home record,’ he said. “The road is harder.”",
        "“We can fix the home record,” he said. “The road is harder.”",
        id="single curly mark closing before the attribution",
    ),
    pytest.param(
        "\"We can fix the home record,' the coach said.",
        '"We can fix the home record," the coach said.',
        id="single mark closing, nothing after",
    ),
]

UNCHANGED = [
    pytest.param("The 6'2'' guard scored twenty points.", id="feet and inches"),
    pytest.param(
        "The 5'10'' forward said \"we will win the title this year\" and left.",
        id="feet and inches before a quotation",
    ),
    pytest.param("The Joneses'' house was sold last spring.", id="apostrophe typed twice"),
    pytest.param("Set name = '' when the field is empty.", id="empty string in code"),
    pytest.param("Apples  3 lb\nPears  ''  ''", id="ditto marks"),
    pytest.param(
        "\"When they say 'get up and walk,' you have to be ready,\" he said.",
        id="a quotation inside, closed before words",
    ),
    pytest.param(
        "\"They said, 'No, he left,' she recalled, and went home.\"",
        id="a quotation inside, closed before a reporting clause",
    ),
    pytest.param("'We will build the homes,' she said.", id="quoting in single marks"),
    pytest.param(
        '"We will build the homes," she said. It is the players,\' they said.',
        id="single mark after a true close",
    ),
    pytest.param(
        '"She told us we are done,\' she said, and then she left," he added.',
        id="single mark before a true close",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MADE_ONE)
def test_two_character_and_single_closing_marks_become_one_double_mark(
    text: str, expected: str
) -> None:
    assert one_char_marks(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_look_alikes_stay(text: str) -> None:
    assert one_char_marks(text) == text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param(
            "The 6'2'' guard said \"we will win the title this year\" after the game.",
            "we will win the title this year",
            id="inches are no mark",
        ),
        pytest.param(
            "The Joneses'' house was sold. \"We had no choice at all,\" Ann Jones said.",
            "We had no choice at all,",
            id="a doubled apostrophe opens nothing",
        ),
    ],
)
def test_pairing_skips_look_alikes(text: str, quoted: str) -> None:
    assert [text[raw.parts[0][0] : raw.parts[0][1]] for raw in pair_marks(text)] == [quoted]


SPEAKERS = [
    pytest.param(
        "Maria Lopez spent ten years away.\n\n\"I have a great fondness for this old town,'' "
        'said Lopez, who grew up there. "But it is not only the town that I missed."',
        ["Maria Lopez"],
        id="AP closing, attribution after",
    ),
    pytest.param(
        "The council met on Monday.\n\n''We finally have a budget that works for everyone,'' "
        "said Tom Becker, the council leader. ''It took us far too long.''",
        ["Tom Becker"],
        id="two apostrophes both ways",
    ),
    pytest.param(
        "Officials met.\n\n“We finally have a budget that works for everyone,’’ said Tom "
        "Becker, the council leader.",
        ["Tom Becker"],
        id="curled closing",
    ),
    pytest.param(
        'Coach Dan Miller spoke after the game.\n\n"I believe we can fix the home record '
        'quickly,\' Miller said. "The road record is the harder one to fix."',
        ["Dan Miller"],
        id="single mark closing",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKERS)
def test_attribution_after_a_typed_close_is_read(text: str, speakers: list[str]) -> None:
    quotes = find_quotes(text)
    assert [quote.speaker for quote in quotes] == speakers
    for quote in quotes:
        first = quote.text.split(" … ")[0]
        assert text[quote.start : quote.start + len(first)] == first

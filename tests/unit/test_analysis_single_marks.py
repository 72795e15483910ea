"""Quotations in single marks (British, Irish and Australian news) are found like quotations
in double ones, and every other single mark, the apostrophes above all, stays as it is."""

from __future__ import annotations

import pytest

from newsreader.analysis import analyse, find_quotes
from newsreader.analysis.single_marks import as_double_marks

CONVERTED = [
    pytest.param(
        "‘We will build the homes,’ she said.", "“We will build the homes,” she said.", id="curly"
    ),
    pytest.param(
        "'We will build the homes,' she said.",
        '"We will build the homes," she said.',
        id="straight",
    ),
    pytest.param(
        "The mayor said: ‘We will build the homes.’",
        "The mayor said: “We will build the homes.”",
        id="attribution before",
    ),
    pytest.param(
        "The mayor said: 'We will build the homes.'",
        'The mayor said: "We will build the homes."',
        id="attribution before, straight",
    ),
    pytest.param(
        "‘We will build the homes’, she said.",
        "“We will build the homes”, she said.",
        id="comma outside",
    ),
    pytest.param(
        "‘We will build the homes’ she said.",
        "“We will build the homes” she said.",
        id="no punctuation, reporting clause",
    ),
    pytest.param(
        "‘We will build the homes,’ she said, ‘and we will start this year.’",
        "“We will build the homes,” she said, “and we will start this year.”",
        id="interrupted",
    ),
    pytest.param(
        "'We will build the homes,' she said, 'and we will start this year.'",
        '"We will build the homes," she said, "and we will start this year."',
        id="interrupted, straight",
    ),
    pytest.param(
        "‘He told me “we are finished” and walked out,’ she said.",
        "“He told me ‘we are finished’ and walked out,” she said.",
        id="nested",
    ),
    pytest.param(
        "'He told me \"we are finished\" and walked out,' she said.",
        "\"He told me 'we are finished' and walked out,\" she said.",
        id="nested, straight",
    ),
    pytest.param(
        "‘She said to me, “Go home.”’ he recalled.",
        "“She said to me, ‘Go home.’” he recalled.",
        id="nested at the end",
    ),
    pytest.param(
        "‘It is what they call a “managed decline” ’, she said.",
        "“It is what they call a ‘managed decline’ ”, she said.",
        id="a space between the closing marks",
    ),
    pytest.param(
        "The minister said: ’Ministers have no plan at all,’ he said.",
        "The minister said: ”Ministers have no plan at all,” he said.",
        id="opening typed the wrong way round",
    ),
    pytest.param(
        "‘We will build the homes.\n\n‘And we will start this year,’ she said.",
        "“We will build the homes.\n\n“And we will start this year,” she said.",
        id="over two paragraphs",
    ),
    pytest.param(
        "She said: 'We will build.\n\n'and we will start now.\n\n'It is time,' she added.",
        'She said: "We will build.\n\n"and we will start now.\n\n"It is time," she added.',
        id="over three paragraphs, straight",
    ),
    pytest.param(
        "‘We have lost everything to the floods’ – and the council says it cannot help.\n\n"
        "‘It is the third time in five years,’ said Mary Keane.",
        "“We have lost everything to the floods” – and the council says it cannot help.\n\n"
        "“It is the third time in five years,” said Mary Keane.",
        id="close before a dash, not a plural's apostrophe",
    ),
    pytest.param(
        "As the maker puts it, the kettle is 'simply begging to be taken apart at home'.",
        'As the maker puts it, the kettle is "simply begging to be taken apart at home".',
        id="one fragment in a text without double marks",
    ),
    pytest.param(
        "Officials call it a ‘managed retreat’ from the coast. ‘We have no choice,’ one said.",
        "Officials call it a “managed retreat” from the coast. “We have no choice,” one said.",
        id="scare quote in a single-mark article",
    ),
]

APOSTROPHES_INSIDE = [
    pytest.param(
        "‘It’s the players’ union and the Joneses’ house, not O’Brien’s,’ he said.",
        "“It’s the players’ union and the Joneses’ house, not O’Brien’s,” he said.",
        id="possessives",
    ),
    pytest.param(
        "‘I don’t remember the ’90s, but I love rock ’n’ roll,’ she said.",
        "“I don’t remember the ’90s, but I love rock ’n’ roll,” she said.",
        id="elisions",
    ),
    pytest.param(
        "‘We were just somethin’ else back then,’ she said.",
        "“We were just somethin’ else back then,” she said.",
        id="dropped g",
    ),
    pytest.param(
        "‘We watched ‘Allo ‘Allo every single week,’ she said.",
        "“We watched ‘Allo ‘Allo every single week,” she said.",
        id="elision typed as an opening",
    ),
    pytest.param(
        "'It's the players' union and the Joneses' house, not O'Brien's,' he said.",
        "\"It's the players' union and the Joneses' house, not O'Brien's,\" he said.",
        id="possessives, straight",
    ),
    pytest.param(
        "'I don't remember the '90s, but I love rock 'n' roll,' she said.",
        "\"I don't remember the '90s, but I love rock 'n' roll,\" she said.",
        id="elisions, straight",
    ),
    pytest.param(
        "'We were goin' home after the match,' she said.",
        '"We were goin\' home after the match," she said.',
        id="dropped g, straight",
    ),
    pytest.param(
        "'We beat 'em all and went home,' she said.",
        '"We beat \'em all and went home," she said.',
        id="'em, straight",
    ),
]

APOSTROPHES_OUTSIDE = [
    pytest.param("The players’ union met at the Joneses’ house.", id="possessives"),
    pytest.param("Don’t tell O’Brien it’s over for the Smiths’ shop.", id="contractions"),
    pytest.param("She loved rock ’n’ roll and the ’90s.", id="elisions"),
    pytest.param("She grew up watching ‘Allo ‘Allo on Sundays.", id="elision typed as opening"),
    pytest.param("He was somethin’ else, a neighbour recalled.", id="dropped g"),
    pytest.param("The players' union met at the Joneses' house.", id="possessives, straight"),
    pytest.param("She loved rock 'n' roll and the '90s.", id="elisions, straight"),
    pytest.param("They beat 'em all, and the dog barked.", id="'em, straight"),
]

UNCHANGED = [
    pytest.param(
        "‘Nobody is safe’: Town reels after floods\n\n"
        "“We have lost everything,” said Ann Lee, a shop owner.\n\n"
        "“The water came so fast,” she said.",
        id="single-quoted headline, double-mark quotations",
    ),
    pytest.param(
        "'Nobody is safe': Town reels after floods\n\n"
        '"We have lost everything," said Ann Lee, a shop owner.',
        id="single-quoted headline, straight",
    ),
    pytest.param(
        "Officials called it a ‘managed retreat’ and a ‘new start’.\n\n"
        "“We will not leave our homes,” said Tom Reyes.",
        id="scare quotes in single marks",
    ),
    pytest.param(
        "“He told me, ‘I will not go back,’ and then he left,” she said.",
        id="single marks nested in double",
    ),
    pytest.param(
        "\"He told me, 'I will not go back,' and then he left,\" she said.",
        id="single marks nested in double, straight",
    ),
    pytest.param("The players’ union said it’s the ’90s again.", id="apostrophes only"),
]


@pytest.mark.parametrize(("text", "expected"), CONVERTED + APOSTROPHES_INSIDE)
def test_single_quotation_marks_become_double(text: str, expected: str) -> None:
    assert as_double_marks(text) == expected


@pytest.mark.parametrize("sentence", APOSTROPHES_OUTSIDE)
def test_apostrophes_outside_quotations_stay(sentence: str) -> None:
    opening = "‘We will build the homes,’ she said.\n\n" if "’" in sentence else ""
    opening = opening or "'We will build the homes,' she said.\n\n"
    converted = as_double_marks(opening + sentence)
    assert converted[: len(opening)] != opening  # the article quotes in single marks
    assert converted[len(opening) :] == sentence


@pytest.mark.parametrize("text", UNCHANGED)
def test_text_quoting_in_double_marks_is_unchanged(text: str) -> None:
    assert as_double_marks(text) == text


def test_text_without_single_marks_is_returned_as_is() -> None:
    text = '"We will build the homes," she said.'
    assert as_double_marks(text) is text


BRITISH = (
    "Council backs housing plan\n\n"
    "Jane Porter, the council leader, said the plan had wide support.\n\n"
    "‘We have listened to residents and we will build the homes they need,’ she said. "
    "‘It will not be easy.\n\n"
    "‘But the town’s young people can’t wait another ten years,’ she added.\n\n"
    "Tom Reyes, a local builder, was less sure. 'The players' union of this trade, as I call "
    'it, says "not in my lifetime" and I agree with them,\' he said.'
)
AMERICAN = (
    BRITISH.replace("‘", "“")
    .replace("need,’", "need,”")
    .replace("years,’", "years,”")
    .replace("'The", '"The')
    .replace('"not in my lifetime"', "'not in my lifetime'")
    .replace("them,'", 'them,"')
)


def test_quotes_and_speakers_as_in_double_marks() -> None:
    quotes = find_quotes(BRITISH)
    assert [(q.speaker, q.speaker_sure) for q in quotes] == [
        ("Jane Porter", True),
        ("Tom Reyes", True),
    ]
    assert [(q.start, q.end, q.speaker) for q in quotes] == [
        (q.start, q.end, q.speaker) for q in find_quotes(AMERICAN)
    ]


def test_offsets_index_the_text_as_given() -> None:
    entities, quotes = analyse(BRITISH)
    for quote in quotes:
        assert BRITISH[quote.start : quote.end].startswith(quote.text[:20])
        assert quote.speaker_start is not None and quote.speaker_end is not None
        assert BRITISH[quote.speaker_start : quote.speaker_end] in ("she", "he")
    assert "It will not be easy. But the town’s young people" in quotes[0].text  # 2 paragraphs
    assert "'not in my lifetime'" in quotes[1].text  # nested double marks read as single
    assert {e.text for e in entities} >= {"Jane Porter", "Tom Reyes"}

"""A quotation that opens a sentence after prose in its own paragraph, with no
attribution of its own, is read like a paragraph that is only a quotation after a prose
paragraph: after one who spoke in that sentence it goes on in their voice, whoever their
own sentence names in passing (`"…," said Pike, who runs a clinic founded by Field. "…"`);
the one person the prose names, subject of the sentence before, is theirs when the words
speak of one person in the first person (`Reyes grew up on a farm. "I milked cows …"`),
else only a guess; with several people in play, no speaker. A named
attribution after it still decides."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.quotes import SURE


def _guesses(text: str) -> list[tuple[str | None, bool]]:
    return [(quote.speaker, quote.speaker_confidence >= SURE) for quote in find_quotes(text)]


SPOKE = [
    pytest.param(
        '"The money in this field is hard to follow," said Nora Pike, a former nurse who now '
        "runs a clinic in the north of the city, a small charity in Leeds, England, that was "
        'founded by Omar Field. "Everyone knows that the beds are full."',
        [("Nora Pike", True), ("Nora Pike", True)],
        id="named-in-passing-in-the-speakers-own-sentence",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKE)
def test_the_words_go_on_after_the_speakers_own_sentence(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert _guesses(text) == expected


GUESSED = [
    pytest.param(
        "Nora Pike ran the clinic for ten years and is leaving it now. "
        '"I am grateful for every nurse who stayed."',
        [("Nora Pike", True)],
        id="subject-of-the-sentence-before",
    ),
    pytest.param(
        "The storm passed. Omar Field grew up on a farm near the river. "
        "“I milked the cows before school every morning.”",
        [("Omar Field", True)],
        id="first-person-words-of-the-one-person-named",
    ),
    pytest.param(
        "Omar Field grew up on a farm near the river. "
        "“We milked the cows before school every morning.”",
        [("Omar Field", False)],
        id="we-may-be-a-family-or-a-team",
    ),
    pytest.param(
        "Omar Field was arrested on a farm near the river. "
        "“I milked the cows before school every morning.”",
        [("Omar Field", False)],
        id="passive-subject",
    ),
    pytest.param(
        "Omar Field grew up on a farm near the river with Tom Reyes. "
        "“I milked the cows before school every morning.”",
        [("Omar Field", False)],
        id="someone-else-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUESSED)
def test_the_one_the_sentence_is_about_is_a_guess(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert _guesses(text) == expected


KEPT = [
    pytest.param(
        "Nora Pike ran the clinic for ten years and is leaving it now. "
        '"I am grateful for every nurse who stayed," said Omar Field.',
        [("Omar Field", True)],
        id="own-attribution-after",
    ),
    pytest.param(
        "The board met on Tuesday and the meeting ran late into the night. "
        '"We are grateful for every nurse who stayed."',
        [(None, False)],
        id="nobody-named",
    ),
    pytest.param(
        "Omar Field won the seat. Nora Pike gave a long talk in the hall that night. "
        '"I am grateful for every nurse who stayed."',
        [(None, False)],
        id="two-people-in-play-no-guess",
    ),
    pytest.param(
        '"The money in this field is hard to follow," said Nora Pike, a former nurse who now '
        "runs a clinic in the north of the city, a small charity in Leeds, England. Omar Field "
        'founded it ten years ago. "Everyone knows that the beds are full."',
        [("Nora Pike", True), (None, False)],
        id="someone-new-in-a-sentence-of-their-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_no_one_is_made_up(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert _guesses(text) == expected

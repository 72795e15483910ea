"""An unnamed source described with a name in the words (`said one Trump confidant`, `said
another Clinton aide`) is that description, never the person named inside it; `one said`,
`one of them said` keep their meaning in a conversation."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

INTRO = "Report\n\nDonald Trump, Bernie Sanders and Hillary Clinton spoke on Monday.\n\n"
WORDS = "“We will win this state and we will win this election,”"

CASES = [
    (f"{WORDS} said one Trump confidant.", "one Trump confidant"),
    (f"{WORDS} said one Sanders supporter.", "one Sanders supporter"),
    (
        f"{WORDS} said one Democrat familiar with the discussion.",
        "one Democrat familiar with the discussion",
    ),
    (f"{WORDS} said another Clinton aide.", "another Clinton aide"),
    (f"{WORDS} said one.", "one"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_description_is_the_speaker(text: str, speaker: str) -> None:
    quotes = find_quotes(INTRO + text)
    assert [q.speaker for q in quotes] == [speaker]


def test_one_of_them_stays_unsure() -> None:
    (quote,) = find_quotes(INTRO + f"{WORDS} said one of the senators.")
    assert quote.speaker == "one of the senators"
    assert not quote.speaker_sure

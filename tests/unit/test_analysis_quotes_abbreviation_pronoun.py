"""A sentence that ends in an abbreviation (`in the U.S.`) and a pronoun opening the next one
(`He says …`) are no name together: the pronoun is the subject of its own sentence. A
pronoun-like word inside a name with no full stop before it (`Liu He`) still is a name."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

CASES = [
    (
        "Chris Cox says the president is trying to distract from attacks in the U.S. He says"
        " Americans need no more “emotional, condescending lectures that are devoid of facts.”",
        "Chris Cox",
    ),
    ("“It was a long and difficult year for everyone,” Vice Premier Liu He said.", "Liu He"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_no_name_across_an_abbreviation_and_a_pronoun(text: str, speaker: str) -> None:
    (quote,) = find_quotes("Report\n\n" + text)
    assert quote.speaker == speaker
    assert quote.speaker_sure


def test_no_speaker_made_of_an_abbreviation_and_a_pronoun() -> None:
    text = "The troops came back to the U.S. She said it was “a long and difficult year for all.”"
    (quote,) = find_quotes("Report\n\n" + text)
    assert quote.speaker is None or "U.S." not in quote.speaker

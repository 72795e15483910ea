"""A pronoun speaker ("…," he said) after an age epithet that re-describes the one who just
spoke (`"…," said Rick Varga.` ¶ `The 59-year-old mortgage lender said his staff …` ¶
`"…," he said`): an age, with or without a role, introduces nobody new, unless the
speaker's own words spoke of a "he"/"she" the epithet may describe (`"He deserves it,"
Evans said.` ¶ `The 23-year-old smiled.`): no guess then."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    (
        "“The lights came back and everyone cheered,” said Karl Varga. “Then it all went "
        "dark again.”\n\n"
        "The 59-year-old mortgage lender said his staff had worked by flashlight for days."
        "\n\n“Everyone is really worn out and angry,” he said.",
        "Karl Varga",
        True,
    ),
    (
        "Actor Karl Varga is answering critics online.\n\n"
        "“Wait until you hear my side of it,” Varga wrote on Monday.\n\n"
        "The 72-year-old actor was dropped by the network after the incident, but he "
        "remains host of the late show.\n\n"
        "He wrote, “I was not fired from the show, so be sure to watch.”",
        "Karl Varga",
        True,
    ),
    # guard: the speaker's words were about another man the epithet may describe
    (
        "“He deserves every minute on the pitch,” said coach Karl Varga.\n\n"
        "The 23-year-old striker smiled when told of the praise.\n\n"
        "“I just want to keep scoring for this club,” he said.",
        None,
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_pronoun_speaker(text: str, speaker: str | None, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert (quote.speaker_confidence >= SPEAKER_SURE) == sure
    if sure:
        assert quote.speaker == speaker

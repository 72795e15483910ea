"""A pronoun speaker ("…," he said) after sentences whose subject is the same person as a
pronoun (`Varga told me. He's worked on games like Starfall and led the work for New
Harbor.` ¶ `"…," he said`): a contraction (`He's`, `She'd`) opens such a sentence too, and a
name after a preposition of purpose, place or time (`for New Harbor`, `at Dalby Hall`) in
it, or before a colon that runs on into the quotation (`… Silver's victory: "…," he wrote`),
is what the subject acted on, not a second person in play, even with a sentence about the
subject's own between (`His most vivid memory came …`). Guard rows keep one handed
the floor (`turned to`, `sat down with`) and a new subject in play: no guess."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    (
        "“I was not planning to start a studio again,” Karl Varga told me. He's a "
        "longtime veteran of the industry. He's worked on games like Starfall and led "
        "the work for Peter Lindqvist.\n\n"
        "“I was going to call it quits and go back to a big studio,” he said.",
        "Karl Varga",
        True,
    ),
    (
        "Karl Varga burst into the count on Sunday.\n\n"
        "Varga campaigned all year for Peter Lindqvist in the north.\n\n"
        "“You are telling lies to the whole country,” he shouted.",
        "Karl Varga",
        True,
    ),
    # the subject's sentence runs on through a colon into the quotation
    (
        "Columnist Karl Varga had long doubted the pollsters.\n\n"
        "Varga attempted to sum up Peter Lindqvist's triumph: “There is a good chance that "
        "tonight caps the best week of his life,” he wrote before the returns came in.",
        "Karl Varga",
        True,
    ),
    # a sentence about the subject's own keeps them in focus
    (
        "Karl Varga has tried to explain the rivalry to Peter Lindqvist and the other "
        "newcomers. His most vivid memory came last season, when a fan spat at him.\n\n"
        "“We try to tell them that it is no joke,” he said.",
        "Karl Varga",
        True,
    ),
    # guard: one the subject turned to may answer
    (
        "Challenger Karl Varga burst into the count on Sunday.\n\n"
        "Varga turned to chairman Peter Lindqvist.\n\n"
        "“You are telling lies to the whole country,” he shouted.",
        None,
        False,
    ),
    # guard: a new subject opens the next sentence
    (
        "“I was not planning to start a studio again,” Karl Varga told me. He's a "
        "longtime veteran of the industry. Peter Lindqvist worked for him at Starfall.\n\n"
        "“I was going to call it quits and go back to a big studio,” he said.",
        "Peter Lindqvist",
        True,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_pronoun_speaker(text: str, speaker: str | None, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert (quote.speaker_confidence >= SPEAKER_SURE) == sure
    if sure:
        assert quote.speaker == speaker

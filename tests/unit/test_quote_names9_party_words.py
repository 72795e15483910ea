"""A bare party or nationality word standing for someone ("this Republican said", "The
Tory leader … He declared") describes the speaker and is nobody's name: never a sure one."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_CASES = [
    (
        "But an aide to one prominent Republican governor said the trouble ran deeper. "
        "“They ran a very small campaign against a very small opponent,” this Republican "
        "said.",
        "Republican",
    ),
    (
        "The Tory leader countered that such deals had been struck twice. He declared: "
        "“He is the prime minister of broken promises and empty dinners.”",
        "Tory",
    ),
    (
        "A senior Democrat on the panel disagreed. “The bill will not pass this year,” "
        "that Democrat said.",
        "Democrat",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), _CASES)
def test_party_word_is_no_sure_speaker(text: str, wrong: str) -> None:
    quote = find_quotes(text)[0]
    assert not (quote.speaker_sure and quote.speaker == wrong)


_GUARDS = [
    # bare, the word may be a body's short name
    ("“We will cut fares on every route,” American said in a statement.", "American"),
    # a person described by a party word keeps their name
    (
        "“The bill will not pass this year,” said Ohio Republican Dana Whitcombe.",
        "Dana Whitcombe",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _GUARDS)
def test_near_shapes_keep_their_speaker(text: str, speaker: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker == speaker
    assert quote.speaker_sure

"""A speaker is a person, a body or a description: never a place written where it locates
or qualifies something."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

_CASES = [
    # a dateline place, located by the country after it
    (
        "TIRANA, Albania - The rebel leader Arben Kola vowed in a new recording to keep "
        "fighting, threatening “fire for fire, ruin for ruin.”",
        "Tirana",
    ),
    # a place located by another, in an apposition of the person before
    (
        "“The chicks are highly vulnerable to infection,” Mara Lindqvist of the University "
        "of Otago in Dunedin, New Zealand, said to reporters. “Boots carry pathogens.”",
        "Dunedin",
    ),
    # a club (a body) qualifying a role noun, the player named before
    (
        "Captain Tom Ashby says nothing is wrong with the squad. “There is no lack of "
        "belief in this team,” said the Harlequins full-back.",
        "Harlequins",
    ),
    # a place qualifying a role noun
    (
        "“We have trained well all week and we are ready for the match,” said the Leeds full-back.",
        "Leeds",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), _CASES)
def test_place_is_no_sure_speaker(text: str, wrong: str) -> None:
    quote = find_quotes(text)[0]
    assert not (quote.speaker_sure and quote.speaker == wrong)


_GUARDS = [
    # a country or a capital speaking for its government stays the speaker
    ("“We will not pay the fine,” Australia said in a statement.", "Australia"),
    ("“We will not pay the fine,” Washington said on Monday.", "Washington"),
    # a place inside a description keeps the description
    (
        "“It was a shock to all of us,” said the London resident, who lives nearby.",
        "the London resident",
    ),
    # a body followed by an adverb still speaks
    (
        "Harlequins Rugby Club fined two players. “We will not tolerate this,” the "
        "Harlequins also said in a statement.",
        "Harlequins Rugby Club",
    ),
    # a named person after a place stays the speaker
    (
        "“We are ready for the match,” said Leeds full-back Tom Ashby on Friday.",
        "Tom Ashby",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _GUARDS)
def test_near_shapes_keep_their_speaker(text: str, speaker: str) -> None:
    quote = find_quotes(text)[0]
    assert quote.speaker == speaker
    assert quote.speaker_sure

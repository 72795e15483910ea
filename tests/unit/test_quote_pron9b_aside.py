"""Pronoun speakers ("…," he said) standing for an indefinite description (`one angler`):
a relative clause set off by commas (`one angler, who did not want to give his name, said`)
is an aside about the one described, so "one angler" names them and the pronoun is sure. A
description carried on without commas (`A picker who has worked there since 2021`) or by an
apposition (`Another worker, a man who loads trucks`) is not said in full by its first
words: unsure, as before."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    (
        "A spokesperson for the agency said it was investigating the spill.\n\n"
        "Downstream at the weir, one angler, who did not want to give his name, said fish "
        "numbers had fallen sharply.\n\n"
        "“Ten years ago you would have had grayling all along this stretch,” he said.",
        "one angler",
        True,
    ),
    (
        "The council approved the flats on Tuesday night.\n\n"
        "One neighbour, who has lived on Mill Lane since the 1980s, said she had drunk in "
        "the pub for most of her adult life.\n\n"
        "“It was the heart of this corner of the town,” she said.",
        "One neighbour",
        True,
    ),
    # guard: a relative clause without commas is part of the description
    (
        "The warehouse employs 900 people.\n\n"
        "A picker who has worked at the site since 2021 said she was hurt in her first "
        "week.\n\n"
        "“They gave me ice and two Advil and a light-duty sticker,” she said.",
        "A picker",
        False,
    ),
    # guard: an apposition describes the one meant further
    (
        "The warehouse employs 900 people.\n\n"
        "Another worker, a man who loads trucks on the night shift, said the injuries were "
        "common.\n\n"
        "“They write it down as nothing anyway, every single time,” he said.",
        "Another worker",
        False,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_an_aside_keeps_the_description_whole(text: str, speaker: str, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure

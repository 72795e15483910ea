"""A reporting "he"/"she" whose antecedent was named paragraphs back, with no given name to
agree, is sure when nobody else it could stand for is named or in focus within a pronoun's
reach: the one person the text is about survives alone. Anyone else in reach keeps it a
guess."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import sure_speakers

CASES = [
    # (text, the speaker shown for the last quote: the name when sure, else None)
    (
        "The site has grown fast since its launch in March.\n\n"
        "“We have twelve thousand members already,” Okonkwo Adaeze told reporters.\n\n"
        "Members post reviews, photographs and lists.\n\n"
        "“For instance, one trailer drew thirteen thousand posts over a single weekend,” "
        "Adaeze said.\n\n“We will soon make the site available on phones as well.\n\n"
        "“We will also add eight regional languages to the site,” he added.",
        "Okonkwo Adaeze",
    ),
    (
        "The weather agency has answered the question at last.\n\n"
        "Meteorologist Kim Ostrander attempts to put the task into perspective.\n\n"
        "First up: the shockwave does nothing to the storm.\n\n"
        "“Such a blast does not raise the pressure after the shock has passed,” he writes.",
        "Kim Ostrander",
    ),
    # the winner is the only person the text names
    (
        "Zorvan Oquist won the race in record time.\n\n"
        "Organisers had moved the start to avoid the heat.\n\n"
        "“The clock knows what I ran, and so do the others,” he said.",
        "Zorvan Oquist",
    ),
    # no guess: someone else in reach might be meant
    (
        "The weather agency has answered the question at last.\n\n"
        "Meteorologist Kim Ostrander attempts to put the task into perspective.\n\n"
        "Her colleague Sasha Brennan disagrees with the sums.\n\n"
        "First up: the shockwave does nothing to the storm.\n\n"
        "“Such a blast does not raise the pressure after the shock has passed,” he writes.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_one_candidate_in_reach(text: str, expected: str | None) -> None:
    assert sure_speakers(text)[-1] == expected

"""A quotation after prose that names one person and tells that they spoke, without a
reporting clause of its own (`Reyes was asked about it and agreed.`, `Reyes pours cold water
on the idea by pointing out that …`, `Reyes has spoken out against …`), goes on with that
person: the prose says they talked, so the words are theirs, not a guess. Prose that does
not tell they spoke stays a guess, and so does a verb of speaking in another clause, which
may have a subject of its own, or a passive `was told` (someone else spoke)."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

WORDS = "“There is no way to tell in advance which of the storms will grow.”"
FIRST = "“I think that one mistake taught me more than the whole season did.”"

CASES = [
    # (text, speaker shown as sure, or None for no sure speaker)
    (
        f"The coach praised the team.\n\nMarta Quell was asked about it and agreed.\n\n{FIRST}",
        "Marta Quell",
    ),
    (
        f"Storms form every week.\n\nDirk Alvane pours cold water on that idea, by pointing out "
        f"that most storms fade.\n\n{WORDS}",
        "Dirk Alvane",
    ),
    (
        f"The photograph was widely shared.\n\nNora Pelt, who posed for it last year, has now "
        f"spoken out about the cover.\n\n{FIRST}",
        "Nora Pelt",
    ),
    (
        f"The firm makes phones.\n\nIts director Tomas Brandt says the firm is the only one "
        f"to do this.\n\n{WORDS}",
        "Tomas Brandt",
    ),
    (
        f"The firm makes phones.\n\nTomas Brandt talked to reporters after the launch.\n\n{WORDS}",
        "Tomas Brandt",
    ),
    # an opening clause that asks the main clause's subject: they answer
    (
        f"The fans booed.\n\nWhen asked about it Friday, Marta Quell smiled and shrugged it "
        f"off.\n\n{WORDS}",
        "Marta Quell",
    ),
    (
        f"The fans booed.\n\nAsked whether the booing hurt, Tomas Brandt shook his head.\n\n{WORDS}",
        "Tomas Brandt",
    ),
    # guards: no verb of speaking in the prose: a guess, no sure speaker
    (
        f"The coach praised the team.\n\nMarta Quell smiled and walked off the court.\n\n{WORDS}",
        None,
    ),
    # the verb of speaking belongs to another clause, with its own subject
    (
        f"The coach praised the team.\n\nMarta Quell sat down while the crowd talked about the "
        f"foul.\n\n{WORDS}",
        None,
    ),
    # someone else was asked, in a clause of its own with its subject
    (
        f"The fans booed.\n\nWhen the coach was asked about it, Marta Quell walked off.\n\n{WORDS}",
        None,
    ),
    # passive `was told`: someone else spoke to them
    (f"The coach praised the team.\n\nMarta Quell was told about the foul later.\n\n{WORDS}", None),
    # someone new named after the one who talked: no guess
    (
        f"The coach praised the team.\n\nMarta Quell talked to reporters. Ivo Stenk arrived "
        f"late.\n\n{WORDS}",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_prose_telling_someone_spoke_gives_a_sure_speaker(text: str, speaker: str | None) -> None:
    quote = find_quotes(text)[-1]
    if speaker is None:
        assert quote.speaker is None or quote.speaker_confidence < SPEAKER_SURE
    else:
        assert quote.speaker == speaker
        assert quote.speaker_confidence >= SPEAKER_SURE

"""A pronoun speaker ("…," he said) is never the person the quotation's own words name, by
family name or by given name (`"Lukas did it himself," he said`): people do not name
themselves in their words. The one named there is skipped; whoever is found further back
is a guess, and when the only person of that sex is the one named, nobody is."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE

CASES = [
    # (text, speaker of the last quote, sure)
    # the chief executive is talked about by his given name: not him (the worker who
    # spoke before, a guess)
    (
        "Lukas Brandauer, the chief executive, wrote a memo to staff.\n\n"
        "Another worker said the company had handled the news with care. “Lukas did it "
        "himself, on camera, and answered every question,” he said.",
        "Another worker",
        False,
    ),
    # the only man in the story is the one talked about: nobody
    (
        "Lukas Brandauer, the chief executive, wrote a memo to staff.\n\n"
        "The staff took the news calmly. “Lukas did it himself, on camera, and answered "
        "every question,” he said.",
        None,
        False,
    ),
    # by his family name, in the words before the reporting clause
    (
        "Tessa Vane thanked Omar Haddad, who built the stage.\n\n"
        "“Haddad worked through the night for this,” she said.",
        "Tessa Vane",
        True,
    ),
    # guard: words that name nobody: the one in focus speaks
    (
        "Lukas Brandauer, the chief executive, wrote a memo to staff.\n\n"
        "“I did it myself, on camera, and answered every question,” he said.",
        "Lukas Brandauer",
        True,
    ),
    # guard: another man named in the words: the subject in focus still speaks
    (
        "Lukas Brandauer resigned on Monday. Tom Hale, the chairman, met the staff.\n\n"
        "“Lukas did it with care, and we thank him,” he said.",
        "Tom Hale",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), CASES)
def test_no_one_names_themselves_in_their_words(
    text: str, speaker: str | None, sure: bool | None
) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    if sure is not None:
        assert (quote.speaker_confidence >= SPEAKER_SURE) is sure

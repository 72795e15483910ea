"""What the reporting-clause tests share: the made-up quotation they attribute (closing on a
comma, or a whole sentence) and the speakers a reader is shown for a text."""

from __future__ import annotations

from newsreader.analysis import find_quotes

QUOTE = "“We cannot keep paying for a road nobody in the valley will ever use,”"
WORDS = "“We cannot keep paying for a road nobody in the valley will ever use.”"


def sure_speakers(text: str) -> list[str | None]:
    """The speaker shown for each key quote: the name when sure, else None."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]

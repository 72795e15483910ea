"""Text handed straight to the analysis with Windows line ends or no-break spaces gives the
same quotes, speakers and entities as the same text with plain ones, at offsets into the
text as given."""

from __future__ import annotations

import pytest

from newsreader.analysis import analyse, find_entities, find_quotes
from newsreader.analysis.plain import same_offsets

STORY = (
    "Council plan\n\n"
    "Jane Porter, the council leader, said the plan had support.\n\n"
    '"We have listened to residents and we will build the homes they need," she said.\n\n'
    '"It is a good day for the town and for everyone who lives here," said Tom Reyes, '
    "a local builder."
)

VARIANTS = [
    pytest.param(STORY.replace("\n", "\r\n"), id="windows line ends"),
    pytest.param(STORY.replace("\n", "\r"), id="old Mac line ends"),
    pytest.param(STORY.replace(" said", "\u00a0said").replace("Tom ", "Tom\u00a0"), id="no-break"),
    pytest.param(STORY.replace(", said Tom", ", said\u202fTom"), id="narrow no-break"),
]


@pytest.mark.parametrize("text", VARIANTS)
def test_quotes_and_speakers_as_with_plain_white_space(text: str) -> None:
    plain = [(q.speaker, q.speaker_sure) for q in find_quotes(STORY)]
    assert plain == [("Jane Porter", True), ("Tom Reyes", True)]
    assert [(q.speaker, q.speaker_sure) for q in find_quotes(text)] == plain


@pytest.mark.parametrize("text", VARIANTS)
def test_offsets_index_the_text_as_given(text: str) -> None:
    entities, quotes = analyse(text)
    assert {e.key for e in entities} == {e.key for e in find_entities(STORY)}
    for entity in entities:
        assert same_offsets(text[entity.start : entity.end]) == entity.text
    for quote in quotes:
        assert quote.speaker_start is not None and quote.speaker_end is not None
        assert text[quote.start : quote.end].startswith(quote.text[:20].strip())


def test_same_offsets_keeps_the_length() -> None:
    text = "a\r\nb\rc\u00a0d\u2028e"
    assert same_offsets(text) == "a \nb\nc d\ne"
    assert len(same_offsets(text)) == len(text)
    assert same_offsets(STORY) is STORY

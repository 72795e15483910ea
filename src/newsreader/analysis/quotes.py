"""Key direct quotations and who said them.

The steps live in small modules: `quote_marks` pairs the marks into quotations,
`attribution` finds the reporting clause tied to each one and its subject, and `speakers`
turns that subject into a name with a confidence. This module puts them together, merges a
quotation interrupted by its own attribution (`"…," she said. "…"`), and carries a speaker
into a paragraph that is nothing but a quotation when nobody new was introduced in between.
"""

from __future__ import annotations

import re

from newsreader.analysis.attribution import ANY_VERB, MERGE_GAP, PRONOUN, Sentences, attribute
from newsreader.analysis.quote_marks import (
    MARKS,
    RawQuote,
    is_citation_or_code,
    is_key,
    join_parts,
    pair_marks,
)
from newsreader.analysis.speakers import SURE, Resolver
from newsreader.models import Entity, Quote

__all__ = ["SURE", "find_quotes"]

_CARRY_CONFIDENCE = 0.75
"""A quotation-only paragraph right after a speaker's quote is very likely theirs."""
_SPAN_CONFIDENCE = 0.8
"""The one person named between a quotation and the reporting verb after it."""
_SUBJECT_CONFIDENCE = 0.5
"""Only the subject of the paragraph before, not someone who spoke: a guess."""
_MENTION_MAX_WORDS = 8
_DIALOGUE_MIN_QUOTES = 20
_DIALOGUE_GUESS = 0.45
"""In a conversation told by turns, anything but an explicit attribution is a guess."""
_PROSE = re.compile(r"[^\s\"“”«»„.,;:!?—–-]")


def _merge(text: str, raws: list[RawQuote]) -> list[RawQuote]:
    """Join a quotation interrupted by its attribution (`"…," he said, "…"`) into one."""
    merged: list[RawQuote] = []
    for raw in raws:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.paragraph == raw.paragraph
            and previous.attribution_end is not None
            and MERGE_GAP.fullmatch(text, previous.attribution_end, raw.open_at)
            and (
                raw.speaker_text is None
                or re.fullmatch(PRONOUN, raw.speaker_text)
                or (raw.speaker_start or 0) < previous.attribution_end
            )
        ):
            previous.parts.extend(raw.parts)
            previous.attribution_end = raw.attribution_end
            previous.last_paragraph = raw.last_paragraph
            continue
        merged.append(raw)
    return merged


def _quote_only(text: str, raw: RawQuote, previous_close: int) -> bool:
    """Whether nothing but quotations and punctuation surrounds `raw` in its paragraph."""
    start = text.rfind("\n", 0, raw.open_at) + 1
    end = text.find("\n", raw.close_at)
    end = len(text) if end < 0 else end
    before = text[max(start, previous_close + 1) : raw.open_at]
    return not _PROSE.search(before) and not _PROSE.search(text, raw.close_at + 1, end)


def _mention(text: str, raw: RawQuote, quote_text: str) -> bool:
    """A short quotation with no attribution in a paragraph where nobody speaks: a phrase
    mentioned ("land of the long white cloud", "should I buy this?"), not speech."""
    if raw.speaker_text is not None or raw.span is not None:
        return False
    if len(quote_text.split()) >= _MENTION_MAX_WORDS or quote_text.rstrip()[-1:] in ".!":
        return False
    start = text.rfind("\n", 0, raw.open_at) + 1
    end = text.find("\n", raw.close_at)
    return ANY_VERB.search(text, start, len(text) if end < 0 else end) is None


def _is_dialogue(text: str, raws: list[RawQuote]) -> bool:
    """Whether the text is a conversation told by turns (fiction, transcripts): most
    paragraphs hold a quotation and many quotations carry no attribution at all."""
    keys = [raw for raw in raws if is_key(join_parts(text, raw.parts))]
    if len(keys) < _DIALOGUE_MIN_QUOTES:
        return False
    paragraphs = sum(1 for line in text.split("\n") if line.strip())
    quoted = len({raw.paragraph for raw in keys})
    bare = sum(1 for raw in keys if raw.speaker_text is None and raw.span is None)
    return quoted >= 0.55 * paragraphs and bare >= 0.3 * len(keys)


def _explicit(raw: RawQuote) -> bool:
    """Attributed in its own sentence by a name or description (not a pronoun)."""
    return (
        raw.how in ("after", "before", "late", "according")
        and raw.speaker_text is not None
        and not re.fullmatch(PRONOUN, raw.speaker_text)
    )


def _only_captions(text: str, previous_close: int, open_at: int) -> bool:
    """Whether only captions or headings (short lines that end no sentence) stand between
    the paragraph closing at `previous_close` and the one opening at `open_at`."""
    start = text.find("\n", previous_close)
    end = text.rfind("\n", 0, open_at)
    if start < 0 or end < start:
        return False
    for line in text[start:end].split("\n"):
        line = line.strip()
        if line and (len(line) > 120 or line[-1] in '.!?"”:'):
            return False
    return True


def _previous_paragraph_start(text: str, position: int) -> int:
    """Start of the non-empty line before the one holding `position`."""
    line_start = text.rfind("\n", 0, position) + 1
    end = line_start - 1
    while end > 0 and text[end - 1] in "\n \t":
        end -= 1
    return text.rfind("\n", 0, end) + 1 if end > 0 else 0


def _someone_new(
    entities: list[Entity], sentences: Sentences, start: int, end: int, known: str
) -> bool:
    """Whether a person other than `known` is mentioned outside quotations in [start, end)."""
    known_tokens = set(known.split())
    for entity in entities:
        if entity.start >= end:
            break
        if entity.start < start or entity.kind != "person" or sentences.inside(entity.start):
            continue
        key = entity.key or entity.text
        if key != known and not set(key.split()) <= known_tokens:
            return True
    return False


def find_quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    """Find key direct quotations and attribute each to a speaker.

    Args:
        text: Plain article text; offsets in the result index this string.
        entities: `find_entities(text)` if already computed; found here otherwise, to turn
            a surname or a title into the speaker's full name.

    Returns:
        Quotes of at least four words in text order. A quote interrupted by its own
        attribution (`"…," said the official. "…," he added.`) is one Quote whose text
        joins the parts with " … ". `speaker_confidence` below `SURE` marks a guess.
    """
    if not text or not MARKS.search(text):
        return []
    if entities is None:
        from newsreader.analysis.entities import find_entities

        entities = find_entities(text)
    raws = pair_marks(text)
    sentences = Sentences(text, raws)
    attribute(text, raws, sentences)
    merged = _merge(text, raws)
    resolver = Resolver(text, entities, sentences)
    dialogue = _is_dialogue(text, merged)
    quotes: list[Quote] = []
    last: tuple[str | None, float, int | None, int | None] = (None, 0.0, None, None)
    last_paragraph, last_close = -3, -1
    for raw in merged:
        spanned = None
        if raw.span is not None and (raw.speaker_text is None or raw.how == "previous"):
            spanned = resolver.span_person(raw)
        speaker: str | None
        start: int | None
        end: int | None
        if spanned is not None and raw.span is not None:
            speaker, confidence, (start, end) = spanned, _SPAN_CONFIDENCE, raw.span
            last = (speaker, confidence, start, end)
        elif raw.speaker_text is not None:
            speaker, confidence = resolver.resolve(raw)
            start, end = raw.speaker_start, raw.speaker_end
            if speaker is None and raw.span is not None:
                speaker = resolver.span_person(raw)
                confidence, (start, end) = _SPAN_CONFIDENCE, raw.span
            last = (speaker, confidence, start, end)
        else:
            speaker, confidence, start, end = None, 0.0, None, None
            carried, carried_confidence, carried_start, carried_end = last
            same = raw.paragraph == last_paragraph
            next_to = raw.paragraph - last_paragraph == 1 or (
                last_close >= 0 and _only_captions(text, last_close, raw.open_at)
            )
            if (
                carried is not None
                and (same or next_to)
                and (same or _quote_only(text, raw, last_close))
                and not _someone_new(entities, sentences, last_close, raw.open_at, carried)
            ):
                speaker, start, end = carried, carried_start, carried_end
                confidence = min(carried_confidence, _CARRY_CONFIDENCE)
            elif _quote_only(text, raw, -1):
                # The paragraph before may have introduced the speaker in prose: `Smith
                # said the town had changed.` ¶ `"It's not home any more."`
                since = _previous_paragraph_start(text, raw.open_at)
                event = resolver.recent(raw.open_at, since)
                if event is not None and not _someone_new(
                    entities, sentences, event.position, raw.open_at, event.name
                ):
                    speaker, start, end = event.name, None, None
                    confidence = _CARRY_CONFIDENCE if event.spoke else _SUBJECT_CONFIDENCE
        if dialogue and speaker is not None and not _explicit(raw):
            # Turn-taking: a reply is someone else's, a pronoun could be either speaker.
            confidence = min(confidence, _DIALOGUE_GUESS)
        last_paragraph, last_close = raw.last_paragraph, raw.close_at
        quote_text = join_parts(text, raw.parts)
        if not is_key(quote_text):
            continue
        if raw.speaker_text is None and is_citation_or_code(text, raw):
            continue  # a cited title or a string in code, not somebody's words
        if speaker is None and not dialogue and _mention(text, raw, quote_text):
            continue  # a term or a title quoted in passing: nobody is said to speak
        first, stop = raw.parts[0][0], raw.parts[-1][1]
        while first < stop and text[first].isspace():
            first += 1
        while stop > first and (text[stop - 1].isspace() or text[stop - 1] == ","):
            stop -= 1  # the span ends where the quote's text does: no attribution comma
        quotes.append(
            Quote(
                first,
                stop,
                quote_text,
                speaker,
                start,
                end,
                round(confidence, 2) if speaker else 0.0,
            )
        )
    return quotes

"""Key direct quotations and who said them.

Quote marks are paired per paragraph with a small state machine over the marks only (a
regex finds them, so prose is never walked character by character). A paragraph that
opens a quote without closing it continues in the next paragraph when that one opens with
a quote mark, as newspapers do for long quotes. Speakers come from the words around the
quote (`"…," X said`, `"…," said X`, `X said: "…"`, `according to X`) and are resolved
to the best name: a pronoun to the previous speaker, "the official" to the fullest earlier
description with the same head ("a senior State Department official"), a surname to the
entity's full name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsreader.analysis import lexicon
from newsreader.models import Entity, Quote

MIN_KEY_QUOTE_WORDS = 4
"""Shorter quotations are scare quotes or fragments ("unfair", "clear and open")."""

_OPENING = frozenset("“«„")
_CLOSING = frozenset("”»")
_MARKS = re.compile(r"[\"“”«»„]")
_PARAGRAPH = re.compile(r"[^\n]+")

_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|explained"
    r"|explains|noted|notes|argued|argues|insisted|insists|warned|warns|continued|replied"
    r"|declared|recalled|stressed|emphasi[sz]ed|acknowledged|conceded|admitted|concluded"
    r"|tweeted|posted|remarked|observed|cautioned|announced|claimed|maintained|suggested"
    r"|complained|predicted|responded|urged|went on|pointed out|tells)"
)
_ROLE = "|".join(sorted(lexicon.ROLE_NOUNS, key=len, reverse=True))
_NOMINAL = (
    rf"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
    rf"(?:[ \t]+[\w’'.&-]+){{0,6}}?[ \t]+(?:{_ROLE})s?\b"
)
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)\b"
_NAME = r"(?:[A-Z][\w.’'-]*(?:[ \t]+(?:(?:of|de|van|von|al|bin|the)[ \t]+)?[A-Z][\w.’'-]*){0,6})"
_SPEAKER = rf"(?P<speaker>{_NOMINAL}|{_PRONOUN}|{_NAME})"
_FILLER = r"(?:[ \t]+(?:also|later|then|previously|again|once|has|had|have|in|a|an)){0,2}"

_AFTER_VERB_FIRST = re.compile(rf"[\s,—–-]*{_VERBS}[ \t]+{_SPEAKER}")
_AFTER_SPEAKER_FIRST = re.compile(rf"[\s,—–-]*{_SPEAKER}{_FILLER}[ \t]+{_VERBS}\b")
_AFTER_ACCORDING = re.compile(rf"[\s,—–-]*according to[ \t]+{_SPEAKER}")
_BEFORE = re.compile(rf"{_SPEAKER}{_FILLER}[ \t]+{_VERBS}\b[^.!?\"“”]{{0,80}}?[,:]?[ \t]*$")
_ACCORDING_ANYWHERE = re.compile(rf"according to[ \t]+{_SPEAKER}")
_ALL_NOMINALS = re.compile(_NOMINAL)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(slots=True)
class _Raw:
    """A paired quotation before filtering: inner spans and attribution found around it."""

    parts: list[tuple[int, int]]
    paragraph: int
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    attribution_end: int | None = None
    """Where an attribution after the quote ends, to merge a quote interrupted by it."""
    speaker: str | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)


def _pair_marks(text: str) -> list[_Raw]:
    """Pair quote marks paragraph by paragraph, carrying long quotes across paragraphs."""
    raws: list[_Raw] = []
    pending: _Raw | None = None
    """A quote left open at the end of the previous paragraph."""
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text)):
        para_start, para_end = paragraph.span()
        marks = [(m.start(), m.group()) for m in _MARKS.finditer(text, para_start, para_end)]
        open_at: int | None = None
        if pending is not None:
            body = paragraph.group()
            first_char = para_start + len(body) - len(body.lstrip())
            if marks and marks[0][0] == first_char and marks[0][1] not in _CLOSING:
                open_at = marks[0][0]
                marks = marks[1:]
            else:
                pending = None
        for position, mark in marks:
            if open_at is None:
                if mark in _OPENING or mark == '"':
                    open_at = position
                continue
            if mark in _CLOSING or mark == '"':
                part = (open_at + 1, position)
                if pending is not None:
                    pending.parts.append(part)
                    raws.append(pending)
                    pending = None
                else:
                    raws.append(_Raw([part], number))
                open_at = None
            elif mark in _OPENING:
                pending = None
                open_at = position
        if open_at is not None:
            part = (open_at + 1, para_end)
            if pending is None:
                pending = _Raw([part], number)
            else:
                pending.parts.append(part)
        else:
            pending = None
    return raws


def _paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _attribute(text: str, raw: _Raw) -> None:
    """Find the words that attribute `raw`: after its close, before its open, or nearby."""
    last_end = raw.parts[-1][1]
    _, para_end = _paragraph_bounds(text, last_end)
    after_from = last_end + 1
    next_mark = _MARKS.search(text, after_from, para_end)
    after_to = min(para_end, after_from + 200, next_mark.start() if next_mark else para_end)
    for pattern in (_AFTER_VERB_FIRST, _AFTER_SPEAKER_FIRST, _AFTER_ACCORDING):
        match = pattern.match(text, after_from, after_to)
        if match:
            raw.speaker_text = match.group("speaker")
            raw.speaker_start, raw.speaker_end = match.span("speaker")
            raw.attribution_end = match.end()
            return
    first_start = raw.parts[0][0] - 1
    para_start, _ = _paragraph_bounds(text, first_start)
    before_from = max(para_start, first_start - 240)
    sentence_ends = list(_SENTENCE_END.finditer(text, before_from, first_start))
    if sentence_ends:
        before_from = sentence_ends[-1].end()
    match = _BEFORE.search(text, before_from, first_start)
    if match:
        raw.speaker_text = match.group("speaker")
        raw.speaker_start, raw.speaker_end = match.span("speaker")
        return
    sentence_end = _SENTENCE_END.search(text, after_from, para_end)
    stop = sentence_end.end() if sentence_end else para_end
    match = _ACCORDING_ANYWHERE.search(text, before_from, first_start) or (
        _ACCORDING_ANYWHERE.search(text, after_from, stop)
    )
    if match:
        raw.speaker_text = match.group("speaker")
        raw.speaker_start, raw.speaker_end = match.span("speaker")


class _Resolver:
    """Turns attributed words into the best name for the speaker, in reading order."""

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.entities = entities
        self.previous: str | None = None
        self.nominals: dict[str, list[tuple[int, str]]] = {}
        for match in _ALL_NOMINALS.finditer(text):
            phrase = match.group()
            self.nominals.setdefault(_head(phrase), []).append((match.start(), phrase))

    def resolve(self, raw: _Raw) -> str | None:
        """Best name for `raw`'s speaker; remembers it for a following "he added"."""
        words = raw.speaker_text
        if words is None or raw.speaker_start is None or raw.speaker_end is None:
            return None
        if re.fullmatch(_PRONOUN, words):
            name = self.previous or self._person_before(raw.speaker_start)
        elif re.fullmatch(_NOMINAL, words):
            name = self._fullest(words, raw.speaker_start)
        else:
            name = self._entity_name(raw, words)
        if name is not None:
            self.previous = name
        return name

    def _person_before(self, position: int) -> str | None:
        for entity in reversed(self.entities):
            if entity.start < position and entity.kind == "person":
                return entity.key or entity.text
        return None

    def _fullest(self, phrase: str, position: int) -> str:
        best = phrase
        for start, earlier in self.nominals.get(_head(phrase), ()):
            if start > position:
                break
            if len(earlier.split()) > len(best.split()):
                best = earlier
        return best

    def _entity_name(self, raw: _Raw, words: str) -> str:
        assert raw.speaker_start is not None and raw.speaker_end is not None
        inside = [
            entity
            for entity in self.entities
            if entity.start >= raw.speaker_start
            and entity.end <= raw.speaker_end
            and entity.kind in ("person", "organization")
        ]
        if inside:
            chosen = inside[-1] if any(e.kind == "person" for e in inside) else inside[0]
            persons = [e for e in inside if e.kind == "person"]
            if persons:
                chosen = persons[-1]
            raw.speaker_start, raw.speaker_end = chosen.start, chosen.end
            return chosen.key or chosen.text
        return words


def _head(phrase: str) -> str:
    return phrase.rsplit(None, 1)[-1].lower().removesuffix("s")


def _clean(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",").strip()


def _is_key(text: str) -> bool:
    """At least four words, and not a title in quotes ("The Lord of the Rings")."""
    words = text.split()
    if len(words) < MIN_KEY_QUOTE_WORDS:
        return False
    long_words = [word for word in words if len(word) > 3]
    titled = long_words and all(word[0].isupper() for word in long_words)
    return not (titled and len(words) <= 12 and not re.search(r"[.!?,;]", text))


def find_quotes(text: str, entities: list[Entity] | None = None) -> list[Quote]:
    """Find key direct quotations and attribute each to a speaker.

    Args:
        text: Plain article text; offsets in the result index this string.
        entities: `find_entities(text)` if already computed; found here otherwise, to turn
            a surname or a title into the speaker's full name.

    Returns:
        Quotes of at least four words in text order. A quote interrupted by its own
        attribution (`"…," said the official. "…," he added.`) is one Quote whose text
        joins the parts with a space.
    """
    if not text or not _MARKS.search(text):
        return []
    if entities is None:
        from newsreader.analysis.entities import find_entities

        entities = find_entities(text)
    raws = _pair_marks(text)
    for raw in raws:
        _attribute(text, raw)
    merged: list[_Raw] = []
    for raw in raws:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.paragraph == raw.paragraph
            and previous.attribution_end is not None
            and not text[previous.attribution_end : raw.parts[0][0] - 1].strip(" \t.,;:—–-")
            and (raw.speaker_text is None or re.fullmatch(_PRONOUN, raw.speaker_text))
        ):
            previous.parts.extend(raw.parts)
            previous.attribution_end = raw.attribution_end
            continue
        merged.append(raw)
    resolver = _Resolver(text, entities)
    quotes: list[Quote] = []
    previous_paragraph = -2
    previous_speaker: tuple[str | None, int | None, int | None] = (None, None, None)
    for raw in merged:
        speaker = resolver.resolve(raw)
        start, end = raw.speaker_start, raw.speaker_end
        if speaker is None and raw.paragraph - previous_paragraph <= 1:
            speaker, start, end = previous_speaker
        quote_text = " ".join(_clean(text[s:e]) for s, e in raw.parts)
        if speaker is not None:
            previous_speaker = (speaker, start, end)
        previous_paragraph = raw.paragraph
        if _is_key(quote_text):
            quotes.append(Quote(raw.parts[0][0], raw.parts[-1][1], quote_text, speaker, start, end))
    return quotes

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

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from newsreader.analysis import lexicon
from newsreader.analysis.entities import UPPER
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
_NOT_INSIDE = (
    r"(?:a|an|the|by|was|is|were|are|has|had|have|said|says|told|to|and|or|who|that|of|in"
    r"|on|at|with|from|he|she|they|it|this|these|those|will|would|could)"
)
"""Words that end a description before its role noun: "the plan was confirmed by …"."""
_NOMINAL = (
    rf"\b(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
    rf"(?:[ \t]+(?!{_NOT_INSIDE}\b)(?:[\w’'&-]+|(?:[A-Z]\.)+[A-Z]?)){{0,6}}[ \t]+(?:{_ROLE})s?\b"
    r"(?:[ \t]+(?:at|of|for|from|with)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"[A-Z][\w.’'&-]*(?:[ \t]+[A-Z][\w.’'&-]*){0,4}"
    rf"(?:[ \t]+(?!{_VERBS}\b)[a-z]+\b(?![ \t]+[a-z]))?"
    # "… involved in the mission", "… familiar with the matter", "… close to the talks"
    r"|[ \t]+(?:involved|familiar|close|working|briefed)[ \t]+(?:in|with|to|on)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?[\w-]+(?:[ \t]+(?!(?:said|says|told|added)\b)[a-z][\w-]*)?)?"
)
"""A description of a speaker: "a senior State Department official", "a nurse at a
Nairobi clinic"."""
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)\b"
_NAME = (
    rf"(?:(?:(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{_ROLE})[ \t]+)?(?:the[ \t]+)?[{UPPER}][\w.’'-]*"
    rf"(?:[ \t]+(?:(?:of|de|van|von|al|bin|the|for)[ \t]+)?[{UPPER}][\w.’'-]*){{0,6}})"
)
"""A name, perhaps after a bare role noun: "Anna Berglund", "nurse Grace Achieng"."""
_SPEAKER = rf"(?P<speaker>{_NOMINAL}|{_PRONOUN}|{_NAME})"
_FILLER = r"(?:[ \t]+(?:also|later|then|previously|again|once|has|had|have)){0,2}"
_APPOSITION = r"(?:,(?P<apposition>[^,.!?\"“”\n]{1,80}),)?"

_AFTER_VERB_FIRST = re.compile(rf"[\s,—–-]*{_VERBS}[ \t]+{_SPEAKER}")
_AFTER_SPEAKER_FIRST = re.compile(rf"[\s,—–-]*{_SPEAKER}{_APPOSITION}{_FILLER}[ \t]+{_VERBS}\b")
_AFTER_ACCORDING = re.compile(rf"[\s,—–-]*[Aa]ccording to[ \t]+{_SPEAKER}")
_BEFORE = re.compile(
    rf"{_SPEAKER}{_APPOSITION}{_FILLER}[ \t]+{_VERBS}\b[^.!?\"“”]{{0,80}}?[,:]?[ \t]*$"
)
_INDIRECT = re.compile(rf"\b{_SPEAKER}{_APPOSITION}{_FILLER}[ \t]+{_VERBS}\b")
"""Anyone said to speak, quoted or not: candidates for a later "she said"."""
_MERGE_GAP = re.compile(r"[^.!?\"“”«»„\n]{0,100}[.,;:]?[ \t]*")
"""What may sit between an attribution and the rest of the quote it interrupts."""
_ROLE_THEN_NAME = re.compile(
    rf"\b(?P<role>(?i:{_ROLE}))s?[ \t]+(?P<name>[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}})"
)
"""A role noun right before a name: "Company spokeswoman Lee Soo-jin"."""
_NAME_THEN_ROLE = re.compile(
    rf"(?P<name>[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}}),[ \t]+"
    rf"(?:a|an|the|its|his|her|their)(?:[ \t]+[\w’'-]+){{0,4}}?[ \t]+(?P<role>{_ROLE})s?\b"
)
"""A name with its role in apposition: "Rafael Duarte, a political scientist at …"."""
_ACCORDING_ANYWHERE = re.compile(rf"[Aa]ccording to[ \t]+{_SPEAKER}")
_ALL_NOMINALS = re.compile(_NOMINAL)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?”\"]\s+|\n)\s*\Z")
"""Matches right before a sentence's first word (searched with an end position)."""


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
            _take_speaker(raw, match)
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
        _take_speaker(raw, match)
        return
    sentence_end = _SENTENCE_END.search(text, after_from, para_end)
    stop = sentence_end.end() if sentence_end else para_end
    match = _ACCORDING_ANYWHERE.search(text, before_from, first_start) or (
        _ACCORDING_ANYWHERE.search(text, after_from, stop)
    )
    if match:
        _take_speaker(raw, match)


def _take_speaker(raw: _Raw, match: re.Match[str]) -> None:
    """Record the attributing words; "its director, Jane Doe," names Jane Doe."""
    raw.speaker_text = match.group("speaker")
    raw.speaker_start, raw.speaker_end = match.span("speaker")
    if raw.speaker_text.endswith(".") and len(raw.speaker_text.rsplit(None, 1)[-1]) > 3:
        raw.speaker_text = raw.speaker_text[:-1]
        raw.speaker_end -= 1
    apposition = match.groupdict().get("apposition")
    if (
        apposition
        and apposition.strip()[:1].isupper()
        and re.fullmatch(_NAME, apposition.strip())
        and re.fullmatch(_NOMINAL, raw.speaker_text)
    ):
        start, _end = match.span("apposition")
        offset = len(apposition) - len(apposition.lstrip())
        raw.speaker_text = apposition.strip()
        raw.speaker_start, raw.speaker_end = start + offset, start + offset + len(raw.speaker_text)


class _Resolver:
    """Turns attributed words into the best name for the speaker, in reading order.

    Every lookup is a bisection over offsets computed once, so a long article with many
    quotes stays linear-ish instead of rescanning entities for each quote.
    """

    def __init__(self, text: str, entities: list[Entity]) -> None:
        self.text = text
        self.entities = entities
        self.entity_starts = [entity.start for entity in entities]
        self.person_starts = [e.start for e in entities if e.kind == "person"]
        self.person_keys = [e.key or e.text for e in entities if e.kind == "person"]
        self.nominals: dict[str, tuple[list[int], list[str]]] = {}
        """Head noun -> (positions, fullest description seen up to each position)."""
        for match in _ALL_NOMINALS.finditer(text):
            phrase = match.group()
            positions, fullest = self.nominals.setdefault(_head(phrase), ([], []))
            if fullest and len(fullest[-1].split()) >= len(phrase.split()):
                phrase = fullest[-1]
            positions.append(match.start())
            fullest.append(phrase)
        self.spoken_starts: list[int] = []
        self.spoken: list[tuple[int, int, str]] = []
        """(start, end, words) of everyone said to speak, for pronouns."""
        for match in _INDIRECT.finditer(text):
            found = _Raw([], 0)
            _take_speaker(found, match)
            words = found.speaker_text
            if (
                words is not None
                and found.speaker_start is not None
                and found.speaker_end is not None
                and not re.fullmatch(_PRONOUN, words)
            ):
                self.spoken_starts.append(found.speaker_start)
                self.spoken.append((found.speaker_start, found.speaker_end, words))
        self.quoted: list[tuple[int, str]] = []
        """(position, name) of resolved quote speakers, in reading order."""
        self.roles: dict[str, list[tuple[int, str]]] = {}
        """Role noun -> (position, person) for named holders: "spokeswoman Lee Soo-jin",
        "Rafael Duarte, a political scientist", so "the spokeswoman" can name her."""
        for pattern in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
            for match in pattern.finditer(text):
                person = self._person_in(*match.span("name"))
                if person is not None:
                    role = match.group("role").lower().removesuffix("s")
                    self.roles.setdefault(role, []).append((match.start(), person))

    def resolve(self, raw: _Raw) -> str | None:
        """Best name for `raw`'s speaker; moves speaker offsets onto the name if found."""
        words = raw.speaker_text
        if words is None or raw.speaker_start is None or raw.speaker_end is None:
            return None
        if re.fullmatch(_PRONOUN, words):
            name = self._nearest_speaker(raw.speaker_start)
        else:
            name, raw.speaker_start, raw.speaker_end = self._name(
                words, raw.speaker_start, raw.speaker_end
            )
        if name is not None:
            self.quoted.append((raw.speaker_start, name))
        return name

    def _person_in(self, start: int, end: int) -> str | None:
        """The key of the last person mentioned inside [start, end), if any."""
        index = bisect_left(self.entity_starts, start)
        found = None
        while index < len(self.entities) and self.entities[index].start < end:
            entity = self.entities[index]
            if entity.kind == "person" and entity.end <= end:
                found = entity.key or entity.text
            index += 1
        return found

    def _named_holder(self, phrase: str, position: int) -> str | None:
        """ "the spokeswoman" -> the one person named earlier as the spokeswoman."""
        if not phrase.lower().startswith("the "):
            return None
        holders = {
            person for at, person in self.roles.get(_head(phrase) or "", []) if at < position
        }
        return holders.pop() if len(holders) == 1 else None

    def _fuller(self, name: str, position: int) -> str:
        """ "Park", "El Amrani" -> the fullest earlier person whose name contains it."""
        tokens = name.split()
        if not tokens or len(tokens) > 3 or not all(t[:1].isupper() for t in tokens):
            return name
        index = bisect_left(self.person_starts, position) - 1
        stop = max(-1, index - 300)  # the nearest few hundred mentions: linear on huge texts
        while index > stop:
            key_tokens = self.person_keys[index].split()
            if len(key_tokens) > len(tokens) and any(
                key_tokens[i : i + len(tokens)] == tokens
                for i in range(len(key_tokens) - len(tokens) + 1)
            ):
                return self.person_keys[index]
            index -= 1
        return name

    def _name(self, words: str, start: int, end: int) -> tuple[str, int, int]:
        if re.fullmatch(_NOMINAL, words):
            holder = self._named_holder(words, start)
            if holder is not None:
                return holder, start, end
            return self._fullest(words, start), start, end
        persons: list[Entity] = []
        organizations: list[Entity] = []
        index = bisect_left(self.entity_starts, start)
        while index < len(self.entities) and self.entities[index].start < end:
            entity = self.entities[index]
            if entity.end <= end:
                if entity.kind == "person":
                    persons.append(entity)
                elif entity.kind == "organization":
                    organizations.append(entity)
            index += 1
        chosen = persons[-1] if persons else None
        if chosen is None and organizations:
            whole = organizations[0]
            if whole.text == words.removeprefix("the ").strip():
                chosen = whole
        if chosen is None:
            return self._fuller(words.removeprefix("the ").strip(), start), start, end
        return self._fuller(chosen.key or chosen.text, chosen.start), chosen.start, chosen.end

    def _nearest_speaker(self, position: int) -> str | None:
        """The speaker named closest before `position`, quoted or reported."""
        best_at, best = -1, None
        for at, name in reversed(self.quoted):
            if at < position:
                best_at, best = at, name
                break
        index = bisect_left(self.spoken_starts, position) - 1
        if index >= 0 and self.spoken[index][0] > best_at:
            start, end, words = self.spoken[index]
            best = self._name(words, start, end)[0]
        index = bisect_left(self.person_starts, position) - 1
        if best is None:
            return self.person_keys[index] if index >= 0 else None
        # Someone introduced as a sentence's subject after the last speaker is who "he
        # said" now means: `Al-Sayed, who runs a bakery, … ¶ "…," he said.`
        while index >= 0 and self.person_starts[index] > best_at:
            start = self.person_starts[index]
            if _opens_sentence(self.text, start):
                return self.person_keys[index]
            index -= 1
        return best

    def _fullest(self, phrase: str, position: int) -> str:
        positions, fullest = self.nominals.get(_head(phrase), ([], []))
        index = bisect_right(positions, position) - 1
        if index >= 0 and len(fullest[index].split()) > len(phrase.split()):
            return fullest[index]
        return phrase


def _opens_sentence(text: str, position: int) -> bool:
    """Whether a name at `position` is its sentence's subject: first, or after titles only
    ("Interior Cabinet Secretary Kipchumba Murkomen was travelling…")."""
    if _SENTENCE_OPENING.search(text, max(0, position - 4), position):
        return True
    window = text[max(0, position - 60) : position]
    cut = max(window.rfind(mark) for mark in ".!?\n")
    if cut < 0 and position > 60:
        return False
    lead = window[cut + 1 :].split()
    return bool(lead) and all(word[:1].isupper() for word in lead)


_INSTITUTIONS = frozenset(
    [
        "government",
        "ministry",
        "department",
        "court",
        "union",
        "council",
        "board",
        "company",
        "bank",
        "army",
        "military",
        "regulator",
        "agency",
        "committee",
        "commission",
        "party",
        "office",
        "embassy",
        "team",
        "club",
        "police",
    ]
)
"""Role nouns that name a body, not a person: "a Department for Education spokesperson" is
a spokesperson, "a senior official at the Interior Ministry" an official."""


def _head(phrase: str) -> str:
    """The role noun of a description ("official" for "a senior official at the UN")."""
    roles = [
        word.removesuffix("s")
        for word in phrase.lower().replace("’s", "").replace("'s", "").split()
        if word in lexicon.ROLE_NOUNS or word.removesuffix("s") in lexicon.ROLE_NOUNS
    ]
    people = [role for role in roles if role not in _INSTITUTIONS]
    if people or roles:
        return (people or roles)[-1]
    return phrase.rsplit(None, 1)[-1].lower()


def _join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    """One quote from its pieces: a paragraph break joins with a space, an attribution
    between two pieces of one paragraph ("…,” he said. “…") with an ellipsis, as editors do.
    """
    joined = _clean(text[parts[0][0] : parts[0][1]])
    for (_, previous_end), (start, end) in itertools.pairwise(parts):
        separator = " " if "\n" in text[previous_end:start] else " … "
        joined += separator + _clean(text[start:end])
    return joined


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
            and _MERGE_GAP.fullmatch(text, previous.attribution_end, raw.parts[0][0] - 1)
            and (
                raw.speaker_text is None
                or re.fullmatch(_PRONOUN, raw.speaker_text)
                or (raw.speaker_start or 0) < previous.attribution_end
            )
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
        quote_text = _join_parts(text, raw.parts)
        if speaker is not None:
            previous_speaker = (speaker, start, end)
        previous_paragraph = raw.paragraph
        if _is_key(quote_text):
            first, last = raw.parts[0][0], raw.parts[-1][1]
            while first < last and text[first].isspace():
                first += 1
            while last > first and (text[last - 1].isspace() or text[last - 1] == ","):
                last -= 1  # the span ends where the quote's text does: no attribution comma
            quotes.append(Quote(first, last, quote_text, speaker, start, end))
    return quotes

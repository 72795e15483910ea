"""Who the attributing words stand for, and how sure that is.

A name resolves to the person it names (a surname to the fullest earlier name); a
description ("the spokeswoman", "the official") to the person introduced in that role or
to the fullest earlier description with the same head; a pronoun to the most recent person
who was the subject of a sentence (salience), not the most recent capitalised word.
"One", "another", "a third" are someone unnamed, never the previous speaker. A platform or
outlet the words were posted on or told to is never a speaker. When no rule decides, the
confidence is low, and a reader should not be shown the name as certain.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, replace

from newsreader.analysis.attribution import ANY_VERB, subject_of, subject_span
from newsreader.analysis.entities import UPPER
from newsreader.analysis.quote_marks import RawQuote
from newsreader.analysis.sentences import Sentences
from newsreader.analysis.speech import (
    DOCUMENT,
    NAME,
    NOMINAL,
    ONE,
    PLATFORM_NAMES,
    PRONOUN,
    ROLE,
    SPEAKER_ROLES,
    words,
)
from newsreader.models import SPEAKER_SURE, Entity

SURE = SPEAKER_SURE
"""Confidence from which a speaker is shown as certain."""

PLATFORMS = frozenset(name.lower() for name in PLATFORM_NAMES) | {"truth social"}
"""Places words are posted, never their speaker: `"…," Li wrote on Weibo`."""

_INSTITUTIONS = words(
    """
    government ministry department court union council board company bank army military
    regulator agency committee commission party office embassy team club police
    authorities group
    """
)
"""Role nouns that name a body, not a person."""
_FEMALE = words(
    """
    she her hers herself spokeswoman chairwoman congresswoman businesswoman woman girl
    mother wife sister daughter queen princess mrs ms miss madam
    """
)
_MALE = words(
    """
    he his him himself spokesman chairman congressman businessman man boy father husband
    brother son king prince mr sir
    """
)
_ROLE_BEFORE = re.compile(
    rf"\b(?P<role>(?i:{ROLE}))s?[ \t]+(?:(?:to|of|for|at)[ \t]+(?:the[ \t]+)?"
    rf"[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*)?[ \t]+)?\Z"
)
"""A role noun right before a name: "Company spokeswoman Lee Soo-jin"."""
_ROLE_AFTER = re.compile(
    rf",[ \t]+(?:a|an|the|its|his|her|their)(?:[ \t]+[\w’'-]+){{0,4}}?[ \t]+"
    rf"(?P<role>{ROLE})s?\b"
)
"""A name's role in apposition: "Rafael Duarte, a political scientist at …"."""
_ALL_NOMINALS = re.compile(NOMINAL)
_PRONOUN_AFTER = re.compile(r"\b(?:he|his|him|she|her|hers)\b")
_SENTENCE_FIRST_WORD = re.compile(rf"(?:^|[.!?][\"”’]?[ \t]+)([{UPPER}][\w’'-]+)\b", re.MULTILINE)
_AND_NAME = re.compile(rf"[ \t]+and[ \t]+[{UPPER}]")
_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?”\"]\s+|\n)\s*\Z")


@dataclass(slots=True)
class Event:
    """Someone who was the subject of a sentence or a speaker, for pronouns."""

    position: int
    name: str
    person: bool
    """A person (or a person's description) rather than a body or a group."""
    coordinated: bool = False
    """Part of `X and Y`: a later pronoun cannot tell which."""
    spoke: bool = False
    """Said something (quoted or reported), rather than only being a sentence's subject."""


_DEFINITE = re.compile(rf"(?:[Tt]he|[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}}['’]s)[ \t]")
"""A description of one known person: "the spokeswoman", "China's ambassador"."""
_HOLDER_AHEAD = 1500
"""A role holder may be named just after the description ("… China's ambassador warned
… ¶ China's ambassador Liu Xiaming has said …"): only when nobody else holds the role."""


def _without_place_prefix(entities: list[Entity]) -> list[Entity]:
    """People whose name took in a place before it ("ambassador to Britain Liu Xiaming"
    read as "Britain Liu Xiaming") lose that word, when the place is named on its own too."""
    places = {e.text for e in entities if e.kind == "place" and " " not in e.text}
    if not places:
        return entities
    cleaned = []
    for entity in entities:
        words = entity.text.split(" ")
        if entity.kind == "person" and len(words) > 2 and words[0] in places:
            cut = len(words[0]) + 1
            key = entity.key or entity.text
            if key.startswith(words[0] + " "):
                key = key[cut:]
            entity = replace(entity, start=entity.start + cut, text=entity.text[cut:], key=key)
        cleaned.append(entity)
    return cleaned


def _plural(phrase: str) -> bool:
    """Whether a description speaks of several people ("the physicians")."""
    return any(
        (word.endswith("s") and word[:-1] in SPEAKER_ROLES) or word in ("people", "women", "men")
        for word in phrase.lower().split()
    )


_INTRODUCING = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s")
"""An indefinite description brings someone new in; "the …" refers back to them."""


def _position(event: Event) -> int:
    return event.position


_PRONOUN_REACH = 2500
"""How far back (characters) a pronoun looks for the person it stands for."""


def head(phrase: str) -> str:
    """The role noun of a description ("official" for "a senior official at the UN")."""
    roles = [
        word.removesuffix("s")
        for word in phrase.lower().replace("’s", "").replace("'s", "").split()
        if word in SPEAKER_ROLES or word.removesuffix("s") in SPEAKER_ROLES
    ]
    people = [role for role in roles if role not in _INSTITUTIONS]
    if people or roles:
        return (people or roles)[-1]
    return phrase.rsplit(None, 1)[-1].lower() if phrase.strip() else ""


def is_platform(name: str) -> bool:
    """Whether `name` is a social network or messaging service."""
    lowered = name.lower().removeprefix("the ").strip()
    return lowered in PLATFORMS


def opens_sentence(text: str, position: int) -> bool:
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


class Resolver:
    """Turns attributed words into the best name for the speaker, in reading order.

    Lookups are bisections over offsets computed once, so a long article with many
    quotes stays near linear instead of rescanning entities for each quote.
    """

    def __init__(self, text: str, entities: list[Entity], sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        self.entities = _without_place_prefix(entities)
        entities = self.entities
        self.entity_starts = [entity.start for entity in entities]
        persons = [e for e in entities if e.kind == "person"]
        self.person_starts = [e.start for e in persons]
        self.person_set = {e.key or e.text for e in persons}
        self.person_keys = [e.key or e.text for e in persons]
        self._nominals: dict[str, tuple[list[int], list[str]]] | None = None
        """Head noun -> positions and words of the descriptions that introduce someone
        ("a senior official"), outside quotations."""
        self.roles: dict[str, list[tuple[int, str]]] = {}
        """Role noun -> (position, person) for named holders: "spokeswoman Lee Soo-jin",
        "Rafael Duarte, a political scientist", so "the spokeswoman" can name them."""
        self.gender: dict[str, str] = {}
        for entity in persons:
            person = entity.key or entity.text
            before = _ROLE_BEFORE.search(text, max(0, entity.start - 70), entity.start)
            after = _ROLE_AFTER.match(text, entity.end, entity.end + 90)
            for match in (before, after):
                if match is not None:
                    role = match.group("role").lower().removesuffix("s")
                    self.roles.setdefault(role, []).append((entity.start, person))
                    self._note_gender(person, role)
        self._events: list[Event] | None = None
        self._event_starts: list[int] = []
        self._reported_to = 0
        """Reporting clauses are read up to here (lazily, only before pronouns)."""
        self.quoted: list[Event] = []
        """Resolved quote speakers, in reading order."""

    @property
    def nominals(self) -> dict[str, tuple[list[int], list[str]]]:
        """Every description in the text by head noun, read on first use."""
        if self._nominals is None:
            self._nominals = {}
            for match in _ALL_NOMINALS.finditer(self.text):
                phrase = match.group().rstrip(".")
                if not _INTRODUCING.match(phrase) or self.sentences.inside(match.start()):
                    continue
                positions, introduced = self._nominals.setdefault(head(phrase), ([], []))
                positions.append(match.start())
                introduced.append(phrase)
        return self._nominals

    # ----- salience -------------------------------------------------------------------

    def _note_gender(self, person: str, word: str) -> None:
        word = word.lower().rstrip(".")
        if word in _FEMALE:
            self.gender.setdefault(person, "f")
        elif word in _MALE:
            self.gender.setdefault(person, "m")

    def _sentence_subjects(self) -> list[Event]:
        """People opening a sentence outside quotations, in text order."""
        events: list[Event] = []
        text = self.text
        persons = [e for e in self.entities if e.kind == "person"]
        for number, entity in enumerate(persons):
            start, key = entity.start, entity.key or entity.text
            if self.sentences.inside(start):
                continue
            # Gender, when the text gives it: "Mr. Hale", or "Hale said she …" with no one
            # else named in between.
            honorific = text[max(0, start - 5) : start].strip().lower().rstrip(".")
            self._note_gender(key, honorific.rsplit(None, 1)[-1] if honorific else "")
            following = persons[number + 1].start if number + 1 < len(persons) else len(text)
            pronoun = _PRONOUN_AFTER.search(text, entity.end, min(following, start + 160))
            if pronoun is not None and not re.search(r"[.!?\"“”]", text[start : pronoun.start()]):
                self._note_gender(key, pronoun.group())
            if not opens_sentence(text, start) or text.startswith(("'s", "’s"), entity.end):
                continue  # "Smith's proposal was…" is about the proposal
            coordinated = bool(_AND_NAME.match(text, entity.end, entity.end + 12))
            events.append(Event(start, key, True, coordinated))
        # A surname alone opening a sentence ("Carlineo faces …") is that person, even
        # where the recogniser did not tag it.
        surnames: dict[str, str] = {}
        first_mention: dict[str, int] = {}
        for entity in persons:
            key = entity.key or entity.text
            first_mention.setdefault(key, entity.start)
            parts = [part for part in key.split() if part not in ("Jr.", "Sr.", "II", "III")]
            if len(parts) > 1:
                surnames.setdefault(parts[-1], key)
        if surnames:
            tagged = {event.position for event in events}
            for match in _SENTENCE_FIRST_WORD.finditer(text):
                found = surnames.get(match.group(1))
                start = match.start(1)
                if found is None or start in tagged or first_mention[found] > start:
                    continue
                if not self.sentences.inside(start):
                    events.append(Event(start, found, True))
            events.sort(key=_position)
        return events

    def _read_reported(self, position: int) -> None:
        """Add the subjects of reporting verbs outside quotations in the stretch before
        `position` not read yet ("Smith said the plan…" makes Smith salient)."""
        assert self._events is not None
        lower = max(self._reported_to, position - _PRONOUN_REACH)
        if lower >= position:
            return
        self._reported_to = position
        text = self.text
        for verb in ANY_VERB.finditer(text, lower, position):
            if self.sentences.inside(verb.start()):
                continue
            clause_start = text.rfind("\n", 0, verb.start()) + 1
            match = subject_of(text, verb, clause_start)
            if match is None:
                continue
            found, start, end = subject_span(match)
            if self.sentences.inside(start) or re.fullmatch(PRONOUN, found):
                continue
            if re.fullmatch(ONE, found) or re.fullmatch(DOCUMENT, found):
                continue
            name, _, _, _ = self._name(found, start, end)
            if name is not None:
                event = Event(start, name, self._is_person(name), spoke=True)
                insort(self._events, event, key=_position)

    def _is_person(self, name: str) -> bool:
        if name in self.gender or name in self.person_set:
            return True
        if re.fullmatch(NOMINAL, name):
            return head(name) not in _INSTITUTIONS and not name.lower().endswith("s")
        return False

    def _events_before(self, position: int) -> list[Event]:
        """Salient people up to `position` (subjects, speakers, reported speakers)."""
        if self._events is None:
            self._events = self._sentence_subjects()
            for event in self.quoted:
                insort(self._events, event, key=_position)
        self._read_reported(position)
        return self._events

    def recent(self, position: int, since: int) -> Event | None:
        """The last salient person between `since` and `position`, if any: who a
        quotation-only paragraph most likely continues."""
        events = self._events_before(position)
        index = bisect_left(events, position, key=_position) - 1
        if index < 0 or events[index].position < since or not events[index].person:
            return None
        return events[index]

    def _antecedent(self, pronoun: str, position: int) -> tuple[str | None, float]:
        """The most salient earlier subject a pronoun can stand for."""
        events = self._events_before(position)
        index = bisect_left(events, position, key=_position) - 1
        wanted_person = pronoun.lower() in ("he", "she")
        gender = "f" if pronoun.lower() == "she" else "m" if pronoun.lower() == "he" else None
        checked = 0
        while index >= 0 and checked < 12:
            event = events[index]
            index -= 1
            checked += 1
            if event.person != wanted_person:
                continue
            known = self.gender.get(event.name)
            if gender and known and known != gender:
                continue
            confidence = 0.8 if position - event.position < 1500 else 0.45
            if event.coordinated:
                confidence = 0.35
            return event.name, confidence
        return None, 0.0

    # ----- names and descriptions -----------------------------------------------------

    def resolve(self, raw: RawQuote) -> tuple[str | None, float]:
        """Best name for `raw`'s speaker and its confidence; moves the speaker offsets onto
        the name when one is found."""
        words = raw.speaker_text
        if words is None or raw.speaker_start is None or raw.speaker_end is None:
            return None, 0.0
        confidence = raw.confidence
        if re.fullmatch(PRONOUN, words):
            if words.lower() in ("i", "we"):
                return None, 0.0
            name, sureness = self._antecedent(words, raw.speaker_start)
            confidence = min(confidence, sureness)
        elif re.fullmatch(DOCUMENT, words):
            return None, 0.0  # "the statement said": whose statement is another question
        elif re.fullmatch(ONE, words):
            if " of " not in words:
                return None, 0.0  # "one said": someone unnamed, not the previous speaker
            name = words
            confidence = min(confidence, 0.6)
        else:
            name, raw.speaker_start, raw.speaker_end, sureness = self._name(
                words, raw.speaker_start, raw.speaker_end
            )
            confidence = min(confidence, sureness)
            if raw.how in ("after", "late") and name not in self.person_set:
                # `"…," study lead author Lucas Paganini, a scientist at …, Maryland, said`
                between = self._persons_in(raw.close_at, raw.speaker_end)
                if len(between) == 1 and not re.fullmatch(NOMINAL, words):
                    (name,) = between
        if name is None or is_platform(name):
            return None, 0.0
        event = Event(raw.speaker_start, name, self._is_person(name), spoke=True)
        self.quoted.append(event)
        if self._events is not None:
            insort(self._events, event, key=_position)
        return name, confidence

    def span_person(self, raw: RawQuote) -> str | None:
        """The one person named between a quotation and the reporting verb after it."""
        if raw.span is None:
            return None
        between = self._persons_in(*raw.span)
        if len(between) != 1:
            return None
        (name,) = between
        self.quoted.append(Event(raw.span[0], name, True, spoke=True))
        if self._events is not None:
            insort(self._events, self.quoted[-1], key=_position)
        return name

    def _persons_in(self, start: int, end: int) -> set[str]:
        """Keys of the people mentioned inside [start, end)."""
        index = bisect_left(self.entity_starts, start)
        found = set()
        while index < len(self.entities) and self.entities[index].start < end:
            entity = self.entities[index]
            if entity.kind == "person" and entity.end <= end:
                found.add(entity.key or entity.text)
            index += 1
        return found

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
        if not _DEFINITE.match(phrase) or _plural(phrase):
            return None
        bare = phrase.lower().removeprefix("the ")
        holders = {
            person
            for at, person in self.roles.get(head(phrase), [])
            if at < position
            or (
                at < position + _HOLDER_AHEAD
                and bare in self.text[max(0, at - 80) : at + 80].lower()
            )
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

    def _name(self, words: str, start: int, end: int) -> tuple[str | None, int, int, float]:
        """(name, start, end, confidence) for a name or a description."""
        if re.fullmatch(NOMINAL, words):
            holder = self._named_holder(words, start)
            if holder is not None:
                return holder, start, end, 0.85
            name, sureness = self._fullest(words, start)
            return name, start, end, sureness
        persons: list[Entity] = []
        organizations: list[Entity] = []
        index = bisect_left(self.entity_starts, start)
        if index > 0:
            covering = self.entities[index - 1]
            if covering.kind == "person" and covering.start < start < covering.end:
                # "Might" read out of "All Might": the whole name
                key = covering.key or covering.text
                return key, covering.start, covering.end, 0.9
        while index < len(self.entities) and self.entities[index].start < end:
            entity = self.entities[index]
            if entity.end <= end:
                if entity.kind == "person":
                    persons.append(entity)
                elif entity.kind in ("organization", "place"):
                    organizations.append(entity)
            index += 1
        if persons:
            chosen = persons[-1]
            name = self._fuller(chosen.key or chosen.text, chosen.start)
            return name, chosen.start, chosen.end, 0.9
        bare = words.removeprefix("the ").strip()
        fuller = self._fuller(bare, start)
        if fuller != bare:
            return fuller, start, end, 0.85  # "Lage" after "Bruno Lage", whatever it was tagged
        if organizations and organizations[0].text == bare:
            return organizations[0].key or organizations[0].text, start, end, 0.9
        if re.fullmatch(NAME, words):
            # "spokesman Tom Reyes" without a recognised person: the capitalised part.
            capital = re.search(rf"(?:the[ \t]+)?[{UPPER}]", words)
            if capital is not None and capital.start() > 0:
                start += capital.start()
                words = words[capital.start() :]
                bare = words.removeprefix("the ").strip()
            return self._fuller(bare, start), start, end, 0.75
        return words, start, end, 0.8

    def _fullest(self, phrase: str, position: int) -> tuple[str, float]:
        """ "the official" -> the description that introduced them ("a senior State
        Department official"); unsure when several were introduced."""
        if not phrase.lower().startswith("the "):
            return phrase, 0.9
        positions, introduced = self.nominals.get(head(phrase), ([], []))
        index = bisect_right(positions, position) - 1
        plural = _plural(phrase)
        found: list[str] = []
        while index >= 0 and len(found) < 4:
            candidate = introduced[index]
            if _plural(candidate) == plural and candidate not in found:
                found.append(candidate)
            index -= 1
        if found and len(found[0].split()) > len(phrase.split()):
            return found[0], 0.9 if len(found) == 1 else 0.5
        if head(phrase) in _INSTITUTIONS:
            if any(word[:1].isupper() for word in phrase.split()[1:]):
                return phrase, 0.85  # "the French foreign ministry" says which one
            # "the production company" -> the one organisation named that way before
            body = self._organization_named(phrase, position)
            return (body, 0.8) if body is not None else (phrase, 0.5)
        if plural:
            # "the doctors" -> "Doctors for Camp Closure"; "the physicians": unsure
            group = self._organization_named(phrase, position)
            return (group, 0.8) if group is not None else (phrase, 0.5)
        return phrase, 0.9

    def _organization_named(self, phrase: str, position: int) -> str | None:
        """The one organisation mentioned before `position` whose name shares a word
        with a description of it ("Dick Clark Productions" for "the production company",
        "Ministry of Health" for "the ministry")."""
        stems = {word[:5] for word in phrase.lower().split()[1:] if len(word) > 3}
        found: set[str] = set()
        index = bisect_left(self.entity_starts, position) - 1
        while index >= 0 and len(found) < 2 and position - self.entities[index].start < 5000:
            entity = self.entities[index]
            index -= 1
            if entity.kind == "place":
                continue  # any other kind: the recogniser may take a firm for a person
            if stems & {word[:5] for word in entity.text.lower().split() if len(word) > 3}:
                found.add(entity.key or entity.text)
        return found.pop() if len(found) == 1 else None

"""Which organisation "the company said" stands for: the body the text was just about.

News names a body as a sentence's subject (`Prairie Star Beef, which employs 1,100 people,
said it was cooperating`, `NatureScot, the government's nature agency, praised …`), then
quotes it by its kind: `"…," the company said`, `the agency said`. The description stands
for the nearest body before it (in its paragraph or the one before) that opened a sentence
and that the noun fits: by its name (`… Marine Park Authority` for "the authority"), by
its apposition (`the government's nature agency`), or, for "the company"/"the firm", any
body that is no public one. Another body the noun fits named after it (`Acme agreed to buy
Beta.`) leaves the words unsure, as the text does.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from newsreader.analysis.entities import UPPER
from newsreader.analysis.sentences import Sentences, previous_paragraph_start
from newsreader.analysis.speech import (
    BODY_KINDS,
    BUSINESS_KINDS,
    SOURCE_OF_WORDS,
    SPEAKS_OF_ITSELF,
    SPEECH_NOUNS,
    words,
)
from newsreader.models import Entity

_BUSINESSES = BUSINESS_KINDS | words("bank airline")
"""Kinds any body that is no public one may be (a bank or an airline is a business whose
name seldom says so: `Goldman Sachs`, `WestJet`)."""
_PUBLIC = words(
    """
    department ministry agency authority council police court commission committee service
    government office bureau parliament congress senate university school party union
    army navy force forces board trust foundation charity institute
    """
)
"""Words of a public body's name: never "the company"."""
_VOLUNTARY = words("charity nonprofit")
_ANY_BODY = words("organisation organization")
"""Kinds every body is."""
_GROUPS = words("group")
"""What news calls any body that is no public one: a company's group, a militant or an
advocacy group, a band (`the group said in a statement`); never a ministry or a court."""
_BUSINESS_NAMES = words("inc inc. ltd ltd. corp corp. co co. llc plc company holdings bank")
_SUBJECT = re.compile(
    rf"(?:(?:The|An?)[ \t]+)?(?P<name>[{UPPER}][\w&’'.-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+|for[ \t]+|&[ \t]+)?"
    rf"[{UPPER}][\w&’'.-]*){{0,7}})(?P<after>,[ \t]+(?P<which>which\b)?|[ \t]+[a-z])"
)
"""A capitalised name opening a sentence, then a comma (an apposition, `, which`) or a
lower-case word (its verb)."""
_CONJUNCTIONS = words(
    """
    While When Whereas If As Although Though After Before Because Since Unless Until Once
    But And Or So Yet However Meanwhile
    """
)
"""Capitalised words that open a clause before its subject: never part of a body's name."""
_APPOSITION = re.compile(r"[^,.;:!?\"“”\n]{1,70}(?=,)")
_OPENINGS = re.compile(rf"(?:\A|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))[ \t]*(?=[{UPPER}])")
_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|his|her)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}\Z")
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:on|in|at|to|for|of|and|or|with|by|from|as|said|says|had|has|have|was|is"
    r"|were|are|will|would|could|did|does)\b)[a-z]"
)
"""`the federal E-Verify system`: a name that only says which system, no body in play."""
_OFFICER = re.compile(
    r"(?:['’]s)?[ \t]+(?:[a-z-]+[ \t]+)?(?:chief[ \t]+executive|chief[ \t]+financial[ \t]+officer"
    r"|chairman|chairwoman|president|founder|spokesman|spokeswoman|spokesperson|CEO|CFO)"
    rf"[ \t,]+(?:[A-Z][\w’'-]*[ \t]+)*[{UPPER}]"
)
"""`Carrow chief executive Brian Dalton`: a body's officer, named."""
_SENTENCE_END = re.compile(r"[.!?]\s")
_ITS_WORDS = re.compile(rf"[ \t]+(?:{SPEECH_NOUNS})s?\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+\Z")
_KIND_BEFORE = re.compile(r"\b(?P<kind>[a-z]+)[ \t]+\Z")
"""`security provider G4S`: the kind of body a name is, said right before it."""
_KIND_AFTER = re.compile(
    r",[ \t]+(?:the|an?|one[ \t]+of[ \t]+the)[ \t]+[^,.;:!?\"“”\n]{0,50}?\b(?P<kind>[a-z]+?)s?\b(?=[,.])"
)
"""`G4S, one of the world's largest security providers,`: the kind, in apposition."""
_DESCRIBED_REACH = 5000
_CALLS_ITSELF_IT = re.compile(
    r"[ \t]+[a-z]+(?:[ \t]+(?:in|on|through)[ \t]+(?:an?|the|its)[ \t]+[a-z]+)?"
    r"(?:[ \t]+that)?[ \t]+(?:it|its)\b"
)
"""`said it`, `said in a statement that it`: a subject that speaks of itself as "it"."""
_SAID_OF_ITSELF = re.compile(
    r"[ \t]*\)?[ \t]+(?:also[ \t]+)?(?:said|says|added|stated|announced|confirmed|warned"
    r"|claimed|insisted|admitted|denied)(?:[ \t]+(?:in|on|through)[ \t]+(?:an?|the|its)[ \t]+[a-z]+)?"
    r"(?:[ \t]+that)?[ \t]+(?:it|its)\b"
)
"""`the Movement for … (MEND) said it sponsored`: a body saying something of itself is its
clause's subject wherever the clause stands (after `In an email to the media,`)."""
_COMMA_GAP = re.compile(r",[ \t]+")
CONFIDENCE = 0.8
"""A body the text was just about, that the description fits."""


def _stem(word: str) -> str:
    return word.lower()[:5]


class Bodies:
    """Organisations that opened a sentence, to name "the company" or "the agency"."""

    def __init__(self, text: str, entities: list[Entity], sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        self.entities = entities
        self.starts = [entity.start for entity in entities]

    def spoken(self, noun: str, body: tuple[int, str] | None, position: int) -> str | None:
        """The body that spoke last (`body`: where, and its name), when the noun fits it
        and no other body it fits was named since."""
        if body is None:
            return None
        at, name = body
        if not self._fits(noun, name, "") or self._rival(noun, name, at + len(name), position):
            return None
        return name

    def calls_itself_it(self, end: int | None) -> bool:
        """Whether the subject ending at `end` speaks of itself as "it" (`The security
        contractor said in a statement it …`): a body, whatever its noun."""
        return end is not None and _CALLS_ITSELF_IT.match(self.text, end) is not None

    def _kind_at(self, start: int, end: int) -> str | None:
        """The kind of the entity the recogniser found inside [start, end), if one."""
        index = bisect_left(self.starts, start)
        kinds = set()
        while index < len(self.entities) and self.entities[index].start < end:
            kinds.add(self.entities[index].kind)
            index += 1
        if "organization" in kinds:
            return "organization"
        return "person" if "person" in kinds else None

    def _fits(self, noun: str, name: str, apposition: str) -> bool:
        if _stem(noun) in {_stem(word) for word in name.split() if len(word) > 3}:
            return True  # "the authority" for "… Marine Park Authority"
        if re.search(rf"\b{re.escape(noun)}\b", apposition.lower()):
            return True  # "NatureScot, the government's nature agency,"
        named = {word.lower() for word in name.split()}
        if noun in _ANY_BODY:
            return True  # "the organization": whatever kind of body it is
        if noun in _GROUPS:
            return not named & _PUBLIC
        if noun in _VOLUNTARY:
            return not named & (_PUBLIC | _BUSINESS_NAMES)  # "the medical charity"
        return noun in _BUSINESSES and not named & _PUBLIC

    def body(self, noun: str, position: int) -> str | None:
        """The organisation "the `noun`" at `position` stands for; None when the text
        does not say which."""
        text = self.text
        reach = previous_paragraph_start(text, position)
        found: list[tuple[int, str, str]] = []
        for opening in _OPENINGS.finditer(text, reach, position):
            start = opening.end()
            if self.sentences.inside(start):
                continue
            subject = _SUBJECT.match(text, start, position)
            if subject is None:
                continue
            name = subject.group("name")
            if not _CONJUNCTIONS.isdisjoint(name.split()):
                continue  # "While UnitedHealth …": a subordinate clause, not the subject
            kind = self._kind_at(subject.start("name"), subject.end("name"))
            itself = SPEAKS_OF_ITSELF.match(text, subject.end("name")) is not None
            if subject.group("which") is None and kind != "organization" and not itself:
                continue  # a person, or a capitalised word opening a sentence
            apposition = ""
            if subject.group("after").startswith(",") and subject.group("which") is None:
                more = _APPOSITION.match(text, subject.end())
                apposition = more.group() if more else ""
            found.append((subject.start("name"), name, apposition))
        found.extend(self._sources(reach, position))
        found.extend(self._of_itself(reach, position))
        employers = self._employers(reach, position)
        for at, name, apposition in sorted(found + employers, reverse=True):
            if not self._fits(noun, name, apposition):
                continue
            if (
                self._rival(noun, name, at + len(name), position)
                or any(other != name and self._fits(noun, other, "") for _, other, _ in employers)
                or any(
                    not set(name.split()) <= set(other.split())
                    and not _SENTENCE_END.search(text, there, at)
                    and self._fits(noun, other, apposition)
                    for there, other, apposition in found
                    if there < at
                )
            ):
                return None  # another body in play: the text does not say which
            return name
        return self._described(noun, position)

    def _described(self, noun: str, position: int) -> str | None:
        """The one organisation the text called by a kind the noun fits, anywhere before
        `position`: `security provider G4S`, `G4S, one of the largest security providers,`
        for "the firm"; None when none or several were."""
        fitting: set[str] = set()
        index = bisect_left(self.starts, position) - 1
        while index >= 0 and position - self.entities[index].start < _DESCRIBED_REACH:
            entity = self.entities[index]
            index -= 1
            if entity.kind != "organization" or self.sentences.inside(entity.start):
                continue
            kinds = set()
            before = _KIND_BEFORE.search(self.text, max(0, entity.start - 30), entity.start)
            if before is not None:
                kinds.add(before.group("kind"))
            after = _KIND_AFTER.match(self.text, entity.end)
            if after is not None:
                kinds.add(after.group("kind"))
            if (
                noun in kinds
                or (noun in _BUSINESSES and kinds & _BUSINESSES)
                or (noun in _ANY_BODY and kinds & BODY_KINDS)
            ):
                fitting.add(entity.key or entity.text)
        return fitting.pop() if len(fitting) == 1 else None

    def _sources(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """Organisations named as the source of words in [start, end) (`a rebuke from the
        union`), as the recogniser found them."""
        found = []
        for source in SOURCE_OF_WORDS.finditer(self.text, start, end):
            if self.sentences.inside(source.start()):
                continue
            index = bisect_left(self.starts, source.start("speaker"))
            if index < len(self.entities):
                entity = self.entities[index]
                if entity.start == source.start("speaker") and entity.kind == "organization":
                    found.append((entity.start, entity.key or entity.text, ""))
        for entity in self._bodies_between(start, end):
            if _ITS_WORDS.match(self.text, entity.end) and _ARTICLE_BEFORE.search(
                self.text, max(0, entity.start - 5), entity.start
            ):
                # `A Washington Post editorial suggested …`: the body whose words they are
                found.append((entity.start, entity.key or entity.text, ""))
        return found

    def _bodies_between(self, start: int, end: int) -> Iterator[Entity]:
        """The organisations named in [start, end), outside quotations."""
        index = bisect_left(self.starts, start)
        while index < len(self.entities) and self.entities[index].start < end:
            entity = self.entities[index]
            index += 1
            if entity.kind == "organization" and not self.sentences.inside(entity.start):
                yield entity

    def described_body(self, position: int) -> str | None:
        """The organisation a description at `position` is in apposition to (`Acme, a
        Leeds-based maker,`), if one is named right before it."""
        index = bisect_left(self.starts, position) - 1
        if index < 0:
            return None
        entity = self.entities[index]
        if (
            entity.kind != "organization"
            or _COMMA_GAP.fullmatch(self.text, entity.end, position) is None
        ):
            return None
        return entity.key or entity.text

    def _of_itself(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """Organisations in [start, end) that said something of themselves as "it"."""
        return [
            (entity.start, entity.key or entity.text, "")
            for entity in self._bodies_between(start, end)
            if _SAID_OF_ITSELF.match(self.text, entity.end) is not None
        ]

    def _employers(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """Bodies whose officer is named in [start, end) (`Carrow chief executive Brian
        Dalton said`): the body that officer speaks for is in focus, under its fullest
        name named before (`Carrow Stores`)."""
        found = []
        for entity in self._bodies_between(start, end):
            if _OFFICER.match(self.text, entity.end) is None:
                continue
            name = entity.key or entity.text
            tokens = set(name.split())
            for earlier in self.entities[: bisect_left(self.starts, entity.start)]:
                key = earlier.key or earlier.text
                if earlier.kind == "organization" and tokens < set(key.split()):
                    name = key  # the fullest name that holds this one
            found.append((entity.start, name, ""))
        return found

    def _rival(self, noun: str, name: str, start: int, position: int) -> bool:
        """Whether another body the noun fits is named between the subject and `position`."""
        index = bisect_left(self.starts, start)
        mine = set(name.split())
        while index < len(self.entities) and self.entities[index].start < position:
            entity = self.entities[index]
            index += 1
            if entity.kind != "organization" or self.sentences.inside(entity.start):
                continue
            if _DETERMINED.search(self.text, max(0, entity.start - 40), entity.start) and (
                _NOUN_AFTER.match(self.text, entity.end)
            ):
                continue
            key = entity.key or entity.text
            if set(key.split()) <= mine or set(entity.text.split()) <= mine:
                continue
            if self._fits(noun, key, ""):
                return True
        return False

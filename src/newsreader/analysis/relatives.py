"""Which of two people sharing a surname a bare surname stands for.

News names relatives in full once ("winemaker Trevor Drayton", "his brother John
Drayton") and then writes "Mr Drayton" or "Drayton". By convention the bare surname is the
article's principal person, the one named first; but when a relative has been speaking the
bare surname in a reporting clause is as often theirs. Taking either one blindly puts words
in the wrong mouth, so, among the people named in full so far: a relative who is the subject
of this sentence or the one before, and no other, is the one; otherwise the recogniser's
choice when it is the only one of them this paragraph and the one before speak of (in full
or by given name: "Swift and Travis attended …"); otherwise the principal if
they have spoken; otherwise the one relative who has spoken so far; otherwise the principal,
but unsure. (Trying the principal who spoke first lost right and added wrong names on the
held-out halves.)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from newsreader.analysis import gazetteer
from newsreader.analysis.given_names import gender_of
from newsreader.analysis.lexicon import GENERATIONAL_SUFFIXES
from newsreader.analysis.salience import gender_of_noun, opens_sentence
from newsreader.analysis.sentences import Sentences, paragraph_bounds
from newsreader.analysis.speech import FILLER, VERB, VERB_INVERTED
from newsreader.models import Entity

_SUFFIXES = GENERATIONAL_SUFFIXES
_HONORIFICS = frozenset(["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr."])
_SPOKE_AFTER = re.compile(rf"(?:,[^,\n\"“”]{{1,120}},)?{FILLER}[ \t]+(?:{VERB})\b")
"""A reporting verb right after a name, perhaps after an apposition: "John Drayton, 48,
said"."""
_SPOKE_BEFORE = re.compile(rf"\b(?:{VERB_INVERTED})[ \t]+\Z")
"""An inverted reporting verb right before a name: "said Tom Teves"."""
_REPORTING = re.compile(rf"\b(?:{VERB})\b")
"""A reporting verb whose subject may be a pronoun (`attribution.ANY_VERB` also matches
"according to", which no pronoun reports with)."""
_PRONOUN_BEFORE = re.compile(r"\b([Hh]e|[Ss]he)[ \t]+(?:[a-z]+ly[ \t]+)?\Z")
"""A pronoun subject right before a reporting verb: "she said", "he quickly added"."""
_PRONOUN_AFTER = re.compile(r"[ \t]+(he|she)\b")
"""An inverted pronoun subject right after one: "said she"."""
_JOINT_GIVEN = re.compile(r"((?:[A-Z][a-z]+,[ \t]+)*[A-Z][a-z]+),?[ \t]+(?:and|&)[ \t]+\Z")
"""Given names before a second given name and the surname they share: "Harvey and " before
"Bob Weinstein", "Liam, Ann and " before "Noel Gallagher"."""


class Relatives:
    """The people of one article who share a surname, and where each was named in full."""

    def __init__(self, text: str, persons: list[Entity], sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        family: dict[str, set[str]] = {}
        joint = self._joint_given(text, persons)
        for person in persons:
            key = person.key or person.text
            words = [w for w in key.split() if w not in _SUFFIXES]
            if len(words) >= 2:
                family.setdefault(words[-1], set()).add(key)
        for _, key in joint:
            family.setdefault(key.split()[-1], set()).add(key)
        self.families = {surname: keys for surname, keys in family.items() if len(keys) > 1}
        """Surname -> the full names of the people who share it (two or more)."""
        self.full: list[tuple[int, str]] = []
        """(position, key) of each mention in full of someone who shares a surname."""
        self.subjects: list[tuple[int, str]] = []
        """(position, key) of each full mention that is its sentence's subject."""
        self.spoke: list[tuple[int, str]] = []
        """(position, key) of each full mention that is a reporting verb's subject."""
        self.others: list[int] = sorted(
            person.start for person in persons if not sentences.inside(person.start)
        )
        """Where each person is named outside quotations, for "no one else came in"."""
        self.mentions: list[tuple[int, str]] = []
        """(position, key) of each mention outside quotations of someone who shares a
        surname, in full or by the given name alone ("Travis" for Travis Kelce)."""
        if not self.families:
            return
        shared = {key for keys in self.families.values() for key in keys}
        for at, key in joint:
            if key in shared:
                self.full.append((at, key))
                self.mentions.append((at, key))
                if opens_sentence(text, at):
                    self.subjects.append((at, key))
        for person in persons:
            key = person.key or person.text
            if key in shared and not sentences.inside(person.start):
                words = person.text.split()
                if len(words) >= 2 or words[0] == key.split()[0]:
                    self.mentions.append((person.start, key))
            if key not in shared or len(person.text.split()) < 2:
                continue
            self.full.append((person.start, key))
            if opens_sentence(text, person.start):
                self.subjects.append((person.start, key))
            if _SPOKE_AFTER.match(text, person.end, person.end + 160) or _SPOKE_BEFORE.search(
                text, max(0, person.start - 12), person.start
            ):
                self.spoke.append((person.start, key))
        self.full.sort()
        self.subjects.sort()
        self.mentions.sort()

    @staticmethod
    def _joint_given(text: str, persons: list[Entity]) -> list[tuple[int, str]]:
        """(position, full name) of the people named by a given name alone before another
        given name and the surname they share ("Harvey and Bob Weinstein", "brothers Liam
        and Noel Gallagher"): each is named in full there, beside the other, and neither
        is the one a bare "Weinstein" stands for by being named first."""
        first_names = gazetteer.load().first_names
        # a surname of someone named in the article is theirs ("Clinton and Bernie Sanders")
        in_use = {
            words[-1] for person in persons if len(words := (person.key or person.text).split()) > 1
        }
        found: list[tuple[int, str]] = []
        for person in persons:
            words = person.text.split()
            if len(words) != 2 or words[0] not in first_names:
                continue
            before = _JOINT_GIVEN.search(text, max(0, person.start - 60), person.start)
            if before is None:
                continue
            at = before.start(1)
            for given in before.group(1).split(","):
                given = given.strip()
                if given in first_names and given not in in_use:
                    found.append((text.index(given, at), f"{given} {words[1]}"))
        return found

    def _sentence_start(self, position: int) -> int:
        """Where the sentence holding `position` starts; a paragraph break ends one too."""
        text = self.text
        while position > 0 and text[position].isspace():
            position -= 1
        if position <= 0:
            return 0
        line = text.rfind("\n", 0, position) + 1
        return max(line, self.sentences.start_before(position, line))

    def _only_one_near(self, position: int, keys: set[str]) -> str | None:
        """The one of `keys` mentioned (in full or by given name) from the start of the
        paragraph before `position`'s up to it, when no other of them is."""
        text = self.text
        line = text.rfind("\n", 0, position) + 1
        end = line - 1
        while end > 0 and text[end].isspace():
            end -= 1
        paragraph = text.rfind("\n", 0, end) + 1 if end > 0 else 0
        start = bisect_left(self.mentions, (paragraph, ""))
        near = {key for at, key in self.mentions[start:] if at < position and key in keys}
        return near.pop() if len(near) == 1 else None

    def _next_pronoun_sex(self, position: int) -> str | None:
        """The sex of the pronoun that next reports speech after the bare surname at
        `position`, when no one else is named outside quotations before it, within this
        paragraph and the next: `"…," Rivera said.` ¶ `"…," she said.` continues one
        speaker, so "she" tells which Rivera spoke."""
        text = self.text
        first = _REPORTING.search(text, position, position + 200)
        if first is None:
            return None
        _, end = paragraph_bounds(text, first.end())
        while end < len(text) and text[end].isspace():
            end += 1
        _, end = paragraph_bounds(text, end)  # the end of the next paragraph
        index = bisect_left(self.others, first.end())
        someone_else = self.others[index] if index < len(self.others) else len(text)
        for verb in _REPORTING.finditer(text, first.end(), end):
            if self.sentences.inside(verb.start()):
                continue
            if someone_else < verb.start():
                return None  # someone else came in: the pronoun may be theirs
            before = _PRONOUN_BEFORE.search(text, max(0, verb.start() - 24), verb.start())
            after = _PRONOUN_AFTER.match(text, verb.end())
            found = before or after
            if found is None:
                return None  # the next report is someone else's, or a description's
            return "f" if found.group(1).lower() == "she" else "m"
        return None

    def surname_of(self, surface: str, key: str) -> str | None:
        """The shared surname `surface` ("Mr Drayton", "Drayton") is, when it is nothing
        more and `key` is one of the people who share it."""
        words = surface.split()
        while len(words) > 1 and words[0] in _HONORIFICS:
            words = words[1:]
        if len(words) != 1:
            return None
        keys = self.families.get(words[0])
        return words[0] if keys is not None and key in keys else None

    def which(
        self,
        surname: str,
        chosen: str,
        position: int,
        spoken: set[str],
        surface: str = "",
        sex_of: Callable[[str], str | None] = gender_of,
    ) -> tuple[str, bool]:
        """(person, sure) for a bare `surname` at `position`.

        Args:
            surname: A surname several people of the article share.
            chosen: Whom the recogniser or an earlier step took it for.
            position: Where the bare surname is.
            spoken: People already given a sure quotation before `position`.
            surface: The words naming them there ("Mrs Osbourne"): an honorific there or
                right before gives the sex, which leaves out the relatives whose given
                name (or what else the text says of them, `sex_of`) says otherwise.
            sex_of: "f", "m" or None for a full name.

        Returns:
            The person, and whether the text decides it.
        """
        before = self.full[: bisect_left(self.full, (position, ""))]
        named = [key for _, key in before if key in self.families[surname]]
        words = self.text[max(0, position - 6) : position].split() + surface.split()
        sexes = (gender_of_noun(word.rstrip(".")) for word in words if word in _HONORIFICS)
        sex = next((found for found in sexes if found is not None), None)
        if sex is not None:
            fitting = [key for key in named if sex_of(key) in (sex, None)]
            if len(set(fitting)) == 1 and len(set(named)) > 1:
                return fitting[0], True  # "Mrs Osbourne" when only Sharon is a woman
            named = fitting or named
        elif len(set(named)) > 1 and (sex := self._next_pronoun_sex(position)) is not None:
            fitting = [key for key in named if sex_of(key) in (sex, None)]
            if len(set(fitting)) == 1:
                return fitting[0], True  # "'…,' Rivera said." ¶ "'…,' she said.": Ana
        keys = set(named)
        if len(keys) < 2 or chosen not in keys:
            return chosen, True  # only one of them named so far: the surname is theirs
        principal = named[0]  # by convention the bare surname is the one named first
        previous = self._sentence_start(self._sentence_start(position) - 1)
        here = {
            key
            for at, key in self.subjects + self.spoke
            if previous <= at < position and key in keys
        }
        if len(here) == 1:
            return here.pop(), True  # "Teves' father Tom Teves … '…,' Teves told ABC"
        if chosen != principal and self._only_one_near(position, keys) == chosen:
            # "Swift and Travis attended …" ¶ "'…,' Kelce shared": the recogniser's choice
            # is the only one of them the paragraph before and this one speak of
            return chosen, True
        index = bisect_left(self.spoke, (position, ""))
        talkers = {key for _, key in self.spoke[:index] if key in keys} | (spoken & keys)
        if principal in talkers:
            return principal, True  # the principal speaks on: "Verma said" after she did
        if len(talkers) == 1:
            return talkers.pop(), True  # "John Drayton said …" then "Mr Drayton said"
        first_principal = next(at for at, key in before if key == principal)
        first_other = next(at for at, key in before if key in keys and key != principal)
        if self._sentence_start(first_other) == self._sentence_start(first_principal):
            return principal, False  # "Brothers Alan and Gareth Pryce": nothing decides
        # the bare surname is the one the story introduced first, on its own: the others
        # came in later as their relatives ("Hillary Clinton … her husband Bill Clinton")
        return principal, True

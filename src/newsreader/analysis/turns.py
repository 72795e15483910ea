"""Question and answer turns: an answer belongs to the one asked, not to the asker.

News tells an exchange in turns: `The moderator asked Kessler whether he would sign it.`
… `"Would you sign it or not?" Becker asked.` ¶ `"I'd look at it like any bill," he said.`
The pronoun's nearest speaker is the asker, but the words are the answer of the one asked:
the object of the asking (`asked Kessler whether`, `put it to Mr Corrigan`, `Questioned by
his barrister, …, Mr Corrigan`, `pressed him`), or else, when the asker is someone whose
job is to ask (a reporter, a host, a barrister), whoever spoke just before the question.

Only the first quotation after the question is an answer, and only when a pronoun, a reply
verb (`replied`, `shot back`) or nothing attributes it; a speaker's own rhetorical question
(`"Is that fair?" she asked. "No," she said.`) has nobody asked, and "she added" keeps the
speaker. A quotation-only follow-up after the reply may be either person's turn (the
caller's turn-taking rule keeps it unsure).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from newsreader.analysis.given_names import gender_of
from newsreader.analysis.quote_marks import RawQuote, join_parts
from newsreader.analysis.salience import gender_of_noun
from newsreader.analysis.speakers import Resolver
from newsreader.analysis.speech import words

_ASKING = re.compile(
    r"\b(?:[Aa]sk(?:ed|s|ing)|[Pp]ress(?:ed|es|ing)|[Qq]uestion(?:ed|s|ing)|[Qq]uizz?(?:ed|es|ing)"
    r"|[Qq]uer(?:ied|ies|ying)|[Dd]emand(?:ed|s|ing)|[Cc]hallenge[ds]|[Pp]ut[ \t]+it[ \t]+to"
    r"|[Pp]uts[ \t]+it[ \t]+to|want(?:ed|s)[ \t]+to[ \t]+know)\b"
)
"""Verbs that ask: the question's own attribution, and the sentence naming who is asked."""
_REPLY = re.compile(
    r"\b(?:repl(?:ied|ies|ying)|answer(?:ed|s|ing)|respond(?:ed|s|ing)|retort(?:ed|s|ing)"
    r"|counter(?:ed|s|ing)|(?:shot|shoots|fired|fires|hit|hits)[ \t]+back)\b"
)
"""Verbs that answer: their subject is not the one who asked."""
_CONTINUING = re.compile(
    r"\b(?:add(?:ed|s|ing)|continu(?:ed|es|ing)|went[ \t]+on|goes[ \t]+on|ask(?:ed|s|ing))\b"
)
"""`"…," she added`, `she asked again`: the same speaker goes on."""
_QUESTIONERS = words(
    """
    reporter reporters journalist journalists correspondent host presenter anchor moderator
    interviewer questioner barrister counsel prosecutor prosecuting kc qc attorney lawyer
    examiner inquisitor
    """
)
"""Whose job is to ask: their question is put to someone else, who answers it."""
_ADDRESSED = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")
_VOCATIVE = re.compile(
    r"(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam|Senator|Governor|Mayor|Minister|Judge)"
    r"\.?[ \t]+)?"
    r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}"
)
"""Who a question opens by calling (`Ms. Brooks,`): a name, perhaps after a title."""
_FEMALE_TITLES = ("mrs", "ms", "miss", "madam")
_OBJECT_GAP = re.compile(r"[ \t]+(?:(?:it|them)[ \t]+to[ \t]+|(?:the|a|an)[ \t]+)?")
_BY = re.compile(r"[ \t]+by\b")
_OBJECT_PRONOUN = re.compile(r"[ \t]+(?P<pronoun>him|her)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_PRONOUN_GENDER = {"he": "m", "she": "f"}
_PROSE_REACH = 1500
"""How far back (characters) a sentence naming the one asked is looked for."""
_PARAGRAPHS_BACK = 3
"""How many paragraphs before the question the one who spoke before it may be."""
_ANSWER_CONFIDENCE = 0.8
"""A pronoun answering a question put to someone named, whose sex fits it."""
_BARE_CONFIDENCE = 0.75
"""A paragraph that is only a quotation, answering a question put to someone."""
_GUESS = 0.45
"""An answer to a question that only says "you": who was asked is a guess."""
_UNSURE = 0.5
"""A pronoun answering, when the text gives no sex for the one asked: a guess."""


@dataclass(slots=True)
class Question:
    """A question just asked: by whom, to whom, and what makes that an exchange."""

    asker: str
    paragraph: int
    """Paragraph where the question closes; the answer is in it or the next one."""
    addressee: str
    sureness: float
    """How sure the addressee is (the confidence of the speaker it was taken from)."""
    named: bool
    """The text says who was asked (`asked Kessler`), rather than only who spoke before."""
    questioner: bool
    """The asker's job is to ask (a reporter, a host, a barrister)."""
    addressed: bool
    """The question speaks to someone (`you`)."""
    gender: str | None = None
    """The addressee's sex, when the question calls them by a title (`Mr Jones,`)."""


def clause_of(text: str, raw: RawQuote) -> str:
    """The words of a quotation's own attribution (`Becker asked`, `she replied`), read
    before the speaker is resolved (resolving may move the speaker offsets onto a name
    elsewhere)."""
    if raw.speaker_start is None or raw.speaker_end is None:
        return ""
    if raw.speaker_start < raw.parts[0][1]:
        return text[max(raw.speaker_start, raw.open_at - 200) : raw.open_at]
    before = max(end for _, end in raw.parts if end <= raw.speaker_start)
    after = [start for start, _ in raw.parts if start > raw.speaker_start]
    if after:
        # `"…?" she asked. "…"`, one quotation: the words between its pieces
        return text[before + 1 : after[0] - 1]
    end = max(raw.attribution_end or 0, raw.speaker_end)
    stop = _SENTENCE_END.search(text, end, end + 60)
    return text[before + 1 : stop.start() if stop else end + 60]


def _tokens(name: str) -> set[str]:
    return {word for word in re.findall(r"[\w’'-]+", name) if word[:1].isupper() and len(word) > 2}


def _same(one: str, other: str) -> bool:
    """Whether two names may be the same person (a surname and the full name)."""
    if one.lower() == other.lower():
        return True
    mine, theirs = _tokens(one), _tokens(other)
    return bool(mine and theirs and (mine <= theirs or theirs <= mine))


class Turns:
    """Remembers the last question asked and decides whose the answer is."""

    def __init__(self, text: str, resolver: Resolver) -> None:
        self.text = text
        self.resolver = resolver
        self.pending: Question | None = None

    def _gender(self, name: str) -> str | None:
        known = self.resolver.salience.gender.get(name) or gender_of(name)
        if known is None and " " in name:
            found = {gender_of_noun(word) for word in name.lower().split()[1:]} - {None}
            known = found.pop() if len(found) == 1 else None
        return known

    def is_questioner(self, name: str, words_used: str) -> bool:
        """Whether the text (or `words_used` for them, as `interviewer Caleb Ames`)
        describes `name` as someone whose job is to ask."""
        return self._questioner(name, words_used)

    def _questioner(self, asker: str, words_used: str) -> bool:
        described = [asker, words_used, *self.resolver.described_people.get(asker, [])]
        return any(word in _QUESTIONERS for phrase in described for word in phrase.lower().split())

    def _person_after(self, start: int, end: int, asker: str) -> str | None:
        """The first person named in [start, end) who is not the asker."""
        resolver = self.resolver
        index = bisect_left(resolver.person_starts, start)
        while index < len(resolver.person_starts) and resolver.person_starts[index] < end:
            key = resolver.person_keys[index]
            index += 1
            if not _same(key, asker):
                return key
        return None

    def _object(self, verb: re.Match[str], asker: str, stop: int) -> tuple[str | None, bool]:
        """Who an asking verb asks (`asked Kessler`, `put it to Mr Corrigan`, `Questioned by
        his barrister, …, Mr Corrigan`); (None, True) for `pressed him`: the one who spoke."""
        text = self.text
        if _BY.match(text, verb.end()):
            return self._person_after(verb.end(), stop, asker), False
        pronoun = _OBJECT_PRONOUN.match(text, verb.end())
        if pronoun is not None:
            return None, True
        gap = _OBJECT_GAP.match(text, verb.end())
        start = gap.end() if gap else verb.end()
        return self._person_after(start, min(stop, start + 12), asker), False

    def _asked_in_prose(self, raw: RawQuote, asker: str) -> tuple[str | None, bool]:
        """The one asked, from the last sentence before the question in which the asker
        asks someone (`The moderator, Tom Becker, asked Kessler whether …`)."""
        text, sentences = self.text, self.resolver.sentences
        lower = max(0, raw.open_at - _PROSE_REACH)
        found: list[re.Match[str]] = [
            verb
            for verb in _ASKING.finditer(text, lower, raw.open_at)
            if not sentences.inside(verb.start())
        ]
        mine = _tokens(asker)
        for verb in reversed(found):
            line = text.rfind("\n", 0, verb.start()) + 1
            opening = sentences.start_before(verb.start(), line)
            line_end = text.find("\n", verb.end())
            closing = sentences.end_after(verb.end(), len(text) if line_end < 0 else line_end)
            sentence = set(re.findall(r"[\w’'-]+", text[opening:closing]))
            if not mine or not mine & sentence:
                continue  # someone else asking
            return self._object(verb, asker, closing)
        return None, False

    def ask(
        self,
        raw: RawQuote,
        asker: str | None,
        clause: str,
        previous: str | None,
        previous_sureness: float,
        previous_paragraph: int,
    ) -> None:
        """Remember `raw` as a question when it is one, asked by `asker`; else forget any.

        Args:
            raw: The quotation just attributed.
            asker: Who it went to.
            clause: The words of its own attribution.
            previous: The speaker of the quotation before it.
            previous_sureness: How sure that speaker is.
            previous_paragraph: The paragraph where that quotation closed.
        """
        self.pending = None
        quoted = join_parts(self.text, raw.parts)
        pieces = [self.text[start:end].rstrip(" ,'\"’”") for start, end in raw.parts]
        if asker is None or not any(piece.endswith("?") for piece in pieces):
            return
        verb = _ASKING.search(clause)
        if verb is None:
            return
        addressee, called = self._vocative(raw, asker)
        spoke = False
        if addressee is None:
            called = None
            addressee, spoke = self._object_in_clause(raw, clause, verb, asker)
        named = addressee is not None
        if addressee is None and not spoke:
            addressee, spoke = self._asked_in_prose(raw, asker)
            named = addressee is not None
        sureness = 1.0
        if addressee is None and previous is not None and not _same(previous, asker):
            near = raw.paragraph - previous_paragraph <= _PARAGRAPHS_BACK
            if near and (spoke or not self._someone_else(previous, asker, raw)):
                addressee, sureness, named = previous, previous_sureness, spoke
        if addressee is None:
            return
        self.pending = Question(
            asker,
            raw.last_paragraph,
            addressee,
            sureness,
            named,
            self._questioner(asker, raw.speaker_text or ""),
            bool(_ADDRESSED.search(quoted)),
            called,
        )

    def _vocative(self, raw: RawQuote, asker: str) -> tuple[str | None, str | None]:
        """The person the question opens by calling (`"Ms. Brooks, you approved those
        payments?"`): the one asked, whoever spoke before; and their sex, if a title says."""
        first = raw.parts[0][0]
        while first < raw.close_at and self.text[first].isspace():
            first += 1
        comma = self.text.find(",", first, first + 40)
        called = _VOCATIVE.fullmatch(self.text, first, comma) if comma >= 0 else None
        if called is None:
            return None, None
        title = (called.group("title") or "").lower()
        gender = "m" if title in ("mr", "sir") else "f" if title in _FEMALE_TITLES else None
        return self._person_after(first, comma, asker), gender

    def _object_in_clause(
        self, raw: RawQuote, clause: str, verb: re.Match[str], asker: str
    ) -> tuple[str | None, bool]:
        """The one asked, named in the question's own attribution (`Becker asked Kessler`)."""
        if raw.speaker_start is None or raw.speaker_start < raw.close_at:
            return None, False
        offset = self.text.find(clause, raw.close_at)
        if offset < 0:
            return None, False
        found = _ASKING.search(self.text, offset + verb.start(), offset + len(clause))
        if found is None:
            return None, False
        return self._object(found, asker, offset + len(clause))

    def _someone_else(self, previous: str, asker: str, raw: RawQuote) -> bool:
        """Whether someone besides the asker and the one who spoke before is named in the
        paragraph of the question before it: a third person, who may be the one asked."""
        resolver = self.resolver
        start = self.text.rfind("\n", 0, raw.open_at) + 1
        index = bisect_left(resolver.person_starts, start)
        while index < len(resolver.person_starts) and resolver.person_starts[index] < raw.open_at:
            key = resolver.person_keys[index]
            index += 1
            if resolver.sentences.inside(resolver.person_starts[index - 1]):
                continue
            if not _same(key, previous) and not _same(key, asker):
                return True
        return False

    def answer(
        self, raw: RawQuote, speaker: str | None, clause: str, own: bool
    ) -> tuple[str, float, str] | None:
        """Who answers, when `raw` answers the pending question: (name, confidence, how);
        None to keep what the quotation's own attribution (or the carrier) gave.

        Args:
            raw: The quotation after the question.
            speaker: Who it went to so far.
            clause: The words of its own attribution.
            own: Whether it has an attribution of its own.
        """
        question, self.pending = self.pending, None
        if question is None:
            return None
        if raw.paragraph not in (question.paragraph, question.paragraph + 1):
            return None
        addressee = question.addressee
        sure = question.named or question.questioner
        if not own:
            if raw.paragraph == question.paragraph or speaker == addressee:
                return None  # the rest of the asker's own paragraph
            if join_parts(self.text, raw.parts).rstrip(" ,'\"’”").endswith("?"):
                return None  # another question: the asker's follow-up as likely
            confidence = _BARE_CONFIDENCE if sure else _GUESS if question.addressed else 0.0
            if not confidence:
                return None
            return addressee, min(confidence, question.sureness), "answer-bare"
        pronoun = (raw.speaker_text or "").lower()
        if pronoun not in _PRONOUN_GENDER or _CONTINUING.search(clause):
            return None
        replied = _REPLY.search(clause) is not None
        if not (sure or (replied and question.addressed)):
            return None
        known = question.gender or self._gender(addressee)
        if known is not None and known != _PRONOUN_GENDER[pronoun]:
            return None
        if speaker == addressee and known is None:
            return None
        confidence = _ANSWER_CONFIDENCE if known is not None else _UNSURE
        return (
            addressee,
            min(confidence, question.sureness),
            "answer-reply" if replied else "answer",
        )

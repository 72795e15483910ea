"""Key direct quotations and who said them.

The steps live in small modules: `quote_marks` pairs the marks into quotations,
`attribution` finds the reporting clause tied to each one and its subject, and `speakers`
turns that subject into a name with a confidence. This module puts them together, merges a
quotation interrupted by its own attribution (`"…," she said. "…"`), and carries a speaker
into a paragraph that is nothing but a quotation when nobody new was introduced in between,
or gives it to the subject of the paragraph of prose before it (`prose_subject`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from newsreader.analysis.attribution import (
    ANY_VERB,
    ASIDE,
    LABEL,
    MERGE_GAP,
    attribute,
)
from newsreader.analysis.bodies import CONFIDENCE as BODY_CONFIDENCE
from newsreader.analysis.bodies import Bodies
from newsreader.analysis.clauses import coordinated, own_clause, reported_before
from newsreader.analysis.documents import issuer_of
from newsreader.analysis.given_names import gender_of
from newsreader.analysis.mentions import names_something
from newsreader.analysis.plain import same_offsets
from newsreader.analysis.prose_subject import (
    DOCUMENT_HEADING,
    FIRST_PERSON_SINGULAR,
    PASSIVE,
    STANCE,
    Subject,
    main_subject,
    opening_subject,
    party_at,
    subject_of_clause,
    verb_follows,
)
from newsreader.analysis.quote_marks import (
    MARKS,
    RawQuote,
    is_citation_or_code,
    is_key,
    join_parts,
    pair_marks,
)
from newsreader.analysis.ranker import rank_speakers
from newsreader.analysis.salience import (
    INTRODUCED_SUBJECT,
    THIRD_PERSON,
    Event,
    at_sentence_starts,
)
from newsreader.analysis.sentences import Sentences, previous_paragraph_start
from newsreader.analysis.single_marks import as_double_marks
from newsreader.analysis.speakers import SURE, Resolver, head
from newsreader.analysis.speech import INSTITUTIONS, IS_PRONOUN, VERB
from newsreader.analysis.turns import Turns, clause_of
from newsreader.models import Entity, Quote

__all__ = ["SURE", "find_quotes"]

_CARRY_CONFIDENCE = 0.75
"""A quotation-only paragraph right after a speaker's quote is very likely theirs."""
_SPAN_CONFIDENCE = 0.8
"""The one person named between a quotation and the reporting verb after it."""
_SUBJECT_CONFIDENCE = 0.5
"""Only the subject of the paragraph before, not someone who spoke: a guess."""
_PROSE_SUBJECT_CONFIDENCE = 0.65
"""A quotation-only paragraph after prose whose last subject is one person (nobody new,
no rival subject): the words of the person the prose was about."""
_MENTION_MAX_WORDS = 8
_DIALOGUE_MIN_QUOTES = 20
_DIALOGUE_GUESS = 0.45
"""In a conversation told by turns, anything but an explicit attribution is a guess."""
_OPENING_PRONOUN = re.compile(r"[ \t]*(He|She)\b")
_LEADING_PRONOUN = re.compile(
    r"[ \t]*(?:(?:Finally|Then|Later|Still|But|And|Instead|Again|Now|Soon),?[ \t]+)?"
    r"([Hh]e|[Ss]he)\b"
)
"""A pronoun opening a paragraph, perhaps after a short adverb (`Finally, he got it.`)."""
_ASKED_SOMEONE = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed)[ \t]+(?:(?P<pronoun>him|her)"
    r"|(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}))[ \t]+"
    r"(?:whether|if|about|why|how|what|when|where|who|which)\b"
)
"""Someone asked a question in prose (`I asked Webb whether …`, `pressed him about …`)."""
"""A paragraph whose first sentence a pronoun opens: about someone already in focus."""
_NO_BREAK_SPACES = ("\u00a0", "\u202f")
"""No-break spaces, read as plain spaces by the attribution patterns (each replaced with
`str.replace`: `str.translate` looks every character of the text up in its table, some ten
times as long on a whole article)."""
_RELATIVE_AFTER = re.compile(
    r"(?:[ \t]*,[^,.!?\"“”\n]{1,80})?[ \t]*,[ \t]*(?:who|whose|referring|speaking)\b"
)
"""A relative clause right after a speaker's name, or after their description (`…, said
Ferguson, who works with …`, `…, said Okafor, a former mayor, referring to …`)."""
_TALKED = re.compile(
    r"\b(?:says|spoke|speaks|spoken|speaking|talks|talked|talking|explains|explained"
    r"|explaining|recalls|recalled|recalling|agrees|agreed|admits|admitted|answers|answered"
    r"|replies|replied|insists|insisted|(?:point(?:s|ed|ing)|spoke|speak(?:s|ing)?)[ \t]+out"
    r"|(?:was|were|is|are|been|being)[ \t]+asked"
    r"|(?<!was )(?<!were )(?<!been )(?:told|tells))\b"
)
"""A predicate telling that its subject spoke (`has spoken out`, `was asked about it and
agreed`, `by pointing out that`), without a reporting clause of its own."""
_ASKED_OPENING = re.compile(
    r"[ \t]*(?:When[ \t]+|After[ \t]+being[ \t]+|Later[ \t,]+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)"
    r"[ \t]+(?:about|whether|if|why|what|how|when|where|who|whom|which|by|after|at|on|later"
    r"|again|for)\b[^.!?;:\"“”\n]*,[ \t]+"
)
"""An opening clause that asks the main clause's subject (`Asked whether it mattered, `,
`When asked about it Friday, `): its subject, left out, is the one who answers."""
_OTHER_CLAUSE = re.compile(
    r"\b(?:while|whereas|when|whenever|because|after|before|though|although|but|if|unless"
    r"|as|since|until)\b|[;:—–]"
)
"""A word opening another clause, whose subject may be someone else."""
_ADDRESSING = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves)\b")
"""Words spoken to someone: in a conversation, the other person."""
_ASIDE_REACH = 200
"""Characters before a mention where the bracket of an aside holding it may open."""
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:how|why|that|whether|what|if|where|when|as)[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,2}\Z"
)
"""A word opening a clause inside the sentence (`he explained how Gaga uses Twitter`): the
name after it is that clause's subject, not a rival to the sentence's."""
_PROSE = re.compile(r"[^\s\"“”«»„.,;:!?—–-]")


_COORDINATE = re.compile(
    r"(?:[ \t]+(?!that\b)[\w’'-]+){0,4}?[ \t]*,[ \t]*(?:but|while|whereas|although|though|yet)"
    r"[ \t]+"
)
"""`, but `, `on Monday, while `: a clause of its own opening right after a reporting
clause (not one inside the reported words: `said that Ames was "…" while Cole is "…"`)."""
_CAPITALISED = re.compile(r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}")


def _other_clause(text: str, start: int, end: int) -> bool:
    """Whether the words right after a reporting clause (from `start`, up to the next
    quotation at `end`) open a clause of their own whose subject is another party (`"…,"
    Frey said, but her opponent called it "…"`, `…, while critics called it "…"`): the
    words after it are that party's, not the rest of an interrupted quotation nor the
    speaker's. A pronoun may be the speaker's (`but she added`)."""
    found = _COORDINATE.match(text, start, end)
    if found is None:
        return False
    party = party_at(text, found.end(), end)
    if party is not None:
        return party.kind != "pronoun"
    name = _CAPITALISED.match(text, found.end(), end)
    return name is not None and verb_follows(text, name.end(), end)


_SAID_AFTER = re.compile(
    r"[\"”’']?[ \t]*(?:,[ \t]*)?(?:(?P<subject>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
    rf"(?:[ \t]+(?!(?:{VERB}|and|but|as|when|while|that|who|which)\b)[\w’'-]+){{1,7}}?)"
    rf"[ \t]+(?:{VERB})\b(?:[ \t]+[\w’'-]+){{0,4}}?"
    r"|came[ \t]+(?P<reply>(?:the|a|an|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:reply|response|answer|retort)))[ \t]*(?:[.,;:!?]|\Z|(?=\n))"
)
"""`"…," the banner above the stand read.`, `"…" a message on the website reads.`: a
reporting clause right after a quotation whose subject is described (by words the rules
may not know as a speaker's), so the quotation is theirs, not the last speaker's; or
`"…," came the reply.`: the answer of someone else."""


_HEAD_CUT = re.compile(
    r"[ \t]+(?:of|on|at|in|from|for|with|above|below|near|outside|inside|over|under|to|by)\b"
)
"""Where a description's head ends (`a message on the website`: message)."""


def _said_after(text: str, raw: RawQuote) -> str | None:
    """The words of a described subject reporting the quotation right after it (see
    `_SAID_AFTER`), when its own attribution was not found."""
    found = _SAID_AFTER.match(text, raw.close_at + 1)
    return None if found is None else found.group("subject") or found.group("reply")


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
            and not coordinated(text, previous)
            and not _other_clause(text, previous.attribution_end, raw.open_at)
            and (raw.speaker_text is not None or _said_after(text, raw) is None)
            and (
                raw.speaker_text is None
                or IS_PRONOUN.fullmatch(raw.speaker_text)
                or (raw.speaker_start or 0) < previous.attribution_end
            )
        ):
            previous.parts.extend(raw.parts)
            previous.attribution_end = raw.attribution_end
            previous.last_paragraph = raw.last_paragraph
            continue
        merged.append(raw)
    return merged


def _after_prose_sentence(text: str, raw: RawQuote) -> bool:
    """Whether `raw` opens a sentence after prose in its paragraph, and nothing but
    quotations (or a new sentence of narrative) follows it there: words with no
    attribution of their own (`Reyes grew up on a farm. "I milked cows …"`)."""
    start = text.rfind("\n", 0, raw.open_at) + 1
    before = text[start : raw.open_at].rstrip(" \t")
    if not before or before[-1] not in ".!?" or not _PROSE.search(before):
        return False
    return _nothing_said_after(text, raw)


def _quote_only(text: str, raw: RawQuote, previous_close: int) -> bool:
    """Whether nothing but quotations and punctuation surrounds `raw` in its paragraph;
    or, opening it, the quotation is a whole sentence and another sentence follows
    (`"The people will not put up with this." The community bought the church …`: a
    paragraph break lost when the text was flattened, or a sentence of narrative)."""
    start = text.rfind("\n", 0, raw.open_at) + 1
    before = text[max(start, previous_close + 1) : raw.open_at]
    return not _PROSE.search(before) and _nothing_said_after(text, raw)


def _nothing_said_after(text: str, raw: RawQuote) -> bool:
    """Whether nothing but quotations and punctuation follows `raw` in its paragraph, or
    a new sentence of narrative (see `_quote_only`)."""
    end = text.find("\n", raw.close_at)
    end = len(text) if end < 0 else end
    # `"…" "…"` ¶: the quotations that follow in the paragraph are words, not prose
    close = raw.close_at
    while (following := _FOLLOWING_QUOTATION.match(text, close + 1, end)) is not None:
        close = following.end() - 1
    if not _PROSE.search(text, close + 1, end):
        return True
    return (
        text[close - 1 : close] in ".!?" and _NEXT_SENTENCE.match(text, close + 1, end) is not None
    )


_PERSONAL_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")

_FOLLOWING_QUOTATION = re.compile(r"[ \t]*(?:\"[^\"\n]+\"|“[^“”\n]+”)")
"""A quotation right after another in the same paragraph (marks paired on one line)."""

_NEXT_SENTENCE = re.compile(r"[ \t]+(?!(?:He|She|They|It|I|We)\b)[A-Z][a-z]")
"""A new sentence after a quotation (not a pronoun, which may be its attribution)."""


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
        and not IS_PRONOUN.fullmatch(raw.speaker_text)
    )


_TOPIC_LABEL = re.compile(
    r"[ \t]*(?:On|About|Regarding|(?:When[ \t]+)?[Aa]sked[ \t]+(?:about|whether|if|why|how|what))"
    r"[ \t]+[^\n.!?\"“”]{1,160}:[ \t]*\n"
)
"""A paragraph that is only a topic before a colon (`On the injury to his knee:`, `Asked
about the merger:`): it names what the next words are about, in an interview write-up or
a press-conference round-up; whoever it names is the topic, not a new speaker."""


def _topic_label_before(text: str, open_at: int) -> int | None:
    """Where the topic label right before the paragraph opening at `open_at` starts."""
    end = text.rfind("\n", 0, open_at)
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    return start if _TOPIC_LABEL.match(text, start, end + 1) else None


def _document_heading_before(text: str, open_at: int) -> bool:
    """Whether the line right before the paragraph opening at `open_at` is a heading that
    names a text (`The manifesto`, `Full statement:`), whose words the paragraph holds."""
    start = previous_paragraph_start(text, open_at)
    end = text.find("\n", start)
    if end < 0 or end >= open_at:
        return False
    return DOCUMENT_HEADING.fullmatch(text, start, end) is not None


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


class _People:
    """People mentioned outside quotations, by position, to tell whether someone new came
    in between a speaker and a later quotation."""

    def __init__(self, text: str, entities: list[Entity], sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        persons = [e for e in entities if e.kind == "person" and not sentences.inside(e.start)]
        self.starts = [e.start for e in persons]
        self.ends = [e.end for e in persons]
        self.keys = [e.key or e.text for e in persons]
        bodies = [e for e in entities if e.kind == "organization" and not e.reference]
        self.body_starts = [e.start for e in bodies]
        self.body_ends = [e.end for e in bodies]
        self.body_keys = [e.key or e.text for e in bodies]

    def body_between(self, start: int, end: int) -> bool:
        """Whether an organisation is named in [start, end)."""
        index = bisect_left(self.body_starts, start)
        return index < len(self.body_starts) and self.body_starts[index] < end

    def body_at(self, start: int) -> tuple[str, int] | None:
        """(the organisation, where its name ends) when its name starts at `start`."""
        index = bisect_left(self.body_starts, start)
        if index < len(self.body_starts) and self.body_starts[index] == start:
            return self.body_keys[index], self.body_ends[index]
        return None

    def person_at(self, start: int, end: int) -> str | None:
        """The person named by the words that start at `start` (and end by `end`)."""
        index = bisect_left(self.starts, start)
        if index < len(self.starts) and self.starts[index] < end:
            return self.keys[index]
        return None

    def named_at(self, start: int) -> tuple[str, int] | None:
        """(the person, where their name ends) when a person's name starts at `start`."""
        index = bisect_left(self.starts, start)
        if index < len(self.starts) and self.starts[index] == start:
            return self.keys[index], self.ends[index]
        return None

    def others(self, start: int, end: int, known: str) -> list[tuple[int, int]]:
        """(start, end) of the names of everyone but `known` named in [start, end)."""
        known_tokens = set(known.split())
        found = []
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            key, tokens = self.keys[index], set(self.keys[index].split())
            if key != known and not (tokens <= known_tokens or known_tokens <= tokens):
                found.append((self.starts[index], self.ends[index]))
            index += 1
        return found

    def mentions(self, start: int, end: int, known: str) -> bool:
        """Whether `known` is named in [start, end) (by the name or part of it)."""
        known_tokens = set(known.split())
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            key = self.keys[index]
            if key == known or set(key.split()) <= known_tokens:
                return True
            index += 1
        return False

    def someone_new(
        self, start: int, end: int, known: str, roles: str = "", spoken_of: str = ""
    ) -> bool:
        """Whether a person other than `known` is mentioned in [start, end): by name, or
        as the description a sentence opens with (`A nurse who lives nearby said …`), unless
        `roles`, the words that introduced `known`, gave them that description (`"…," said
        Reyes, the club's coach. The coach …`, `Reyes, 44, …` `The 44-year-old …`)."""
        if start >= 0 and any(
            not self.sentences.inside(found.start("role"))
            and found.group("role") not in INSTITUTIONS
            and found.group(0).lower() != known.lower()
            and not (
                _described_as(found.group("role"), roles)
                and _HEAD_CUT.match(self.text, found.end()) is None
            )
            for found in at_sentence_starts(INTRODUCED_SUBJECT, self.text, start, end)
        ):
            return True
        known_tokens = set(known.split())
        index = bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] < end:
            key = self.keys[index]
            if (
                key != known
                and not set(key.split()) <= known_tokens
                and not (spoken_of and _named_in(key.split()[-1], spoken_of))
            ):
                return True
            index += 1
        return False


def _named_in(surname: str, words: str) -> bool:
    """Whether `words` (a quotation) name someone by `surname`: the speaker talks of them
    (`Clark paid tribute to Lady Hillary.` ¶ `"Lady Hillary really wanted …"`), so they
    are not a second speaker in play; people seldom name themselves."""
    return re.search(rf"\b{re.escape(surname)}\b", words) is not None


_AGE_EPITHET = re.compile(r"(\d{1,3})-year-old")


def _described_as(role: str, roles: str) -> bool:
    """Whether the description `role` (`coach`, `44-year-old`) is among the words `roles`
    that introduced someone (`Reyes, the club's coach`, `Reyes, 44,`)."""
    if not roles:
        return False
    age = _AGE_EPITHET.fullmatch(role)
    if age is not None:
        return re.search(rf"(?:,[ \t]*|\()({age.group(1)})(?:,|\))", roles) is not None
    one = role.removesuffix("s") if role.endswith("s") and not role.endswith("ss") else role
    return re.search(rf"\b{re.escape(one)}s?\b", roles, re.IGNORECASE) is not None


def _same_party(one: str, other: str) -> bool:
    """Whether two names are one party: equal, or one's words among the other's."""
    mine, theirs = set(one.lower().split()), set(other.lower().split())
    return mine <= theirs or theirs <= mine


class _Said(NamedTuple):
    """Who said a quotation, how sure that is, and where the words naming them are."""

    speaker: str | None = None
    confidence: float = 0.0
    start: int | None = None
    end: int | None = None
    how: str = ""
    """The attribution path that gave the speaker, for measuring each path's precision."""


_A_SPOKESPERSON = re.compile(r"[Aa][ \t]+(?P<role>spokes(?:man|woman|person))")
"""`a spokesman`, nobody's in its own words: the spokesman of the body in focus."""
_BARE_BODY = re.compile(r"[Tt]he(?:[ \t]+[a-z][\w-]*){1,3}")
"""`the company`, `the medical charity`: a body described by its kind, not named."""


def _body(raw: RawQuote, resolver: Resolver, bodies: Bodies, said: _Said) -> _Said:
    """`the company said`, or a statement it issued: the body the text was just about,
    when the description (unsure on its own) fits it."""
    speaker = said.speaker
    if raw.speaker_text is not None and _plural(raw.speaker_text):
        return said  # `the groups say`: several bodies, not the one in focus
    itself = bodies.calls_itself_it(raw.speaker_end)  # `the contractor said it …`
    spokesperson = None if speaker is None else _A_SPOKESPERSON.fullmatch(speaker)
    if spokesperson is not None and raw.speaker_start is not None:
        # `AOL backed the cuts.` ¶ `"…," a spokesman said`: the spokesman of the body the
        # text was just about, as the text would say it ("AOL spokesman")
        body = bodies.body("organization", raw.speaker_start)
        if body is not None:
            body = resolver.fuller_body(body, raw.speaker_start)
            return said._replace(speaker=f"{body} {spokesperson.group('role')}")
        return said
    if speaker is not None and said.confidence >= SURE and speaker != raw.speaker_text:
        return _nearer_body(raw, resolver, bodies, said)
    if (
        speaker is None
        or (said.confidence >= SURE and not itself)
        or not _BARE_BODY.fullmatch(speaker)
        or (head(speaker) not in INSTITUTIONS and not itself)
        or raw.speaker_start is None
        or raw.speaker_end is None
    ):
        return said
    position = raw.speaker_start
    if resolver.kind == "document" and raw.speaker_text is not None:
        issuer = issuer_of(
            resolver.text, resolver.sentences, raw.speaker_text, raw.speaker_start, raw.speaker_end
        )
        if issuer is None:
            return said
        position = issuer[1]
    elif not resolver.kind.startswith("description"):
        return said
    body = bodies.body(head(speaker), position) or bodies.spoken(
        head(speaker), resolver.salience.last_body(position), position
    )
    if body is None:
        return said
    body = resolver.fuller_body(body, position)
    # a later "it said" stands for the body, not for its description
    resolver.salience.add_speaker(raw.speaker_start, body, False, BODY_CONFIDENCE)
    return said._replace(speaker=body, confidence=BODY_CONFIDENCE, how=said.how + "-body")


def _plural(words: str) -> bool:
    """Whether a description's last word is its head noun in the plural (`the groups`)."""
    last = words.split()[-1].lower() if words.split() else ""
    noun = head(words)
    return last != noun and last in (noun + "s", noun + "es")


def _nearer_body(raw: RawQuote, resolver: Resolver, bodies: Bodies, said: _Said) -> _Said:
    """`the group said` taken for an earlier description (`A leading militant group`):
    a body named since, that the noun fits and that the text was just about (`the
    Movement for … said it …`), is the nearer referent."""
    words, start = raw.speaker_text, raw.speaker_start
    speaker = said.speaker
    if (
        words is None
        or start is None
        or speaker is None
        or speaker.split()[0].lower() not in ("a", "an", "the")  # a name, not a description
        or not resolver.kind.startswith("description")
        or not _BARE_BODY.fullmatch(words.strip())
        or head(words) not in INSTITUTIONS
    ):
        return said
    described = resolver.text.rfind(speaker, 0, start)
    body = bodies.body(head(words), start) or bodies.spoken(
        head(words), resolver.salience.last_body(start), start
    )
    if described < 0 or body is None or resolver.text.rfind(body, 0, start) < described:
        # `the European Committee for …, a Brussels-based trade group,`: the description
        # the words stand for describes a body named right before it
        body = bodies.described_body(described) if described >= 0 else None
        if body is None:
            return said
    body = resolver.fuller_body(body, start)
    resolver.salience.add_speaker(start, body, False, BODY_CONFIDENCE)
    return said._replace(speaker=body, confidence=BODY_CONFIDENCE, how=said.how + "-body")


def _own_speaker(raw: RawQuote, resolver: Resolver, bodies: Bodies) -> _Said | None:
    """The speaker from the quotation's own attribution; None when it has none."""
    own_clause(resolver, raw)
    if raw.span is not None and (raw.speaker_text is None or raw.how == "previous"):
        spanned = resolver.span_person(raw)
        if spanned is not None:
            return _Said(spanned, _SPAN_CONFIDENCE, *raw.span, how="span")
    if raw.speaker_text is None:
        return None
    if raw.how == "before" and raw.speaker_end is not None:
        # `"…," Frey said, but her opponent called it "…"`: the clause after the
        # reporting one has a subject of its own, whose words these are
        verb = ANY_VERB.search(resolver.text, raw.speaker_end, raw.open_at)
        if verb is not None and _other_clause(resolver.text, verb.end(), raw.open_at):
            return _Said()
    speaker, confidence = resolver.resolve(raw)
    if raw.how == ASIDE and (speaker is None or gender_of(speaker) is None):
        return _Said()  # `as he puts it`: the pronoun stands for no one with a given name
    if raw.how == LABEL and speaker not in resolver.person_set:
        # `Reporter:`, `WASHINGTON:`: a label names the speaker, but no one the text names;
        # nor is it the last speaker's turn
        return _Said()
    if speaker is None and raw.span is not None:
        spanned = resolver.span_person(raw)
        if spanned is not None:
            return _Said(spanned, _SPAN_CONFIDENCE, *raw.span, how="span")
    how = f"{raw.how}:{resolver.kind}"
    if raw.how == "after" and speaker is not None and reported_before(resolver, raw, speaker):
        # `The State Department said it "looks forward to …," while the ministry called
        # for …`: two reporting clauses claim the quotation; the text does not decide
        how += "-contested"
        confidence = min(confidence, _SUBJECT_CONFIDENCE)
    said = _Said(speaker, confidence, raw.speaker_start, raw.speaker_end, how)
    return said if "-contested" in how else _body(raw, resolver, bodies, said)


class _Turn(NamedTuple):
    """A paragraph that held a quotation, as the turns of a conversation see it."""

    paragraph: int
    speaker: str | None
    confidence: float
    talks_to: bool
    """Whether a quotation there asked a question or spoke to someone (`you`)."""
    asked: bool
    """Whether a quotation there asked a question."""
    questioner: bool
    """Whether its speaker's job is to ask (a reporter, an interviewer, a host)."""


class _Carrier:
    """Carries a speaker into quotations without an attribution of their own: the rest
    of a paragraph, or a paragraph that is nothing but a quotation, continues the last
    speaker (or the person who spoke in the paragraph before) unless someone new came in."""

    def __init__(self, text: str, resolver: Resolver, people: _People) -> None:
        self.text = text
        self.resolver = resolver
        self.people = people
        self.last = _Said()
        self.last_paragraph = -3
        self.last_close = -1
        self.question = False
        """Whether the last quotation asked a question (a reply is someone else's)."""
        self.turns: list[_Turn] = []
        """The last two paragraphs that held a quotation."""
        self.questioners: set[str] = set()
        """Speakers described, once, as someone whose job is to ask."""
        self.exchange = Turns(text, resolver)
        """The last question asked, whose answer is the one asked's."""

    def said(self, raw: RawQuote, own: _Said | None, clause: str = "") -> _Said:
        """The speaker of `raw`, its own or carried; remembers it for the next one.
        `clause` holds the words of its own attribution (`Becker asked`)."""
        found = own if own is not None else self._carried(raw)
        answer = self.exchange.answer(raw, found.speaker, clause, own is not None)
        if answer is not None:
            name, confidence, how = answer
            found = found._replace(speaker=name, confidence=confidence, how=how)
            if own is not None and raw.speaker_start is not None:
                # a later pronoun may stand for the one who answered, not the asker
                self.resolver.salience.add_speaker(raw.speaker_start, name, True, confidence)
        self.exchange.ask(
            raw, found.speaker, clause, self.last.speaker, self.last.confidence, self.last_paragraph
        )
        # The chain goes on from whoever this quotation went to, or from nobody: an older
        # speaker is not carried past a quotation that was not theirs.
        self.last = found
        self.question = join_parts(self.text, raw.parts).rstrip(" ,'\"’”").endswith("?")
        talks_to = self.question or _ADDRESSING.search(join_parts(self.text, raw.parts)) is not None
        if not self.turns or self.turns[-1].paragraph != raw.paragraph:
            speaker = found.speaker
            questioner = speaker is not None and (
                speaker in self.questioners
                or (self.question and self.exchange.is_questioner(speaker, self._role_before(raw)))
            )
            if questioner and speaker is not None:
                self.questioners.add(speaker)
            turn = _Turn(
                raw.last_paragraph,
                found.speaker,
                found.confidence,
                talks_to,
                self.question,
                questioner,
            )
            self.turns = [*self.turns[-1:], turn]
        elif talks_to:
            self.turns[-1] = self.turns[-1]._replace(
                talks_to=True, asked=self.turns[-1].asked or self.question
            )
        self.last_paragraph, self.last_close = raw.last_paragraph, raw.close_at
        return found

    def _in_conversation(self, raw: RawQuote) -> bool:
        """Whether the two paragraphs before this one were quotations by two different
        speakers, one after the other, in an exchange: turns of a conversation, where an
        unattributed reply is as likely the other person's as the last speaker's.

        An exchange shows by a question or by words spoken to someone (`you`), in one of
        the two turns or in this quotation.
        News sets one person's quotation after another's without their talking to each
        other (`"…," said Manafort.` ¶ `"…," said Antonacci.` ¶ `"…"`): a quotation-only
        paragraph there goes on with the last speaker, when the text named them (not by
        a pronoun, which could stand for either)."""
        if len(self.turns) < 2:
            return False
        first, second = self.turns
        if not (
            raw.paragraph - second.paragraph == 1
            and second.paragraph - first.paragraph == 1
            and first.speaker != second.speaker
        ):
            return False
        if "pronoun" in self.last.how:
            return True  # `Mr Ames should "…," he said.`: which of the two, the text hardly says
        words = join_parts(self.text, raw.parts)
        talks = words.rstrip(" ,'\"’”").endswith("?") or _ADDRESSING.search(words) is not None
        if first.talks_to or second.talks_to or talks:
            return True
        return self._about_someone_else(second.speaker)

    def _role_before(self, raw: RawQuote) -> str:
        """The lowercase words right before the speaker's name in its attribution
        (`interviewer` in `asked interviewer Caleb Ames`), or the speaker's own words."""
        if raw.speaker_start is None:
            return ""
        before = self.text[max(0, raw.speaker_start - 40) : raw.speaker_start].split()[-2:]
        role = " ".join(word for word in before if word.islower())
        return role + " " + (raw.speaker_text or "")

    def _follow_up(self, raw: RawQuote) -> _Said | None:
        """`"…?" asked reporter Tom Reyes.` ¶ `"…," Webb said.` ¶ `"And when …?"`: a
        quotation-only question right after the answer to a question put by someone whose
        job is to ask (a reporter, an interviewer, a host) is their next question."""
        if len(self.turns) < 2:
            return None
        first, second = self.turns
        if (
            first.speaker is None
            or not first.asked
            or second.asked
            or second.speaker == first.speaker
            or raw.paragraph - second.paragraph != 1
            or second.paragraph - first.paragraph != 1
            or not join_parts(self.text, raw.parts).rstrip(" ,'\"’”").endswith("?")
            or not _quote_only(self.text, raw, -1)
            or not first.questioner
        ):
            return None
        confidence = min(first.confidence, _CARRY_CONFIDENCE)
        return _Said(first.speaker, confidence, how="follow-up")

    def _about_someone_else(self, speaker: str | None) -> bool:
        """Whether the last quotation's paragraph opens on a pronoun for someone other than
        its speaker (`He turns serious when asked about the offer, which union leaders
        called "…".`): words quoted in passing, while another person is in focus."""
        start = self.text.rfind("\n", 0, self.last_close) + 1
        opening = _OPENING_PRONOUN.match(self.text, start)
        if opening is None:
            return False
        name, _ = self.resolver.salience.antecedent(opening.group(1), opening.start(1))
        return name is not None and name != speaker

    def _turn_taken(self) -> bool:
        """Whether a quotation-only paragraph may be someone else's turn: the quotation
        before it asked a question, and an answer is as likely another person's (an
        interview, a courtroom, an exchange on a boat)."""
        return self.question

    def _asked_in_prose(self, at: int) -> _Said | None:
        """`I asked Webb whether the road would ever be built.` ¶ `"…"`: a paragraph of
        prose that asks someone a question, then a quotation-only paragraph: their answer
        (whoever asked, a narrator or a reporter), when nobody new came in after them."""
        text = self.text
        since = previous_paragraph_start(text, at)
        end = text.find("\n", since)
        end = at if end < 0 or end > at else end
        if MARKS.search(text, since, end):
            return None
        found = list(_ASKED_SOMEONE.finditer(text, since, end))[-1:]
        if not found:
            return None
        (asked,) = found
        sureness = 1.0
        if asked.group("pronoun"):
            pronoun = "he" if asked.group("pronoun") == "him" else "she"
            name, sureness = self.resolver.salience.antecedent(pronoun, asked.start("pronoun"))
        else:
            name = self.people.person_at(asked.start("name"), asked.end("name"))
        if name is None or self.people.someone_new(asked.end(), at, name):
            return None
        return _Said(name, min(sureness, _CARRY_CONFIDENCE), how="carry-asked")

    def _pronoun_between(self, at: int, paragraph: int) -> _Said | None:
        """`"…," she said.` ¶ `She said convoys could not reach the city.` ¶ `"…"`: a
        paragraph of prose between, opening on a pronoun that stands for the last speaker,
        keeps them in focus; the quotation-only paragraph after it goes on with them."""
        text, last = self.text, self.last
        if last.speaker is None or paragraph - self.last_paragraph != 2:
            return None
        since = previous_paragraph_start(text, at)
        end = text.find("\n", since)
        if MARKS.search(text, since, end) is not None or self.people.someone_new(
            since, at, last.speaker
        ):
            return None
        opening = _LEADING_PRONOUN.match(text, since)
        if opening is not None:
            name, sureness = self.resolver.salience.antecedent(opening.group(1), opening.start(1))
            if name != last.speaker:
                return None
            confidence = min(last.confidence, sureness, _CARRY_CONFIDENCE)
            return last._replace(confidence=confidence, how="carry-prose-pronoun")
        if not self.people.mentions(since, end, last.speaker):
            return None
        # `"…," Paterno said.` ¶ `The question was repeated and Paterno still did not
        # understand.` ¶ `"…"`: the prose between is about the last speaker, and nobody else
        confidence = min(last.confidence, _CARRY_CONFIDENCE)
        return last._replace(confidence=confidence, how="carry-prose-named")

    def _after_own_sentence(self, event: Event, upper: int) -> int:
        """Where to look for someone new after a person who spoke in prose: past the end of
        their own sentence, since the others it names (`Smit, who had never met De Villiers,
        said he was impressed`, the people the reported words are about) are not speakers
        taking over; after a mere subject, from the subject on."""
        if not event.spoke:
            return event.position
        return self.people.sentences.end_after(event.position, upper)

    def _introduced(self, at: int) -> str:
        """The words around the last speaker's own attribution to the end of its sentence
        (not past `at`): their role, their age. A description of that kind later is theirs."""
        start, end = self.last.start, self.last.end
        if start is None or end is None or end > at:
            return ""
        # the sentence holding the name's last character (a full stop right after it ends it)
        return self.text[
            max(0, start - 80) : min(at, self.resolver.sentences.end_after(end - 1, at))
        ]

    def _reported_after(self, raw: RawQuote, speaker: str) -> bool:
        """Whether a reporting clause right after the quotation gives it to a described
        subject other than the last speaker (`"…," the banner above the stand read.`)."""
        subject = _said_after(self.text, raw)
        return subject is not None and not self._role_of(subject, speaker, raw.open_at, True)

    def _role_of(self, words: str, speaker: str, upto: int, reported: bool = False) -> bool:
        """Whether the description `words` is the last speaker's: its head is in their
        name or in the words around their own attribution (`"…," said Reyes, the club's
        coach.` … `The coach …`)."""
        head, *qualified = _HEAD_CUT.split(words.lower().replace("’", "'"), maxsplit=1)
        if qualified and not reported:
            return False  # `the coach of the visitors`: someone else than `the coach`
        role = head.split()[-1].removesuffix("'s")
        return _described_as(role, speaker) or _described_as(role, self._introduced(upto))

    def _rival_between(self, since: int, at: int, speaker: str) -> bool:
        """Whether a sentence that begins between the last speaker and this quotation has
        another party who may speak as the subject of its main clause: a pronoun for
        someone else (`She shook her head.`), a description of another person (`His rival
        was unimpressed.`), a body or a group that speaks or takes a side (`The council
        disagreed.`, `Critics say …`, `Acme rejected the claim.`). The words after it may
        be theirs: the carry is a guess. People named are `someone_new`'s to count."""
        text, last = self.text, self.last
        # `Nike vice president Stefan Olander said …` … `So the company sees …`: a body
        # named beside the last speaker is theirs, and speaks through them
        represents = (
            last.start is not None
            and last.end is not None
            and (self.people.body_between(max(0, last.start - 80), last.end + 80))
        )
        after = None if self.last_close < 0 else _SAID_AFTER.match(text, self.last_close + 1, at)
        subject = None if after is None else after.group("subject") or after.group("reply")
        if (
            after is not None
            and subject is not None
            and (last.start is None or last.start < after.start())
            and not self._role_of(subject, speaker, after.start(), True)
        ):
            # `"…" a message on the website reads. "…"`: the last quotation was the
            # message's, whoever the rules gave it to
            return True
        for start in self.resolver.sentences.starts_between(since, at):
            position = opening_subject(text, start, at)
            named = self.people.named_at(position)
            owner = named is not None and text.startswith(("'s ", "’s "), named[1])
            if named is not None and not owner:
                continue
            body = self.people.body_at(position)
            if body is not None:
                name, end = body
                if (
                    not _same_party(name, speaker)
                    and not (
                        last.start is not None and name in text[max(0, last.start - 80) : since]
                    )
                    and STANCE.match(text, end, at) is not None
                ):
                    return True
                continue
            party = party_at(text, position, at)
            if party is None or (
                not owner and self.people.person_at(party.start, party.end) is not None
            ):
                continue  # a description that stands for a named person (`the president`)
            if party.kind == "body" and (represents or owner):
                continue  # `Frey's office said …`: hers
            if party.kind == "pronoun":
                wanted = "m" if party.words == "he" else "f"
                if gender_of(speaker) not in (None, wanted):
                    return True
                meant, _ = self.resolver.salience.antecedent(party.words, position)
                if meant is not None and not _same_party(meant, speaker):
                    return True
                continue
            # `"…," said Reyes, the club's coach. The coach then turned to …`: the role the
            # last speaker was given is theirs
            if not self._role_of(party.words, speaker, start):
                return True
        return False

    def _carried(self, raw: RawQuote) -> _Said:
        text, last = self.text, self.last
        same = raw.paragraph == self.last_paragraph
        # `On the injury to his knee:` ¶ `"…"`: a topic label between is no one's turn;
        # the words go on from what came before it
        label = None if same else _topic_label_before(text, raw.open_at)
        at = raw.open_at if label is None else label
        paragraph = raw.paragraph if label is None else raw.paragraph - 1
        next_to = paragraph - self.last_paragraph == 1 or (
            self.last_close >= 0 and _only_captions(text, self.last_close, at)
        )
        since = self.last_close
        if last.end is not None and last.end > since and "-" not in last.how:
            # `"…," Carnegie Mellon director Chris Urmson said.` ¶ `"…"`: the words before
            # the name in the last speaker's own attribution describe them; nobody new
            since = last.end
            if _RELATIVE_AFTER.match(text, last.end):
                # `"…," said Ferguson, who works with Tony Roche.` ¶ `"…"` (or `"…"` later
                # in the same paragraph): people in a relative clause about the speaker,
                # or in what they were doing as they spoke, are named in passing
                since = self.resolver.sentences.end_after(last.end, raw.open_at)
        if not same and label is None and _document_heading_before(text, raw.open_at):
            # `The manifesto` ¶ `"We will abolish …"`: the words are the text's, whoever
            # spoke before it
            return _Said()
        follow_up = None if same or label is not None else self._follow_up(raw)
        if follow_up is not None:
            return follow_up
        if (
            last.speaker is not None
            and (same or next_to)
            and (same or _quote_only(text, raw, self.last_close))
            and not self.people.someone_new(since, at, last.speaker, self._introduced(at))
        ):
            rival = self._rival_between(since, at, last.speaker) or self._reported_after(
                raw, last.speaker
            )
            # `"…," said Hale. Sales rose. The board met. "…"`: after two sentences of the
            # writer's own in the paragraph, words not in the first person singular may be
            # someone else's (a report's, a body's statement): the carry is a guess
            narrated = (
                same
                and len(self.resolver.sentences.starts_between(since, at)) >= 2
                and FIRST_PERSON_SINGULAR.search(join_parts(text, raw.parts)) is None
            )
            carried = (
                _DIALOGUE_GUESS
                if rival
                or narrated
                or (not same and (self._in_conversation(raw) or self._turn_taken()))
                else _CARRY_CONFIDENCE
            )
            how = ("carry-same" if same else "carry-next") + ("-rival" if rival else "")
            if label is not None:
                how += "-topic"
            return last._replace(confidence=min(last.confidence, carried), how=how)
        only = _quote_only(text, raw, -1)
        cap = 1.0
        if only or (label is None and _after_prose_sentence(text, raw)):
            if only:
                asked = self._asked_in_prose(at)
                if asked is not None:
                    return asked
                pronoun = self._pronoun_between(at, paragraph)
                if pronoun is not None:
                    return pronoun
                # The paragraph before may have introduced the speaker in prose: `Smith
                # said the town had changed.` ¶ `"It's not home any more."`
                since = previous_paragraph_start(text, at)
            else:
                # or the sentence before it in its own paragraph: `Reyes grew up on a
                # farm. "I milked cows before school."`; a guess unless they spoke in it
                # (`Ann Webb took questions. "…"`): a sentence of narrative between words
                # and their speaker (`Then she walked out. "…"`) is weaker ground than a
                # paragraph given over to the words
                since = text.rfind("\n", 0, at) + 1
                cap = _SUBJECT_CONFIDENCE
            event = self.resolver.salience.recent(at, since)
            subject = self._last_subject(since, at)
            if (
                event is not None
                and subject is not None
                and subject.sentence_start <= event.position < subject.clause_end
            ):
                # `When a reporter asked why, she waved it away.`: whoever the opening
                # clause names is not the one the sentence is about
                event = None
            if (
                event is not None
                and not only
                and self.people.named_at(event.position) is None
                and _PERSONAL_PRONOUN.match(text, event.position) is None
            ):
                # in the words' own paragraph, a person named or a pronoun for one: not a
                # description, which may be a thing (`A lorry carrying three men …`)
                event = None
            if event is not None and not self.people.someone_new(
                # in the words' own paragraph, after someone who did not speak, nobody
                # else may be named in it at all (`Tom Reyes won the seat. Dan Webb gave
                # a speech. "…"`: no guess)
                self._after_own_sentence(event, at) if only or event.spoke else since,
                at,
                event.name,
            ):
                sureness = _CARRY_CONFIDENCE if event.spoke else _SUBJECT_CONFIDENCE
                how = "carry-prose-spoke" if event.spoke else "carry-prose-subject"
                if not event.spoke:
                    sureness = min(sureness, cap)
                    named = self.people.named_at(event.position)
                    if (
                        not only
                        and named is not None
                        and subject is not None
                        and subject.pronoun is None
                        and subject.start == event.position
                        and event.person
                        and not event.coordinated
                        and self._for_self(raw, since, at, event.name, named[1])
                    ):
                        # `Reyes grew up on a farm. "I milked cows before school."`: the
                        # one person named, subject of the sentence before in the words'
                        # own paragraph, speaking of themselves (see `_for_self`); words
                        # in a paragraph of their own stay a guess (on unseen news that
                        # named a wrong speaker)
                        sureness = _CARRY_CONFIDENCE
                    elif (
                        named is not None
                        and event.person
                        and self._talked(event.position, named[1], since, at)
                    ):
                        # `Moon was asked about it and agreed.` ¶ `"…"`, `Landsea pours cold
                        # water on it by pointing out that …`: the prose tells that the one
                        # person it names spoke, though in no reporting clause of its own
                        sureness, how = _CARRY_CONFIDENCE, "carry-prose-spoke"
                return _Said(event.name, min(sureness, event.confidence), how=how)
            main = None if subject is None else self._main_subject(raw, since, at, subject)
            if main is not None:
                return main._replace(confidence=min(main.confidence, cap))
        return _Said()

    def _talked(self, name_start: int, name_end: int, since: int, at: int) -> bool:
        """Whether the sentence of a subject named at [name_start, name_end) tells that
        they spoke: an opening clause asking them (`Asked about it, Reyes laughed.`: the
        one asked is the main clause's subject), or a predicate of speaking (`has spoken
        out`, `was asked about it and agreed`, `by pointing out`) in the first clause after
        the name, before `at`, outside quotations: another clause (`while …`, `but …`)
        may have its own subject."""
        text = self.text
        start = self.resolver.sentences.start_before(name_start, since)
        if _ASKED_OPENING.fullmatch(text, start, name_start):
            return True
        end = self.resolver.sentences.end_after(name_end, at)
        for talked in _TALKED.finditer(text, name_end, end):
            if self.resolver.sentences.inside(talked.start()):
                continue
            return _OTHER_CLAUSE.search(text, name_end, talked.start()) is None
        return False

    def _for_self(self, raw: RawQuote, since: int, at: int, name: str, subject_end: int) -> bool:
        """Whether the quotation is surely the words of `name`, the subject of the prose
        paragraph [since, at) before it: it speaks of one person in the first person
        (`I`, `me`: not `we`, which a team or a body may say), the paragraph names nobody
        else, and the subject acts (not `Reyes was charged`)."""
        words = join_parts(self.text, raw.parts)
        return (
            FIRST_PERSON_SINGULAR.search(words) is not None
            and not self.people.someone_new(since, at, name, spoken_of=words)
            and PASSIVE.match(self.text, subject_end, at) is None
        )

    def _speaks_of_another(self, raw: RawQuote, since: int, at: int, name: str) -> bool:
        """Whether the quotation speaks of someone as "he" or "she" while the prose paragraph
        [since, at) names another person than `name` (`Marsh paid tribute to Lady Hollin.`
        ¶ `"She really wanted …"`): either may be speaking of the other."""
        words = join_parts(self.text, raw.parts)
        return THIRD_PERSON.search(words) is not None and self.people.someone_new(since, at, name)

    def _last_subject(self, since: int, at: int) -> Subject | None:
        """The subject of the main clause of the last sentence of the prose paragraph
        [since, at) (see `prose_subject`); None after a quotation's paragraph, whose
        speaker the carry from the last quotation decides."""
        text = self.text
        end = text.find("\n", since)
        end = at if end < 0 or end > at else end
        while end > since and text[end - 1] in " \t":
            end -= 1
        if end <= since or (self.last.speaker is not None and self.last_close >= since):
            return None
        start = self.resolver.sentences.start_before(end - 1, since)
        return main_subject(
            text, start, end, lambda position: self.people.named_at(position) is not None
        )

    def _main_subject(self, raw: RawQuote, since: int, at: int, subject: Subject) -> _Said | None:
        """The speaker when the main clause of the prose paragraph's last sentence has
        `subject`, and nobody else is a subject there: `Calderon pulled Moon aside.` ¶
        `"I talked to him …"`; `When a reporter asked why, he brushed it off.` ¶ `"Forget
        about it …"`. Sure only for words in the first person (see `_for_self`)."""
        text = self.text
        sureness = 1.0
        if subject.pronoun is not None:
            # not someone in its own opening clause (`When a reporter asked why, he …`)
            name, sureness = self.resolver.salience.antecedent(
                subject.pronoun, subject.sentence_start
            )
            subject_end = subject.end
        else:
            named = self.people.named_at(subject.start)
            if named is None or not verb_follows(text, named[1], at):
                return None
            name, subject_end = named
        if name is None or self._rival_subject(name, since, subject, subject_end, at):
            return None
        # a pronoun keeps in focus the one who spoke last (`"…," Paterno said.` … `When a
        # reporter asked why, he brushed it off.`); anyone else it may stand for is a guess
        confident = self._for_self(raw, since, at, name, subject_end) and (
            subject.pronoun is None or name == self.last.speaker
        )
        confidence = _CARRY_CONFIDENCE if confident else _SUBJECT_CONFIDENCE
        if (
            not confident
            and subject.pronoun is None
            and PASSIVE.match(text, subject_end, at) is None
            and not self._speaks_of_another(raw, since, at, name)
        ):
            # `Draper wrapped up his win in two hours.` ¶ `"…"`: the one person the prose
            # named as acting is the one who goes on speaking (a pronoun's referent, or
            # someone acted upon, stays a guess)
            confidence = _PROSE_SUBJECT_CONFIDENCE
        return _Said(name, min(confidence, sureness), how="carry-prose-main")

    def _rival_subject(
        self, name: str, since: int, subject: Subject, subject_end: int, at: int
    ) -> bool:
        """Whether someone other than `name` is a subject in the paragraph [since, at):
        of an earlier sentence, or of a clause after the subject's own (`… and Jones
        said`), not inside the clause that opens the subject's sentence."""
        known_tokens = set(name.split())
        events = self.resolver.salience.events_until(at)
        index = bisect_left(events, since, key=_event_position)
        while index < len(events) and events[index].position < at:
            event = events[index]
            index += 1
            if not (event.person or event.spoke):
                continue  # a body that spoke (`Acme said …`) is in play as much as a person
            if subject.sentence_start <= event.position < subject.clause_end:
                continue
            aside = max(since, event.position - _ASIDE_REACH)
            if self.text.count("(", aside, event.position) > self.text.count(
                ")", aside, event.position
            ):
                continue  # an aside in brackets (`(they were charged by police)`)
            tokens = set(event.name.split())
            if event.name != name and not (tokens <= known_tokens or known_tokens <= tokens):
                return True
        return any(
            subject_of_clause(self.text, ended, at)
            and not _COMPLEMENT_BEFORE.search(self.text, max(0, started - 40), started)
            for started, ended in self.people.others(subject_end, at, name)
        )


def _event_position(event: Event) -> int:
    return event.position


def _span(text: str, raw: RawQuote) -> tuple[int, int]:
    """Where the quoted words start and end: no spaces, no attribution comma."""
    first, stop = raw.parts[0][0], raw.parts[-1][1]
    while first < stop and text[first].isspace():
        first += 1
    while stop > first and (text[stop - 1].isspace() or text[stop - 1] == ","):
        stop -= 1
    return first, stop


class RulePass(NamedTuple):
    """What the hand-written rules decided, with what they read, for the learned ranker to
    choose among the candidates (`candidates.py`, `ranker.py`)."""

    text: str
    quotes: list[Quote]
    raws: list[RawQuote]
    """The quotation each quote came from, parallel to `quotes`."""
    resolver: Resolver
    sentences: Sentences
    dialogue: bool
    """A conversation told by turns: the ranker leaves it to the rules."""


_OPENING_MARK_POSSESSIVE = re.compile(r"‘(?<=[A-Za-z]‘)(?=s\b)")
"""An opening single mark typed for the apostrophe of a possessive (`Kelce‘s`). The mark
comes first in the pattern, the letter before it checked after: the regex engine then
jumps from mark to mark instead of trying a look-behind at every character of the text."""


def rule_pass(text: str, entities: list[Entity] | None = None) -> RulePass:
    """Quotations and the speakers the rules give them (see `find_quotes`)."""
    if entities is None:
        from newsreader.analysis.entities import find_entities

        entities = find_entities(text)
    # `”\u00a0his nephew\u00a0Michery el Soheil added`: web text joins words with no-break
    # spaces, which the reporting-clause patterns read as spaces; one character for one,
    # so every offset stays the same
    for space in _NO_BREAK_SPACES:
        text = text.replace(space, " ")
    # `Travis Kelce‘s mom`: some sites type the possessive with an opening single mark,
    # which would open a quotation; one character for one, so offsets stay
    text = _OPENING_MARK_POSSESSIVE.sub("’", text)
    raws = pair_marks(text)
    sentences = Sentences(text, raws)
    attribute(text, raws, sentences)
    merged = _merge(text, raws)
    resolver = Resolver(text, entities, sentences)
    carrier = _Carrier(text, resolver, _People(text, resolver.entities, sentences))
    dialogue = _is_dialogue(text, merged)
    bodies = Bodies(text, resolver.entities, sentences)
    quotes: list[Quote] = []
    kept: list[RawQuote] = []
    for raw in merged:
        clause = clause_of(text, raw)
        said = carrier.said(raw, _own_speaker(raw, resolver, bodies), clause)
        if dialogue and said.speaker is not None and not _explicit(raw):
            # Turn-taking: a reply is someone else's, a pronoun could be either speaker.
            said = said._replace(confidence=min(said.confidence, _DIALOGUE_GUESS))
        quote_text = join_parts(text, raw.parts)
        if not is_key(quote_text):
            continue
        if raw.speaker_text is None and is_citation_or_code(text, raw):
            continue  # a cited title or a string in code, not somebody's words
        if names_something(
            text,
            raw.open_at,
            raw.close_at,
            quote_text,
            said_by=raw.speaker_text is not None,
            spanned=raw.span is not None,
        ):
            continue  # a title, a term or a label: it names something, nobody says it
        if said.speaker is None and not dialogue and _mention(text, raw, quote_text):
            continue  # a term or a title quoted in passing: nobody is said to speak
        confidence = round(said.confidence, 2) if said.speaker else 0.0
        start, end = _span(text, raw)
        how = said.how if said.speaker else ""
        quotes.append(
            Quote(start, end, quote_text, said.speaker, said.start, said.end, confidence, how)
        )
        kept.append(raw)
    return RulePass(text, quotes, kept, resolver, sentences, dialogue)


def find_quotes(
    text: str, entities: list[Entity] | None = None, *, rank: bool = True
) -> list[Quote]:
    """Find key direct quotations and attribute each to a speaker.

    Args:
        text: Plain article text; offsets in the result index this string.
        entities: `find_entities(text)` if already computed; found here otherwise, to turn
            a surname or a title into the speaker's full name.
        rank: Let the learned ranker (`ranker.py`) choose among every candidate speaker
            where the rules were not sure (False: the rules alone, for measuring).

    Returns:
        Quotes of at least four words in text order. A quote interrupted by its own
        attribution (`"…," said the official. "…," he added.`) is one Quote whose text
        joins the parts with " … ". `speaker_confidence` below `SURE` marks a guess.
    """
    text = as_double_marks(same_offsets(text))
    if not text or not MARKS.search(text):
        return []
    found = rule_pass(text, entities)
    return rank_speakers(found) if rank else found.quotes

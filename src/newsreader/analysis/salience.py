"""Who is in focus at each point of a text: for pronouns and carried speakers.

"He"/"she" is the most recent person who was the subject of a sentence or who spoke, not
the most recent capitalised word; the gender the text gives a person ("Mr. Hale", "Hale
said his …", "spokeswoman Lee") rules out the wrong one. Reporting clauses are read
lazily, only before the pronouns that need them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

from newsreader.analysis.attribution import ANY_VERB, after_lead, subject_of, subject_span
from newsreader.analysis.described import CREDIT_LINE, TWO_PEOPLE
from newsreader.analysis.entities import UPPER
from newsreader.analysis.given_names import family_name, gender_of, sex_of_given
from newsreader.analysis.lexicon import COMMON_WORDS
from newsreader.analysis.sentences import Sentences, previous_paragraph_start
from newsreader.analysis.speech import (
    BARE_PLURAL,
    INSTITUTIONS,
    IS_DOCUMENT,
    IS_NAME,
    IS_ONE,
    IS_PRONOUN,
    NOMINAL,
    ROLE,
    SPEAKER_ROLES,
    SPEAKS_OF_ITSELF,
    SPEECH_NOUNS,
    words,
)
from newsreader.models import SPEAKER_SURE, Entity

_FEMALE = words(
    """
    she her hers herself spokeswoman chairwoman congresswoman businesswoman woman girl
    mother mom mum wife sister daughter queen princess mrs ms miss madam
    """
)
_MALE = words(
    """
    he his him himself spokesman chairman congressman businessman man boy father husband
    brother son dad king prince mr sir
    """
)
_HONORIFICS = words("mr mrs ms miss sir madam")
_PERSONAL_PRONOUNS = words("she her hers herself he his him himself")
_FEMALE_NOUNS = words(
    "woman women mother mom mum daughter wife sister girl grandmother widow actress"
)
_MALE_NOUNS = words("man men father dad son husband brother boy grandfather widower actor")
_IS_A = re.compile(
    r"[ \t]+(?:is|was)[ \t]+(?:an?|the|one[ \t]+of[ \t]+(?:the|his|her|their)|among)"
    r"(?:[ \t]+[\w’'-]+){0,4}?[ \t]+(?P<noun>"
    + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS))
    + r")\b(?![’']s)"
)
"""`Omar is one of the first two Muslim women elected`: what the text says someone is."""
_CAPITALISED_RUN = re.compile(rf"[{UPPER}][\w’'.-]*(?:[ \t]+[{UPPER}][\w’'.-]*)*")
"""A name as written where a subject opens (`Bobby Orr`)."""
_PRONOUN_OF = {"f": re.compile(r"[Ss]he\b"), "m": re.compile(r"[Hh]e\b")}
_PRONOUN_CLAUSE_OF = {
    sex: re.compile(rf",?[ \t]+{word}[ \t]+[a-z]") for sex, word in (("f", "she"), ("m", "he"))
}
"""A lower-case pronoun opening a clause right after a name (`… Mr Blair he added`)."""
_BARE_PARTICIPLE_LEAD = re.compile(
    r"[ \t\"“”’]*(?:(?:But|And|Yet|So|Then)[ \t]+)?(?:[Ww]hile[ \t]+)?[A-Za-z]+ing\b"
    r"[^,.;:!?\"“”\n]*?[ \t]"
)
"""An opening participle phrase up to a name, with no comma (`But standing next to `)."""
_LINKED_OF = {
    sex: re.compile(
        rf"[ \t]+(?:is|was|became|had[ \t]+been|has[ \t]+been|remains|remained)"
        rf"[ \t]+(?:also[ \t]+)?{word}[ \t]+[a-z]"
    )
    for sex, word in (("f", "her"), ("m", "his"))
}
"""A subject that the text defines by their tie to someone of each sex (`Orr was his first
client`, `Lee is her lawyer`): "his"/"her" there is another person's, not the subject's."""
_PRONOUN_AFTER = re.compile(r"\b(?:he|his|she)\b")
_SUBJECT_PRONOUN_AFTER = re.compile(
    r"[ \t]+[a-z][\w’'-]*(?:[ \t,]+(?!(?:its|their)\b)[\w’'-]+){0,10}?"
    r"(?:[ \t]+(?:his|himself|herself)\b"
    r"|(?:(?<=\bsaid)|(?<=\bsays)|(?<=\badded)|(?<=\badds))[ \t]+(?:that[ \t]+)?(?:he|she)\b)"
)
"""A name as a clause's subject (a lower-case verb after it), then a possessive or
reflexive personal pronoun within the clause, or one reporting their own words: `Covic
believes close eyes work in his favour`, `Rahman said he …` (not `Reyes laughed when he
urged`, where "he" may be someone else)."""
_ITS = re.compile(r"its\b(?<!\wits)")
"""The word "its" (`\\bits\\b`, written to open on its letters so the scan for it is fast)."""
_OWNED_WORDS = re.compile(rf"['’]s[ \t]+(?:[a-z]+[ \t]+){{0,2}}?(?:{SPEECH_NOUNS})s?\b")
"""`Acme's statement`: words whose owner a later "it said" stands for."""
_ITS_SUBJECT = re.compile(
    rf"(?P<name>[{UPPER}][\w&’'-]+"
    rf"(?:[ \t]+[{UPPER}][\w&’'-]+){{0,3}})[ \t]+[a-z]+"
    r"(?:(?:[ \t]+(?!(?:and|or|of|with|that|but|which|whose|who|as|than|for)\b)[\w’'-]+)"
    r"{1,4}?[ \t]+(?:on|in|through|via|at))?[ \t]+its\b"
)
"""A capitalised subject opening a sentence that speaks of itself as "its" (`Acme raised
its forecast`, `Sina published a message on its account`): a body. Not `Obama praised the
bill and its sponsors`, where "its" is the bill's."""
_PERSONAL_AFTER = re.compile(r"[^.!?\n\"“”]{0,60}?\b(?:he|his|him|she|her|himself|herself)\b")
"""A personal pronoun in the clause after a name: the name is a person's."""
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Prof)\.?[ \t]+\Z")
_SENTENCE_FIRST_WORD = re.compile(rf"(?:^|[.!?][\"”’]?[ \t]+)([{UPPER}][\w’'-]+)\b", re.MULTILINE)
_STOP_OR_NEWLINE = re.compile(r"[.!?\n]")
"""Where a match of `_SENTENCE_FIRST_WORD` may start: at a stop, or after a newline."""
_AND_NAME = re.compile(rf"[ \t]+and[ \t]+[{UPPER}]")
_JOINT_OWNER = re.compile(
    rf"(?:[ \t]+\d+)?[ \t]+(?:and|&)[ \t]+[{UPPER}][\w’'.-]*(?:[ \t]+[{UPPER}][\w’'.-]*){{0,3}}['’]s\b"
)
"""The rest of two owners joined before what they own (`Smith and Ann Lee's album`, `Andre 3000
and Big Boi's album`): the sentence is about what they own, neither of them its subject."""
_DESCRIBED_SUBJECT = re.compile(
    rf"[ \t]*(?:[\"“”][ \t]*)?(?:The|A|An|Its|His|Her|Their"
    rf"|[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}}['’]s)"
    r"(?:[ \t]+[\w’'-]+){1,5},[ \t]+"
)
_SUBORDINATOR = (
    r"(?:(?:But|And|Yet)[ \t]+)?(?:Although|Though|Even[ \t]+though|While|Whilst|When|After"
    r"|Before|Because|Since|As|If|Once|Until|Unless)"
)
_FRONTED_CLAUSE_THEN_NAME = re.compile(
    rf"(?:(?:\A|[.!?][\"”’]?[ \t]+|\n)\s*){_SUBORDINATOR}[ \t]+"
    r"(?:[^,.!?;:\n\"“”]|“[^”\n.!?]{1,40}”|\"[^\"\n.!?]{1,40}\"){1,200}?,[ \t]+\Z"
)
"""A sentence opening on a subordinate clause up to the comma before its main subject (`When
she arrived, `, `Although he said it was “wild”, `): a short phrase in quotation marks inside
is part of the clause, not a break."""
_FRONTED_PRONOUN = re.compile(
    rf"(?:(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n)|(?<=\A)){_SUBORDINATOR}[ \t]+\Z"
)
"""A subordinator opening a sentence right before a pronoun (`Although he said …`)."""
_REST_OF_FRONTED = re.compile(
    r"(?:[^,.!?;:\n\"“”]|“[^”\n.!?]{1,40}”|\"[^\"\n.!?]{1,40}\"){1,200}?,[ \t]+"
)
_OPENS_AFTER = re.compile(r"(?:\A|(?:[.!?][)\]]?|(?<!\w)[”\"])\s+|\n)\s*\Z")
"""Where a sentence opens (after a stop, or a bracket closing a sentence: `… map.) Jeff`): not
after a quoted word or phrase inside one (`for "good friend" Baghdatis`)."""
_JOINED_DESCRIBED = re.compile(
    rf"(?:the|its|his|her|their|[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}}['’]s)"
    r"(?:[ \t]+[\w’'-]+){1,5},[ \t]+"
)
"""A definite description opening a joined clause, a name in apposition after it."""
_JOINED_CLAUSE = re.compile(
    r"(?:;|,?[ \t]+(?:and|but))[ \t]+(?=(?:the|its|his|her|their)[ \t])(?!.*(?:;|[ \t]and[ \t]|[ \t]but[ \t]))"
)
"""The last place where a clause joined to its sentence's first may begin, before a
definite description."""
_PREMODIFIER = r"(?:[a-z]+-[a-z][\w-]*|\d{1,3}-year-old)"
_TITLE_LEAD = re.compile(rf"(?:(?:{_PREMODIFIER}|[{UPPER}][\w’'.&-]*|(?i:{ROLE}))(?:[ \t]+|\Z))+")
"""Words before a name that only title it: capitalised, role nouns ("Union leader"), or a
lowercase-hyphen or age premodifier ("then-director", "50-year-old"). Each alternative
must take a whole word (white space or the end after it): without that, a run of capitals
that fails to match ("IOWA POLLS NOT NECESSARILY WRONG, …") is split into words every
possible way, and the match takes exponential time."""
_OPENS_PREMODIFIED = re.compile(rf"{_PREMODIFIER}(?:[ \t]|\Z)")
_ROLE_TITLED = re.compile(
    rf"(?:(?:And|But|Yet)[ \t]+)?(?:(?:[{UPPER}][\w’'.&-]*|[a-z][a-z-]+)[ \t]+){{0,4}}?"
    rf"(?i:{ROLE})[ \t]*"
)
"""A role noun with its modifiers in lower case titling the name after it, perhaps after a
conjunction: `But shuttle program manager Wayne Hale indicated …`, `Bank security head …`."""
_PASSIVE_LEAD = re.compile(
    r"[ \t\"“”’]*(?:(?:[A-Z][a-z]{2,}ed|Told|Shown|Given|Caught|Brought|Taken)[ \t]+"
    r"(?:of|about|on|with|by|whether|why|what|how|if|for|over|to|at|in)\b"
    r"|(?!(?:Nothing|Something|Anything|Everything|During)\b)[A-Z][a-z]{2,}ing[ \t]+"
    r"(?:his|her|their|its|the|a|an|[a-z]{3,})\b)"
    r"[^,.;:!?\n\"“”]{1,100},[ \t]*"
)
"""A passive participle phrase opening a sentence before its subject: `Told of that remark,
`, `Informed of the ruling, `, `Pressed on the point, `."""
_NOT_MODIFIER = words(
    """
    he she they it we i you his her their its our my your this that these those there here
    who whom which what when where while as if so then also only even now not no
    whether because although though after before since until unless once
    """
)
"""Words that are no modifier of a role noun, when they open or sit in the words before a
name (`He met manager …`, `It was then spokesman …`)."""


def _role_titled(words: str) -> bool:
    """Whether `words` between a sentence's start and a name are a role noun and its
    modifiers titling the name (`But shuttle program manager`): the name is the subject.
    No verb may sit among them (`Voters told reporter`, `Fans cheered coach`)."""
    if not _ROLE_TITLED.fullmatch(words):
        return False
    parts = words.split()
    if parts[0] in ("And", "But", "Yet"):
        parts = parts[1:]
    return not any(
        part.lower() in _NOT_MODIFIER
        or part.lower() in _NOT_VERB
        or part.endswith("ed")  # `Asked whether Senator …`, `Fans cheered coach …`
        for part in parts
    ) and not ANY_VERB.search(words)


def _titles_only(words: str) -> bool:
    """Whether `words` before a name only title it, opening with a capital or a
    premodifier (not `the council`)."""
    return bool(
        (words[:1].isupper() or _OPENS_PREMODIFIED.match(words)) and _TITLE_LEAD.fullmatch(words)
    )


_LONE_NAME = re.compile(r"([A-Z](?<![\w’'.&-].)[a-z]{2,})(?=[ \t]+[a-z]|,[ \t]+(?:an?|the|who)\b)")
"""A capitalised word before a lower-case one or an apposition: perhaps a given name as a
subject (`Elizabeth stood up`, `Fatima, a mother of five, reached …`). It opens with the
capital, the check on the character before it coming second, so that the regex engine
scans for capitals rather than trying the check at every position of the text."""
_MET_BY_WRITER = re.compile(
    r"\b(?:I|[Ww]e)\s+"
    r"(?:met|interviewed|visited|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with)"
    r"\s+\Z"
)
"""The writer meeting someone (`Before the election I met Ann Webb in Maine.`): the one met
is who the next sentences are about, as a subject would be."""
_DESCRIPTION_BEFORE_NAME = re.compile(
    r"(?:(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n)|\A)"
    r"(?:[A-Z][^,.!?\n\"“”]{0,40},[ \t]+)?"
    r"(?:[Oo]ne|[Aa]nother|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w’'.-]*['’]s)\b"
    r"[^,.!?\n\"“”]{1,80},[ \t]+\Z"
)
"""`In 2009, one of the victims, ` or `The club's captain, ` before a name in apposition:
the name is the sentence's subject (`…, Ann Webb, filed a lawsuit`)."""
_APPOSED_SUBJECT_AFTER = re.compile(
    r",[ \t]+(?:(?:\d[^,.!?\n]{0,20}|(?:from|of|in|at|an?|the)\b[^,.!?\n\"“”]{0,60}),[ \t]+)?"
    r"(?!(?:who|whose|which|where|when|and|or|but|an?|the|in|of|from|at|to|for|with|as)\b)"
    r"[a-z]"
)
"""After a name in apposition to a sentence's opening description: perhaps an age or
where they are from, then the verb (`, 25, said`, `, from Leeds, filed`)."""
_BODY_DESCRIBED = re.compile(rf"the[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{'|'.join(INSTITUTIONS)})")
"""A body described by its kind: `the agency`, `the software company`."""
_CLOSES_SENTENCE = re.compile(r"[ \t]*(?:[.!?]|\Z)")
"""A reporting verb that ends its sentence: `…, Denby noted.` (the clause is postposed)."""


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
    confidence: float = 1.0
    """How sure the name is: a pronoun standing for an unsure speaker is no surer."""


def gender_of_noun(noun: str) -> str | None:
    """ "f" for "spokeswoman", "sister"; "m" for "chairman", "son"; None otherwise."""
    noun = noun.lower()
    if noun in _FEMALE or noun in _FEMALE_NOUNS:
        return "f"
    if noun in _MALE or noun in _MALE_NOUNS:
        return "m"
    return None


def _described_gender(phrase: str) -> str | None:
    """The sex a description's own words give ("Albuquerque's spokeswoman", "a mother of
    three", "a young man who asked her"); None for a name or a description that gives none
    (its pronouns and the owners it names are other people's)."""
    if " " not in phrase:
        return None
    found = {
        gender_of_noun(word.strip(",.;:"))
        for word in phrase.lower().split()[1:]
        if word not in _PERSONAL_PRONOUNS and not word.endswith(("'s", "’s"))
    } - {None}  # "a young man who asked her", not "her"; "the woman's lawyer", not "woman"
    return found.pop() if len(found) == 1 else None


_DESCRIBED_ROLE = re.compile(
    rf"(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?(?P<role>{ROLE})\b"
)


def _described_person(name: str) -> bool:
    """Whether `name` describes a person by their role ("one user on Sina's Weibo")."""
    found = _DESCRIBED_ROLE.match(name)
    return found is not None and found.group("role").lower() not in INSTITUTIONS


def _is_person_noun(word: str) -> bool:
    """A noun naming a person ("mother", "resident", "protesters")."""
    word = word.lower().strip(",")
    return (
        gender_of_noun(word) is not None
        or word in SPEAKER_ROLES
        or (word.endswith("s") and word[:-1] in SPEAKER_ROLES)
    )


def _position(event: Event) -> int:
    return event.position


_WORDS_AFTER = re.compile(r"\w+[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]*[,:]?[ \t]*")
"""What stands between the pronoun and the words its reporting clause opens: `he said: "…"`."""
_CLAUSE_SUBJECT = re.compile(r"[ \t]+(?!(?:and|or|of|in|on|at|for|to|with|from|by)\b)[a-z]{3,}\b")
"""A name followed by a lower-case word (a verb, most often): `Cheruiyot smiled`."""
_APPOSITIVE_NOUN = re.compile(r"\b([a-z]+),[ \t]*\Z")
"""The noun a name stands in apposition to: `Her husband, Tom,` (his gender)."""
_ASKED = re.compile(r"\b(?:asked|questioned|pressed|quizzed|challenged)[ \t]+\Z")
"""`Ruiz asked Hale where the money went.` ¶ `"…," he said`: the one asked may answer."""
_OPENS_CLAUSE = re.compile(r"(?:\A|[.!?,;:][\"”’]?[ \t]+|\n)\Z")
INTRODUCED_SUBJECT = re.compile(
    rf"(?:(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n)|(?<=\A))"
    rf"(?:Asked[ \t][^,.!?\n\"“”]{{1,80}},[ \t]+(?=the[ \t])|(?=An?[ \t]|The[ \t]))"
    rf"(?:An?|The|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}(?P<role>{ROLE}|\d+-year-old)"
    rf"(?=,(?![ \t]+[{UPPER}])|[ \t]+[a-z])"
)
"""A sentence whose subject is a description (`The teacher, asked afterward, said …`,
`Asked about his future, the 23-year-old smiled.`): someone new in play, whom a later
pronoun may mean."""
_AGE_EPITHET = re.compile(r"The[ \t]+(?P<age>\d{1,3})-year-old\b")
_ROLE_AFTER_AGE = re.compile(rf"(?:[ \t]+[a-z][\w-]*)?[ \t]+(?:{ROLE})\b")
"""The role an age goes with (`The 59-year-old mortgage lender`, `The 48-year-old actor`)."""
THIRD_PERSON = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]ers)\b")
"""Words speaking of one person as he or she (quoted words that may be about someone named)."""
_AGE_EPITHET_VERB = re.compile(
    r"[ \t]+(?:(?:also|then|later|still|now|has|had|have|is|was|will|would|could|can|may|"
    r"might|must|should|did|does|said|says|told|tells)\b|[a-z]+ed\b)"
)
"""What may follow an age standing alone as a clause's subject (`The 32-year-old also felt`,
`The 32-year-old admitted`): a verb or an adverb, not a noun it modifies (`The 32-year-old
victim`)."""
_AGE_GIVEN = re.compile(r"(?:,[ \t]+|[ \t]+\()(?P<age>\d{1,3})(?:,|\))")
"""An age in apposition right after a name: `Lena Moss, 43,`, `Ruth Kell (61)`."""
UNRECOGNISED_SUBJECT = re.compile(
    rf"(?:(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n)|(?<=\A))"
    rf"(?:(?P<name>[{UPPER}][\w’'-]+[ \t]+[{UPPER}][\w’'-]+)"
    rf"(?=,[ \t]+(?:who|a|an|the|asked)\b|[ \t]+(?:said|says|told|added|wrote)\b)"
    rf"|(?P<single>[{UPPER}][\w’'-]+)(?=,[ \t]+(?:who|asked)\b))"
)
"""Two capitalised words opening a sentence as the subject of a person (`Yamada Keiko,
who heads a cooperative, said …`), or one before `, who`/`, asked` (`Al-Khatib, asked
whether …, declined`): someone the entity recogniser may have missed."""
_JOINED_BEFORE = re.compile(
    rf"(?:,[ \t]+(?:but|yet|while|and[ \t]+then)|;(?:[ \t]+(?:but|yet))?)[ \t]+"
    rf"(?:[{UPPER}][\w’'.-]*[ \t]+){{0,4}}\Z"
)
"""Where a main clause joined to its sentence's first begins, before the name that opens it
(after its titles): `, but Judge `, `; `."""
_PERSON_OPENS = re.compile(r"[ \t\"“”’]*(?:He|She|I|We)\b")
"""A sentence whose subject is a personal pronoun."""
_SUBJECT_PRONOUN = re.compile(
    r"(?:(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n))(?P<pronoun>He|She)"
    r"(?:[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{2,}|['’](?:s|d|ll|ve)[ \t]+[a-z])"
)
"""A sentence whose subject is "He"/"She", a lower-case word (a verb) after it, or a verb
in a contraction (`He's worked on …`, `She'd left`)."""
_HE_OR_SHE = re.compile(r"He|She")
"""Where a match of `_SUBJECT_PRONOUN` may start (see `_subject_pronouns`)."""
_ROLE_OF = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w-]+[ \t]+)?(?P<role>{ROLE})[ \t]+(?:for|of|at)[ \t]+\Z"
)
"""`a spokeswoman for ` before a body said to speak: the speaker is the person."""
_ROLE_IN_APPOSITION = re.compile(
    rf",[ \t]+(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w’'-]+[ \t]+){{0,4}}?(?P<role>{ROLE})\b(?![’'-])"
    r"(?=[ \t]*(?:[,.;:!?)\"”]|\Z)|[ \t]+(?:for|of|at|in|with|from|to|who|whose|and)\b)"
)
"""A description in apposition right after a name, whose head is a role: `, the Oil
Ministry spokesman`, `, a spokesman for the ministry` (not `ministry` in `a ministry
spokesman`)."""
_INDEFINITE_OPENING = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’]?[ \t]+)(?=An?[ \t])")
"""Where a sentence opens on "A"/"An" after another or a line: perhaps someone introduced
as its subject (see `_indefinite_openings`)."""
_OPENS_INDEFINITE = re.compile(r"An?[ \t]")
_NOMINAL = re.compile(NOMINAL)
_ONLY_QUOTATION = re.compile(r"[ \t]*[\"“][^\"“”\n]*[\"”]?[ \t]*")
"""A paragraph that is one quotation and nothing else."""
_QUOTED_PARAGRAPHS = 3
"""How many quotation-only paragraphs a focus may span back."""
_MODIFIES_NOUN = re.compile(r"(?:['’]s|\b(?:the|an?|its|his|her|their|our))[ \t]+\Z")
"""A reporting verb's form after a possessive or an article is an adjective."""
_VERB_BEFORE = re.compile(rf"(?:{ANY_VERB.pattern})[ \t]+\Z")
"""A name right after a verb of saying is what the words are about, or who is told."""
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+\Z")
_ROLE_AFTER_MODIFIER = re.compile(rf"[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{ROLE})\b")
"""A name that only modifies a description (`the Blackburn manager`): no one of its own."""
_VEHICLE = re.compile(
    r"\b(?:in|with|via|through|to|from|on|by|of|issued|released|published|posted|sent|filed"
    r"|put[ \t]+out)[ \t]+\Z"
)
"""A preposition or an issuing verb before a document (`X said in a statement`, `X issued
a statement`): the body's own words, not a new subject that speaks."""
_WHO_DESCRIBED = re.compile(r"An?(?:[ \t]+[a-z][\w’'-]*){1,4}(?=,?[ \t]+who[ \t])")
"""Someone unnamed whom a relative clause marks as a person: "A senior starter, who …"."""
_RESTRICTED_SUBJECT = re.compile(
    r"[ \t]+(?:who|whose|that|of|in|at|on|from|near|living|working)"
    r"(?:[ \t]+(?!(?:said|says|told|tells|added|adds|wrote|writes)\b)[\w’'-]+){1,12}?"
    r"(?=[ \t]+(?:said|says|told|tells|added|adds|wrote|writes)\b)"
)
"""A restrictive clause between a description opening its sentence and the reporting
verb: `A mother of three who lives on Mill Lane said …`."""
_WHENCE = re.compile(r"[ \t]+(?:from|of|at|in|with|for)[ \t]+[^,.;:!?\"“”\n]{1,60}?(?=,)")
"""Where someone described is from, when a comma closes it: part of the description."""
_SENTENCE_BEGIN = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[\"”’]?[ \t]+)[ \t]*")
"""The end of a sentence or a line and the spaces after it, where the next one begins (see
`_sentence_begins`)."""
_UNNAMED = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+[a-z]")
"""Someone unnamed: "A retired postman", "One volunteer", "Another resident", "one of …"."""
_LEAD_THEN_UNNAMED = re.compile(
    r"(?P<lead>[^,.;:!?\n\"“”]{2,100}?),[ \t]+(?=(?:an?|one|another)[ \t]+[a-z])"
)
"""An opening phrase, then someone unnamed: "Outside the cathedral, one man …"."""
_NOT_LEAD = words("The A An This That These Those His Her Their Its Our One Another He She They It")
_LEAD_AUXILIARY = re.compile(r"\b(?:is|was|are|were|has|had|have|will|would|said|says)\b")
_CLAUSE_END = re.compile(r"[,.;:!?\n\"“”(—–]")
_WHO_INSIDE = re.compile(r"[ \t]+(?:who|whose)[ \t]")
_WHO_AFTER = re.compile(r"[ \t]*(?:who|whose)[ \t]")
_REPORTED_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|tells|added|adds|wrote|writes|described|describes|insisted"
    r"|insists|warned|warns|explained|explains|recalled|recalls)\b"
)
_POSSESSIVE = re.compile(r"[ \t]+(?P<verb>[a-z]+)[ \t]+(?:his|her)\b")
_NOT_VERB = words(
    """
    is was are were be been being has had have would will could can may might should must
    did does do not to in on at of for with from by near into onto about over under after
    before behind across through toward towards against and or but than as that which
    """
)
"""Words that make a subject out of a clause, or are no verb of one ("exploded near his")."""
_OF_WORDS = words("of in at from for with near on to by and")
"""Words a description of someone may hold ("A retired postman standing at the next stall")."""
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_TALKED_ABOUT = re.compile(
    r"\babout(?:[ \t]+(?:how|why|what|whether|when|where|[a-z]{3,}ing))?[ \t]+\Z"
)
"""`about`, `about how`, `about meeting` right before a name in the subject's own sentence:
the one named is what the subject talks of, not a second person in play for a later
pronoun."""
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
"""`Okafor's remark`: a name as a possessive is someone talked about."""
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|by|with|for|from|about|against|on|at|over|toward|towards|between|among|"
    r"than|like|including|as)[ \t]+\Z"
)
"""`a chance given to Pieters`: the object of a preposition is someone talked about."""
_TOPIC_PREPOSITION = re.compile(
    r"\b(?:of|about|against|on|over|than|like|including|between|among)[ \t]+"
    r"(?:[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)?['’]s[ \t]+)?\Z"
)
"""A preposition whose object is what a sentence is about (`the case against Singh`), not
one that may hand the floor to its object (`turned to`, `a call from`, `sat down with`);
perhaps with an owner between (`the hands of Ferrari's Kimi Raikkonen`)."""
_THEIR_WORDS = re.compile(
    rf"['’]s[ \t]+(?:[a-z]+[ \t]+){{0,2}}?"
    rf"(?:{SPEECH_NOUNS}|remark|comment|word|speech|tweet|post|interview|testimony|answer)s?\b"
)
"""`Hale's remarks`, `Hale's latest statement`: words whose owner may be the one quoted next."""
_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z-]+)\b")
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:were|are|have[ \t]+(?:been|[a-z]+ed)\b)\b")
"""A plural verb right after a name (`Villa were`, `Chelsea have signed`): a team or a
company, not one person."""
_CLAUSE_OPENER_BEFORE = re.compile(
    r"(?:,[ \t]+(?:and|but|while|as|so|yet)|\b(?:but|because|while|although|though|since|if))"
    r"[ \t]+\Z"
)
"""A conjunction that opens a clause whose subject the next name is (`…, but Villa were`); not
`Fossils on parts of Skye are`, nor `Hale and Lee were`, where the name is not the subject."""
_MODIFIER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+\Z")
_NOUN_AFTER = re.compile(r"[ \t]+[a-z][a-z-]+\b(?<!ed)")
"""A name between an article and a lower-case word (`a Trump supporter`, `the Clinton
campaign`) modifies that noun: it names nobody in play for a pronoun."""
_QUESTION_VERB = re.compile(r"\b(?:asked|asks|ask|wondered|wonders|inquired|questioned|pressed)\b")
"""A question about someone in the sentence: the one asked about may be the one who answers."""
_WHICH_CLAUSE = re.compile(r",[ \t]+which[ \t][^.;:!?\"“”\n]*\Z")
"""A name inside a relative clause about a thing (`his new comedy, which also stars De
Niro`): talked about, not a second person in play."""
_OWNER_OPENS = re.compile(r"[\"”’]?[ \t]*(?:His|Her)[ \t]+[a-z]")
"""A sentence opening on the possessive of a personal pronoun (`His most vivid memory …`)."""
_COLON_THEN_QUOTE = re.compile(
    r"[^.!?\n\"“”]{0,80}:[ \t]*(?:“[^“”\n]{1,2000}”|\"[^\"\n]{1,2000}\")[ \t]*"
)
"""The rest of a sentence that runs on through a colon into the one quotation whose reporting
clause follows (`… quantify Silver's victory: “…,” he wrote`)."""
_PLACE_PREPOSITION = re.compile(
    r"\b(?:for|in|at|into|during|behind|under|beside|across|throughout)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}\Z"
)
"""A preposition of purpose, place or time before a name (`the DLC for New Vegas`, `a fan at
McKale Center`): what the subject acted on or where, not one handed the floor."""
_CLAUSE_BREAK = re.compile(
    r"[;:]|\b(?:but|while|whereas|yet|although|though)\b|,[ \t]*and[ \t]+(?!that\b)"
)
"""Where a sentence may start another main clause with its own subject (`Brandt said the
plan was sound, but Okafor disagreed`): a name after it is no longer only talked about."""
_PLURAL_NAME = re.compile(rf"(?:[Tt]he[ \t]+)?{BARE_PLURAL}")
_PLURAL_SUBJECT = re.compile(
    r"(?:\A|(?<=[,.;:!?\n])[ \t]*|(?<=[ \t]))(?P<group>[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}"
    r"[a-z][\w-]*[^s\W]s)[ \t]+\Z"
)
"""A group described in the plural right before a reporting verb: `the kidnappers say`."""
_SET_AFTER_WORDS = re.compile(r"(?:,[\"”’]?|[\"”’],?)[ \t]*\Z")
"""A pronoun right after a comma or a closing mark opens a reporting clause set after (or
into) the words it reports: `Smith should "…," he said`, `Smith's plan, he wrote, is …`."""
_ADVERB = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?")
_RUNS_INTO = re.compile(r"[a-z][ \t]+\Z")
"""Prose running into a quotation with no mark between (`Lee should "be careful"`): the
words before it are part of what was said."""
_APPOSITION_AFTER = re.compile(
    r",[ \t]+(?!(?:and|but|or|while|then|yet|so)\b)"
    r"(?:(?:who|whose|of|from|at|with|an?|the|his|her|its|their|[a-z][\w-]*)\b"
    rf"|(?:(?!\b(?:and|or)\b)[^,.;:!?\"“”\n]){{0,40}}?\b(?i:{ROLE})\b)[^,.;:!?\"“”\n]{{0,120}}"
)
"""What a name's apposition or relative clause says of them (`Sarkozy, who met the colonel
twice,`, `Ellis, Chief Economist at the Halifax`, `Lake, of the Association of …`): the
people it names are named only to describe the one it follows."""
_THAT_CLAUSE_BEFORE = re.compile(r"\b(?!(?:so|now|such|except)\b)[a-z]{3,}[ \t]+that[ \t]+\Z")
"""A verb and `that` right before a name (`Khan alleged that Munir …`): the name opens the
clause of what the subject said or thought, however the verb is spelled."""
_PLURAL_NOUN_AFTER = re.compile(r"[ \t]+(?P<noun>[a-z][a-z-]+s)\b(?![ \t]*['’(])")
"""A lower-case plural right after a word (`Black residents`)."""
_LIST_JOIN = re.compile(r",[ \t]*|,?[ \t]+(?:and|or)[ \t]+")
"""What joins the members of a list of names (`Real Madrid, Barcelona and Valencia`)."""
_NESTED_NAME = re.compile(
    rf",[ \t]+[{UPPER}][\w’'.-]*(?:[ \t]+[{UPPER}][\w’'.-]*){{0,3}}(?=[ \t]*(?:[.,;:]|\Z))"
)
"""A name set off by commas right after an apposition (`…, adviser to the managing
director, Rodrigo Rato.`)."""
_ROLE_ENDS = re.compile(rf"\b(?i:{ROLE})\Z")
"""An apposition ending on a role noun, to which a name after it stands in apposition."""
_DASH = re.compile(r"[ \t][-–—][ \t]")
"""A dash set apart by spaces: one side of a parenthesis (`Hamm - the club's investor -`)."""
_DASH_APPOSITION = re.compile(r"[ \t]+[-–—][ \t]+[^-–—.!?\"“”\n]{1,100}?[ \t]+[-–—][ \t]")
"""An apposition set between dashes right after a name (`Hale - the club's largest investor
- said`): closed by its second dash, a parenthesis about the one it follows."""
_GROUP_SUBJECT = re.compile(
    rf"(?:(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t])|(?<=\n)|(?<=\A))"
    rf"(?P<group>(?:The[ \t]+|Some[ \t]+|Many[ \t]+)?{BARE_PLURAL})(?=,|[ \t]+[a-z])"
)
"""A group opening a sentence as its subject: `Residents of Elm Street have …`."""
_AFTER_SENTENCE_STOP = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’]?[ \t])")
"""Ends of what precedes a sentence's start as `_GROUP_SUBJECT` sees it: a newline, or a
full stop, perhaps a closing mark, and a space (opening on one class of characters, which
the regex engine scans for quickly)."""


def _sentence_begins(text: str) -> Iterator[int]:
    """Where sentences and paragraphs begin, in text order: after the spaces opening the
    text, and after each `_SENTENCE_BEGIN`. Its one class of opening characters lets the
    regex engine scan for them, where an opening `\\A` or look-behind would be tried at
    every position of the text."""
    yield len(text) - len(text.lstrip(" \t"))
    for begin in _SENTENCE_BEGIN.finditer(text):
        yield begin.end()


def _indefinite_openings(text: str) -> Iterator[int]:
    """Where sentences opening on "A"/"An" begin, in text order: at the text's start, and
    after each `_INDEFINITE_OPENING` (scanned for as `_sentence_begins` does)."""
    if _OPENS_INDEFINITE.match(text):
        yield 0
    for opening in _INDEFINITE_OPENING.finditer(text):
        yield opening.end()


def _sentence_first_words(text: str) -> Iterator[re.Match[str]]:
    """`_SENTENCE_FIRST_WORD.finditer(text)`, tried only where a match may start: the
    text's start, a line's, or a stop. The pattern opens with `^`, which the regex engine
    would otherwise try at every position. The same matches, in the same order."""
    stops = _STOP_OR_NEWLINE.finditer(text)
    starts = chain((0,), (stop.end() if stop.group() == "\n" else stop.start() for stop in stops))
    reached = 0
    for start in starts:
        if start < reached:
            continue
        found = _SENTENCE_FIRST_WORD.match(text, start)
        if found is not None:
            reached = found.end()
            yield found


def _subject_pronouns(text: str, lower: int, upper: int) -> Iterator[re.Match[str]]:
    """`_SUBJECT_PRONOUN.finditer(text, lower, upper)`, tried only where "He" or "She"
    is: the pattern opens with look-behinds, which the regex engine would otherwise try at
    every position. The same matches: none holds a capital after its pronoun, so none
    overlaps the next place tried."""
    for pronoun in _HE_OR_SHE.finditer(text, lower, upper):
        found = _SUBJECT_PRONOUN.match(text, pronoun.start(), upper)
        if found is not None:
            yield found


def at_sentence_starts(
    pattern: re.Pattern[str], text: str, lower: int = 0, upper: int | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, lower, upper)` for a pattern that opens with look-behinds
    for a sentence's start (`INTRODUCED_SUBJECT`, `_GROUP_SUBJECT`), tried only where a
    sentence may open: the regex engine would otherwise try those look-behinds at every
    position of the text. Matches come in the same order and never overlap, as with
    `finditer`."""
    upper = len(text) if upper is None else upper
    # a stop and what follows it is three characters at most: one just before `lower` may
    # open a sentence at `lower`
    stops = _AFTER_SENTENCE_STOP.finditer(text, max(0, lower - 3), upper)
    starts = chain((0,) if lower == 0 else (), (stop.end() for stop in stops))
    reached = lower
    for start in starts:
        if start < reached:
            continue
        found = pattern.match(text, start, upper)
        if found is not None:
            reached = found.end()
            yield found


def _group_subjects(text: str) -> Iterator[re.Match[str]]:
    """`_GROUP_SUBJECT.finditer(text)`, tried only where a sentence may open."""
    return at_sentence_starts(_GROUP_SUBJECT, text)


"""A group described in the plural ("Some artists", "the physicians")."""
_DESCRIBED_CONFIDENCE = 0.9
"""Someone described as the text describes them ("A spokeswoman for the ministry")."""
_RIVAL_CONFIDENCE = 0.5
_ONLY_PERSON_CONFIDENCE = 0.7
"""A pronoun standing for the only person of that gender named so far, not a subject."""
"""A pronoun with someone else in play since the person it most likely stands for."""
_PRONOUN_REACH = 2500
"""How far back (characters) a pronoun looks for the person it stands for."""


def _last_stop(window: str) -> int:
    """Where the last full stop, question or exclamation mark or newline of `window` is, or
    -1: four `rfind`s, quicker than a generator over the marks on this path taken for every
    name of a text."""
    return max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"))


def _between_dashes(text: str, start: int, end: int, after: int) -> bool:
    """Whether the name at `start`..`end` sits in a parenthesis between dashes closed before
    `after` (`Hamm - Dortmund's largest investor - said he …`): what follows the closing
    dash is said of the one the parenthesis describes, not of the name inside it."""
    reach = max(0, start - 60)
    reach = max(reach, *(text.rfind(mark, reach, start) + 1 for mark in ".!?\n"))
    return bool(_DASH.search(text, reach, start) and _DASH.search(text, end, after))


def opens_sentence(text: str, position: int) -> bool:
    """Whether a name at `position` is its sentence's subject: first, or after titles only
    ("Interior Cabinet Secretary Kipchumba Murkomen was travelling…")."""
    if _OPENS_AFTER.search(text, max(0, position - 4), position):
        return True
    # "In testimony to the legislature in 2023, Corinne Abernathy … predicted": after an
    # opening phrase, the name is the sentence's subject
    reach = text[max(0, position - 240) : position]
    opening = _last_stop(reach) + 1
    if opening > 0 or position <= 240:
        start = max(0, position - 240) + opening
        main = after_lead(text, start, position)
        if text[start:position].strip() and main > start:
            titles = text[main:position].strip()
            if (
                not titles
                or _titles_only(titles)
                or _TITLE_LEAD.fullmatch(titles)
                or _role_titled(titles)
            ):
                # "Asked about it later, Senator Ann Webb was less sure.", "After he
                # finishes, director Ann Webb could …" (a role in lower case after the
                # opening phrase titles the name too)
                return True
    if opening > 0 or position <= 240:
        # "… was named best ensemble and its breakout star, Nikki Vale, won": a name in
        # apposition to the subject of a clause joined to the sentence's first
        start = max(0, position - 240) + opening
        joined = _JOINED_CLAUSE.search(text, start, position)
        if joined is not None and _JOINED_DESCRIBED.fullmatch(text, joined.end(), position):
            return True
    if opening > 0 or position <= 240:
        # "Told of that remark, Kovalenko shrugged.": a passive participle phrase before
        # the subject, as "Asked about it, …" is
        start = max(0, position - 240) + opening
        passive = _PASSIVE_LEAD.match(text, start, position)
        if passive is not None:
            titles = text[passive.end() : position].strip()
            if not titles or _titles_only(titles) or _role_titled(titles):
                return True
    if (
        reach[-1:] in (" ", "\t")
        and reach.rstrip(" \t").endswith(",")  # the pattern's end, checked before searching
        and _FRONTED_CLAUSE_THEN_NAME.search(text, max(0, position - 240), position)
    ):
        # `Although he said it was “wild” to see it, Isaac stopped short …`: a subordinate
        # clause before the subject, perhaps with a short phrase in quotation marks
        return True
    window = text[max(0, position - 60) : position]
    cut = _last_stop(window)
    if cut < 0 and position > 60:
        return False
    lead = window[cut + 1 :].split()
    if bool(lead) and _titles_only(" ".join(lead)):
        # "Interior Cabinet Secretary …", "Union leader Gary Blake was unconvinced"
        return True
    if bool(lead) and _role_titled(" ".join(lead).lstrip('"“”’')):
        # "But shuttle program manager Wayne Hale indicated …": a role in lower case and its
        # modifiers title the name that opens the sentence
        return True
    # "The judge, Amy Berman Jackson, was unmoved": named in apposition to the subject
    return _DESCRIBED_SUBJECT.fullmatch(window, cut + 1) is not None


class Salience:
    """Salient people in reading order, built from sentence subjects, reported speakers
    and the speakers of quotations as they are resolved."""

    def __init__(
        self,
        text: str,
        entities: list[Entity],
        sentences: Sentences,
        name_of: Callable[[str, int, int], tuple[str | None, float]],
        is_person: Callable[[str], bool],
    ) -> None:
        self.text = text
        self.sentences = sentences
        self.persons = [
            e for e in entities if e.kind == "person" and not text.startswith(("’t", "'t"), e.end)
        ]  # not the "Don" of "Don’t Republicans risk …", which a recogniser may take for one
        self._person_starts = [e.start for e in self.persons]
        self._entity_starts = [e.start for e in entities]
        self._entity_ends = [e.end for e in entities]
        self._entity_kinds = [e.kind for e in entities]
        self._named = {e.key or e.text for e in self.persons}
        self.organizations = [
            e for e in entities if e.kind == "organization" and not sentences.inside(e.start)
        ]
        self.bodies = self._speaking_of_itself(entities) | self._plural_bodies(entities)
        self.body_names = self.bodies | {e.key or e.text for e in self.organizations}
        """Names that are bodies: known to the recogniser, or speaking of themselves."""
        """Names that open a sentence speaking of themselves as "it" (`Verizon said it
        …`): bodies, even where the recogniser took them for people."""
        self.name_of = name_of
        """Resolves the words of a reported speaker ("the official") to a name, and how
        sure that is."""
        self.is_person = is_person
        self.gender: dict[str, str] = {}
        self._events: list[Event] | None = None
        self._reported_to = 0
        """Reporting clauses are read up to here."""
        self._resolved: set[int] = set()
        """Where a body a quotation's description stood for was recorded (`the operator
        said` as Verizon): the reporting clause there is not read again as the words."""
        self.quoted: list[Event] = []
        """Speakers of quotations, in reading order."""
        self.called: dict[str, str] = {}
        """Person -> the sex of a pronoun that surely stood for them ("f"/"m")."""
        self._called: dict[str, bool] = {}
        """Names the text speaks of as a person (`called_a_person`), read so far."""
        self._ages: dict[str, set[str]] | None = None
        """Person -> the ages the text gave them in apposition (`Lena Moss, 43,`)."""

    def _speaking_of_itself(self, entities: list[Entity]) -> set[str]:
        """Names that open a sentence speaking of themselves as "it"/"its"; fills
        `_unnamed_bodies` with those the recogniser missed or took for a person."""
        text = self.text
        candidates: dict[str, int] = {}  # name -> where it opens a sentence
        self._unnamed_bodies: list[tuple[int, str]] = []
        for its in _ITS.finditer(text):
            # only sentences that hold "its" are read: most of a text holds none
            start = max(text.rfind(mark, 0, its.start()) for mark in ".!?\n") + 1
            while start < its.start() and text[start] in ' \t"“”’':
                start += 1
            match = _ITS_SUBJECT.match(text, start)
            if match is None or match.end() != its.end() or self.sentences.inside(start):
                continue
            name = match.group("name")
            first = name.split()[0]
            if first not in COMMON_WORDS and first.lower() not in COMMON_WORDS:
                candidates.setdefault(name, start)
        unnamed = set(candidates)
        for entity in entities:
            key = entity.key or entity.text
            if (
                (entity.kind == "organization" or " " not in key)  # not "Tom Hale said it …"
                and SPEAKS_OF_ITSELF.match(text, entity.end)
                and gender_of(key) is None
                and not self.sentences.inside(entity.start)
                and opens_sentence(text, entity.start)
            ):
                candidates.setdefault(key, entity.start)
        if not candidates:
            return set()
        for entity in entities:
            key = entity.key or entity.text
            if key in candidates and (
                _PERSONAL_AFTER.match(text, entity.end)
                or _HONORIFIC_BEFORE.search(text, max(0, entity.start - 8), entity.start)
            ):
                # "Obama said he …": a person, whatever the recogniser said ("its"
                # outweighs a given name: "Sina", "Shell")
                del candidates[key]
        self._unnamed_bodies = [(at, name) for name, at in candidates.items() if name in unnamed]
        return set(candidates)

    def _modifies_role(self, entity: Entity) -> bool:
        """Whether `entity` stands between an article and a role noun (`The Tory leader`,
        `a Labour spokesman`): a name modifying the noun, not the sentence's subject."""
        role = _WORD_AFTER.match(self.text, entity.end)
        return (
            role is not None
            and role.group(1) in SPEAKER_ROLES
            and _MODIFIER_BEFORE.search(self.text, max(0, entity.start - 6), entity.start)
            is not None
        )

    def _plural_bodies(self, entities: list[Entity]) -> set[str]:
        """One-word names the recogniser took for people that take a plural verb (`Villa were
        not interested`, `Arsenal have signed`): a team or a company in British usage, never a
        person, whom "he"/"she" cannot stand for; unless a given name, an honorific or a
        personal pronoun after it says a person."""
        text = self.text
        found: set[str] = set()
        for entity in self.persons:
            key = entity.key or entity.text
            if (
                gender_of(key) is not None
                or self.sentences.inside(entity.start)
                or not _PLURAL_VERB_AFTER.match(text, entity.end)
                or not (
                    opens_sentence(text, entity.start)
                    or _CLAUSE_OPENER_BEFORE.search(text, max(0, entity.start - 12), entity.start)
                )
            ):
                continue
            found.add(key)
        for entity in entities:
            key = entity.key or entity.text
            if key in found and (
                _PERSONAL_AFTER.match(text, entity.end)
                or _HONORIFIC_BEFORE.search(text, max(0, entity.start - 8), entity.start)
            ):
                found.discard(key)
        return found

    def add_speaker(self, position: int, name: str, person: bool, confidence: float = 1.0) -> None:
        """Record the speaker of a quotation just resolved, and how sure that is."""
        event = Event(position, name, person, spoke=True, confidence=confidence)
        self.quoted.append(event)
        if not person:
            self._resolved.add(position)
        if self._events is not None:
            insort(self._events, event, key=_position)

    def called_a_person(self, name: str) -> bool:
        """Whether the text speaks of the capitalised `name` with a personal pronoun in the
        clause right after it, nobody else named between (`Covic believes the new coach works
        in his favour`): a person, though the recogniser did not know the name. Read once
        per name, and only for names no other evidence decides."""
        known = self._called.get(name)
        if known is not None:
            return known
        found = False
        text = self.text
        at = text.find(name) if all(word[:1].isupper() for word in name.split()) else -1
        while at >= 0 and not found:  # a name, not `Audience members`
            end = at + len(name)
            mention, at = at, text.find(name, end)
            if (mention and (text[mention - 1].isalnum() or text[mention - 1] in "’'-")) or (
                end < len(text) and (text[end].isalnum() or text[end] in "’'-")
            ):
                continue  # part of a longer word
            if self.sentences.inside(mention) or _PREPOSITION_BEFORE.search(
                text, max(0, mention - 16), mention
            ):
                continue  # not `A mother who lives on Mill Lane said she …`
            after = _SUBJECT_PRONOUN_AFTER.match(text, end)
            if after is None:
                continue
            index = bisect_left(self._person_starts, end)
            if index < len(self.persons) and self.persons[index].start < after.end():
                continue  # `Covic praised Verbeek and his staff`: whose is unclear
            found = True
        self._called[name] = found
        return found

    def described_as_person(self, name: str, end: int) -> bool:
        """Whether the speaker `name` ending at `end` is described in apposition by a
        person's role (`Omar Saleh, the ministry spokesman`, `Lee, a nurse at the
        clinic`): a person, of the sex the role gives; not a body that speaks of itself."""
        if name in self.bodies:
            return False
        found = _ROLE_IN_APPOSITION.match(self.text, end)
        if found is None or found.group("role").lower() in INSTITUTIONS:
            return False
        if not _is_person_noun(found.group("role")):
            return False
        self.note_gender(name, found.group("role"))
        return True

    def note_gender(self, person: str, word: str) -> None:
        word = word.lower().rstrip(".")
        if word in _FEMALE:
            self.gender.setdefault(person, "f")
        elif word in _MALE:
            self.gender.setdefault(person, "m")

    def _sentence_subjects(self) -> list[Event]:
        """People opening a sentence outside quotations, in text order."""
        events: list[Event] = []
        text = self.text
        persons = self.persons
        for number, entity in enumerate(persons):
            start, key = entity.start, entity.key or entity.text
            if self.sentences.inside(start):
                continue
            # Gender, when the text gives it: "Mr. Hale", or "Hale said she …" with no one
            # else named in between.
            honorific = text[max(0, start - 5) : start].strip().lower().rstrip(".")
            title = honorific.rsplit(None, 1)[-1] if honorific else ""
            if title in _HONORIFICS:  # not "a woman Lionel dated": someone else's word
                self.note_gender(key, title)
            appositive = _APPOSITIVE_NOUN.search(text, max(0, start - 30), start)
            if appositive is not None:  # "Her husband, Tom, drives …"
                self.note_gender(key, appositive.group(1))
            described = _IS_A.match(text, entity.end, entity.end + 80)
            if described is not None:
                noun = described.group("noun")
                self.gender.setdefault(key, "f" if noun in _FEMALE_NOUNS else "m")
            given = gender_of(key)
            if given is not None:
                self.gender.setdefault(key, given)  # before the looser pronoun evidence
            following = persons[number + 1].start if number + 1 < len(persons) else len(text)
            pronoun = _PRONOUN_AFTER.search(text, entity.end, min(following, start + 160))
            if (
                pronoun is not None
                and not re.search(r"[.!?\"“”]", text[start : pronoun.start()])
                and not self._owner_between(text[entity.end : pronoun.start()], pronoun.group())
                and not _between_dashes(text, start, entity.end, pronoun.start())
            ):
                self.note_gender(key, pronoun.group())
            if text.startswith(("'s", "’s"), entity.end) or _JOINT_OWNER.match(text, entity.end):
                continue  # "Smith's proposal was…", "Smith and Lee's album is…": about those
            if self._modifies_role(entity):
                continue  # "The Tory leader countered …": the leader is the subject, not Tory
            if (
                not opens_sentence(text, start)
                and not _MET_BY_WRITER.search(text, max(0, start - 40), start)
                and not self._opens_joined_clause(entity, events)
                and not (
                    _APPOSED_SUBJECT_AFTER.match(text, entity.end)
                    and _DESCRIPTION_BEFORE_NAME.search(text, max(0, start - 140), start)
                )
            ):
                continue
            coordinated = bool(_AND_NAME.match(text, entity.end, entity.end + 12))
            events.append(Event(start, key, key not in self.bodies, coordinated))
        # "Acme Corp said its …": a body speaking of itself is what a later "it" may
        # stand for (any organisation opening a sentence put wrong names on a blind set)
        for entity in self.organizations:
            start, key = entity.start, entity.key or entity.text
            if key in self.bodies and opens_sentence(text, start):
                insort(events, Event(start, key, False), key=_position)
        for entity in self.persons + self.organizations:
            # "Acme's statement was brief. “…,” it said": the words are the owner's
            if _OWNED_WORDS.match(text, entity.end) and opens_sentence(text, entity.start):
                insort(events, Event(entity.start, entity.key or entity.text, False), key=_position)
        if self._unnamed_bodies:
            # the words speak of themselves as "its": a body, whatever the recogniser read
            taken = {start for start, _ in self._unnamed_bodies}
            events = [event for event in events if event.position not in taken]
            for start, key in self._unnamed_bodies:
                insort(events, Event(start, key, False), key=_position)
        # "Residents of Elm Street have campaigned …": a group as a sentence's subject is
        # what a later "they" may stand for
        for group in _group_subjects(text):
            if not self.sentences.inside(group.start("group")):
                event = Event(group.start("group"), group.group("group"), False)
                insort(events, event, key=_position)
        # "A diplomat from a southern member state, who asked not to be named, said …":
        # someone unnamed introduced as a sentence's subject is in focus like a name.
        introduced = set()
        for opening in _indefinite_openings(text):
            if self.sentences.inside(opening):
                continue
            described = _NOMINAL.match(text, opening)
            if described is None:
                # "A senior starter, who asked not to be named, …": "who" tells a person
                who = _WHO_DESCRIBED.match(text, opening)
                if who is not None:
                    introduced.add(opening)
                    insort(events, Event(opening, who.group(), True), key=_position)
                continue
            phrase = described.group()
            whence = _WHENCE.match(text, described.end()) or _RESTRICTED_SUBJECT.match(
                text, described.end()
            )
            if whence is not None:
                # "A diplomat from a southern member state,", "A mother of three who
                # lives on Mill Lane said": what says which one
                phrase += whence.group()
            if self.is_person(described.group()):
                introduced.add(opening)
                insort(events, Event(opening, phrase, True), key=_position)
        for event in self._unnamed_subjects(introduced):
            insort(events, event, key=_position)
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
                if parts[-1][:1].islower():
                    # "Al-Khatib, asked whether …, declined" for Raed al-Khatib: a particle
                    # is capitalised where the name opens a sentence
                    surnames.setdefault(parts[-1][:1].upper() + parts[-1][1:], key)
                family = family_name(key)
                if family is not None:
                    surnames.setdefault(family, key)  # "Tanaka paused." for Tanaka Keiko
        events.extend(self._given_name_subjects({event.position for event in events}))
        events.sort(key=_position)
        if surnames:
            tagged = {event.position for event in events}
            for match in _sentence_first_words(text):
                found = surnames.get(match.group(1))
                start = match.start(1)
                if found is None or start in tagged or first_mention[found] > start:
                    continue
                if not self.sentences.inside(start):
                    events.append(Event(start, found, True))
            events.sort(key=_position)
        return events

    @staticmethod
    def _owner_between(between: str, pronoun: str) -> bool:
        """Whether someone else the pronoun may stand for is named by a noun of its sex
        between a name and the pronoun (`Kirmani, whose brother had to leave his car`):
        the pronoun says nothing of the name's sex."""
        sex = gender_of_noun(pronoun)
        return any(
            word not in _PERSONAL_PRONOUNS and gender_of_noun(word) == sex
            for word in re.findall(r"[a-z]+", between)
        )

    def _opens_joined_clause(self, entity: Entity, events: list[Event]) -> bool:
        """Whether `entity` is the subject of a main clause joined to its sentence's first
        (`Those arguments worked elsewhere, but Judge Ann Howell did not buy them.`): a
        verb after it, and before it a conjunction after a comma or a semicolon, perhaps
        with titles between. Not when a person is the first clause's subject (`Brandt said
        the plan was sound, but Okafor disagreed.`): two people in play, which the rival
        checks weigh."""
        text = self.text
        if not (
            _JOINED_BEFORE.search(text, max(0, entity.start - 60), entity.start)
            and _CLAUSE_SUBJECT.match(text, entity.end)
        ):
            return False
        opening = max(text.rfind(mark, 0, entity.start) for mark in ".!?\n") + 1
        if events and events[-1].position >= opening and events[-1].person:
            return False
        return not _PERSON_OPENS.match(text, opening)

    def _given_name_subjects(self, tagged: set[int]) -> list[Event]:
        """A given name alone as a sentence's subject, which the recogniser did not tag
        (`After the speech, Elizabeth stood up.`): someone in focus, of the sex the name
        says, for the next "he"/"she"."""
        found: list[Event] = []
        for match in _LONE_NAME.finditer(self.text):
            word, start = match.group(1), match.start(1)
            if word in COMMON_WORDS or start in tagged or self.sentences.inside(start):
                continue
            sex = sex_of_given(word)
            if sex is None:
                continue
            index = bisect_left(self._entity_starts, start)
            if index < len(self._entity_starts) and self._entity_starts[index] == start:
                if self._entity_kinds[index] != "place" or self._entity_ends[index] != match.end(1):
                    continue  # the recogniser read it already (a place may be a woman's name)
            elif index > 0 and self._entity_ends[index - 1] > start:
                continue  # part of a longer name or body
            if not opens_sentence(self.text, start):
                continue
            self.gender.setdefault(word, sex)
            found.append(Event(start, word, True))
        return found

    def _unnamed_subjects(self, introduced: set[int]) -> list[Event]:
        """Someone unnamed opening a sentence, or its clause after an opening phrase, as
        its subject: "One volunteer, who drove in from Tupelo, said …", "Outside the school,
        one mother of two said …", "A retired postman at the next stall shook his head." A
        later "he"/"she" may stand for them, so they are in focus like a name; the whole
        phrase is who they are. A person noun, a "who" clause or "his"/"her" in the clause
        tells a person from "One problem, officials said, is …" or "A car bomb exploded"."""
        text = self.text
        found: list[Event] = []
        for start in _sentence_begins(text):
            if _UNNAMED.match(text, start) is None:
                lead = _LEAD_THEN_UNNAMED.match(text, start)
                if lead is None or not self._is_lead(start, lead.end("lead")):
                    continue
                start = lead.end()
            if start in introduced or self.sentences.inside(start):
                continue
            event = self._unnamed_at(start)
            if event is not None:
                found.append(event)
        return found

    def _is_lead(self, start: int, end: int) -> bool:
        """Whether `text[start:end]` is an opening phrase before a clause's subject
        ("Outside the cathedral", "Earlier in the trial"), not a subject of its own ("The
        minister, a man who …", "Smith, a former miner, …")."""
        text = self.text
        lead = text[start:end]
        first = lead.split(None, 1)[0]
        if first in _NOT_LEAD or ANY_VERB.search(lead) or _LEAD_AUXILIARY.search(lead):
            return False
        index = bisect_left(self._person_starts, start)
        if index < len(self._person_starts) and self._person_starts[index] < end:
            before = text[start : self._person_starts[index]].split()
            if not any(word.islower() for word in before):
                # "Smith, a former miner, …", "Senator Ann Webb, a …": in apposition to a
                # name, not "Downstream at Tenbury Wells, one angler …"
                return False
        if after_lead(text, start, end + 2) >= end:
            return True
        return any(word.islower() for word in lead.split()) or first.lower() in COMMON_WORDS

    def _unnamed_at(self, start: int) -> Event | None:
        """The unnamed person whose description opens at `start`, if what follows shows
        a person, with the gender the text gives them."""
        text = self.text
        stop = _CLAUSE_END.search(text, start, start + 200)
        end = stop.start() if stop is not None else min(len(text), start + 200)
        who = _WHO_INSIDE.search(text, start, end)
        sure = True
        if who is not None:  # "one man who said he had worked at the plant"
            phrase_end = who.start()
        elif stop is not None and stop.group() == "," and _WHO_AFTER.match(text, stop.end()):
            phrase_end = end  # "One volunteer, who drove in from Tupelo, said"
        else:
            reported = _REPORTED_AFTER.search(text, start, end)
            if reported is not None:  # "one mother of two said": a person noun only
                phrase_end = reported.start()
                if not any(_is_person_noun(word) for word in text[start:phrase_end].split()[1:]):
                    return None
            else:
                possessive = _POSSESSIVE.search(text, start, end)
                if possessive is None or possessive.group("verb") in _NOT_VERB:
                    return None
                # "A retired postman standing at the next stall shook his head": a
                # person, but "A car bomb damaged his car" reads the same
                phrase_end = possessive.start()
                sure = any(_is_person_noun(word) for word in text[start:phrase_end].split()[1:])
        phrase = text[start:phrase_end].strip()
        words_in = phrase.split()
        if not 2 <= len(words_in) <= 10 or any(
            word.lower() in _NOT_VERB for word in words_in[1:] if word not in _OF_WORDS
        ):
            return None
        gender = _described_gender(phrase)
        if gender is None:
            sentence_end = _SENTENCE_STOP.search(text, phrase_end, phrase_end + 300)
            pronoun = _PRONOUN_AFTER.search(
                text, phrase_end, sentence_end.start() if sentence_end else phrase_end + 300
            )
            if pronoun is not None:
                gender = "f" if pronoun.group() in ("she", "her") else "m"
        if gender is not None:
            self.gender.setdefault(phrase, gender)
        return Event(start, phrase, True, confidence=1.0 if sure else _RIVAL_CONFIDENCE)

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
            if _MODIFIES_NOUN.search(text, max(0, verb.start() - 8), verb.start()):
                continue  # "Gale's announced competition", "its stated aim": no one spoke
            clause_start = text.rfind("\n", 0, verb.start()) + 1
            match = subject_of(text, verb, clause_start)
            if match is None:
                plural = _PLURAL_SUBJECT.search(
                    text, max(clause_start, verb.start() - 60), verb.start()
                )
                if plural is not None and not self.sentences.inside(plural.start()):
                    # `the kidnappers say the UK should …` ¶ `They warn that …`: a group
                    # described in the plural spoke, whom a later "they" may stand for
                    phrase = plural.group("group")
                    event = Event(plural.start(), phrase, False, spoke=True, confidence=0.8)
                    insort(self._events, event, key=_position)
                continue
            found, start, end = subject_span(match)
            apposition = match.groupdict().get("apposition")
            if (
                apposition
                and _CLOSES_SENTENCE.match(text, verb.end())
                and IS_NAME.fullmatch(apposition.strip())
            ):
                # `The hotel got mail, most of it from the United States, Denby noted.`: a
                # name after the last comma, then a verb closing the sentence, is the
                # subject of a postposed reporting clause, not in apposition to the words
                # before it (which are what was said)
                offset = match.start("apposition") + len(apposition) - len(apposition.lstrip())
                found = apposition.strip()
                start, end = offset, offset + len(found)
            elif (
                apposition
                and _CLOSES_SENTENCE.match(text, verb.end())
                and _BODY_DESCRIBED.fullmatch(apposition.strip())
                and _PREPOSITION_BEFORE.search(text, max(0, start - 16), start)
            ):
                # `…, a third of which would go to Microsoft, the agency said.`: a name
                # after a preposition is the object of the words reported; the description
                # after the comma is the postposed clause's subject
                offset = match.start("apposition") + len(apposition) - len(apposition.lstrip())
                found = apposition.strip()
                start, end = offset, offset + len(found)
            if self.sentences.inside(start):
                continue
            if IS_PRONOUN.fullmatch(found):
                if found.lower() in ("he", "she"):
                    # "She says the doctor's refusal …": whoever "she" is spoke here
                    name, sureness = self.antecedent(found, start)
                    if name is not None and (
                        self._named_in_paragraph(name, start)
                        or (
                            sureness >= SPEAKER_SURE
                            and (self.gender.get(name) or self.called.get(name))
                            == gender_of_noun(found)
                        )
                    ):
                        # only for someone named in the same paragraph, or whom the
                        # pronoun surely means, of the sex the text gives them: a chain of
                        # guesses (pronoun, then a bare quotation) is no evidence
                        event = Event(start, name, True, spoke=True, confidence=sureness)
                        insort(self._events, event, key=_position)
                continue
            if IS_ONE.fullmatch(found) or IS_DOCUMENT.fullmatch(found):
                continue
            if start in self._resolved:
                continue  # a quotation's speaker resolved these words already
            name, sureness = self.name_of(found, start, end)
            if name is None:
                continue
            person = self.is_person(name) and name not in self.bodies
            if not person and name == found:
                # `…, said Samir Jihad, a ministry spokesman.`: a role in apposition tells a
                # person, whatever the recogniser took the name for
                person = self.described_as_person(name, end)
            holder = None if person else _ROLE_OF.search(text, max(lower, start - 60), start)
            if holder is not None:
                # "A spokeswoman for the ministry said": a person speaking for a body
                name = text[holder.start() : end]
                person, sureness = True, _DESCRIBED_CONFIDENCE
                self.note_gender(name, holder.group("role"))
            # a pronoun standing for someone the text did not make sure of is no surer
            event = Event(start, name, person, spoke=True, confidence=sureness)
            insort(self._events, event, key=_position)
        self._read_pronoun_subjects(lower, position)

    def _read_pronoun_subjects(self, lower: int, position: int) -> None:
        """Carry the person a sentence-opening "he"/"she" surely stands for to that
        sentence (`He raises the same points with governments.` ¶ `"…," he said`): the
        subject is still in focus there, past anyone named only before it."""
        assert self._events is not None
        for found in _subject_pronouns(self.text, lower, position):
            start = found.start("pronoun")
            if self.sentences.inside(start):
                continue
            index = bisect_left(self._events, start, key=_position)
            if index < len(self._events) and self._events[index].position == start:
                continue  # a reporting clause read already (`He said …`)
            pronoun = found.group("pronoun")
            name, sureness = self.antecedent(pronoun, start)
            if (
                name is None
                or sureness < SPEAKER_SURE
                or (self.gender.get(name) or self.called.get(name)) != gender_of_noun(pronoun)
            ):
                continue
            insort(self._events, Event(start, name, True, confidence=sureness), key=_position)

    def _events_before(self, position: int) -> list[Event]:
        """Salient people up to `position` (subjects, speakers, reported speakers)."""
        if self._events is None:
            self._events = self._sentence_subjects()
            for event in self.quoted:
                insort(self._events, event, key=_position)
        self._read_reported(position)
        return self._events

    def events_until(self, position: int) -> list[Event]:
        """Every salient event (subjects, reported and quoted speakers) read so far, in
        text order, reading reporting clauses up to `position` first: the learned ranker's
        view of who was in focus around a quotation."""
        return self._events_before(position)

    def recent(self, position: int, since: int) -> Event | None:
        """The last salient person between `since` and `position`, if any: who a
        quotation-only paragraph most likely continues."""
        events = self._events_before(position)
        index = bisect_left(events, position, key=_position) - 1
        if index < 0 or events[index].position < since:
            return None
        event = events[index]
        if not event.person and not (event.spoke and event.name in self.body_names):
            return None  # a body continues only when it spoke (`Acme said it …`)
        return event

    def last_body(self, position: int) -> tuple[int, str] | None:
        """(position, name) of the last body that spoke before `position`, in reach of a
        pronoun (`Verizon said it …`, a quotation "it said" gave it)."""
        events = self._events_before(position)
        index = bisect_left(events, position, key=_position) - 1
        while index >= 0 and position - events[index].position < _PRONOUN_REACH:
            event = events[index]
            index -= 1
            if not event.person and event.spoke and event.name in self.body_names:
                return event.position, event.name
        return None

    def antecedent(self, pronoun: str, position: int) -> tuple[str | None, float]:
        """The most salient earlier subject a pronoun can stand for."""
        events = self._events_before(position)
        index = bisect_left(events, position, key=_position) - 1
        wanted_person = pronoun.lower() in ("he", "she")
        gender = "f" if pronoun.lower() == "she" else "m" if pronoun.lower() == "he" else None
        content = self._reported_content(position, pronoun)
        if gender is not None:
            ahead = self._cataphor(position, pronoun, gender)
            if ahead is not None:
                return ahead, 0.8
        checked = 0
        while index >= 0 and checked < 12:
            event = events[index]
            index -= 1
            checked += 1
            if event.person != wanted_person:
                continue
            if wanted_person and self._named_in_words(event.name, position, given=True):
                # `"Lukas did it himself," he said`: whom the words name by either name is
                # talked about, not the one telling them (nobody names themselves there)
                continue
            if content <= event.position < position and not event.spoke:
                # `Mr Lee should "…," he said`, `Mr Lee "made the decisions," he told the
                # court`: Lee is what the words are about, not the one telling them
                continue
            if (
                not wanted_person
                and pronoun.lower() == "it"
                and (
                    _PLURAL_NAME.fullmatch(event.name)
                    or _PLURAL_SUBJECT.fullmatch(event.name + " ")
                )
            ):
                continue  # "it" is not "Some artists", nor "the kidnappers"
            if pronoun.lower() == "it" and _described_person(event.name):
                continue  # nor "one user on Weibo"
            if (
                not wanted_person
                and pronoun.lower() == "it"
                and self._document_between(event, position)
            ):
                # `A post on the company's channel summed up the mood. "…," it read`: "it"
                # may be the document as well as the body
                return event.name, min(_RIVAL_CONFIDENCE, event.confidence)
            known = self.gender.get(event.name) or _described_gender(event.name)
            called = known or self.called.get(event.name)
            if gender and called and called != gender:
                continue  # the text gave them, or called them by, the other sex
            confidence = 0.8 if position - event.position < 1500 else 0.45
            if event.coordinated and not self._sex_tells_apart(event, known, gender):
                confidence = 0.35
            elif wanted_person and (
                self._rival(event, position, gender)
                or self._named_since(event, position, gender, content)
                or (
                    gender
                    and not known
                    and event.name not in self._named
                    and self._fits_better(event, position, gender)
                )
            ):
                confidence = min(confidence, _RIVAL_CONFIDENCE)
            elif wanted_person and self._embedded(event, index, events, gender):
                # `Schreiber told MPs the money came after Doucet told him …` ¶ `He told
                # MPs …`: the main subject and the one inside the clause are both in play
                confidence = min(confidence, _RIVAL_CONFIDENCE)
            elif wanted_person and gender and self._side_character(event, index, events, gender):
                # `Orr was his first client.` after Sanderson spoke: the recent subject is
                # linked to the topic, who may be the one meant; unsure rather than switch
                confidence = min(confidence, _RIVAL_CONFIDENCE)
            elif (
                wanted_person
                and not known
                and event.position < previous_paragraph_start(self.text, position)
                and self._anyone_else(event, events, position, gender)
            ):
                # neither the pronoun's sex nor nearness speaks for the person chosen:
                # nobody in this paragraph or the one before, no given name to agree, and
                # someone else in reach who might be meant
                confidence = min(confidence, _RIVAL_CONFIDENCE)
            confidence = min(confidence, self._sureness(event, index, events))
            if (
                gender
                and not known
                and confidence >= SPEAKER_SURE
                and not self._fits_better(event, position, gender)
            ):
                # the text has now called them "he" or "she" itself: a later pronoun of the
                # other sex is someone else (no evidence for one of the same sex, though: that
                # would be the same inference counted twice)
                self.called.setdefault(event.name, gender)
            return event.name, confidence
        if wanted_person and gender is not None:
            name, confidence = self._only_person(position, gender)
            if name is not None and self._named_in_words(name, position, given=True):
                return None, 0.0  # the only one of that sex is whom the words talk about
            return name, confidence
        return None, 0.0

    def _cataphor(self, position: int, pronoun: str, gender: str) -> str | None:
        """The main subject a pronoun in a fronted subordinate clause stands for (`Although
        he said it was “wild”, Isaac stopped short …`, `When she arrived, Okafor …`): the
        person named right after the clause's comma, when the text gives them the
        pronoun's sex (`When she said no, Roof told her …` is someone else)."""
        text = self.text
        if not _FRONTED_PRONOUN.search(text, max(0, position - 16), position):
            return None
        rest = _REST_OF_FRONTED.match(text, position + len(pronoun))
        if rest is None:
            return None
        index = bisect_left(self._person_starts, rest.end())
        if index >= len(self.persons):
            return None
        entity = self.persons[index]
        titles = text[rest.end() : entity.start].strip()
        if titles and not (_titles_only(titles) or _role_titled(titles)):
            return None
        key = entity.key or entity.text
        if key in self.bodies or not _CLAUSE_SUBJECT.match(text, entity.end):
            return None
        known = self.gender.get(key) or self.called.get(key) or gender_of(key)
        return key if known == gender else None

    def _sex_tells_apart(self, chosen: Event, known: str | None, gender: str | None) -> bool:
        """Whether the pronoun's sex picks `chosen` out of the pair it opens (`Okafor and
        Brandt sit on the committee. Asked about it, she said`): the text gave `chosen` the
        pronoun's sex and the one joined to them the other."""
        if gender is None or known != gender:
            return False
        index = bisect_left(self._person_starts, chosen.position)
        if index >= len(self.persons) or self.persons[index].start != chosen.position:
            return False
        first = self.persons[index]
        if index + 1 >= len(self.persons):
            return False
        partner = self.persons[index + 1]
        if not _AND_NAME.fullmatch(self.text, first.end, partner.start + 1):
            return False
        key = partner.key or partner.text
        other = self.gender.get(key) or self.called.get(key)
        return other is not None and other != gender

    def _modifies_people(self, entity: Entity, key: str) -> bool:
        """Whether the one-word `entity`, no given name, stands before a plural noun for
        people with no article (`Black residents`, `Obama voters`): a word describing a
        group, not someone a pronoun may stand for."""
        if " " in key or gender_of(key) is not None:
            return False
        noun = _PLURAL_NOUN_AFTER.match(self.text, entity.end)
        return noun is not None and _is_person_noun(noun.group("noun"))

    def _listed_with_things(self, entity: Entity) -> bool:
        """Whether the person `entity` stands in a list whose other members, two or more,
        the recogniser took for places or bodies and none for a person (`Spanish trio Real
        Madrid, Barcelona and Valencia`): one of a kind with them, not someone a pronoun
        may stand for, unless a given name says a person."""
        if gender_of(entity.key or entity.text) is not None:
            return False  # a given name (`Marco Belli`) says a person, whatever the list
        starts, ends, kinds = self._entity_starts, self._entity_ends, self._entity_kinds
        at = bisect_left(starts, entity.start)
        if at >= len(starts) or starts[at] != entity.start:
            return False
        others: list[str] = []
        index = at + 1  # members after it
        while index < len(starts) and _LIST_JOIN.fullmatch(
            self.text, ends[index - 1], starts[index]
        ):
            others.append(kinds[index])
            index += 1
        index = at - 1  # members before it
        while index >= 0 and _LIST_JOIN.fullmatch(self.text, ends[index], starts[index + 1]):
            others.append(kinds[index])
            index -= 1
        return len(others) >= 2 and all(kind in ("place", "organization") for kind in others)

    def _sureness(self, chosen: Event, index: int, events: list[Event]) -> float:
        """How sure it is that `chosen` is the person at its place: its own confidence, or
        that of a surer event for the same person earlier in the same clause, nothing
        between (`Minister Wolfgang Clement called the dip "a mild decline".`: whose words
        the quotation holds may be unsure; who the sentence is about is not)."""
        sureness = chosen.confidence
        while sureness < SPEAKER_SURE and index >= 0:
            event = events[index]
            index -= 1
            between = self.text[event.position : chosen.position]
            if event.name != chosen.name or _SENTENCE_STOP.search(between) or "," in between:
                break
            sureness = max(sureness, event.confidence)
        return sureness

    def _anyone_else(
        self, chosen: Event, events: list[Event], position: int, gender: str | None
    ) -> bool:
        """Whether anyone but `chosen` whom a pronoun of `gender` could stand for is named
        (outside quotations) or in focus within a pronoun's reach before `position`: with
        nobody else, the one person the text is about survives alone (`Roy said.` ¶ `"…"` ¶
        `"…," he added`), however far back they were named."""
        reach = max(0, position - _PRONOUN_REACH)
        tokens = set(chosen.name.split())
        index = bisect_left(self._person_starts, reach)
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            index += 1
            key = entity.key or entity.text
            if key == chosen.name or set(key.split()) <= tokens or key in self.bodies:
                continue
            if self.sentences.inside(entity.start) or self._listed_with_things(entity):
                continue
            known = self.gender.get(key) or self.called.get(key)
            if gender is None or known is None or known == gender:
                return True
        for event in events[bisect_left(events, reach, key=_position) :]:
            if event.position >= position:
                break
            if not event.person or event.name == chosen.name:
                continue
            known = self.gender.get(event.name) or _described_gender(event.name)
            if gender is None or known is None or known == gender:
                return True
        return False

    def _embedded(self, chosen: Event, index: int, events: list[Event], gender: str | None) -> bool:
        """Whether `chosen` spoke only inside the sentence of someone else, its main subject
        (`Schreiber said the money came after Doucet told him …`): the pronoun after it may
        stand for either, and the subject rule cannot say which."""
        if not chosen.spoke or opens_sentence(self.text, chosen.position):
            return False
        named = _CAPITALISED_RUN.match(self.text, chosen.position)
        if named is not None and self._reported_content(chosen.position, named.group()) < (
            chosen.position
        ):
            return False  # `Trump, Sexton said, has created …`: Trump is what Sexton said
        reach = self.text[max(0, chosen.position - 300) : chosen.position]
        start = chosen.position - len(reach) + _last_stop(reach) + 1
        while index >= 0 and events[index].position >= start:
            event = events[index]
            index -= 1
            if (
                not event.person
                or event.name not in self._named  # `A driver who gave his name, Steve, said`
                or event.position >= chosen.position
                or set(event.name.split()) & set(chosen.name.split())
                or not (event.spoke or opens_sentence(self.text, event.position))
            ):
                continue  # the main subject is someone else, who spoke or opens the sentence
            known = self.gender.get(event.name) or _described_gender(event.name)
            if gender is None or known in (None, gender):
                return True
        return False

    def _side_character(self, chosen: Event, index: int, events: list[Event], gender: str) -> bool:
        """Whether `chosen`, a subject who did not speak, is a side character linked to
        someone else of the same sex who spoke before (`Orr was his first client`,
        `Lee met her lawyer`): a possessive or object pronoun of that sex in the rest of
        its own sentence stands for another person, the topic a later pronoun may mean."""
        if chosen.spoke:
            return False
        named = _CAPITALISED_RUN.match(self.text, chosen.position)
        if named is None or _LINKED_OF[gender].match(self.text, named.end()) is None:
            return False
        reach = chosen.position - _PRONOUN_REACH
        while index >= 0 and events[index].position > reach:
            event = events[index]
            index -= 1
            if event.name == chosen.name or not event.person or not event.spoke:
                continue
            known = self.gender.get(event.name) or _described_gender(event.name)
            if known in (None, gender):
                return True
        return False

    def _document_between(self, event: Event, position: int) -> bool:
        """Whether a document (`a post`, `the letter`) is named outside quotations between
        the body `event` and a pronoun at `position`."""
        for found in IS_DOCUMENT.finditer(self.text, event.position, position):
            if self.sentences.inside(found.start()):
                continue
            if _VEHICLE.search(self.text, max(0, found.start() - 20), found.start()):
                continue  # `X said in a statement`, `according to the notice`: X's own
            return True
        return False

    def epithet(self, position: int, gender: str | None) -> tuple[str | None, float]:
        """The person an unintroduced description stands for ("the midfielder said"):
        the one person in focus in this paragraph (else the one before), when no one
        else who might fit became a clause's subject in between. (None, 1.0): nobody named is
        in focus, so the description is someone of its own; (None, 0.0): a guess."""
        events = self._events_before(position)
        index = bisect_left(events, position, key=_position) - 1
        paragraph = self.text.rfind("\n", 0, position) + 1
        reach = self._focus_reach(paragraph)
        chosen: Event | None = None
        while index >= 0:
            event = events[index]
            index -= 1
            if event.position < reach or (
                chosen is not None and event.position < paragraph <= chosen.position
            ):
                break  # the subject of the epithet's own paragraph decides before any other
            if not event.person or event.name not in self._named:
                continue  # a description ("a senior official") is no epithet's referent
            if TWO_PEOPLE.search(event.name):
                continue  # "Donald Trump And Marco Rubio": two people, neither one described
            known = self.gender.get(event.name) or _described_gender(event.name)
            if gender and known and known != gender:
                continue
            if chosen is not None and event.name != chosen.name:
                return None, 0.0  # two people in focus: an epithet gives no gender to decide
            if event.coordinated or self._rival(event, position, gender):
                return None, 0.0
            if chosen is None or (event.spoke and event.position == chosen.position):
                chosen = event  # the one who spoke there, when the subject also did
        if chosen is not None:
            # anyone else named since the chosen one's paragraph began ("Joe Biden criticised Donald
            # Trump." ¶ "the former president said") may be the one described
            since = self.text.rfind("\n", 0, chosen.position) + 1
            index = bisect_left(self._person_starts, since)
            while index < len(self.persons) and self.persons[index].start < position:
                entity = self.persons[index]
                index += 1
                key = entity.key or entity.text
                if key != chosen.name and not self.sentences.inside(entity.start):
                    if _THE_BEFORE.search(
                        self.text, max(0, entity.start - 4), entity.start
                    ) and _ROLE_AFTER_MODIFIER.match(self.text, entity.end):
                        continue  # "the Blackburn manager": a modifier, not a rival
                    if (
                        chosen.spoke
                        and self._in_passing(chosen, entity.start, entity.end, position)
                        and not _VERB_BEFORE.search(
                            self.text, max(0, entity.start - 30), entity.start
                        )
                    ):
                        # "Nadal said he felt for Baghdatis." ¶ "…," the Spaniard said; but
                        # the one a verb is about ("Biden criticised Trump") may be described
                        continue
                    known = self.gender.get(key)
                    if not (gender and known and known != gender):
                        return None, 0.0
            return chosen.name, min(0.8, chosen.confidence)
        index = bisect_left(self._person_starts, reach)
        while index < len(self.persons) and self.persons[index].start < position:
            if not self.sentences.inside(self.persons[index].start):
                return None, 0.0  # someone named in reach, but not in focus
            index += 1
        return None, 1.0

    def only_named(self, position: int) -> str | None:
        """The one person named (outside quotations) in the reach of an epithet at
        `position` (this paragraph and the one before), when nobody else is."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        reach = self._focus_reach(paragraph)
        names: set[str] = set()
        index = bisect_left(self._person_starts, reach)
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            index += 1
            if not self.sentences.inside(entity.start):
                names.add(entity.key or entity.text)
        events = self._events or []
        index = bisect_left(events, reach, key=_position)
        while index < len(events) and events[index].position < position:
            if events[index].person and events[index].name not in names:
                return None  # someone unnamed in focus (`A woman who lives nearby …`)
            index += 1
        if len(names) != 1:
            return None
        return names.pop()

    def _focus_reach(self, paragraph: int) -> int:
        """The start of the paragraph before the one opening at `paragraph`, stepping over
        paragraphs that are only a quotation: a speaker's words running on over several
        paragraphs keep them in focus ("…," he said. ¶ "…" ¶ "…," the finalist added)."""
        end = len(self.text[:paragraph].rstrip("\n"))
        reach = self.text.rfind("\n", 0, end) + 1
        for _ in range(_QUOTED_PARAGRAPHS):
            if reach == 0 or not (
                _ONLY_QUOTATION.fullmatch(self.text, reach, end)
                or CREDIT_LINE.fullmatch(self.text, reach, end)
            ):
                break
            end = len(self.text[:reach].rstrip("\n"))
            reach = self.text.rfind("\n", 0, end) + 1
        return reach

    def _only_person(self, position: int, gender: str) -> tuple[str | None, float]:
        """No subject fits the pronoun: the one person named in reach, when the text gave
        their gender and it fits ("… and Ellen Thibodeau is already annoyed." ¶ "…," she
        says); nobody when anyone else who might fit was named too."""
        found: set[str] = set()
        index = bisect_left(self._person_starts, max(0, position - _PRONOUN_REACH))
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            index += 1
            if self.sentences.inside(entity.start):
                continue
            key = entity.key or entity.text
            if self.gender.get(key) in (None, gender):
                found.add(key)
        if len(found) != 1:
            return None, 0.0
        (name,) = found
        return (name, _ONLY_PERSON_CONFIDENCE) if self.gender.get(name) == gender else (None, 0.0)

    def _named_in_paragraph(self, name: str, position: int) -> bool:
        """Whether `name` is mentioned earlier in the paragraph holding `position`."""
        start = self.text.rfind("\n", 0, position) + 1
        index = bisect_left(self._person_starts, start)
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            if (entity.key or entity.text) == name:
                return True
            index += 1
        return False

    def _fits_better(self, chosen: Event, position: int, gender: str) -> bool:
        """Whether, when the chosen antecedent's gender is unknown, someone whose gender the
        text gave and fits the pronoun was named in this paragraph or the one before
        (`When she posted a photo, a user replied with a tweet in which she had written`)."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        reach = self.text.rfind("\n", 0, len(self.text[:paragraph].rstrip("\n"))) + 1
        index = bisect_left(self._person_starts, reach)
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            index += 1
            key = entity.key or entity.text
            if key != chosen.name and self.gender.get(key) == gender:
                return True
        return False

    def _reported_content(self, position: int, subject: str) -> int:
        """Where the words reported by the pronoun's clause at `position` begin, when that
        clause is set after or into them (`Smith's case bore "…," he said`, `Smith's fans,
        he writes, are …`): the start of its sentence; else `position`. Whoever those words
        name is talked about, not the one talking."""
        line = self.text.rfind("\n", 0, position) + 1
        if not _SET_AFTER_WORDS.search(self.text, max(line, position - 4), position):
            return position
        after = _ADVERB.match(self.text, position + len(subject))
        verb = None if after is None else ANY_VERB.match(self.text, after.end())
        if verb is None:
            return position
        start = self.sentences.start_before(position, line)
        index = bisect_left(self.sentences.opens, start)
        opening = self.sentences.opens[index] if index < len(self.sentences.opens) else position
        if opening < position:
            if not _RUNS_INTO.search(self.text, max(start, opening - 40), opening):
                return position  # `Lee paused: "…," she said`: the words begin at the mark
        elif not self.text.startswith(",", verb.end()):
            return position  # only a clause set into the words (`Lee's fans, he writes, are`)
        for verb in ANY_VERB.finditer(self.text, start, position):
            if not self.sentences.inside(verb.start()):
                # `In her speech, Rhimes declared: "…," she said`: the sentence's own
                # reporting clause names the speaker the pronoun repeats
                return position
        return start

    def _named_since(
        self, chosen: Event, position: int, gender: str | None, content: int | None = None
    ) -> bool:
        """Whether anyone else the pronoun could stand for was named at all between `chosen`
        and the pronoun, as a subject or not (`Yamada Keiko, who heads a cooperative, said
        …`; `Penhaligon asked what Ekwueme was writing next.`): two people in play, and
        the subject rule may have missed the one the pronoun means."""
        index = bisect_left(self._person_starts, chosen.position + 1)
        chosen_tokens = set(chosen.name.split())
        chosen_known = self.gender.get(chosen.name) or _described_gender(chosen.name)
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            index += 1
            key = entity.key or entity.text
            if key == chosen.name or set(key.split()) <= chosen_tokens or key in self.bodies:
                continue  # nor a body the recogniser took for a person (`Villa were …`)
            if self.sentences.inside(entity.start) or self._topic_of_lead(entity.start, gender):
                continue
            if self._listed_with_things(entity):
                continue  # `linked with Real Madrid, Barcelona and Valencia`: a club
            if chosen.spoke and self._in_passing(chosen, entity.start, entity.end, position):
                continue
            if (
                _TALKED_ABOUT.search(self.text, max(0, entity.start - 24), entity.start)
                and not _SENTENCE_STOP.search(self.text, chosen.position, entity.start)
                and not (gender and self.gender.get(key) == gender and not chosen_known)
            ):
                continue  # `Quell went into detail about how Rolt …`: Rolt is talked about
            if (
                not chosen.spoke
                and not (gender and self.gender.get(key) == gender and not chosen_known)
                and self._beside_subject(chosen, entity, key, position)
            ):
                continue  # unless only the one talked about is known to fit the pronoun
            if (
                (content is not None and entity.start >= content)
                or self._described_by(chosen, entity.start)
            ) and not (gender and self.gender.get(key) == gender and not chosen_known):
                # `Smith's case bore "…," he said`, `Sarkozy, who met the colonel, said`:
                # someone talked about; unless the text gives them the pronoun's sex and not
                # the one chosen (`Clinton came, courtesy of Wes Park` ¶ `"…," he said`)
                continue
            if _MODIFIER_BEFORE.search(
                self.text, max(0, entity.start - 6), entity.start
            ) and _NOUN_AFTER.match(self.text, entity.end):
                continue  # `a Trump supporter`, `an Obama rally`: a name as a modifier
            if self._modifies_people(entity, key):
                continue  # `police officers and Black residents`, `Obama voters`
            if self._named_in_words(key, position):
                continue  # `"I feel for Nigel Worthington," he said`: talked about
            if (
                _POSSESSIVE_AFTER.match(self.text, entity.end)
                and not _THEIR_WORDS.match(self.text, entity.end)
                and not set(key.split()) & chosen_tokens
                and self._named_again(chosen, entity.end, position)
            ):
                # `Fowler's late goal helped City win and Keegan sympathised …`: an owner is
                # no clause's subject, and the one in focus is named again after them
                # (unless what they own is their words: `Lee's remarks`, someone who spoke)
                continue
            known = self.gender.get(key)
            if gender is None or known is None or known == gender:
                return True
        for found in at_sentence_starts(
            INTRODUCED_SUBJECT, self.text, chosen.position + 1, position
        ):
            if self.sentences.inside(found.start("role")) or found.group("role") in INSTITUTIONS:
                continue
            if self._age_epithet_of(chosen, found.start("role") - 4):
                continue  # `Dallas toured in 1997.` ¶ `The 32-year-old also felt …`: Dallas
            known = gender_of_noun(found.group("role"))
            if gender is None or known is None or known == gender:
                return True  # "The teacher, asked afterward, said she agreed."
        for found in at_sentence_starts(
            UNRECOGNISED_SUBJECT, self.text, chosen.position + 1, position
        ):
            name = found.group("name") or found.group("single")
            if self.sentences.inside(found.start()) or set(name.split()) & set(chosen.name.split()):
                continue
            index = bisect_left(self._person_starts, found.start())
            if index < len(self.persons) and self.persons[index].start == found.start():
                continue  # recognised: counted above
            if name.split()[0] not in COMMON_WORDS:
                return True  # "Yamada Keiko, who heads a cooperative, said …"
        return False

    def _age_epithet_of(self, chosen: Event, start: int) -> bool:
        """Whether the age standing alone as a sentence's subject at `start` (`The 32-year-old
        also felt …`, opening the sentence) is an epithet for `chosen`, the last person named
        before it as a subject who did not speak there: nobody else named in between, nobody
        else given that age, and `chosen` given no other.
        News re-describes the person in focus by age; an age introduces nobody new, unlike a
        role (`The teacher, asked afterward, said …`)."""
        text = self.text
        if chosen.spoke and self._third_person_quoted(chosen.position, start):
            # `"He deserves it," Evans said.` ¶ `Asked about his future, the 23-year-old
            # smiled.`: a speaker's words may be about the one described
            return False
        aged = _AGE_EPITHET.match(text, start)
        if aged is None:
            return False
        role = _ROLE_AFTER_AGE.match(text, aged.end())
        # `The 59-year-old mortgage lender said …`: an age with a role re-describes too
        if not _AGE_EPITHET_VERB.match(text, role.end() if role is not None else aged.end()):
            return False
        tokens = set(chosen.name.split())
        index = bisect_left(self._person_starts, chosen.position + 1)
        while index < len(self.persons) and self.persons[index].start < start:
            entity = self.persons[index]
            index += 1
            key = entity.key or entity.text
            if not set(key.split()) <= tokens and not self.sentences.inside(entity.start):
                return False  # someone else named since: they may be the one described
        events = self._events or []
        index = bisect_left(events, chosen.position + 1, key=_position)
        while index < len(events) and events[index].position < start:
            if events[index].person and events[index].name != chosen.name:
                return False  # someone unnamed in focus since (`A woman who lives …`)
            index += 1
        ages = self._given_ages()
        age = aged.group("age")
        if any(age in given for name, given in ages.items() if name != chosen.name):
            return False  # `Lena Moss, 43,` … `the 43-year-old`: the one given that age
        return ages.get(chosen.name, {age}) == {age}

    def _third_person_quoted(self, mention: int, start: int) -> bool:
        """Whether a quotation from the paragraph of `mention` up to `start` speaks of a
        "he"/"she" (`"He deserves it," Evans said.`): someone else the speaker talks about,
        whom a later epithet may describe."""
        lower = max(0, previous_paragraph_start(self.text, mention), mention - 600)
        return any(
            self.sentences.inside(found.start())
            for found in THIRD_PERSON.finditer(self.text, lower, start)
        )

    def _given_ages(self) -> dict[str, set[str]]:
        """Person -> the ages the text gave them in apposition anywhere (`Lena Moss, 43,`);
        read once, at the recognised names only (no scan of the text)."""
        if self._ages is None:
            self._ages = {}
            for entity in self.persons:
                given = _AGE_GIVEN.match(self.text, entity.end)
                if given is not None and not self.sentences.inside(entity.start):
                    key = entity.key or entity.text
                    self._ages.setdefault(key, set()).add(given.group("age"))
        return self._ages

    def _described_by(self, chosen: Event, start: int) -> bool:
        """Whether a mention at `start` sits in the apposition or relative clause right
        after `chosen`'s name (`Sarkozy, who met the colonel twice, said`, `said Ellis,
        chief economist at the Halifax`): named to describe them, no one in play."""
        named = _CAPITALISED_RUN.match(self.text, chosen.position)
        if named is None or named.end() > start:
            return False
        apposition = _APPOSITION_AFTER.match(self.text, named.end()) or _DASH_APPOSITION.match(
            self.text, named.end()
        )
        if apposition is None:
            return False
        if start < apposition.end():
            return True
        # `Jack Boorman, adviser to the fund's managing director, Rodrigo Rato.`: the name
        # in apposition to the noun that ends the apposition is part of the description
        nested = _NESTED_NAME.match(self.text, apposition.end())
        return (
            nested is not None
            and start < nested.end()
            and _ROLE_ENDS.search(self.text, max(0, apposition.end() - 40), apposition.end())
            is not None
        )

    def _in_passing(self, chosen: Event, start: int, end: int, position: int) -> bool:
        """Whether a person named at `start`..`end`, in the sentence in which `chosen` spoke,
        is only someone talked about rather than a second speaker in play for the pronoun at
        `position`: a possessive (`Brandt said she was troubled by Helga Okafor's remark.`),
        or, when the pronoun's quotation comes straight after that sentence or the pronoun
        opens the next one (`… a start. He said …`), a name inside the reported speech or
        after a preposition (`Varga said Pieters had earned a start. "…," he said`), unless
        a new main clause may have begun before it. Without the
        quotation straight after, the latter two named more quotes wrongly on unseen news,
        so there they still count as rivals."""
        if _SENTENCE_STOP.search(self.text, chosen.position, start):
            return False
        if _POSSESSIVE_AFTER.match(self.text, end):
            return True
        if not (
            self._quote_follows(end, position) or self._pronoun_follows(end, position)
        ) or _CLAUSE_BREAK.search(self.text, chosen.position, start):
            return False
        if _QUESTION_VERB.search(self.text, chosen.position, start):
            return False  # `Penhaligon asked what Ekwueme was writing`: Ekwueme may answer
        return bool(
            ANY_VERB.search(self.text, chosen.position, start)
            or _PREPOSITION_BEFORE.search(self.text, max(0, start - 16), start)
            or _THAT_CLAUSE_BEFORE.search(self.text, max(0, start - 24), start)
        )

    def _beside_subject(self, chosen: Event, entity: Entity, key: str, position: int) -> bool:
        """Whether a person named in the sentence whose main subject is `chosen` (who did not
        speak) is only talked about there, for the pronoun at `position` opening the next
        sentence or the quotation straight after it: after a preposition or as a possessive
        (`Doull felt the case against Singh hardly stands.` ¶ `"…," he said`), or in the
        words the subject reports there unless they are asked about (`He tests in May and
        says he looks forward to working with Hale.`), in one clause, and not someone who
        spoke before. "He" is the sentence's subject, not the last name."""
        if not opens_sentence(self.text, chosen.position) or _SENTENCE_STOP.search(
            self.text, chosen.position, entity.start
        ):
            return False
        if not (
            (
                _POSSESSIVE_AFTER.match(self.text, entity.end)
                and not _THEIR_WORDS.match(self.text, entity.end)
            )
            or _TOPIC_PREPOSITION.search(self.text, max(0, entity.start - 40), entity.start)
            or _PLACE_PREPOSITION.search(self.text, max(0, entity.start - 40), entity.start)
            or _WHICH_CLAUSE.search(self.text, chosen.position, entity.start)
            or (
                # `He will test in May and says he looks forward to working with Jenson
                # Button.`: the subject's own reported words, not a question about someone
                ANY_VERB.search(self.text, chosen.position, entity.start) is not None
                and not _QUESTION_VERB.search(self.text, chosen.position, entity.start)
            )
        ):
            return False
        if _CLAUSE_BREAK.search(self.text, chosen.position, entity.start) or not (
            self._quote_follows(entity.end, position, through_owner=True)
            or self._pronoun_follows(entity.end, position)
            or _COLON_THEN_QUOTE.fullmatch(self.text, entity.end, position) is not None
        ):
            return False
        return not self._spoke_before(key, position)

    def _named_in_words(self, key: str, position: int, given: bool = False) -> bool:
        """Whether the person `key` is named in the words of the quotation whose reporting
        clause the pronoun at `position` opens, right after them (`"I feel for Nigel
        Worthington," he said`) or before them (`he added: "Worthington has …"`): someone
        the speaker talks about, not the speaker (nobody names themselves in their words).
        By the family name only, or (`given`) by any of their names (`"Lukas did it"`)."""
        names = [
            word
            for word in (key.split() if given else key.split()[-1:])
            if len(word) >= 3 and word[0].isupper()
        ]
        if not names:
            return False
        opens, closes = self.sentences.opens, self.sentences.closes
        words: tuple[int, int] | None = None
        index = bisect_left(closes, position) - 1
        if index >= 0 and not self.text[closes[index] + 1 : position].strip(" \t"):
            words = opens[index] + 1, closes[index]
        else:
            index = bisect_left(opens, position)
            if index < len(opens) and _WORDS_AFTER.fullmatch(self.text, position, opens[index]):
                words = opens[index] + 1, closes[index]
        if words is None:
            return False
        alternatives = "|".join(re.escape(word) for word in names)
        pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
        for named in pattern.finditer(self.text, words[0], words[1]):
            noun = _PLURAL_NOUN_AFTER.match(self.text, named.end())
            if noun is None or not _is_person_noun(noun.group("noun")):
                return True  # not `Trump supporters`: a name for people of his side
        return False

    def _named_again(self, chosen: Event, start: int, position: int) -> bool:
        """Whether `chosen` is named again, outside quotations, between `start` and the
        pronoun at `position`: back in focus after someone else was mentioned."""
        family = chosen.name.split()[-1]
        pattern = re.compile(rf"(?<![\w-]){re.escape(family)}(?![\w'’-])")
        return any(
            not self.sentences.inside(found.start())
            for found in pattern.finditer(self.text, start, position)
        )

    def _spoke_before(self, name: str, position: int) -> bool:
        """Whether `name` spoke (quoted or reported) within a pronoun's reach before
        `position`: a speaker already in play, whom a later pronoun may mean."""
        events = self._events or []
        index = bisect_left(events, position, key=_position) - 1
        while index >= 0 and position - events[index].position < _PRONOUN_REACH:
            event = events[index]
            index -= 1
            if event.spoke and (event.name == name or set(event.name.split()) & set(name.split())):
                return True
        return False

    def _stop_after(self, mention: int, position: int) -> re.Match[str] | None:
        """The first mark after `mention` (before `position`) that ends its sentence: not
        one inside a quotation that goes on (`stating: "It is personal. It's got nothing to
        do with it". He …`), which ends a sentence of the words, not of the prose."""
        for stop in _SENTENCE_STOP.finditer(self.text, mention, position):
            if (
                stop.group() == "\n"
                or not self.sentences.inside(stop.start())
                or self.text.startswith(('"', "”", "’"), stop.end())
            ):
                return stop
        return None

    def _quote_follows(self, mention: int, position: int, through_owner: bool = False) -> bool:
        """Whether the sentence holding `mention` is followed straight by the one quotation
        whose reporting clause holds `position`; with `through_owner`, perhaps after one
        sentence about the subject's own (`His most vivid memory came last season.`), which
        keeps the same person in focus."""
        stop = self._stop_after(mention, position)
        if stop is None:
            return False
        if through_owner and _OWNER_OPENS.match(self.text, stop.end()):
            stop = self._stop_after(stop.end() + 1, position)
            if stop is None:
                return False
        # a closing mark right after the stop ends that sentence's own quotation; a straight
        # mark after the white space opens the next one, so it must not be stripped with them
        rest = self.text[stop.end() : position].lstrip('"”’').lstrip(" \t\n")
        return rest[:1] in ("“", '"') and rest.count("“") <= 1 and rest.count('"') <= 2

    def _pronoun_follows(self, mention: int, position: int) -> bool:
        """Whether the pronoun at `position` opens the sentence straight after the one
        holding `mention` (`Pataki says Kasich has a record.` `He warns …`): the subject
        carried on from one sentence to the next."""
        stop = self._stop_after(mention, position)
        if stop is None:
            return False
        rest = self.text[stop.end() : position].lstrip('"”’').strip(" \t\n")
        return rest == ""

    def _topic_of_lead(self, mention: int, gender: str | None) -> bool:
        """Whether the mention at `mention` sits in a sentence's opening phrase whose main
        clause a pronoun of `gender` opens (`Asked whether the president would accept it,
        she declined`): the one asked about, not the one who answers."""
        if gender is None:
            return False
        reach = self.text[max(0, mention - 140) : mention]
        opening = max(0, mention - 140) + _last_stop(reach) + 1
        main = after_lead(self.text, opening, min(len(self.text), mention + 160))
        if main > mention:
            return _PRONOUN_OF[gender].match(self.text, main) is not None
        # `But standing next to Mr Blair he added …`: a participle phrase with no comma;
        # the pronoun right after the name is the one standing, not the one stood beside
        named = _CAPITALISED_RUN.match(self.text, mention)
        return (
            named is not None
            and _BARE_PARTICIPLE_LEAD.fullmatch(self.text, opening, mention) is not None
            and _PRONOUN_CLAUSE_OF[gender].match(self.text, named.end()) is not None
        )

    def _rival(self, chosen: Event, position: int, gender: str | None) -> bool:
        """Whether someone else the pronoun could stand for came in between `chosen` and
        the pronoun at `position`: another person who is the subject of a clause the
        subject rule does not see (`Asked about it, Cheruiyot smiled.`; `Tanaka paused.`
        for Tanaka Keiko). With two people in play and no rule to decide, the pronoun is
        a guess; a person named in passing (`his friendship with Epstein`) is no rival,
        but one asked a question is (`Ruiz asked Hale where the money went.`)."""
        index = bisect_left(self._person_starts, chosen.position + 1)
        while index < len(self.persons) and self.persons[index].start < position:
            entity = self.persons[index]
            index += 1
            key = entity.key or entity.text
            if key == chosen.name or set(key.split()) <= set(chosen.name.split()):
                continue
            if key in self.bodies:
                continue  # a body the recogniser took for a person (`Villa were …`)
            if self.sentences.inside(entity.start) or self._listed_with_things(entity):
                continue
            asked = _ASKED.search(self.text, max(0, entity.start - 16), entity.start)
            if asked is None and (
                not _CLAUSE_SUBJECT.match(self.text, entity.end)
                or not _OPENS_CLAUSE.search(self.text, max(0, entity.start - 3), entity.start)
            ):
                continue
            if self._named_in_words(key, position):
                continue  # the one the pronoun's own words talk about
            known = self.gender.get(key)
            if gender is None or known is None or known == gender:
                return True
        return False

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
from bisect import bisect_left, bisect_right
from dataclasses import replace

from newsreader.analysis import gazetteer
from newsreader.analysis.described import (
    AGE_DESCRIBED,
    TWO_PEOPLE,
    age_given,
    cleaned,
    first_of_sentence,
    plain_word,
    roles_given,
)
from newsreader.analysis.documents import as_written, issuer_of
from newsreader.analysis.entities import UPPER
from newsreader.analysis.given_names import gender_of
from newsreader.analysis.lexicon import COMMON_WORDS, DEMONYMS, KIN_NOUNS, PERSON_TITLES
from newsreader.analysis.names import demonym
from newsreader.analysis.quote_marks import RawQuote
from newsreader.analysis.relatives import Relatives
from newsreader.analysis.salience import Salience, gender_of_noun, opens_sentence
from newsreader.analysis.sentences import Sentences, previous_paragraph_start
from newsreader.analysis.speech import (
    BUSINESS_KINDS,
    INSTITUTIONS,
    IS_DOCUMENT,
    IS_NAME,
    IS_NOBODY_NAMED,
    IS_NOMINAL,
    IS_ONE,
    IS_PRONOUN,
    NAME,
    NOMINAL,
    NOT_INSIDE,
    PLATFORM_NAMES,
    ROLE,
    SPEAKER_ROLES,
    SPEECH_NOUNS,
    VERB,
    VERB_FORMS,
    words,
)
from newsreader.models import SPEAKER_SURE, Entity

SURE = SPEAKER_SURE
"""Confidence from which a speaker is shown as certain."""

PLATFORMS = frozenset(name.lower() for name in PLATFORM_NAMES) | {"truth social"}
"""Places words are posted, never their speaker: `"…," Li wrote on Weibo`."""

_INSTITUTIONS = INSTITUTIONS
_ROLE_BEFORE = re.compile(
    rf"(?<!\b[Aa][ \t])(?<!\b[Aa]n[ \t])\b(?P<role>(?i:{ROLE}))s?,?[ \t]+"
    rf"(?:(?:to|of|for|at)[ \t]+(?:the[ \t]+)?[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*)?[ \t]+)?\Z"
)
"""A role noun right before a name: "Company spokeswoman Lee Soo-jin", "Northwind's chief
executive, Dana Whitfield" (not "a woman
Lionel dated", where the name opens a clause about someone else)."""
_NOT_IN_ROLE_BEFORE = re.compile(r"[^\w’' \t,-]")
"""A character no match of `_ROLE_BEFORE` holds (a role is one word, the rest words,
spaces and a comma)."""
_FIVE_WORDS = re.compile(r"(?:[ \t]*+[^ \t]++){5}")
"""Five words and the spaces before each, read backwards from a name: a match of
`_ROLE_BEFORE` starts inside them (a role, then at most "to the Mill Lane")."""


def _role_before(text: str, start: int) -> re.Match[str] | None:
    """`_ROLE_BEFORE` in the 70 characters before a name starting at `start`, searched only
    where a match can be: it ends on a space or a tab, and it cannot hold a full stop, a
    quotation mark or a bracket, so the search starts after the last of those, and no more
    than five words back. The regex engine would otherwise try the role list at every word
    of the stretch."""
    if text[start - 1 : start] not in (" ", "\t"):
        return None  # a paragraph's start, a quotation mark: no role before
    lower = max(0, start - 70)
    backwards = text[lower:start][::-1]
    stop = _NOT_IN_ROLE_BEFORE.search(backwards)
    if stop is not None:
        lower = start - stop.start()
        backwards = backwards[: stop.start()]
    words = _FIVE_WORDS.match(backwards)
    if words is not None:
        lower = start - words.end()
    return _ROLE_BEFORE.search(text, lower, start)


_ROLE_AFTER = re.compile(
    rf",[ \t]+(?:a|an|the|its|his|her|their)"
    rf"(?:[ \t]+(?!(?:who|whose|whom|which|that)\b)[\w’'-]+){{0,4}}?[ \t]+"
    rf"(?P<role>{ROLE})s?\b(?![’']s)"
)
"""A name's role in apposition: "Rafael Duarte, a political scientist at …" (not the
possessor of one: "Siobhan Keane, the company's general counsel" is no company; nor the
role of someone a relative clause names: "Kirmani, a 60-year-old whose brother …")."""
_RENAMED = re.compile(r"[Tt]he[ \t]+(?:[\w’'-]+[ \t]+){0,3}?[\w’'-]+,[ \t]")
"""A definite role, then a comma, then the name: "The judge, Dana Ruiz," names the judge
the text spoke of before (not the title of "Judge Dana Ruiz", who may be another)."""
_DEMONSTRATIVE = re.compile(r"[Tt]his[ \t]+")
"""`this person`, `this official`: definite, like "the person"."""
_ALL_NOMINALS = re.compile(NOMINAL)
_DEFINITE = re.compile(rf"(?:[Tt]he|[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}}['’]s)[ \t]")
"""A description of one known person: "the spokeswoman", "China's ambassador"."""
_DOCUMENT_CONFIDENCE = 0.75
_POSSESSOR = re.compile(r"['’]s\Z")
"""Speaker words ending in a possessive: `Kerr's`, `the Research Unit's`."""
_OWNED_NAME = re.compile(
    rf"(?:[{UPPER}][\w.&-]*[ \t]+){{0,3}}[{UPPER}][\w.&-]*['’]s[ \t]+(?P<name>[{UPPER}][\w'’-]+)\Z"
)
"""A capitalised owner and a surname after its possessive: `Gartner's King`."""
_OWNED_BODY = re.compile(r"[ \t]+(?P<noun>[a-z]+)\b")
_OWN_WORDS = re.compile(
    rf"(?:{SPEECH_NOUNS}|words|remarks?|comments?|response|answer|view|views|message|tweet"
    r"|post|speech|testimony|account|explanation|claim|argument|position|take|verdict)s?"
)
"""What a possessor owns that is their words: `Carter's response`, `Obama's remarks`."""
_OWNED_BODIES = INSTITUTIONS | words("campaign administration staff")
"""What a possessor owns that may speak for it: `Kerr's campaign`, `the city's council`."""
_DOCUMENT_ALONE_CONFIDENCE = 0.5
"""A document with no writer given, as the speaker of its own words (`the brief said`)."""
_ROLE_DETERMINED = re.compile(
    rf"\b(?:[Tt]he|(?P<owner>[{UPPER}][\w.-]*['’]s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))"
    rf"(?:[ \t]+(?!{NOT_INSIDE}\b)[\w’'&-]+){{0,3}}"
    r"[ \t]+\Z"
)
"""A definite or possessive description's words before its role noun ("the judge",
"Simpson's defence lawyer", "his lawyer"), to find earlier mentions of a role."""
_OPENS_SUBJECT = re.compile(r"(?:\A|[.!?\n][\"”’]?[ \t]*|,[ \t]*|\b(?:and|but)[ \t]+)\Z")
_BACK_REFERENCE = re.compile(rf"[Tt]he[ \t]+[{UPPER}]")
"""`the Spaniard`: a capitalised description of someone named before."""
_BACK_REFERENCE_CONFIDENCE = 0.5
_NATIONAL = re.compile(
    r"(?:French|Dutch|English|Irish|Scots|Welsh|Cornish|Manx)(?:man|woman|men|women)"
    r"|Spaniard|Swede|Scot|Dane|Finn|Pole|Turk|Brit"
    r"|Kiwi|Aussie|Argentine|Brazilian|Portuguese|Italian|German|American"
    r"|Australian|Canadian|Belgian|Swiss|Austrian|Croat|Serb|Russian|Ukrainian"
    r"|Nigerian|Ghanaian|Cameroonian|Ivorian|Senegalese|Egyptian|Moroccan|Algerian"
    r"|Mexican|Colombian|Uruguayan|Chilean|Peruvian|Japanese|Korean|Chinese|Indian"
)
"""A person described by where they are from (`the Frenchman`, `the Spaniard`), no name."""
_KIN_OF_SOMEONE = re.compile(
    rf"(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:\w+[ \t]+)?(?:{'|'.join(sorted(KIN_NOUNS))})\b"
)
"""`her son`, `his younger brother`: a relative of someone, not a name."""
_BUSINESSES = BUSINESS_KINDS
_NOBODY_IN_PARTICULAR = frozenset(
    ["someone", "somebody", "anyone", "anybody", "everyone", "everybody", "a voice"]
)
"""Said, but by nobody the text names: never shown as a sure speaker."""
_SOURCES = words(
    "insider source official person spokesperson spokesman spokeswoman representative aide"
    " adviser advisor diplomat"
)
"""Descriptions of a business: in a story about one company, that company."""
_PIECES = re.compile(r"[A-Z][a-z]+")
"""The capitalised pieces of a contracted name ("Cal", "Mac")."""
_DOMINANT_CONFIDENCE = 0.7
_UNNAMED_CONFIDENCE = 0.8
"""`"…," another said`: an unnamed speaker, certainly not anyone named before."""
_EITHER_CONFIDENCE = 0.5
"""`"…," one of them said`: one of several people, the text does not say which."""
"""A document speaking for the body that issued it, as introduced earlier."""
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


_OPENING_PHRASE = re.compile(
    r"(?:\A|[.!?\n][\"”’]?[ \t]*)(?:In|At|During|After|Before|With|On|From|Speaking|Asked)"
    r"\b[^,.!?\n\"“”]*\Z"
)
"""A sentence opening with a phrase (no comma yet) before a name: "In an interview with
hosts Joe Scarborough and Mika Brzezinski, …"."""
_VERB_NEXT = re.compile(
    rf"[ \t]+(?:(?:also|then|later|again|had|has|have)[ \t]+)?(?:{VERB}|stated|\w+ed)\b"
)
"""A verb right after a description: it is the clause's subject, not an apposition."""


_OWNER_IN_SPAN = re.compile(r"[A-Z][\w-]*(?:['’]s|(?<=s)['’])[ \t]+[a-z]")
"""A name in the possessive before everyday words: it owns the subject, it is not it."""
_SUBJECT_DESCRIBED = re.compile(
    r",[ \t]+(?:the|these|those)[ \t]+(?:[\w’'-]+[ \t]+){0,3}[\w’'-]+[ \t]*\Z"
)
"""A definite description after a comma, right before a reporting verb: its subject."""
_PREDICATE = re.compile(
    r"\b(?:as|is|was|are|were|be|been|being|became|becomes|become|remains|remained)[ \t]+\Z"
)
"""Words before a description that say what someone named is, not who someone new is."""


_UNNAMED_DESCRIPTION = re.compile(r"(?:one|another|an?)[ \t]+(?!of\b)\S")
"""Words opening with an indefinite determiner: someone described, never a name."""


def _plural(phrase: str) -> bool:
    """Whether a description speaks of several people ("the physicians")."""
    return any(
        (word.endswith("s") and word[:-1] in SPEAKER_ROLES) or word in ("people", "women", "men")
        for word in phrase.lower().split()
    )


_INTRODUCING = re.compile(r"(?:[Aa]n?|[Aa]nother|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)\s")
"""An indefinite description brings someone new in; "the …" refers back to them."""


_MEMBERS_OF = re.compile(
    rf"\b(?P<people>(?:[Tt]he|[Tt]hese|[Tt]hose)[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{ROLE})s)"
    r",[ \t]+(?:all[ \t]+)?(?:members|part|supporters|volunteers|founders|activists)"
    r"[ \t]+of[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}"
    rf"(?P<group>{NAME})"
)
"""`The doctors, members of a recently formed group Doctors for Camp Closure,`."""
_SELF_DESCRIPTIONS = words(
    """
    patient victim survivor suspect defendant plaintiff man woman boy girl teenager person
    """
)
"""What the one person a story describes may be called again without being introduced
so; a role such as "the lawyer" or "the doctor" is somebody else."""
_REDESCRIBED_CONFIDENCE = 0.65
"""A description that can only mean the one person described before."""
_EPITHET_CONFIDENCE = 0.7
"""'the midfielder said', never introduced: the person in focus, when no one rivals them."""
_DETERMINERS = frozenset(["a", "an", "the", "one", "another", "some"])


_COMPLEMENT = re.compile(
    r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’][ \t]))(?:An?|The)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+[ \t]+"
    r"(?:of|for|at|from|with)[ \t]+(?:the[ \t]+)?(?:[\w’'.-]+[ \t]+){0,3}\Z",
    re.MULTILINE,
)
"""A sentence opening with a description whose complement is where a subject was found:
`A lawyer for ` before `Smith said`, `The consortium of ` before `banks said` (not an
apposition: `Sen. Craig Dunmore, a Republican who sits on the committee, told …`)."""
_FURTHER = re.compile(r",|[ \t]+(?:who|whose|of|from|at|in|with|on)\b")
"""What carries a description on past its noun: an apposition or a relative clause."""
_ASIDE = re.compile(r",[ \t]+(?:who|whose)\b[^,.!?\n]*,")
"""A relative clause set off by commas (`, who declined to be named,`): an aside about the
one described, not part of the description."""


_RESTRICTIVE = re.compile(
    r"[ \t]+(?:who|whose|that|in|at|on|from|of|for|with|near|outside|inside|waiting|living|working)"
    r"(?:[ \t]+(?!(?:said|says|told|tells|added|adds|wrote|writes|asked|asks)\b)[\w’'-]+){1,10}"
    r"(?=[ \t]*(?:[.;:!?\n]|,[ \t]+(?:said|says|told|added|adding|according)\b|$))"
)
"""A restrictive clause or phrase closing a description's clause: `a picker who has
worked there since 2021.`, `a resident of the street.` (not `, who asked not to be named,`,
which says nothing of who)."""
_SPLIT_AT_PARTICLE = re.compile(
    rf"[{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+)*[ \t]+"
    r"(?:bint|ibn|bin|binti|de|da|dos|das|do|van|von|del|della|di|le|la|ben)[ \t]+"
)
"""Given names and a particle before a recognised name: one name the recogniser split."""
_HONORIFICS = words(
    """
    Mr Mrs Ms Miss Dr Cllr Councillor Sir Dame Lord Lady Prof Rev Sen Rep Gov Det Insp Supt
    Sgt Capt Col Gen Lt Maj Adm Judge Justice President Mayor Minister Senator Governor
    """
)
"""Titles before a surname ("Cllr Holmes", "Det Insp Reid"), no part of the name."""
_PERSON_AT = re.compile(r"[ \t]+(?:at|of|from|with)[ \t]+(?:the[ \t]+)?\Z")
"""Between a person and the body a subject places them at: "Clive Benton at Shore Capital"."""
_KIN_OF = re.compile(
    rf"(?P<owner>[{UPPER}][\w’'-]*(?:[ \t]+[{UPPER}][\w’'-]*)+)['’]s?[ \t]+"
    rf"(?:[a-z-]+[ \t]+)?(?P<kin>{'|'.join(sorted(KIN_NOUNS))})\Z"
)
"""A relative of someone named in full (`Travis Kelce's mom`, `John Reyes' elder brother`)."""
_BODY_DOCUMENT = re.compile(
    r"[Tt]he[ \t]+(?:(?:new|latest|full|annual|final|draft|written|joint)[ \t]+)?"
    r"(?:report|statement|release|letter|filing|memo|study|survey|notice|ruling|decision)"
)
"""A document a body issues, named with `the` and nothing more (`the report said`)."""
_BODY_OWNER = re.compile(r"(?P<owner>[Tt]he(?:[ \t]+[a-z][\w-]*){1,3})['’]s[ \t]")
"""A document's owner described, not named: `the council's` of "the council's ruling"."""
_THE = re.compile(r"[Tt]he[ \t]")
_CONTINUING_AFTER = re.compile(
    r"[ \t]+(?:continued|continues|added|adds|went[ \t]+on|goes[ \t]+on)\b"
)
_CONTINUING_BEFORE = re.compile(r"\b(?:continued|continues|added|adds)[ \t]+\Z")
"""Verbs that go on with what was being said: the description after them is most often
the last speaker again."""
_TITLE_GAP = re.compile(
    r"(?:[ \t]+(?:\d[\w.-]*|&|and(?=[ \t]+[A-Z])|[A-Z][\w&.'’-]*)){0,3}"
    r"(?:[ \t]+(?!and\b)[a-z][\w-]*){1,4}"
    r"(?:[ \t]+and(?:[ \t]+[A-Z][\w&.-]*){0,2}(?:[ \t]+(?!and\b)[a-z][\w-]*){1,3})?[ \t]+"
)
"""Lower-case words between a modifier and the person it describes: "Kessler campaign
manager Caleb Hurst", "White House press secretary Lena Castillo", "Republican strategist
and CNN contributor Ana Navarro"; the rest of a modifier the name pattern stopped short of
may come first ("Channel" + "4 boss", "Richard" + "and Judy executive producer")."""
_VERB = re.compile(VERB)
_EPITHET_WORD = re.compile(
    rf"[Tt]he[ \t]+(?P<where>(?:[{UPPER}][a-z]+[ \t]+){{0,2}})"
    rf"([{UPPER}][a-z]+(?:an|ian|ese|ish|ard|man|woman|i|e|on|ot|ch|k|b|n|crat))"
)
"""`the German`, `the Spaniard`, `the Frenchman`, `the Dane`, `the Briton`, `the
Massachusetts Democrat`: capitalised words for where someone is from or their party."""
_GENERIC_LEADERS = words("chief head leader boss")
"""Words for whoever leads a body, whatever the title."""
_LEADERS = _GENERIC_LEADERS | words(
    "president chairman chairwoman chair director secretary-general general executive"
    " commissioner governor"
)
"""Titles of those who lead a body ("general" closing "secretary general")."""
_PLACE_AFTER = re.compile(
    rf"(?:[ \t]*,[ \t]*(?P<where>[{UPPER}][\w.'’-]*(?:[ \t]+[{UPPER}][\w.'’-]*)*)"
    r"|[ \t]+(?P<noun>[a-z][\w'’-]*))"
)
"""What follows a place: the place it lies in, or a word in lower case after it."""
_LINKING = words(
    "and or but nor of in on at for to with from by as who whom whose which that where when "
    "is was are were has had have will would could should may might can did does do"
)
"""Words after a place that begin another phrase, not a noun the place qualifies."""
_DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Tt]he|[Aa]n?|[Oo]ne)[ \t]+\Z")
"""A determiner right before a word: `this Republican`, `the Tory`."""
_OFFICE_OF = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:[{UPPER}][\w'’-]*[ \t]+){{1,3}}?(?=[{UPPER}])"
)
"""The rest of an office's name after its title: " of the Exchequer ", " of State "."""
_PARTIES = words("Democrat Republican Conservative Tory Liberal Socialist Nationalist Independent")
"""A party member, after where they are from: `the Ohio Republican`."""
_WORD = re.compile(r"[^\W\d_][\w-]*")


def _says_all(phrase: str, described: str) -> bool:
    """Whether `described` says everything `phrase` says besides its role noun."""
    role = head(phrase)
    around = {_stem(word) for word in _WORD.findall(described)}
    return all(
        _stem(word) in around
        for word in _WORD.findall(phrase)
        if word.lower() not in _DETERMINERS
        and role not in (word.lower(), word.lower().removesuffix("s"))
    )


def _owned(phrase: str) -> bool:
    """Whether a possessive comes before the role noun of `phrase` ("the victim's
    sister"), not after it in a phrase saying where they are from ("the congresswoman from
    Michigan's 8th District")."""
    role = head(phrase)
    for word in phrase.lower().replace("’", "'").split():
        if word.removesuffix("s") == role or word == role:
            return False
        if word.endswith("'s") or word.endswith("s'"):
            return True
    return "'" in phrase.replace("’", "'")


def _leads_both(phrase: str, described: str) -> bool:
    """Whether `phrase` and `described` may both name one person who leads a body, one of
    them in generic words ("UN chief Ana Lind" … "the secretary-general said"; "the head
    of the watchdog" … "the agency chief"): titles the text cannot tell apart otherwise."""
    heads = {head(phrase), head(described)}
    return heads <= _LEADERS and bool(heads & _GENERIC_LEADERS)


def _stem(word: str) -> str:
    """A word's first four letters, lower-case, so "China" meets "Chinese"."""
    return word.lower()[:4]


def _bare_noun(phrase: str) -> bool:
    """Whether `phrase` is an article and one noun ("A picker", "another worker"): a
    description that tells a reader nothing about who spoke."""
    words = phrase.split()
    return len(words) == 2 and words[0].lower() in _DETERMINERS and words[1].islower()


def _content(phrase: str) -> set[str]:
    return {word for word in phrase.lower().split() if word not in _DETERMINERS}


def _one_described(phrases: list[str]) -> str | None:
    """The fullest of `phrases` when every other one says nothing it does not ("a man"
    and "a 43-year-old man"); None when two of them differ ("a man", "a young woman")."""
    fullest = max(phrases, key=lambda phrase: len(_content(phrase)))
    words = _content(fullest)
    return fullest if all(_content(phrase) <= words for phrase in phrases) else None


_BODIES_PLURAL = re.compile(
    r"[Tt]he(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+(?:"
    + "|".join(
        sorted(
            f"{noun[:-1]}ies" if noun.endswith("y") else f"{noun}s"
            for noun in _INSTITUTIONS
            if not noun.endswith("s")
        )
    )
    + r")"
)
"""`the groups`, `the two companies`: bodies in the plural."""


def head(phrase: str) -> str:
    """The role noun of a description ("official" for "a senior official at the UN")."""
    lowered = phrase.lower().replace("’", "'").split()
    # A possessor is not the head: "the prosecutor's office" is an office.
    owned = [word for word in lowered if not word.endswith("'s")] or [
        word.removesuffix("'s") for word in lowered
    ]
    # a plural's "s" goes ("officials"), never a noun's own ("actress", "boss", "witness")
    roles = [
        word if word.endswith("ss") else word.removesuffix("s")
        for word in owned
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


class Resolver:
    """Turns attributed words into the best name for the speaker, in reading order.

    Lookups are bisections over offsets computed once, so a long article with many
    quotes stays near linear instead of rescanning entities for each quote.
    """

    def __init__(self, text: str, entities: list[Entity], sentences: Sentences) -> None:
        self.text = text
        self.sentences = sentences
        self.entities = _without_place_prefix(cleaned(text, entities))
        entities = self.entities
        self.entity_starts = [entity.start for entity in entities]
        persons = [e for e in entities if e.kind == "person"]
        self.person_starts = [e.start for e in persons]
        self.person_set = {e.key or e.text for e in persons}
        self.person_keys = [e.key or e.text for e in persons]
        self._person_words: dict[str, tuple[list[str], bool]] = {}
        """A person's key -> its words, and whether it names one person (`_fuller` reads
        the few hundred keys before each name it is asked about)."""
        self.whole_names: dict[str, str] = {}
        """A name the recogniser split at a particle -> the whole name, as found."""
        self.bodies_and_places = {
            name
            for e in entities
            if e.kind in ("organization", "place")
            for name in (e.text, e.key or e.text)
        }
        """Words the recogniser knew as a body or a place ("the Kremlin", "the Pentagon")."""
        self.organization_set = {e.key or e.text for e in entities if e.kind == "organization"}
        """Bodies the recogniser knew ("Morgan Stanley"): never a person by a given name."""
        self.place_set = {
            name
            for e in entities
            if e.kind == "place"
            for name in (e.text, e.key or e.text)
            if name not in self.person_set and name not in self.organization_set
        }
        """Names the recogniser knew only as places ("Cairo", "Dunedin")."""
        self.gazetteer = gazetteer.load()
        self._groups: dict[str, list[tuple[int, str]]] | None = None
        """Head noun -> (position, group) for "The doctors, members of Group X,"."""
        self._definites: dict[str, list[tuple[int, str]]] = {}
        """Head noun -> (position, phrase) of "the …" descriptions ("The victim's older
        sister"), read with the nominals."""
        self._nominals: dict[str, tuple[list[int], list[str]]] | None = None
        """Head noun -> positions and words of the descriptions that introduce someone
        ("a senior official"), outside quotations."""
        self.described: dict[int, list[str]] = {}
        """Position of a role holder's name -> the words describing them there."""
        self.described_people: dict[str, list[str]] = {}
        """Person -> every description of their role the text gave."""
        self.roles: dict[str, list[tuple[int, str]]] = {}
        """Role noun -> (position, person) for named holders: "spokeswoman Lee Soo-jin",
        "Rafael Duarte, a political scientist", so "the spokeswoman" can name them."""
        self.bindings: dict[str, list[tuple[int, str, int, bool]]] = {}
        """Role noun -> (position, person, end, renamed) for each name bound to a role:
        `end` closes an apposition after the name ("Dana Ruiz, a judge in Ohio", whose
        description is the binding itself), `renamed` marks a definite one before it
        ("The judge, Dana Ruiz,"), which names someone introduced unnamed before."""
        self.salience = Salience(text, entities, sentences, self._reported_name, self._is_person)
        self.relatives = Relatives(text, persons, sentences)
        """People who share a surname, for a bare "Mr Drayton"."""
        self.kind = ""
        """What the last `resolve` read as the speaker: pronoun, document, one, description,
        name, between (the one person named between the quote and its verb)."""
        self.titled: dict[str, list[tuple[int, str]]] = {}
        """Role noun -> (position, person) for people named with an abbreviated title or a
        person noun the role lists lack ("Sen. Joan Whitaker", "quarterback Matt Hasselbeck")."""
        self.ages: dict[str, list[tuple[int, str]]] = {}
        """Age -> (position, person) for each person the text gave an age: "Lena Park, 43,",
        "Lena Park (43)", "43-year-old Lena Park", so "the 43-year-old" can name them."""
        for entity in persons:
            person = entity.key or entity.text
            age = age_given(text, entity)
            if age is not None and not self.sentences.inside(entity.start):
                self.ages.setdefault(age, []).append((entity.start, person))
            for role in roles_given(text, entity):
                # "Sen. Joan Whitaker", "quarterback Matt Hasselbeck": what a bare "the
                # senator", "the quarterback" may stand for
                self.titled.setdefault(role, []).append((entity.start, person))
            before = _role_before(text, entity.start)
            after = _ROLE_AFTER.match(text, entity.end, entity.end + 90)
            if (
                after is not None
                and _OPENING_PHRASE.search(text, max(0, entity.start - 120), entity.start)
                and _VERB_NEXT.match(text, after.end())
            ):
                # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the
                # Democratic presidential candidate stated": the subject of the sentence,
                # not a host's apposition
                after = None
            for match in (before, after):
                if match is not None:
                    role = match.group("role").lower()
                    role = role if role.endswith("ss") else role.removesuffix("s")
                    self.roles.setdefault(role, []).append((entity.start, person))
                    self.salience.note_gender(person, role)
                    # the words that describe them: the role and what qualifies it
                    # ("Northwind's chief executive, ", ", a political scientist at …")
                    if match is before:
                        reach = text[max(0, match.start() - 40) : match.start()]
                        cut = max(reach.rfind(mark) for mark in ',.;:!?\n"“”(') + 1
                        described = text[match.start() - len(reach) + cut : entity.end]
                        binding = (entity.start, person, -1, bool(_RENAMED.match(described)))
                    else:
                        described = match.group()
                        binding = (entity.start, person, match.end(), False)
                    self.bindings.setdefault(role, []).append(binding)
                    self.described.setdefault(entity.start, []).append(described)
                    self.described_people.setdefault(person, []).append(described)

    @property
    def nominals(self) -> dict[str, tuple[list[int], list[str]]]:
        """Every description in the text by head noun, read on first use."""
        if self._nominals is None:
            self._nominals = {}
            self._definites = {}
            for match in _ALL_NOMINALS.finditer(self.text):
                phrase = match.group().rstrip(".")
                if self.sentences.inside(match.start()):
                    continue
                if _PREDICATE.search(self.text, max(0, match.start() - 20), match.start()):
                    continue  # "Biden, who served as a US senator": Biden, nobody new
                if not _INTRODUCING.match(phrase):
                    if phrase[:4].lower() == "the ":
                        entry = (match.start(), phrase)
                        self._definites.setdefault(head(phrase), []).append(entry)
                    continue
                positions, introduced = self._nominals.setdefault(head(phrase), ([], []))
                positions.append(match.start())
                introduced.append(phrase)
        return self._nominals

    def _is_person(self, name: str) -> bool:
        if name in self.salience.bodies:
            return False  # `Verizon said it …`: a body, whatever the recogniser said
        if name in self.salience.gender or name in self.person_set:
            return True
        if IS_NOMINAL.fullmatch(name):
            return head(name) not in _INSTITUTIONS and not name.lower().endswith("s")
        given = gender_of(name) if name not in self.organization_set else None
        if given is not None:
            # "Another resident, John Park, said …", the recogniser took for a park: a
            # speaker whose name opens with a given name is a person, of that sex
            self.salience.gender.setdefault(name, given)
            return True
        # `Covic believes the new coach works in his favour`: the text's own pronouns say a
        # person, whatever the recogniser took the name for
        return self.salience.called_a_person(name)

    # ----- names and descriptions -----------------------------------------------------

    def resolve(self, raw: RawQuote) -> tuple[str | None, float]:
        """Best name for `raw`'s speaker and its confidence; moves the speaker offsets onto
        the name when one is found."""
        words = raw.speaker_text
        if words is None or raw.speaker_start is None or raw.speaker_end is None:
            return None, 0.0
        confidence = raw.confidence
        found_at = raw.speaker_start
        self.kind = "pronoun"
        if IS_PRONOUN.fullmatch(words):
            if words.lower() in ("i", "we"):
                return None, 0.0
            name, sureness = self.salience.antecedent(words, raw.speaker_start)
            confidence = min(confidence, sureness)
            if name is not None and name not in self.person_set and gender_of(name) is None:
                # the pronoun stands for a description: one that re-describes someone
                # named ("The former aide said he …") is theirs or unsure; one that is a
                # bare noun ("A picker said she …") does not say who
                self.kind = "pronoun-description"
                if IS_NOMINAL.fullmatch(name):
                    name, sureness = self._fullest(name, raw.speaker_start)
                    confidence = min(confidence, sureness)
                if name.lower().startswith("the ") and self._named_near(raw.speaker_start):
                    confidence = min(confidence, _BACK_REFERENCE_CONFIDENCE)
                if (
                    _bare_noun(name)
                    and not IS_ONE.fullmatch(name)
                    and self._described_further(name, raw.speaker_start)
                ):
                    confidence = min(confidence, _BACK_REFERENCE_CONFIDENCE)
        elif IS_DOCUMENT.fullmatch(words):
            self.kind = "document"
            # "the statement said": the body that issued it, when its introduction says
            issuer = issuer_of(self.text, self.sentences, words, raw.speaker_start, raw.speaker_end)
            if issuer is None:
                body = self._issuing_body(words, raw.speaker_start) or self._owning_body(
                    words, raw.speaker_start
                )
                if body is not None:
                    # `"…," the IMF said.` … `"…," the report said`: the body in focus,
                    # whose report the story is about
                    confidence = min(confidence, _DOCUMENT_CONFIDENCE)
                    self.salience.add_speaker(raw.speaker_start, body, False, confidence)
                    return body, confidence
                # `"…," the brief said` with no writer given: the text speaks for itself,
                # named as the story introduced it
                # (unsure: a story's own conventions often give the writer, named elsewhere)
                name = as_written(self.text, self.sentences, words, raw.speaker_start)
                confidence = min(confidence, _DOCUMENT_ALONE_CONFIDENCE)
                self.salience.add_speaker(raw.speaker_start, name, False, confidence)
                return name, confidence
            name, _, _, sureness = self._name(*issuer)
            confidence = min(confidence, sureness, _DOCUMENT_CONFIDENCE)
        elif IS_ONE.fullmatch(words):
            # "one said", "another said", "a third said": someone unnamed in their own
            # right (never the previous speaker), named as the text names them. "One of
            # them" could be either of the people in play: said, but unsure.
            self.kind = "one"
            unnamed = " ".join(words.split())
            if " of " in unnamed:
                return unnamed, min(confidence, _EITHER_CONFIDENCE)
            return unnamed[:1].lower() + unnamed[1:], min(confidence, _UNNAMED_CONFIDENCE)
        elif _UNNAMED_DESCRIPTION.match(words) and not IS_NOMINAL.fullmatch(words):
            # `said one Trump confidant`: someone unnamed, in words the role lists do not
            # hold; the name inside says whose confidant, not who speaks
            self.kind = "description"
            name = " ".join(words.split())
        elif (
            _POSSESSOR.search(words)
            and not IS_NOMINAL.fullmatch(words)
            and not self._owns_words(raw.speaker_end)
        ):
            # `Kerr's campaign shrugged off …, telling reporters, "…"`, `… led its
            # Research Unit's page with a statement: "…"`: a possessor is not the one who
            # speaks; what it owns may be, when that is a body (`Kerr's campaign`)
            self.kind = "description"
            owned = _OWNED_BODY.match(self.text, raw.speaker_end)
            if owned is None or owned.group("noun").lower() not in _OWNED_BODIES:
                return None, 0.0
            name = " ".join(f"{words} {owned.group('noun')}".split())
            confidence = min(confidence, _DOCUMENT_CONFIDENCE)
        else:
            before = _THE_BEFORE_TITLE.search(
                self.text, max(0, raw.speaker_start - 30), raw.speaker_start
            )
            if before is not None and _title_as_role(before.group() + words) != (
                before.group() + words
            ):
                # `the future President said`: the words found were the title alone
                words = before.group() + words
                raw.speaker_start = before.start()
            words = _title_as_role(words)
            glued = _OWNED_NAME.match(words)
            if glued is not None:
                # `Gartner's King said`: a body's person, named by surname; the person, not
                # the body glued to the name
                surname: str = glued.group("name")
                fuller = self._fuller(surname, raw.speaker_start)
                if fuller in self.person_set and fuller != surname:
                    raw.speaker_start += glued.start("name")
                    words = surname
            self.kind = "description" if IS_NOMINAL.fullmatch(words) else "name"
            name, raw.speaker_start, raw.speaker_end, sureness = self._name(
                words, raw.speaker_start, raw.speaker_end
            )
            confidence = min(confidence, sureness)
            if (
                self.kind == "description"
                and name is not None
                and " and " not in name
                and _BODIES_PLURAL.fullmatch(words.strip()) is not None
            ):
                # `the groups say`: several bodies, never the one a name stands for
                name = " ".join(words.split())
            if name == words and self.kind == "description" and _INTRODUCING.match(words):
                name = self._restricted(name, raw.speaker_end)
            if self.kind == "description" and confidence < SPEAKER_SURE:
                continued = self._continued_by(raw, words)
                if continued is not None:
                    name, confidence = continued, _EPITHET_CONFIDENCE
            holder = self._office_holder(words, raw.speaker_end)
            if holder is not None:
                # `said UK Chancellor of the Exchequer Gordon Brown`: the words found were
                # the office, cut at its "of"; the one who holds it is named after it
                name = self._fuller(holder.key or holder.text, holder.start)
                raw.speaker_start, raw.speaker_end = holder.start, holder.end
            elif raw.how in ("after", "late") and name not in self.person_set:
                # `"…," study lead author Lucas Paganini, a scientist at …, Maryland, said`
                between = self._persons_in(raw.close_at, raw.speaker_end)
                if (
                    len(between) == 1
                    and not IS_NOMINAL.fullmatch(words)
                    and not (name or "").endswith(next(iter(between)))
                ):
                    (name,) = between
                    self.kind = "between"
        if name is None or (is_platform(name) and not self.kind.startswith("pronoun")):
            # `"…," Li wrote on Weibo`: where words are posted is no speaker; but `Facebook
            # said it had disabled the app.` ¶ `"…," it said`: the company spoke
            return None, 0.0
        line = self.text.rfind("\n", 0, found_at) + 1
        if self.kind in ("name", "description") and _COMPLEMENT.search(
            self.text, max(line, found_at - 80), found_at
        ):
            # "A critic for the weekly Kulturavisen called it …", "The consortium of banks
            # said": the words found belong to a description of someone else
            self.kind += "-complement"
            confidence = min(confidence, _BACK_REFERENCE_CONFIDENCE)
        if name.lower() in _NOBODY_IN_PARTICULAR or IS_NOBODY_NAMED.fullmatch(name):
            self.kind = "nobody"
            return name, min(confidence, _BACK_REFERENCE_CONFIDENCE)  # "Somebody whispers"
        if self._party_word(name, raw.speaker_start):
            # `"…," this Republican said`, `The Tory leader …. He declared:`: a party or a
            # nationality describes who speaks and is nobody's name; who it is the words
            # here do not say for sure
            self.kind = "description"
            return name, min(confidence, _BACK_REFERENCE_CONFIDENCE)
        if self._placed(name, raw.speaker_start, raw.speaker_end):
            # `CAIRO, Egypt - bin Laden warned …`, `of the University of Otago in Dunedin, New
            # Zealand, said`, `said the Sale full-back`: a place located by another or
            # modifying a noun is where someone is, never who speaks
            return None, 0.0
        person = self._is_person(name)
        if not person and raw.speaker_end is not None:
            # `said Omar Saleh, the ministry spokesman`: a role in apposition tells a
            # person, whatever the recogniser took the name for
            person = self.salience.described_as_person(name, raw.speaker_end)
        self.salience.add_speaker(raw.speaker_start, name, person, confidence)
        return name, confidence

    def _party_word(self, name: str, start: int | None) -> bool:
        """Whether `name` is a bare party or nationality word standing for someone: a
        pronoun's antecedent, or written after a determiner ("this Republican"); bare, it
        may be a body's short name ("American said", the airline)."""
        if " " in name or start is None:
            return False
        if not (name in _PARTIES or name in DEMONYMS or demonym(name, self.gazetteer)):
            return False
        if self.kind.startswith("pronoun"):
            return True
        return _DETERMINER_BEFORE.search(self.text, max(0, start - 8), start) is not None

    def _placed(self, name: str, start: int | None, end: int | None) -> bool:
        """Whether `name` is a place only, written where it locates or modifies: followed
        by the place it lies in ("Dunedin, New Zealand") or by a noun it qualifies ("the
        Sale full-back"). A body qualifies a role noun the same way ("the Leeds
        full-back", a club's), when that noun is no verb or adverb: a role or a compound."""
        if start is None or end is None:
            return False
        place = name in self.place_set
        if not place and (name not in self.organization_set or name in self.person_set):
            return False
        after = _PLACE_AFTER.match(self.text, end)
        if after is None:
            return False
        where = after.group("where")
        if where is not None:
            return place and (where in self.place_set or where in self.gazetteer.places)
        noun = after.group("noun")
        if not place and "-" not in noun and noun not in SPEAKER_ROLES:
            return False
        return (
            noun not in VERB_FORMS
            and noun not in _LINKING
            and "the " in self.text[max(0, start - 4) : start + 4].lower()
        )

    def _owns_words(self, end: int) -> bool:
        """Whether what the possessor ending at `end` owns is their own words (`Carter's
        response:`, `Obama's remarks were blunt:`): then the possessor speaks."""
        owned = _OWNED_BODY.match(self.text, end)
        return owned is not None and _OWN_WORDS.fullmatch(owned.group("noun")) is not None

    def _restricted(self, phrase: str, end: int) -> str:
        """ "a picker" -> "a picker who has worked there since 2021" when a restrictive
        clause or phrase (no comma before it) follows the description and ends its
        clause: it says which picker, as a reader would name them."""
        found = _RESTRICTIVE.match(self.text, end)
        return phrase + found.group() if found is not None else phrase

    def _named_before(self, position: int, gender: str | None) -> bool:
        """Whether anyone the words could fit was named (outside quotations) before
        `position`."""
        index = bisect_left(self.person_starts, position) - 1
        while index >= 0:
            key = self.person_keys[index]
            start = self.person_starts[index]
            index -= 1
            if self.sentences.inside(start):
                continue
            known = self.salience.gender.get(key)
            if gender is None or known is None or known == gender:
                return True
        return False

    def _described_further(self, phrase: str, position: int) -> bool:
        """Whether the text went on describing `phrase` where it introduced it ("A picker
        who has worked there since 2021", "Another worker, a man who loads trucks"): the
        article and noun kept as the speaker's name do not say which one spoke."""
        at = self.text.rfind(phrase, 0, position)
        if at < 0 or _FURTHER.match(self.text, at + len(phrase)) is None:
            return False
        # `One neighbour, who has lived there since 1980, said`: a relative clause set off
        # by commas adds to the one described without defining them; they are still "one
        # neighbour" (`Another worker, a man who loads trucks`, an apposition, is not)
        return _ASIDE.match(self.text, at + len(phrase)) is None

    def _named_near(self, position: int) -> bool:
        """Whether a person is named (outside quotations) in this paragraph or the one
        before, up to `position`: a definite description ("the former aide") may be
        that person described again."""
        paragraph = self.text.rfind("\n", 0, position) + 1
        reach = self.text.rfind("\n", 0, len(self.text[:paragraph].rstrip("\n"))) + 1
        index = bisect_left(self.entity_starts, reach)
        while index < len(self.entities) and self.entities[index].start < position:
            entity = self.entities[index]
            index += 1
            if entity.kind == "person" and not self.sentences.inside(entity.start):
                return True
        return False

    def span_person(self, raw: RawQuote) -> str | None:
        """The one person named between a quotation and the reporting verb after it."""
        if raw.span is None:
            return None
        between = self._persons_in(*raw.span)
        if len(between) != 1:
            return None
        subject = _SUBJECT_DESCRIBED.search(self.text, *raw.span)
        if subject is not None and not self._persons_in(subject.start(), raw.span[1]):
            # `"…" fostered by Trump and others, the groups say`: the description right
            # before the verb is its subject; the person named before it is not
            return None
        (name,) = between
        if _OWNER_IN_SPAN.search(self.text, *raw.span) is not None:
            # `"…," Mr Birrell's garden gate said`: the one named owns the subject
            return None
        self.salience.add_speaker(raw.span[0], name, True)
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

    def _reported_name(self, words: str, start: int, end: int) -> tuple[str | None, float]:
        name, _, _, sureness = self._name(words, start, end)
        return name, sureness

    def _named_holder(self, phrase: str, position: int) -> str | None:
        """ "the spokeswoman" -> the one person named earlier as the spokeswoman."""
        if not _DEFINITE.match(phrase) or _plural(phrase):
            return None
        bare = phrase.lower().removeprefix("the ")
        role = head(phrase)
        named = self.roles.get(role, [])
        named = [(at, person) for at, person in named if self._described_so(phrase, at)]
        holders = {
            person
            for at, person in named
            if at < position
            or (
                at < position + _HOLDER_AHEAD
                and bare in self.text[max(0, at - 80) : at + 80].lower()
            )
        }
        last = max((at for at, _ in named if at < position), default=-1)
        positions, _ = self.nominals.get(role, ([], []))
        own = [(at, end) for at, _, end, _ in self.bindings.get(role, []) if end > 0]
        if any(
            last < at < position and not any(name < at < end for name, end in own)
            for at in positions
        ):
            # "Neighbor Beatrice Nakashima said …" then "A next-door neighbor, who did not
            # want to be named, said …": "the neighbor" is the one introduced last
            return None
        return holders.pop() if len(holders) == 1 else None

    def _described_so(self, phrase: str, at: int) -> bool:
        """Whether the words around a role holder's name at `at` say everything `phrase`
        says besides its role noun: "the City manager" is not "Chelsea manager Enzo
        Maresca", "the former president" not "President Joe Biden"."""
        return any(_says_all(phrase, words) for words in self.described.get(at, [""]))

    def _fuller(self, name: str, position: int) -> str:
        """ "Park", "El Amrani" -> the fullest earlier person whose name contains it;
        "Cllr Holmes" -> "Sarah Holmes" (a title is no part of the name)."""
        tokens = name.split()
        while len(tokens) > 1 and tokens[0].rstrip(".") in _HONORIFICS:
            tokens = tokens[1:]
        if not tokens or len(tokens) > 3 or not all(t[:1].isupper() for t in tokens):
            return name
        if len(tokens) == 1 and tokens[0].lower() in _DETERMINERS | {"this", "that", "these"}:
            return name  # "The" opening a subject is part of no one's name
        index = bisect_left(self.person_starts, position) - 1
        stop = max(-1, index - 300)  # the nearest few hundred mentions: linear on huge texts
        while index > stop:
            key = self.person_keys[index]
            key_tokens, one_person = self._words_of_person(key)
            if (
                len(key_tokens) > len(tokens)
                and one_person
                and any(
                    key_tokens[i : i + len(tokens)] == tokens
                    for i in range(len(key_tokens) - len(tokens) + 1)
                )
            ):
                return self.whole_names.get(key, key)
            index -= 1
        return name

    def _words_of_person(self, key: str) -> tuple[list[str], bool]:
        """The words of a person's key and whether it names one person, read once."""
        found = self._person_words.get(key)
        if found is None:
            found = self._person_words[key] = (key.split(), not TWO_PEOPLE.search(key))
        return found

    def _relative(
        self, surface: str, name: str, position: int, confidence: float
    ) -> tuple[str, float]:
        """ "Mr Drayton" when two Draytons are named in full: the one the text points to
        (named in full just before, or the one who has spoken), else the principal person
        the recogniser chose, unsure."""
        surname = self.relatives.surname_of(surface.strip(), name)
        if surname is None:
            return name, confidence
        spoken = {
            event.name
            for event in self.salience.quoted
            if event.position < position and event.confidence >= SURE
        }
        person, decided = self.relatives.which(
            surname,
            name,
            position,
            spoken,
            surface.strip(),
            lambda key: gender_of(key) or self.salience.gender.get(key),
        )
        return person, confidence if decided else min(confidence, _EITHER_CONFIDENCE)

    def _continued_by(self, raw: RawQuote, words: str) -> str | None:
        """The person a definite description goes on for with a verb of continuing
        (`Ferguson said: "…" The Man Utd boss continued: "…"`, `"…," added the two-time
        Oscar winner`): the one who spoke the quotation just before, in this paragraph or
        the one before, when the description fits them (sex, no other role held)."""
        assert raw.speaker_start is not None and raw.speaker_end is not None
        if not _THE.match(words) or not (
            _CONTINUING_AFTER.match(self.text, raw.speaker_end)
            or _CONTINUING_BEFORE.search(
                self.text, max(0, raw.speaker_start - 24), raw.speaker_start
            )
        ):
            return None
        since = previous_paragraph_start(self.text, raw.open_at)
        last = next(
            (event for event in reversed(self.salience.quoted) if event.position < raw.open_at),
            None,
        )
        if (
            last is None
            or last.position < since
            or not last.person
            or last.confidence < SPEAKER_SURE
            or last.name not in self.person_set
        ):
            return None
        gender = gender_of_noun(head(words))
        known = self.salience.gender.get(last.name) or gender_of(last.name)
        if gender and known and gender != known:
            return None
        held = self.described_people.get(last.name, [])
        if held and not any(_says_all(words, role) or _leads_both(words, role) for role in held):
            return None  # `"…," said coach Ann Ruiz.` `"…," added the captain`: someone else
        role = _stem(head(words))
        for person, described in self.described_people.items():
            if person != last.name and any(
                _says_all(words, other)
                and (len(_content(words)) > 1 or role in {_stem(w) for w in _WORD.findall(other)})
                for other in described
            ):
                return None  # `the finance chief` after the chief executive: the one the
                # text described so
        return last.name

    def _issuing_body(self, words: str, position: int) -> str | None:
        """The body that spoke last, in this paragraph or the one before with no person
        speaking since, for `the report`, `the statement` with no writer given."""
        if _BODY_DOCUMENT.fullmatch(words) is None:
            return None
        found = self.salience.last_body(position)
        if found is None:
            return None
        at, body = found
        if at < previous_paragraph_start(self.text, position):
            return None
        if any(event.person and at < event.position < position for event in self.salience.quoted):
            return None  # a person spoke since: the report may be theirs
        return body

    def _owning_body(self, words: str, position: int) -> str | None:
        """The body named earlier that a document's owner describes (`the council's
        ruling` after "The Ugandan Media Council said"): the body speaks through what it
        issued, as "the council said" would."""
        owner = _BODY_OWNER.match(words)
        if owner is None or head(owner.group("owner")) not in _INSTITUTIONS:
            return None
        return self._organization_named(owner.group("owner"), position)

    def _named_relative(self, phrase: str) -> str | None:
        """The one person of the story whose surname is the named owner's, for a relative
        of theirs (`Travis Kelce's mom` when Donna Kelce is named), of the sex the kin
        noun says: the family member the text already named."""
        kin = _KIN_OF.search(phrase)
        if kin is None:
            return None
        owner = kin.group("owner").split()
        fitting = {
            key
            for key in self.person_set
            if len(words := key.split()) > 1
            and words[-1] == owner[-1]
            and not set(words) <= set(owner)
            and not set(owner) <= set(words)
        }
        if len(fitting) != 1:
            return None
        (person,) = fitting
        sex = gender_of_noun(kin.group("kin"))
        known = gender_of(person) or self.salience.gender.get(person)
        return None if sex and known and sex != known else person

    def _head_person(self, start: int, end: int) -> Entity | None:
        """The person a subject's words at [start, end) only modify:
        "Clive Benton at Shore Capital", "Kessler campaign manager Caleb Hurst", "White
        House press secretary Lena Castillo". Not "a spokesman for Shore Capital" (the
        spokesman), nor "Shore Capital" alone."""
        text = self.text
        index = bisect_left(self.entity_starts, start)
        named = False  # "Kessler" in "Kessler campaign manager Caleb Hurst" is a modifier too
        while index < len(self.entities) and self.entities[index].start < end:
            mention = self.entities[index]
            named = named or (mention.kind == "person" and not mention.reference)
            index += 1
        line = text.rfind("\n", 0, start) + 1
        at = None if named else _PERSON_AT.search(text, max(line, start - 16), start)
        if at is not None:
            index = bisect_left(self.entity_starts, at.start()) - 1
            entity = self.entities[index] if index >= 0 else None
            if (
                entity is not None
                and entity.kind == "person"
                and entity.end == at.start()
                and not self.sentences.inside(entity.start)
            ):
                return entity  # "Margaret Oldroyd of the Residents' Association"
        gap = _TITLE_GAP.match(text, end, end + 60)
        if gap is None:
            return None
        between = gap.group().split()
        if between[-1] not in SPEAKER_ROLES or any(_VERB.fullmatch(word) for word in between):
            return None
        index = bisect_left(self.entity_starts, gap.end())
        if index < len(self.entities):
            entity = self.entities[index]
            if entity.kind == "person" and entity.start == gap.end():
                return entity  # "Kessler campaign manager Caleb Hurst"
        return None

    def _office_holder(self, words: str, end: int | None) -> Entity | None:
        """The person named after an office whose words end at `end` and run on with an
        "of" phrase: "Chancellor" + " of the Exchequer " + "Gordon Brown"."""
        last = words.split()[-1].lower() if words.split() else ""
        if end is None or (last not in SPEAKER_ROLES and last not in _LEADERS):
            return None
        office = _OFFICE_OF.match(self.text, end)
        if office is None:
            return None
        index = bisect_left(self.entity_starts, office.end())
        if index < len(self.entities):
            entity = self.entities[index]
            if entity.kind == "person" and entity.start == office.end():
                return entity
        return None

    def _name_after(self, end: int) -> Entity | None:
        """The person whose name follows `end` after one space, outside quotations."""
        index = bisect_left(self.entity_starts, end + 1)
        if index < len(self.entities) and self.text[end : end + 1] == " ":
            entity = self.entities[index]
            if entity.kind == "person" and entity.start == end + 1:
                return entity
        return None

    def _name(self, words: str, start: int, end: int) -> tuple[str | None, int, int, float]:
        """(name, start, end, confidence) for a name or a description."""
        headed = self._head_person(start, end)
        if headed is not None:
            # the person a long subject is about, not the body or name that modifies them
            name = self._fuller(headed.key or headed.text, headed.start)
            name, sureness = self._relative(headed.text, name, headed.start, 0.9)
            return self.whole_names.get(name, name), headed.start, headed.end, sureness
        if IS_NOMINAL.fullmatch(words):
            named = self._name_after(end)
            if named is not None and _DEFINITE.match(words):
                # "said the 20-year-old Haase": the description titles the name after it
                name = self._fuller(named.key or named.text, named.start)
                return self.whole_names.get(name, name), named.start, named.end, 0.9
            demonstrative = _DEMONSTRATIVE.match(words)
            if demonstrative is not None:
                # "said this person": the one introduced so before, as "the person" would
                # be; nobody in particular when the text introduced no one so
                definite = "the " + words[demonstrative.end() :]
                holder = self._named_holder(definite, start)
                if holder is not None:
                    return holder, start, end, 0.85
                name, sureness = self._fullest(definite, start)
                if name == definite:
                    return words, start, end, _BACK_REFERENCE_CONFIDENCE
                return name, start, end, sureness
            relative = self._named_relative(words)
            if relative is not None:
                # `Travis Kelce's mom` when the story named Donna Kelce
                return relative, start, end, _EPITHET_CONFIDENCE
            holder = self._named_holder(words, start)
            if holder is not None:
                return holder, start, end, 0.85
            name, sureness = self._fullest(words, start)
            return name, start, end, sureness
        epithet = _EPITHET_WORD.fullmatch(words)
        if (
            epithet is not None
            and epithet.group(2) not in self.bodies_and_places
            and words[4:] not in self.bodies_and_places
            and (not epithet.group("where") or epithet.group(2) in _PARTIES)
        ):
            # "the German said", "the Spaniard said": a nationality for someone named
            # before, the one person in focus when no one else fits
            person, sureness = self.salience.epithet(start, gender_of_noun(epithet.group(2)))
            if person is not None:
                return person, start, end, min(sureness, _EPITHET_CONFIDENCE)
            return words[4:], start, end, _BACK_REFERENCE_CONFIDENCE
        persons: list[Entity] = []
        organizations: list[Entity] = []
        index = bisect_left(self.entity_starts, start)
        if index > 0:
            covering = self.entities[index - 1]
            if covering.kind == "person" and covering.start < start < covering.end:
                # "Might" read out of "All Might": the whole name
                key = covering.key or covering.text
                return key, covering.start, covering.end, 0.9
            if covering.kind == "organization" and covering.start < start and end <= covering.end:
                # "Environment" read out of "Department of Health and Environment": a
                # subject cut at the "and" inside a body's name is the whole body
                key = covering.key or covering.text
                return self.fuller_body(key, start), covering.start, covering.end, 0.9
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
            name = self.whole_names.get(name, name)
            if _SPLIT_AT_PARTICLE.fullmatch(self.text, start, chosen.start):
                # "Layla bint Tariq Haddad" read as "Tariq Haddad": her father's name
                whole = self.text[start : chosen.end]
                self.whole_names[name] = whole  # "Haddad added" later is her too
                return whole, start, chosen.end, 0.9
            if (
                " " not in name
                and _BACK_REFERENCE.match(words)
                and chosen.start - start <= len("the ")
            ):
                # "the Spaniard said": someone named earlier, described by a capitalised
                # word; which of the people in play the text does not say here
                return name, chosen.start, chosen.end, _BACK_REFERENCE_CONFIDENCE
            name, sureness = self._relative(chosen.text, name, chosen.start, 0.9)
            return name, chosen.start, chosen.end, sureness
        bare = words.removeprefix("the ").strip()
        fuller = self._fuller(bare, start)
        if fuller != bare:
            # "Lage" after "Bruno Lage", whatever it was tagged
            fuller, sureness = self._relative(bare, fuller, start, 0.85)
            return fuller, start, end, sureness
        if words.lower().startswith("the ") and _NATIONAL.fullmatch(bare):
            # "said the Frenchman", "the Spaniard added": someone named before, described
            # by where they are from; which of the people in play the text does not say
            return words, start, end, _BACK_REFERENCE_CONFIDENCE
        if len(organizations) == 1 and organizations[0].text.isupper():
            spelled = self._spelled_out(organizations[0].text, organizations[0].start)
            if spelled is not None:
                return spelled, start, end, 0.85  # "the CMA" after "Competition and Markets…"
        if organizations and organizations[0].text == bare:
            name = organizations[0].key or organizations[0].text
            return self.fuller_body(name, start), start, end, 0.9
        if IS_NAME.fullmatch(words):
            # "spokesman Tom Reyes" without a recognised person: the capitalised part.
            capital = re.search(rf"(?:the[ \t]+)?[{UPPER}]", words)
            if capital is not None and capital.start() > 0:
                start += capital.start()
                words = words[capital.start() :]
                bare = words.removeprefix("the ").strip()
            if " " not in bare and (
                len(bare) < 2 or (plain_word(bare) and first_of_sentence(self.text, start))
            ):
                return None, start, end, 0.0  # "Late in the evening, …": no name at all
            if " " not in bare and bare.isupper() and bare in COMMON_WORDS:
                # "says the DJ", "the CEO said": a role's abbreviation, no name; whom it
                # stands for the text does not say here
                return words, start, end, _BACK_REFERENCE_CONFIDENCE
            return self._fuller(bare, start), start, end, 0.75
        return words, start, end, 0.8

    def fuller_body(self, name: str, position: int) -> str:
        """ "CalMac" -> "Caledonian MacBrayne" named before `position`: a short name
        whose capitalised pieces open the words of one fuller organisation's name, in
        order; the name itself otherwise."""
        pieces = _PIECES.findall(name)
        if len(pieces) < 2 or " " in name or "".join(pieces) != name:
            return name
        found: set[str] = set()
        index = bisect_left(self.entity_starts, position) - 1
        while index >= 0 and len(found) < 2:
            entity = self.entities[index]
            index -= 1
            fuller = (entity.key or entity.text).split()
            if (
                entity.kind != "place"  # the recogniser may take the firm for a person
                and len(fuller) == len(pieces)
                and all(
                    word.startswith(piece) and word != piece
                    for word, piece in zip(fuller, pieces, strict=True)
                )
            ):
                found.add(" ".join(fuller))
        if len(found) != 1:
            return name
        fullest = found.pop()
        self.salience.bodies.add(fullest)  # a body, whatever the recogniser took it for
        self.salience.body_names.add(fullest)
        return fullest

    def _spelled_out(self, acronym: str, position: int) -> str | None:
        """The one organisation named before `position` whose capitalised words' initials
        spell `acronym` ("Competition and Markets Authority" for "CMA")."""
        if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
            return None
        found: set[str] = set()
        index = bisect_left(self.entity_starts, position) - 1
        while index >= 0:
            entity = self.entities[index]
            index -= 1
            if entity.kind != "organization":
                continue
            initials = "".join(word[0] for word in entity.text.split() if word[:1].isupper())
            if initials == acronym:
                found.add(entity.key or entity.text)
        return found.pop() if len(found) == 1 else None

    def _fullest(self, phrase: str, position: int) -> tuple[str, float]:
        """ "the official" -> the description that introduced them ("a senior State
        Department official"); unsure when several were introduced."""
        if _KIN_OF_SOMEONE.match(phrase):
            # "her son", "his wife": someone known through another person, who is often
            # named elsewhere; the description alone is a guess at who speaks
            return phrase, _BACK_REFERENCE_CONFIDENCE
        if not phrase.lower().startswith("the "):
            return phrase, 0.9
        positions, introduced = self.nominals.get(head(phrase), ([], []))
        index = bisect_right(positions, position) - 1
        plural = _plural(phrase)
        found: list[str] = []
        latest = -1
        while index >= 0 and len(found) < 4:
            candidate = introduced[index]
            if _plural(candidate) == plural and candidate not in found:
                found.append(candidate)
                latest = max(latest, positions[index])
            index -= 1
        if found and _says_all(phrase, found[0]):
            bound = self._bound_to(phrase, position, latest)
            if bound is not None:
                return bound
        if found and len(found[0].split()) >= len(phrase.split()):
            if len(found[0].split()) == len(phrase.split()) and head(phrase) not in _SOURCES:
                # "one woman" … "the woman said": the one introduced, unless someone
                # named is in reach whom the words may fit as well (an unnamed source,
                # "an insider" … "the insider", is nobody named)
                person, alone = self.salience.epithet(position, gender_of_noun(head(phrase)))
                if person is not None or not alone:
                    return phrase, _BACK_REFERENCE_CONFIDENCE
                return phrase, 0.9  # in the text's own words: "the man", not "A man"
            if (
                head(phrase) in _SELF_DESCRIPTIONS
                and latest < previous_paragraph_start(self.text, position)
                and self._named_near(position)
            ):
                # "A Shrewsbury man … was sentenced" in the lead, "Marcus Trell, 34, …"
                # named since: "the man said" may be either, the lead's description
                # being the person the story went on to name
                return found[0], _BACK_REFERENCE_CONFIDENCE
            if head(phrase) in _INSTITUTIONS and not _owned(phrase):
                # "A UK government agency has advised …", then "the Educational Technology
                # Agency said": the body the text went on to name, not its teaser
                body = self._organization_named(phrase, position, latest)
                if body is not None:
                    return body, 0.85
            if len(found) == 1:
                return found[0], 0.9
            one = _one_described(found)
            # "a man" … "a 43-year-old man": one person described twice, as far as words go
            return (one, _REDESCRIBED_CONFIDENCE) if one is not None else (found[0], 0.5)
        if not found and "'" in phrase.replace("’", "'"):
            fuller = self._described_fuller(phrase, position)
            if fuller is not None:
                return fuller, 0.9
        aged = AGE_DESCRIBED.search(phrase)
        if not found and aged is not None and not _owned(phrase):
            # "the 43-year-old": the one person the text gave that age; someone of their
            # own when the person in focus was given another age
            holder = self._aged(phrase, aged.group("age"), position)
            if holder is not None:
                return holder
        if not found and head(phrase) in _SELF_DESCRIPTIONS and "'" not in phrase.replace("’", "'"):
            # "the patient", never introduced as such: the one person the text described
            # (not "the victim's sister", nor "the lawyer": someone else)
            one = self._only_described(position)
            if one is not None:
                return one, _REDESCRIBED_CONFIDENCE
        if head(phrase) in _INSTITUTIONS:
            if any(word[:1].isupper() for word in phrase.split()[1:]):
                return phrase, 0.85  # "the French foreign ministry" says which one
            # "the production company" -> the one organisation named that way before
            body = self._organization_named(phrase, position)
            if body is None:
                # "The National Water Commission, known as Conagua, said …. In a
                # statement, the agency said": the body this paragraph is about
                body = self._subject_body(position)
                if body is not None:
                    return body, _DOMINANT_CONFIDENCE
            if body is None and head(phrase) in _BUSINESSES:
                # "the company" in a story about one company: the one named most often
                body = self._dominant_organization(position)
                if body is not None:
                    return body, _DOMINANT_CONFIDENCE
            return (body, 0.8) if body is not None else (phrase, 0.5)
        if plural:
            # "the doctors" -> "Doctors for Camp Closure"; "the physicians": unsure
            group = self._members_of(phrase, position) or self._organization_named(phrase, position)
            return (group, 0.8) if group is not None else (phrase, 0.5)
        if _owned(phrase) or head(phrase) in _SOURCES:
            # "the victim's sister": someone known through another; "the insider": an
            # unnamed source is someone new, never the person in focus
            relative = self._named_relative(phrase)
            if relative is not None:
                return relative, _EPITHET_CONFIDENCE
            return phrase, 0.9
        # "the 22-year-old Ghanaian defender said", never introduced as such: in news, an
        # epithet for the person in focus (the subject just before), never a new person
        # on its own word; with nobody named in focus it is someone of its own ("the
        # lawyer" of "a man charged"); a rival in between leaves it unsure
        person, sureness = self.salience.epithet(position, gender_of_noun(head(phrase)))
        held = self.described_people.get(person or "", [])
        if held and not any(
            _says_all(phrase, words) or _leads_both(phrase, words) for words in held
        ):
            # the person in focus holds the role otherwise ("Chelsea manager Enzo
            # Maresca" for "the City manager"): someone else, whom the text does not name
            return phrase, _BACK_REFERENCE_CONFIDENCE
        if (
            person is None
            and sureness == 0.0
            and aged is not None
            and phrase.split()[-1] == aged.group()
        ):
            # `Norwich have signed midfielder Graham Stuart.` ¶ `"…," the 34-year-old told …`:
            # a bare age describes someone named; when only one person is named in reach,
            # though not as a subject, it is them
            person = self.salience.only_named(position)
            if person is not None and self._aged_otherwise(person, aged, position):
                person = None
            if person is not None:
                return person, _EPITHET_CONFIDENCE
            return phrase, _BACK_REFERENCE_CONFIDENCE
        if person is not None and aged is not None and self._aged_otherwise(person, aged, position):
            # "Tom Baxter, 52," in focus, then "the 43-year-old said": someone else
            return phrase, _BACK_REFERENCE_CONFIDENCE
        if person is not None and self._role_in_play(head(phrase), position):
            # "Simpson appeared before the judge." ¶ "…," the judge said: the one the
            # text already spoke of in that role, not the person in focus
            return phrase, _BACK_REFERENCE_CONFIDENCE
        if person is not None and self._newcomer_since(person, position):
            # "A resident who asked not to be named said …" ¶ "…," the woman said: the
            # one introduced since the person in focus was last named may be meant
            return phrase, _BACK_REFERENCE_CONFIDENCE
        if person is not None:
            return person, min(sureness, _EPITHET_CONFIDENCE)
        if not sureness:
            # several people in reach: the one of them the text gave this role, if only one
            in_reach = self._holder_in_reach(phrase, position)
            if in_reach is not None:
                return in_reach, _EPITHET_CONFIDENCE
        if sureness and self._named_before(position, gender_of_noun(head(phrase))):
            # "the finance chief added", nobody in focus, but "chief financial officer Raj
            # Malhotra" named further back: "the" points back to someone, perhaps them
            sureness = 0.0
        return phrase, 0.9 if sureness else _BACK_REFERENCE_CONFIDENCE

    def _newcomer_since(self, person: str, position: int) -> bool:
        """Whether someone unnamed was introduced opening a sentence ("A resident who
        asked not to be named said") in this paragraph or the one before `position`, after
        `person` was last named: a later description may stand for them instead."""
        index = bisect_left(self.person_starts, position) - 1
        while index >= 0 and self.person_keys[index] != person:
            index -= 1
        last = self.person_starts[index] if index >= 0 else -1
        since = max(last, previous_paragraph_start(self.text, position))
        for positions, introduced in self.nominals.values():
            for at, phrase in zip(positions, introduced, strict=True):
                if since < at < position and not _plural(phrase) and opens_sentence(self.text, at):
                    return True
        return False

    def _holder_in_reach(self, phrase: str, position: int) -> str | None:
        """The one person named in this paragraph or the one before `position` whom the
        text gave the role of `phrase` ("Sen. Joan Whitaker", "Joan Whitaker, a senator
        from Iowa"), in words that say all the description says; None when another person
        in reach holds it too, or none does."""
        role = head(phrase)
        paragraph = self.text.rfind("\n", 0, position) + 1
        reach = self.text.rfind("\n", 0, len(self.text[:paragraph].rstrip("\n"))) + 1
        in_reach = self._persons_in(reach, position)
        holders = {
            person
            for at, person in self.roles.get(role, [])
            if at < position and person in in_reach and self._described_so(phrase, at)
        }
        if not any(len(word) > 1 and word.lower() != role for word in phrase.split()[1:]):
            # a bare "the senator", "the quarterback": a title or a person noun before the
            # name says as much
            holders |= {
                person
                for at, person in self.titled.get(role, [])
                if at < position and person in in_reach
            }
        return holders.pop() if len(holders) == 1 else None

    def _aged(self, phrase: str, age: str, position: int) -> tuple[str, float] | None:
        """The person given `age` before `position` ("Lena Park, 43,") when only one was;
        unsure when several were; None when nobody was, so the person in focus may be."""
        given = {person for at, person in self.ages.get(age, []) if at < position}
        if len(given) == 1:
            return given.pop(), 0.85
        return (phrase, _BACK_REFERENCE_CONFIDENCE) if given else None

    def _aged_otherwise(self, person: str, aged: re.Match[str], position: int) -> bool:
        """Whether the text gave `person` an age other than the one `aged` says."""
        return any(
            age != aged.group("age") and any(at < position and who == person for at, who in held)
            for age, held in self.ages.items()
        )

    def _role_in_play(self, role: str, position: int) -> bool:
        """Whether someone was spoken of in `role` before `position`, outside quotations,
        other than as a clause's subject: the object of a verb or a preposition ("appeared
        before the judge"), or someone's ("Simpson's lawyer denied it"). A definite
        description with that role then refers back to them; one opening a clause may be
        an earlier epithet for the person in focus and says nothing."""
        if not role.isalpha():
            return False
        for found in re.finditer(rf"\b{role}s?\b", self.text[:position]):
            if self.sentences.inside(found.start()):
                continue
            before = _ROLE_DETERMINED.search(self.text, max(0, found.start() - 60), found.start())
            if before is None:
                continue
            if before.group("owner") is None and _OPENS_SUBJECT.search(
                self.text, max(0, before.start() - 6), before.start()
            ):
                continue
            return True
        return False

    def _bound_to(self, phrase: str, position: int, introduced: int) -> tuple[str, float] | None:
        """ "the judge" after "A trial judge in Ohio" was introduced at `introduced`: the one
        person the text then bound to that description ("The judge, Dana Ruiz," or the
        introduction itself in apposition, "Dana Ruiz, a trial judge in Ohio"); unsure when
        someone else was named as holding the role since; None when no name decides."""
        naming: set[str] = set()
        others: set[str] = set()
        for at, person, end, renamed in self.bindings.get(head(phrase), []):
            if at >= position or self.sentences.inside(at) or not self._described_so(phrase, at):
                continue
            if at < introduced < end or (renamed and introduced < at):
                naming.add(person)
            elif introduced < at:
                others.add(person)
        if len(naming) == 1 and not others - naming:
            return naming.pop(), 0.85
        if naming or others:
            return phrase, _BACK_REFERENCE_CONFIDENCE
        return None

    def _described_fuller(self, phrase: str, position: int) -> str | None:
        """ "the victim's sister" -> "The victim's older sister" written before: the one
        fuller description of the same person, when every earlier one says as much."""
        words = _content(phrase)
        fuller = [
            earlier
            for at, earlier in self._definites.get(head(phrase), [])
            if at < position and words < _content(earlier)
        ]
        return _one_described(fuller) if fuller else None

    def _members_of(self, phrase: str, position: int) -> str | None:
        """The one group that people described this way were said to belong to, before
        `position`: "The protesters, members of Extinction Rebellion, …" makes "the
        protesters" Extinction Rebellion."""
        if self._groups is None:
            self._groups = {}
            for match in _MEMBERS_OF.finditer(self.text):
                if not self.sentences.inside(match.start()):
                    entry = (match.start(), match.group("group").strip())
                    self._groups.setdefault(head(match.group("people")), []).append(entry)
        groups = {group for at, group in self._groups.get(head(phrase), []) if at < position}
        return groups.pop() if len(groups) == 1 else None

    def _only_described(self, position: int) -> str | None:
        """The fullest description of the one unnamed person introduced before
        `position` ("a 43-year-old man"), when every description fits that one."""
        candidates = [
            phrase
            for role, (positions, introduced) in self.nominals.items()
            if role not in _INSTITUTIONS
            for at, phrase in zip(positions, introduced, strict=True)
            if at < position and not _plural(phrase)
        ]
        return _one_described(candidates) if candidates else None

    def _subject_body(self, position: int) -> str | None:
        """The one organisation that opens a sentence earlier in the paragraph holding
        `position` (outside quotations): the body a later "the agency" stands for."""
        start = self.text.rfind("\n", 0, position) + 1
        found: set[str] = set()
        index = bisect_left(self.entity_starts, start)
        while index < len(self.entities) and self.entities[index].start < position:
            entity = self.entities[index]
            index += 1
            if entity.kind == "person" and opens_sentence(self.text, entity.start):
                return None  # a person is in focus too
            if entity.kind != "organization" or self.sentences.inside(entity.start):
                continue
            if opens_sentence(self.text, entity.start):
                found.add(entity.key or entity.text)
        return found.pop() if len(found) == 1 else None

    def _dominant_organization(self, position: int) -> str | None:
        """The organisation named at least three times before `position` and more than
        twice as often as any other: the firm a business story is about."""
        mentions = [
            entity.key or entity.text
            for entity in self.entities[: bisect_left(self.entity_starts, position)]
            if entity.kind == "organization"
            and not self.sentences.inside(entity.start)
            and " and " not in (entity.key or entity.text)  # two firms, not one
        ]
        fullest = sorted(set(mentions), key=len, reverse=True)
        counts: dict[str, int] = {}
        for key in mentions:
            # "Lumen" after "Lumen Labs" is the same firm
            tokens = set(key.split())
            key = next(full for full in fullest if tokens <= set(full.split()))
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or ranked[0] < 3 or (len(ranked) > 1 and ranked[0] <= 2 * ranked[1]):
            return None
        return max(counts, key=counts.__getitem__)

    def _organization_named(self, phrase: str, position: int, since: int = -1) -> str | None:
        """The one organisation mentioned before `position` (and after `since`) whose name
        shares a word with a description of it ("Dick Clark Productions" for "the
        production company", "Ministry of Health" for "the ministry")."""
        stems = {word[:5] for word in phrase.lower().split()[1:] if len(word) > 3}
        found: set[str] = set()
        index = bisect_left(self.entity_starts, position) - 1
        while index >= 0 and len(found) < 2 and position - self.entities[index].start < 5000:
            entity = self.entities[index]
            if entity.start <= since:
                break
            index -= 1
            shared = stems & {word[:5] for word in entity.text.lower().split() if len(word) > 3}
            # any kind (the recogniser may take a firm for a person), but a place only
            # when two words say so ("the school district", "Hollis County School District")
            if len(shared) >= (2 if entity.kind == "place" else 1):
                found.add(entity.key or entity.text)
        return found.pop() if len(found) == 1 else None


_THE_BEFORE_TITLE = re.compile(r"\b[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}\Z")
_CAPITALISED_ROLE = re.compile(
    r"([Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2})((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)"
)


def _title_as_role(words: str) -> str:
    """ "the future President" -> "the future president": a title capitalised with no
    name after it is a role, found as any description is (the one person who held it),
    never a name of its own."""
    found = _CAPITALISED_ROLE.fullmatch(words)
    if found is None or not all(
        word in PERSON_TITLES and word not in DEMONYMS for word in found.group(2).split()
    ):
        return words  # (`the German said`: a nationality, an epithet of its own)
    return found.group(1) + found.group(2).lower()

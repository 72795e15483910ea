"""The words that attribute a quotation: its reporting clause and that clause's subject.

News attributes speech with a reporting verb (said, says, told, added, wrote, asked,
according to, …) whose subject is the speaker, on either side of the verb ("Smith said",
inverted "said Smith"), wherever the quotation sits in its sentence: after it (`"…," Smith
said`), before it (`Smith said: "…"`, `Obama said he was "surprised"`), between its pieces,
or in the sentence before (`Smith said the plan was dead. "We will not revive it."`). The
object of "told" or "on" is a listener or a medium, never the speaker.

Every pattern is compiled once and only runs over the few hundred characters around a
quotation.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from typing import Literal

from newsreader.analysis import gazetteer, lexicon, names
from newsreader.analysis.entities import UPPER
from newsreader.analysis.given_names import gender_of
from newsreader.analysis.quote_marks import MIN_KEY_QUOTE_WORDS, RawQuote
from newsreader.analysis.sentences import Sentences, paragraph_bounds
from newsreader.analysis.speech import (
    APPOSITION,
    DESCRIPTOR,
    DOCUMENT,
    DOCUMENT_NOUN,
    FILLER,
    IS_BARE_PLURAL,
    IS_DOCUMENT,
    IS_NAME,
    IS_NOMINAL,
    IS_ONE,
    IS_PRONOUN,
    LEAD,
    MANNER,
    NAME,
    NAME_START,
    NOMINAL,
    NOT_INSIDE,
    NOT_NAME,
    PARTY_TAG_AFTER,
    PRONOUN,
    ROLE,
    SOURCE_DOCUMENT,
    SOURCE_OF_WORDS,
    SPEAKER,
    SPEECH_ACTS,
    TITLE,
    VERB,
    VERB_AFTER_COMMA,
    VERB_INVERTED,
    VERB_OPENING,
    words,
)

_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)[ \t]+(?=[A-Z]))?"
"""A British honorific without its full stop (`said Mr Hor`) before the name it titles:
left out of the speaker, as "Mr." is, since "Mr" alone is not a name."""
_QUANTIFIER = r"(?:one|another|some|several|two|three|four|five|many|most|other)"
"""`said one Trump confidant`: the words after it describe someone unnamed; the name in
them is whose confidant, not the speaker."""
_AFTER_INVERTED = re.compile(
    rf"{LEAD}{VERB_INVERTED}(?:[ \t]+(?:also|then|later|again))?[ \t]+"
    rf"(?:(?:the|an?)[ \t]+(?:(?!{NOT_INSIDE}\b)(?:[a-z]|\d+-)[\w’'-]*[ \t]+){{1,4}}?"
    rf"(?={NAME}[ \t]*(?:[,.;!?]|\Z))"
    rf"|(?!{_QUANTIFIER}\b)(?:(?!{NOT_INSIDE}\b)(?:[a-z]|\d+-)[\w’'-]*[ \t]+){{0,4}}?(?={NAME_START}))?{_HONORIFIC}{SPEAKER}"
    rf"(?:,(?P<apposition>[ \t]+{NAME})(?=[ \t]*[,.;]|[ \t]*$))?"
)
"""`"…," said Smith`, `"…," said planetary geologist Rosaly Lopes`, `"…," said the
20-year-old Haase` (a description before a name ending the clause), `"…," said one
farmer, Pedro Alvarez, whose …` (the name in apposition)."""
_PARTICIPLE_PLACE = re.compile(
    r",[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]+(?:ed|en)[ \t]+(?:in|at|on|into|from|under|with|before)"
    r"[ \t]+(?:the[ \t]+)?\Z"
)
"""`, filed in `, `, based at the `: a participle's phrase inside commas, before its place."""
_AFTER_ROLE_COMMA_NAME = re.compile(
    rf"{LEAD}{VERB_INVERTED}[ \t]+(?:the[ \t]+)?[{UPPER}][\w&.’'-]*[ \t]+"
    rf"(?:(?:[{UPPER}][\w&.’'-]*|of|for|and|the)[ \t]+){{0,5}}"
    rf"(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{ROLE}),[ \t]+{_HONORIFIC}(?P<speaker>{NAME})"
    r"(?=[ \t]*(?:[,.;!?]|\Z))"
)
"""`"…," said EEF chief economist, Steve Radley.`: a body's role, a comma, then the name
of the one holding it (not the body)."""
_COMMA_INVERTED = re.compile(
    rf"[ \t]*,?[ \t]*{VERB_AFTER_COMMA}[ \t]+{_HONORIFIC}{SPEAKER}"
    r"(?=[ \t]*(?:[.!?;,]|\Z)|[ \t]+(?:as|while|when|after|before)[ \t]+(?:the|a|an|his|her|their)\b)"
)
"""`"…," lamented one U.S. official.`: a verb outside the inverted list, taken only right
after a quotation closing on a comma and with the subject ending the clause, or before a
clause of time (`"…," announced Rivers as the guests sat down`); not `"…," promises
Washington will act`."""
_COMMA_ANY_PAST = re.compile(
    rf"[ \t]*{_HONORIFIC}(?P<speaker>{NAME}|{PRONOUN})[ \t]+(?:[a-z]+ly[ \t]+)?[a-z]{{2,}}ed"
    r"(?=[ \t]*[.!?;])"
)
"""`"…," Okafor began.`: after a quotation closing on a comma, a name or pronoun and a
verb in the past that ends the sentence report the words, whatever the verb."""
_CLAUSE_OPENING = re.compile(r"(?:\A|[,;:—–]|^)[ \t]*\Z", re.MULTILINE)
_VERB_LEADS_IN = re.compile(
    rf"\b(?P<verb>{VERB})\b(?:[ \t]+(?:that|this|of|to|them|us|me|him|her|reporters"
    rf"|journalists))?(?:[ \t]+[a-z]{{3,}}ly)?(?:[ \t]+(?:on|in|at)[ \t]+[\w ]{{1,30}}?)?"
    r"[ \t]*[,:—–-]?[ \t]*\Z"
)
"""A reporting verb leading straight into the quotation: `said: `, `told reporters `,
`fired back forcefully: `."""
_VERB_NAME_LEADS_IN = re.compile(
    r"\b(?P<verb>told|tells|called|calls|asked|asks|warned|warns|urged|urges|reminded"
    r"|reminds|assured|assures|dubbed|dubs|labeled|labels|labelled|branded|brands)"
    rf"[ \t]+[{UPPER}][\w’'-]+(?:[ \t]+[{UPPER}][\w’'-]+){{0,2}}[ \t]*[,:]?[ \t]*\Z"
)
"""The same with the one spoken to or of named in between: `called Haley `, `told Reyes: `."""
_AFTER_UNNAMED = re.compile(
    rf"{LEAD}{VERB_INVERTED}[ \t]+(?P<speaker>(?:one|another|a|an)[ \t]+(?!of\b)[\w’'-]+"
    r"(?:[ \t]+(?!(?:who|that|and|but|as|when|after|before|on|in|at)\b)[\w’'-]+){0,4}"
    r"(?:[ \t]+(?:on|in|at|from|for|with)[ \t]+(?:the|a|an)(?:[ \t]+[\w’'-]+){1,3})?)"
    r"(?=[ \t]*(?:[,.;:!?]|\Z))"
)
"""`said one Trump confidant.`, `said one Democrat familiar with the talks.`, `said a
dispatcher on the police scanner.`: someone unnamed, described in words the role lists do
not hold; the description is the speaker."""
_AFTER_UNNAMED_SUBJECT = re.compile(
    rf"{LEAD}(?P<speaker>(?:one|another|a|an)[ \t]+(?!(?:of|who|that|{DOCUMENT_NOUN})\b)[\w’'-]+"
    r"(?:[ \t]+(?!(?:who|that|and|but|as|when|after|before)\b)[\w’'-]+){0,3})"
    r"[ \t]+(?:said|says|told|added|wrote|explained|recalled)\b"
)
"""`"…," one operative said.`: the unnamed subject before the verb, in words the role lists
do not hold (otherwise the quotation runs on into the previous speaker's)."""
_AFTER_SUBJECT = re.compile(rf"{LEAD}{SPEAKER}{APPOSITION},?{FILLER}[ \t]+{VERB}\b")
_AFTER_DESCRIBED = re.compile(
    rf"{LEAD}{DESCRIPTOR}(?={NAME_START}){SPEAKER}{APPOSITION},?{FILLER}[ \t]+{VERB}\b"
)
_WITH_LEAD = re.compile(r"[\s,—–-]*with[ \t]+")
"""`, with ` right after a quotation, before a name and its verb in -ing."""
_LATE_END = r"\b[^,.!?\"“”\n]{0,40}[.!?]?[ \t]*\Z"
_AFTER_LATE = re.compile(rf",[ \t]+{SPEAKER}{APPOSITION}{FILLER}[ \t]+{VERB}{_LATE_END}")
_AFTER_LATE_INVERTED = re.compile(
    rf",[ \t]+{VERB_INVERTED}[ \t]+{_HONORIFIC}{SPEAKER}"
    rf"(?:{_LATE_END}|,[ \t]+(?:an?|the)[ \t][^,.!?\"“”\n]{{0,120}}[.!?]?[ \t]*\Z)"
)
"""An attribution closing the sentence the quotation sits in: `"…" while in power, Azzouz
said.`, `"…" aimed at her government, said Adil Najam, a professor of …`."""
_AFTER_LATE_ANY_INVERTED = re.compile(
    rf",[ \t]+{VERB_AFTER_COMMA}[ \t]+{_HONORIFIC}{SPEAKER}"
    rf"(?:[.!?]?[ \t]*\Z|,[ \t]+(?:an?|the)[ \t][^,.!?\"“”\n]{{0,120}}[.!?]?[ \t]*\Z)"
)
"""The same with any verb of saying, its subject ending the sentence or followed only by a
description (`"…" for years, lamented Dan Webb.`; not `, promises Washington will act`)."""
_AFTER_ACCORDING = re.compile(
    rf"{LEAD}(?:[Aa]ccording[ \t]+to|[Ii]n[ \t]+the[ \t]+words[ \t]+of)[ \t]+{SOURCE_DOCUMENT}{_HONORIFIC}{SPEAKER}"
)
_NOT_REPORTING = r"(?!(?:(?<=insist)|(?<=insists)|(?<=insisted)|(?<=insisting))[ \t]+(?:on|upon)\b)"
"""`Sanchez insisted on signing British players`: a demand, not a report of speech (nor
the clause's speaker for a later "he said")."""
ANY_VERB = re.compile(
    rf"\b(?<!['’]s )(?:{VERB}|[Aa]ccording[ \t]+to|[Ii]n[ \t]+the[ \t]+words[ \t]+of)\b{_NOT_REPORTING}"
)
"""(A verb's form right after a possessive is a noun: `saying Trump's comments are "…"` is
not Trump speaking.)"""
_OWNED_WORDS_OPENING = re.compile(
    rf"(?:\A|(?<=[.!?\n])[\"”’]?[ \t]*|(?<=\n))[ \t]*(?P<speaker>{NAME})['’]s[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?(?:comments|remarks|words|statement|response|reply|answer"
    r"|message|testimony|speech|argument|explanation|views?|take|account)\b[^.!?\n]*:[ \t]*\Z"
)
"""`Carter's comments about the fans focused on the data:` ¶ `"…"`: the owner of the words a
sentence introduces with a colon is the speaker."""
_SUBJECT_BEFORE = re.compile(rf"(?<![\w’'-]){SPEAKER}{PARTY_TAG_AFTER}{APPOSITION}{FILLER}[ \t]*\Z")
"""The subject right before its verb, from the start of a word (not `eyes aide Dan Webb`
inside `senior Reyes aide Dan Webb`)."""
_SAID_FIRST = re.compile(
    rf"[ \t]*{VERB_OPENING}[ \t]+{_HONORIFIC}{SPEAKER}{APPOSITION}[ \t]*:[ \t]*\Z"
)
"""A verb opening the sentence before its subject and a colon: `Said Porter: "…"`."""
_SAID_FIRST_COMMA = re.compile(
    rf"[ \t]*{VERB_OPENING}[ \t]+{_HONORIFIC}{SPEAKER}{APPOSITION},?(?<=,)[ \t]*\Z"
)
"""The same before a comma: `Said Dorothy Poynter, who grew up with him, "…"`."""
_WITH = re.compile(r"[ \t]*with[ \t]+")
_AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en|wn)[ \t]+by[ \t]+\Z")
"""A participle and "by" before a name (`obtained by`, `seen by`): its agent, no subject."""
_INSIDE_PHRASE = re.compile(r"\b(?:in|on|at|of|from|into|through|via|with)[ \t]+\Z")
"""A preposition right before a document's words, so they are its object."""
_MODIFIER_OF_ROLE = (
    rf"(?:[{UPPER}][\w’'-]*[ \t]+(?:[{UPPER}][\w’'-]*[ \t]+)?"
    rf"(?:(?=(?:[a-z][\w-]*[ \t]+)?(?:{ROLE})[ \t]+{NAME_START})"
    rf"|(?:[a-z][\w-]*[ \t]+){{1,2}}(?={TITLE}[ \t]+{NAME_START})))?"
)
"""One or two capitalised words opening a sentence before a role and a name (`Band member
Flea`, `Campaign spokesman Brian Fallon`, `Democratic Party chair Jo Hale`), or before
lower-case words and a titled name (`Republican Presidential hopeful Sen. Jo Hale`): the
name, with its role or title, is the subject."""
_HONORIFIC_OF_SUBJECT = r"(?:(?:Mr|Mrs|Ms|Dr|Prof)[ \t]+(?=[A-Z][\w-]*(?![\w’'-])))?"
"""An honorific before a name that is not a possessive (`Mr Ellis's family` is a description
whose honorific belongs to it)."""
_SUBJECT_AT_START = re.compile(
    rf"[ \t]*{_MODIFIER_OF_ROLE}{_HONORIFIC_OF_SUBJECT}{SPEAKER}{APPOSITION}[ \t]+[a-z]"
)
"""The subject opening a clause: `The minister, a veteran, was blunt:`, `Mr Blair refused …,
saying …`."""
_COLON_SUBJECT = re.compile(
    rf"[ \t]*(?:{VERB_OPENING}[ \t]+)?(?!{VERB_OPENING}[ \t]){_MODIFIER_OF_ROLE}{SPEAKER}"
    rf"{APPOSITION}[ \t]+[a-z]"
)
"""The same before a colon, after a verb that opens the sentence (`Laments one farmer near
the pass:`): the verb is no name."""
_NAME_COLON = re.compile(
    rf"(?:\A|(?<=\n)|(?<=[ \t][-—–]))[ \t]*{_HONORIFIC}(?P<speaker>{NAME}){PARTY_TAG_AFTER}"
    rf"(?:[ \t]+(?:and|&)[ \t]+{_HONORIFIC}{NAME})?[ \t]*:[ \t]*\Z"
)
"""A name alone before a colon, opening its line or after a dash (`Jane Kowalski: "…"`,
`NEW POLL SHOWS A TIE - Jane Kowalski: "…"`): a transcript's or a digest's speaker label,
taken when a given name opens it, or else when it names a person the text knows (`LABEL`;
not `WASHINGTON:`, `Breaking News:`). Of two names (`Jane Kowalski and Tom Reyes: "…"`,
words written together), the first."""
_OPENING_THEN_PRONOUN = re.compile(
    r"[ \t]*(?:To|In|At|On|For|With|By|From|After|Before|During|Later|Then|Here|Now|Finally"
    r"|Again|Afterwards|Earlier|Once)(?:[ \t]+(?!(?:how|what|why|whether|when|where|who|which"
    r"|that|if|and|or)\b)[a-z][\w’'-]*){0,4}[ \t]+(?P<speaker>[Hh]e|[Ss]he)"
    r"[ \t]+[a-z]"
)
"""A short opening with no comma before a pronoun subject (`To some degree he summed it
up:`, `Later she put it this way:`); not a pronoun inside a clause (`On how he began:`)."""
_QUOTING_COLON = re.compile(
    rf"\b(?:quotes|quoted|quoting|cites|cited|citing)[ \t]+(?:[\w-]+[ \t]+){{0,4}}?"
    rf"{_HONORIFIC}(?P<speaker>{NAME})(?:,[ \t]+(?:a|an|the)[ \t][^,:\n\"“”]{{1,60}})?[ \t]*:[ \t]*\Z"
)
"""`Frank quotes former adviser Alfred Kahn:` ¶ `"…"`: the words are the one quoted's."""
_ONE_READ = re.compile(r"[ \t]*,?[ \t]*(?:read|reads)[ \t]+(?:one|another|a[ \t]+third)\b")
"""`"…," read one.`: a writing, not a person in a conversation."""
_HERE_IS = re.compile(
    rf"[ \t]*Here(?:['’]s|[ \t]+is)[ \t]+{_HONORIFIC}(?P<speaker>{NAME})"
    r"(?:[ \t]+(?:in|on|at|from|during|after|before)[ \t]+[^:\n\"“”]{1,40})?[ \t]*:[ \t]*\Z"
)
"""`Here's Lindqvist at the 2009 hearing: "…"`: the one presented speaks (not `Here's how
Lindqvist put it:`, which a verb of saying already reads)."""
_IN_VIEW = re.compile(
    rf"\b[Ii]n[ \t]+{_HONORIFIC}(?P<speaker>{NAME})['’]s?[ \t]+(?:own[ \t]+)?"
    r"(?:view|words|opinion|estimation|telling)\b"
)
"""`"…" from the ports to the farms, in Okafor's view.`: the words are the named one's."""
_IN_VIEW_BEFORE = re.compile(
    rf"\b[Ii]n[ \t]+{_HONORIFIC}(?P<speaker>{NAME})['’]s?[ \t]+(?:own[ \t]+)?words,?[ \t]*\Z"
)
"""`in Forbes' words, "…"`: right before a quotation, the named one's words."""
_QUOTED_AS = re.compile(rf"\bquot(?:ed|es|ing)[ \t]+{SPEAKER}{APPOSITION}[ \t]+as[ \t]+\Z")
_SPEAKER_AFTER = re.compile(
    rf"[ \t]+(?:(?:(?!{NOT_INSIDE}\b)(?:[a-z]|\d+-)[\w’'-]*[ \t]+){{1,3}}?"
    rf"(?={NAME}[ \t]*(?:[,.;!?]|\Z)))?"
    rf"{_HONORIFIC}{SPEAKER}"
)
"""The subject after an inverted verb: `…, said study co-author Rajesh Bagchi, …`."""
_BY_AGENT = re.compile(rf"[ \t]+by[ \t]+{_HONORIFIC}{SPEAKER}{APPOSITION}")
"""The agent of a passive reporting verb: `was told by Miller's deputy`."""
_LEAD_PHRASE = re.compile(
    rf"[ \t]*(?:(?!A\b|An\b|The\b|Its\b|Their\b|Our\b|Mr\b|Mrs\b|Ms\b){NOT_NAME}\b"
    r"|(?:[A-Z][a-z]+[ \t]+){1,2}(?:later|earlier|ago|afterwards?)\b)"
    r"[^,\n\"“”]{0,160}(?:,[ \t]*\d{4}\b[^,\n\"“”]{0,120})?,[ \t]*"
)
_NAME_THEN_VERB = re.compile(rf"[{UPPER}][\w’'.-]*(?:[ \t]+[{UPPER}][\w’'.-]*)*[ \t]+[a-z]")
"""A name going on with a lowercase word, no comma between (`Quell makes`)."""
_BARE_LEAD = re.compile(
    r"[ \t]*(?:On|In|At|During|After|Before|Throughout|Across|Over)[ \t]+"
    r"(?:(?:[a-z][\w’'-]*|\d[\w,.-]*|“[^”\n]{1,40}”|\"[^\"\n]{1,40}\")[ \t]+){1,4}"
    rf"(?=[{UPPER}])"
)
"""`On the final track `, `In the video `, `On “Low Tide” `: a short opening phrase of
lowercase words (or a title in quotation marks) that news runs into the subject without a
comma."""
_CONJUNCTION = re.compile(
    rf"[ \t]*(?:And|But|Yet|Or|Nor)[ \t]+"
    rf"(?=(?:Mr|Mrs|Ms|Dr|Prof)[ \t]+[A-Z]|(?!{NOT_NAME}\b)[{UPPER}])"
)
"""A conjunction opening a sentence before its subject (`But Obama hedged`)."""
_GOES_ON = re.compile(
    rf"[{UPPER}][\w’'.-]*(?:[ \t]+[{UPPER}][\w’'.-]*)*{PARTY_TAG_AFTER}(?:[ \t]+[a-z]|,)"
)
"""A name going on with a lowercase word (`Obama hedged`) or an apposition (`Sen. Dick
Durbin (D-Ill.), noting …,`): a clause, not a lead phrase."""
_PARTICIPLE_LEAD = re.compile(
    r"[ \t]*(?:[A-Z][a-z]{2,}ing[ \t]+(?:on|to|in|at|from|with|about|after|before|during|for"
    r"|via|through|under|outside|inside)"
    r"|(?P<past>[A-Z][a-z]{2,}(?:ed|en))[ \t]+(?:by|on|at|in|about|over|for|after|during)"
    r")\b[^,\n\"“”]{0,80},[ \t]*"
)
"""`Writing on X, Musk called …`, `Reached by phone, Hale denied …`: a participle phrase
before the subject, not a name (a given name in -ed is one: `Ahmed at the gate, …`)."""
"""An opening phrase before a clause's subject: `According to AFP, `, `On Tuesday, `,
`Hours later, `
(not `Ms. Alvarez's daughter, `: a title starts a name)."""
_WHO_AFTER = re.compile(r"(?:who|whom|which)\b")
_SUBORDINATE_LEAD = re.compile(
    r"(?:when|while|after|as|before|since|because|although|though|if|where|with|despite)\b"
    r"[^,\n\"“”]{1,80},[ \t]*"
)
"""A further subordinate phrase after an opening one, before the subject."""
_PARTICIPLE_AFTER_LEAD = re.compile(
    rf"(?!{VERB}\b)(?:[a-z]{{3,}}(?:ed|en)|held|made|led|sent|built|brought|met|set|kept|paid"
    r"|won|found|sought|bought|caught|taught|shot|hit|run)[ \t]+(?:to|in|on|at|by|for|from|with|before|after"
    r"|during|about|over|under)\b[^,\n\"“”]{1,80},[ \t]*"
)
"""A participle phrase after an opening one, before the subject (`, timed to air …,`,
`, held at the request of Russia,`); never a verb of saying (`, said Webb,`)."""
_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|being|be|get|gets|got)(?:[ \t]+[a-z]+ly)?[ \t]+\Z"
)
"""A passive verb (`is accused of "…"`): the subject is who the words were said of."""


def _passive(text: str, verb: re.Match[str], clause_start: int) -> bool:
    """Whether a participle follows a passive auxiliary (`is accused of`, `was told`)."""
    return verb.group().endswith(("ed", "told", "said", "written", "thought")) and (
        _PASSIVE_BEFORE.search(text, max(clause_start, verb.start() - 30), verb.start()) is not None
    )


_DETERMINED_SUBJECT = re.compile(
    rf"(?<![\w’'-])(?P<speaker>(?=(?:the|a|an|its|his|her|their)[ \t])(?:{NOMINAL}|{DOCUMENT}))"
    rf"{FILLER}[ \t]*\Z"
)
"""A description opening with a lowercase determiner right before a verb."""
_SPEECH_NOUN = (
    r"(?:call|appeal|plea|warning|statement|rebuke|message|response|reply|retort|riposte"
    r"|pledge|promise|vow|apology|tribute|denial|complaint)s?"
)
_GAVE_SPEECH = re.compile(
    rf"{SPEAKER}{APPOSITION}{FILLER}[ \t]+(?:issued|made|gave|sent|posted|released|delivered"
    r"|repeated|renewed|offered)[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:[a-z-]+[ \t]+){0,2}"
    rf"{_SPEECH_NOUN}\b[^.!?\"“”\n]{{0,80}}[.:][ \t]*\Z"
)
"""`Webb issued a similar call in his concession speech.`: an act of speech and its maker."""
_SPEECH_FROM = re.compile(
    rf"\b(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+){{0,2}}{_SPEECH_NOUN}[ \t]+from[ \t]+{_HONORIFIC}"
    rf"{SPEAKER}[.:][ \t]*\Z"
)
"""`The ruling drew a sharp rebuke from Dan Webb.`: the one it came from."""
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that)(?:[ \t]+[a-z]+ly)?[ \t]+\Z")
"""A verb of a relative clause (`Hale, who denies the charges, …`)."""
_ABSOLUTE_SPEECH = re.compile(
    r",[ \t]*with[ \t]+(?:[\w’'-]+[ \t]+){1,4}(?:saying|telling|adding|arguing|claiming"
    r"|calling|insisting|warning|noting|accusing|urging|describing|branding|dubbing)\b"
)
"""`, with some saying`, `, with critics calling it`: an absolute phrase whose own subject
speaks; a quotation after it is not the words of the clause's subject."""
_AFTER_COMMA = re.compile(r",[\"”’]?[ \t]*\Z")
"""A comma before a verb in -ing, inside a closing mark too (`to address “that person,”
telling Fox 35 …`)."""
_AFTER_SUBORDINATOR = re.compile(r"[ \t](?:by|without)[ \t]+\Z")
"""A verb in -ing after "by" or "without": `Trump laughed it off by interjecting, "…"`,
`a commissioner objected by warning that it would be "…"` (the clause's subject speaks;
not after "before" or "after", where a description may be someone the gold names
otherwise)."""
_AFTER_AND = re.compile(
    r"[ \t](?:and|but)[ \t]+(?:(?:then|later|also|now|still|again|instead|[a-z]{3,}ly)[ \t]+)?\Z"
)
"""A verb coordinated with the clause's first one: `X does not dispute it but says`, `X
used to back Y, but now says`."""
_AFTER_DOCUMENT = re.compile(rf"{DOCUMENT}[ \t]*\Z")
_AFTER_SPAN = re.compile(
    r"[ \t]*[,—–-]?[ \t]*(?!(?:and|but|or|while|because|as|when|if|since|so|which|who|that|in"
    r"|on|at|for|with|to|of|from|by|the|a|an|he|she|it|they|we|I|[a-z]+ing)\b)(?=[\w])"
)
"""Where an attribution may start right after a quotation (not a sentence going on)."""
_ACCORDING_OBJECT = re.compile(rf"[ \t]+{SOURCE_DOCUMENT}{SPEAKER}")
_THAT_BETWEEN = re.compile(rf"(?<![\w’'-])that[ \t]+(?=[{UPPER}]|the[ \t]|an?[ \t])")
"""A clause opening with its own subject: `a pitch that England coach X said was`."""
_WORD_START = re.compile(r"(?<![\w’'.-])[\w]")
_COORDINATED = re.compile(rf"[{UPPER}][\w’'-]*[ \t]+and[ \t]+\Z")
"""`Smith and Jones said`: two speakers, so neither alone."""
_BODY_OF_AND = re.compile(
    rf"\b(?:{'|'.join(sorted(lexicon.ORG_HEADS))})[ \t]+of[ \t]+[{UPPER}][\w’'-]*[ \t]+and[ \t]+\Z"
)
"""`The Department of Health and Environment said`: one body, the "and" inside its name."""
INDIRECT = re.compile(rf"\b{SPEAKER}{APPOSITION}{FILLER}[ \t]+{VERB}\b{_NOT_REPORTING}")
"""Anyone said to speak, quoted or not: candidates for a later "she said"."""
MERGE_GAP = re.compile(
    r"(?:[^.!?\"“”«»„\n]|\.(?=[ \t]?[,\d])|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\."
    r"|(?<=\bSept)\.){0,120}[.,;:]?[ \t]*"
)
"""What may sit between an attribution and the rest of the quote it interrupts."""


_DESCRIBED_NAME = re.compile(
    rf",[ \t]*(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \t]|[^,]*['’]s[ \t])[^,]+,"
    rf"[ \t]*(?P<name>{NAME}),[^,]*\Z"
)
"""`, the senator's chief of staff, Ann Ray,` closing an apposition: Ann Ray is the
subject, whatever came before the commas. The closing comma is needed: without it the last
piece is most often a place in a description (`, a farmer in Fresno, California said`)."""


_NAME_CLOSING = re.compile(rf",[ \t]*(?P<speaker>{NAME}),{FILLER}[ \t]*\Z")
"""`the senator's chief of staff, Ann Ray, said`: a name between commas right before the
verb is in apposition to its subject, whatever the description before it."""


_SHORT_CLOSING = re.compile(
    r"[ \t]+[^.!?\n\"“”]{1,50}?[ \t](?:said|says|added|adds|wrote|writes)"
    r"(?:[ \t]+(?:in|on|at|to)[ \t][^.!?\n\"“”]{1,40})?[.!?]"
)
"""`"…missing." Trump said.`: a sentence of nothing but a subject and a verb of saying
after a quotation whose full stop came inside the mark attributes it all the same."""
_AND_FRAGMENT = re.compile(r"[ \t]+(?:and|or)[ \t]+[\"“][^\"“”\n]{1,200}[,.]?[\"”][,.]?")
"""`"…" and "…,"`: a second quoted fragment joined to the first by a conjunction."""


_PRONOUN_OPENS_SENTENCE = re.compile(
    r"[?!][\"”’»][ \t]+(?:He|She|They|We|I|It)(?:[ \t]+[a-z]+ly)?[ \t]+[a-z]+[ \t]*[,:][ \t]*"
    rf"[\"“][ \t]*[{UPPER}]"
)
"""A question or an exclamation closing inside the mark, then a capitalised pronoun and a
verb leading into a new quotation: the next sentence's clause, the new quotation's."""
_SENTENCE_CLOSED = re.compile(rf"(?:[a-z0-9)%]\.['’]?[\"”’»]|[a-z0-9)%][\"”’»]\.)[ \t]+[{UPPER}]")
"""A full stop inside the closing mark, or right after it (British: `… again". Campaign
chief …`), and a capital after it: the next sentence began (not `the U.S."`, whose stop
may be an abbreviation's); a quotation closing on a quotation inside it counts too
(`… a good girl would do.'" Epstein later …`)."""


_ROLE_THEN_NAME = re.compile(
    rf"[ \t]+(?:(?!{NOT_INSIDE}\b|{VERB}\b)(?:[a-z]|\d+(?:st|nd|rd|th)\b)[\w’'-]*[ \t]+){{1,3}}"
    rf"(?P<name>{NAME}){PARTY_TAG_AFTER}"
    r"(?=[ \t]*(?:[,.;:!?(]|\Z)|[ \t]+(?:in|on|at|of|when|during|after|before|who|to|about)\b)"
)
"""`said Democratic pollster Stan Greenberg`, `said Clinton ally James Carville`: a name
ending the clause after a capitalised word and role words is the speaker; the words before
it only say who they are."""


_WHOLE_NAME = re.compile(NAME)
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w’'-])(?:of|at|in|on|from|by|for|with|to|near|against)[ \t]+(?:the[ \t]+)?\Z"
)
"""A preposition right before a name: the name is its object, no clause's subject."""
_DETERMINED_DESCRIPTION = re.compile(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+[a-z][\w’'-]*"
    r"(?:[ \t]+(?:of|for|at|in|on|the|a|an|[a-z][\w’'-]*)){0,6}"
)
"""`The chairman of the working party`: a description in lower case after a determiner,
perhaps with a phrase after its head, which a person's name in apposition names."""
_LEADING_NAME = re.compile(rf"[ \t]*(?P<name>{NAME})(?=[ \t]+[a-z]|[ \t]*,)")
"""A name opening an apposition, its verb or a comma after it."""
_ROLE_LOWER = (
    r"(?!(?:by|with|to|for|from|of|in|at|on|who|whose|which|that|and|or|but|as|like"
    r"|including|then|the|a|an|his|her|its|their)\b)[a-z][\w’'-]*(?<!ed)"
)
_ROLE_WORDS_THEN_NAME = re.compile(
    rf"[ \t]*(?:(?:[A-Z][\w’'&.-]*|{_ROLE_LOWER})[ \t]+){{0,6}}{_ROLE_LOWER}[ \t]+"
    r"(?P<name>(?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]*)[ \t]*"
)
"""`board member Nicole Vance`, `Harbour Trust trustee Ian Moss`: role words (perhaps after
a body's name), then a person's name; no preposition, relative word or participle (`led by
judge …`, `whose founder …`), which would make the person someone else than the subject."""
_INVERTED_VERB = re.compile(VERB_INVERTED)
_INVERTED_VERB_ANY_CASE = re.compile(VERB_INVERTED, re.IGNORECASE)
"""A verb that may come before its subject, compiled once (it is asked of every verb)."""
_PERSON_OF = re.compile(rf"(?<![\w’'-])(?P<name>{NAME})[ \t]+of[ \t]+(?:the[ \t]+)?\Z")


def _given_name_first(name: str) -> bool:
    """Whether a name of two words or more opens with a given name (after a title)."""
    words = name.split()
    gaz = gazetteer.load()
    return len(words) >= 2 and any(names.first_name(word, gaz) for word in words[:2])


def _has_given_name(name: str) -> bool:
    """Whether a name of two words or more has a given name or a person's title before
    its last word (`Ukrainian Ambassador Andrii Melnyk`): a person, not a place or body."""
    words = name.split()
    gaz = gazetteer.load()
    return len(words) >= 2 and any(
        names.first_name(word, gaz) or word in lexicon.PERSON_TITLES for word in words[:-1]
    )


def subject_span(match: re.Match[str]) -> tuple[str, int, int]:
    """The speaker words a match names and their span; "its director, Jane Doe," names
    Jane Doe, and a sentence's full stop is not part of a name."""
    found = match.group("speaker")
    start = match.start("speaker")
    found = found.rstrip(" \t,")
    if found.endswith(".") and len(found.rsplit(None, 1)[-1]) > 3:
        found = found[:-1]
    end = start + len(found)
    capitalised = found[:1].isupper()
    owner = (
        _PERSON_OF.search(match.string, max(0, start - 80), start)
        if capitalised
        and match.string.endswith(("of ", "of the "), max(0, start - 8), start)
        and _WHOLE_NAME.fullmatch(found)
        else None
    )
    if owner is not None and _given_name_first(owner.group("name")):
        # `Jeffrey Lewis of the James Martin Center said`: the person, not the body
        person = owner.group("name")
        return person, owner.start("name"), owner.start("name") + len(person)
    if " of " in found and found[:1].isupper():
        person, _, _ = found.partition(" of ")
        if _given_name_first(person) or (
            " " not in person
            and person.lower() not in gazetteer.load().common_words
            and _named_in_full_before(match.string, person, start)
        ):
            # (`said Jovanovski of Cowan` after `Ed Jovanovski`: the one speaking of
            # another, whom the text named in full before)
            # `said Patricia Moran of Cheyenne`, `Jeffrey Lewis of the James Martin
            # Center`: a person of a place or a body, not the place or the body
            return person, start, start + len(person)
    if id(match.re) in _INVERTED and capitalised and _WHOLE_NAME.fullmatch(found):
        named = _ROLE_THEN_NAME.match(match.string, end)
        if named is not None:
            found = named.group("name").rstrip(" \t,")
            if found.endswith(".") and len(found.rsplit(None, 1)[-1]) > 3:
                found = found[:-1]
            person, of, _ = found.partition(" of ")
            if of and _given_name_first(person):
                found = person  # `… political scientist Patrick Murray of Christie`
            start = named.start("name")
            return found, start, start + len(found)
    apposition = match.groupdict().get("apposition")
    if (
        apposition
        and apposition.strip()[:1].isupper()
        and IS_NAME.fullmatch(apposition.strip())
        and (
            IS_NOMINAL.fullmatch(found)
            or IS_BARE_PLURAL.fullmatch(found)
            or (" of " in found and IS_ONE.fullmatch(found))
            or (
                _DETERMINED_DESCRIPTION.fullmatch(found) is not None
                and _has_given_name(apposition.strip())
            )
        )
    ):
        offset = match.start("apposition") + len(apposition) - len(apposition.lstrip())
        found = apposition.strip()
        start, end = offset, offset + len(found)
    elif (
        apposition
        and _PREPOSITION_BEFORE.search(match.string, max(0, start - 12), start)
        and (leading := _LEADING_NAME.match(apposition)) is not None
        and _has_given_name(leading.group("name"))
    ):
        # `held at the request of Norland, Ambassador Mara Quell denied …, calling`: a
        # name after a preposition is its object; the person named after the comma is
        # the subject
        found = leading.group("name")
        start = match.start("apposition") + leading.start("name")
        end = start + len(found)
    elif (
        apposition
        and (IS_NOMINAL.fullmatch(found) or IS_BARE_PLURAL.fullmatch(found))
        and (roled := _ROLE_WORDS_THEN_NAME.fullmatch(apposition)) is not None
        and _given_name_first(roled.group("name"))
    ):
        # `The host, board member Nicole Vance, has said`: a role named by role words and
        # a person's name in apposition is that person
        found = roled.group("name")
        offset = match.start("apposition")
        start, end = offset + roled.start("name"), offset + roled.end("name")
    elif apposition:
        # `In a letter to Beauchamp, …, the label's head of catalogue, Tobias Lindqvist,
        # wrote`: a description then a name closing the run of commas is the subject
        named = _DESCRIBED_NAME.search(match.string, match.end("speaker"), match.end())
        if named is not None and named.group("name") not in gazetteer.load().places:
            # (a place closing the commas ends an address: `from Sumter, South Carolina,`)
            found = named.group("name")
            start, end = named.start("name"), named.end("name")
    return found, start, end


ASIDE = "aside"
"""How an aside with a pronoun attributes (`as he puts it, "…"`): taken only when the
pronoun resolves to someone with a given name."""
LABEL = "label"
"""How a transcript's label without a given name attributes (`Paterno: "…"`): taken only
when the label resolves to a person the text names."""


def _take(raw: RawQuote, match: re.Match[str], how: str, confidence: float) -> None:
    """Record the attributing words of `raw`."""
    found, start, end = subject_span(match)
    if (
        how == "before"
        and _COORDINATED.search(match.string, max(0, start - 40), start)
        and not _BODY_OF_AND.search(match.string, max(0, start - 60), start)
    ):
        confidence = min(confidence, 0.3)
    raw.speaker_text, raw.speaker_start, raw.speaker_end = found, start, end
    raw.how, raw.confidence = how, confidence


class _SubjectCache(threading.local):
    """The subjects found in the text analysed last on this thread, by (verb start, verb
    end, clause start). Every quotation reads the reporting verbs of its sentence, so a
    sentence with many quotations and verbs would otherwise read each verb many times."""

    text: str | None = None
    found: dict[tuple[int, int, int], re.Match[str] | None]


_SUBJECTS = _SubjectCache()
_SUBJECT_REACH = 300
"""How far before its verb (characters) a subject is looked for. `_find_subject` reads
`clause_start` only through max(clause_start, verb start - n) with n <= this reach,
which is what lets `subject_of` share one answer between farther clause starts."""


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|these|those|such|any|all|no)[ \t]+\Z"
)
"""A determiner right before a word in -s that may be a verb of saying (`the claims`)."""
_POSSESSIVE_BEFORE = re.compile(r"[\w][’']s?[ \t]+\Z")
"""A possessive right before a word that may be a verb of saying (`Sanders’ comments`)."""
_RELATIVE_AFTER_COMMA = re.compile(r"[^,\n]*,[ \t]*(?:who|whom|whose|which)\b")
"""A relative clause after a name (`by Hale, who says`): the name is its subject."""
_AUXILIARY_AFTER = re.compile(
    r"[ \t]+(?:can|could|will|would|shall|should|must|may|might|are|were|have|had|do|did)\b"
)
"""An auxiliary right after a word that may be a verb of saying in -s (`states`, `notes`,
`posts`): the word is a plural noun, the subject of that auxiliary."""


def subject_of(text: str, verb: re.Match[str], clause_start: int) -> re.Match[str] | None:
    """The subject of a reporting verb: before it, or after it when inverted at the start
    of a clause (`Said Smith: "…"`); in `Reuters quoted Smith as saying`, the one quoted."""
    if _SUBJECTS.text is not text:
        _SUBJECTS.text, _SUBJECTS.found = text, {}
    # the subject is never looked for further back than _SUBJECT_REACH, so clause starts
    # beyond it give the same answer: one entry for them all
    key = (verb.start(), verb.end(), max(clause_start, verb.start() - _SUBJECT_REACH))
    if key not in _SUBJECTS.found:
        _SUBJECTS.found[key] = _find_subject(text, verb, clause_start)
    return _SUBJECTS.found[key]


def _last_mark(text: str, lower: int, upper: int) -> int:
    """Where the last double quotation mark in `text[lower:upper]` is, or -1."""
    return max(
        text.rfind('"', lower, upper), text.rfind("“", lower, upper), text.rfind("”", lower, upper)
    )


def _subject_reach(text: str, lower: int, end: int) -> int:
    """Where a match of `_SUBJECT_BEFORE` ending at `end` may start, at `lower` or later.

    Its only double quotation marks are pairs around a short title inside a description
    (`an "American Idol" insider`): an opening mark (straight or left curly), one to 40
    characters with no mark, then a closing one (straight or right curly). A match cannot
    hold a mark outside such a pair, so it starts after the last mark that is none: most
    often the close of the quotation whose reporting clause this is, before which the
    regex engine would otherwise try the whole description pattern at every word of the
    quotation. The answer is that of a search from `lower`, found sooner."""
    closing = _last_mark(text, lower, end)
    while closing >= 0:
        if text[closing] == "“":
            return closing + 1  # an opening mark with no closing one after it
        opening = _last_mark(text, lower, closing)
        if (
            opening < 0
            or text[opening] == "”"
            or not 1 <= closing - opening - 1 <= 40
            or "\n" in text[opening:closing]
        ):
            return closing + 1
        closing = _last_mark(text, lower, opening)
    return lower


def _find_subject(text: str, verb: re.Match[str], clause_start: int) -> re.Match[str] | None:
    if _POSSESSIVE_BEFORE.search(text, max(0, verb.start() - 4), verb.start()):
        return None  # `impressed with Sanders’ comments`: a noun someone owns, no verb
    if verb.group().endswith("s") and _DETERMINER_BEFORE.search(
        text, max(0, verb.start() - 8), verb.start()
    ):
        return None  # `denied the claims`: a plural noun after its determiner, no verb
    if verb.group().endswith("s") and _AUXILIARY_AFTER.match(text, verb.end()):
        return None  # `that states can pass such laws`: a plural noun, no verb of saying
    if verb.group() in ("saying", "telling"):
        quoted = _QUOTED_AS.search(text, max(clause_start, verb.start() - 160), verb.start())
        if quoted is not None:
            return quoted
    if verb.group().lower().startswith(("according", "in ", "in\t")):
        # `according to X`, `in the words of X` (not `insisted`, `interjected`)
        return _ACCORDING_OBJECT.match(text, verb.end(), verb.end() + 160)
    if _passive(text, verb, clause_start):
        # `Davies was told by Miller's deputy that …`: the agent spoke; `Hale was told
        # …` with no agent: someone the sentence does not name
        return _BY_AGENT.match(text, verb.end(), verb.end() + 160)
    lower = max(clause_start, verb.start() - _SUBJECT_REACH)
    lower = after_lead(text, lower, verb.start())  # "According to AFP, one user … posted"
    if verb.group().endswith("ing") and (
        _AFTER_COMMA.search(text, lower, verb.start())
        or _AFTER_DOCUMENT.search(text, lower, verb.start())
    ):
        # "Liu said …, warning:", "X issued a statement saying": the clause's subject,
        # found by the caller
        return None
    match = _SUBJECT_BEFORE.search(text, _subject_reach(text, lower, verb.start()), verb.start())
    if match is not None and _PARTICIPLE_PLACE.search(
        text, max(0, match.start("speaker") - 40), match.start("speaker")
    ):
        # `Ms Clarkson's action, filed in Los Angeles Superior Court, also accuses`: the
        # place a participle names inside commas is no subject
        match = None
    if (
        match is not None
        and IS_DOCUMENT.fullmatch(match.group("speaker"))
        and _INSIDE_PHRASE.search(text, max(0, match.start("speaker") - 12), match.start("speaker"))
    ):
        # `in an email posted online`: a document inside a phrase is no subject, and the
        # word after it a participle, not its verb; but a subject may follow the phrase
        # (`ahead of the report, Tom Vell told`)
        after = _SUBJECT_BEFORE.search(text, match.end("speaker"), verb.start())
        match = (
            after
            if after is not None
            and after.start("speaker") > match.end("speaker")
            and not IS_DOCUMENT.fullmatch(after.group("speaker"))
            and not IS_PRONOUN.fullmatch(after.group("speaker"))
            else None
        )
    if (
        match is not None
        and _AGENT_BEFORE.search(
            text, max(lower, match.start("speaker") - 24), match.start("speaker")
        )
        and "," in text[match.end("speaker") : verb.start()]
        and not _RELATIVE_AFTER_COMMA.match(text, match.end("speaker"))
    ):
        # `In the speech, first disclosed by the Aspen Times, the former mayor argued`:
        # the agent closes a participle phrase; the subject comes after its comma
        comma = text.rfind(",", match.end("speaker"), verb.start())
        later = _SUBJECT_BEFORE.search(text, comma + 1, verb.start())
        match = later if later is not None else match
    if (
        match is not None
        and _AGENT_BEFORE.search(
            text, max(lower, match.start("speaker") - 24), match.start("speaker")
        )
        and "," not in text[match.end("speaker") : verb.start()]  # not `by Hale, who says`
    ):
        # `A letter from the league obtained by The Courier warns`: the agent of a
        # participle is no subject; the phrase opening the clause is
        opening = _SUBJECT_AT_START.match(text, lower, verb.start())
        match = (
            opening
            if opening is not None and opening.start("speaker") < match.start("speaker")
            else None
        )
    if match is not None:
        match = _through_apposition(text, match, verb)
    if match is not None and _in_address(text, match):
        # `Dean Johnson, a salesman from Sumter, South Carolina, says`: the place ends a
        # description; the subject opens the clause
        opening = _SUBJECT_AT_START.match(text, after_lead(text, lower, verb.start()), verb.start())
        if opening is not None and opening.start("speaker") < match.start():
            match = opening
        else:
            # `At a rally in Birmingham, Alabama, on Saturday, …, with Trump yelling:`:
            # the address opened the clause; its subject comes after it
            later = _SUBJECT_BEFORE.search(text, match.end("speaker"), verb.start())
            if later is not None:
                later = _through_apposition(text, later, verb)
            match = later if later is not None and not _in_address(text, later) else None
    if match is not None:
        match = _past_objects(text, match, verb)
    if match is not None:
        that = _THAT_BETWEEN.search(text, match.end("speaker"), verb.start())
        if that is not None:
            # `on a pitch that England coach Warwick Pendleton said`: a subject right
            # after "that" is the verb's, not the noun the clause hangs from
            for word in _WORD_START.finditer(text, that.end(), min(verb.start(), that.end() + 60)):
                inner = _SUBJECT_BEFORE.match(text, word.start(), verb.start())
                if inner is not None:
                    return inner
        return match
    closing = _NAME_CLOSING.search(text, lower, verb.start())
    if closing is not None and _in_address(text, closing):
        opening = _SUBJECT_AT_START.match(text, after_lead(text, lower, verb.start()), verb.start())
        return (
            opening if opening is not None and opening.start("speaker") < closing.start() else None
        )
    if closing is not None:
        return closing
    if _INVERTED_VERB_ANY_CASE.fullmatch(verb.group()) and _CLAUSE_OPENING.search(
        text, max(clause_start, verb.start() - 4), verb.start()
    ):
        return _SPEAKER_AFTER.match(text, verb.end(), verb.end() + 120)
    return None


_OBJECT_OF = re.compile(
    r"(?<![\w’'-])(?:in|at|of|from|to|into|onto|near|for|on|about|against|toward|towards"
    r"|outside|inside|across|throughout|with)[ \t]+\Z"
)
"""A preposition right before the words found: they are its object (`a crowd in Windham`,
`an image of Ruiz`, `an email to his supporters`), never the subject of a clause."""
_CAPITALISED_BEFORE = re.compile(rf"[{UPPER}][\w.’'-]*[ \t]+\Z")
"""A name or a title right before that preposition (`Jo Reyes at Acme said`, `Minister in
the Ministry of Finance Jo Reyes said`): a person of a body, read as such elsewhere."""


_RELATIVE_OPENING = re.compile(r",[ \t]*which\b")
"""`linked to the AP report, which notes`: the object is the subject of its own relative
clause, whose verb this is."""


def _past_objects(text: str, match: re.Match[str], verb: re.Match[str]) -> re.Match[str] | None:
    """The subject, when what was found (read through its apposition) is the object of a
    preposition: `a crowd in Windham, New Hampshire, … only to have her ask` has none,
    `an image of Jo Hale, money and a star, Mayor Tom Reyes said` has the one after the
    commas. A subject right after `with` or `of` does an -ing verb (`with Ruiz yelling:`,
    `footage of Ruiz saying`): it stays."""
    for _ in range(4):  # each look goes further right; a few phrases at most
        start = match.start("speaker")
        before = _OBJECT_OF.search(text, max(0, start - 12), start)
        if (
            before is None
            or _CAPITALISED_BEFORE.search(text, max(0, before.start() - 40), before.start())
            or _RELATIVE_OPENING.match(text, match.end("speaker"), verb.start())
            or (
                verb.group().endswith("ing")
                and match.group("apposition") is None
                and text[before.start()] in "ow"
            )
        ):
            return match
        later = _SUBJECT_BEFORE.search(text, match.end("speaker"), verb.start())
        if later is None:
            return None
        later = _through_apposition(text, later, verb)
        if _in_address(text, later):
            return None
        match = later
    return None


def _through_apposition(text: str, match: re.Match[str], verb: re.Match[str]) -> re.Match[str]:
    """The subject a match with an apposition stands for: the one a relative clause, a
    `with X saying` phrase, a clause or a phrase inside the apposition names, else the
    match itself."""
    if match.group("apposition") is None:
        return match
    return (
        _object_relative(text, match, verb)
        or _with_subject(text, match, verb)
        or _clause_in_apposition(text, match, verb)
        or _name_after_phrase(text, match, verb)
        or match
    )


def _source_before(text: str, raw: RawQuote, start: int, end: int) -> int:
    """`The plan drew a rebuke from the union. "…"`: a quotation with no reporting clause
    of its own, right after a sentence that names the source of words, is theirs. Returns
    how many sources of words that sentence names (two: the text does not say whose)."""
    if text[end : raw.open_at].strip():
        return 0  # the quotation's own sentence has words of its own before it
    sources = list(SOURCE_OF_WORDS.finditer(text, start, end))
    if len(sources) == 1:
        _take(raw, sources[0], "previous", 0.65)
    return len(sources)


_WHO_THEN_SUBJECT = re.compile(r"[ \t]*(?:who|whom|that)[ \t]+(?=[A-Z]|(?:he|she|they|we|I)\b)")


_STATE_CODES = words(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH
    NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"""
)
"""The postal codes of US states, which close an address (`in Berea, OH,`)."""
_ADDRESS_BEFORE = re.compile(rf"[{UPPER}][\w.’'-]*,[ \t]*\Z")


def _in_address(text: str, match: re.Match[str]) -> bool:
    """Whether the subject found is a place after a town and a comma (`from Sumter, South
    Carolina,`): the end of an address in a description, not who speaks."""
    found = match.group("speaker").strip()
    start = match.start("speaker")
    return (found in gazetteer.load().places or found in _STATE_CODES) and _ADDRESS_BEFORE.search(
        text, max(0, start - 40), start
    ) is not None


def _object_relative(text: str, match: re.Match[str], verb: re.Match[str]) -> re.Match[str] | None:
    """`Bannon, who Beck on Wednesday called "…"`, `Clinton, whom he called "…"`: a relative
    clause whose own subject comes before the verb, with no comma closing it, makes that
    subject the speaker; the name before the comma is the one spoken of."""
    words = text[match.start("apposition") : verb.start()].rstrip()
    if words.endswith(","):
        return None
    who = _WHO_THEN_SUBJECT.match(text, match.start("apposition"), verb.start())
    if who is None:
        return None
    inner = _SUBJECT_BEFORE.match(text, who.end(), verb.start())
    if inner is None or inner.group("apposition") is not None:
        return None
    return inner


def _with_subject(text: str, match: re.Match[str], verb: re.Match[str]) -> re.Match[str] | None:
    """`supporters of Hale, with the teachers' union calling her "…"`: after "with", the
    one doing the -ing verb speaks, not the name before the comma."""
    if not verb.group().endswith("ing"):
        return None
    opening = _WITH.match(text, match.start("apposition"), verb.start())
    if opening is None:
        return None
    inner = _SUBJECT_BEFORE.match(text, opening.end(), verb.start())
    if inner is None or inner.group("apposition") is not None:
        return None
    return inner


def _name_after_phrase(
    text: str, match: re.Match[str], verb: re.Match[str], *, any_name: bool = False
) -> re.Match[str] | None:
    """`In a speech at The Citadel, Romney promised`, `in Des Moines, Iowa, Romney said`: a
    bare name right before the verb, after one comma and with none of its own, is the
    subject; what came before the comma ends an opening phrase. An apposition is closed by
    a comma (`Acme's chief, Jo Reyes, said`), and a place after the comma belongs to the
    words before it (`a farmer from Fresno, California said`)."""
    words = text[match.start("apposition") : verb.start()].rstrip()
    if words.endswith(","):
        return None
    piece = match.start("apposition") + words.rfind(",") + 1
    while piece < verb.start() and text[piece] in " \t":
        piece += 1
    inner = _SUBJECT_BEFORE.match(text, piece, verb.start())
    if inner is None or inner.group("apposition") is not None:
        return None
    name = inner.group("speaker").strip()
    if not IS_NAME.fullmatch(name) or name in gazetteer.load().places:
        return None
    if (
        "," in words
        and not any_name
        and not _given_name_first(name)
        and not _named_in_full_before(text, name, match.start())
    ):
        # after several pieces, only a person's full name is surely the subject (`…,
        # standing by her side, Hillary Clinton has told`), or the surname of one the
        # text named in full before (`aboard the carrier X, now a museum in Charleston,
        # S.C., Romney said` after `Mitt Romney`), not the end of a description
        return None
    return inner


def _named_in_full_before(text: str, name: str, position: int) -> bool:
    """Whether a one-word `name` closed a two-word name earlier in the text (a given name
    first, or any capitalised word in mid-sentence): the text's own word that it is the
    surname of someone it named in full."""
    if " " in name or not name[:1].isupper():
        return False
    gaz = gazetteer.load()
    full = re.compile(rf"([{UPPER}][\w’'-]+)[ \t]+(?:[{UPPER}]\.[ \t]+)?{re.escape(name)}\b")
    for found in full.finditer(text, 0, position):
        first = found.group(1)
        last = found.start() - 1
        while last >= 0 and text[last].isspace():
            last -= 1  # the character before the name, past any space (no copy of the text)
        mid_sentence = last >= 0 and (text[last].isalnum() or text[last] == ",")
        if names.first_name(first, gaz) or (mid_sentence and first not in lexicon.PERSON_TITLES):
            return True  # "said Mitt Romney": capitalised mid-sentence, the name's own word
    return False


def _clause_in_apposition(
    text: str, match: re.Match[str], verb: re.Match[str]
) -> re.Match[str] | None:
    """`a network, region by region, a process the report describes as "…"`: when no
    comma closes the words after the subject, a description that opens with a determiner
    after other words of the last piece is the verb's subject (a clause of its own), not
    the end of an apposition. Not after a preposition (`a spokesman for the company`)."""
    words = text[match.start("apposition") : verb.start()].rstrip()
    if words.endswith(","):
        return None
    piece = match.start("apposition") + words.rfind(",") + 1
    starts = [word.start() for word in _WORD_START.finditer(text, piece, verb.start())]
    for start in starts[1:]:
        inner = _DETERMINED_SUBJECT.match(text, start, verb.start())
        if inner is not None:
            if _INSIDE_PHRASE.search(text, max(0, start - 12), start):
                return None
            return inner
    return None


_ASKED_SUBJECT = re.compile(
    rf"{SPEAKER}{APPOSITION}{FILLER}[ \t]+(?:was|were|is|are|has[ \t]+been|had[ \t]+been)"
    r"(?:[ \t]+(?:also|then|later|repeatedly|again))?[ \t]+(?:asked|questioned|pressed)\b"
)
"""`Mitchell was asked why …`: the one asked, who answers."""
_ASKED_WORD = re.compile(r"asked|questioned|pressed")
"""The verb every match of `_ASKED_SUBJECT` holds: looked for first, since that pattern
tries every description and name at each word of the clause."""
_ANSWER_OPENING = re.compile(r"(?:\(|:)[ \t]*\Z")
"""A quotation opening in brackets or after a colon: an answer where a question was put."""


def _answer_of_asked(
    text: str, raw: RawQuote, clause_start: int
) -> re.Match[str] | Literal[False] | None:
    """The subject of `was asked` in the quotation's own sentence, when the quotation,
    in brackets or after a colon, gives the answer (`Mitchell was asked why he did not
    address it ("It was outside our mandate"); …`); False when it is the question itself
    (`Smith was asked: "Will you sell?"`: the asker's words, and the asker is not named);
    None when no one was asked there. An agent (`was asked by Waxman`) is the asker."""
    if _ANSWER_OPENING.search(text, max(clause_start, raw.open_at - 3), raw.open_at) is None:
        return None
    if _ASKED_WORD.search(text, clause_start, raw.open_at) is None:
        return None
    asked = _ASKED_SUBJECT.search(text, clause_start, raw.open_at)
    if asked is None or _BY_AGENT.match(text, asked.end(), asked.end() + 80):
        return None
    if text[raw.close_at - 2 : raw.close_at].rstrip("\"”’'").endswith("?"):
        return False
    return asked


_CONCESSIVE = re.compile(
    r"(?:\A|(?<=[.!?][ \t])|(?<=[.!?])[ \t]+|(?<=\n))[ \t]*(?P<word>While|Although|Though|Whereas)[ \t]"
)
"""A clause opening a sentence that sets someone against the main clause's subject."""


def _before(text: str, raw: RawQuote, clause_start: int, how: str, confidence: float) -> bool:
    """A reporting clause between `clause_start` and the quotation's opening mark; or,
    for a clause that introduces the quotation with a colon (`The minister was blunt:`),
    that clause's subject.

    A verb right before the quotation (`Smith said: "…"`, `he told them "…"`) is its
    reporting verb. Otherwise the quotation is a fragment inside reported speech, and the
    words are those of whoever the sentence reports: the first subject of a reporting verb
    (`Pompeo said that Washington had concluded settlements were "not inconsistent …"`).
    """
    found = _AS_PUTS_IT.search(text, max(clause_start, raw.open_at - 160), raw.open_at)
    if found is not None and IS_PRONOUN.fullmatch(found.group("speaker")):
        # `as he puts it`: the one the pronoun stands for, when that is someone with a
        # given name (the caller checks: `he` once stood for a restaurant in development)
        _take(raw, found, ASIDE, confidence)
        return True
    if found is None:
        # `Frank quotes former adviser Alfred Kahn: "…"`: the one quoted, not the quoter
        found = _QUOTING_COLON.search(text, clause_start, raw.open_at)
    if found is None:
        found = _adjacent_subject(text, raw, clause_start)
    if found is None:
        found = _referred_as(text, raw, clause_start)
    if found is None:
        answer = _answer_of_asked(text, raw, clause_start)
        if answer is False:
            return False
        found = answer
    verbs = (
        [
            verb
            for verb in ANY_VERB.finditer(text, clause_start, raw.open_at)
            if verb.group() not in MANNER
        ]
        if found is None
        else []
    )
    concessive = _CONCESSIVE.search(text, clause_start, raw.open_at) if verbs else None
    if concessive is not None:
        # `While Hale has condemned the plan, the groups who wrote to her say they are
        # "…"`: the opening clause's verbs are not the main clause's, whose words these
        # are, nor are those of a sentence before it (`… the U.S. While …`, one sentence
        # to a splitter that took the stop for an abbreviation's)
        lead = after_lead(text, concessive.start("word"), raw.open_at)
        if lead > concessive.start("word") and any(verb.start() >= lead for verb in verbs):
            verbs = [verb for verb in verbs if verb.start() >= lead]
    for verb in reversed(verbs):
        # `Police said the suspect told officers he was "…"`: the nearest act of speech
        if verb.group() in SPEECH_ACTS:
            subject = subject_of(text, verb, clause_start)
            if subject is not None and subject.start("speaker") < raw.open_at:
                found = subject
                break
    if found is None:
        first: tuple[int, re.Match[str]] | None = None  # the first verb with a subject
        for index, verb in enumerate(verbs):
            subject = subject_of(text, verb, clause_start)
            relative = _relative(text, verb, clause_start)
            if first is None and subject is not None and not relative:
                first = index, subject
            if subject is not None and subject.start("speaker") < raw.open_at and not relative:
                # not `Hale, who denies the charges, is accused of "…"`: the relative
                # clause's verb is not the one that reports the words (on PolNeAR's unseen
                # half, keeping a relative verb with none after it added 3 wrong names)
                found = subject
                break
        else:
            for index, verb in enumerate(verbs):
                if _passive(text, verb, clause_start):
                    continue  # `Hale, who denies it, is accused of "…"`: said of him
                # each verb's earlier verbs were all just read: pass what they gave, or
                # every verb reads them again (cubic in a long run of verbs)
                earlier = first[1] if first is not None and first[0] < index else None
                found = _clause_subject(text, verb, clause_start, earlier=earlier)
                if found is not None:
                    break
    if found is not None and _ABSOLUTE_SPEECH.search(text, found.end(), raw.open_at):
        # `He said she had critics, with some saying it would "…"`: the words are those of
        # whom the absolute phrase names, whom no name here gives
        return False
    if found is not None:
        closing = _closing_of_quotation_around(text, clause_start, found.start("speaker"))
        if closing is not None:
            # `"In Republican states, …," wrote Gelman … "But …"`: a name inside an
            # earlier quotation is nobody's subject out here; read the clause after it
            return closing < raw.open_at and _before(text, raw, closing, how, confidence)
        _take(raw, found, how, confidence)
        return True
    if text[clause_start : raw.open_at].rstrip().endswith(","):
        # `Said Dorothy Poynter, who grew up with him, "…"`
        opening = _SAID_FIRST_COMMA.match(text, clause_start, raw.open_at)
        if opening is not None:
            _take(raw, opening, how, confidence)
            return True
    before_colon = text[clause_start : raw.open_at].rstrip()
    if before_colon.endswith(":") and _AFTER_DOCUMENT.search(
        text, clause_start, clause_start + len(before_colon) - 1
    ):
        return False  # `a watch bearing the inscription: "…"`: a text's words, no one's
    if before_colon.endswith(":"):
        stop = max(before_colon.rfind(mark, 0, len(before_colon) - 1) for mark in ".!?\n")
        owned = _OWNED_WORDS_OPENING.search(
            text, clause_start + stop + 1, clause_start + len(before_colon)
        )
        if owned is not None:
            _take(raw, owned, how, min(confidence, 0.85))
            return True
        opening = _SAID_FIRST.match(text, clause_start, raw.open_at)
        if opening is not None:
            _take(raw, opening, how, confidence)
            return True
        subject = _NAME_COLON.search(text, clause_start, raw.open_at) if how == "before" else None
        if subject is not None and gender_of(subject.group("speaker")) is None:
            # `Paterno: "Said what?"`: a label without a given name is a speaker's only
            # when it names a person the text knows (`WASHINGTON:`, `Reporter:` are not);
            # the resolver, which knows the people, decides (`LABEL`)
            _take(raw, subject, LABEL, min(confidence, 0.7))
            return True
        if subject is None:
            subject = _HERE_IS.match(text, clause_start, raw.open_at)
        if subject is None:
            subject = _COLON_SUBJECT.match(text, clause_start, raw.open_at)
        if subject is None and how == "before":
            # `Asked why she chose dumplings, Zhao does not hesitate:`, `But when asked
            # about it, his spokesman repeated the usual lines in an email:` (in the
            # quotation's own sentence: a sentence before it is not the colon's clause)
            subject = _COLON_SUBJECT.match(
                text, after_lead(text, clause_start, raw.open_at), raw.open_at
            )
        if subject is not None:
            _take(raw, subject, how, min(confidence, 0.7))
            return True
    return False


def _closing_of_quotation_around(text: str, start: int, position: int) -> int | None:
    """Where the quotation holding `position` closes, when one opened between `start` and
    it (curly marks paired, straight ones counted); None when `position` is outside."""
    words = text[start:position]
    if words.count("“") > words.count("”"):
        closing = text.find("”", position)
    elif words.count('"') % 2:
        closing = text.find('"', position)
    else:
        return None
    return None if closing < 0 else closing + 1


_AS_PUTS_IT = re.compile(
    rf"(?<![\w’'-])[Aa]s[ \t]+{SPEAKER}{FILLER}[ \t]+(?:puts|put|says|said|describes|described"
    r"|calls|called|writes|wrote|explains|explained|likes[ \t]+to[ \t]+say)(?:[ \t]+it)?"
    r"(?:[ \t]+(?:in|on|at|to|during|after)[ \t]+[^,\"“”\n]{1,40})?,?[ \t]*\Z"
)
"""`some of them, as Kim puts it, "…"`: an aside naming whose words follow."""
_REFERRED_AS = re.compile(
    r"\b(?P<verb>referred|refers|referring)[ \t]+to[ \t]+[^.!?\n\"“”]{1,80}?[ \t]+as"
    r"(?:[ \t]+(?:an?|the|his|her|their|its))?[ \t]*\Z"
)
"""`Bush referred to Rubio as "…"`: a naming, whose words are the subject's (not `referred to
a ruling that said "…"`, where the words are the ruling's)."""
_VERB_WORD = re.compile(r"[a-z]+")


def _referred_as(text: str, raw: RawQuote, clause_start: int) -> re.Match[str] | None:
    """The subject of `referred to X as` right before the quotation."""
    referred = _REFERRED_AS.search(text, max(clause_start, raw.open_at - 160), raw.open_at)
    if referred is None:
        return None
    verb = _VERB_WORD.match(text, referred.start("verb"))
    if verb is None:
        return None
    subject = subject_of(text, verb, clause_start)
    return subject if subject is not None and subject.start("speaker") < raw.open_at else None


def _adjacent_subject(text: str, raw: RawQuote, clause_start: int) -> re.Match[str] | None:
    """The subject of a reporting verb that leads straight into the quotation."""
    lead = _VERB_LEADS_IN.search(
        text, max(clause_start, raw.open_at - 160), raw.open_at
    ) or _VERB_NAME_LEADS_IN.search(text, max(clause_start, raw.open_at - 80), raw.open_at)
    if lead is None:
        return None
    verb = ANY_VERB.match(text, lead.start("verb"))
    if verb is None or _passive(text, verb, clause_start):
        return None  # `Hale is accused of "…"`: others said it of him
    subject = subject_of(text, verb, clause_start)
    if subject is not None and subject.start("speaker") < raw.open_at:
        return subject
    return _clause_subject(text, verb, clause_start)


def _relative(text: str, verb: re.Match[str], clause_start: int) -> bool:
    """Whether a verb sits in a relative clause (`Hale, who denies the charges, …`)."""
    return (
        _RELATIVE_BEFORE.search(text, max(clause_start, verb.start() - 30), verb.start())
        is not None
    )


def _clause_subject(
    text: str,
    verb: re.Match[str],
    clause_start: int,
    earlier: re.Match[str] | Literal[False] | None = False,
) -> re.Match[str] | None:
    """Whose verb an unsubjected one is: `he asked about it, called her a liar and said,
    "…"` (an earlier reporting verb's subject), `Yoon apologized, saying they "…"` (the
    subject opening the clause, for a verb in -ing after a comma).

    `earlier`, when given, is the subject of the clause's first own reporting verb that has
    one (or None), already found by the caller; a verb in a relative clause (`Hale, who
    denies the charges, …`) is not the clause's own."""
    if earlier is False:
        for before in ANY_VERB.finditer(text, clause_start, verb.start()):
            if _relative(text, before, clause_start):
                continue
            subject = subject_of(text, before, clause_start)
            if subject is not None:
                return subject
    elif earlier is not None:
        return earlier
    if (
        verb.group().endswith("ing")
        and (
            _AFTER_COMMA.search(text, clause_start, verb.start())
            or _AFTER_DOCUMENT.search(text, clause_start, verb.start())
            or _AFTER_SUBORDINATOR.search(text, clause_start, verb.start())
        )
    ) or _AFTER_AND.search(text, clause_start, verb.start()):
        # "X accused them of meddling and warned that …": X's
        start = after_lead(text, clause_start, verb.start())
        found = _SUBJECT_AT_START.match(text, start, verb.start())
        bare = _BARE_LEAD.match(text, clause_start, verb.start()) if found is None else None
        if bare is not None and _NAME_THEN_VERB.match(text, bare.end(), verb.start()):
            # `On the final track Quell makes …, singing, "…"`: a short opening phrase
            # with no comma after it, then the subject going on with its verb
            found = _SUBJECT_AT_START.match(text, bare.end(), verb.start())
        if found is None and start > clause_start:
            # `He declined to give a figure, saying …`: what read as an opening phrase
            # was the clause itself, its subject a pronoun
            found = _SUBJECT_AT_START.match(text, clause_start, verb.start())
            if found is not None and not IS_PRONOUN.fullmatch(found.group("speaker")):
                found = None
        return found
    return None


_VERB_ENDS = re.compile(rf"\b{VERB_INVERTED}\Z")
_NAME_AFTER_VERB = re.compile(rf"[ \t]+{_HONORIFIC}(?P<speaker>{NAME})(?=[ \t]*(?:[,.;:!?]|\Z))")


def _inverted_instead(text: str, match: re.Match[str], upper: int) -> re.Match[str] | None:
    """`"…" that Sanders can catch Clinton, said Steve Elmendorf.`: when a comma parts the
    words read as the subject from an inverted verb with a name of its own after it, the
    name after the verb is the speaker; the words before are the end of the sentence the
    quotation began."""
    if "," not in text[match.end("speaker") : match.end()]:
        return None
    if _VERB_ENDS.search(text, match.start(), match.end()) is None:
        return None
    return _NAME_AFTER_VERB.match(text, match.end(), upper)


_INVERTED_PATTERNS = [
    _AFTER_INVERTED,
    _AFTER_LATE_INVERTED,
    _AFTER_LATE_ANY_INVERTED,
    _COMMA_INVERTED,
    _NAME_AFTER_VERB,
    _SAID_FIRST,
    _SPEAKER_AFTER,
]
_INVERTED = frozenset(id(pattern) for pattern in _INVERTED_PATTERNS)
"""Patterns whose subject comes after the verb (`said Democratic pollster Stan Greenberg`),
by identity: hashing a compiled pattern hashes its whole code, slow for patterns this big."""


_VERB_AT_END = re.compile(rf"[ \t]+{VERB}\Z")


def _last_name_before_verb(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """`"…" by the United States, NATO and other partners, Clinton said`: after a run of
    commas, the bare name right before the verb, with no comma of its own, is the subject
    (as `_name_after_phrase` reads it before a quotation)."""
    if match.group("apposition") is None:
        return None
    verb = _VERB_AT_END.search(text, match.start("apposition"), match.end())
    if verb is None:
        return None
    return _name_after_phrase(text, match, verb, any_name=True)


_ASKED_WHETHER = re.compile(
    r"(?:\A|(?<=[.!?][ \t])|(?<=[.!?])[ \t]+|(?<=\n))[ \t]*(?:(?:When|And|But)[ \t]+)?[Aa]sked[ \t]+"
    r"(?:whether|if)\b[^,.;:!?\"“”\n]{1,140}\Z"
)
"""A question opening the sentence and running on to the quotation (`Asked whether Hale`),
whose words are the question's."""


def attribute(text: str, raws: list[RawQuote], sentences: Sentences) -> None:
    """Find the attributing words of each quotation, in place (speaker text and span)."""
    last_key_close = -1
    key_opens = [raw.open_at for raw in raws if _words(text, raw) >= MIN_KEY_QUOTE_WORDS]
    for raw in raws:
        _, para_end = paragraph_bounds(text, raw.close_at)
        index = bisect_left(key_opens, raw.close_at)
        following = min(para_end, key_opens[index]) if index < len(key_opens) else para_end
        after_from = raw.close_at + 1
        after_to = min(sentences.end_after(after_from, para_end), following, after_from + 300)
        first_para_start, _ = paragraph_bounds(text, raw.open_at)
        clause_start = sentences.start_before(
            raw.open_at, max(first_para_start, last_key_close + 1)
        )
        stop_after = 1 if text[after_from : after_from + 1] == "." else 0
        if (
            _SENTENCE_CLOSED.match(text, raw.close_at - 2, after_to) is not None
            or _SENTENCE_CLOSED.match(text, raw.close_at - 1, after_to) is not None
            or _SENTENCE_CLOSED.match(text, raw.close_at - 3, after_to) is not None
        ) and _SHORT_CLOSING.match(text, after_from + stop_after, after_to) is None:
            # `it "welcomes any additional resources." An FAA official said …`: a
            # quotation that ends its sentence is not attributed by the next one
            after_to = after_from
        if _PRONOUN_OPENS_SENTENCE.match(text, raw.close_at - 1, para_end):
            # `Hale was asked, "…?" He answered, "…"`: a capitalised pronoun after a
            # question or an exclamation opens the next sentence (an attribution would
            # read `"…?" he asked`)
            after_to = after_from
        if _ASKED_WHETHER.search(text, max(clause_start, raw.open_at - 160), raw.open_at):
            # `Asked whether Hale "has the integrity to serve," 75 percent said yes`: the
            # words are the question's, put by someone the sentence does not name
            if _words(text, raw) >= MIN_KEY_QUOTE_WORDS:
                last_key_close = raw.close_at
            continue
        closes_on_comma = "," in text[raw.close_at - 1 : raw.close_at + 2]
        # `Guns are "…" and "…," Dean proclaimed`: a fragment coordinated with the next
        # one shares its attribution
        fragment = _AND_FRAGMENT.match(text, after_from, after_to)
        for pattern in (
            _AFTER_ROLE_COMMA_NAME,
            _AFTER_INVERTED,
            _AFTER_SUBJECT,
            _AFTER_ACCORDING,
            _AFTER_DESCRIBED,
            _COMMA_INVERTED,
            _AFTER_UNNAMED,
            _AFTER_UNNAMED_SUBJECT,
            _COMMA_ANY_PAST,
        ):
            if pattern in (_COMMA_INVERTED, _COMMA_ANY_PAST) and not closes_on_comma:
                continue
            match = pattern.match(text, after_from, after_to) or (
                pattern.match(text, fragment.end(), after_to) if fragment is not None else None
            )
            if match and pattern in (_AFTER_SUBJECT, _AFTER_DESCRIBED):
                match = (
                    _inverted_instead(text, match, after_to)
                    or _last_name_before_verb(text, match)
                    or match
                )
            if (
                match
                and pattern is _AFTER_DESCRIBED
                and _WITH_LEAD.fullmatch(text, after_from, match.start("speaker"))
            ):
                # `"…", with Vell calling it "…"`: an absolute phrase after the quotation
                # brings in the next one's speaker, not this one's
                match = None
            if match and _ONE_READ.match(text, after_from, match.end()):
                # `"…," read one.`: one of the writings (a sign, a comment) just named
                match = None
            if match:
                # `he said, "…," the prosecutor's office said`: the words are his.
                inner = _adjacent_subject(text, raw, clause_start)
                _take(raw, inner or match, "before" if inner else "after", 0.9)
                raw.attribution_end = match.end()
                break
        else:
            span = _AFTER_SPAN.match(text, after_from, after_to)
            verb = ANY_VERB.search(text, after_from, after_to) if span else None
            named = (
                _NAME_AFTER_VERB.match(text, verb.end(), after_to)
                if verb is not None
                and _INVERTED_VERB.fullmatch(verb.group())
                and text[verb.start() - 2 : verb.start()].startswith(",")
                else None
            )
            if named is not None:
                # `"…" for Clinton, said Kunin.`: the name after the inverted verb
                _take(raw, named, "after", 0.9)
                raw.attribution_end = named.end()
            elif span is not None and verb is not None and 0 < verb.start() - span.end() < 260:
                # `"…," study lead author Lucas Paganini, a scientist at …, said`: whoever
                # is named here, if only one person is (the resolver knows who is a person)
                raw.span = (span.end(), verb.start())
            if named is None and not _before(text, raw, clause_start, "before", 0.9):
                late = (
                    _AFTER_LATE.search(text, after_from, after_to)
                    or _AFTER_LATE_INVERTED.search(text, after_from, after_to)
                    or _AFTER_LATE_ANY_INVERTED.search(text, after_from, after_to)
                )
                if late is not None:
                    _take(raw, late, "late", 0.8)
                elif clause_start > first_para_start:
                    previous = sentences.start_before(clause_start - 1, first_para_start)
                    if not _before(text, raw, previous, "previous", 0.65) and not _source_before(
                        text, raw, previous, clause_start
                    ):
                        _speech_act_before(text, raw, previous, clause_start)
                elif first_para_start > 1:
                    _colon_paragraph(text, raw, first_para_start, sentences)
            if raw.speaker_text is None:
                match = _AFTER_ACCORDING.search(text, after_from, after_to)
                if match:
                    # `"…," one note said, according to Dabrowski`: the quotation has a
                    # reporting verb of its own; the one it is according to only reports it
                    own = ANY_VERB.search(text, after_from, match.start())
                    if own is not None and "," not in text[raw.close_at - 2 : raw.close_at + 2]:
                        own = None  # `"…" are all thought to contribute, according to`
                    _take(raw, match, "according", 0.5 if own else 0.8)
                else:
                    view = _IN_VIEW.search(text, after_from, after_to)
                    if view is not None and ANY_VERB.search(text, after_from, view.start()) is None:
                        _take(raw, view, "according", 0.8)
        if raw.speaker_text is None:
            # `in Forbes' words, "…"`: the words are the named one's
            view = _IN_VIEW_BEFORE.search(text, max(0, raw.open_at - 80), raw.open_at)
            if view is not None:
                _take(raw, view, "before", 0.8)
        if raw.speaker_text is None:
            _participle_opening(text, raw, clause_start, para_end)
        if raw.speaker_text is None and text[raw.close_at - 1 : raw.close_at] in ".!?":
            # `"…." That was how Webb put it.`: the next sentence says whose words they were
            named = _NEXT_SENTENCE_NAMES.match(text, raw.close_at + 1, para_end)
            if named is not None:
                _take(raw, named, "late", 0.8)
        if raw.speaker_text is None and _WORDS_NOUN_AFTER.match(text, raw.close_at + 1, para_end):
            # `Obama's "you didn't build that" remark`: the owner of the remark said it
            owner = _OWNER_BEFORE.search(text, max(0, raw.open_at - 80), raw.open_at)
            if owner is not None:
                _take(raw, owner, "before", 0.8)
        if _words(text, raw) >= MIN_KEY_QUOTE_WORDS:
            last_key_close = raw.close_at


_OWNER_BEFORE = re.compile(rf"(?<![\w’'-]){_HONORIFIC}(?P<speaker>{NAME})['’]s?[ \t]*\Z")
"""A name in the possessive right before a quotation (`Obama's "…" remark`)."""
_WORDS_NOUN_AFTER = re.compile(
    r"[ \t]*(?:remarks?|comments?|promise|pledge|vow|line|quip|claim|warning|boast|refrain"
    r"|assertion|declaration|insult|jibe|jab|retort|joke|tweet|catchphrase|mantra)\b"
)
"""A noun for words said, right after the quotation it names."""
_NEXT_SENTENCE_NAMES = re.compile(
    r"[ \t]*(?:(?:That|This|Those|These|Such)[ \t]+(?:was|were|is|are)[ \t]+"
    r"(?:(?:how|what)[ \t]+(?=\S+(?:[ \t]+\S+){0,4}[ \t]+(?:put|puts|described|describes|said"
    r"|says|told|tells|called|calls|summed|sums|explained|explains|wrote|writes)\b)"
    r"|(?:the[ \t]+)?(?:words?|view|verdict|assessment|message|warning|reaction|response)[ \t]+of"
    r"[ \t]+)|So[ \t]+(?:said|says|wrote|writes|declared)[ \t]+)"
    rf"{_HONORIFIC}(?P<speaker>{NAME}|{NOMINAL})\b"
)
"""A sentence right after a quotation that says whose words they were: `That was how Webb
put it.`, `Those were the words of Ann Webb.`, `So said Ann Webb.`"""
_SAYING_OPENING = re.compile(
    r"[ \t]*(?P<participle>Calling|Describing|Labell?ing|Branding|Dubbing|Terming|Saying|Noting"
    r"|Warning|Insisting|Arguing|Stressing|Declaring|Vowing|Promising|Pledging|Blaming|Accusing|Praising"
    r"|Urging|Admitting|Conceding|Acknowledging|Recalling|Complaining|Explaining)(?![\w’'-])"
    r"[^.!?\n\"“”]{0,120}\Z"
)
"""A sentence opening on a participle of saying, up to the quotation inside it (`Calling
the plan `, `Describing it as `); never `Quoting` or `Citing`, which give others' words."""
_MAIN_CLAUSE = re.compile(r"[^.!?\n]{0,200}?,[ \t]+")
"""Up to the comma that closes the opening phrase, where the main clause starts."""


def _participle_opening(text: str, raw: RawQuote, clause_start: int, para_end: int) -> None:
    """`Calling it "a sad day for democracy", Brown praised her courage.`: the words are
    in a participle phrase opening the sentence, whose subject is the main clause's."""
    opening = _SAYING_OPENING.match(text, clause_start, raw.open_at)
    if opening is None or ANY_VERB.search(text, opening.end("participle"), raw.open_at):
        return  # `Noting that Smith had called it "…", Jones …`: someone else's words
    main = _MAIN_CLAUSE.match(text, raw.close_at, para_end)
    if main is None:
        return
    subject = opening_subject(text, main.end(), para_end)
    if subject is not None:
        _take(raw, subject, "before", 0.8)


def _speech_act_before(text: str, raw: RawQuote, previous: int, clause_start: int) -> None:
    """A quotation opening its sentence after one that names an act of speech and who made
    it (`Webb issued a similar call in his concession speech.`, `The ruling drew a rebuke
    from the union.`): theirs, though no verb of saying is there."""
    if text[clause_start : raw.open_at].strip():
        return  # the quotation's own sentence has words of its own before it
    end = clause_start
    while end > previous and text[end - 1] in " \t\n":
        end -= 1
    start = after_lead(text, previous, end)
    found = _GAVE_SPEECH.match(text, start, end) or _SPEECH_FROM.search(text, start, end)
    if found is None and end - previous <= _GESTURE_LENGTH:
        # `Then she smiled. "…"`: a short sentence of what someone did, told by a pronoun,
        # right before the quotation in its paragraph: the words are theirs
        found = _GESTURE.fullmatch(text, previous, end)
    if found is not None:
        _take(raw, found, "previous", 0.65)


_GESTURE_LENGTH = 60
_GESTURE = re.compile(
    r"[ \t]*(?:(?:Then|And|But|Finally|Later)[ \t,]+(?=[hs])|(?=[HS]))(?P<speaker>[Hh]e|[Ss]he)[ \t]+"
    r"(?:[a-z]+ly[ \t]+)?[a-z]+ed\b[^\"“”\n.!?:;]{0,40}[.:]"
)
"""`Then she smiled.`, `He shrugged.`, `She paused for a moment.`: a pronoun and a past verb."""


def opening_subject(text: str, start: int, end: int) -> re.Match[str] | None:
    """The subject opening the clause at `start` (after a lead phrase such as `On
    Monday, `), when one is there before `end`."""
    return _SUBJECT_AT_START.match(text, after_lead(text, start, end), end)


def after_lead(text: str, start: int, end: int) -> int:
    """Where a clause's subject may start: after an opening phrase (`On Tuesday, `,
    `According to AFP, `, `Writing on X, `) when one is there."""
    lead = _LEAD_PHRASE.match(text, start, end)
    if lead is not None:
        conjunction = _CONJUNCTION.match(text, start, lead.end())
        if conjunction is not None and _GOES_ON.match(text, conjunction.end(), lead.end()):
            # `But Obama hedged slightly, saying …`: the subject right after the
            # conjunction, not a lead phrase up to the comma (but `But Democrats, Brunner
            # writes, …`: a subject before a parenthesis)
            return after_lead(text, conjunction.end(), end)
    if lead is None:
        lead = _PARTICIPLE_LEAD.match(text, start, end)
        if lead is not None and ANY_VERB.search(text, lead.start() + 1, lead.end()):
            lead = None  # `Manning on Sunday said, "…"`: the subject itself
        if (
            lead is not None
            and lead.group("past")
            and (gender_of(lead.group("past")) or _WHO_AFTER.match(text, lead.end(), end))
        ):
            # `Ahmed at the gate, …`: a name; `Introduced by the actor Jo Hale, who called
            # him …`: the phrase goes on in a relative clause, whose verb is the reporting one
            lead = None
    if lead is None:
        return start
    found = lead.end()
    more = _SUBORDINATE_LEAD.match(text, found, end) or _PARTICIPLE_AFTER_LEAD.match(
        text, found, end
    )
    while more is not None and more.end() > found:
        # `Asked about his shot selection, when Brooks-Maddox went 3 for 14, DeLuca …`,
        # `In a briefing on Thursday, timed to air before the vote, Webb …`
        found = more.end()
        more = _SUBORDINATE_LEAD.match(text, found, end)
    return found


def _colon_paragraph(text: str, raw: RawQuote, para_start: int, sentences: Sentences) -> None:
    """`Smith said in a statement:` ¶ `"…"`: the paragraph before introduces the quote,
    in its last sentence (the one the colon closes)."""
    previous_end = para_start - 1
    while previous_end > 0 and text[previous_end - 1] in "\n \t":
        previous_end -= 1
    if previous_end <= 0 or text[previous_end - 1] != ":":
        return
    start, _ = paragraph_bounds(text, previous_end - 1)
    fake = RawQuote([(previous_end + 1, previous_end + 1)], raw.paragraph)
    if _before(text, fake, start, "colon", 0.85):
        raw.speaker_text, raw.speaker_start, raw.speaker_end = (
            fake.speaker_text,
            fake.speaker_start,
            fake.speaker_end,
        )
        raw.how, raw.confidence = fake.how, fake.confidence
        return
    # No verb of saying: a pronoun subject of the colon's own sentence after a short
    # opening (`To some degree he put it so:`), for the one in focus. (A name after an
    # opening phrase with a comma, `Later, Carter summed it up:`, lost as many speakers
    # as it gained on news not read in development.)
    colon = previous_end - 1
    sentence = sentences.start_before(colon, start)
    subject = _OPENING_THEN_PRONOUN.match(text, sentence, colon)
    if subject is None:
        # `When Wallace died, President Clinton released the following statement:`: an
        # act of speech and its maker, after an opening phrase
        subject = _GAVE_SPEECH.match(text, after_lead(text, sentence, colon), colon + 1)
    if subject is not None and not _SECOND_CLAUSE.search(text, subject.end(), colon):
        _take(raw, subject, "colon", 0.7)


_SECOND_CLAUSE = re.compile(r",[ \t]+(?:and|but|while|as)[ \t]+")
"""`Ames backed it, and the club has proof:`: a second clause, whose own subject
the colon closes, or a clause about something else."""


def _words(text: str, raw: RawQuote) -> int:
    return sum(len(text[start:end].split()) for start, end in raw.parts)

"""The words that attribute a quotation: its reporting clause and that clause's subject.

News attributes speech with a reporting verb (said, says, told, added, wrote, asked,
according to, …) whose subject is the speaker, on either side of the verb ("Smith said",
inverted "said Smith"), wherever the quotation sits in its sentence: after it (`"…," Smith
said`), before it (`Smith said: "…"`, `Obama said he was "surprised"`), between its pieces,
or in the sentence before (`Smith said the plan was dead. "We will not revive it."`). The
object of "told" or "on" is a listener or a medium, never the speaker.

Sentences are split with the quotations protected, so a full stop inside a quotation does
not end the sentence around it. Every pattern is compiled once and only runs over the few
hundred characters around a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from newsreader.analysis import lexicon
from newsreader.analysis.entities import UPPER
from newsreader.analysis.quote_marks import MIN_KEY_QUOTE_WORDS, RawQuote


def words(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list."""
    return frozenset(text.split())


_IRREGULAR = """
    said says say saying told tells telling wrote writes write writing added adds add adding
    asked asks ask asking explained explains explain explaining insisted insists insist
    insisting warned warns warn warning argued argues argue arguing quipped quips quipping
    admitted admits admitting testified testifies testifying replied replies replying
    cried cries crying begged begs begging snapped snaps snapping written read reads thought
    thinks believes believed labelled labeled labelling labeling criticised
    criticized criticises criticizes slammed slams blasted blasts
"""
_PHRASAL = ["went on", "goes on", "pointed out", "points out", "pointing out", "put it"]
_REGULAR = """
    note state continue declare recall stress emphasise emphasize acknowledge concede
    conclude tweet post remark observe caution announce claim maintain suggest complain
    predict respond urge email text message shout scream whisper joke recount reflect muse
    lament wonder counter boast vow comment reiterate underscore contend agree affirm
    assert confirm exclaim mutter sigh plead describe call dub brand characterise
    characterize praise condemn denounce pledge promise order yell demand instruct answer
    proclaim chant murmur retort interject concur
"""
"""Verbs that frame a partial quotation count too: `Smith called the plan "a disaster"`."""
_TELLING = frozenset(["told", "tells", "telling"])
_SPEECH_ACTS = words(
    """
    said says say told tells added adds wrote writes asked asks stated states replied
    replies explained explains insisted insists warned warns argued argues testified
    testifies shouted shouts posted posts tweeted tweets emailed emails texted texts
    """
)
"""Verbs of saying proper: the nearest one before a quotation fragment is its own. Others
(concluded, called, believed) report a view, so the fragment is the outer speaker's."""
"""Verbs whose object is the listener: `"…," Pence told Fox News` is Pence's."""


def _regular_forms(base: str) -> list[str]:
    """Third person, past and -ing forms (the bare form is left out: too often a noun)."""
    if base.endswith("e"):
        return [base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith(("s", "sh", "ch", "x")):
        return [base + "es", base + "ed", base + "ing"]
    return [base + "s", base + "ed", base + "ing"]


VERB_FORMS = frozenset(
    [*_IRREGULAR.split(), *_PHRASAL]
    + [form for base in _REGULAR.split() for form in _regular_forms(base)]
)
"""Every form of a reporting verb this module recognises."""


def alternation(choices: frozenset[str] | set[str]) -> str:
    """A regex matching any of `choices`, as a trie: `s(?:a(?:id|ys)|…)`.

    Python's regex engine tries the branches of a flat alternation one by one at every
    position; sharing prefixes lets a position fail on its first letter, about six times
    faster over prose. A space inside a choice matches any run of spaces or tabs.
    """
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for choice in choices:
        node = tree
        for char in choice:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [
            ("[ \t]+" if char == " " else re.escape(char)) + emit(node[char])
            for char in sorted(node)
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return f"(?:{emit(tree)})"


_VERB = alternation(VERB_FORMS)
_VERB_INVERTED = alternation(
    words(
        """
        said says added adds wrote writes asked asks continued continues explained explains
        replied replies recalled recalls noted notes insisted insists argued argues warned
        warns stated states declared declares concluded concludes quipped quips remarked
        remarks observed observes responded responds countered counters agreed agrees
        acknowledged acknowledges conceded concedes admitted admits cautioned cautions
        shouted shouts tweeted tweets posted posts commented comments
        """
    )
)
"""Verbs that may come before their subject (`said Smith`); never "told"."""

SPEAKER_ROLES = frozenset(
    (lexicon.ROLE_NOUNS - {"statement", "report", "group", "members", "sources"})
    | words(
        """
        resident villager parent fan shopper customer citizen participant attendee veteran
        historian author writer journalist reporter editor columnist critic supporter
        opponent friend relative son daughter wife husband brother sister colleague
        observer insider person spokesperson boss head ceo partner host actor singer artist
        designer chef entrepreneur consultant counsel defendant plaintiff suspect inmate
        patient passenger commuter tourist visitor user developer broker premier chancellor
        king queen prince princess pope bishop priest imam rabbi pastor colonel sergeant
        delegate legislator congressman congresswoman chair deputy staffer manager landlord
        tenant child teenager girl boy source official police officer administrator
        organizer organiser academic lecturer psychologist psychiatrist surgeon midwife
        firefighter paramedic guard vendor merchant shopkeeper clerk secretary-general
        member activist campaigner protester demonstrator advocate spokesman CEO CFO COO
        CTO MP MEP office rep publicist
        """
    )
)
"""Head nouns of descriptions that can stand for a speaker ("a senior official")."""
ROLE = alternation(SPEAKER_ROLES)
_PLURALS = "people|men|women|children|police|authorities"

PLATFORM_NAMES = words(
    """
    Weibo Twitter X Facebook Instagram TikTok Telegram WeChat YouTube LinkedIn Reddit
    Threads Bluesky Mastodon WhatsApp Douyin Snapchat Substack Signal Discord Twitch VK
    VKontakte KakaoTalk Naver Xiaohongshu Bilibili Truth Social
    """
)
"""Where words are posted, never who said them: `"…," Li wrote on Weibo`."""
_PLATFORM = alternation(PLATFORM_NAMES)

_NOT_INSIDE = (
    r"(?:a|an|the|by|was|is|were|are|has|had|have|said|says|told|to|and|or|who|that|of|in"
    r"|on|at|with|from|he|she|they|it|this|these|those|will|would|could|when|after|but)"
)
"""Words that end a description before its role noun: "the plan was confirmed by …"."""
_DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]wo|[Tt]hree"
    r"|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Ss]uch)"
)
NOMINAL = (
    rf"(?:\b{_DETERMINER}|[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}}['’]s)"
    rf"(?:[ \t]+(?!{_NOT_INSIDE}\b)(?:[\w’'&-]+|(?:[A-Z]\.)+[A-Z]?)){{0,6}}[ \t]+(?:{ROLE})s?\b"
    r"(?:[ \t]+(?:at|of|for|from|with|in)[ \t]+(?:(?:the|a|an)[ \t]+)?"
    r"[A-Z][\w.’'&-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w.’'&-]*){0,4}"
    rf"(?:[ \t]+(?!{_VERB}\b)[a-z]+\b(?![ \t]+[a-z]))?"
    # "one user on Weibo"
    rf"|[ \t]+on[ \t]+{_PLATFORM}\b"
    # "… involved in the mission", "… familiar with the matter", "… close to the talks"
    r"|[ \t]+(?:involved|familiar|close|working|briefed)[ \t]+(?:in|with|to|on)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?[\w-]+(?:[ \t]+(?!(?:said|says|told|added)\b)[a-z][\w-]*)?)?"
)
"""A description of a speaker: "a senior State Department official", "a nurse at a
Nairobi clinic", "Google's chief executive"."""
_BARE_PLURAL = (
    rf"(?:\b(?:(?!{_NOT_INSIDE}\b)[{UPPER}a-z][\w-]*[ \t]+){{0,2}}?(?:(?i:{ROLE})s|(?i:{_PLURALS}))\b"
    rf"(?:[ \t]+(?:at|of|for|from|with|in)[ \t]+(?:the[ \t]+)?[{UPPER}][\w’'-]*"
    rf"(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}})?)"
)
"""A plural description with no article: "Health officials", "local residents"."""
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b"
ONE = (
    r"(?:\b(?:[Oo]ne|[Aa]nother|[Aa][ \t]+(?:second|third|fourth|fifth)|[Tt]he[ \t]+other)"
    r"(?:[ \t]+of[ \t]+(?:the|them|those|these|his|her|their|its|our)"
    r"(?:[ \t]+(?!(?:said|says|told|added|who|in|at|on|as|and|during|after)\b)[\w’'-]+){0,3})?)"
)
"""Someone unnamed in a conversation: "one", "another", "a third", "one of them"."""

_NOT_NAME = (
    r"(?:In|On|At|But|And|As|For|After|Before|When|While|If|Then|Now|So|Yet|Also|However"
    r"|Still|This|That|These|Those|It|Its|There|Here|With|Without|From|By|Of|To|Asked"
    r"|Speaking|Meanwhile|Later|Earlier|Today|Yesterday|Tomorrow|Last|Next|Since|Despite"
    r"|Although|Though|Because|Even|Under|Over|During|Through|Following|According|Like"
    r"|Unlike|Instead|Indeed|Perhaps|Maybe|Only|Just|Other|Some|Many|Most|All|Both|Each"
    r"|Every|Such|What|Why|How|Who|Where|Which|Once|Finally|First|He|She|They|We|I|You"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|June|July|August|September|October|November|December|Mr|Mrs|Ms|Otherwise"
    r"|Lastly|Moreover|Furthermore|Additionally|Thus|Hence|Therefore|Overall|Ultimately"
    r"|Currently|Recently|Nevertheless|Nonetheless|Besides|Likewise|Similarly|Consequently"
    r"|Specifically|Notably|Importantly|Fortunately|Unfortunately|Sadly|Luckily|Apparently"
    r"|Clearly|Obviously|Actually|Basically|Essentially|Honestly|Frankly|Hopefully|Again)"
)
"""Capitalised words that open a sentence, not a name."""
_TITLE = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Adm|Maj)\."
_NAME_START = rf"[{UPPER}]"
_NAME_WORD = rf"(?:{_TITLE}|(?:[A-Z]\.)+[A-Z]?|(?:al-|el-|bin-)?[{UPPER}][\w’'-]*)"
NAME = (
    rf"(?:(?:(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{ROLE})[ \t]+)?"
    rf"(?:{_TITLE}[ \t]+|(?!{_NOT_NAME}\b)(?:the[ \t]+)?)(?!{_NOT_NAME}\b){_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:of|de|van|von|al|bin|the|for|da|di|del|la|le|du|der|den|y)[ \t]+)?"
    rf"{_NAME_WORD}){{0,6}})"
)
"""A name, perhaps after a bare role noun: "Anna Berglund", "nurse Grace Achieng"."""
DOCUMENT = (
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?"
    r"(?:statement|letter|report|post|filing|release|memo|email|message|transcript|definition"
    r"|obituary|complaint|lawsuit|indictment|document|study|survey|notice|tweet|caption)s?\b)"
)
"""A text that says something (`the statement continued`): attributed, but not to a
speaker we can name."""
SPEAKER = rf"(?P<speaker>{NOMINAL}|{DOCUMENT}|{ONE}|{PRONOUN}|{NAME}|{_BARE_PLURAL})"
_FILLER = (
    r"(?:[ \t]+(?:also|later|then|previously|again|once|has|had|have|would|will|could|can"
    r"|did|does|do|may|might|must|should|recently|first|earlier|repeatedly|just|only"
    r"|long|often|has[ \t]+since|[a-z]{3,}ly)){0,3}"
)
_APPOSITION_CHUNK = (
    r"[ \t]*(?!(?:and|or|but|then|you|we|i|he|she|they|it|[a-z]+ed)\b)"
    r"(?:[^\s,.!?\"“”]|(?<=[A-Z])\.)(?:[^,.!?\"“”\n]|(?<=[A-Z])\.){0,159}"
)
"""A piece of an apposition; one opening with a verb or a conjunction (`, pleaded guilty`,
`, and being a felon`) is the sentence going on, not a description of the subject."""
_APPOSITION = rf"(?:,(?P<apposition>{_APPOSITION_CHUNK})(?:,{_APPOSITION_CHUNK}){{0,4}},?)?"
"""`, a teacher in Tampa,` after a name; a closing comma forgotten before the verb is
forgiven (`X, an analyst at the Council on Energy, Environment and Water told …`)."""
_DESCRIPTOR = r"(?:(?:[\w’'.&-]+[ \t]+){0,7}?(?:[\w’'.&-]+,[ \t]+)?)"
"""Words describing a speaker before the name, right after a quotation: `"…," JPL scientist
and study co-author Michael Malaska said`, `Sweden's deputy prosecutor, Eva Persson, said`."""
_LEAD = r"[\s,—–-]*"

_AFTER_INVERTED = re.compile(
    rf"{_LEAD}{_VERB_INVERTED}(?:[ \t]+(?:also|then|later|again))?[ \t]+"
    rf"(?:(?:(?!{_NOT_INSIDE}\b)[a-z][\w’'-]*[ \t]+){{0,4}}?(?={_NAME_START}))?{SPEAKER}"
)
"""`"…," said Smith`, `"…," said planetary geologist Rosaly Lopes`."""
_CLAUSE_OPENING = re.compile(r"(?:\A|[,;:—–]|^)[ \t]*\Z", re.MULTILINE)
_VERB_LEADS_IN = re.compile(
    rf"\b(?P<verb>{_VERB})\b(?:[ \t]+(?:that|this|of|to|them|us|me|him|her|reporters"
    rf"|journalists))?(?:[ \t]+(?:on|in|at)[ \t]+[\w ]{{1,30}}?)?[ \t]*[,:—–-]?[ \t]*\Z"
)
"""A reporting verb leading straight into the quotation: `said: `, `told reporters `."""
_AFTER_SUBJECT = re.compile(rf"{_LEAD}{SPEAKER}{_APPOSITION},?{_FILLER}[ \t]+{_VERB}\b")
_AFTER_DESCRIBED = re.compile(
    rf"{_LEAD}{_DESCRIPTOR}(?={_NAME_START}){SPEAKER}{_APPOSITION},?{_FILLER}[ \t]+{_VERB}\b"
)
_LATE_END = r"\b[^,.!?\"“”\n]{0,40}[.!?]?[ \t]*\Z"
_AFTER_LATE = re.compile(rf",[ \t]+{SPEAKER}{_APPOSITION}{_FILLER}[ \t]+{_VERB}{_LATE_END}")
_AFTER_LATE_INVERTED = re.compile(rf",[ \t]+{_VERB_INVERTED}[ \t]+{SPEAKER}{_LATE_END}")
"""An attribution closing the sentence the quotation sits in: `"…" while in power, Azzouz
said.`"""
_DOCUMENT = (
    r"(?:(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:statement|report|post|letter"
    r"|filing|release|memo|email|message|transcript)[ \t]+(?:from|by|of)[ \t]+)?"
)
"""`according to a statement from the ministry`: the ministry is the speaker."""
_AFTER_ACCORDING = re.compile(
    rf"{_LEAD}(?:[Aa]ccording[ \t]+to|[Ii]n[ \t]+the[ \t]+words[ \t]+of)[ \t]+{_DOCUMENT}{SPEAKER}"
)
ANY_VERB = re.compile(rf"\b(?:{_VERB}|[Aa]ccording[ \t]+to|[Ii]n[ \t]+the[ \t]+words[ \t]+of)\b")
_SUBJECT_BEFORE = re.compile(rf"{SPEAKER}{_APPOSITION}{_FILLER}[ \t]*\Z")
_SUBJECT_AT_START = re.compile(rf"[ \t]*{SPEAKER}{_APPOSITION}[ \t]+[a-z]")
"""The subject opening a clause: `The minister, a veteran, was blunt:`."""
_QUOTED_AS = re.compile(rf"\bquot(?:ed|es|ing)[ \t]+{SPEAKER}{_APPOSITION}[ \t]+as[ \t]+\Z")
_SPEAKER_AFTER = re.compile(rf"[ \t]+{SPEAKER}")
_LEAD_PHRASE = re.compile(rf"[ \t]*(?!A\b|An\b|The\b){_NOT_NAME}\b[^,\n\"“”]{{0,80}},[ \t]*")
"""An opening phrase before a clause's subject: `According to AFP, `, `On Tuesday, `."""
_AFTER_COMMA = re.compile(r",[ \t]*\Z")
_AFTER_AND = re.compile(r"[ \t]and[ \t]+(?:then[ \t]+|later[ \t]+|also[ \t]+)?\Z")
_AFTER_DOCUMENT = re.compile(rf"{DOCUMENT}[ \t]*\Z")
_AFTER_SPAN = re.compile(
    r"[ \t]*[,—–-]?[ \t]*(?!(?:and|but|or|while|because|as|when|if|since|so|which|who|that|in"
    r"|on|at|for|with|to|of|from|by|the|a|an|he|she|it|they|we|I|[a-z]+ing)\b)(?=[\w])"
)
"""Where an attribution may start right after a quotation (not a sentence going on)."""
_ACCORDING_OBJECT = re.compile(rf"[ \t]+{_DOCUMENT}{SPEAKER}")
_COORDINATED = re.compile(rf"[{UPPER}][\w’'-]*[ \t]+and[ \t]+\Z")
"""`Smith and Jones said`: two speakers, so neither alone."""
INDIRECT = re.compile(rf"\b{SPEAKER}{_APPOSITION}{_FILLER}[ \t]+{_VERB}\b")
"""Anyone said to speak, quoted or not: candidates for a later "she said"."""
MERGE_GAP = re.compile(
    r"(?:[^.!?\"“”«»„\n]|\.(?=[ \t]?[,\d])|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\."
    r"|(?<=\bSept)\.){0,120}[.,;:]?[ \t]*"
)
"""What may sit between an attribution and the rest of the quote it interrupts."""

_BOUNDARY = re.compile(rf"[.!?…]+[\"”’')\]]*[ \t]+(?=[\"“‘(]?[{UPPER}0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Jr|Sr|Prof|Rev|No|Inc|Corp"
    r"|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Mt|Ft|Adm|Maj)|\b[A-Z])\Z"
)


class Sentences:
    """Sentence boundaries of the text, with every quotation protected.

    Built from the paired quotations, so "We will win. We always do," inside a quotation is
    not two sentences of the prose around it.
    """

    def __init__(self, text: str, raws: list[RawQuote]) -> None:
        self.text = text
        self.opens = [raw.open_at for raw in raws]
        self.closes = [raw.close_at for raw in raws]

    def inside(self, position: int) -> bool:
        """Whether `position` lies inside a quotation (after its opening mark, up to and
        including its closing mark)."""
        index = bisect_left(self.opens, position) - 1
        return index >= 0 and self.opens[index] < position <= self.closes[index]

    def _valid(self, match: re.Match[str]) -> bool:
        if self.inside(match.end()) or (
            self.inside(match.start()) and not self.inside(match.end() - 1)
        ):
            return False
        return not _ABBREVIATION.search(self.text, max(0, match.start() - 5), match.start())

    def start_before(self, position: int, lower: int) -> int:
        """Where the sentence holding `position` starts (not before `lower`)."""
        found = lower
        for match in _BOUNDARY.finditer(self.text, lower, min(len(self.text), position + 3)):
            if match.end() <= position and self._valid(match):
                found = match.end()
        return found

    def end_after(self, position: int, upper: int) -> int:
        """Where the sentence holding `position` ends (not after `upper`)."""
        for match in _BOUNDARY.finditer(self.text, position, upper):
            if match.start() > position and self._valid(match):
                return match.start() + 1
        return upper


def paragraph_bounds(text: str, position: int) -> tuple[int, int]:
    """Start and end of the line holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def subject_span(match: re.Match[str]) -> tuple[str, int, int]:
    """The speaker words a match names and their span; "its director, Jane Doe," names
    Jane Doe, and a sentence's full stop is not part of a name."""
    found = match.group("speaker")
    start = match.start("speaker")
    found = found.rstrip(" \t,")
    if found.endswith(".") and len(found.rsplit(None, 1)[-1]) > 3:
        found = found[:-1]
    end = start + len(found)
    apposition = match.groupdict().get("apposition")
    if (
        apposition
        and apposition.strip()[:1].isupper()
        and re.fullmatch(NAME, apposition.strip())
        and (re.fullmatch(NOMINAL, found) or re.fullmatch(_BARE_PLURAL, found))
    ):
        offset = match.start("apposition") + len(apposition) - len(apposition.lstrip())
        found = apposition.strip()
        start, end = offset, offset + len(found)
    return found, start, end


def _take(raw: RawQuote, match: re.Match[str], how: str, confidence: float) -> None:
    """Record the attributing words of `raw`."""
    found, start, end = subject_span(match)
    if how == "before" and _COORDINATED.search(match.string, max(0, start - 40), start):
        confidence = min(confidence, 0.3)
    raw.speaker_text, raw.speaker_start, raw.speaker_end = found, start, end
    raw.how, raw.confidence = how, confidence


def subject_of(text: str, verb: re.Match[str], clause_start: int) -> re.Match[str] | None:
    """The subject of a reporting verb: before it, or after it when inverted at the start
    of a clause (`Said Smith: "…"`); in `Reuters quoted Smith as saying`, the one quoted."""
    if verb.group() in ("saying", "telling"):
        quoted = _QUOTED_AS.search(text, max(clause_start, verb.start() - 160), verb.start())
        if quoted is not None:
            return quoted
    if verb.group().lower().startswith(("according", "in")):
        return _ACCORDING_OBJECT.match(text, verb.end(), verb.end() + 160)
    lower = max(clause_start, verb.start() - 300)
    lead = _LEAD_PHRASE.match(text, lower, verb.start())
    if lead is not None:
        lower = lead.end()  # "According to AFP, one user … posted": not AFP
    if verb.group().endswith("ing") and (
        _AFTER_COMMA.search(text, lower, verb.start())
        or _AFTER_DOCUMENT.search(text, lower, verb.start())
    ):
        # "Liu said …, warning:", "X issued a statement saying": the clause's subject,
        # found by the caller
        return None
    match = _SUBJECT_BEFORE.search(text, lower, verb.start())
    if match is not None:
        return match
    if re.fullmatch(_VERB_INVERTED, verb.group(), re.IGNORECASE) and _CLAUSE_OPENING.search(
        text, max(clause_start, verb.start() - 4), verb.start()
    ):
        return _SPEAKER_AFTER.match(text, verb.end(), verb.end() + 120)
    return None


def _before(text: str, raw: RawQuote, clause_start: int, how: str, confidence: float) -> bool:
    """A reporting clause between `clause_start` and the quotation's opening mark; or,
    for a clause that introduces the quotation with a colon (`The minister was blunt:`),
    that clause's subject.

    A verb right before the quotation (`Smith said: "…"`, `he told them "…"`) is its
    reporting verb. Otherwise the quotation is a fragment inside reported speech, and the
    words are those of whoever the sentence reports: the first subject of a reporting verb
    (`Pompeo said that Washington had concluded settlements were "not inconsistent …"`).
    """
    found = _adjacent_subject(text, raw, clause_start)
    verbs = list(ANY_VERB.finditer(text, clause_start, raw.open_at)) if found is None else []
    for verb in reversed(verbs):
        # `Police said the suspect told officers he was "…"`: the nearest act of speech
        if verb.group() in _SPEECH_ACTS:
            subject = subject_of(text, verb, clause_start)
            if subject is not None and subject.start("speaker") < raw.open_at:
                found = subject
                break
    if found is None:
        for verb in verbs:
            subject = subject_of(text, verb, clause_start)
            if subject is not None and subject.start("speaker") < raw.open_at:
                found = subject
                break
        else:
            for verb in verbs:
                found = _clause_subject(text, verb, clause_start)
                if found is not None:
                    break
    if found is not None:
        _take(raw, found, how, confidence)
        return True
    if text[clause_start : raw.open_at].rstrip().endswith(":"):
        subject = _SUBJECT_AT_START.match(text, clause_start, raw.open_at)
        if subject is not None:
            _take(raw, subject, how, min(confidence, 0.7))
            return True
    return False


def _adjacent_subject(text: str, raw: RawQuote, clause_start: int) -> re.Match[str] | None:
    """The subject of a reporting verb that leads straight into the quotation."""
    lead = _VERB_LEADS_IN.search(text, max(clause_start, raw.open_at - 160), raw.open_at)
    if lead is None:
        return None
    verb = ANY_VERB.match(text, lead.start("verb"))
    if verb is None:
        return None
    subject = subject_of(text, verb, clause_start)
    if subject is not None and subject.start("speaker") < raw.open_at:
        return subject
    return _clause_subject(text, verb, clause_start)


def _clause_subject(text: str, verb: re.Match[str], clause_start: int) -> re.Match[str] | None:
    """Whose verb an unsubjected one is: `he asked about it, called her a liar and said,
    "…"` (an earlier reporting verb's subject), `Yoon apologized, saying they "…"` (the
    subject opening the clause, for a verb in -ing after a comma)."""
    for earlier in ANY_VERB.finditer(text, clause_start, verb.start()):
        subject = subject_of(text, earlier, clause_start)
        if subject is not None:
            return subject
    if (
        verb.group().endswith("ing")
        and (
            _AFTER_COMMA.search(text, clause_start, verb.start())
            or _AFTER_DOCUMENT.search(text, clause_start, verb.start())
        )
    ) or _AFTER_AND.search(text, clause_start, verb.start()):
        # "X accused them of meddling and warned that …": X's
        start = clause_start
        lead = _LEAD_PHRASE.match(text, start, verb.start())
        if lead is not None:
            start = lead.end()
        return _SUBJECT_AT_START.match(text, start, verb.start())
    return None


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
        for pattern in (_AFTER_INVERTED, _AFTER_SUBJECT, _AFTER_ACCORDING, _AFTER_DESCRIBED):
            match = pattern.match(text, after_from, after_to)
            if match:
                # `he said, "…," the prosecutor's office said`: the words are his.
                inner = _adjacent_subject(text, raw, clause_start)
                _take(raw, inner or match, "before" if inner else "after", 0.9)
                raw.attribution_end = match.end()
                break
        else:
            span = _AFTER_SPAN.match(text, after_from, after_to)
            verb = ANY_VERB.search(text, after_from, after_to) if span else None
            if span is not None and verb is not None and 0 < verb.start() - span.end() < 260:
                # `"…," study lead author Lucas Paganini, a scientist at …, said`: whoever
                # is named here, if only one person is (the resolver knows who is a person)
                raw.span = (span.end(), verb.start())
            if not _before(text, raw, clause_start, "before", 0.9):
                late = _AFTER_LATE.search(text, after_from, after_to) or (
                    _AFTER_LATE_INVERTED.search(text, after_from, after_to)
                )
                if late is not None:
                    _take(raw, late, "late", 0.8)
                elif clause_start > first_para_start:
                    previous = sentences.start_before(clause_start - 1, first_para_start)
                    _before(text, raw, previous, "previous", 0.65)
                elif first_para_start > 1:
                    _colon_paragraph(text, raw, first_para_start)
            if raw.speaker_text is None:
                match = _AFTER_ACCORDING.search(text, after_from, after_to)
                if match:
                    _take(raw, match, "according", 0.8)
        if _words(text, raw) >= MIN_KEY_QUOTE_WORDS:
            last_key_close = raw.close_at


def _colon_paragraph(text: str, raw: RawQuote, para_start: int) -> None:
    """`Smith said in a statement:` ¶ `"…"`: the paragraph before introduces the quote."""
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


def _words(text: str, raw: RawQuote) -> int:
    return sum(len(text[start:end].split()) for start, end in raw.parts)

"""The words of attribution: verbs of saying, and the shapes of who says them.

A speaker is a name ("Anna Berglund", "nurse Grace Achieng"), a description ("a senior
State Department official", "Google's chief executive"), a pronoun, someone unnamed ("one",
"another", "one of them"), a plural group ("Health officials") or a document that speaks
for someone ("the statement"). Word lists become regexes through `alternation`, a trie, so
matching stays fast over prose.
"""

from __future__ import annotations

import re

from newsreader.analysis import lexicon
from newsreader.analysis.entities import UPPER


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
    criticized criticises criticizes slammed slams blasted blasts echoed echoes echoing
    remind speculate opine charged barked fumed gushed growled scoffed chuckled laughed
    sneered marveled marvelled groaned worried worries worrying sang sings singing
"""
_PHRASAL = [
    "went on",
    "goes on",
    "pointed out",
    "points out",
    "pointing out",
    "put it",
    "chimed in",
    "chimes in",
    "shot back",
    "shoots back",
    "fired back",
    "fires back",
    "hit back",
    "hits back",
    *(
        f"{auxiliary} quoted as {saying}"
        for auxiliary in ("is", "was", "were", "are", "has been", "had been", "have been")
        for saying in ("saying", "telling")
    ),
]
"""`"…," Vance is quoted as saying`, `Hale was quoted as saying, "…"`: one verb of saying
whose subject is the one quoted (not the passive of a verb whose agent spoke)."""
_PROGRESSIVE = [
    f"{auxiliary} {verb}"
    for auxiliary in ("is", "are", "was", "were")
    for verb in words(
        """
        telling saying insisting arguing claiming warning asking urging predicting
        promising vowing suggesting accusing pledging complaining boasting demanding
        praising criticizing criticising calling describing blasting slamming touting
        defending dismissing mocking denying blaming thanking questioning
        """
    )
]
"""`Trump is telling supporters that "…"`: a verb of saying in the progressive (not any
verb in -ing after "were": `talks were continuing "at the highest levels"`)."""
_REGULAR = """
    note state continue declare recall report stress emphasise emphasize acknowledge concede
    conclude tweet post remark observe caution announce claim maintain suggest complain
    predict respond urge email text message shout scream whisper joke recount reflect muse
    lament wonder counter boast vow comment reiterate underscore contend agree affirm
    assert confirm exclaim mutter sigh plead describe call dub brand characterise
    characterize praise condemn denounce pledge promise order yell demand instruct answer
    proclaim chant murmur retort interject concur accuse dismiss reject deny hail blame mock
    decry thank defend opine reassure assure speculate remind repeat report press
    retaliate react endorse ponder reveal disclose
"""
"""Verbs that frame a partial quotation count too: `Smith called the plan "a disaster"`."""
MANNER = words(
    "charged barked fumed gushed growled scoffed chuckled laughed sneered marveled marvelled groaned"
)
"""Verbs of the manner of speaking: they report the quotation they follow (`"…," he
laughed`), but before one they are mostly what someone did (`Audience members laughed when
he urged voters, "…"`)."""
TELLING = frozenset(["told", "tells", "telling"])
SPEECH_ACTS = words(
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
    [*_IRREGULAR.split(), *_PHRASAL, *_PROGRESSIVE, "Tweeted"]
    + [form for base in _REGULAR.split() for form in _regular_forms(base)]
)
"""Every form of a reporting verb this module recognises (and `Tweeted`, which some
outlets capitalise after the name of the service: `"…," Murphy Tweeted on Friday`)."""


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


VERB = alternation(VERB_FORMS)
INVERTED_WORDS = words(
    """
    said says added adds wrote writes asked asks continued continues explained explains
    replied replies recalled recalls noted notes insisted insists argued argues warned
    warns stated states declared declares concluded concludes quipped quips remarked
    remarks observed observes responded responds countered counters agreed agrees
    acknowledged acknowledges conceded concedes admitted admits cautioned cautions
    shouted shouts tweeted tweets posted posts commented comments alleged alleges
    """
)
VERB_INVERTED = alternation(INVERTED_WORDS)
"""Verbs that may come before their subject (`said Smith`); never "told"."""
VERB_AFTER_COMMA = alternation(
    {form for form in VERB_FORMS if not form.endswith("ing") and form not in TELLING}
)
"""Any finite reporting verb may come before its subject right after a quotation that
closes on a comma (`"…," lamented one official`, `"…," promises Thrasher`): the comma
and the missing subject before the verb are what make it an attribution, not a list."""
VERB_OPENING = alternation(
    {
        word.capitalize()
        for word in VERB_FORMS
        if " " not in word and not word.endswith("ing") and word not in TELLING
    }
)
"""A finite verb of saying opening a sentence before its subject and a colon: `Said
Porter: "…"`, `Laments one farmer: "…"` (the colon is what makes it an attribution)."""

BUSINESS_KINDS = words(
    """
    company firm business retailer chain carrier lender insurer operator provider supplier
    manufacturer maker automaker carmaker chipmaker drugmaker exporter distributor
    conglomerate subsidiary publisher broadcaster consultancy newspaper
    """
)
"""Kinds of business a story names by their kind once it has named the firm ("the
operator said", "the carmaker said"): each a kind of organisation, never a person."""
BODY_KINDS = BUSINESS_KINDS | words(
    """
    organization organisation charity nonprofit militia movement agency network union
    association alliance coalition regulator watchdog newspaper ministry department club
    commission committee council
    """
)
"""Nouns that name a kind of organisation (from the words that make a name one, minus
those that may be a person: a developer, a broker, a producer). "The insurer" stays out of
the speaker roles: on a blind set it put wrong names under two quotations."""
SPEAKER_ROLES = frozenset(
    (lexicon.ROLE_NOUNS - {"statement", "report", "members", "sources"})
    | (BODY_KINDS - {"insurer"})
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
        CTO MP MEP office rep publicist juror caller district county school league
        university college hospital firm federation association coalition network airline
        startup club team contractor contributor commentator correspondent pundit
        barrister solicitor assistant grandmother grandfather uncle aunt
        cousin nephew niece widow widower fiance fiancee girlfriend boyfriend trainer pupil
        treasurer lieutenant mourner miner fisherman rancher nun monk sheriff detective
        investigator inspector coroner pathologist medic biographer skipper teammate
        producer presenter actress rapper musician comedian filmmaker novelist
        footballer athlete businessman businesswoman billionaire dancer
        """
    )
)
"""Head nouns of descriptions that can stand for a speaker ("a senior official")."""
INSTITUTIONS = BODY_KINDS | words(
    """
    government ministry department court union council board company bank army military
    regulator agency committee commission party office embassy team club police
    authorities group district county school league university college hospital firm
    federation association coalition network airline startup authority charity family
    """
)
"""Role nouns that name a body, not a person."""
ROLE = alternation(SPEAKER_ROLES)
SPEECH_NOUNS = (
    r"statement|rebuke|warning|response|reply|letter|complaint|criticism|objection|protest"
    r"|condemnation|appeal|plea|announcement|filing|submission|memo|notice|email|message"
    r"|editorial|report"
)
"""Words something said or sent (`a rebuke from the union`): their source speaks."""
SOURCE_OF_WORDS = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{SPEECH_NOUNS})s?[ \t]+from"
    rf"[ \t]+(?:the[ \t]+)?(?P<speaker>[{UPPER}][\w&.’'-]*(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?"
    rf"[{UPPER}][\w&.’'-]*){{0,6}})"
)
"""`a rebuke from the American Civil Liberties Union`, `a statement from Acme`: the
source of words, named."""
SPEAKS_OF_ITSELF = re.compile(r"[ \t]+[a-z]+(?:[ \t]+that)?[ \t]+(?:it|its)\b")
"""`Medecins Sans Frontieres said its teams …`, `Verizon said it was closing …`: a subject
that speaks of itself as "it" is a body, whatever the recogniser took it for."""
_PLURALS = "people|men|women|children|police|authorities"

PLATFORM_NAMES = words(
    """
    Weibo Twitter X Facebook Instagram TikTok Telegram WeChat YouTube LinkedIn Reddit
    Threads Bluesky Mastodon WhatsApp Douyin Snapchat Substack Signal Discord Twitch VK
    VKontakte KakaoTalk Naver Xiaohongshu Bilibili Truth Social
    """
)
"""Where words are posted, never who said them: `"…," Li wrote on Weibo`."""
PLATFORM = alternation(PLATFORM_NAMES)

_NOT_INSIDE_WORDS = (
    "a|an|the|by|was|is|were|are|has|had|have|said|says|told|to|and|or|who|that|of|in"
    "|on|at|with|from|he|she|they|it|this|these|those|will|would|could|when|after|but"
)
NOT_INSIDE = alternation(frozenset(_NOT_INSIDE_WORDS.split("|")))
"""Words that end a description before its role noun: "the plan was confirmed by …". A
trie, asked at every word of a description as a whole word (`(?!{NOT_INSIDE}\b)`)."""
_DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]wo|[Tt]hree"
    r"|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Ss]uch)"
)
_DEMONSTRATIVE = r"(?:\b[Tt]his[ \t]+(?:person|official|source)\b)"
"""`said this person`: a definite back-reference to someone unnamed introduced before."""
PERSON_FORM = (
    r"(?:(?:quarter|half|full|tail|wing|corner|running[ -]?)back"
    r"|(?!(?:median|meridian|[a-z]*(?:klist|ylist|tlist|hlist|wrist|sist)|human|german)\b)"
    r"[a-z][a-z-]{2,}(?:ist|ian|keeper|(?<!wo)man|woman|person)"
    r"|champion|winner|runner-up|medall?ist|titleholder|nominee|laureate|rookie|newcomer)"
)
"""Nouns that name a person by their form or what they won, beyond the role lexicon: an
agent suffix ("the finalist", "the comedian", "the quarterback", "the goalkeeper", "the
batsman") or a title ("the two-time champion"). Not "-er"/"-or", which as often name a
firm ("the brewer") or a text ("the paper") as a person."""
_PREMODIFIER_WORD = (
    rf"(?:[{UPPER}][\w’'&.-]*[ \t]+and(?=[ \t]+[{UPPER}])|[\w’'&-]+|(?:[A-Z]\.)+[A-Z]?"
    r"|\([A-Z]{2,8}\))"
)
"""A word before a description's head; capitalised modifiers may be coordinated ("the
former Leeds and Celtic striker"), a body's name followed by its acronym ("the
International Energy Agency (IEA) chief")."""
_AUXILIARY = (
    "did|does|do|was|were|is|are|has|have|had|will|would|could|should|can|may|might|must"
    "|declined|refused"
)
"""Words that open a description's predicate, never its last word: `a source familiar
with the investigation did so`."""
_CLAUSE_OPENERS = "who|whose|whom|that|which|and|or|but|when|while|as|because|if"
"""Words that open a clause after a description, never its last word: `a trader close to
the council who was there`."""
NOMINAL = (
    rf"(?:{_DEMONSTRATIVE}|"
    rf"(?:\b{_DETERMINER}|[{UPPER}][\w.-]*(?:[ \t]+[{UPPER}][\w.-]*){{0,3}}(?:['’]s|(?<=s)['’]))"
    rf"(?:[ \t]+(?!{NOT_INSIDE}\b)(?:{_PREMODIFIER_WORD}|[\"“][^\"“”\n]{{1,40}}[\"”])){{0,6}}[ \t]+"
    rf"(?:{ROLE}|\d+-year-old|{PERSON_FORM})s?\b"
    r"(?:[ \t]+(?:at|of|for|from|with|in|to)[ \t]+(?:(?:the|a|an|one|another)[ \t]+(?:[a-z]+[ \t]+(?=[A-Z]))?)?"
    r"[A-Z][\w.’'&-]*(?:[ \t]+(?:of[ \t]+)?(?:[A-Z][\w.’'&-]*|\d+(?:st|nd|rd|th)\b)){0,4}"
    rf"(?:(?:[ \t]+(?!(?:{VERB}|{_AUXILIARY}|{_CLAUSE_OPENERS})\b)[a-z]+\b){{1,2}}"
    r"(?![ \t]+[a-z]))?"
    # "one user on Weibo"
    rf"|[ \t]+on[ \t]+{PLATFORM}\b"
    # "a dispatcher on the police scanner", "one operative in the state": a phrase of
    # everyday words that ends the clause or comes right before its verb
    r"|[ \t]+(?:at|of|for|from|with|in|on|to)[ \t]+(?:the|a|an)(?:[ \t]+[a-z][\w-]*){1,3}"
    r"(?=[ \t]*[,.;:!?]|[ \t]+(?:said|says|told|added|wrote)\b)"
    # "… involved in the mission", "… familiar with the matter", "… close to the talks"
    r"|[ \t]+(?:involved|familiar|close|working|briefed)[ \t]+(?:in|with|to|on)[ \t]+"
    r"(?:(?:the|a|an)[ \t]+)?[\w’'-]+(?:[ \t]+[A-Z][\w’'-]*){0,3}"
    rf"(?:[ \t]+(?!(?:said|says|told|added|{_AUXILIARY}|{_CLAUSE_OPENERS})\b)(?!{VERB}\b)"
    r"[a-z][\w-]*)?)?)"
)
"""A description of a speaker: "a senior State Department official", "a nurse at a
Nairobi clinic", an "American Idol" insider (a title quoted inside), "Google's chief
executive", "the congresswoman from Michigan's 8th District" (an ordinal inside the
place's name)."""
DOING = (
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?:[ \t]+(?!(?:the|who|that|and|or)\b)[\w’'-]+){0,3}"
    rf"[ \t]+(?:{ROLE})\b[ \t]+(?!(?:during|according|including|regarding|concerning|following"
    r"|being)\b)[a-z]{3,}ing(?:[ \t]+(?!(?:said|says|told|added|who|that|and|but|when|while)\b)"
    r"[\w’'-]+){1,6})"
)
"""Someone new described by what they were doing: "A woman selling vegetables from a
cart" (not a definite "the officer leading the inquiry", which refers back to someone)."""
WHO_FOLLOWS = (
    r"(?:\b(?:[Aa]n?|[Oo]ne|[Aa]nother)(?:[ \t]+(?!(?:the|who|that|and|or)\b)[\w’'-]+){0,3}"
    r"[ \t]+[a-z][a-z-]{2,}(?=,[ \t]+who\b))"
)
"""Someone new whose description is followed by "who" (`One homeowner, who had lived
there for 38 years, told …`): a person, whatever the head noun."""
BARE_PLURAL = (
    rf"(?:\b(?:(?!{NOT_INSIDE}\b)[{UPPER}a-z][\w-]*[ \t]+){{0,2}}?(?:(?i:{ROLE})s|(?i:{_PLURALS}))\b"
    rf"(?:[ \t]+(?:at|of|for|from|with|in)[ \t]+(?:the[ \t]+)?[{UPPER}][\w’'-]*"
    rf"(?:[ \t]+[{UPPER}][\w’'-]*){{0,3}})?)"
)
"""A plural description with no article: "Health officials", "local residents"."""
PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b"
ONE = (
    r"(?:\b(?:[Oo]ne|[Aa]nother|[Aa][ \t]+(?:second|third|fourth|fifth)|[Tt]he[ \t]+other)"
    r"(?:[ \t]+of[ \t]+(?:the|them|those|these|his|her|their|its|our)"
    r"(?:[ \t]+(?!(?:said|says|told|added|who|in|at|on|as|and|during|after)\b)[\w’'-]+){0,3}"
    r"|(?![ \t]+[A-Z])"
    # not `one operative`: a noun after it makes a description (`said one operative.`)
    rf"(?![ \t]+(?!(?:{VERB}|{_AUXILIARY}|[a-z]+(?:ed|s|ly)|in|at|on|of|from|for|with|who"
    r"|that|and|or|but|as|during|after|before|by|to|day|time|point)\b)[a-z])))"
)
"""Someone unnamed in a conversation: "one", "another", "a third", "one of them"; not the
start of a description with a name in it (`one Trump confidant`)."""

_NOT_NAME_WORDS = (
    "In|On|At|But|And|As|For|After|Before|When|While|If|Then|Now|So|Yet|Also|However"
    "|Still|This|That|These|Those|It|Its|There|Here|With|Without|From|By|Of|To|Asked"
    "|Speaking|Meanwhile|Later|Earlier|Today|Yesterday|Tomorrow|Last|Next|Since|Despite"
    "|Although|Though|Because|Even|Under|Over|During|Through|Following|According|Like"
    "|Unlike|Instead|Indeed|Perhaps|Maybe|Only|Just|Other|Some|Many|Most|All|Both|Each"
    "|Every|Such|What|Why|How|Who|Where|Which|Once|Finally|First|He|She|They|We|I|You"
    "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    "|April|June|July|August|September|October|November|December|Mr|Mrs|Ms|Otherwise"
    "|Lastly|Moreover|Furthermore|Additionally|Thus|Hence|Therefore|Overall|Ultimately"
    "|Currently|Recently|Nevertheless|Nonetheless|Besides|Likewise|Similarly|Consequently"
    "|Specifically|Notably|Importantly|Fortunately|Unfortunately|Sadly|Luckily|Apparently"
    "|Clearly|Obviously|Actually|Basically|Essentially|Honestly|Frankly|Hopefully|Again"
    "|Hours|Minutes|Moments|Seconds|Days|Weeks|Months|Years|Decades|Shortly|Soon|Afterward"
    "|Afterwards|Elsewhere|Separately|Amid|Among|Across|Within|Around|Outside|Inside|Upon"
    "|Against|Until|Whether|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Few"
)
NOT_NAME = alternation(frozenset(_NOT_NAME_WORDS.split("|")))
"""Capitalised words that open a sentence, not a name. A trie (`alternation`): the name
patterns ask it at every word they try, twice, and the flat list was tried word by word;
as whole words before a word boundary, the order of the words never mattered."""
_TITLE = rf"{alternation(frozenset(lexicon.TITLE_ABBREVIATIONS))}\."
TITLE = _TITLE
"""A title abbreviated before a name: `Sen.`, `Gov.`, `Dr.`."""
_TWO_WORD_PARTICLES = r"van[ \t]+der|van[ \t]+den|van[ \t]+de|von[ \t]+der|von[ \t]+dem|de[ \t]+la|de[ \t]+los|de[ \t]+las"
"""Particles of two words inside a name ("Ursula von der Leyen", "Oscar de la Hoya")."""
NAME_START = rf"[{UPPER}]"
_NAME_WORD = (
    rf"(?:{_TITLE}|(?:[A-Z]\.)+[A-Z]?|(?:al-|el-|bin-)?[{UPPER}][\w’'-]*"
    rf"|(?<![\w’'-])[a-z]{{1,3}}[{UPPER}][a-z][\w’'-]*)"
)
"""A word of a name; a brand may open in lower case before a capital (`eBay`, `iRobot`)."""
NAME = (
    rf"(?:(?:(?<![\w’'-])(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{ROLE})[ \t]+)?"
    rf"(?:{_TITLE}[ \t]+|(?!{NOT_NAME}\b)(?:the[ \t]+)?)(?!{NOT_NAME}\b){_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:{_TWO_WORD_PARTICLES}|of|de|van|von|al|bin|bint|ibn|binti|the|for|da|di|del|la|le|du|der|den|dos|das|y)[ \t]+)?"
    rf"(?!(?<=\.[ \t])(?:He|She|It|They|We|I)\b){_NAME_WORD}){{0,6}})"
)
"""A name, perhaps after a bare role noun: "Anna Berglund", "nurse Grace Achieng"; never
running on into a pronoun that opens the next sentence after an abbreviation (`in the U.S.
He says`)."""
DOCUMENT_NOUN = (
    r"(?:statement|letter|report|post|filing|release|memo|email|message|transcript|definition"
    r"|obituary|complaint|lawsuit|indictment|document|study|survey|notice|tweet|caption|note"
    r"|flyer|leaflet|placard|inscription|banner|slogan|headline|brief|ruling|decision|readout"
    r"|petition)s?\b"
)
"""Nouns of writings whose words are quoted (`the statement said`)."""
DOCUMENT = (
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[\w’'-]+[ \t]+){0,2}?"
    rf"{DOCUMENT_NOUN})"
)
"""A text that says something (`the statement continued`, `the brief said`): its issuer
speaks when its introduction names one; else the text itself, as written."""
NOBODY_NAMED = (
    r"(?:\b(?:[Ss]ome(?:one|body)|[Aa]ny(?:one|body)|[Ee]very(?:one|body))(?:[ \t]+else)?"
    r"(?:[ \t]+(?:in|at|on|from)[ \t]+the[ \t]+[a-z]+)?)"
)
"""Someone the text does not name: `Someone else in the room replied`."""
SPEAKER = rf"(?P<speaker>{NOMINAL}|{DOING}|{WHO_FOLLOWS}|{DOCUMENT}|{ONE}|{PRONOUN}|{NOBODY_NAMED}|{NAME}|{BARE_PLURAL})"

# The shapes above compiled once, for telling whether some words are wholly of one shape
# (`IS_NOMINAL.fullmatch(words)`): `re.fullmatch(NOMINAL, words)` would look the pattern up
# in the cache of the re module on each of the thousands of calls a text makes.
IS_NAME = re.compile(NAME)
IS_NOMINAL = re.compile(NOMINAL)
IS_BARE_PLURAL = re.compile(BARE_PLURAL)
IS_PRONOUN = re.compile(PRONOUN)
IS_ONE = re.compile(ONE)
IS_DOCUMENT = re.compile(DOCUMENT)
IS_NOBODY_NAMED = re.compile(NOBODY_NAMED)
_PARTY_IN_BRACKETS = r"\([RDI]-[A-Z][A-Za-z.]{1,8}\)"
"""A lawmaker's party and state in brackets: `(D-Ill.)`, `(R-Texas)`."""
FILLER = (
    r"(?:[ \t]+(?:also|later|then|previously|again|once|has|had|have|would|will|could|can"
    r"|did|does|do|may|might|must|should|recently|first|earlier|repeatedly|just|only"
    r"|long|often|already|still|since|ever|never|even|now|soon|has[ \t]+since|[a-z]{3,}ly"
    r"|at[ \t]+(?:one|some|that|this)[ \t]+(?:point|stage)"
    r"|(?:last|this)[ \t]+(?:year|week|month|night|weekend|spring|summer|autumn|fall|winter)"
    r"|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|during[ \t]+(?:a|an|the|his|her|their)[ \t]+[\w-]+(?:[ \t]+[a-z][\w-]*)?"
    rf"|yesterday|today|tonight|{_PARTY_IN_BRACKETS})){{0,3}}"
)
"""Words between a subject and its verb: auxiliaries, adverbs, a time (`a parliamentary
committee last year called`, `Smith on Monday said`)."""
PARTY_TAG_AFTER = rf"(?:[ \t]+{_PARTY_IN_BRACKETS},?)?"
"""A lawmaker's party and state in brackets after the name: `Sen. Dick Durbin (D-Ill.)`,
perhaps with a comma before the verb (`Gov. John Kasich (R-OH), said`)."""
_PARTICIPLE_COMPLEMENT = (
    r"(?:about|by|on|for|if|whether|after|at|in|over|during|of|with|from|to|as|under)"
)
_TITLE_STOP = "|".join(
    rf"(?<=\b{re.escape(title)})\.(?=[ \t]+[{UPPER}])" for title in lexicon.TITLE_ABBREVIATIONS
)
"""The full stop of a title inside a description (`an aide to Sen. Lamar Alexander`)."""
_PARTY_STATE = "|".join(rf"(?<=\b[RDI]-[A-Z][a-z]{{{n}}})\." for n in range(1, 6))
"""The full stop of a party and state after a lawmaker's name (`, R-La.,`, `, D-Calif.,`)."""
APPOSITION_CHUNK = (
    r"[ \t]*(?:(?!(?:and|or|but|then|you|we|i|he|she|they|it|[a-z]+ed)\b)"
    rf"|(?=(?:then[ \t]+(?:an?|the|(?:[A-Z][\w.-]*[ \t]+){{0,3}}[A-Z][\w.-]*['’]s)|[a-z]+ed[ \t]+{_PARTICIPLE_COMPLEMENT})\b"
    r"[^,.!?\"“”\n]{0,160},))"
    rf"(?:[^\s,.!?\"“”]|(?<=[A-Z])\.)(?:[^,.!?\"“”\n]|(?<=[A-Z])\.|{_PARTY_STATE}|{_TITLE_STOP}"
    r"|(?<=[ \t])“[^\"“”\n]{1,40}”){0,159}"
)
"""A piece of an apposition (a short title in curly marks inside: `, appearing on ABC's
“This Week,”`); one opening with a verb or a conjunction (`, pleaded guilty`,
`, and being a felon`) is the sentence going on, not a description of the subject. A
past participle with its complement (`, asked about the dispute,`, `, reached by phone,`)
and a former role (`, then a policy director at …,`) are parentheses about the subject
when a comma closes them (not `, pointed to an op-ed in which she wrote`)."""
_PARENTHESIS = r"(?:[ \t]*\((?=[^()\n\"“”]{1,40}\))[^()\n\"“”]{1,40}\))?"
"""A party and state, or an acronym, in brackets after a name: `Sen. John Cornyn (R-Texas)
told`, `Rep. Elijah Cummings (D-Md.), chair of …, said`."""
APPOSITION = (
    rf"{_PARENTHESIS}(?:,(?P<apposition>{APPOSITION_CHUNK})(?:,{APPOSITION_CHUNK}){{0,4}},?)?"
)
"""`, a teacher in Tampa,` after a name; a closing comma forgotten before the verb is
forgiven (`X, an analyst at the Council on Energy, Environment and Water told …`)."""
DESCRIPTOR = r"(?:(?:[\w’'.&-]+[ \t]+){0,7}?(?:[\w’'.&-]+,[ \t]+)?)"
"""Words describing a speaker before the name, right after a quotation: `"…," JPL scientist
and study co-author Michael Malaska said`, `Sweden's deputy prosecutor, Eva Persson, said`."""
LEAD = r"[\s,—–-]*"


SOURCE_DOCUMENT = (
    r"(?:(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+)?(?:statement|report|post|letter"
    r"|filing|release|memo|email|message|transcript|document|complaint|motion|ruling)s?[ \t]+"
    r"(?:from|by|of|(?:filed|issued|released|sent|signed|written|posted)[ \t]+by)[ \t]+)?"
)
"""`according to a statement from the ministry`, `according to a court document filed by
state attorney Dana Ruiz`: the ministry, the attorney is the speaker."""

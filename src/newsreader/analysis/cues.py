"""Context cues around a capitalised run: the words before and after that say what it is.

"the Loire valley", "X, a village", "shares in X", "X said", "X, 24," — each is one
compiled pattern matched at the run's edges, so reading context costs no Python loop.
"""

from __future__ import annotations

import re

from newsreader.analysis import lexicon
from newsreader.models import EntityKind

PLURAL_GEO_AFTER = re.compile(
    r"[ \t]+(?:counties|provinces|states|regions|islands|rivers|districts|prefectures)\b"
)
LIST_GAP = re.compile(r"^[ \t]*(?:,|,?[ \t]+and|,?[ \t]+or)[ \t]+$")
DATELINE_AFTER = re.compile(r"[ \t]*(?:,[ \t]+[A-Z]|[—–(]|--?[ \t])")
POSSESSIVE = re.compile(r"[ \t]?(['’]s|(?<=s)['’])[ \t]+")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘(\[•*#|>—–\n]|[.!?][)\]]|\s--?)[^\S\n]*$")
PLACE_PREPOSITIONS = frozenset(["in", "In", "near", "across", "outside", "throughout"])
GEO_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(lexicon.GEO_NOUNS)) + r")\b")
GEO_BEFORE = re.compile(
    r"\b(?:(?:city|town|village|province|state|region|island|port|county|district|parish"
    r"|municipality|hamlet|suburb|commune|coast|shore|outskirt)s?|cities|north|south|east|west|northeast"
    r"|northwest|southeast|southwest) of[ \t]+$"
)
ORG_BEFORE = re.compile(
    r"\b(?:(?:[Ss]hares|[Ss]tock|[Ss]hareholders|[Bb]onds) (?:in|of)"
    r"|(?:analyst|economist|strategist|banker|trader|portfolio manager)s? at)[ \t]+$"
)
"""Words before a name that make it a company ("shares of X", "an analyst at X")."""
PRODUCT_BEFORE = re.compile(r"\b(?:maker|makers|manufacturer|developer)s? of[ \t]+$")
"""Words before a name that make it a product: "the maker of Ozempic and Wegovy"."""
WORK_BEFORE = re.compile(
    r"\b(?:film|movie|album|song|single|novel|memoir|documentary|sitcom|musical|opera|video game"
    r"|TV series|podcast)[ \t]+[\"“‘]?$"
)
"""A work's noun right before its title: "the film Oppenheimer", "her album Midnights"."""
PRODUCT_SUFFIX = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(lexicon.PRODUCT_EDITIONS)) + r")\b(?![ \t]+[A-Z])"
)
"""A model's edition word after its number: "iPhone 15 Pro", "Galaxy S24 Ultra"."""
PLACE_AFTER = re.compile(r"[ \t]*,[ \t]+([A-Z][\w.]+(?:[ \t][A-Z][\w.]+)?)(?=[ \t]*[,.;:)\n]|$)")
"""A listed place after a comma: "Grantham, Lincolnshire" makes Grantham a place too."""
GEO_APPOSITION = re.compile(
    r"[ \t]*,[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+)?(?:"
    + "|".join(sorted(lexicon.GEO_NOUNS | {"city", "town", "village", "suburb", "state"}))
    + r")\b"
)
CUE_KINDS: dict[str, EntityKind] = {
    **{noun: "organization" for noun in lexicon.ORG_NOUNS},
    **{noun: "other" for noun in lexicon.THING_NOUNS},
    "administration": "person",  # "the Obama administration"
    "campaign": "person",  # "the Trump campaign"
    **{noun: "person" for noun in lexicon.KIN_NOUNS},  # "Mengguang's wife"
}
KIND_AFTER = re.compile(
    r"(?:(?:[ \t]*['’]s)?[ \t]+("
    + "|".join(sorted(CUE_KINDS))
    + r")\b(?![-’'])(?![ \t]+(?:"
    + "|".join(sorted(CUE_KINDS))
    + r")\b)|[ \t]*,[ \t]+(?:a|an|the)(?:[ \t]+[\w-]+){0,2}?[ \t]+("
    + "|".join(sorted(noun for noun in CUE_KINDS if noun not in lexicon.PERSON_ROLES))
    + r")(?=[ \t]*(?:[,.;:)—–\n]|$|(?:that|which|based|in|of|with|whose|to|for|is|was)\b)))"
)
"""A noun after a name, or in an apposition, that says its kind ("its Dragonfly mission").
A person's role says "organisation" only right after a name ("Acme spokesman Jo Reyes"): in
an apposition it describes the one named ("Karine Jean-Pierre, a spokeswoman,")."""
ILLNESS_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(lexicon.ILLNESS_NOUNS)) + r")\b")
GENUS_ENDINGS = ("ia", "as", "us", "um", "is", "a", "es", "ella", "ium")
SPECIES_AFTER = re.compile(r"[ \t]+([a-z]{3,}(?:i|is|us|um|a|ae|ens|ii|ea|ans|ata|osa))\b")
PARTY_TAG = re.compile(r"^[DRI]-(?:[A-Z][a-z]{1,4}\.?|(?:[A-Z]\.){1,2}[A-Z][a-z]?\.?|[A-Z]{2})$")
"""A party and state tag after a lawmaker's name: "D-Minn.", "R-W.Va", "D-N.Y.", "R-TX"."""
PARTY_AFTER = re.compile(r"[ \t]+(?:party|militia|movement)\b")
TICKER = re.compile(r"[ \t]*\.[A-Z]{1,2}[ \t]*\)")
EXCHANGE_BEFORE = re.compile(
    r"\b(?:NYSE|Nasdaq|NASDAQ|LSE|TSX|ASX|HKEX|SGX|TSE|[Tt]icker|[Ss]ymbol):[ \t]*$"
)
INDEX_SYMBOL_BEFORE = re.compile(r"(?:Index|Composite|Average|\d{3})[ \t]*\([ \t]*\.?$")
"""A market index's symbol in brackets after its name: "Kospi Index (KOSPI)", "Nikkei 225 (N225)"."""
CLOSING_PAREN = re.compile(r"[ \t]*\)")
PERIOD_TOKEN = re.compile(r"^(?:Q[1-4]|H[12])$")
TIME_ZONES = frozenset(
    [
        "ET",
        "EST",
        "EDT",
        "CT",
        "CST",
        "CDT",
        "MT",
        "PT",
        "PST",
        "PDT",
        "GMT",
        "BST",
        "CET",
        "CEST",
        "UTC",
        "JST",
        "AEST",
        "AEDT",
        "IST",
        "HKT",
        "SGT",
    ]
)
CLOCK_BEFORE = re.compile(r"(?:\d|[AaPp]\.?[Mm]\.?)[ \t]+$")
"""A time before a zone abbreviation: "9 a.m. ET", "1:28 AM ET", "14:00 GMT"."""
CREDIT_LINE = re.compile(
    r"\S[ \t]+/[ \t]+[A-Z]|^(?:Credit|Photo|Image)s?\b"
    r"|^\(?(?:By|BY)[ \t]|\b(?:[Rr]eporting|[Ee]diting|[Ww]riting|[Cc]ompiled) by[ \t]"
    r"|\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?(?: by|:)"
)
"""A picture credit ("Ezra Acayan / Getty Images"), a byline ("By Jane Doe and John Roe") or
a reporting credit ("Editing by Chizu Nomiyama"): names in prose case, not a headline."""
PERSON_APPOSITION = re.compile(
    r"[ \t]*,[ \t]+(?:\d{1,3}[ \t]*,|(?:a|an|the)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:"
    + "|".join(sorted(lexicon.PERSON_ROLES))
    + r")\b(?![-’']))"
)
"""An age or a person's role in apposition: "Okafor, 24," and "Mengguang, a herder"."""
NUMBER_AFTER = re.compile(
    r"[ \t]+(?!1[89]\d\d\b|20\d\d\b)\d{1,4}\b(?![.,:/]\d|[-–]\d|[ \t]*%)"
    r"(?![ \t]*,[ \t]+(?:the[ \t]+)?[A-Z][\w.&'’ -]{0,30}?[ \t]\d)"
)
"""A number that completes a product or index name; never a year, time or decimal, nor
the first half of a score ("Bruins 5, Devils 1")."""
SCORE_BEFORE = re.compile(r"\d[ \t]*,[ \t]+$")
SCORE_AFTER = re.compile(
    r"[ \t]+\d{1,3}[ \t]*,[ \t]+(?:the[ \t]+)?[A-Z][\w.&'’ -]{0,30}?[ \t]\d{1,3}\b"
)
SCORE_END = re.compile(r"[ \t]+\d{1,3}(?:[ \t]*(?:[:;,.\n]|\(|$))")
"""The second half of a score: a name after "5, " ("Bruins 5, Devils 1")."""
MODEL_NUMBER = re.compile(r"(?<![\w.,$£€])\d{3}(?:-\d{1,2})?(?=[ \t]+[A-Z])")
"""A model number before a capitalised name ("737 Max", "787-9 Dreamliner")."""
POSSESSIVE_NAME = re.compile(
    r"(['’]s)[ \t]+(?:said|says|reported|reports|announced|posted|plans)\b"
)
"""A possessive followed by a verb belongs to a company's name: "Lowe's said", "McDonald's
reported" (a person's possessive is never the subject)."""
PLAYER_AFTER = re.compile(r"[ \t]?['’]s[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")
"""A country's possessive before a person's name: "Spain's Carlos Alcaraz" (the player's
country, a place, not a side)."""
_WINS = r"(?:beat|beats|edged|blanked|routed|downed|outlasted|shut[ \t]+out)"
TEAM_AFTER = re.compile(
    rf"[ \t]+(?:(?:held[ \t]+on[ \t]+to[ \t]+)?{_WINS}[ \t]+(?:the[ \t]+)?[A-Z]"
    r"|improved[ \t]+to[ \t]+\d+-\d+|(?:has|have)[ \t]+won[ \t]+(?:\w+[ \t]+)?(?:in[ \t]+a[ \t]+row|straight))"
)
TEAM_BEFORE = re.compile(rf"\b(?:{_WINS}|scored[ \t]+for|lost[ \t]+to)[ \t]+$")
"""Sports results: a place that beats, or is beaten by, a named side is a team ("Columbus
beat Montreal", "scored for Ottawa"), an organisation by the usual convention."""
PERSON_AFTER = re.compile(
    r"[ \t]+(?:(?:was|were|is)[ \t]+born|died|(?:also[ \t]+)?contributed(?:[ \t]+reporting)?[ \t]*[.,;\n])"
)
"""What only a person does: "X was born", "X died", "X contributed." (a reporting credit)."""
SPEECH_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(sorted(lexicon.SPEECH_VERBS | {"contributed"})) + r")\b"
)
PORTFOLIO_LIST = re.compile(
    r"(?:[ \t]*,[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?)+,?[ \t]+and[ \t]+[A-Z][\w-]+"
    r"(?:[ \t]+[A-Z][\w-]+)?(?![\w-])"
)
"""The rest of a ministry's portfolio list: ", Industry and Energy", ", Asthma and Immunology"."""
YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d\b(?![.,:/%]\d|[-–]\d)")
"""A year right after an event's name: "Euro 2020"."""
THING_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(lexicon.THING_NOUNS)) + r")\b")
"""A product's noun after a name and its number: "a Falcon 9 rocket"."""

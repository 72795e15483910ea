"""Trimming a capitalised run to the name it holds.

Sentence openers, everyday first and last words, handles, tickers and boilerplate are cut
away; what is left is split into title and name (`titles`) and typed (`kinds`).
"""

from __future__ import annotations

import re

from newsreader.analysis import cues, gazetteer, kinds, lexicon, links, names, titles
from newsreader.analysis.resolve import Mention

_KEEP_FIRST = (
    lexicon.PERSON_TITLES
    | lexicon.ORG_STARTS
    | lexicon.OTHER_STARTS
    | lexicon.DEMONYMS
    | lexicon.STORM_WORDS
) - lexicon.COMMON_WORDS
"""Capitalised words that open a name even at a sentence start ("Secretary of State …")."""
_FUNCTION_OPENERS = (
    frozenset(
        [
            "A",
            "An",
            "The",
            "This",
            "That",
            "These",
            "Those",
            "Its",
            "His",
            "Her",
            "Their",
            "Our",
            "Your",
            "My",
            "Every",
            "Each",
            "Some",
            "Any",
            "No",
            "Mr",
            "Mrs",
            "Ms",
            "Dr",
        ]
    )
    | lexicon.DATE_WORDS
)
"""Capitalised words that never open a name, even before a head word ("Last Week")."""
_PARTICLES = frozenset(
    ["El", "Al", "Le", "La", "De", "Da", "Di", "Du", "Van", "Von", "Abu", "Bin", "Ibn", "Ben"]
)
"""Name particles that open a name even at a sentence start ("El Amrani")."""
AFTER_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Miss|Sir|Lord|Lady|Dame|Prof)\.?[ \t]+\Z")
"""An honorific right before a word: the word is a surname ("Ms Short", "Mr Major")."""
_ROLE_SUFFIX = re.compile(r"(?:ologist|ographer|ician|ist|ant|eer|ier)\Z")
"""Endings of a word that names what a person does ("Meteorologist", "Pediatrician",
"Photographer", "Economist"-like professions too rare for the common-word list): before a
given name and surname it is a role, not the first word of the name."""
_SEASONS = frozenset(["Spring", "Summer", "Autumn", "Winter"])
_HASHTAG_LIKE = re.compile(r"[a-z][A-Z][a-z]+[A-Z]")
"""Run-together words ("TodayInSenatePlenary", "NGRSenate"): handles and hashtags."""
_CLUTTER_TOKEN = re.compile(r"[a-z][A-Z]{2,}|\d{3,}|_")
_WEBSITE = re.compile(r"\.(?:com|net|org|io|co\.uk)\b")
"""A website's name ("MakingStarWars.net"): an organisation, not a hashtag."""
_BRAND_TOKEN = re.compile(r"^[A-Z][a-z]+[A-Z]{2,}[a-z]*$")
"""A coined brand with capitals inside ("ChatGPT", "OpenAI", "BioNTech"), not a handle
("factcheckUK", "NGRSenate")."""
_BOILERPLATE = frozenset(["All Rights Reserved", "Rights Reserved"])


def run_mentions(
    text: str,
    tokens: list[tuple[int, int, str]],
    sentence_initial: bool,
    gaz: gazetteer.Gazetteer,
) -> list[Mention]:
    """Trim one capitalised run to its name, split off a title, and type what is left."""
    words = [w for _, _, w in tokens]
    for at in range(1, len(words) - 1) if "and" in words or "on" in words else ():
        if words[at] in ("and", "on") and not links.link_joins(words, at, gaz):
            # Two names joined by "and" ("Queen Elizabeth II and Pope Benedict XVI") are
            # trimmed and titled one by one.
            return run_mentions(text, tokens[:at], sentence_initial, gaz) + run_mentions(
                text, tokens[at + 1 :], False, gaz
            )
    while tokens and (
        (
            tokens[0][2] in lexicon.COMMON_WORDS
            and not _family_name_opens(text, tokens, gaz)
            and not _month_given_name(text, tokens, gaz)
            and not AFTER_HONORIFIC.search(text, max(0, tokens[0][0] - 6), tokens[0][0])
        )
        or tokens[0][2] in names.TAIL_LINKS
        or (
            sentence_initial
            and len(tokens) > 1
            and tokens[0][2].lower() in gaz.common_words
            and tokens[0][2] not in _KEEP_FIRST
            and tokens[0][2] not in _PARTICLES
            and not tokens[0][2].isupper()
            and not _family_name_first(tokens, gaz)
            and not _lettered(tokens)
            and not _person_by_what_follows(text, tokens)
            and not _surname_used_alone(text, tokens, gaz)
            and not _month_given_name(text, tokens, gaz)
            and not (len(tokens) > 2 and tokens[1][2] in names.PERSON_PARTICLES)
            and not (len(tokens) > 2 and tokens[-1][2] in lexicon.ORG_HEADS)
            and not (
                len(tokens) == 2
                and tokens[1][2] in gaz.surnames
                and tokens[1][2] not in names.HEADS
                and tokens[1][2] not in lexicon.PERSON_TITLES
            )
        )
    ):
        if titles.known_start([w for _, _, w in tokens], gaz):
            break
        if sentence_initial and _named_mid_sentence(text, tokens):
            break
        if (
            not sentence_initial
            and len(tokens) > 1
            and (
                tokens[0][2] in lexicon.WORD_NAMES
                or (
                    tokens[0][2] not in _FUNCTION_OPENERS
                    and tokens[0][2].lower() not in lexicon.FUNCTION_WORDS
                )
            )
            and tokens[1][2] not in names.TAIL_LINKS
            and not tokens[1][2].isupper()
        ):
            break  # mid-sentence capitals are a name: "Will Moy", "Full Fact", "Home Depot"
        if (
            not sentence_initial
            and len(tokens) > 1
            and tokens[-1][2] in names.HEADS
            and tokens[0][2] not in _FUNCTION_OPENERS
            and tokens[0][2] not in names.TAIL_LINKS
        ):
            break  # mid-sentence "World Health Organization", "Global Fund"
        tokens.pop(0)
        sentence_initial = False
    office = titles.office(tokens, gaz) if len(tokens) > 2 else None
    if office:
        return [office]
    while tokens and (
        tokens[-1][2] in names.TAIL_LINKS
        or (
            tokens[-1][2] in lexicon.COMMON_WORDS
            and not _keeps_last(tokens, gaz)
            and not AFTER_HONORIFIC.search(text, max(0, tokens[-1][0] - 6), tokens[-1][0])
        )
    ):
        tokens.pop()
    while (
        len(tokens) > 1
        and tokens[-1][2] in lexicon.TITLE_HEADS
        and tokens[-1][2] not in lexicon.ORG_HEADS
        and names.lookup(" ".join(w for _, _, w in tokens), gaz) is None
        and not titles.only_titles([w for _, _, w in tokens[:-1]], gaz)
        and names.classify([w for _, _, w in tokens[:-1]], gaz)[0] in ("organization", "place")
        and (
            not any(w in names.TAIL_LINKS for _, _, w in tokens)
            or names.lookup(" ".join(w for _, _, w in tokens[:-1]), gaz) is not None
        )
    ):
        tokens.pop()  # "Senate President": the office, then a role word
        while tokens and tokens[-1][2] in names.TAIL_LINKS:
            tokens.pop()
        while (
            len(tokens) > 1
            and tokens[-1][2] in lexicon.PERSON_TITLES
            and tokens[-1][2] not in lexicon.ORG_HEADS
            and tokens[-1][2] not in lexicon.DEMONYMS
            and names.lookup(" ".join(w for _, _, w in tokens), gaz) is None
            and names.classify([w for _, _, w in tokens[:-1]], gaz)[0] in ("organization", "place")
        ):
            tokens.pop()  # "UK Home | Secretary", "Senate Majority | Leader": the title's rest
    while (
        len(tokens) > 1
        # Mid-sentence, an everyday word before one name word is the name's ("a Con Edison
        # worker"); before a given name and surname it says who the person is ("said Pastor
        # John Gray").
        and (sentence_initial or len(tokens) > 2 or tokens[0][2] in _FAMILIAR_TITLES)
        and names.first_name(tokens[1][2], gaz)
        and (
            tokens[0][2].lower() in gaz.common_words
            or (
                _ROLE_SUFFIX.search(tokens[0][2]) is not None
                and not names.first_name(tokens[0][2], gaz)
            )
        )
        and tokens[0][2][1:].islower()
        and tokens[0][2] not in lexicon.PERSON_TITLES
        and tokens[0][2] not in lexicon.STORM_WORDS
        and tokens[0][2] not in lexicon.PLACE_HEADS
        and tokens[0][2] not in names.PLACE_FIRSTS
        and tokens[0][2] not in lexicon.ORG_STARTS
        and not titles.known_start([w for _, _, w in tokens], gaz)
        and tokens[-1][2] not in names.HEADS
        and names.classify([w for _, _, w in tokens], gaz)[0] != "organization"
    ):
        tokens.pop(0)  # "Former Alice Smith"; not "Air India", whose words make a company
    if not tokens or titles.only_titles([w for _, _, w in tokens], gaz):
        return []
    if len(tokens) == 1 and tokens[0][2] in lexicon.UNITS:
        return []  # "3 GW of solar power": a unit
    if (
        len(tokens) == 1
        and tokens[0][2][:-1] in lexicon.COMMON_WORDS
        and tokens[0][2][-1] == "s"
        and tokens[0][2] not in gaz.places  # "Mars" is no plural of "Mar"
    ):
        return []  # "CEOs", "DJs": the plural of an everyday word or acronym
    if len(tokens) == 1 and tokens[0][2] in lexicon.LONE_HEADS and not sentence_initial:
        return []  # "the Bill would require …": a law or plan named by its head alone
    if len(tokens) == 1 and len(tokens[0][2]) == 1:
        return []  # a lone capital letter ("press S", "plan B") names nothing
    if all(w in lexicon.GENERATIONAL_SUFFIXES for _, _, w in tokens):
        return []  # "Jr." on its own is the end of a name written before it
    if any(
        (
            _CLUTTER_TOKEN.search(word)
            and not names.MODEL_TOKEN.match(word)
            and not _BRAND_TOKEN.match(word)
        )
        or (_HASHTAG_LIKE.search(word) and not _WEBSITE.match(text, end))
        for _, end, word in tokens
    ):
        return []
    if text[max(0, tokens[0][0] - 2) : tokens[0][0]].strip()[-1:] in ("@", "#"):
        return []  # "@NGRSenate", "# Hashtag"
    if len(tokens) == 1 and cues.PARTY_TAG.match(
        text[tokens[0][0] : tokens[0][1] + 6].split(",")[0].split()[0].rstrip(")];")
    ):
        return []  # "Rep. Ilhan Omar, D-Minn.": a party and state tag names no entity
    if " ".join(w for _, _, w in tokens) in _BOILERPLATE:
        return []  # "© 2019 Associated Press. All Rights Reserved."
    if len(tokens) == 1 and (
        (
            cues.TICKER.match(text, tokens[0][1])
            and text[max(0, tokens[0][0] - 3) : tokens[0][0]].rstrip()[-1:] == "("
        )
        or cues.EXCHANGE_BEFORE.search(text, max(0, tokens[0][0] - 10), tokens[0][0])
        or (
            "(" in text[max(0, tokens[0][0] - 3) : tokens[0][0]]
            and not tokens[0][2][1:].islower()  # "Aug 24 (Reuters)": an agency, no symbol
            and cues.INDEX_SYMBOL_BEFORE.search(text, max(0, tokens[0][0] - 16), tokens[0][0])
            and cues.CLOSING_PAREN.match(text, tokens[0][1])
        )
    ):
        return []  # "(HD.N)", "(ticker: HD)", "Kospi Index (KOSPI)": a ticker names no entity
    if len(tokens) == 1 and (
        cues.PERIOD_TOKEN.match(tokens[0][2])
        or (
            tokens[0][2] in cues.TIME_ZONES
            and cues.CLOCK_BEFORE.search(text, max(0, tokens[0][0] - 8), tokens[0][0])
        )
    ):
        return []  # "Q3", "H1": a reporting period; "9 a.m. ET": a time zone
    mentions: list[Mention] = []
    title_at, name_at = titles.split_title(tokens, gaz)
    titled = ""
    if name_at:
        titled = next(
            titles.bare_title(w)
            for _, _, w in reversed(tokens[:name_at])
            if titles.bare_title(w) in lexicon.TITLE_HEADS
        )
        if title_at:
            mentions.extend(kinds.typed(text, tokens[:title_at], "", sentence_initial, gaz))
        mentions.extend(titles.prefix_mentions(tokens[title_at:name_at], gaz))
        tokens = tokens[name_at:]
        sentence_initial = False
    if not titled:
        honorific = AFTER_HONORIFIC.search(text, max(0, tokens[0][0] - 6), tokens[0][0])
        if honorific is not None:
            # "Ms Short", "Mr Major": the honorific was split off before this run
            titled = honorific.group().strip().rstrip(".").lower()
    mentions.extend(kinds.typed(text, tokens, titled, sentence_initial, gaz))
    return mentions


_SAYS_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|wrote|tweeted|argued|insisted)\b")


def _person_by_what_follows(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """ "Mitt Romney, a senator, said": two words opening a sentence, the first no everyday
    word of the curated lists (only of the broad one: "mitt", "novak"), followed by a
    person's role in apposition or a verb of saying, are a given name and a surname."""
    return (
        len(tokens) == 2
        and len(tokens[0][2]) > 2  # "Fr McManus", "Dr Smith": a title
        and tokens[0][2] not in lexicon.COMMON_WORDS
        and tokens[0][2] not in lexicon.PERSON_TITLES
        and tokens[0][2] not in lexicon.HONORIFICS
        and tokens[0][2].rstrip(".") not in lexicon.TITLE_ABBREVIATIONS
        and tokens[0][2].lower() not in lexicon.FUNCTION_WORDS
        and tokens[0][2][1:].islower()
        and (
            cues.PERSON_APPOSITION.match(text, tokens[-1][1]) is not None
            or _SAYS_AFTER.match(text, tokens[-1][1]) is not None
        )
    )


_DESCRIBING_ENDINGS = ("ous", "ly", "ful", "ive", "ed", "ing", "less", "able", "ible")
"""Endings of an adjective, adverb or participle opening a sentence before a surname."""


def _surname_used_alone(
    text: str, tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer
) -> bool:
    """ "Novak Djokovic gives …" then "… beat Djokovic": two words opening a sentence, the
    first no everyday word of the curated lists (only of the broad one), the second no
    everyday word at all and written alone in mid-sentence elsewhere in the article, are a
    given name and the surname news goes on to call the person by. One search of the text."""
    if len(tokens) != 2:
        return False
    first, last = tokens[0][2], tokens[1][2]
    if not (
        len(first) > 2
        and first[1:].islower()
        and last[1:].islower()
        and first not in lexicon.COMMON_WORDS
        and first not in lexicon.PERSON_TITLES
        and first not in lexicon.HONORIFICS
        and first.rstrip(".") not in lexicon.TITLE_ABBREVIATIONS
        and first.lower() not in lexicon.FUNCTION_WORDS
        and not first.endswith(_DESCRIBING_ENDINGS)  # "Victorious Obama", "Angry Smith"
        and last.lower() not in gaz.common_words
        and last not in gaz.places
    ):
        return False
    at = text.find(last, tokens[1][1])
    while at >= 0:
        before = text[max(0, at - 2) : at]
        after = text[at + len(last) : at + len(last) + 2]
        if (
            len(before) == 2
            and before[1] in " \t"
            and before[0].islower()
            and not (after[:1].isalnum() or after[:1] in "'’-")
            and not (after[:1] == " " and after[1:2].isupper())
        ):
            return True
        at = text.find(last, at + 1)
    return False


def _named_mid_sentence(text: str, tokens: list[tuple[int, int, str]]) -> bool:
    """Whether the article writes this run in mid-sentence too, so its first word is no
    sentence opener but part of the name ("Home Depot reported …" after "shares of Home
    Depot"). Only runs of two or three words are looked up: one search of the text each.
    """
    if not 1 < len(tokens) < 4:
        return False
    name = text[tokens[0][0] : tokens[-1][1]]
    at = text.find(name)
    while at >= 0:
        before = text[max(0, at - 2) : at]
        after = text[at + len(name) : at + len(name) + 1]
        if (
            len(before) == 2
            and before[1] in " \t"
            and (before[0].islower() or before[0] == ",")
            and not (after and (after.isalnum() or after in "'’-"))
        ):
            return True
        at = text.find(name, at + 1)
    return False


def _lettered(tokens: list[tuple[int, int, str]]) -> bool:
    """ "Group A", "Path B": a word and a capital letter that designates one of a series."""
    return (
        len(tokens) == 2
        and len(tokens[1][2]) == 1
        and tokens[1][2].isupper()
        and tokens[1][2] != "I"
    )


_FAMILIAR_TITLES = frozenset(
    [
        "Aunt",
        "Auntie",
        "Uncle",
        "Grandma",
        "Grandpa",
        "Granny",
        "Grandmother",
        "Grandfather",
        "Mom",
        "Mum",
        "Dad",
        "Mama",
        "Papa",
        "Cousin",
        "Nurse",
        "Sister",
        "Brother",
        "Nanny",
    ]
)
"""Kinship and familiar forms of address: before a given name a title ("Aunt Mary")."""


def _keeps_last(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a run's everyday last word belongs to the name ("Bloomberg News", "of Health")."""
    if len(tokens) < 2:
        return False
    last, before = tokens[-1][2], tokens[-2][2]
    if (
        before in lexicon.FAMILY_NAMES
        and last in lexicon.FAMILY_NAMES
        and (len(tokens) == 2 or tokens[-3][2] in lexicon.PERSON_TITLES)
    ):
        return True  # "(Vice Premier) Liu He": a capitalised "He" inside a run is no pronoun
    if len(last) == 1 and last.isupper() and before not in lexicon.COMMON_WORDS:
        return True  # "Serie A"
    if last in _MONTH_NAMES and names.first_name(before, gaz):
        return True  # "Theresa May", "Brian May": a surname after a given name
    if last in _FUNCTION_OPENERS:
        return False  # "Supreme Court on Monday"
    if names.lookup(" ".join(w for _, _, w in tokens), gaz) is not None:
        return True  # "New York Times"
    if before in names.TAIL_LINKS:
        return len(tokens) > 2 and (
            tokens[-3][2] in lexicon.ORG_HEADS or tokens[-3][2] in lexicon.ORG_STARTS
        )  # "Department of Health"
    for index in range(1, len(tokens) - 1 if len(last) > 3 else 1):
        if tokens[index][2] in ("of", "for") and (
            tokens[index - 1][2] in lexicon.ORG_HEADS or tokens[index - 1][2] in lexicon.ORG_STARTS
        ):
            return True  # "School of Public Health": the complement of an organisation's name
    if last in _SEASONS and before in lexicon.DEMONYMS:
        return True  # "Arab Spring"
    return (last in lexicon.ORG_HEADS or last in lexicon.OTHER_HEADS) and (
        before not in lexicon.COMMON_WORDS
    )


_MONTH_NAMES = frozenset(["April", "May", "June"])
"""Months that are also given names (and "May" a surname)."""
_TIME_WORDS = frozenset(
    [
        "in",
        "on",
        "since",
        "by",
        "until",
        "till",
        "from",
        "through",
        "during",
        "of",
        "last",
        "next",
        "early",
        "late",
        "mid",
        "this",
        "that",
        "before",
        "after",
        "around",
    ]
)


def _month_given_name(
    text: str, tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer
) -> bool:
    """ "June Carter sang", "April Galway, a resident, said": a month that is also a given
    name, before a surname the lists know or a name the words after make a person's; not
    a date (`in April Smith won`, `May 5`)."""
    if len(tokens) != 2 or tokens[0][2] not in _MONTH_NAMES:
        return False
    second = tokens[1][2]
    if second.lower() in gaz.common_words or second.isupper() or second in lexicon.DATE_WORDS:
        return False
    before = text[max(0, tokens[0][0] - 12) : tokens[0][0]].split()
    if before and before[-1].lower().strip(",") in _TIME_WORDS:
        return False
    return second in gaz.surnames or (
        cues.PERSON_APPOSITION.match(text, tokens[-1][1]) is not None
        or _SAYS_AFTER.match(text, tokens[-1][1]) is not None
    )


def _family_name_opens(
    text: str, tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer
) -> bool:
    """ "He Jianxiong, a professor": a family name that is also an everyday word ("He"),
    before an unlisted given name and a comma, opens a name rather than a sentence."""
    return (
        len(tokens) == 2
        and tokens[0][2] in lexicon.FAMILY_NAMES
        and text.startswith(",", tokens[-1][1])
        and _family_name_first(tokens, gaz)
    )


def _family_name_first(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """ "Fan Mengguang" opening a sentence: a family name before an unlisted given name."""
    if tokens[0][2] not in lexicon.FAMILY_NAMES or len(tokens) > 3:
        return False
    return all(
        word.lower() not in gaz.common_words and word not in gaz.places and not word.isupper()
        for _, _, word in tokens[1:]
    )

"""Link words inside capitalised runs: when "and", "of", "for" join one name or split two.

"Department of Health and Human Services" is one organisation, "Britain and France" two
places; "Return of the Jedi" one title, "Rakhine State for Bangladesh" two names. Kept apart
from `kinds`, which types what these decisions leave.
"""

from __future__ import annotations

from newsreader.analysis import gazetteer, lexicon, names


def link_joins(words: list[str], at: int, gaz: gazetteer.Gazetteer) -> bool:
    """Whether "and"/"on" at `at` is inside one name ("Securities and Exchange Commission").

    "Center on Poverty", "Department of Health and Human Services" and "World Travel and
    Tourism Council" are one organisation each; "Britain and France" are two names.
    """
    before = words[at - 1]
    if words[at] == "on":
        return before in lexicon.ORG_HEADS or before in lexicon.ORG_STARTS
    if at + 2 < len(words) and (words[at + 1] in gaz.places or words[at + 1] in lexicon.DEMONYMS):
        return False  # "Department of Homeland Security and U.S. Immigration and …": two names
    for index in range(at - 1, 0, -1):
        if words[index] in ("of", "for", "on"):
            head = words[index - 1]
            return head in lexicon.ORG_HEADS or head in lexicon.ORG_STARTS
    left = " ".join(words[:at])
    return (
        words[-1] in lexicon.ORG_HEADS
        and names.lookup(left, gaz) is None
        and not names.first_name(words[0], gaz)
    )


def titled_of(words: list[str], at: int, gaz: gazetteer.Gazetteer) -> bool:
    """ "Return of the Jedi", "Fall of the Wall": an everyday noun, "of the", a name.

    Such a run is one title or event (other), not a noun and a separate name. A plural
    noun ("Friends of the Earth"), a title ("Lord of the …") or a head word ("Bank of the
    West") is left to the other rules.
    """
    if at != 1 or len(words) < 4 or words[2] != "the":
        return False
    noun = words[0]
    return (
        noun.lower() in gaz.common_words
        and not noun.endswith("s")
        and noun not in lexicon.PERSON_TITLES
        and noun not in names.HEADS
        and noun not in lexicon.ORG_STARTS
        and noun not in lexicon.OTHER_STARTS
        and noun not in lexicon.COMMON_WORDS
        and noun.lower() not in lexicon.ROLE_NOUNS
        and noun.lower() not in lexicon.PERSON_ROLES
        and words[-1] not in names.HEADS
        and names.lookup(" ".join(words), gaz) is None
        and all(w[:1].isupper() for w in words[3:])
    )


def named(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """Whether one side of a split "X of Y" can be a name: not a lone everyday word."""
    if len(tokens) != 1:
        return True
    word = tokens[0][2]
    return (
        word.lower() not in gaz.common_words
        or word.isupper()
        or word in gaz.places
        or names.lookup(word, gaz) is not None
    )


def office_of_organisation(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a title follows a listed organisation ("United Nations High Commissioner for
    …"): the office is an institution and takes its "for" complement."""
    for size in range(len(words), 0, -1):
        known = names.lookup(" ".join(words[:size]), gaz)
        if known is not None:
            return known[0] == "organization"
    return False

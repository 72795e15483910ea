"""Titles and roles in front of names: "Foreign Minister | Antony Blinken".

Splits a run into the title and the person, finds bare titles that name nobody, offices
named as institutions, and organisation roles glued to a name ("Public Prosecution |
Eva-Marie Persson").
"""

from __future__ import annotations

from newsreader.analysis import gazetteer, lexicon, names
from newsreader.analysis.resolve import Mention

_RULERS = frozenset(["King", "Queen", "Prince", "Princess", "Emperor", "Sultan", "Emir"])
"""Titles of rulers, which stay titles before one name even where they are given names too
("Prince Rainier", "King Salman"); "Dean" before a surname alone is a given name."""
_PORTFOLIO_HEADS = frozenset(["Minister", "Secretary", "Ministry", "Spokesman", "Spokeswoman"])


def split_title(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> tuple[int, int]:
    """Find a title in front of a name ("Texas | Attorney General | Ken Paxton").

    Returns (title_start, name_start); name_start is 0 when the run holds no title that
    is followed by a name. A run that is an organisation in its own right ("General
    Motors", "Justice Department") has no title.
    """
    words = [bare_title(word) for _, _, word in tokens]
    head = -1
    for index in range(len(words) - 1):
        if words[index] in lexicon.TITLE_HEADS:
            head = index
    if head < 0 or " ".join(words) in lexicon.KNOWN_ORGS:
        return 0, 0
    if (
        head == len(words) - 2
        and words[head] in gaz.first_names
        and words[head] not in _RULERS
        and not names.first_name(words[-1], gaz)
        and (head == 0 or words[head - 1] not in lexicon.PERSON_TITLES)
    ):
        return 0, 0  # "Dean McCarron": a title that is also a given name, before a surname alone
    segment_end = next(
        (i for i in range(head + 1, len(words)) if words[i] in names.TAIL_LINKS), len(words)
    )
    if words[segment_end - 1] in names.HEADS and not (
        segment_end - head >= 2
        and (names.first_name(words[head + 1], gaz) or words[head + 1] in lexicon.WORD_NAMES)
    ):
        return 0, 0  # "Justice Department", "Queen Street"; "Dr. X of the Y Department" splits
    end = head + 1
    while end < len(words) - 1 and (
        words[end] in lexicon.PERSON_TITLES
        or (words[end] == "of" and words[end + 1] in lexicon.PERSON_TITLES)
    ):
        end += 1
    if words[end] in names.TAIL_LINKS or all(w in lexicon.PERSON_TITLES for w in words[end:]):
        return 0, 0  # "Office of Inspector General" names no person
    if all(w in lexicon.GENERATIONAL_SUFFIXES for w in words[end:]):
        return 0, 0  # "Martin Luther King Jr.": a title word before a suffix is a surname
    start = head
    while start > 0 and (words[start - 1] in lexicon.PERSON_TITLES or words[start - 1] == "of"):
        if names.lookup(" ".join(words[:start]), gaz) is not None and not all(
            w in lexicon.PERSON_TITLES for w in words[:start]
        ):
            break  # "White House | Press Secretary"; but "Labour Minister" is one title
        start -= 1
    return start, end


def bare_title(word: str) -> str:
    """A title without its "-elect" ("President-elect" is a title like "President")."""
    return word[:-6] if word.endswith("-elect") else word


def only_titles(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a run is a bare title ("Secretary of State"), which names nobody."""
    name = " ".join(words)
    if name in lexicon.KNOWN_ORGS or name in gaz.aliases:
        return False  # "Senate", "Labour"
    if len(words) > 1 and words[-1] in lexicon.ORG_HEADS and words[-1] not in lexicon.TITLE_HEADS:
        return False  # "Labour Party"
    return all(
        (word in lexicon.PERSON_TITLES or word in names.TAIL_LINKS)
        and word not in lexicon.DEMONYMS
        and word not in gaz.places
        for word in words
    )


def known_start(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether the run opens with a known name, so a leading "New" or "The" must stay."""
    if words[0] == "The" and len(words) > 1 and known_start(words[1:], gaz):
        return False  # "The Netherlands" is tagged "Netherlands", like "The Hague" is not
    for size in range(min(4, len(words)), 0, -1):
        name = " ".join(words[:size])
        if name.endswith("ers") and name[:-3] in gaz.places:
            return True  # "New Zealanders"
        if name in gaz.places or name in lexicon.KNOWN_ORGS or name in lexicon.KNOWN_OTHER:
            return True
        if name.isupper() and name in gaz.places_upper:
            return True
    return False


def role_split(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> int:
    """Where a person's name starts after an organisation glued in front of it.

    "Public Prosecution Eva-Marie Persson" is an organisation role and a person, not one
    name: a given name that follows an organisation head word or a listed place ("Paris
    Benoit Tessier" in a photo credit) starts a new name. After a place the rest must look
    like a whole person's name (two or three words, no head word): "Tokyo Rose", "West
    Virginia Normal School" and "East Denny Way" stay one name. Returns the index of that
    given name, or 0.
    """
    for index in range(1, len(tokens) - 1):
        word = tokens[index][2]
        if not names.first_name(word, gaz):
            continue
        prefix = " ".join(w for _, _, w in tokens[:index])
        known = names.lookup(prefix, gaz)
        if tokens[index - 1][2] in lexicon.ORG_HEADS or (
            (
                prefix in gaz.places
                or (known is not None and known[0] == "organization")
                or (_body_of(tokens[:index]) and word not in gaz.places)
            )
            and prefix not in gaz.first_names
            and prefix.split()[0] not in lexicon.DIRECTIONS
            and 2 <= len(tokens) - index <= 3
            and all(w[:1].isupper() and w not in names.HEADS for _, _, w in tokens[index:])
        ):
            if not any(names.first_name(w, gaz) for _, _, w in tokens[:index]):
                return index
            return 0
    return 0


_NATIONALS = frozenset(["Swede", "Dane", "Spaniard", "Kiwi", "Aussie"])
"""Nouns for a nation's people that are no adjective in the demonym list ("Swede")."""
_MEMBER_TITLES = frozenset(["MP", "MPs", "MEP", "MSP", "MLA", "Coun", "Cllr"])
"""Short titles of elected members ("NDP MP Pat Martin"), missing from the title lists."""


def described_split(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> int:
    """Where a person's name starts after words that only say who the person is
    ("Dutchman | Robin Haase", "Maryland Democrat | Elijah Cummings", "House Republican |
    Thomas Massie"): a given name followed by one or two more capitalised words, no head
    word among them, after a run of describing words (`_describes`). Returns the index of
    that given name, or 0. The describing words are then read like a title's
    (`prefix_mentions`): a place or a nationality stays an entity, a role does not."""
    for index in range(1, len(tokens) - 1):
        if not 2 <= len(tokens) - index <= 3:
            continue
        if not names.first_name(tokens[index][2], gaz):
            continue
        if f"{tokens[index - 1][2]} {tokens[index][2]}" in gaz.places:
            continue  # "a South Carolina Democrat": the given name ends a place's name
        if all(
            w[:1].isupper()
            and w not in names.HEADS
            and w not in lexicon.PERSON_TITLES
            and w not in lexicon.DEMONYMS
            for _, _, w in tokens[index:]
        ) and _describes(tokens[:index], gaz):
            return index
    return 0


def described_mentions(
    tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """The entities among the describing words before a person's name: a place of several
    words that opens them ("New York | Democrat"), then each word as a title's would be."""
    size = _place_opening([w for _, _, w in tokens], gaz)
    found = []
    if size:
        name = " ".join(w for _, _, w in tokens[:size])
        found.append(Mention(tokens[0][0], tokens[size - 1][1], name, "place", gaz.places[name]))
    return found + prefix_mentions(tokens[size:], gaz)


def _place_opening(words: list[str], gaz: gazetteer.Gazetteer) -> int:
    """How many words of a listed place of two or three words open `words` (0 if none), with
    at least one word after it."""
    for size in (3, 2):
        if len(words) > size and " ".join(words[:size]) in gaz.places:
            return size
    return 0


def _describes(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> bool:
    """Whether every word of a run says who a person is rather than being their name: a
    nationality, party or faith ("Dutchman", "Democrat"), a place, a role
    ("Writer-director"), a title or a listed organisation's name; titles alone are left to
    `split_title`."""
    words = [w for _, _, w in tokens]
    if all(w in lexicon.PERSON_TITLES for w in words):
        return False
    words = words[_place_opening(words, gaz) :]  # "West Virginia | Republican"
    return all(
        not names.first_name(w, gaz)
        and (
            w in lexicon.DEMONYMS
            or w in _NATIONALS
            or (w.endswith("man") and w[:-3] in lexicon.DEMONYMS)  # "Dutchman", "Irishman"
            or (w.endswith("woman") and w[:-5] in lexicon.DEMONYMS)  # "Frenchwoman"
            or w in gaz.places
            or w in lexicon.PERSON_TITLES
            or w in _MEMBER_TITLES
            or w in lexicon.KNOWN_ORGS
            or all(part in lexicon.PERSON_ROLES for part in w.lower().split("-"))
        )
        for w in words
    )


def _body_of(tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a run is a body named by its head word and an "of" complement ("Ministry of
    Finance", "University of Ghana"): whole by its shape, so a given name and surname after
    it ("Ministry of Finance Brian Manning") are a person of that body, not more of its
    name. A complement that ends in a link or a direction ("Bank of", "University of
    North") is still open."""
    words = [w for _, _, w in tokens]
    if "of" not in words[1:-1] or words[-1] in names.TAIL_LINKS:
        return False
    head = words[words.index("of", 1) - 1]
    return (head in lexicon.ORG_HEADS or head in lexicon.ORG_STARTS) and (
        words[-1] not in lexicon.DIRECTIONS
    )


def office(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> Mention | None:
    """A place's office named as an institution ("New York State Attorney General").

    A run that ends in a title of two or more words with no name after it, behind a listed
    place, is the office itself (an organisation), not a title waiting for a person.
    """
    words = [w for _, _, w in tokens]
    titled = 0
    while titled < len(words) and words[-1 - titled] in lexicon.PERSON_TITLES:
        titled += 1
    prefix = words[: len(words) - titled]
    if titled < 2 or not prefix or not known_start(prefix, gaz):
        return None
    if " ".join(prefix) not in gaz.places and prefix[0] not in gaz.places:
        return None
    if all(w in lexicon.PERSON_TITLES for w in prefix):
        return None
    start, end = tokens[0][0], tokens[-1][1]
    name = " ".join(words)
    return Mention(start, end, name, "organization", name)


def prefix_mentions(tokens: list[tuple[int, int, str]], gaz: gazetteer.Gazetteer) -> list[Mention]:
    """Places, demonyms and organisations inside a title ("US", "Russian", "Pentagon")."""
    found: list[Mention] = []
    following = {tokens[i][0]: tokens[i + 1][2] for i in range(len(tokens) - 1)}
    for start, end, word in tokens:
        canonical = gaz.places.get(word)
        if canonical is not None:
            found.append(Mention(start, end, word, "place", canonical))
        elif word in lexicon.DEMONYMS:
            found.append(Mention(start, end, word, "other", word))
        elif word in lexicon.KNOWN_ORGS and following.get(start) not in _PORTFOLIO_HEADS:
            found.append(Mention(start, end, word, "organization", word))  # not "Labour Minister"
        elif (
            word not in lexicon.PERSON_TITLES
            and word not in lexicon.COMMON_WORDS
            and word[:1].isupper()
        ):
            # "Emirates President Tim Clark": kept only if the article names it elsewhere.
            found.append(Mention(start, end, word, None, "\0" + word))
    return found

"""Document-level pass of the entity recogniser: one article's mentions agree with each other.

A surname seen in a full person name makes every bare use of it that person; a word typed
in the body types its repeats in headlines and ALL-CAPS lines; "the secretary" joins the
one person introduced with that title. Kept apart from candidate scanning so each module
does one job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from newsreader.analysis import gazetteer, lexicon
from newsreader.analysis.humans import human_forms
from newsreader.models import Entity, EntityKind

_ROLE_REFERENCE = re.compile(
    r"\b[Tt]he ([Ss]ecretary|[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Gg]overnor"
    r"|[Mm]ayor|[Ss]enator)\b(?! of| [A-Z])"
)
"""A bare role that can stand for the one person introduced with that title."""
_SUFFIXES = lexicon.GENERATIONAL_SUFFIXES
_INITIAL = re.compile(r"^[A-Z]\.$").match
_DETERMINER_BEFORE = re.compile(r"\b(?:our|their|my|his|her|your)[ \t]+$")
"""A possessive before an unknown capitalised everyday word: no name ("save our Country")."""
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")
_WORD = re.compile(r"\S+")
_CONTRACTION = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]+)")
"""A name run together from the starts of two words: "CalMac", "FedEx"."""


@dataclass(slots=True)
class Mention:
    """A typed candidate before keys are assigned."""

    start: int
    end: int
    text: str
    kind: EntityKind | None
    """None: not decided yet; the document-level pass decides or drops it. A key starting
    with "\0" is a headline word, "\1" a surname guessed from a list, "\3" an inflected
    word opening a sentence: each is kept only as far as the rest of the article supports."""
    key: str
    sentence_initial: bool = False
    titled: str = ""
    """The title head in front of a person ("Secretary"), used for "the secretary"."""
    guess: tuple[EntityKind, str] | None = None
    """For a headline word run: the kind and key its own words suggest, used only when the
    body does not type it ("Tom Brown" in a Title Case byline)."""


def resolve(text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer) -> list[Entity]:
    """Spread person names, type leftovers, assign canonical keys.

    Args:
        text: The analysed text.
        mentions: Typed candidates in text order (kind None: undecided).
        gaz: The loaded gazetteer.

    Returns:
        Entities in text order; overlapping candidates keep the first that resolves.
    """
    mentions = _without_premodifiers(text, mentions, gaz)
    mentions = _without_bodies_before_surnames(text, mentions, gaz)
    _join_contractions(mentions)
    surname_key: dict[str, str] = {}
    sure_surnames: set[str] = set()
    """Surnames of people named with a given name or a title: these win over what a list or a
    head word says ("Kennedy" the town, "Apple" the company) everywhere in the article."""
    known: dict[str, tuple[EntityKind, str]] = {}
    weak: dict[str, tuple[EntityKind, str]] = {}
    """Surnames guessed from a name list alone: used only where nothing surer types a word."""
    given_named: set[str] = set()
    """Surnames already held by a name opened with a given name or a title ("Tony Wilson").
    Until then a name so opened takes a surname over from one opened by an everyday word
    ("Mogul Wilson" in a headline over "Tony Wilson, the music mogul"), which is no one's
    full name."""
    for mention in mentions:
        if mention.kind == "person" and mention.key[:1] not in ("\0", "\1"):
            words = [w for w in mention.key.split() if w not in _SUFFIXES and not _INITIAL(w)]
            if len(words) >= 2:
                sure = bool(mention.titled) or words[0] in gaz.first_names
                for word in (words[-1], words[0]) if len(words) == 2 else (words[-1],):
                    held = surname_key.get(word)
                    if (
                        sure
                        and held is not None
                        and word == words[-1]
                        and word not in given_named
                        and _everyday(held.split()[0], text, gaz)
                    ):
                        surname_key[word] = mention.key
                    if sure:
                        given_named.add(word)
                    surname_key.setdefault(word, mention.key)
                if not words[-1].isascii():
                    # "Müller" is written "Muller" and "Mueller" by English copy too
                    for spelling in _ascii_spellings(words[-1]):
                        surname_key.setdefault(spelling, mention.key)
                        if words[0] in gaz.first_names or mention.titled:
                            sure_surnames.add(spelling)
                particle, hyphen, after = words[-1].partition("-")
                if hyphen and particle.isalpha() and particle.islower() and after[:1].isupper():
                    # "Mahmoud" after "Abdellatif al-Mahmoud": the name after its particle
                    surname_key.setdefault(after, mention.key)
                    if sure:
                        sure_surnames.add(after)
                if len(words) > 2 and words[-2].islower():
                    surname_key.setdefault(" ".join(words[-2:]), mention.key)  # "de Blasio"
                    # opening a sentence the particle is capitalised: "De Wit said"
                    surname_key.setdefault(f"{words[-2].capitalize()} {words[-1]}", mention.key)
                if mention.titled or words[0] in gaz.first_names:
                    sure_surnames.add(words[-1])
                for word in words[:-1]:
                    head, hyphen, particle = word.partition("-")
                    if hyphen and particle[:1].islower() and len(head) > 2:
                        # "Inzamam" after "Inzamam-ul Haq": the name before its particle
                        surname_key.setdefault(head, mention.key)
                if words[0] in lexicon.FAMILY_NAMES:
                    surname_key.setdefault(words[0], mention.key)  # "Yoon Suk Yeol" … "Yoon"
                    sure_surnames.add(words[0])
    for mention in mentions:
        if mention.kind is not None and not mention.sentence_initial:
            if mention.key[:1] == "\1":
                weak.setdefault(mention.text, (mention.kind, mention.key[1:]))
            else:
                known.setdefault(mention.text, (mention.kind, mention.key))
    leading = _leading_words(mentions, gaz)
    places = {m.key for m in mentions if m.kind == "place" and m.key[:1] not in ("\0", "\1")}
    """Places the article names ("ST. FRANCIS, Kan." in a dateline): the same name typed a
    person elsewhere without a given name ("grew up in St. Francis") is the place."""
    for text_form, typed in weak.items():
        opens = leading.get(text_form)
        if typed[0] == "person" and opens is not None and text_form not in surname_key:
            # "Verizon said" guessed a surname, but the article names "Verizon Wireless"
            # and "Verizon Apps": the word opens bodies' names, so it is the body
            typed = (opens[0], text_form)
        known.setdefault(text_form, typed)
    people = set(surname_key.values())
    humans = _humans(text, mentions)
    openings = Counter(m.text for m in mentions if m.kind is None and m.sentence_initial)
    lower_words: set[str] | None = None
    entities: list[Entity] = []
    titles: dict[str, set[str]] = {}
    last_end = -1
    for mention in mentions:
        if mention.start < last_end:
            continue
        kind, key = mention.kind, mention.key
        if key.startswith("\3"):
            # An inflected-looking word opening a sentence: a name only if the article
            # names it so elsewhere.
            key = key[1:]
            if key in surname_key:
                kind, key = "person", surname_key[key]
            elif mention.text in known:
                kind, key = known[mention.text]
            else:
                continue
        if key.startswith("\1"):
            key = key[1:]
            surer = known.get(mention.text)
            if surer is not None and surer[0] != "person" and key not in surname_key:
                kind, key = surer  # "Bird, the e-scooter company" … "Bird cut jobs"
            elif mention.sentence_initial and key not in surname_key:
                if lower_words is None:
                    lower_words = set(_LOWER_WORD.findall(text))
                if key.lower() in lower_words or key.lower() in gaz.common_words:
                    continue
        if key.startswith("\0"):
            lookup = key[1:]
            hit = known.get(lookup) or known.get(mention.text)
            for form in (lookup, mention.text):
                if hit is None and form in surname_key:
                    hit = ("person", surname_key[form])
            if hit is None and " " in lookup and lookup in people:
                hit = ("person", lookup)  # "How Taylor Swift Became …" after "Taylor Swift"
            if hit is None:
                hit = mention.guess
            if hit is None:
                continue
            kind, key = hit
        elif kind == "person" or kind is None:
            surer = known.get(mention.text) if kind is None else None
            if surer is not None and surer[0] != "person" and key not in sure_surnames:
                kind, key = surer  # "Shares of Hoshino" … "said Hoshino planned"
            elif key in surname_key:
                kind, key = "person", surname_key[key]
            elif kind == "person" and (typo := _transposed(key, surname_key)) is not None:
                kind, key = "person", typo  # "Mr Montieth" after "David Monteith"
            elif kind is None and mention.text in known:
                kind, key = known[mention.text]
            elif kind is None and mention.text in leading:
                kind, key = leading[mention.text]  # "Hubble" after "Hubble Space Telescope"
            elif kind is None:
                if mention.sentence_initial:
                    if lower_words is None:
                        lower_words = set(_LOWER_WORD.findall(text))
                    lowered = mention.text.lower()
                    head = lowered.split("-")[0]
                    if lowered in lower_words or (
                        (
                            lowered in gaz.common_words
                            or (head != lowered and head in gaz.common_words)
                        )
                        and openings[mention.text] < 2
                    ):
                        # "Seventy-eight percent …"; but a word that opens two sentences and
                        # is never written small in the article is a name ("Napoli …").
                        continue
                elif (
                    " " not in mention.text
                    and mention.text.lower() in gaz.common_words
                    and _DETERMINER_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                ):
                    continue  # "save our Country": an everyday word capitalised
                # an unknown word is a body, unless the text treats it as a person
                kind = "person" if mention.text in humans else "organization"
        elif (
            " " not in mention.text
            and mention.text in surname_key
            and (mention.text in sure_surnames or (kind is None and mention.sentence_initial))
        ):
            # "Kennedy" after "James P. Kennedy Jr." is the man, not the town in the list.
            kind, key = "person", surname_key[mention.text]
        elif mention.text in surname_key and mention.text[:1].isupper() and " " in mention.text:
            kind, key = "person", surname_key[mention.text]  # "De Wit" after "Femke de Wit"
        if (
            kind == "person"
            and key in places
            and not mention.titled
            and key.split()[0] not in gaz.first_names
        ):
            kind = "place"
        if kind is None:
            continue
        if mention.titled and kind == "person":
            titles.setdefault(mention.titled.lower(), set()).add(key)
        start = _particle_start(text, mention, kind, key)
        surface = mention.text if start == mention.start else text[start : mention.end]
        entities.append(Entity(start, mention.end, surface, kind, key))
        last_end = mention.end
    entities.extend(_role_references(text, titles))
    entities.sort(key=lambda entity: entity.start)
    return entities


def _transposed(word: str, surname_key: dict[str, str]) -> str | None:
    """The one person whose surname `word` is with two neighbouring letters swapped
    ("Montieth" for "Monteith", "Haselby" for "Hasleby") or one letter dropped or added
    inside it ("Baily" for "Bailey"): copy's commonest slips of a name, where two real
    surnames so close are rare. Long single words only, first letter kept."""
    if len(word) < 5 or " " in word or not word.isalpha():
        return None
    found = {
        surname_key[swapped]
        for i in range(1, len(word) - 1)
        if word[i] != word[i + 1]
        and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in surname_key
    }
    for surname, key in surname_key.items():
        # one letter dropped or added inside the surname ("Baily" for "Bailey"), never
        # at either end ("Roberts", "Robert"); surnames only, not given names
        if (
            abs(len(surname) - len(word)) == 1
            and surname[0] == word[0]
            and surname[-1] == word[-1]
            and key.split()[-1] == surname
            and _one_inside(surname, word)
        ):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _one_inside(first: str, second: str) -> bool:
    """Whether the longer word is the shorter with one letter added inside it."""
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer) - 1))


def _everyday(word: str, text: str, gaz: gazetteer.Gazetteer) -> bool:
    """A capitalised word that is no given name and is an everyday word: a frequent one, or
    one the article itself writes in lower case ("mogul")."""
    if word in gaz.first_names:
        return False
    lowered = word.lower()
    return lowered in gaz.common_words or re.search(rf"\b{re.escape(lowered)}\b", text) is not None


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _ascii_spellings(word: str) -> set[str]:
    """How English copy writes a surname with accents: without them ("Muller", "Sanchez"),
    and German umlauts as two letters ("Mueller", "Schroeder")."""
    folded = "".join(
        character
        for character in unicodedata.normalize("NFKD", word)
        if not unicodedata.combining(character)
    )
    return {folded, word.translate(_UMLAUTS)} - {word}


def _humans(text: str, mentions: list[Mention]) -> set[str]:
    """Undecided lone words the text treats as people (`humans.human_forms`)."""
    undecided = [
        index
        for index, mention in enumerate(mentions)
        if mention.kind is None
        and " " not in mention.text
        and not mention.text.isupper()
        and mention.key[:1] not in ("\0", "\1", "\3")
    ]
    if not undecided:
        return set()
    # where the next mention that may be a person starts, after each mention
    following = [len(text)] * len(mentions)
    for index in range(len(mentions) - 2, -1, -1):
        after = mentions[index + 1]
        following[index] = after.start if after.kind in ("person", None) else following[index + 1]
    next_starts = [following[index] for index in undecided]
    spans = [(mentions[i].start, mentions[i].end, mentions[i].text) for i in undecided]
    return human_forms(text, spans, next_starts)


def _join_contractions(mentions: list[Mention]) -> None:
    """ "CalMac" after "Caledonian MacBrayne": one body under its contracted name.

    A word run together from the starts of the two words of a longer name the article
    uses is that name's short form. People are not called so, so a long name that was
    taken for a person ("Caledonian MacBrayne") is a body once its contraction is seen.
    """
    pairs: dict[tuple[str, str], Mention] = {}
    for mention in mentions:
        words = mention.text.split()
        if len(words) == 2 and mention.key[:1] not in ("\0", "\1"):
            pairs.setdefault((words[0], words[1]), mention)
    if not pairs:
        return
    for mention in mentions:
        found = _CONTRACTION.fullmatch(mention.text)
        if found is None:
            continue
        first, second = found.groups()
        for (one, two), full in pairs.items():
            if one.startswith(first) and two.startswith(second) and one != first:
                if full.kind in ("person", None):
                    full.kind = "organization"
                mention.kind, mention.key = full.kind, full.key
                mention.sentence_initial = False
                break


def _premodifier(word: str, gaz: gazetteer.Gazetteer) -> bool:
    """Whether a capitalised word before a surname describes the person rather than names
    them: "Under-siege", "Australian"; never a given name, title or particle. An everyday
    word is not enough: given names missing from the lists are everyday words too ("Liam")."""
    if (
        word in gaz.first_names
        or word in gaz.surnames  # "Han Kang", "Dawn French": a name after all
        or word in lexicon.FAMILY_NAMES
        or word in lexicon.PERSON_TITLES
        or word in lexicon.HONORIFICS
        or word.lower() in lexicon.CONNECTORS
        or _INITIAL(word)
    ):
        return False
    _, hyphen, rest = word.partition("-")
    if hyphen and rest[:1].islower():
        return True  # "Under-siege", "then-director": no name is hyphenated in lower case
    if len(word) > 5 and word[1:].islower() and word.endswith(("ing", "ed")):
        return True  # "Fuming Robinson", "Embattled Hale": a headline's participle
    return word in lexicon.DEMONYMS


def _without_premodifiers(
    text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """ "Under-siege Kemble", "Australian Lleyton Hewitt" -> the person the article names.

    A headline or a sports report puts an epithet before a surname; the capitalised run
    then holds a word that is no part of the name. Words are cut from the front only when
    the rest ends in a surname the article uses for a person elsewhere (a full name, or the
    surname alone), so "British Airways" or "Golden Gate" stay whole. A run of nothing but
    nationality and party words ("Latino Republican senator") names nobody.
    """
    full: set[str] = set()
    alone: set[str] = set()
    alone_person: set[str] = set()
    for mention in mentions:
        if mention.key[:1] == "\0":
            continue
        words = mention.text.split()
        if len(words) == 1 and mention.kind in ("person", None):
            alone.add(words[0])
            if mention.kind == "person":
                alone_person.add(words[0])
        elif mention.kind == "person" and (mention.titled or words[0] in gaz.first_names):
            full.add(words[-1])
    result: list[Mention] = []
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.kind == "person"
            and len(words) > 1
            and all(w in lexicon.DEMONYMS for w in words)
            and not (words[0] in gaz.first_names and words[-1] in gaz.surnames)
        ):
            mention.kind = "other"  # "Latino Republican": who they are, not their name
            result.append(mention)
            continue
        if (
            mention.kind in ("person", None)
            and not mention.titled
            and len(words) >= 3
            and words[0] not in gaz.first_names
            and words[0] not in gaz.surnames
            and words[1] in gaz.first_names
            and _OF_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        ):
            # "Chancellor of the Exchequer Gordon Brown": the word after "of" completes the
            # office; the name opens with the given name after it
            start = mention.start + [m.start() for m in _WORD.finditer(mention.text)][1]
            named = mention.text[start - mention.start :]
            result.append(Mention(start, mention.end, named, "person", " ".join(words[1:])))
            continue
        if (
            mention.kind not in ("person", "other", "place", None)
            or mention.titled
            or len(words) < 2
            or mention.key[:1] == "\0"
            or not _premodifier(words[0], gaz)
        ):
            result.append(mention)
            continue
        cut = 1
        while cut < len(words) - 1 and _premodifier(words[cut], gaz):
            cut += 1
        rest = words[cut:]
        surname = rest[-1]
        if mention.kind in ("person", None):
            supported = surname in full or surname in alone
        else:
            # "Australian MTV Australia Video Music Awards" is no person: what is left
            # must read as a name, its surname a person's elsewhere
            supported = (
                len(rest) <= 3
                and all(w[1:].islower() and w.isalpha() for w in rest)
                and (
                    surname in full
                    or (
                        mention.kind == "other"
                        and (surname in alone_person or surname.lower() not in gaz.common_words)
                        and surname in alone
                    )
                )
            )
        if not supported:
            result.append(mention)
            continue
        start = mention.start + [m.start() for m in _WORD.finditer(mention.text)][cut]
        if words[0] in lexicon.DEMONYMS and cut == 1:
            first_end = mention.start + len(words[0])
            result.append(
                Mention(
                    mention.start, first_end, words[0], "other", words[0], mention.sentence_initial
                )
            )
        named = mention.text[start - mention.start :]
        kind: EntityKind | None = "person" if len(rest) > 1 else None
        result.append(Mention(start, mention.end, named, kind, " ".join(rest)))
    return result


_OF_BEFORE = re.compile(r"\bof[ \t]+(?:the[ \t]+)?\Z")
"""What closes an office's name before its holder's: "Chancellor of the Exchequer Gordon"."""
_THE_BEFORE = re.compile(r"\b[Tt]he (?:[A-Z][a-z]+ )?$")
"""What comes before a body's name: "the", and perhaps an everyday capitalised word the
scanner left out of the run ("the Evening Ledger")."""


def _without_bodies_before_surnames(
    text: str, mentions: list[Mention], gaz: gazetteer.Gazetteer
) -> list[Mention]:
    """ "Speaking to the Daily Courier Morvan said" -> the body, then the person.

    News copy sometimes drops the comma after an outlet's name, and the capitalised run
    then reads as one person. No person's name follows "the"; when such a run ends in the
    surname of someone the article names with a given name or a title, and no word before
    that surname is a given name, the words before it are a body's name and the surname
    stands alone for the person.
    """
    full: set[str] = set()
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.kind == "person"
            and mention.key[:1] not in ("\0", "\1")
            and len(words) > 1
            and (mention.titled or words[0] in gaz.first_names)
        ):
            full.add(words[-1])
    if not full:
        return mentions
    result: list[Mention] = []
    for mention in mentions:
        words = mention.text.split()
        if (
            mention.kind != "person"
            or mention.titled
            or len(words) < 2
            or mention.key[:1] == "\0"
            or words[-1] not in full
            or not (before := _THE_BEFORE.search(text, max(0, mention.start - 20), mention.start))
            or any(
                w in gaz.first_names or w in lexicon.PERSON_TITLES or w in lexicon.HONORIFICS
                for w in words[:-1]
            )
        ):
            result.append(mention)
            continue
        cut = mention.start + mention.text.rindex(" " + words[-1]) + 1
        body_start = before.start() + 4
        body_end = mention.start + len(mention.text[: cut - mention.start].rstrip())
        body = text[body_start:body_end]
        result.append(Mention(body_start, body_end, body, "organization", body))
        result.append(Mention(cut, mention.end, words[-1], None, words[-1]))
    return result


def _particle_start(text: str, mention: Mention, kind: EntityKind, key: str) -> int:
    """Where a surname's mention starts once the particles its full name puts before it join.

    "Bill de Blasio" … "by de Blasio": the capitalised run is "Blasio" alone, but the
    lower-case "de" written before it is the name's, as the full name shows.
    """
    if kind != "person" or not key.endswith(" " + mention.text):
        return mention.start
    particles: list[str] = []
    for word in reversed(key[: -len(mention.text)].split()):
        if not word.islower() or not word.isalpha():
            break
        particles.insert(0, word)
    if not particles:
        return mention.start
    written = " ".join(particles) + " "
    start = mention.start - len(written)
    if start < 0 or text[start : mention.start] != written:
        return mention.start
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'’"):
        return mention.start
    return start


def _leading_words(
    mentions: list[Mention], gaz: gazetteer.Gazetteer
) -> dict[str, tuple[EntityKind, str]]:
    """First words of the article's organisations and works, which stand for them alone.

    "Hubble Space Telescope" … "Hubble", "Goldman Sachs" … "Goldman": a short form that
    nothing else types takes the kind and key of the full name it opens. Only a word that
    is no everyday word ("Border" of "Border Force"), nationality or title can stand for a
    name this way.
    """
    leading: dict[str, tuple[EntityKind, str]] = {}
    for mention in mentions:
        if mention.kind not in ("organization", "other") or mention.key[:1] in ("\0", "\1"):
            continue
        first, space, _ = mention.text.partition(" ")
        if (
            space
            and len(first) > 2
            and first[:1].isupper()
            and not first.isupper()
            and first not in lexicon.COMMON_WORDS
            and first not in lexicon.DEMONYMS
            and first not in lexicon.PERSON_TITLES
            and first.lower() not in lexicon.FUNCTION_WORDS
            and first.lower() not in gaz.common_words
        ):
            leading.setdefault(first, (mention.kind, mention.key))
    return leading


def _role_references(text: str, titles: dict[str, set[str]]) -> list[Entity]:
    """ "the secretary" -> the one person introduced with that title, when there is one.

    A reference, not a name: grouping, `articles --mentioning` and quote speakers count it
    for the person, while highlighting and the entity benchmark leave it out.
    """
    found: list[Entity] = []
    if not titles:
        return found
    for match in _ROLE_REFERENCE.finditer(text):
        keys = titles.get(match.group(1).lower().split()[-1])
        if keys is not None and len(keys) == 1:
            key = next(iter(keys))
            found.append(
                Entity(match.start(), match.end(), match.group(), "person", key, reference=True)
            )
    return found

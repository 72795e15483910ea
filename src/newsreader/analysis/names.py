"""What a name's own words say it is: lists, heads, word shape ("WeWork", "Tunisians").

The entity scanner (`entities.py`) finds capitalised runs and reads their context; this
module types a run from its words alone, so each of the two stays small enough to read.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from newsreader.analysis import gazetteer, lexicon
from newsreader.models import EntityKind

LINK = (
    r"(?:van der|van den|van de|von der|von dem|de la|de los|de las|"
    r"of|of the|for|on|and|de|del|della|da|di|do|dos|van|von|der|den|du|la|le|bin|al|el|y|&)"
)
"""Lower-case words that may join capitalised words into one name ("Bank of", "&")."""

TAIL_LINKS = frozenset(w for w in LINK.strip("(?:)").split("|") if " " not in w) | {"the"}
"""Link words that may join a name but never open or close one."""

PLACE_FIRSTS = frozenset(  # first words of place names ("Lake Erie", "Piazza Navona")
    [
        "Lake",
        "Mount",
        "Mt.",
        "Gulf",
        "Cape",
        "Fort",
        "Stadio",
        "Estadio",
        "Stade",
        "Piazza",
        "Plaza",
        "Rue",
        "Avenida",
        "Calle",
        "Camp",
    ]
)

HEADS = lexicon.ORG_HEADS | lexicon.PLACE_HEADS | lexicon.OTHER_HEADS
"""Last words that make a run a name of its own, whatever first names it contains."""

PERSON_PARTICLES = frozenset(["bin", "ibn", "bint", "van", "von", "al", "el"])
"""Lower-case particles that, inside a run, make it a person's name ("Osama bin Laden",
"Maha al Musa")."""
PERSON_PARTICLES_OPENING = frozenset(["Bin", "Ibn", "Abu"])
"""Particles that open a person's name when capitalised ("Bin Laden", "Abu Mazen")."""

_NOBILIARY = frozenset(["de", "da", "di", "del", "della", "du", "dos", "das", "van", "von", "ter"])
"""Particles between a given name and a surname ("Femke de Wit"); in an organisation's
name they follow an everyday word instead ("Banco de Chile", "Gaz de France")."""

_INNER_PARTICLES = frozenset(["der", "den", "dem", "la", "los", "las"])
"""Second words of two-word particles ("van der", "de la")."""

FOREIGN_ORG_STARTS = frozenset(
    [
        "Movimiento",
        "Partido",
        "Partito",
        "Parti",
        "Banco",
        "Banque",
        "Grupo",
        "Gruppo",
        "Universidad",
        "Universidade",
        "Universität",
        "Université",
        "Università",
        "Instituto",
        "Istituto",
        "Institut",
        "Ministerio",
        "Ministero",
        "Ministère",
        "Compañía",
        "Companhia",
        "Fundación",
        "Fundação",
        "Fondazione",
        "Asociación",
        "Associação",
    ]
)
"""First words of organisations in other languages ("Movimiento Ciudadano", "Banco Santander")."""
ORG_SUFFIXES = ("tech", "soft", "pharma", "corp")
"""Endings of company names made of one coined word ("Sarathi Infotech", "Microsoft")."""

INITIAL = re.compile(r"^[A-Z]\.$")
"""An initial ("W.")."""
DOUBLE_INITIAL = re.compile(r"^[A-Z]\.[A-Z]\.$")
"""Two initials written as one word ("P.J."), which an acronym ("U.S.") looks like too."""

ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$")
"""A regnal or ordinal numeral ending a name ("Elizabeth II", "World War II")."""

EDITION = re.compile(r"^(?=[XLCV])L?X{0,3}(?:IX|IV|V?I{0,3})$")
"""A Roman number up to LXXXIX after an event's name ("Super Bowl LIX")."""

NAME_PARTICLES = frozenset(
    ["al", "el", "ad", "bin", "ibn", "de", "da", "du", "la", "le", "y", "ul", "ud", "ur", "uz"]
)
"""Lower-case particles inside hyphenated names ("al-Qaeda", "Inzamam-ul Haq", "Salah ud-Din")."""

CAMEL = re.compile(r"^(?!Mc|Mac|De|Di|La|Le|Van|Von|Du)[A-Z][a-z]+[A-Z][a-z]{2,}$")
"""A run-together brand ("WeWork", "YouTube"), not a Scottish or Dutch surname."""

ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}s?$")
"""An acronym ("IAEA", "U.N."), an organisation unless a list says otherwise."""

MODEL_TOKEN = re.compile(
    r"^(?:[A-Z]{1,3}\d{3,4}|[A-Z]{1,4}-\d{2,4})(?:-\d{1,4})?(?:[A-Za-z]|neo|ER|LR|XLR)?$"
)
"""A letters-and-digits model name ("A380", "A350-900", "F-35", "A330neo")."""


def classify(words: list[str], gaz: gazetteer.Gazetteer) -> tuple[EntityKind | None, str]:
    """Type a title-free name by its own words; (None, text) when nothing says what it is.

    A key starting with "\1" marks a weak guess from a name list alone, which the
    document pass re-checks when the word opens a sentence.
    """
    name = " ".join(words)
    if len(words) > 1 and EDITION.match(words[-1]) and " ".join(words[:-1]) in lexicon.KNOWN_OTHER:
        return "other", name  # "Super Bowl LIX": an event's numbered edition
    if len(words) > 1 and ROMAN.match(words[-1]):
        kind, _ = classify(words[:-1], gaz)  # "World War II", "Elizabeth II"
        return kind, name
    alias = gaz.aliases.get(name)
    if alias is not None:
        return alias
    if len(words) > 1 and words[0] in lexicon.STORM_WORDS and words[1][:1].isupper():
        return "other", name  # "Hurricane Ian", "Typhoon Haikui": a named storm
    if len(words) > 2 and words[-2] in lexicon.ORG_HEADS and words[-1] in gaz.places:
        return "organization", name  # "Trinity College Dublin", "University College London"
    if len(words) > 1 and words[-1] == "State":
        state = " ".join(words[:-1])
        if state in gaz.places and state not in lexicon.US_STATES:
            return "place", name  # "Kaduna State", "Rakhine State"; not "Ohio State"
    if name in lexicon.KNOWN_ORGS:
        return "organization", name
    if name in lexicon.KNOWN_OTHER:
        return "other", name
    if len(words) == 1 and name in lexicon.DEMONYMS:
        return "other", name[:-1] if name[:-1] in lexicon.DEMONYMS else name
    canonical = gaz.places.get(name)
    if canonical is None and name.isupper():
        canonical = gaz.places_upper.get(name)
    if canonical is not None:
        return "place", canonical
    last = words[-1]
    first = words[0]
    if last.endswith(("ers", "er")) and len(last) > 4:
        stem = name[:-3] if last.endswith("ers") else name[:-2]
        if stem in gaz.places and stem not in gaz.first_names and name not in gaz.surnames:
            return "other", name  # "New Zealanders", "Londoner"
    if len(words) > 1 and first in lexicon.DIRECTIONS:
        rest = " ".join(words[1:])
        if rest in gaz.places:
            return "place", name  # "Inner Mongolia", "Northern Ireland"
        if rest in lexicon.DEMONYMS:
            return "other", name  # "North African"
    if "of" in words[1:]:
        head = words[words.index("of", 1) - 1]
        if head in lexicon.PLACE_HEADS:
            return "place", name  # "Western District of New York"
        if head in lexicon.ORG_HEADS or head in lexicon.ORG_STARTS:
            return "organization", name  # "American Academy of Allergy"
    if len(words) > 1 and INITIAL.match(first) and not INITIAL.match(last):
        return "person", name  # "B. U. Nzeribe"
    if (
        len(words) == 2
        and DOUBLE_INITIAL.match(first)
        and first not in gaz.places
        and last not in HEADS
        and last not in gaz.places
        and last.lower() not in gaz.common_words
        and not last.isupper()
    ):
        return "person", name  # "P.J. Carlesimo", "J.K. Rowling"; not "U.S. Army"
    lower = last.lower()
    natural = (
        last in lexicon.GEO_HEADS
        or lower.endswith(lexicon.GEO_SURE_SUFFIXES)
        or (lower.endswith(lexicon.GEO_SUFFIXES) and lower not in gaz.common_words)
    )
    if natural and not (
        len(words) > 1 and first_name(first, gaz) and last in lexicon.SURNAME_GEO_HEADS
    ):
        return "place", name  # "Göta Älv", "Sognefjord"
    if (
        len(words) > 1
        and last in lexicon.DIRECTION_TAILS
        and not first_name(first, gaz)
        and first not in lexicon.DIRECTIONS
    ):
        return "place", name  # "Yobe North"
    if last in lexicon.OTHER_HEADS and last not in lexicon.ORG_HEADS and len(words) > 1:
        return (
            "other",
            name,
        )  # "National Security Act", "Federal Flag Code", "Hubble Space Telescope"
    if (
        last in lexicon.ORG_HEADS
        or last.rpartition("-")[2] in lexicon.ORG_HEADS
        or (first in lexicon.ORG_STARTS and len(words) > 2)
        or first in FOREIGN_ORG_STARTS
        or (len(words) == 2 and first == "Air" and last in gaz.places)
        or (len(last) > 6 and last.lower().endswith(ORG_SUFFIXES))
    ):
        return "organization", name  # "Commerce Department", "Pittsburgh Post-Gazette"
    if last in lexicon.PLACE_HEADS or first in PLACE_FIRSTS:
        return "place", name
    if last in lexicon.OTHER_HEADS or (first in lexicon.OTHER_STARTS and "of" in words):
        return "other", name
    if len(words) > 1 and (
        MODEL_TOKEN.match(first) or (len(last) == 1 and last.isupper() and words[-2] != "&")
    ):
        return "other", name  # "F-86 Sabre", "Serie A"
    if (
        len(words) > 2
        and last in lexicon.PRODUCT_EDITIONS
        and any(ch.isdigit() for word in words[1:-1] for ch in word)
    ):
        return "other", name  # "Galaxy S24 Ultra": a model with its edition
    if (
        last.endswith("ism")
        and len(last) > 5
        and (len(words) > 1 or last.lower() not in gaz.common_words)
    ):
        return "other", name  # "National Socialism"
    if len(words) == 1:
        kind = word_kind(name, gaz)
        if kind is not None:
            return kind, name
        if ACRONYM.match(name):
            return "organization", name
        if name in gaz.first_names or name in gaz.surnames:
            return "person", "\1" + name
        return None, name
    if first in gaz.places:
        known_rest = lookup(" ".join(words[1:]), gaz)
        if known_rest is not None and known_rest[0] == "organization":
            return "organization", name  # "Kenya Red Cross", though Kenya is also a given name
    if _team_name(words, gaz):
        return "organization", name  # "Miami Marlins": a city and a plural, a club
    if first_name(first, gaz) or first in lexicon.HONORIFICS or first in lexicon.FAMILY_NAMES:
        return "person", name
    if first in lexicon.DEMONYMS:
        known_rest = lookup(" ".join(words[1:]), gaz)
        if known_rest is not None and known_rest[0] == "organization":
            return "organization", name  # "Canadian Red Cross"
        return "other", name
    if (
        len(words) > 3
        and not any(w in PERSON_PARTICLES for w in words)
        and any(first_name(w, gaz) for w in words[1:-1])
    ):
        return "person", name  # "Te Kaurinui Robert Parata": a given name inside a long run
    if (
        len(words) > 2
        and all(w in _NOBILIARY or w in _INNER_PARTICLES for w in words[1:-1])
        and (words[1] in PERSON_PARTICLES or first_name(first, gaz))
        and first not in FOREIGN_ORG_STARTS
        and first not in HEADS
        and first not in lexicon.ORG_STARTS
        and first.lower() not in gaz.common_words
        and last.lower() not in gaz.common_words
        and last not in gaz.places
    ):
        return "person", name  # "Ludwig van der Berg", "Oscar de la Hoya"
    if "of" in words or "for" in words or "&" in words or len(words) > 3:
        return "organization", name
    if any(w.isupper() and len(w) > 1 for w in words):
        return "organization", name
    if len(words) > 1 and (
        any(w in PERSON_PARTICLES for w in words[:-1]) or first in PERSON_PARTICLES_OPENING
    ):
        return "person", name  # "Osama bin Laden", "Bin Laden", "Ludwig van Beethoven"
    if (
        len(words) == 3
        and words[1] in _NOBILIARY
        and first not in FOREIGN_ORG_STARTS
        and first.lower() not in gaz.common_words
        and last not in gaz.places
    ):
        return "person", name  # "Femke de Wit", "Paolo di Canio": no everyday word opens it
    if last.lower() in gaz.common_words and last not in gaz.surnames:
        return "organization", name
    if first in gaz.places:
        return None, name  # "Perth Glory": left to cues ("… said") and the document pass
    if first in lexicon.KNOWN_ORGS:
        return "organization", name  # "Apple Thunderbolt", "Google Maps"
    return "person", name


def _team_name(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a run is a listed place and an everyday noun's plural ("Denver Broncos")."""
    last = words[-1]
    if not (last.endswith("s") and not last.endswith("ss") and last[:1].isupper()):
        return False
    if last in lexicon.DEMONYMS or last[:-1] in lexicon.DEMONYMS or last in lexicon.COMMON_WORDS:
        return False
    place = " ".join(words[:-1])
    return (
        place in gaz.places
        and last not in gaz.surnames  # "Jordan Banks", "Georgia Rivers" are people
        and last[:-1].lower() in gaz.common_words  # "Broncos", "Eagles"; not "George Lucas"
    )


def word_kind(word: str, gaz: gazetteer.Gazetteer) -> EntityKind | None:
    """Type an unlisted single word by its shape ("WeWork", "Tunisians", "London-based")."""
    if MODEL_TOKEN.match(word):
        return "other"  # "A380", "A350-900"
    if "-" in word:
        parts = word.split("-")
        at = next((i for i, part in enumerate(parts) if part[:1].isupper()), 0)
        named = "-".join(parts[: at + 1]) if all(p in NAME_PARTICLES for p in parts[:at]) else ""
        if any(part[:1].islower() and part not in NAME_PARTICLES for part in parts) and (
            named.split("-")[-1].lower() not in gaz.common_words
            or lookup(named, gaz) is not None
            or named in lexicon.DEMONYMS
        ):
            return "other"  # "London-based", "al-Qaeda-linked"; not "Life-threatening"
        if all(part in lexicon.DEMONYMS or part in gaz.places for part in parts):
            return "other"  # "Israeli-Palestinian", "US-China"
        return None
    if CAMEL.match(word):
        return "organization"  # "WeWork", "YouTube": brands, not people
    if word[:1].islower() and word[1:2].isupper():
        return "other" if word[0] == "i" else "organization"  # "iPhone"; "eBay"
    if (
        word.endswith(("ists", "ist"))
        and len(word) > 6
        and not word.endswith(("vist", "quist"))
        and word.lower().rstrip("s") not in gaz.common_words
        and word.lower() not in gaz.common_words
    ):
        return "other"  # "Islamists", "Salafists", "Zionist": groups named by belief
    if word.endswith("s") and word[:-1] in lexicon.DEMONYMS:
        return "other"  # "Christians"
    if demonym(word[:-1] if word.endswith("ns") else word, gaz):
        return "other"  # "Tunisians", "Djiboutian"
    return None


def demonym_kind(word: str, gaz: gazetteer.Gazetteer) -> EntityKind | None:
    """ "other" when a single word is a nationality or belief word, listed or derived."""
    if word in lexicon.DEMONYMS or (word.endswith("s") and word[:-1] in lexicon.DEMONYMS):
        return "other"
    if word in gaz.places:
        return "place"
    return "other" if demonym(word[:-1] if word.endswith("ns") else word, gaz) else None


def demonym(word: str, gaz: gazetteer.Gazetteer) -> bool:
    """Whether a word is the adjective of a listed place ("Tunisian" from "Tunisia")."""
    if not word.endswith(("n", "i", "ese")) or word in gaz.first_names or word in gaz.surnames:
        return False
    if word in gaz.places:
        return False
    if word.endswith("ese"):
        stems = [word[:-3], word[:-3] + "a"]
    elif word.endswith("i"):
        stems = [word[:-1]]
    elif word.endswith("ian"):
        stems = [word[:-1], word[:-3] + "a", word[:-3], word[:-3] + "e", word[:-3] + "y"]
    elif word.endswith("an"):
        stems = [word[:-1], word[:-2], word[:-2] + "a", word[:-2] + "o", word[:-2] + "e"]
        if word.endswith("ean"):
            stems.append(word[:-3])  # "Ecuadorean"
    else:
        stems = [word[:-1]]
    return any(len(stem) > 4 and stem in gaz.places for stem in stems)


def first_name(word: str, gaz: gazetteer.Gazetteer) -> bool:
    """Whether a word is a given name, hyphenated ones included ("Eva-Marie", "Jean-Luc"),
    and one in mojibake ("JosÃ©", "Ã" and a symbol for each accented letter) read as the
    name it stands for, which the lists hold without its accents."""
    if word in gaz.first_names:
        return True
    head, hyphen, _ = word.partition("-")
    if hyphen and head in gaz.first_names:
        return True
    if "Ã" not in word:
        return False  # accents alone: "José" is left as it was (folding them cost precision)
    plain = unaccented(word)
    return plain != word and first_name(plain, gaz)


@functools.lru_cache(maxsize=4096)
def unaccented(word: str) -> str:
    """A word in mojibake read as what it stands for, without accents ("JosÃ©" -> "José" ->
    "Jose"): only to look a name up in the lists, never to change the text."""
    try:
        word = word.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lookup(name: str, gaz: gazetteer.Gazetteer) -> tuple[EntityKind, str] | None:
    """A whole name's kind and key when a list knows it ("Democratic Republic of Congo")."""
    for form in (name, name.replace(" of the ", " of "), name.replace(" of ", " of the ")):
        canonical = gaz.places.get(form)
        if canonical is not None:
            return "place", canonical
        alias = gaz.aliases.get(form)
        if alias is not None:
            return alias
        if form in lexicon.KNOWN_ORGS:
            return "organization", form
        if form in lexicon.KNOWN_OTHER:
            return "other", form
    return None


def longest_known(
    words: list[str], gaz: gazetteer.Gazetteer
) -> tuple[int, int, EntityKind, str] | None:
    """The longest listed name of two or more words inside a run, if any.

    Only names that contain "of" are looked for: a run is otherwise split at "of", and a
    listed name across it must survive that split.

    Returns (first index, end index, kind, key). A listed name is never split into shorter
    overlapping entities ("Democratic Republic of Congo" is one place, not three names).
    """
    best: tuple[int, int, EntityKind, str] | None = None
    for first in range(len(words) - 1):
        if words[first] in TAIL_LINKS:
            continue
        for stop in range(min(len(words), first + 7), first + 1, -1):
            if best is not None and stop - first <= best[1] - best[0]:
                break
            if words[stop - 1] in TAIL_LINKS:
                continue
            hit = lookup(" ".join(words[first:stop]), gaz)
            if hit is not None:
                best = (first, stop, hit[0], hit[1])
                break
    return best


def everyday_org(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether an organisation typing rests only on an everyday-looking last word.

    "Home Depot" and "Full Fact" are organisations by that fallback alone; the everyday
    word list also holds surnames written small ("hitler", "jenner"), so such a guess
    yields to a person's cue in context.
    """
    return (
        1 < len(words) < 4
        and words[-1].lower() in gaz.common_words
        and words[-1] not in lexicon.ORG_HEADS
        and not any(w in ("of", "for", "&") or (w.isupper() and len(w) > 1) for w in words)
        and lookup(" ".join(words), gaz) is None
        and words[0] not in gaz.places
        and words[0] not in lexicon.DEMONYMS
        and words[0] not in lexicon.KNOWN_ORGS
    )


def weak_person(words: list[str], gaz: gazetteer.Gazetteer) -> bool:
    """Whether a person typing rests only on the fallback (no given or family name)."""
    first = words[0]
    return not (
        first_name(first, gaz)
        or first in lexicon.HONORIFICS
        or first in lexicon.FAMILY_NAMES
        or INITIAL.match(first)
        or words[-1] in gaz.surnames
    )


def inflected(word: str, gaz: gazetteer.Gazetteer) -> bool:
    """Whether an unlisted word looks like an inflected English word, not a name."""
    lower = word.lower()
    if lower.endswith(("ing", "ed", "ly", "ness", "ment", "ments", "tion", "tions")):
        return len(lower) > 4
    if lower.endswith(("ers", "ors")) and word not in gaz.surnames and len(lower) > 5:
        return True  # "Forecasters", "Investors"
    if lower.endswith("men") and lower[:-3] in gaz.common_words and len(lower) > 5:
        return True  # "Gunmen", "Firemen"
    return lower.endswith("s") and lower[:-1] in gaz.common_words

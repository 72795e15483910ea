"""Issue 12: entities of the right kind, whole spans, and aliases in grouping and search.

Each example from the issue is a row here (made-up sentences of the same shape).
"""

from __future__ import annotations

import time

import pytest

from newsreader.analysis import find_entities, group_entities
from newsreader.analysis.gazetteer import spellings
from newsreader.models import Entity


def spans(text: str) -> set[tuple[str, str, str]]:
    """(text, kind, key) of every mention."""
    return {(e.text, e.kind, e.key) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Geographic heads and nouns decide places before the person fallback.
        (
            "The council will repair the Göta Älv harbour bridge.",
            {("Göta Älv", "place", "Göta Älv")},
        ),
        (
            "Rain eased fears of a poor harvest in the Loire valley.",
            {("Loire", "place", "Loire")},
        ),
        ("Boats crossed the Sognefjord at dawn.", {("Sognefjord", "place", "Sognefjord")}),
        ("They moved south across Qinghai province.", {("Qinghai", "place", "Qinghai")}),
        (
            "A herder in Inner Mongolia lost his flock.",
            {("Inner Mongolia", "place", "Inner Mongolia")},
        ),
        # Whole-article typing: a person's full name types its later parts.
        (
            "Fan Mengguang, a herder, said the grass had gone. Mengguang sold his sheep.",
            {
                ("Fan Mengguang", "person", "Fan Mengguang"),
                ("Mengguang", "person", "Fan Mengguang"),
            },
        ),
        # Shouted words inside prose are typed only through the body.
        ("Officials said EIGHT people died of the BLACK DEATH PLAGUE this week.", set()),
        # The longest listed name wins and is not split into shorter entities.
        (
            "Fighting continued in the Democratic Republic of Congo on Monday.",
            {("Democratic Republic of Congo", "place", "Democratic Republic of the Congo")},
        ),
        (
            "Aid reached the Republic of the Congo first.",
            {("Republic of the Congo", "place", "Republic of the Congo")},
        ),
        # A role phrase before a name is not glued to it.
        (
            "The case was closed, said Public Prosecution Eva-Marie Persson on Friday.",
            {
                ("Public Prosecution", "organization", "Public Prosecution"),
                ("Eva-Marie Persson", "person", "Eva-Marie Persson"),
            },
        ),
        (
            "The talks ended, Foreign Minister Tobias Billström said.",
            {("Tobias Billström", "person", "Tobias Billström")},
        ),
        # Aliases give one key to every spelling.
        (
            "They met envoys from the US, the U.S.A. and the USA.",
            {
                ("US", "place", "United States"),
                ("U.S.A.", "place", "United States"),
                ("USA", "place", "United States"),
            },
        ),
        ("The UK voted.", {("UK", "place", "United Kingdom")}),
        (
            "Peace in the Middle East matters. The Mideast talks resume.",
            {("Middle East", "place", "Middle East"), ("Mideast", "place", "Middle East")},
        ),
        (
            "The UN and the United Nations agencies agreed.",
            {
                ("UN", "organization", "United Nations"),
                ("United Nations", "organization", "United Nations"),
            },
        ),
    ],
)
def test_issue_examples(text: str, expected: set[tuple[str, str, str]]) -> None:
    """Each example of the issue gets the kind, span and key it should."""
    assert spans(text) == expected


def test_bundled_sample_places() -> None:
    """The bundled sample's river and valley are places, not a person and an organisation."""
    text = (
        "GOTHENBURG — The city council voted to spend 340 million kronor repairing the Göta Älv"
        " harbour bridge.\n\nTwo days of rain have eased fears of a poor harvest in the Loire"
        " valley, where the driest winter in a decade had left soils cracked."
    )
    kinds = {e.text: e.kind for e in find_entities(text)}
    assert kinds == {"GOTHENBURG": "place", "Göta Älv": "place", "Loire": "place"}


def test_headline_capitals_take_their_type_from_the_body() -> None:
    """An ALL-CAPS headline word is kept only when the body names it."""
    text = "EIGHT DEAD IN KINSHASA AS PLAGUE RETURNS\nDoctors in Kinshasa said eight people died."
    found = {(e.text, e.kind) for e in find_entities(text)}
    assert found == {("KINSHASA", "place"), ("Kinshasa", "place")}


def test_a_given_name_after_a_person_name_is_not_split() -> None:
    """The role split needs an organisation word before the given name."""
    assert spans("Officials met Mary Anne Smith.") == {
        ("Mary Anne Smith", "person", "Mary Anne Smith")
    }


def test_grouping_joins_aliases() -> None:
    """ "US" and "United States" are one group, also for keys stored before aliases."""
    text = "The US said so. The United States agreed. The U.S. objected."
    groups = group_entities(find_entities(text))
    assert [(g.key, g.count) for g in groups] == [("United States", 3)]
    stored = [
        Entity(0, 2, "UN", "organization", "UN"),
        Entity(10, 24, "United Nations", "organization", "United Nations"),
    ]
    assert [(g.key, g.count) for g in group_entities(stored)] == [("United Nations", 2)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("US", "United States"),
        ("u.s.", "United States"),
        ("usa", "United States"),
        ("UK", "United Kingdom"),
        ("UN", "United Nations"),
        ("united nations", "United Nations"),
    ],
)
def test_spellings_find_the_canonical_name(name: str, expected: str) -> None:
    """Search looks an entity up by any spelling, in any case."""
    names = spellings(name)
    assert names[0] == expected
    assert name.casefold() in {n.casefold() for n in names}


def test_unknown_name_is_its_own_only_spelling() -> None:
    assert spellings("Ada Lovelace") == ("Ada Lovelace",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Word shape types unlisted single words.
        ("Shares in ZipCart fell after ZipCart cut jobs.", {("ZipCart", "organization")}),
        ("Moldovans and Islamists marched.", {("Moldovans", "other"), ("Islamists", "other")}),
        (
            "A London-based group condemned anti-Semitism.",
            {("London-based", "other"), ("anti-Semitism", "other")},
        ),
        ("Tunisian Islamists won seats.", {("Tunisian", "other"), ("Islamists", "other")}),
        # "and"/"on" inside one organisation's name, not between two names.
        (
            "It faces scrutiny from the U.S. Securities and Exchange Commission now.",
            {("U.S. Securities and Exchange Commission", "organization")},
        ),
        (
            "Data came from the Center on Poverty and Inequality today.",
            {("Center on Poverty and Inequality", "organization")},
        ),
        ("Trade between Britain and France grew.", {("Britain", "place"), ("France", "place")}),
        ("The Supreme Court on Monday agreed.", {("Supreme Court", "organization")}),
        # An everyday last word that belongs to the name.
        ("Bloomberg News reported it first.", {("Bloomberg News", "organization")}),
        # A title before a person who belongs to an organisation.
        (
            "Dr. Ada Mensah of the Ohio Department of Health said so.",
            {("Ada Mensah", "person"), ("Ohio Department of Health", "organization")},
        ),
        # A role word after an institution is not part of it.
        ("The Senate President spoke.", {("Senate", "organization")}),
        # A surname after a full name with a suffix is that person, even if a town shares it.
        (
            "James P. Kennedy Jr. spoke first. Later Kennedy said the case was closed.",
            {("James P. Kennedy Jr.", "person"), ("Kennedy", "person")},
        ),
        # Places from context: state abbreviations, "the city of X", "X, a village".
        ("They met in Lansing, Mich. on Monday.", {("Lansing", "place"), ("Mich", "place")}),
        ("A bomb went off in the city of Qarvash last year.", {("Qarvash", "place")}),
        ("He lives in Ostrander, a village near the lake.", {("Ostrander", "place")}),
        ("The senator for Yobe North objected.", {("Yobe North", "place")}),
        # Given names that are everyday words, mid-sentence before a surname.
        ("The report was written by Will Moy and others.", {("Will Moy", "person")}),
        # Planets are places.
        ("Titan is larger than the planet Mercury.", {("Titan", "place"), ("Mercury", "place")}),
    ],
)
def test_shapes_and_context(text: str, expected: set[tuple[str, str]]) -> None:
    """Word shape, links inside names and context cues type spans generically."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nouns after a name, or in an apposition, say its kind.
        (
            "NASA built the Vesperine spacecraft.",
            {("NASA", "organization"), ("Vesperine", "other")},
        ),
        (
            "Officials banned Jamaat Nusrat, an extremist organization, in May.",
            {("Jamaat Nusrat", "organization")},
        ),
        (
            "said Tomás Echeverría, a vaccine researcher in Lima.",
            {("Tomás Echeverría", "person"), ("Lima", "place")},
        ),
        # Handles and hashtags are not names.
        (
            "Follow the Senate at @NGRSenate and #TodayInSenatePlenary.",
            {("Senate", "organization")},
        ),
        # An inflected word opening a sentence is not a name.
        ("Fuelling speculation, prices rose.", set()),
        # Initials open a person's name.
        ("Tributes were paid to B. U. Nzeribe yesterday.", {("B. U. Nzeribe", "person")}),
        # Direction plus demonym.
        ("It was the worst attack in the North African nation.", {("North African", "other")}),
    ],
)
def test_cue_words(text: str, expected: set[tuple[str, str]]) -> None:
    """Cue nouns, handles, inflection and initials."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_title_case_byline_keeps_full_person_names() -> None:
    """A Title Case line types full person names by their given names, and nothing else."""
    text = "The probe will fly in 2034.\n(Reporting by Maria Gonzalez; Editing by Tom Brown)"
    found = {(e.text, e.kind) for e in find_entities(text)}
    assert found == {("Maria Gonzalez", "person"), ("Tom Brown", "person")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Model numbers and indexes are products (other), their makers organisations.
        (
            "Airbus sold ten A350-900 jets and the 737 Max grounded.",
            {("Airbus", "organization"), ("A350-900", "other"), ("737 Max", "other")},
        ),
        (
            "The Nikkei 225 and the S&P 500 fell 2%.",
            {("Nikkei 225", "other"), ("S&P 500", "other")},
        ),
        ("Shares in AT&T rose in 2019.", {("AT&T", "organization")}),
        # Demonyms derived from place names, events and ideologies.
        (
            "New Zealanders and Ecuadorean diplomats met at the Dubai Air Show.",
            {("New Zealanders", "other"), ("Ecuadorean", "other"), ("Dubai Air Show", "other")},
        ),
        ("They condemned National Socialism outright.", {("National Socialism", "other")}),
    ],
)
def test_products_and_demonyms(text: str, expected: set[tuple[str, str]]) -> None:
    """Numbers complete product names; place names yield demonyms."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hamlet lies near Aisby, Lincolnshire, in England.",
            {("Aisby", "place"), ("Lincolnshire", "place"), ("England", "place")},
        ),
        ("Troops camped north of Tougana overnight.", {("Tougana", "place")}),
        ("The wing flew the F-86 Sabre until 1960.", {("F-86 Sabre", "other")}),
        ("Fans of Perth Glory cheered.", {("Perth Glory", "organization")}),
        ("Maren Okafor contributed to this report.", {("Maren Okafor", "person")}),
        # A town's name is a person's surname only after a given name introduced him.
        (
            "Shares in Intercord Japan rose in Japan.",
            {("Intercord Japan", "organization"), ("Japan", "place")},
        ),
    ],
)
def test_place_and_person_evidence(text: str, expected: set[tuple[str, str]]) -> None:
    """Listed places after commas, compass phrases, model names and speech cues."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A family name that comes first is the surname a later mention uses.
        (
            "President Yoon Suk Yeol spoke. Later Yoon said no.",
            {("Yoon Suk Yeol", "person", "Yoon Suk Yeol"), ("Yoon", "person", "Yoon Suk Yeol")},
        ),
        # Mid-sentence, an everyday capitalised word before another capital opens a name.
        ("Shares of Home Depot rose.", {("Home Depot", "organization", "Home Depot")}),
        ("It eased under the Obama administration.", {("Obama", "person", "Obama")}),
        ("Māori elders met on Tuesday.", {("Māori", "other", "Māori")}),
    ],
)
def test_names_from_context(text: str, expected: set[tuple[str, str, str]]) -> None:
    """Family-name-first surnames, mid-sentence capitals, 'administration' and group nouns."""
    assert spans(text) == expected


def test_short_headings_are_typed_through_the_body() -> None:
    """A two-word Title Case heading names nothing unless the body or its shape says so."""
    text = "Flight Checks\nThe crew ran checks before launch.\nPowered by SmartAsset.com"
    assert {(e.text, e.kind) for e in find_entities(text)} == {("SmartAsset", "organization")}


def test_hyphenated_number_opening_a_sentence_is_not_a_name() -> None:
    assert find_entities("Seventy-eight percent of workers agreed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S.-China talks and a U.S.-led coalition.",
            {("U.S.-China", "other"), ("U.S.-led", "other")},
        ),
        ("It changed after World War II ended.", {("World War II", "other")}),
        (
            "Queen Elizabeth II and Pope Benedict XVI met.",
            {("Elizabeth II", "person"), ("Benedict XVI", "person")},
        ),
        ("The title went to Ben Player and others.", {("Ben Player", "person")}),
    ],
)
def test_compounds_numerals_and_joined_titles(text: str, expected: set[tuple[str, str]]) -> None:
    """Abbreviation compounds, regnal numerals, titles on both sides of 'and'."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases were reported in Barry, Berrien, Cass and Van Buren counties.",
            {("Barry", "place"), ("Berrien", "place"), ("Cass", "place"), ("Van Buren", "place")},
        ),
        (
            "ST. JOSEPH, Mich. (AP) — Officials met.",
            {("ST. JOSEPH", "place"), ("Mich", "place"), ("AP", "organization")},
        ),
        ("It was the lone success of the Arab Spring uprisings.", {("Arab Spring", "other")}),
        ("They won a Brexit-weary electorate.", {("Brexit-weary", "other")}),
        ("He joined an al-Qaeda-linked group.", {("al-Qaeda-linked", "other")}),
        ("He wrote for CNNMoney last year.", {("CNNMoney", "organization")}),
    ],
)
def test_lists_datelines_and_compounds(text: str, expected: set[tuple[str, str]]) -> None:
    """A plural noun types a list; datelines are places; events and compounds."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_a_leading_the_stays_out_unless_it_is_part_of_the_name() -> None:
    found = {(e.text, e.kind) for e in find_entities("The Netherlands won. He lives in The Hague.")}
    assert found == {("Netherlands", "place"), ("The Hague", "place")}


def test_title_before_a_name_with_a_particle() -> None:
    """ "Mayor Bill de Blasio": the title goes, and "de Blasio" later is the same man."""
    text = "It was backed by Mayor Bill de Blasio on Monday. Later de Blasio said no."
    assert spans(text) == {
        ("Bill de Blasio", "person", "Bill de Blasio"),
        ("de Blasio", "person", "Bill de Blasio"),
    }


@pytest.mark.parametrize("link", ["and", "of", "on", "&", "of the"])
def test_endless_linked_runs_stay_linear(link: str) -> None:
    """A hostile run of names joined by links neither recurses deeply nor slows down."""
    text = f"Alpha {link} " * 5000 + "Beta."
    began = time.perf_counter()
    found = find_entities(text)
    assert time.perf_counter() - began < 2.0
    assert found and all(text[e.start : e.end] == e.text for e in found)


def test_a_surname_guess_yields_to_what_the_article_says() -> None:
    """ "Bird" is on the surname list, but the article says it is a company: both mentions."""
    text = "Riders in Inner Mongolia used Bird, the e-scooter company, until Bird cut jobs."
    assert spans(text) == {
        ("Inner Mongolia", "place", "Inner Mongolia"),
        ("Bird", "organization", "Bird"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police met Okoye, 24, on Monday.",
        "Police met Okoye, a herder in the hills, on Monday.",
        "Police met Okoye, the company's founder, on Monday.",
        "Police spoke to Okoye's wife on Monday.",
    ],
)
def test_age_role_and_kin_make_an_unlisted_name_a_person(text: str) -> None:
    assert spans(text) == {("Okoye", "person", "Okoye")}


def test_makers_models_tickers_and_title_prefixes() -> None:
    """A maker and its model are apart; tickers name nothing; a title's prefix is kept when
    the article names it elsewhere."""
    text = (
        "Shares of Home Depot (HD.N) and Apple (NYSE: AAPL) rose. Later, Emirates President"
        " Tim Clark said Emirates would buy the Airbus A350-900. The NYAG (NYAG) agreed."
    )
    found = {(e.text, e.kind) for e in find_entities(text)}
    assert found == {
        ("Home Depot", "organization"),
        ("Apple", "organization"),
        ("NYSE", "organization"),
        ("Emirates", "organization"),
        ("Tim Clark", "person"),
        ("Airbus", "organization"),
        ("A350-900", "other"),
        ("NYAG", "organization"),
    }


def test_lower_case_brands() -> None:
    """ "iPhone" and "eBay" open with a small letter but are names; "mRNA" and "kWh" are not."""
    text = "Sales of the iPhone rose on eBay, while mRNA vaccines and kWh prices fell."
    assert {(e.text, e.kind) for e in find_entities(text)} == {
        ("iPhone", "other"),
        ("eBay", "organization"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word opening two sentences and never written small is a name.
        ("Napoli won. Napoli then lost.", {("Napoli", "organization")}),
        # Sentence-initial acronyms and name particles stay.
        ("IG Metall, the union, objected.", {("IG Metall", "organization")}),
        ("El Amrani, 24, has signed.", {("El Amrani", "person")}),
        # Everyday words opening a sentence are not names.
        ("Forecasters expect rain. Plains cover most of it. Hilly areas flood.", set()),
        ("First published in May.", set()),
        # A capital letter that ends a name.
        ("He plays in Serie A now.", {("Serie A", "other")}),
    ],
)
def test_sentence_openings(text: str, expected: set[tuple[str, str]]) -> None:
    """Which capitalised words opening a sentence are names."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_only_a_surely_named_person_takes_a_word_from_an_organisation() -> None:
    """A known company opening a name makes it no person, and "Apple" stays the company."""
    text = "The new Apple Thunderbolt display works. Apple said sales rose as Apple hoped."
    assert {(e.text, e.kind) for e in find_entities(text)} == {
        ("Apple Thunderbolt", "organization"),
        ("Apple", "organization"),
    }


def test_surnames_that_look_inflected_open_sentences() -> None:
    """ "Manning said" is the man named before, though "-ing" words opening a sentence
    are usually verbs; a given name the lists lack still opens his full name."""
    text = "Peyton Manning threw twice. Manning said he was tired. Fuelling talk, prices rose."
    assert spans(text) == {
        ("Peyton Manning", "person", "Peyton Manning"),
        ("Manning", "person", "Peyton Manning"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops of the People's Liberation Army moved.",
            {("People's Liberation Army", "organization")},
        ),
        (
            "She works at the Murdoch Children’s Research Institute.",
            {("Murdoch Children’s Research Institute", "organization")},
        ),
        (
            "He called the Veterans' Affairs Department.",
            {("Veterans' Affairs Department", "organization")},
        ),
        (
            "It was Smith's Justice Department.",
            {("Smith", "person"), ("Justice Department", "organization")},
        ),
    ],
)
def test_possessive_inside_a_name(text: str, expected: set[tuple[str, str]]) -> None:
    """A group noun's possessive stays inside a name with a head word; a person's does not."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_a_company_named_by_cues_stays_a_company_across_the_article() -> None:
    """Cues in one mention ("shares of X", "X, a manufacturer") type the others too."""
    text = (
        "The vaccine is made by Pune Biologicals, a manufacturer in India. Pune Biologicals"
        " said it could make more. The benchmark KOSPI index rose. The ruling Morena party won."
    )
    kinds = {(e.text, e.kind) for e in find_entities(text)}
    assert ("Pune Biologicals", "organization") in kinds
    assert ("Pune Biologicals", "person") not in kinds
    assert ("KOSPI", "other") in kinds and ("Morena", "organization") in kinds


def test_party_tags_and_copyright_lines_name_nothing() -> None:
    text = "He threatened Rep. Ilhan Omar, D-Minn., in March.\n© 2019 Associated Press. All Rights Reserved."
    assert {(e.text, e.kind) for e in find_entities(text)} == {
        ("Ilhan Omar", "person"),
        ("Associated Press", "organization"),
    }


def test_offices_and_national_branches_are_organisations() -> None:
    """An office with no holder named is an institution; a country before a known body too."""
    text = (
        "The New York State Attorney General (NYAG) is investigating. The Texas Attorney"
        " General Ken Paxton sued. The Kenya Red Cross helped."
    )
    assert {(e.text, e.kind) for e in find_entities(text)} == {
        ("New York State Attorney General", "organization"),
        ("NYAG", "organization"),
        ("Texas", "place"),
        ("Ken Paxton", "person"),
        ("Kenya Red Cross", "organization"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The issue's "Bird": on the page it was "Bird flu", an illness, not a person.
        ("Another user said: ”Bird flu in the year of the rat.”", set()),
        ("The Zika virus spread.", set()),
        # Military ranks without full stops, and a known place before a title.
        (
            "Lawmakers grilled Lt Col Alexander Vindman. Later Vindman spoke.",
            {("Alexander Vindman", "person"), ("Vindman", "person")},
        ),
        (
            "White House Press Secretary Stephanie Grisham said no.",
            {("White House", "place"), ("Stephanie Grisham", "person")},
        ),
    ],
)
def test_illnesses_ranks_and_press_titles(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke at a rally in Monroe, La., on Friday.", {("Monroe", "place"), ("La", "place")}),
        ("Bacteria such as Escherichia coli grew.", set()),
        (
            "He wrote for the Pittsburgh Post-Gazette.",
            {("Pittsburgh Post-Gazette", "organization")},
        ),
        ("They played at Heinz Field.", {("Heinz Field", "place")}),
        (
            "She studied at the Columbia University Mailman School of Public Health then.",
            {("Columbia University Mailman School of Public Health", "organization")},
        ),
    ],
)
def test_more_place_and_name_shapes(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize("town", ["St Albans", "St. Albans", "Saint Albans"])
def test_a_saints_town_is_a_place_however_saint_is_written(town: str) -> None:
    entities = find_entities(f"He was born in {town} in 1950 and never left.")
    assert [(entity.text, entity.kind) for entity in entities] == [(town, "place")]


def test_a_name_with_a_particle_is_a_person_and_its_surname_opens_a_sentence() -> None:
    text = (
        "Its chief executive, Femke de Wit, will run the merged group. De Wit said the deal"
        " gave the company scale."
    )
    assert spans(text) == {
        ("Femke de Wit", "person", "Femke de Wit"),
        ("De Wit", "person", "Femke de Wit"),
    }


def test_a_particle_after_an_everyday_word_stays_an_organisation() -> None:
    assert ("Banco de Chile", "organization", "Banco de Chile") in spans(
        "Banco de Chile reported a profit."
    )

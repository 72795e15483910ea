"""Typing from the whole article and from context: sides in sports articles, and more.

Each table row is a shape, not a sentence from the gold sets: the mechanism must hold for
any country, city or name in that position.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities
from newsreader.analysis.teams import sports_article

MATCH_REPORT = (
    "{a} beat {b} 2-0 in the qualifying match on Tuesday.\n"
    "The coach praised the squad after the team scored twice in the second half.\n"
    "{b} drew 1-1 with {c} in {town} last season, and the league table is tight.\n"
)


def kinds_of(text: str) -> dict[str, set[str]]:
    """Kinds given to each entity text."""
    found: dict[str, set[str]] = {}
    for entity in find_entities(text):
        found.setdefault(entity.text, set()).add(entity.kind)
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (MATCH_REPORT.format(a="Wales", b="Hungary", c="Croatia", town="Zagreb"), True),
        (MATCH_REPORT.format(a="Peru", b="Chile", c="Bolivia", town="La Paz"), True),
        ("Spain and Portugal signed a trade deal. The victory was welcome in Madrid.", False),
        ("Voters handed the party a victory; its season of reform begins, the team said.", False),
    ],
)
def test_sports_article(text: str, expected: bool) -> None:
    """Several distinct sport words, densely used, make a sports article; one or two do not."""
    assert sports_article(text) is expected


@pytest.mark.parametrize(
    ("a", "b", "c", "town"),
    [("Wales", "Hungary", "Croatia", "Zagreb"), ("Peru", "Chile", "Bolivia", "Lima")],
)
def test_sides_in_a_sports_article_are_teams(a: str, b: str, c: str, town: str) -> None:
    """Countries named as sides are organisations; the town where they played is a place."""
    found = kinds_of(MATCH_REPORT.format(a=a, b=b, c=c, town=town))
    assert found[a] == found[b] == found[c] == {"organization"}
    assert found[town] == {"place"}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("{x} is top of the group.", "Norway", "organization"),
        ("The striker, a {x} native, scored.", "Denver", "place"),
        ("He has played in {x} for years.", "Italy", "place"),
        ("Fans came from {x} and Ghana.", "Kenya", "place"),
        ("The tournament returns to Europe.", "Europe", "place"),
        ("It was a 4-0 rout of {x}.", "Belarus", "organization"),
        ("The squad will travel to {x} next season.", "Qatar", "place"),
        # A side named like a person (a given name) is a team after a side's cue.
        ("Arsenal beat {x} 2-1 on Sunday.", "Chelsea", "organization"),
        # A player's country is a place even after a side's cue.
        ("Serbia's Novak Djokovic beat {x}'s Carlos Alcaraz.", "Spain", "place"),
    ],
)
def test_place_cues_inside_a_sports_article(sentence: str, name: str, kind: str) -> None:
    """In a match report a country or city is a side unless the sentence makes it the place."""
    text = MATCH_REPORT.format(a="Wales", b="Hungary", c="Croatia", town="Zagreb")
    found = kinds_of(text + sentence.format(x=name) + "\n")
    assert found[name] == {kind}


def test_dateline_stays_a_place() -> None:
    """The dateline of a match report names where it was filed."""
    text = "CARDIFF, Wales — " + MATCH_REPORT.format(
        a="Wales", b="Hungary", c="Croatia", town="Zagreb"
    )
    entities = find_entities(text)
    assert (entities[0].text, entities[0].kind) == ("CARDIFF", "place")
    assert (entities[1].text, entities[1].kind) == ("Wales", "place")
    assert {e.kind for e in entities[2:] if e.text == "Wales"} == {"organization"}


def test_countries_outside_sport_stay_places() -> None:
    """Without sport around them, countries are places even after "beat" ("beat inflation")."""
    found = kinds_of("Brazil beat expectations as Argentina and Chile signed the accord.")
    assert found["Brazil"] == found["Argentina"] == found["Chile"] == {"place"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A word and a capital letter name one of a lettered series, even opening a line.
        ("Path B : Bosnia and Slovakia are left.", ("Path B", "other")),
        ("Group C ( Germany ) : Fifth Appearance", ("Group C", "other")),
        # A law, code or instrument head wins over an organisation's first word.
        ("He cited the Federal Flag Code on Monday.", ("Federal Flag Code", "other")),
        ("The National Security Act was amended.", ("National Security Act", "other")),
        ("Images from the Hubble Space Telescope arrived.", ("Hubble Space Telescope", "other")),
        # A party and state tag names no entity, dotted states included.
        ("Rep. Ann Lee, R-W.Va., spoke.", ("Ann Lee", "person")),
        ("Rep. Ann Lee, D-N.Y., spoke.", ("Ann Lee", "person")),
    ],
)
def test_name_shapes(text: str, expected: tuple[str, str]) -> None:
    """Each shape gives its name and kind, and nothing else is taken from the tag."""
    found = {(entity.text, entity.kind) for entity in find_entities(text)}
    assert expected in found
    assert not any(name.startswith(("R-", "D-")) for name, _ in found)


@pytest.mark.parametrize(
    ("text", "person", "before"),
    [
        ("Cleveland DL Larry Ogunjobi was suspended.", "Larry Ogunjobi", "Cleveland"),
        ("Attorney-General George Brandis said so.", "George Brandis", ""),
        ("NFL Insider Jason La Canfora reported it.", "Jason La Canfora", "NFL"),
    ],
)
def test_titles_are_not_part_of_the_name(text: str, person: str, before: str) -> None:
    """Positions, media roles and hyphenated offices are titles in front of a person."""
    found = {(entity.text, entity.kind) for entity in find_entities(text)}
    assert (person, "person") in found
    if before:
        assert any(name == before for name, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised article in mid-sentence opens a work's title, kept with it.
        ("The studio will remaster A New Hope, the first film.", ("A New Hope", "other")),
        (
            "The film saga went on with The Last Harvest Returns, a sequel.",
            ("The Last Harvest Returns", "other"),
        ),
        # … but an organisation with a head word or a listed name keeps "The" out.
        ("He told The Washington Post so.", ("Washington Post", "organization")),
        ("He flew to The Hague.", ("The Hague", "place")),
        # A run that fills a pair of quotation marks is a title …
        (
            'Fans queued for "Silver Lantern Quest," the new release.',
            ("Silver Lantern Quest", "other"),
        ),
        ("She sang “Paper Moons Rising” again.", ("Paper Moons Rising", "other")),
        # … ending in an everyday word.
        ('Fans played "Lantern Run," a mobile game.', ("Lantern Run", "other")),
        # A work noun after a name types it; a possessive makes the name the maker.
        ("It is a Zorblax game you can play.", ("Zorblax", "other")),
        ("Key changes to Quillora’s platform include chat.", ("Quillora", "organization")),
    ],
)
def test_titles_of_works(text: str, expected: tuple[str, str]) -> None:
    """Titles are found by their shape, not from a list of titles."""
    assert expected in {(entity.text, entity.kind) for entity in find_entities(text)}


@pytest.mark.parametrize(
    "text",
    [
        'Critics called her "Gucci Grace" for years.',
        'Rallies mocked "Sleepy Joe" again.',
        'They met at the "Blue House" compound.',
    ],
)
def test_quoted_nicknames_and_buildings_are_no_titles(text: str) -> None:
    """A quoted nickname (a given name last) or building is not a work's title."""
    assert all(entity.kind != "other" for entity in find_entities(text))


def test_team_game_keeps_the_team() -> None:
    """A plural team name before "game" is not a game's title."""
    found = {(e.text, e.kind) for e in find_entities("Fans left the Zorblaxers game early.")}
    assert ("Zorblaxers", "other") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hyphenated modifier made from a name is its own entity; the name follows it.
        (
            "The Australian-born Julian Quist was freed.",
            {("Australian-born", "other"), ("Julian Quist", "person")},
        ),
        (
            "The London-based Halvorsen Group grew.",
            {("London-based", "other"), ("Halvorsen Group", "organization")},
        ),
        # … also when the name before the hyphen has several words.
        (
            "He faced the Democratic Party-controlled House of Representatives.",
            {
                ("Democratic Party-controlled", "other"),
                ("House of Representatives", "organization"),
            },
        ),
        (
            "The New York-based Halvorsen Group grew.",
            {("New York-based", "other"), ("Halvorsen Group", "organization")},
        ),
        # Capitalised unit symbols after a number name nothing.
        ("The plant adds 3 GW and 500 MW of power.", set()),
        # An everyday noun, "of the" and a name: one title or event.
        ("Fans watched Return of the Quarrymen twice.", {("Return of the Quarrymen", "other")}),
        # A country's official long name is the country.
        (
            "Slovakia and the Republic of Ireland met.",
            {("Slovakia", "place"), ("Republic of Ireland", "place")},
        ),
    ],
)
def test_shapes_inside_runs(text: str, expected: set[tuple[str, str]]) -> None:
    """Each run yields exactly the names its shape says."""
    assert {(entity.text, entity.kind) for entity in find_entities(text)} == expected


@pytest.mark.parametrize(
    "text",
    ["She is a Member of the Legislative Assembly.", "Friends of the Earth protested."],
)
def test_roles_and_groups_of_the_are_no_titles(text: str) -> None:
    """A role or a plural group before "of the" is not a work's or event's title."""
    assert all(entity.kind != "other" for entity in find_entities(text))


@pytest.mark.parametrize(
    ("text", "short", "kind", "key"),
    [
        (
            "Images from the Quaxar Space Telescope arrived. Quaxar saw the moon.",
            "Quaxar",
            "other",
            "Quaxar Space Telescope",
        ),
        (
            "Shares of Brindlemoor Holdings rose. Analysts said Brindlemoor would grow.",
            "Brindlemoor",
            "organization",
            "Brindlemoor Holdings",
        ),
    ],
)
def test_short_form_takes_the_full_name(text: str, short: str, kind: str, key: str) -> None:
    """A first word standing alone takes the kind and key of the full name it opens."""
    entity = next(e for e in find_entities(text) if e.text == short)
    assert (entity.kind, entity.key) == (kind, key)


def test_everyday_first_word_does_not_stand_for_the_name() -> None:
    """ "Border Force" does not make a sentence-opening "Border" a name."""
    text = "Officers of the Border Force waited. Border checks were slow."
    assert [e.text for e in find_entities(text)] == ["Border Force"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He appeared at Westbury Magistrate’s Court on Monday.", "Westbury Magistrate’s Court"),
        (
            "The California Governor's Office of Emergency Services said so.",
            "California Governor's Office of Emergency Services",
        ),
        ("Staff at the Children's Hospital cheered.", "Children's Hospital"),
    ],
)
def test_possessive_inside_an_organisation(text: str, expected: str) -> None:
    """A title or group noun with a possessive opens the organisation after it."""
    assert (expected, "organization") in {(e.text, e.kind) for e in find_entities(text)}


def test_possessive_of_a_person_stays_outside() -> None:
    """A person's possessive before an organisation is two names."""
    found = {(e.text, e.kind) for e in find_entities("It was Tomlin's Justice Department.")}
    assert ("Justice Department", "organization") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ministry of Fisheries, Forestry and Water said so.",
            {("Ministry of Fisheries, Forestry and Water", "organization")},
        ),
        (
            "The Department of Health, Education and Welfare paid.",
            {("Department of Health, Education and Welfare", "organization")},
        ),
        (
            "He works for Customs and Border Protection now.",
            {("Customs and Border Protection", "organization")},
        ),
        # A list after a place is not a portfolio list.
        (
            "The Bank of Ghana, Togo and Benin met.",
            {("Bank of Ghana", "organization"), ("Togo", "place"), ("Benin", "place")},
        ),
    ],
)
def test_organisations_with_lists(text: str, expected: set[tuple[str, str]]) -> None:
    """An office's portfolio list and "X and Y Protection" are one organisation."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Geographic heads decide places, also after a given name, unless the head is a
        # surname too ("Sally Field").
        ("Smoke covered the San Francisco Bay Area again.", ("San Francisco Bay Area", "place")),
        ("Anglers fished Lincoln Reservoir at dawn.", ("Lincoln Reservoir", "place")),
        ("They skated on Hancock Pond in January.", ("Hancock Pond", "place")),
        ("The actress Sally Field spoke.", ("Sally Field", "person")),
        # A belief or doctrine in "-ism" is other, one word or more.
        ("He wrote about Catholicism and Thatcherism.", ("Thatcherism", "other")),
        ("They revived National Socialism there.", ("National Socialism", "other")),
    ],
)
def test_kinds_from_heads_and_endings(text: str, expected: tuple[str, str]) -> None:
    """Heads and endings type a name before any fallback."""
    assert expected in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The VIP area and the DJ booth were full; an MVP award and a KO followed.",
        "Users can log in with SSO and stream over OTT services.",
        "They spoke of the Rule of Law after a State of Emergency.",
    ],
)
def test_everyday_capitals_name_nothing(text: str) -> None:
    """Generic acronyms and everyday words around "of" are no entities."""
    assert find_entities(text) == []


def test_article_before_a_place_and_a_date_is_no_title() -> None:
    """ "The London Thursday": a place and a day, not a work's title."""
    found = {(e.text, e.kind) for e in find_entities("She dined at The London Thursday.")}
    assert all(kind != "other" for _, kind in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rallies urged people to save our Country from them.",
        "A new Bill would require firms to comply; the Bill passed.",
        "Several CEOs and DJs attended.",
    ],
)
def test_capitalised_everyday_words_name_nothing(text: str) -> None:
    """Emphasis after a possessive, a law's head alone, plurals of everyday acronyms."""
    assert find_entities(text) == []


def test_bill_with_a_name_is_still_found() -> None:
    """The lone-head rule leaves named bills and people called Bill alone."""
    found = {(e.text, e.kind) for e in find_entities("Bill Shorten backed the Online Safety Bill.")}
    assert found == {("Bill Shorten", "person"), ("Online Safety Bill", "other")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PETER MALONE\nThe council met on Monday.", {("PETER MALONE", "person")}),
        ("BY SARAH KOWALSKI\nThe council met on Monday.", {("SARAH KOWALSKI", "person")}),
        ("BLACK DEATH PLAGUE\nThe council met on Monday.", set()),
    ],
)
def test_names_in_capital_lines(text: str, expected: set[tuple[str, str]]) -> None:
    """A given name and a surname-like word in capitals are a person; shouted words are not."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ruling fell to UK Home Secretary Priti Patel.",
            {("UK", "place"), ("Priti Patel", "person")},
        ),
        (
            "Senate Majority Leader Mitch McConnell spoke.",
            {("Senate", "organization"), ("Mitch McConnell", "person")},
        ),
        ("It is a British Bill that failed.", {("British", "other")}),
    ],
)
def test_titles_and_heads_after_a_name(text: str, expected: set[tuple[str, str]]) -> None:
    """A title of several words after an office or place is cut whole; a law's head after a
    nationality names nothing."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The vote split Labor and the Coalition.", "Labor"),
        ("The SNP and the Lib Dems objected.", "Lib Dems"),
        ("Democrats blocked it; Republicans walked out.", "Republicans"),
    ],
)
def test_parties_without_a_head_word(text: str, name: str) -> None:
    """Parties named without "Party" are organisations."""
    assert (name, "organization") in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Euro 2020 qualifying is over.", ("Euro 2020", "other")),
        ("Tickets for Expo 2025 sold out.", ("Expo 2025", "other")),
        ("Christmas 2019 was quiet.", ("Christmas", "other")),
    ],
)
def test_event_editions(text: str, expected: tuple[str, str]) -> None:
    """A recurring event's edition year belongs to its name; a holiday's year does not."""
    assert expected in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words before a name that make it a company override a person's shape.
        ("Shares of Morgan Stanley fell.", ("Morgan Stanley", "organization")),
        ("An analyst at Charles Schwab said so.", ("Charles Schwab", "organization")),
        ("Shares of Elon Musk's Tesla rose.", ("Elon Musk", "person")),
        # A work's noun before its title.
        ("The film Oppenheimer won.", ("Oppenheimer", "other")),
        ("Her album Midnights topped the chart.", ("Midnights", "other")),
        # Awards are other.
        ("It won seven Oscars.", ("Oscars", "other")),
        # A model's number and edition belong to its name.
        ("The iPhone 15 Pro sold out.", ("iPhone 15 Pro", "other")),
        ("The Galaxy S24 Ultra sold out.", ("Galaxy S24 Ultra", "other")),
    ],
)
def test_companies_works_and_products_from_context(text: str, expected: tuple[str, str]) -> None:
    """Cues before a name and a model's shape type it."""
    assert expected in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two organisations joined by "and" when a place opens the second.
        (
            "The Department of Homeland Security and U.S. Immigration and Customs"
            " Enforcement declined.",
            {
                ("Department of Homeland Security", "organization"),
                ("U.S. Immigration and Customs Enforcement", "organization"),
            },
        ),
        # A given name after a word with an inner capital is one name.
        ("The crowd rose as LeBron James scored.", {("LeBron James", "person")}),
        # A plural in "-men" opening a sentence is no name.
        ("Gunmen attacked a church, officials said.", set()),
        # Named storms, opening a sentence or not.
        ("Hurricane Ian hit Florida.", {("Hurricane Ian", "other"), ("Florida", "place")}),
        ("Damage from Typhoon Haikui grew.", {("Typhoon Haikui", "other")}),
        # "X State" outside the US is a place; a US state's is its university or team.
        ("Gunmen attacked Kaduna State.", {("Kaduna State", "place")}),
        ("Fans of Ohio State cheered.", {("Ohio State", "organization")}),
    ],
)
def test_news_shapes(text: str, expected: set[tuple[str, str]]) -> None:
    """Common shapes of news names come out whole and of the right kind."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayors Meet Over Housing\nBy Jane Doe and Peter Malone\nThe mayors met.",
            {("Jane Doe", "person"), ("Peter Malone", "person")},
        ),
        (
            "(Reporting by Ann Saphir; Editing by Chizu Nomiyama)",
            {("Ann Saphir", "person"), ("Chizu Nomiyama", "person")},
        ),
        ("The leaders met at Camp David.", {("Camp David", "place")}),
    ],
)
def test_bylines_credits_and_camps(text: str, expected: set[tuple[str, str]]) -> None:
    """Bylines and reporting credits are prose, not headlines; a camp's name is a place."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It runs on ChatGPT, built by OpenAI.",
            {("ChatGPT", "organization"), ("OpenAI", "organization")},
        ),
        ("Follow factcheckUK for updates.", set()),
        (
            "Pfizer and BioNTech said so.",
            {("Pfizer", "organization"), ("BioNTech", "organization")},
        ),
        (
            "The Harris County Sheriff's Office said so.",
            {("Harris County Sheriff's Office", "organization")},
        ),
        ("Sen. Lindsey Graham (R-S.C.) disagreed.", {("Lindsey Graham", "person")}),
        (
            "Officials at the Centers for Disease Control and Prevention spoke.",
            {("Centers for Disease Control and Prevention", "organization")},
        ),
    ],
)
def test_brands_offices_and_tags(text: str, expected: set[tuple[str, str]]) -> None:
    """Coined brands with a capital tail are names; handles and party tags are not."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for" joins a name only after a head, a plural group or an organisation's office.
        (
            "Refugees fled Rakhine State for Bangladesh.",
            {("Rakhine State", "place"), ("Bangladesh", "place")},
        ),
        (
            "The Campaign for Nuclear Disarmament marched.",
            {("Campaign for Nuclear Disarmament", "organization")},
        ),
        (
            "He backs Physicians for Human Rights now.",
            {("Physicians for Human Rights", "organization")},
        ),
        (
            "The United Nations High Commissioner for Human Rights spoke.",
            {("United Nations High Commissioner for Human Rights", "organization")},
        ),
        # An organisation named with its city; a studio with "Bros."; a people.
        ("He studied at Trinity College Dublin.", {("Trinity College Dublin", "organization")}),
        ("It made money for Warner Bros. last year.", {("Warner Bros.", "organization")}),
        ("Rohingya refugees waited.", {("Rohingya", "other")}),
    ],
)
def test_for_links_and_groups(text: str, expected: set[tuple[str, str]]) -> None:
    """Links, place tails and group names come out as one name of the right kind."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chicago Police Superintendent Larry Snelling spoke.",
            {("Chicago Police", "organization"), ("Larry Snelling", "person")},
        ),
        ("The suspect was taken to Cook County Jail.", {("Cook County Jail", "place")}),
        (
            "SpaceX launched a Falcon 9 rocket.",
            {("SpaceX", "organization"), ("Falcon 9", "other")},
        ),
        ("Fans saw Paris 20 years ago.", {("Paris", "place")}),
    ],
)
def test_offices_prisons_and_models(text: str, expected: set[tuple[str, str]]) -> None:
    """Local offices are titles, prisons places, a model named after a place is other."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Airbus A330neo flew.", {("Airbus", "organization"), ("A330neo", "other")}),
        ("Fan site MakingStarWars.net said so.", {("MakingStarWars", "organization")}),
        ("Follow TodayInSenatePlenary now.", set()),
    ],
)
def test_models_and_websites(text: str, expected: set[tuple[str, str]]) -> None:
    """A model with an edition suffix and a website are names; a run-together tag is not."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Former Ambassador to the United Nations Nikki Haley spoke.",
            {("United Nations", "organization"), ("Nikki Haley", "person")},
        ),
        ("Aides said the Trump campaign was ready.", {("Trump", "person")}),
        ("Tropical Storm Hilary brought rain.", {("Tropical Storm Hilary", "other")}),
        ("Officials said the Lahaina fire killed dozens.", {("Lahaina", "place")}),
    ],
)
def test_context_after_names(text: str, expected: set[tuple[str, str]]) -> None:
    """A listed organisation before a person splits off; campaigns, storms and fires type."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Eagles won Super Bowl LIX.", ("Super Bowl LIX", "other")),
        ("The Yomiuri Shimbun reported it.", ("Yomiuri Shimbun", "organization")),
        ("The Houston Chronicle agreed.", ("Houston Chronicle", "organization")),
    ],
)
def test_editions_and_newspapers(text: str, expected: tuple[str, str]) -> None:
    """A numbered edition of an event is the event; newspapers' heads make organisations."""
    assert expected in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MOSCOW, Aug 24 (Reuters) - Officials spoke.",
            {("MOSCOW", "place"), ("Reuters", "organization")},
        ),
        ("The Nikkei 225 (N225) fell.", {("Nikkei 225", "other")}),
        (
            "Workers are leaving the Bay Area for Austin.",
            {("Bay Area", "place"), ("Austin", "place")},
        ),
    ],
)
def test_agency_after_a_date_and_for_after_a_place(
    text: str, expected: set[tuple[str, str]]
) -> None:
    """An agency in brackets after a date is no ticker; "for" after a place splits."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_plural_titles() -> None:
    """ "Sens." and "Reps." are titles, not the end of a sentence."""
    found = {(e.text, e.kind) for e in find_entities("Sens. Mitt Romney of Utah voted yes.")}
    assert found == {("Mitt Romney", "person"), ("Utah", "place")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'How Taylor Swift Became a Star\nThe documentary "Taylor Swift: Live" came out.',
            ("Taylor Swift", "person"),
        ),
        ("Forbes estimated her worth at $1 billion.", ("Forbes", "organization")),
        ("Universal Music Group declined to comment.", ("Universal Music Group", "organization")),
        ("NBC 5 reported it first.", ("NBC 5", "organization")),
    ],
)
def test_headline_people_media_and_stations(text: str, expected: tuple[str, str]) -> None:
    """A person named in full in the body is whole in the headline; media and stations."""
    assert expected in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans of the Toronto Raptors cheered.", ("Toronto Raptors", "organization")),
        ("Director George Lucas spoke.", ("George Lucas", "person")),
        ("Singer Jordan Banks arrived.", ("Jordan Banks", "person")),
        ("Novo Nordisk, the maker of Ozempic, grew.", ("Ozempic", "other")),
        ("Boeing's Starliner capsule returned.", ("Starliner", "other")),
    ],
)
def test_clubs_and_products(text: str, expected: tuple[str, str]) -> None:
    """A city and an everyday plural is a club, not a person; "the maker of X" a product."""
    assert expected in {(e.text, e.kind) for e in find_entities(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The maker of Ozempic and Wegovy grew.", {("Ozempic", "other"), ("Wegovy", "other")}),
        ("He flew to Paris and Zorblaxville.", {("Paris", "place"), ("Zorblaxville", "place")}),
    ],
)
def test_list_members_share_a_kind(text: str, expected: set[tuple[str, str]]) -> None:
    """An undecided name takes the kind of the name listed with it."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_places_listed_after_in_stay_places_in_a_sports_article() -> None:
    """ "in Adelaide, Canberra and Perth" lists places even in a sports article."""
    text = MATCH_REPORT.format(a="Wales", b="Hungary", c="Croatia", town="Zagreb")
    found = kinds_of(text + "The fans live in Adelaide, Canberra and Perth.\n")
    assert found["Adelaide"] == found["Canberra"] == found["Perth"] == {"place"}


def test_article_opens_a_title_only_in_writing_about_works() -> None:
    """Outside writing about films, books or music, "The X Y" is an organisation's name."""
    found = {(e.text, e.kind) for e in find_entities("Analysts told The Home Depot Board so.")}
    assert all(kind != "other" for _, kind in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Protesters gathered\nIMAGE SOURCE, GETTY IMAGES",
            {("GETTY IMAGES", "organization")},
        ),
        (
            "(Photo by Chip Somodevilla/Getty Images)",
            {("Chip Somodevilla", "person"), ("Getty Images", "organization")},
        ),
        ("NEW YORK, June 3 (AP) — Stocks fell.", {("NEW YORK", "place"), ("AP", "organization")}),
        (
            "The Park Fire grew near Chico, Cal Fire said.",
            {("Park Fire", "other"), ("Chico", "place"), ("Cal Fire", "organization")},
        ),
    ],
)
def test_credits_datelines_and_fires(text: str, expected: set[tuple[str, str]]) -> None:
    """Picture credits are prose, a credit in capitals is no dateline, an agency after a
    date is no ticker, a named wildfire is an event."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lowe's said sales fell, while McDonald's reported higher profit.",
            {("Lowe's", "organization"), ("McDonald's", "organization")},
        ),
        ("Apple's shares rose.", {("Apple", "organization")}),
    ],
)
def test_possessive_company_names(text: str, expected: set[tuple[str, str]]) -> None:
    """A possessive followed by a verb belongs to a company's name; before a noun it does not."""
    assert {(e.text, e.kind) for e in find_entities(text)} == expected


def test_a_comma_after_a_place_is_no_list() -> None:
    """ "… jobs in Japan, Tanaka paused": the person named in full keeps the surname."""
    text = (
        "Chief Executive Tanaka Keiko spoke in Nagoya. Asked whether it would cost jobs in"
        " Japan, Tanaka paused."
    )
    kinds = {(e.text, e.kind) for e in find_entities(text)}
    assert ("Tanaka", "person") in kinds

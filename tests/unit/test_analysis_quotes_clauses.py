"""Reporting clauses of less common shapes (issue 10): any verb of saying inverted right
after a quotation closing on a comma, verbs such as speculated, reminded, echoed, opined.
Next to each shape, a look-alike that names nobody: no speaker rather than a guess.
Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

QUOTE = "“We cannot keep paying for a road nobody in the valley will ever use,”"


def speakers(text: str) -> list[str | None]:
    """The speaker found for each quote, sure or not."""
    return [quote.speaker for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} lamented one county official.", ["one county official"]),
        (f"{QUOTE} promises Dana Thrasher.", ["Dana Thrasher"]),
        (f"{QUOTE} complains Mr Hale, a farmer near the pass.", ["Hale"]),
        (f"{QUOTE} predicted the mayor's deputy, Ann Webb.", ["Ann Webb"]),
        # no speaker rather than a guess: the name after the verb is its object, not the
        # one who spoke
        (f"{QUOTE} promises Washington will act soon.", [None]),
        # a verb in -ing after the quotation goes on with the sentence
        (f"{QUOTE} echoing Ann Webb.", [None]),
        # no comma closing the quotation: the verb is no attribution of it
        (
            "The sign read “No road for a valley that never asked for one” thanks to Ann Webb.",
            [None],
        ),
    ],
)
def test_any_verb_of_saying_inverted_after_a_comma(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} speculated Ann Webb.", ["Ann Webb"]),
        (
            "Ann Webb speculated that the road was “a bridge to nowhere, and an expensive one.”",
            ["Ann Webb"],
        ),
        (f"{QUOTE} Ann Webb reminded reporters.", ["Ann Webb"]),
        (f"{QUOTE} Tom Reyes echoed.", ["Tom Reyes"]),
        (f"{QUOTE} opined Tom Reyes.", ["Tom Reyes"]),
        (f"{QUOTE} Tom Reyes reassured the crowd.", ["Tom Reyes"]),
        # no speaker rather than a guess: an echo of a sound, not of words
        (
            "The shots echoed through the valley. “We cannot keep paying for a road nobody in"
            " the valley will ever use.”",
            [None],
        ),
    ],
)
def test_more_verbs_of_saying(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


DRAFT = "“We will not sign this draft as it stands, not this week and not next,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Birrell's barrister said the claim was “entirely without foundation and malicious.”",
            ["Mr Birrell's barrister"],
        ),
        (f"{DRAFT} Ms Hale's solicitor said.", ["Ms Hale's solicitor"]),
        (
            "Mr Birrell's uncle, who asked not to be named, said: “We will not sign this draft.”",
            ["Mr Birrell's uncle"],
        ),
        # no speaker rather than a guess: a possessive naming a thing, not a person
        (f"{DRAFT} Mr Birrell's garden gate said.", [None]),
    ],
)
def test_a_possessive_description_as_subject(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A delegate from one Gulf state, who asked not to be named, said: “We will not sign"
            " this draft as it stands.”",
            ["A delegate from one Gulf state"],
        ),
        (
            "An engineer from a small Dutch firm, who declined to be identified, told reporters:"
            " “We will not sign this draft as it stands.”",
            ["An engineer from a small Dutch firm"],
        ),
        (
            f"{DRAFT} a delegate from one Gulf state, who asked not to be named, said.",
            ["a delegate from one Gulf state"],
        ),
    ],
)
def test_a_description_with_a_place_and_a_relative_clause(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


def test_a_description_that_only_acts_is_no_sure_speaker() -> None:
    # the delegate left; nobody is said to speak, so the quotation's speaker is unsure
    text = (
        "A delegate from one Gulf state, who asked not to be named, left early. “We will not"
        " sign this draft as it stands.”"
    )
    assert all(quote.speaker_confidence < 0.7 for quote in find_quotes(text))


REYES = "Tom Reyes, the mayor, spoke first. “We will rebuild the bridge by spring,” Reyes said.\n\n"
JOB = "“This is the job I wanted, and I will not complain about it,” he said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle phrase after the opening phrase
        (
            REYES + "In a televised briefing on Thursday, timed to air before the vote, Dan Webb"
            " tried to calm the town. " + JOB,
            ["Tom Reyes", "Dan Webb"],
        ),
        # an opening phrase longer than a line
        (
            REYES + "In a long televised briefing on Thursday evening from the steps of the old"
            " county courthouse downtown, Dan Webb tried to calm the town. " + JOB,
            ["Tom Reyes", "Dan Webb"],
        ),
        # an age premodifier before the name
        (
            REYES + "50-year-old Dan Webb has run the shop for decades. " + JOB,
            ["Tom Reyes", "Dan Webb"],
        ),
    ],
)
def test_the_subject_after_a_long_opening_or_a_premodifier_is_who_he_is(
    text: str, expected: list[str | None]
) -> None:
    quotes = find_quotes(text)
    assert [quote.speaker for quote in quotes] == expected
    assert quotes[-1].speaker_confidence >= 0.6


def test_a_name_inside_the_opening_phrase_is_no_subject() -> None:
    # no guess: Webb is only named inside the opening phrase; the subject is a thing
    text = (
        REYES + "In a televised briefing on Thursday with Dan Webb, timed to air before the vote,"
        " the plan was set out again. " + JOB
    )
    assert find_quotes(text)[-1].speaker != "Dan Webb"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} said 50-year-old Dan Webb.", ["Dan Webb"]),
        (
            "When the rain came or the food ran out, Rojas would remind herself: “This is the job"
            " I wanted.”",
            ["Rojas"],
        ),
        (
            "Garland at one point asked Rybicki “whether the files had ever left the building.”",
            ["Garland"],
        ),
        # no speaker rather than a guess: ruins remind nobody of anything in words
        ("The ruins remind visitors of “a valley that was full of farms and mills once.”", [None]),
        # a number before the inverted verb's object is no age of a speaker
        (f"{QUOTE} says 50-year-old law.", [None]),
    ],
)
def test_adjuncts_and_premodifiers_in_the_reporting_clause(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her stance “is a sign of how she treats people who disagree with her,” Dan Kerr,"
            " then Valley Beat’s editor, told Newsline at the time.",
            ("Dan Kerr", "after:name"),
        ),
        (f"{QUOTE} Dan Kerr, then Valley Beat’s editor, said.", ("Dan Kerr", "after:name")),
        # "then" going on with the sentence is no apposition: Jones spoke, not Smith's aide
        (f"{QUOTE} Jones said, then Smith’s aide left the room.", ("Jones", "after:name")),
    ],
)
def test_a_former_role_in_apposition_after_the_quotation(
    text: str, expected: tuple[str, str]
) -> None:
    (quote,) = find_quotes(text)
    assert (quote.speaker, quote.speaker_how) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Both men said they would win. But Obama hedged slightly, saying, after the visit to"
            " the campaign office, that “it is going to depend on whether those votes turn out.”",
            ["Obama"],
        ),
        (
            "Both men said they would win. And Obama hedged, saying “it is going to depend on"
            " whether those votes turn out.”",
            ["Obama"],
        ),
        # a subject before a parenthesis is no speaker: the one who writes is
        (
            "Reyes ran as a moderate. But Democrats, Brunner writes, “spread the message that"
            " Reyes is not who he says he is.”",
            ["Brunner"],
        ),
    ],
)
def test_a_conjunction_before_the_subject_is_no_opening_phrase(
    text: str, expected: list[str | None]
) -> None:
    quotes = find_quotes(text)
    assert [quote.speaker for quote in quotes] == expected
    assert all(quote.speaker_how.startswith("before") for quote in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan is “a road nobody in the valley will ever use” for years, lamented Dan Webb.",
            ["Dan Webb"],
        ),
        (
            "The plan is “a road nobody in the valley will ever use” for years, lamented Dan Webb,"
            " a farmer near the pass.",
            ["Dan Webb"],
        ),
        # no speaker rather than a guess: the name after the verb goes on as its object
        (
            "The plan is “a road nobody in the valley will ever use” for years, promises"
            " Washington will act.",
            [None],
        ),
    ],
)
def test_any_verb_inverted_closing_the_sentence(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


CARS = "“There is no room left on our street for one more car, let alone twenty,”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opinions were divided. A woman selling vegetables from a cart said she would vote for"
            " Reyes because “at least she comes here and asks us what we need.”",
            ["A woman selling vegetables from a cart"],
        ),
        (f"{CARS} a man waiting for the bus said.", ["a man waiting for the bus"]),
        (
            "Public comment ran for an hour. One homeowner, who said he had lived on his block for"
            " 38 years, told the council that his street had “no room left for one more car.”",
            ["One homeowner"],
        ),
        # no speaker rather than a guess: a thing doing something is nobody
        (
            "A lorry carrying three men from the port said nothing of it. “It came out of nowhere"
            " and hit the wall before anyone could move.”",
            [None],
        ),
        # "which" is no person's relative: the report speaks for itself (an unsure
        # document, no person)
        (
            "A report, which ran to 40 pages, told the council that the street had “no room left"
            " for one more car.”",
            ["A report"],
        ),
    ],
)
def test_a_new_person_described_by_what_they_do_or_by_who(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


def test_a_clause_after_an_unclosed_apposition_has_its_own_subject() -> None:
    # "a process the report describes as": the report describes it, not the network
    text = (
        "Engineers restored service through a backup management network, region by region, a"
        " process the report describes as “slow and largely manual.”"
    )
    (quote,) = find_quotes(text)
    assert quote.speaker is None or "network" not in quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        # a description after a preposition ends the apposition: Webb spoke
        "“It was slow and largely manual,” Dan Webb, a spokesman for the company said.",
    ],
)
def test_a_description_after_a_preposition_stays_in_the_apposition(text: str) -> None:
    assert speakers(text) == ["Dan Webb"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Laments one farmer: “We cannot keep paying for a road nobody will ever use.”",
            ["one farmer"],
        ),
        (
            "Laments one farmer near the pass: “We cannot keep paying for a road nobody will use.”",
            ["one farmer near the pass"],
        ),
        # the verb opening the sentence is no name
        (
            "Protests erupted. Laments followed: “We cannot keep paying for a road nobody will use.”",
            [None],
        ),
    ],
)
def test_any_verb_opening_the_sentence_before_its_subject_and_a_colon(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


TOGETHER = "“We have to work together now, whatever our party, and start this week.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Tom Reyes won the seat. Dan Webb issued a similar call in his concession speech. {TOGETHER}",
            ["Dan Webb"],
        ),
        (f"The ruling drew a sharp rebuke from Dan Webb. {TOGETHER}", ["Dan Webb"]),
        # no speaker rather than a guess: a speech given is no act of saying these words
        (f"Tom Reyes won the seat. Dan Webb gave a speech in the hall. {TOGETHER}", [None]),
        # words of their own before the quotation in its sentence: not the act's
        (
            f"The ruling drew a sharp rebuke from Dan Webb. The sign read {TOGETHER}",
            [None],
        ),
    ],
)
def test_an_act_of_speech_in_the_sentence_before(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_a_subject_starts_at_a_word() -> None:
    # "senior Reyes aide Dan Webb": the aide spoke, not Reyes through "eyes aide Dan Webb"
    text = (
        "Tom Reyes ran for governor. At one point, senior Reyes aide Dan Webb said the campaign"
        " is “like a sketch pad you can shake and start again.”"
    )
    assert speakers(text) == ["Dan Webb"]

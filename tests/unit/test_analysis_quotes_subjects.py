"""Who a sentence's subject is, for the speaker of a later quote (issue 10).

Unnamed people ("One volunteer, who …", "one father of three said", "A retired baker …
shook his head") are subjects a later "he"/"she" may stand for, named as the whole phrase;
things ("One problem, officials said, is …", "A car bomb exploded") are not. Within a long
subject the person, not a modifier, speaks ("Ana Ruiz at Lark Capital said" is Ana Ruiz).
Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.models import SPEAKER_SURE


def speakers(text: str) -> list[str | None]:
    """The speaker found for each key quote, sure or not."""
    return [quote.speaker for quote in find_quotes(text)]


KERR = "Paul Kerr chaired the meeting. “The figures are clear enough for everyone here,” Kerr said."

UNNAMED_SUBJECTS = [
    (
        "Mayor Tom Reyes opened the new library on Monday. “This is a good day for the town,”"
        " Reyes said.\n\nOne volunteer, who had sorted books for a month, said he was proud."
        " “We did this with our own hands and a lot of coffee,” he said.",
        ["Tom Reyes", "One volunteer"],
    ),
    (
        "Councillor Dan Mills backed the plan. “We need the homes badly and we need them now,”"
        " Mills said.\n\nOutside the town hall, one father of three said he was not convinced."
        " “They promised us a school last time and it never came,” he said.",
        ["Dan Mills", "one father of three"],
    ),
    (
        "Dan Mills spoke first. “We need the homes badly and we need them now,” Mills said."
        "\n\nA retired baker waiting at the bus stop shook his head. “They all promise that"
        " before every election,” he said.",
        ["Dan Mills", "A retired baker waiting at the bus stop"],
    ),
    (
        KERR + "\n\nOne of the protesters, who would not give her name, held up a sign."
        " “Nobody asked us about any of this,” she said.",
        ["Paul Kerr", "One of the protesters"],
    ),
    (
        KERR + "\n\nDownstream at Mill Reach, one angler, who did not want to give his name,"
        " said the fish had gone. “Ten years ago the river was full of them,” he said.",
        ["Paul Kerr", "one angler"],
    ),
    # things are no subjects a "he" stands for: the person in focus stays
    (
        KERR + "\n\nOne problem, officials said, is the cost. “We cannot pay for all of it this"
        " year,” he said.",
        ["Paul Kerr", "Paul Kerr"],
    ),
    (
        KERR + "\n\nA car bomb exploded near the market. “It was the loudest sound I have ever"
        " heard,” he said.",
        ["Paul Kerr", "Paul Kerr"],
    ),
    (
        KERR + "\n\nAnother concern is the traffic. “It will take years to fix the roads,” he"
        " said.",
        ["Paul Kerr", "Paul Kerr"],
    ),
    (
        KERR + "\n\nOne of the bills would raise taxes. “It is the wrong answer to the wrong"
        " question,” he said.",
        ["Paul Kerr", "Paul Kerr"],
    ),
    # a person speaking for someone is that person, described
    (
        "“We will keep the branch open for as long as we can,” a spokesman for Smith said.",
        ["a spokesman for Smith"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_SUBJECTS)
def test_unnamed_subjects(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


QUOTE = "“cleaner than they have been for a long time”"

HEADED_SUBJECTS = [
    (f"Ana Ruiz at Lark Capital said the figures were {QUOTE} on Monday.", ["Ana Ruiz"]),
    (f"Ana Ruiz of the Hollow Lane Residents’ Association said it was {QUOTE}.", ["Ana Ruiz"]),
    (
        "“Voters saw tonight who is ready to lead, and it is not the career politician,”"
        " said Mercer campaign manager Owen Tate.",
        ["Owen Tate"],
    ),
    (f"White House press secretary Dana Pike said the talks were {QUOTE}.", ["Dana Pike"]),
    (
        "White House press secretary Dana Pike said in a statement that the president"
        " “will sign this bill tonight so that nobody has to wait.”\n\n“This is a patch,"
        " not a plan, and we know it,” the statement continued.",
        ["Dana Pike", "Dana Pike"],
    ),
    # the organisation, the description and a firm's name stay what they are
    (f"Lark Capital said the figures were {QUOTE} on Monday.", ["Lark Capital"]),
    (
        f"A spokesman for Lark Capital said the figures were {QUOTE} on Monday.",
        ["A spokesman for Lark Capital"],
    ),
    (f"Tom Reyes told reporters at Lark Capital the figures were {QUOTE}.", ["Tom Reyes"]),
]


@pytest.mark.parametrize(("text", "expected"), HEADED_SUBJECTS)
def test_person_heads_a_long_subject(text: str, expected: list[str | None]) -> None:
    assert speakers(text) == expected


def test_a_firm_named_for_people_is_no_person() -> None:
    # "Smith & Wesson said": the firm (or part of its name), never a person called Smith
    (speaker,) = speakers(f"Smith & Wesson said the figures were {QUOTE} on Monday.")
    assert speaker is not None and speaker != "Smith" and "Wesson" in speaker


HONORIFIC_WITHOUT_STOP = [
    # British and Australian papers write "Mr", "Ms", "Dr" with no full stop
    (
        "Joydeep Hor advises employers.\n\n“Issues have arisen in the past for some of our"
        " clients,” said Mr Hor, head of a law firm.",
        ["Joydeep Hor"],
    ),
    ("“We are going nowhere at all this winter,” said Dr Jane Okafor, a GP.", ["Jane Okafor"]),
    (
        "Ruth Callow chairs the group.\n\n“We have been polite for six years now,” said Ms"
        " Callow.",
        ["Ruth Callow"],
    ),
    (
        "Ruth Callow chairs the group.\n\n“We have been polite for six years now,” Ms Callow"
        " said.",
        ["Ruth Callow"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HONORIFIC_WITHOUT_STOP)
def test_an_honorific_without_full_stop_titles_the_speaker(
    text: str, expected: list[str | None]
) -> None:
    assert speakers(text) == expected


def test_an_everyday_word_opening_the_sentence_is_no_speaker() -> None:
    # "Shortly" opens the sentence because it is first, not because it is a name; the
    # inscription's speaker is not said here, so none rather than a guess
    text = (
        "Shortly afterwards, the minister gave him a watch bearing the inscription: “Do not"
        " let the buggers get you down.”"
    )
    assert speakers(text) == [None]
    # nor is the giver, with or without the opening phrase: a colon after a text's name
    # (an inscription, a banner, a slogan) introduces the text's words, no one's
    plain = "The minister gave him a watch bearing the inscription: “Do not let them win.”"
    assert speakers(plain) == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Marisol Quintero chairs the committee. “This is not a radical idea at all,” said Ald."
        " Marisol Quintero, who represents the ward.",
        "Marisol Quintero chairs the committee. “This is not a radical idea at all,” Ald."
        " Marisol Quintero said.",
        "Marisol Quintero leads the inquiry. “We have charged a man with murder tonight,” said"
        " Det. Insp. Marisol Quintero.",
    ],
)
def test_an_abbreviated_title_is_no_speaker_nor_a_sentence_end(text: str) -> None:
    assert speakers(text) == ["Marisol Quintero"]


def test_a_possessive_description_opens_the_subject_not_a_lead_phrase() -> None:
    # "Its president, Colleen Draper," is the subject of "said", not an opening phrase
    # like "On Tuesday," to skip; else "said teachers" reads as an inverted attribution
    text = (
        "The teachers union met on Monday. Its president, Colleen Draper, said teachers had"
        " learned of the list “the same way everyone else did, from a slide on a screen.”"
    )
    assert speakers(text) == ["Colleen Draper"]


def test_an_ordinal_inside_a_description_keeps_it_whole() -> None:
    # "8th District" is part of the description, so "District" is never the speaker
    text = (
        "“I don’t have to agree with somebody on everything to hear them out,” the two-term"
        " congresswoman from Michigan’s 8th District said afterward."
    )
    (speaker,) = speakers(text)
    assert speaker is not None and speaker.startswith("the two-term congresswoman")


def test_a_canadian_constable_is_titled_short() -> None:
    text = "“We are going to be city-wide, not just in one spot,” said Const. Mig Roberts."
    assert speakers(text) == ["Mig Roberts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“A lot of people were disillusioned by the charges of corruption” aimed at her"
            " government, said Adil Najam, a Boston University professor of international"
            " relations.",
            ["Adil Najam"],
        ),
        (
            "“We have got two separate collisions here in half an hour,” alleged Const. Dave"
            " Woodford.",
            ["Dave Woodford"],
        ),
    ],
)
def test_late_and_inverted_attributions_of_wire_copy(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“His record speaks for itself,” Gado said. Said Porter: “Whatever he can do to turn"
            " this around, I am all for it.”",
            ["Gado", "Porter"],
        ),
        ("Says Lena Hart, a nurse: “We were never told about any of it.”", ["Lena Hart"]),
    ],
)
def test_a_verb_opening_the_sentence_before_its_subject_and_a_colon(
    text: str, expected: list[str]
) -> None:
    assert speakers(text) == expected


def test_a_document_inside_a_phrase_is_no_subject_of_the_participle_after_it() -> None:
    # "in an email posted online": "posted" is no reporting verb of "an email", so the
    # next quotation goes on with Gillespie instead of being the email's
    text = (
        "“The rescue mission was successful, but it was a real cliffhanger,” Gillespie wrote"
        " in an email posted online. “Operating literally at the end of our tether, we"
        " searched for over an hour.”"
    )
    quotes = find_quotes(text)
    assert [quote.speaker for quote in quotes] == ["Gillespie"] * len(quotes)
    assert all(quote.speaker_confidence >= SPEAKER_SURE for quote in quotes)

"""The subject of a reporting clause after an opening phrase that ends in a name: a bare
name right before the verb, after one comma and with none of its own, is the subject
(`In a speech at The Citadel, Romney promised, "…"`), not the name in the phrase. A name
closing an apposition needs its comma: a place after a comma belongs to the description
(`Jane Doe, a farmer in Fresno, California said`)."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes

WORDS = "“We will win this state and we will win this election.”"

CASES = [
    (f"The next day, in a major speech at The Citadel, Romney promised, {WORDS}", "Romney"),
    (f"Speaking to voters in Des Moines, Iowa, Romney said: {WORDS}", "Romney"),
    (f"At a rally near Lake Tahoe, Jo Reyes told the crowd: {WORDS}", "Jo Reyes"),
    (f"Jane Doe, a farmer in Fresno, California said: {WORDS}", "Jane Doe"),
    (
        f"Jane Doe, an analyst at the Council on Energy, Environment and Water told us: {WORDS}",
        "Jane Doe",
    ),
    # a name closing an apposition with its comma is still the subject
    (
        f"In a letter to Beauchamp, the label's head of catalogue, Tobias Lindqvist, wrote: {WORDS}",
        "Tobias Lindqvist",
    ),
    # a description's own name without its comma, as before
    (f"Acme's chief, Jo Reyes said: {WORDS}", "Jo Reyes"),
]

LATER = "aboard the old carrier Ashford, now a museum in Dover, Delaware, Kessler said he would"
NAMED = "The rally drew Dana Kessler and her aides."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # after several pieces, a bare surname is the subject when the text named that
        # person in full before; otherwise the phrase's own name stays no subject's
        (
            f"{NAMED}\n\nIn a talk on Monday, {LATER} “add ten thousand new jobs” here.",
            "Dana Kessler",
        ),
    ],
)
def test_a_surname_named_in_full_before_is_the_subject(text: str, speaker: str) -> None:
    quote = find_quotes("Report\n\n" + text)[0]
    assert quote.speaker == speaker
    assert quote.speaker_sure


def test_a_bare_word_after_several_pieces_names_nobody_surely() -> None:
    quote = find_quotes(
        f"Report\n\nIn a talk on Monday, {LATER} “add ten thousand new jobs” here."
    )[0]
    assert not (quote.speaker_sure and quote.speaker == "Kessler")


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_subject_after_an_opening_phrase(text: str, speaker: str) -> None:
    quote = find_quotes("Report\n\n" + text)[0]
    assert quote.speaker == speaker
    assert quote.speaker_sure


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `said X of Y`: X speaks of Y; a one-word X is a person when the text named them
        # in full before
        (
            "Dale Morrow hit Ivan Petrak late in the game.\n\n"
            "“I know what he is out there for,” said Petrak of Morrow.",
            "Ivan Petrak",
        ),
        ("“I know what he is out there for,” said Ivan Petrak of Morrow.", "Ivan Petrak"),
    ],
)
def test_the_one_speaking_of_another(text: str, speaker: str) -> None:
    quote = find_quotes("Report\n\n" + text)[0]
    assert quote.speaker == speaker

"""Someone unnamed, described in everyday words the role lists do not hold: the
description is the speaker, with the phrase that places them (`a dispatcher on the police
scanner`), and `one` followed by a noun is that description, not a conversation's `one`."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import QUOTE, sure_speakers

DESCRIBED = [
    pytest.param(
        f"{QUOTE} said a dispatcher on the police scanner.",
        "a dispatcher on the police scanner",
        id="inverted-with-place",
    ),
    pytest.param(
        f"{QUOTE} said one GOP operative in the state.",
        "one GOP operative in the state",
        id="inverted-one-with-place",
    ),
    pytest.param(
        f"{QUOTE} said one operative in the state.",
        "one operative in the state",
        id="one-then-noun-is-a-description",
    ),
    pytest.param(f"{QUOTE} one operative said.", "one operative", id="unnamed-subject"),
    pytest.param(
        f"{QUOTE} a nurse at the hospital told reporters.",
        "a nurse at the hospital",
        id="role-with-lowercase-place",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), DESCRIBED)
def test_an_unnamed_speaker_is_their_description(text: str, speaker: str) -> None:
    assert sure_speakers(text) == [speaker]


def test_an_unnamed_speaker_does_not_run_on_into_the_previous_quote() -> None:
    text = (
        f"{QUOTE} Smith said. “I abstain from all of it, for now and forever, friends,” "
        "one operative said."
    )
    assert sure_speakers(text) == ["Smith", "one operative"]


CONVERSATION = [
    pytest.param("one said.", "one", id="one"),
    pytest.param("one complained.", "one", id="one-complained"),
    pytest.param("another added bitterly.", "another", id="another"),
    pytest.param("said one.", "one", id="said-one"),
]


@pytest.mark.parametrize(("attribution", "speaker"), CONVERSATION)
def test_one_in_a_conversation_stays_one(attribution: str, speaker: str) -> None:
    text = f"“I abstain,” Miller said. “I am not sure about any of it, to be honest,” {attribution}"
    assert sure_speakers(text)[-1] == speaker


def test_a_note_is_no_unnamed_speaker() -> None:
    text = (
        "Renata Webb read from comments her students had written.\n\n"
        "“I would actually like it if somebody took my phone away,” one note said, "
        "according to Webb."
    )
    assert sure_speakers(text) == [None]


def test_one_of_the_writings_read_is_nobody() -> None:
    text = (
        "Colleagues collected his remarks in a booklet.\n\n"
        "“If you want to be liked for your brains, go to the library,” read one."
    )
    assert sure_speakers(text) == [None]


def test_an_inverted_attribution_then_a_clause_of_time() -> None:
    text = (
        "Joan Webb made the day easy for the contestants.\n\n"
        "“I have to tell you who I picked and why I picked them,” announced Webb as the "
        "housemates sat on the sofas."
    )
    assert sure_speakers(text) == ["Joan Webb"]


def test_a_role_abbreviation_is_no_name() -> None:
    text = (
        "Gary Money, a presenter on the station, thinks a break is inevitable.\n\n"
        "“They might take time for projects outside the band, which is healthy,” says the DJ."
    )
    assert sure_speakers(text) == [None]


def test_a_bodys_role_then_a_comma_then_the_holder() -> None:
    text = (
        "“We will not pay for a road nobody will use,” said the Ministry of Transport "
        "spokesman, Tom Reyes.\n\n"
        "“So far the evidence suggests the increases have helped,” said EEF chief economist, "
        "Steve Radley."
    )
    assert sure_speakers(text) == ["Tom Reyes", "Steve Radley"]


def test_someone_described_by_nationality_is_no_name() -> None:
    text = (
        "Anelka hit the bar in the last minute.\n\n"
        "“This is one of the biggest clubs in the world and I am glad to be here,” said the "
        "Frenchman."
    )
    assert "Frenchman" not in [s for s in sure_speakers(text) if s]


def test_the_place_a_participle_names_is_no_subject() -> None:
    text = (
        "Ms Webb's legal action, filed in Los Angeles Superior Court, also accuses Mr Reyes of "
        "negligence, alleging he “grabbed, hit, fought with and restrained” her sister."
    )
    assert sure_speakers(text) == [None]

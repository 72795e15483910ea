"""The pronoun "he"/"she" after a sentence whose subject is a name titled by a role in lower
case (`But shuttle program manager Wayne Hale indicated …` ¶ `"…," he said`): that name opens
its sentence as its subject, after a conjunction or an opening phrase too, so the pronoun
stands for them rather than for someone described earlier. Words with a verb among them
(`Voters told reporter …`, `He met manager …`) title nobody: the name there is an object."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes
from newsreader.analysis.salience import opens_sentence
from newsreader.models import SPEAKER_SURE

QUOTE = '"At this point, the timetable is not what worries me most," he said.'
LEDE = "The launch of the new probe will slip into next month, a senior agency manager said.\n\n"

SHAPES = [
    # (text, speaker of the last quote, sure)
    # sure: a role and its lower-case modifiers title the name after a conjunction
    (
        LEDE + "The agency had aimed for an early launch. But probe program manager Tomas Rivera"
        " indicated last week that the launch would likely slip.\n\n" + QUOTE,
        "Tomas Rivera",
        True,
    ),
    # sure: after an opening phrase
    (
        LEDE + "On Monday, probe program manager Tomas Rivera indicated that the launch would"
        " likely slip.\n\n" + QUOTE,
        "Tomas Rivera",
        True,
    ),
    # sure: a place, then a role in lower case
    (
        LEDE
        + "Houston flight safety officer Tomas Rivera pointed to a faulty connector.\n\n"
        + QUOTE,
        "Tomas Rivera",
        True,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), SHAPES)
def test_he_is_the_role_titled_subject(text: str, speaker: str, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


OPENS = [
    # (sentence, name, opens its sentence as the subject)
    ("But probe program manager Tomas Rivera indicated it would slip.", "Tomas", True),
    ("And bank security head Tomas Rivera was not surprised.", "Tomas", True),
    ("However, bank security head Tomas Rivera was not surprised.", "Tomas", True),
    ("Houston flight safety officer Tomas Rivera pointed to a connector.", "Tomas", True),
    # a verb or a pronoun among the words: the name is an object
    ("Voters told reporter Tomas Rivera they were tired.", "Tomas", False),
    ("He met manager Tomas Rivera on Sunday.", "Tomas", False),
    ("Fans cheered coach Tomas Rivera after the win.", "Tomas", False),
    ("It was then manager Tomas Rivera who spoke.", "Tomas", False),
    ("Asked whether Senator Tomas Rivera would back it, she declined.", "Tomas", False),
    ("Because party leader Tomas Rivera objected, the vote was put off.", "Tomas", False),
]


@pytest.mark.parametrize(("sentence", "name", "opens"), OPENS)
def test_role_titled_name_opens_its_sentence(sentence: str, name: str, opens: bool) -> None:
    assert opens_sentence(sentence, sentence.index(name)) is opens


OTHER_PERSON = (
    "Mourners gathered outside the town hall on Friday evening.\n\n"
    '"We are all frightened for them," said Zarmina Haidari, a 58-year-old from Dunmore whose'
    " brother had to leave his car and walk home through the riots.\n\n"
    "Haidari wore a woollen shawl that a cousin had sent from Quetta.\n\n"
    '"I could not sleep at all last night," she said.'
)


def test_someone_a_relative_clause_names_gives_no_sex() -> None:
    """`Haidari, a 58-year-old whose brother had to leave his car`: "brother" and "his" are
    the brother's, so a later "she" may still be Haidari, the subject just before."""
    quote = find_quotes(OTHER_PERSON)[-1]
    assert quote.speaker == "Zarmina Haidari"
    assert quote.speaker_sure


TOLD = (
    "The agency head, Tomas Brandt, voiced concern on Monday about the programme.\n\n"
    '"Our programme is entirely peaceful," spokesman Rafiq Anwar said.\n\n'
)

TOLD_SHAPES = [
    # (text, speaker of the last quote): the one told what to do is not the one telling
    (TOLD + 'Mr Brandt should "stay within his mandate," he said.', "Rafiq Anwar"),
    (TOLD + 'Mr Brandt ought to "stop meddling in our affairs," he said.', "Rafiq Anwar"),
    # no modal: the subject may be reporting his own plans, as before
    (
        "Tomas Brandt spoke to reporters on Monday about the programme.\n\n"
        'Brandt hopes "to finish the review by the spring," he said.',
        "Tomas Brandt",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), TOLD_SHAPES)
def test_the_one_told_what_to_do_is_not_the_speaker(text: str, speaker: str) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert quote.speaker_sure


def test_a_lower_case_particle_is_capitalised_where_the_name_opens_a_sentence() -> None:
    """`Al-Rashid, asked whether …, declined` is Karim Haddad al-Rashid, the subject that "he"
    stands for, not the farmer who spoke before."""
    text = (
        "Foreign Minister Karim Haddad al-Rashid signed the accord in Amman on Sunday.\n\n"
        '"The water is finally flowing again," said a farmer, Omar Nasser, who came to watch.\n\n'
        "The water ministry, in a statement released after the signing, said the accord was"
        ' "part of a wider plan" and that talks with its neighbours were going on.\n\n'
        "Al-Rashid, asked whether other states might join, declined to answer directly."
        ' "Today is about our two countries," he said.'
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker == "Karim Haddad al-Rashid"
    assert quote.speaker_sure


JOINED = "Judge Mary Stone let a similar case go ahead in Texas last year.\n\n"

JOINED_SHAPES = [
    # (text, speaker of the last quote, sure)
    # sure: the name opens a main clause joined by "but" or a semicolon, a verb after it
    (
        JOINED + "Those arguments have worked in other courtrooms, but Judge Ann Howell did not"
        ' buy them. "The objections have no merit at all," she wrote.',
        "Ann Howell",
        True,
    ),
    (
        JOINED + "The providers objected to the subpoenas; Judge Ann Howell rejected every one"
        ' of them. "The objections have no merit at all," she wrote.',
        "Ann Howell",
        True,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "sure"), JOINED_SHAPES)
def test_she_is_the_subject_of_a_joined_clause(text: str, speaker: str, sure: bool) -> None:
    quote = find_quotes(text)[-1]
    assert quote.speaker == speaker
    assert (quote.speaker_confidence >= SPEAKER_SURE) is sure


def test_a_name_after_but_with_no_verb_is_no_subject() -> None:
    """`…, but not Ann Howell.`: no clause of her own; the subject before is still meant."""
    text = (
        "Mary Stone ruled for the providers last year, but not in the case before Ann Howell.\n\n"
        '"The objections have merit," she wrote.'
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker != "Ann Howell" or not quote.speaker_sure


FILLER = (
    " The fund has grown every year since, and its staff now fill two floors of an office"
    " block near the old railway station, where the rent is lower than in the city centre."
)


def test_a_subject_pronoun_carries_its_person_over_a_long_profile() -> None:
    """`Mr Rivera …` ¶ `He travels …` ¶ … ¶ `He works …` ¶ `"…," he said`: each sentence that
    "He" opens keeps Rivera in focus, however far back his name was."""
    paragraphs = ["Mr Tomas Rivera runs a small investment fund in Nairobi." + FILLER]
    paragraphs += [
        f"He {verb} across the region most weeks of the year." + FILLER * 2
        for verb in ("travels", "drives", "flies", "works")
    ]
    paragraphs.append('"The answer is not more aid," he said.')
    quote = find_quotes("\n\n".join(paragraphs))[-1]
    assert quote.speaker == "Tomas Rivera"
    assert quote.speaker_sure


PASSIVE_LEAD = [
    # (sentence, name, opens its sentence as the subject)
    ("Told of that remark, Maria Kovac shrugged.", "Maria", True),
    ("Informed of the ruling, Maria Kovac said nothing.", "Maria", True),
    ("Pressed on the point, party leader Maria Kovac smiled.", "Maria", True),
    ("Making her way around the diner, Maria Kovac thanked a voter.", "Maria", True),
    ("Speaking quietly, Maria Kovac thanked a voter.", "Maria", True),
    # the one named inside the phrase is no subject
    ("Making her way around the diner with Maria Kovac, the senator smiled.", "Maria", False),
    ("Pressed on the point by Maria Kovac, the minister smiled.", "Maria", False),
]


@pytest.mark.parametrize(("sentence", "name", "opens"), PASSIVE_LEAD)
def test_a_participle_phrase_leads_to_the_subject(sentence: str, name: str, opens: bool) -> None:
    assert opens_sentence(sentence, sentence.index(name)) is opens


def test_she_is_the_subject_after_a_passive_participle_phrase() -> None:
    text = (
        '"I have played my best tennis all week," said Ana Petrova after her semi-final.\n\n'
        'Told of that remark, Maria Kovac shrugged. "Maybe so, but I have beaten her twice this year,"'
        " she said."
    )
    quote = find_quotes(text)[-1]
    assert quote.speaker == "Maria Kovac"
    assert quote.speaker_sure

"""Shapes of modern web news (issue 10): an outlet's name run into the speaker's surname
("Speaking to the Evening Ledger Morvan said"), an appositive naming the person a bare role
introduced ("The host, board member Tessa Quell, has said"). Made-up names and sentences
of the shapes news uses.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes


def speakers(text: str) -> list[tuple[str | None, bool]]:
    """(speaker, sure) for each key quote."""
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


def persons(text: str) -> list[str]:
    """The text of each person mention."""
    return [entity.text for entity in find_entities(text) if entity.kind == "person"]


OUTLET_GLUED = [
    # "the <outlet> <surname>": no person's name follows "the", so the run is a body's name
    # followed by the surname of a person the article names in full
    (
        "Carla Morvan was 16 when she met him. Speaking to the Evening Ledger Morvan "
        "claimed: “He promised me a job and a flat in the city.”",
        "Carla Morvan",
    ),
    (
        "Thomas Brusk runs the mill. In an interview with the Northern Courier Brusk said: "
        "“We will not close the mill this winter.”",
        "Thomas Brusk",
    ),
]


@pytest.mark.parametrize(("text", "name"), OUTLET_GLUED)
def test_an_outlet_run_into_a_surname_leaves_the_person(text: str, name: str) -> None:
    assert speakers(text) == [(name, True)]


OUTLET_GUARDS = [
    # a given name before the surname is the person's own name, even after "the"
    (
        "Carla Morvan and her brother spoke. Asked by the press Ivo Morvan said: "
        "“We will not sell the farm.”",
        "Ivo Morvan",
    ),
]


@pytest.mark.parametrize(("text", "name"), OUTLET_GUARDS)
def test_a_given_name_before_a_surname_stays_part_of_the_name(text: str, name: str) -> None:
    assert name in persons(text)


ROLE_NAMED_IN_APPOSITION = [
    # a bare role ("The host") named by an apposition of role words then a person's name:
    # the name speaks, not an earlier description the role might point back to
    (
        "Another fundraiser host serves on the board of a clinic. The host, board member "
        'Tessa Quell, has said the plan "is a waste of public money."',
        "Tessa Quell",
    ),
    (
        "Another activist backed the rival campaign. The activist, Harbour Trust trustee Martin "
        "Ashgrove, said: “We gave because we believe in the project.”",
        "Martin Ashgrove",
    ),
    (
        "One engineer left the firm last year. “The plans were never safe,” the engineer, "
        "senior designer Laura Penhallow, said.",
        "Laura Penhallow",
    ),
]


@pytest.mark.parametrize(("text", "name"), ROLE_NAMED_IN_APPOSITION)
def test_a_role_named_in_apposition_is_that_person(text: str, name: str) -> None:
    assert speakers(text) == [(name, True)]


ROLE_APPOSITION_GUARDS = [
    # the body speaks: the person in its apposition only leads or owns it
    (
        "The panel met for a week. The panel, chaired by Tessa Quell, said the plan "
        '"is a waste of public money."',
        "Tessa Quell",
    ),
    (
        "The charity, whose founder Martin Ashgrove resigned, said: “We will go on.”",
        "Martin Ashgrove",
    ),
]


@pytest.mark.parametrize(("text", "name"), ROLE_APPOSITION_GUARDS)
def test_a_person_leading_or_owning_the_subject_does_not_speak(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] != [name]


ONE_OF_THEM_NAMED = [
    # "one of the organisers" named in apposition: the name is the speaker, and a later
    # "she said" goes on with her, not with the author before her
    (
        "Author Mara Quell, from Woodstock, spoke about her first novel.\n\n"
        "“It took me ten years to finish,” she said.\n\n"
        "One of the organisers, Tessa Vane, said the fair was a success.\n\n"
        "“We had a wonderful crowd who supported our authors,” she said.",
        ["Mara Quell", "Tessa Vane"],
    ),
    (
        "Author Mara Quell, from Woodstock, spoke about her first novel.\n\n"
        "“It took me ten years to finish,” she said.\n\n"
        "Author and one of the organisers, Tessa Vane, from Hillcrest, said the fair was a "
        "success.\n\n“We had a wonderful crowd who supported our authors,” she said.",
        ["Mara Quell", "Tessa Vane"],
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_OF_THEM_NAMED)
def test_one_of_a_group_named_in_apposition_speaks(text: str, names: list[str]) -> None:
    assert speakers(text) == [(name, True) for name in names]


ONE_OF_THEM_GUARDS = [
    # no name in the apposition: still someone unnamed
    (
        "Tessa Vane opened the fair on Saturday. One of the organisers, who asked not to be "
        "named, said: “We lost money this year.”",
        "Tessa Vane",
    ),
]


@pytest.mark.parametrize(("text", "name"), ONE_OF_THEM_GUARDS)
def test_one_of_a_group_unnamed_is_nobody_named(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] != [name]


NAME_IN_APPOSITION_IS_SUBJECT = [
    # "<opening>, <description>, <Name>, <verb>": the name is the subject a later "she"
    # goes on with, not a woman named before
    (
        "In 2009, one of the victims, Mara Quell, filed a lawsuit against the club.",
        "Mara Quell",
    ),
    ("One of the victims, Mara Quell, filed a lawsuit against the club.", "Mara Quell"),
    ("In 2009, a former player, Mara Quell, filed a lawsuit against the club.", "Mara Quell"),
    # (already taken before: a possessive description)
    ("The club's former captain, Mara Quell, 31, filed a lawsuit against it.", "Mara Quell"),
]


@pytest.mark.parametrize(("sentence", "name"), NAME_IN_APPOSITION_IS_SUBJECT)
def test_a_name_in_apposition_to_the_subject_is_in_focus(sentence: str, name: str) -> None:
    text = (
        "Ana Rolt, the club chairwoman, was convicted last year.\n\n"
        f"{sentence}\n\n"
        'In 2022, she withdrew the claim, saying she "may have made a mistake" in naming '
        "the coach."
    )
    assert speakers(text) == [(name, True)]


APPOSITION_SUBJECT_GUARDS = [
    # a list after the description, or a name in apposition to an object, is no apposed
    # subject: the "she" after it stays unsure
    "The finalists, Mara Quell, Jo Penn and Ivy Marr, will meet on Sunday.",
    "Rolt met one of the victims, Mara Quell, on Monday.",
    "The victims, Mara Quell and Ivy Marr, filed a lawsuit against the club.",
]


@pytest.mark.parametrize("sentence", APPOSITION_SUBJECT_GUARDS)
def test_a_list_or_an_object_in_apposition_is_no_subject(sentence: str) -> None:
    text = (
        "Ana Rolt, the club chairwoman, resigned last year.\n\n"
        f"{sentence}\n\n"
        'In 2022, she withdrew the claim, saying she "may have made a mistake" in naming '
        "the coach."
    )
    assert [sure for _, sure in speakers(text)] == [False]


COMMALESS_OPENING = [
    # a short opening phrase run into the subject without a comma, then a participle of
    # saying after the subject's own clause
    "On the final track Mara Quell makes a reference to her hometown, singing, “{}”",
    "On the final track Mara Quell makes a reference to her hometown, saying: “{}”",
    "In the video Mara Quell waves at the crowd, saying, “{}”",
]


@pytest.mark.parametrize("shape", COMMALESS_OPENING)
def test_a_subject_after_a_commaless_opening_phrase_speaks(shape: str) -> None:
    text = "Fans were waiting.\n\n" + shape.format(
        "The river runs cold and the town holds its breath."
    )
    assert speakers(text) == [("Mara Quell", True)]


COMMALESS_GUARDS = [
    # a capitalised place in the opening phrase is no lowercase lead: nothing changes
    "In New York Mara Quell waves at the crowd, saying, “{}”",
]


@pytest.mark.parametrize("shape", COMMALESS_GUARDS)
def test_a_name_inside_the_opening_phrase_is_not_read_past(shape: str) -> None:
    text = "Fans were waiting.\n\n" + shape.format(
        "The river runs cold and the town holds its breath."
    )
    assert [name for name, _ in speakers(text)] != ["New York"]


PERSON_AFTER_PREPOSITION_OBJECT = [
    # "… of Norland, Ambassador Mara Quell denied …, asserting that …": the name after the
    # preposition is its object; the person after the comma is the subject
    (
        "At an emergency meeting on the strike, held at the request of Norland, Ambassador "
        "Mara Quell denied the claims, asserting that the raids “targeted only military "
        "sites.”",
        "Mara Quell",
    ),
    # (taken before too: a participle in -ed opens the phrase)
    (
        "At a summit hosted by Norland, Ambassador Tessa Vane rejected the charge, insisting "
        "that her country “has never armed the rebels.”",
        "Tessa Vane",
    ),
]


@pytest.mark.parametrize(("text", "name"), PERSON_AFTER_PREPOSITION_OBJECT)
def test_a_person_after_a_prepositions_object_is_the_subject(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]


PREPOSITION_GUARDS = [
    # no person after the comma: the clause's own subject still speaks
    (
        "At a meeting held at the request of Norland, the ambassador denied the claims, "
        "asserting that the raids “targeted only military sites.”",
        "Norland",
    ),
]


@pytest.mark.parametrize(("text", "name"), PREPOSITION_GUARDS)
def test_a_prepositions_object_alone_is_not_made_a_person(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] != [name]


ROLE_NOUNS_OF_CELEBRITY_NEWS = ["actress", "rapper", "novelist", "footballer"]


@pytest.mark.parametrize("noun", ROLE_NOUNS_OF_CELEBRITY_NEWS)
def test_a_role_of_entertainment_and_sport_news_stands_for_the_one_named(noun: str) -> None:
    text = (
        "Mara Quell spoke about her past on the show.\n\n"
        f"“He was not in a good place in his life,” the {noun} said."
    )
    assert speakers(text) == [("Mara Quell", True)]


def test_a_model_is_no_speaker_role() -> None:
    # guard: "the model" in technology news is software, not the person named before
    text = (
        "Mara Quell tested the new system on Monday.\n\n"
        "“I cannot answer that question,” the model said."
    )
    assert speakers(text) != [("Mara Quell", True)]


TALKED_ABOUT = [
    # someone named after "about" in the subject's sentence is talked of: "she" goes on
    # with the subject
    "Quell also went into detail about how Ana Rolt recruited the girls.",
    "Quell also spoke about how Ana Rolt recruited the girls.",
    "Quell also wrote a book about Ana Rolt.",
    "Quell also spoke about meeting Ana Rolt at a book fair.",
]


@pytest.mark.parametrize("sentence", TALKED_ABOUT)
def test_someone_talked_about_is_no_rival_for_she(sentence: str) -> None:
    text = (
        f"Mara Quell is now 37.\n\n{sentence}\n\n"
        "She said: “She was going to schools and picking girls for him.”"
    )
    assert speakers(text) == [("Mara Quell", True)]


TALKED_ABOUT_GUARDS = [
    # a second woman as a subject of her own clause is still in play
    "Quell spoke about the plan, and Ana Rolt agreed with her.",
]


@pytest.mark.parametrize("sentence", TALKED_ABOUT_GUARDS)
def test_a_second_subject_stays_a_rival(sentence: str) -> None:
    text = (
        f"Mara Quell is now 37.\n\n{sentence}\n\n"
        "She said: “She was going to schools and picking girls for him.”"
    )
    assert speakers(text) != [("Mara Quell", True)]


ABSOLUTE_PHRASE_SPEAKS = [
    # ", with some saying …": those the absolute phrase names speak, not the clause's
    # subject; nobody named is better than the wrong one
    "He said the plan had critics, with some saying it would “ruin the town for good”.",
    "He said not all of her followers backed her, with some calling her out, saying she "
    "was stoking violence and urging her to “stop playing with people’s lives”.",
]


@pytest.mark.parametrize("sentence", ABSOLUTE_PHRASE_SPEAKS)
def test_an_absolute_phrase_of_saying_is_not_the_subjects_words(sentence: str) -> None:
    text = f"Arno Vell gave evidence on Monday.\n\n{sentence}"
    assert [speaker for speaker, _ in speakers(text)] != ["Arno Vell"]


ABSOLUTE_GUARDS = [
    # a "with" phrase of no saying, or none at all: the subject still speaks
    "Arno Vell left the stage, with tears streaming down his face, saying the plan would "
    "“ruin the town for good”.",
    "Arno Vell rejected the plan, saying it would “ruin the town for good”.",
]


@pytest.mark.parametrize("text", ABSOLUTE_GUARDS)
def test_a_with_phrase_of_no_saying_keeps_the_subject(text: str) -> None:
    assert speakers(text) == [("Arno Vell", True)]


WITH_AFTER_QUOTATION = [
    # '"…", with Vell calling it "…"': the absolute phrase brings in the next quotation's
    # speaker; the first quotation is not his
    'Some are describing the film as the "biggest cricket film ever made", with Vell '
    'calling it "the cricket version of a great sports movie".',
]


@pytest.mark.parametrize("sentence", WITH_AFTER_QUOTATION)
def test_a_with_phrase_after_a_quotation_speaks_for_the_next(sentence: str) -> None:
    text = f"Tom Vell will play a small role in the film.\n\n{sentence}"
    result = speakers(text)
    assert result[0] != ("Tom Vell", True)
    assert result[-1] == ("Tom Vell", True)


def test_a_name_and_verb_after_a_quotation_still_speak() -> None:
    # guard: no "with", the name after the quotation is its speaker
    text = (
        "Tom Vell will play a small role in the film.\n\n"
        '"It is the biggest cricket film ever made," Vell said.'
    )
    assert speakers(text) == [("Tom Vell", True)]


BRITISH_HONORIFIC_SUBJECT = [
    # "Mr Blair" (no full stop) opening the clause of a participle of saying, after a
    # conjunction or an opening phrase: the subject, not an earlier name nor the outlet
    "But Mr Vell refused to be pinned down to a date, saying the town would vote "
    '"some time next year but when, I do not know".',
    "In an interview with the Evening Ledger, Mr Vell refused to be pinned down to a date, "
    'saying the town would vote "some time next year but when, I do not know".',
    "But in an interview with the Evening Ledger, Mr Vell refused to be pinned down to a "
    'date, saying the town would vote "some time next year but when, I do not know".',
]


@pytest.mark.parametrize("sentence", BRITISH_HONORIFIC_SUBJECT)
def test_a_british_honorific_subject_speaks(sentence: str) -> None:
    text = f"Tom Vell and Jack Rowe disagree. Jack Rowe has said a vote could come soon. {sentence}"
    assert speakers(text) == [("Tom Vell", True)]


def test_a_commaless_lead_before_an_outlet_is_no_subject() -> None:
    # guard: "In an interview with the Evening Ledger, Mr …": the outlet is no subject
    text = (
        "Jack Rowe has said a vote could come soon. In an interview with the Evening Ledger, "
        'Mr Vell refused to name a date, saying "some time next year but when, I do not know".'
    )
    assert [speaker for speaker, _ in speakers(text)] != ["Evening Ledger"]


DESCRIPTION_WITH_PHRASE_NAMED = [
    # "The chairman of the working party, Stefan Vell, warned": a description with a
    # phrase after its head, named by a person in apposition
    "The chairman of the working party, Stefan Vell, warned that there was "
    '"still a lot of work that has to be done".',
    "The chairman of the working party, Ambassador Stefan Vell of Iceland, warned that "
    'there was "still a lot of work that has to be done".',
]


@pytest.mark.parametrize("sentence", DESCRIPTION_WITH_PHRASE_NAMED)
def test_a_long_description_named_in_apposition_is_that_person(sentence: str) -> None:
    assert speakers(f"Talks went on.\n\n{sentence}") == [("Stefan Vell", True)]


def test_a_body_in_apposition_to_a_description_is_not_made_its_name() -> None:
    # guard: no person's name after the comma, the description stays
    text = (
        "Talks went on.\n\nThe head of the agency, Norland, warned that there was "
        '"still a lot of work that has to be done".'
    )
    assert [speaker for speaker, _ in speakers(text)] == ["The head of the agency"]


NAMED_INSIDE_THE_QUOTATION = [
    # the one the prose subject talks of is named inside the quotation in the third
    # person: no second speaker in play, the first-person words are the subject's
    "Lady Hollin really wanted to do the right thing by the family and by the public. "
    "I have great admiration for how she is dealing with this.",
]


@pytest.mark.parametrize("words", NAMED_INSIDE_THE_QUOTATION)
def test_someone_named_inside_the_quotation_is_talked_of(words: str) -> None:
    text = (
        "The funeral will be on Tuesday, Helen Marsh said.\n\n"
        "Marsh paid tribute to Lady Hollin, calling her a remarkable person.\n\n"
        f'"{words}"'
    )
    assert speakers(text) == [("Helen Marsh", True)]


def test_someone_not_named_inside_the_quotation_stays_in_play() -> None:
    # guard: "she" inside the quotation could be either woman's words about the other
    text = (
        "The funeral will be on Tuesday, Helen Marsh said.\n\n"
        "Marsh paid tribute to Lady Hollin, calling her a remarkable person.\n\n"
        '"She really wanted to do the right thing by the family. I have great admiration '
        'for how she is dealing with this."'
    )
    assert speakers(text) == [("Helen Marsh", False)]


SUBJECT_AFTER_A_DOCUMENT_PHRASE = [
    # "ahead of the report, Tom Vell told": the document is inside an opening phrase;
    # the subject follows it
    "On Wednesday, ahead of the report, Tom Vell told reporters there were sometimes "
    '"conflicting and competing agendas for government" between the two.',
    "On Wednesday, ahead of the minister's report, Mr Vell told reporters there were "
    'sometimes "conflicting and competing agendas for government" between the two.',
]


@pytest.mark.parametrize("sentence", SUBJECT_AFTER_A_DOCUMENT_PHRASE)
def test_a_subject_after_a_phrase_with_a_document_speaks(sentence: str) -> None:
    text = (
        "Gordon Brown rejected the claim. He said Tom Vell was never at the meetings. " + sentence
    )
    assert speakers(text) == [("Tom Vell", True)]


NESTED_CLOSE = "He would follow me to school. He would say: 'This is what a good girl does.'"


def test_a_quotation_closing_on_an_inner_one_ends_its_sentence() -> None:
    # `… does.'" Tom Dorin would later ask …`: the next sentence is no reporting clause
    text = (
        "Mara Vell told the court about the years at the house.\n\n"
        f'"{NESTED_CLOSE}" Tom Dorin would later ask to meet her sister.'
    )
    assert [speaker for speaker, _ in speakers(text)] != ["Tom Dorin"]


@pytest.mark.parametrize("after", ["Tom Dorin said.", "Tom Dorin said on Monday."])
def test_a_short_reporting_clause_after_an_inner_close_still_attributes(after: str) -> None:
    # guard: British copy puts `Dorin said.` after a closed sentence
    text = f'Mara Vell told the court about the years at the house.\n\n"{NESTED_CLOSE}" {after}'
    assert speakers(text) == [("Tom Dorin", True)]


CAPITALISED_TITLE_ALONE = [
    # "the President said" with no name after the title: a role, the one person who held
    # it, never a name "President"
    "the President said in a video.",
    "the future President said in a video.",
]


@pytest.mark.parametrize("after", CAPITALISED_TITLE_ALONE)
def test_a_capitalised_title_alone_is_a_role(after: str) -> None:
    text = (
        "Rodrigo Vell was demoted in 2018 and later became president.\n\n"
        f'"I deeply regret the actions that occurred more than 15 years ago," {after}'
    )
    assert speakers(text) == [("Rodrigo Vell", True)]


def test_a_title_before_a_name_stays_with_the_name() -> None:
    # guard: "President Ana Vell said" names her
    text = (
        "The summit ended on Monday.\n\n"
        '"We agreed on the border and on trade," President Ana Vell said.'
    )
    assert speakers(text) == [("Ana Vell", True)]


def test_a_nationality_after_the_stays_an_epithet() -> None:
    # guard: "the German said" is an epithet for the person in focus, not a role
    text = (
        "Leeds manager Daniel Vogt praised his side. "
        "“We defended as a unit for all of the 90 minutes,” the German said."
    )
    assert [speaker for speaker, _ in speakers(text)] == ["Daniel Vogt"]

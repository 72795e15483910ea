"""Reporting-clause shapes from news read in session 7 (issue 10), each in made-up words.

A modifier the name pattern stops short of (`said Channel 4 boss Amanda Ross`, `said
Richard and Judy executive producer …`) still leaves the person after the role as the
speaker; `revealed` and `disclosed` report words; a document whose owner is a time
(`Tuesday's report`) is nobody's; `Mueller` and `Muller` are the `Müller` named before; a bare age (`the 34-year-old told`) stands for the one
person named in reach, even as an object, and for nobody when two are; a definite
description after `added`/`continued` goes on for the last speaker when it fits them. Before a
quotation, the subject is not a noun that looks like a verb (`that states can`, `Ruiz’
comments`), nor an address opening the sentence.
"""

from __future__ import annotations

import pytest
from quote_shapes import QUOTE, sure_speakers

SHAPES = [
    # the rest of a modifier before the role: a number, `and` with a second name
    (f"{QUOTE} said Channel 4 executive producer Amanda Ross.", ["Amanda Ross"]),
    (f"{QUOTE} said Richard and Judy executive producer Amanda Ross.", ["Amanda Ross"]),
    (f"{QUOTE} said Formula 1 boss Tom Keane.", ["Tom Keane"]),
    # guard: two people joined by `and` with no role after them are both named
    (
        "Amanda Ross and Tom Keane met the council on Monday.\n\n"
        f"{QUOTE} said Ross, who chairs the group.",
        ["Amanda Ross"],
    ),
    # a surname with an umlaut, written without it or with `ue` later in the story
    (
        "In April, Gerhard Müller, the prefect of the congregation, quashed that hope.\n\n"
        "Muller criticised the sisters for their choice of speakers.\n\n"
        f"{QUOTE} Mueller said in scathing remarks.",
        ["Gerhard Müller"],
    ),
    # `revealed` reports words, closer to the quotation than an opening clause's `asked`
    (
        "Howard Stern interviewed Gwyneth Paltrow on Monday.\n\n"
        "When Stern asked whether Paltrow had called them, Paltrow revealed, "
        "“If any of my friends ever go through something like that, I call right away.”",
        ["Gwyneth Paltrow"],
    ),
    (
        "The minister spoke after the vote.\n\n"
        "Later, Anna Berglund disclosed: “We were never told the cost of the scheme at all.”",
        ["Anna Berglund"],
    ),
    # a time owns no document: `Tuesday's report` is nobody's words
    (
        "The inspectors visited every convent last year. Tuesday’s report was the "
        "ministry’s summary of what they found.\n\n"
        "“The sisters have been at the forefront of care for the poor,” the report said.",
        [None],
    ),
    # a definite description going on after the last speaker's quotation, with a verb of
    # continuing, is them, though others are named in the paragraph
    (
        "Graeme Souness joined Alex Ferguson in backing Walter Smith, while Tommy Burns "
        "took charge for the friendly. Ferguson said: “He would be the outstanding "
        "candidate as far as I am concerned.” The United boss continued: “I do not know "
        "what credentials are needed to do the job.”",
        ["Alex Ferguson", "Alex Ferguson"],
    ),
    (
        "Tom Hanks crossed the bridge built in the square as fans greeted Rita Wilson and "
        "Robert Zemeckis. Hanks said that the new film had an “elegant message”. “Christmas "
        "is a special time of the year and you get out of it what you put in,” added the "
        "two-time Oscar winner.",
        ["Tom Hanks"],
    ),
    # guards: an indefinite description is someone new; one of the other sex is someone
    # else
    (
        "Tom Hanks crossed the bridge as fans greeted Rita Wilson and Robert Zemeckis. "
        "Hanks said that the new film had an “elegant message”. “Christmas is a special "
        "time of the year and you get out of it what you put in,” added a spokesman.",
        ["a spokesman"],
    ),
    (
        "Tom Reyes thanked Ann Ruiz and Tina Berg for their help. “We were patient and it "
        "paid off in the end,” said Tom Reyes. “We never stopped believing we would find "
        "him,” added the mother.",
        ["Tom Reyes", None],
    ),
    # a relative of someone named in full is the family member the story named, of the
    # sex the kin noun gives (`mom`, `sister`), even in `Reyes’` form; nobody when the only
    # one named is of the other sex
    (
        "Donna Kelce praised the new album on Thursday.\n\n"
        "Speaking to reporters at the summit, Travis Kelce’s mom confirmed, “I listened to "
        "the whole album, and I listened to it all morning long.”",
        ["Donna Kelce"],
    ),
    (
        "Tom Reyes was killed on Friday. Ana Reyes, 19, was at home.\n\n"
        "“He was the kindest man I knew, and he did not deserve this,” Tom Reyes’ sister "
        "said.",
        ["Ana Reyes"],
    ),
    (
        "Tom Reyes was killed on Friday. Juan Reyes, 49, was at home.\n\n"
        "“He was the kindest man I knew, and he did not deserve this,” Tom Reyes’ sister "
        "said.",
        ["Tom Reyes’ sister"],
    ),
    # a possessive typed with an opening single mark (`Kelce‘s`) opens no quotation
    (
        "Donna Kelce praised the new album on Thursday.\n\n"
        "Speaking to reporters at the summit, Travis Kelce‘s mom confirmed, “I listened to "
        "the whole album, and I listened to it all morning long.”",
        ["Donna Kelce"],
    ),
    # lyrics sung are words reported
    (
        "Taylor Swift took the stage in Tokyo and sang, “These men warm the benches, we have "
        "been on a winning streak.”",
        ["Taylor Swift"],
    ),
    # `the report` with no writer given, right after a body spoke: that body's report
    (
        "The IMF said the economy would slow. “The broader impact will clearly be "
        "substantial for the whole region,” the IMF said. Growth and reserves are expected to "
        "suffer.\n\n"
        "“The fishing industry has been devastated, and tourism will suffer,” the report said.",
        ["International Monetary Fund", "International Monetary Fund"],
    ),
    # guard: a person spoke since: the report may be theirs, or nobody's
    (
        "“The broader impact will clearly be substantial for the whole region,” the IMF "
        "said. “We are worried about the coast above all,” said Anna Berglund, a minister.\n\n"
        "“The fishing industry has been devastated, and tourism will suffer,” the report said.",
        ["International Monetary Fund", "Anna Berglund", None],
    ),
    # a capitalised title inside a description (`the future President`) is no name: the
    # person it describes
    (
        "Rodrigo Chaves was demoted in 2019. He resigned to serve as finance minister.\n\n"
        "“I deeply regret the actions that affected my former colleagues at the bank,” the "
        "future President said in a video.",
        ["Rodrigo Chaves"],
    ),
    # a bare age for the one person named in reach, though named as an object
    (
        "Stuart joins Norwich\n\n"
        "Norwich have signed Charlton midfielder Graham Stuart until the end of the "
        "season.\n\n"
        "“It was a very easy decision to make,” the 34-year-old told the club website.",
        ["Graham Stuart"],
    ),
    # guard: two people named in reach, the age decides nothing
    (
        "Norwich have signed Graham Stuart and Dean Kiely until the end of the season.\n\n"
        "“It was a very easy decision to make,” the 34-year-old told the club website.",
        [None],
    ),
    # guard: the one named was given another age: someone else
    (
        "Norwich have signed Graham Stuart, 29, until the end of the season.\n\n"
        "“It was a very easy decision to make,” the 34-year-old told the club website.",
        [None],
    ),
]


BEFORE_THE_QUOTE = [
    # `states` before an auxiliary is a plural noun, not the verb of saying
    (
        "Ruiz said on Thursday during a town hall in Dayton, Ohio, that states can pass such "
        "laws because “nobody in the valley will ever pay for that road.”",
        ["Ruiz"],
    ),
    # an address opening the sentence is no subject; the one after it is
    (
        "At a rally in Dayton, Ohio, on Saturday, supporters pushed a protester out, with "
        "Marta Ruiz reportedly shouting: “Get him out of here right now, all of you!”",
        ["Marta Ruiz"],
    ),
    # a word after a possessive is a noun (`Ruiz’ comments`), not a verb of saying
    (
        "Hale did not seem impressed with Ruiz’ comments on Tuesday, telling reporters, "
        "“A lot of people said the mayor should step down.”",
        ["Hale"],
    ),
    # a verb of saying with an adverb before the colon leads into the quotation; the one
    # in the opening clause is not its subject
    (
        "When Hale suggested the county would sue, Marta Ruiz fired back forcefully: "
        "“If they sue us in a court in Dayton, they are going to lose.”",
        ["Marta Ruiz"],
    ),
    # a party tag with a comma before the verb, after an address with a state's code
    (
        "On Tuesday at a college in Berea, OH, after winning the primary, Gov. John Hale "
        "(R-OH), said, “We are going to rent a covered wagon and ride it all the way west.”",
        ["John Hale"],
    ),
]


BEFORE_THE_QUOTE += [
    # the agent of a participle phrase closed by a comma is no subject: the one after is
    (
        "Former mayor Tom Hale spoke in Denver in 2015.\n\n"
        "In the speech, first disclosed by the Denver Post, the former mayor argued that most "
        "“road projects in the valley were never needed at all” by anyone.",
        ["Tom Hale"],
    ),
    # a role reference inside `of the Governor's Office` does not hide the person before it
    (
        "Governor John Hale signed the bill.\n\n"
        "Asked about the cost, Eric Poole of the Governor’s Office of Health told reporters, "
        "“at this point we are trying to determine how the state will pay for it.”",
        ["Eric Poole"],
    ),
    # an honorific before the subject of the clause that a participle in -ing continues
    (
        "Tony Blair and Jack Straw met on Monday.\n\n"
        "In an interview with a newspaper, Mr Blair refused to be pinned down, saying the "
        "vote would come “some time in 2006 but when, I do not know”.",
        ["Tony Blair"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BEFORE_THE_QUOTE)
def test_the_subject_before_the_quotation(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_reporting_shapes(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

"""Reporting clauses the analysis used to miss, leaving a quotation with no speaker (issue
21): `X is quoted as saying`, a colon closing a clause after an opening phrase, and more.
Next to each shape, a look-alike where no speaker is the right answer. Made-up sentences
of the shapes news uses.
"""

from __future__ import annotations

import pytest
from quote_shapes import QUOTE, WORDS, sure_speakers

from newsreader.analysis import find_quotes
from newsreader.analysis.salience import opens_sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} Ann Webb is quoted as saying in a court transcript.", ["Ann Webb"]),
        (f"Mayor Tom Reyes was quoted as saying, {WORDS}", ["Tom Reyes"]),
        (
            "Ann Webb, who farmed the valley for years, spoke at the meeting.\n\n"
            f"{QUOTE} she was quoted as saying.",
            ["Ann Webb"],
        ),
        # the one who quoted is not the one quoted
        (f"The paper quoted Tom Reyes as saying {WORDS}", ["Tom Reyes"]),
        # no speaker rather than a guess: a title quoted, nobody said to speak
        (f"The sign was quoted in the report as {WORDS}", [None]),
    ],
)
def test_quoted_as_saying(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"Asked why she opposed the plan, Ann Webb does not hesitate: {WORDS}",
            ["Ann Webb"],
        ),
        (
            "But when asked on Monday whether the road would be built, the mayor's"
            f" spokesman, Tom Reyes, repeated the usual lines in an email: {WORDS}",
            ["Tom Reyes"],
        ),
        (
            "When the plan was first announced, the Valley Farmers Union raised its"
            f" concerns in a letter from the office of its chair: {WORDS}",
            ["Valley Farmers Union"],
        ),
        # a colon closing the sentence before is not the quotation's own clause
        (
            "On Monday, Ann Webb spoke to the council. Here is the lead from the"
            f" local paper: {WORDS}",
            [None],
        ),
        # no speaker after the opening phrase: nobody to name
        (f"When the vote came, the result was plain: {WORDS}", [None]),
    ],
)
def test_colon_after_an_opening_phrase(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Valley Farmers Union has already labelled the road “a bridge to nowhere"
            " that nobody in the valley asked for.”",
            ["The Valley Farmers Union"],
        ),
        (f"Ann Webb still insists the road is {WORDS}", ["Ann Webb"]),
        # no speaker rather than a guess: the road is not someone who speaks
        (f"The road has already become {WORDS}", [None]),
    ],
)
def test_adverbs_between_subject_and_verb(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} said the 20-year-old Dan Haase.", ["Dan Haase"]),
        (f"{QUOTE} said the veteran striker Tom Reyes, who scored twice.", ["Tom Reyes"]),
        # a capitalised word inside the description is no name of its own
        (f"{QUOTE} said the former Fed chairman Ben Bernanke.", ["Ben Bernanke"]),
    ],
)
def test_described_name_after_an_inverted_verb(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of saying that begin like "in the words of"
        (f"Tom Reyes insists the road is {WORDS}", ["Tom Reyes"]),
        (f"Tom Reyes interjected: {WORDS}", ["Tom Reyes"]),
        (f"{QUOTE} in the words of Tom Reyes.", ["Tom Reyes"]),
        # insisting on something is a demand: not the speaker of the next quotation
        (
            "Ann Webb spoke first. Her rival Tom Reyes insisted on a second vote.\n\n"
            f"{QUOTE} she said.",
            ["Ann Webb"],
        ),
    ],
)
def test_verbs_opening_with_in(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“So you would vote against it after all?” Tom Reyes repeated.", ["Tom Reyes"]),
        (f"Then, while the room laughed, Ann Webb chimed in: {WORDS}", ["Ann Webb"]),
        (
            "The road cost far more than planned, and officials “never asked the valley"
            " what it needed,” the Valley Gazette reported.",
            ["Valley Gazette"],
        ),
        # a passive "was reported" names nobody who spoke
        (f"The road was reported as {WORDS}", [None]),
    ],
)
def test_more_verbs_of_saying(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("After he finishes the tour, director Ann Webb will visit the clinics.", "Ann", True),
        ("On Monday, union spokeswoman Ann Webb spoke.", "Ann", True),
        # a name inside the phrase's object is not the sentence's subject
        ("After the tour, the clinics of Ann Webb will close.", "Ann", False),
    ],
)
def test_lower_case_role_after_an_opening_phrase_opens_the_sentence(
    text: str, name: str, expected: bool
) -> None:
    assert opens_sentence(text, text.index(name)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company that is also a platform speaks of itself as "it"
        (
            "In a statement, Facebook said it had disabled the quiz application.\n\n"
            f"{QUOTE} it said.",
            ["Facebook"],
        ),
        # where words are posted is no speaker
        (f"A post on Weibo said: {WORDS}", [None]),
        (f"{QUOTE} Li Wei wrote on Weibo.", ["Li Wei"]),
    ],
)
def test_platform_company_speaking_of_itself(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


def test_words_before_the_name_in_the_last_attribution_bring_nobody_new() -> None:
    # `"…," Senator Ruth Hale's chief of staff Tom Reyes said.` ¶ `"…"`: Ruth Hale only
    # describes Tom Reyes, so the next quotation goes on with him as the next one
    text = (
        "The vote was close.\n\n"
        f"{QUOTE} Senator Ruth Hale's chief of staff Tom Reyes said on Monday.\n\n"
        "“We want to make it so you can get to work without paying a toll.”"
    )
    quotes = find_quotes(text)
    assert [(quote.speaker, quote.speaker_how) for quote in quotes] == [
        ("Tom Reyes", "after:name"),
        ("Tom Reyes", "carry-next"),
    ]
    assert quotes[1].speaker_sure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma inside the closing mark before a verb in -ing
        (
            "The Valley Farmers Union did not want to discuss “that road,” telling"
            f" the Gazette that its members were {WORDS}",
            ["The Valley Farmers Union"],
        ),
        # a time phrase opening the sentence is no name
        (
            f"Hours later, Tom Reyes returned the compliment, telling the Gazette, {WORDS}",
            ["Tom Reyes"],
        ),
        # a capitalised word opening the sentence before a role and a name
        (
            f"Band member Moby shared the news online last week, writing {WORDS}",
            ["Moby"],
        ),
        (f"Campaign spokesman Tom Reyes was blunt: {WORDS}", ["Tom Reyes"]),
        # two quoted fragments joined by "and" share the attribution after the second
        (
            "The road is “a bridge to nowhere for the valley” and “a waste,” Ann Webb,"
            " the county's chief planner, said on Monday.",
            ["Ann Webb"],
        ),
        # no speaker rather than a guess: "Hours" is no one
        (f"Hours later, the road was closed again, leaving {WORDS}", [None]),
    ],
)
def test_clause_openings_in_political_news(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party and state in brackets after the name
        (
            "Sen. Ann Webb (R-Texas) told a reporter on Monday that she “would be surprised"
            " if this is the last road of the year.”",
            ["Ann Webb"],
        ),
        (
            "Rep. Tom Reyes (D-Md.), chair of the roads committee, said the plan was"
            " “open to every viewpoint being expressed.”",
            ["Tom Reyes"],
        ),
        (f"{QUOTE} said Rep. Ann Webb (D-Calif.).", ["Ann Webb"]),
        # a verb of saying in the progressive
        (
            "Tom Reyes is telling supporters after his victory that “when you win, it is"
            " beautiful, and we will keep winning.”",
            ["Tom Reyes"],
        ),
        (
            "Tom Reyes is praising Ann Webb, who ended her bid on Saturday, as “a woman who"
            " did not go to the gutter and trade insults.”",
            ["Tom Reyes"],
        ),
        # the verb opening the sentence before its subject and a comma
        (f"Said Ann Webb, who grew up in the valley, {WORDS}", ["Ann Webb"]),
        # no speaker rather than a guess: talks do not speak, whatever they continue
        (
            "Talks with the valley were continuing “at the highest levels of the two governments.”",
            [None],
        ),
    ],
)
def test_us_political_news_shapes(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{QUOTE} Ann Webb charged in her opening remarks.", ["Ann Webb"]),
        (f"{QUOTE} Tom Reyes barked.", ["Tom Reyes"]),
        (f"{QUOTE} Ann Webb scoffed.", ["Ann Webb"]),
        # a passive "was charged" names the accused, not a speaker
        (f"Tom Reyes was charged with fraud on Monday.\n\n{WORDS}", [None]),
    ],
)
def test_verbs_of_manner_of_speaking(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{QUOTE} an “American Idol” insider tells Us Weekly.",
            ["an “American Idol” insider"],
        ),
        # a quoted title as the subject is no speaker
        (f"{QUOTE} “The Valley” tells the story.", [None]),
    ],
)
def test_quoted_title_inside_a_description(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a described name after a verb that closes reported speech: who "he" stands for
        (
            "Dan Cole ran the auction on Friday.\n\nNobody notices the colour while bidding,"
            " said study co-author Tom Reyes, a professor of marketing.\n\n"
            f"{QUOTE} he added.",
            ["Tom Reyes"],
        ),
        # the words after the verb are its object, not its subject: "he" is unknown
        (
            "Nobody notices the colour while bidding, said nothing about prices at all."
            f"\n\n{QUOTE} he added.",
            [None],
        ),
    ],
)
def test_described_subject_of_a_postposed_verb(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brand that opens in lower case before a capital
        (
            "PayPal parent eBay will take a charge of $15 million.\n\n"
            f"{QUOTE} eBay said in a statement.",
            ["eBay"],
        ),
    ],
)
def test_brand_opening_in_lower_case(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sen. Ann Webb of Utah, appearing on ABC’s “This Week,” called the road"
            " “a bridge to nowhere that nobody in the valley asked for.”",
            ["Ann Webb"],
        ),
        (
            f"{QUOTE} county delegate Tom Reyes, wearing a cowboy hat and “Vote Webb”"
            " pins, said matter-of-factly.",
            ["Tom Reyes"],
        ),
    ],
)
def test_short_title_inside_an_apposition(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked about the cost, the mayor’s spokesman Tom Reyes said: “The plan is sound.”"
            "\n\nHe declined to give a figure for the cost, saying only that it would be"
            " “far lower than what the valley spends on the old road.”",
            ["Tom Reyes", "Tom Reyes"],
        ),
        # an opening phrase before a name stays an opening phrase
        (
            "When the vote came, Ann Webb left the room, saying the road was"
            " “a bridge to nowhere that nobody in the valley asked for.”",
            ["Ann Webb"],
        ),
    ],
)
def test_pronoun_subject_before_a_verb_in_ing(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{QUOTE} said Ann Webb, who will keep working with Tom Reyes this year.\n\n"
            "“It is hard at times when you are away from the valley and the work is slow.”",
            ["Ann Webb", "Ann Webb"],
        ),
        # someone opening a sentence of their own after the attribution may be the next
        # speaker: no carry
        (
            f"{QUOTE} said Ann Webb. Tom Reyes shook his head.\n\n"
            "“It is hard at times when you are away from the valley and the work is slow.”",
            ["Ann Webb", None],
        ),
    ],
)
def test_people_in_a_relative_clause_about_the_speaker(
    text: str, expected: list[str | None]
) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At a 2007 hearing, Ann Webb objected to the road by warning that it would be"
            " “inconsistent with longstanding county policy.”",
            ["Ann Webb"],
        ),
        (
            "Tom Reyes tried to laugh it off by interjecting, “Only the people who never"
            " drive the road.”",
            ["Tom Reyes"],
        ),
    ],
)
def test_verb_in_ing_after_by(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"{QUOTE} Ann Webb said.\n\nThen she smiled. “But I have been here before, and"
            " the road has not. Maybe that counts for something.”",
            ["Ann Webb", "Ann Webb"],
        ),
        # a long sentence of prose is not a gesture before the words
        (
            f"{QUOTE} Ann Webb said.\n\nThen she walked out of the hall and drove home along"
            " the new road in the rain. “But I have been here before, and the road has not.”",
            ["Ann Webb", None],
        ),
    ],
)
def test_gesture_before_the_quotation(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full stop inside the mark, then a sentence of nothing but who said it
        (
            "“If you are listening, I hope you find the letters that are missing.” Ann Webb"
            " said.\n\nTom Reyes says the letters were personal.",
            ["Ann Webb"],
        ),
        (f"{WORDS} Tom Reyes said on Monday.", ["Tom Reyes"]),
        # the next sentence goes on with news of its own: not an attribution
        (
            "The county “welcomes any additional money for the road.” An official said the"
            " county would hire more staff.",
            [None],
        ),
        # phrasal verbs of replying
        ("“Jeb wants to be a tough guy tonight,” Tom Reyes shot back.", ["Tom Reyes"]),
        (f"{QUOTE} Ann Webb fired back on Monday.", ["Ann Webb"]),
    ],
)
def test_attribution_after_a_closed_sentence_and_replies(
    text: str, expected: list[str | None]
) -> None:
    assert sure_speakers(text) == expected


def test_no_break_spaces_read_as_spaces_and_offsets_hold() -> None:
    # web text joins the words of an attribution with no-break spaces
    text = (
        "The professor was headed to the valley, the Gazette reported.\u00a0“We had called"
        " him just before he boarded and everything was fine,”\u00a0his nephew\u00a0Tom"
        " Reyes\u00a0added."
    )
    (quote,) = find_quotes(text)
    assert quote.speaker == "Tom Reyes"
    assert quote.speaker_sure
    assert text[quote.start : quote.end].replace("\u00a0", " ") == quote.text
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end].replace("\u00a0", " ") == "Tom Reyes"

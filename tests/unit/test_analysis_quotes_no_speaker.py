"""Quotations whose speaker is a named person but that were shown with no speaker, grouped
by the shape that failed: a transcript label with only a surname (`Okafor: "…"`), a
paragraph ending on a colon whose pronoun subject comes after a short opening (`To some
degree he summed it up:` ¶ `"…"`). Next to each shape, a look-alike where no speaker is the right
answer. Made-up sentences of the shapes news uses.
"""

from __future__ import annotations

import pytest
from quote_shapes import sure_speakers

_MEETING = "Coach Tom Okafor met reporters on Friday after the long practice."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a transcript labelled by the surname of someone the text names
        (
            f"{_MEETING}\n\nOkafor: “Say that again, a little slower this time, please.”\n\n"
            "Okafor: “We have worked like dogs on our tackling all season long.”",
            ["Tom Okafor", "Tom Okafor"],
        ),
        # a label naming no one the text knows: a role, not a person
        (
            f"{_MEETING}\n\nOkafor: “Say that again, a little slower this time, please.”\n\n"
            "Reporter: “You are in great shape and you can still do it all.”",
            ["Tom Okafor", None],
        ),
        # a digest's label with two names: words written together, shown as the first's
        (
            "NEW POLL SHOWS A TIE - Jane Kowalski and Tom Reyes: “We found that voters care"
            " more about trust than about the economy this year.”",
            ["Jane Kowalski"],
        ),
        # a place or a heading before a colon is no speaker
        (
            "The hearing went on late into the night in the capital.\n\n"
            "Ottawa: “We cannot keep paying for a road nobody will ever use.”\n\n"
            "Update: “We cannot keep paying for a road nobody will ever use again.”",
            [None, None],
        ),
    ],
)
def test_transcript_labels(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after an opening word
        (
            f"{_MEETING}\n\nLater he summed up that view in a quick hallway interview:"
            "\n\n“I think it is important for a coach to be in control of his own team.”",
            ["Tom Okafor"],
        ),
        # after an opening phrase without a comma, a pronoun for the one in focus
        (
            f"{_MEETING}\n\nTo some degree he summed up that view in a hallway interview:"
            "\n\n“I think it is important for a coach to be in control of his own team.”",
            ["Tom Okafor"],
        ),
        # an act of speech and its maker after an opening phrase
        (
            "Tom Reyes ran the county for twenty years.\n\nWhen Reyes died in 1998, Governor"
            " Ann Webb released the following statement:\n\n“We offer our condolences to the"
            " family and friends of Tom Reyes, who served the valley well.”",
            ["Ann Webb"],
        ),
        # the colon closes a second clause with a subject of its own: not the first one's
        (
            f"{_MEETING}\n\nLater he backed the plan in public, and the club has the"
            " proof:\n\n“Should there be a system that tracks every player in this league?”",
            [None],
        ),
    ],
)
def test_colon_paragraph_after_opening(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


_TALK = (
    "Tom Okafor spoke at the conference on Tuesday about the music business.\n\n"
    "“I think it is important for an artist to own the place where fans meet,” Okafor said."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a topic label between: the interviewee goes on, whoever the label names
        (
            f"{_TALK}\n\nOn how he and Ann Webb got started with social media:\n\n"
            "“We basically got into technology by default, when the record came out.”",
            ["Tom Okafor", "Tom Okafor"],
        ),
        (
            f"{_TALK}\n\nAsked about the new contract:\n\n"
            "“We will sign it when the numbers work for the band and for the fans.”",
            ["Tom Okafor", "Tom Okafor"],
        ),
        # a sentence of prose between, not a label: someone new may speak
        (
            f"{_TALK}\n\nAnn Webb, his partner, has heard it all before on the tour bus.\n\n"
            "“We basically got into technology by default, when the record came out.”",
            ["Tom Okafor", None],
        ),
    ],
)
def test_topic_labels(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


_CHAIR = "“The board has failed the valley for ten years and everybody knows it,” said Ann Webb."
_REPLY = "“We cannot keep paying for a road nobody in the valley will ever use,” said Tom Reyes."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one person's quotation after another's, no exchange: the last one goes on
        (
            f"{_CHAIR}\n\n{_REPLY}\n\n“It was never our road and it never will be ours.”",
            ["Ann Webb", "Tom Reyes", "Tom Reyes"],
        ),
        # a question in the turns: an exchange, where the reply may be either one's
        (
            "“Would the board ever pay for the road the valley never asked for?” asked Ann"
            f" Webb.\n\n{_REPLY}\n\n“It was never our road and it never will be ours.”",
            ["Ann Webb", "Tom Reyes", None],
        ),
        # words quoted in passing while someone else is in focus
        (
            f"{_CHAIR}\n\nShe turns serious about the offer, which Tom Reyes called “a"
            " joke with a decimal point in it.”\n\n“It was never our road and it never will be"
            " ours.”",
            ["Ann Webb", "Tom Reyes", None],
        ),
    ],
)
def test_turns_without_an_exchange(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words inside a participle phrase of saying that opens the sentence
        (
            "Calling the vote “a sad day for everyone who farms in this valley”, Ann Webb"
            " walked out of the hall.",
            ["Ann Webb"],
        ),
        (
            "Describing the plan as “the worst deal this valley has ever been offered”, Tom"
            " Reyes voted against it on Tuesday.",
            ["Tom Reyes"],
        ),
        # someone else's words reported inside the phrase: theirs, not the subject's
        (
            "Noting that Tom Reyes had called it “the worst deal this valley has ever been"
            " offered”, Ann Webb voted against it on Tuesday.",
            ["Tom Reyes"],
        ),
        # a participle that quotes others: the subject only cites them
        (
            "Quoting an old farmer who once called it “the worst deal this valley has ever"
            " been offered”, Ann Webb voted against it on Tuesday.",
            [None],
        ),
        # an aside naming whose words follow
        (
            "The menu is built around her recipes, some of them, as Daniel Kim puts it,"
            " “lovingly vandalized by her only son.”",
            ["Daniel Kim"],
        ),
        (
            "Daniel Kim runs the restaurant with his mother. The menu is built around her"
            " recipes, some of them, as he puts it, “lovingly vandalized by her only son.”",
            ["Daniel Kim"],
        ),
        (
            "The plan is, as the mayor described it in May, “a road to nowhere for the whole"
            " valley.”",
            ["the mayor"],
        ),
        # a naming: the words the subject refers to someone as
        (
            "Speaking on Monday, Ann Webb referred to her rival Tom Reyes as “a bright and"
            " charismatic leader of this valley”.",
            ["Ann Webb"],
        ),
        # referring to something that says the words: not the subject's
        (
            "The lawyer Ann Webb referred to a ruling that said the deal was “a fraud on the"
            " whole valley and its farmers”.",
            [None],
        ),
        # words named by the one who said them, in the possessive
        (
            "The fight over the road turned on Ann Webb’s “we will not pay for a road to"
            " nowhere” remark at the spring meeting.",
            ["Ann Webb"],
        ),
        # a possessive before words that are not called a remark: nobody said to speak
        (
            "The fight over the road turned on Ann Webb’s “we will not pay for a road to"
            " nowhere” signs at the spring meeting.",
            [None],
        ),
        # a reporting verb some outlets capitalise
        (
            "“We had nothing to do with it but we cannot argue with it,” Mike Murphy, the"
            " head of the group, Tweeted on Friday.",
            ["Mike Murphy"],
        ),
    ],
)
def test_participles_and_capitalised_verbs(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


_ASKED = (
    "Mayor Ann Webb took questions at the town hall on Tuesday night.\n\n"
    "“Will the road be built this year or not?” asked reporter Tom Reyes.\n\n"
    "“We will build it when the money is there and not a day before,” Webb said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question right after the answer: the one whose job is to ask goes on
        (
            f"{_ASKED}“And when will the money be there, in your view, Mayor?”",
            ["Tom Reyes", "Ann Webb", "Tom Reyes"],
        ),
        # not a question: the answer may go on, or the asker reply; no guess
        (
            f"{_ASKED}“The money has been there for a year, and you know it, Mayor.”",
            ["Tom Reyes", "Ann Webb", None],
        ),
        # the one who asked first is no questioner by trade: either may ask next
        (
            "Mayor Ann Webb met her rival Tom Reyes at the town hall on Tuesday night.\n\n"
            "“Will the road be built this year or not?” asked Tom Reyes.\n\n"
            "“We will build it when the money is there and not a day before,” Webb said.\n\n"
            "“And when will the money be there, in your view, for all of us?”",
            ["Tom Reyes", "Ann Webb", None],
        ),
    ],
)
def test_follow_up_questions(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


_SPOKE = "“Say that again, a little slower, because I did not hear it,” Tom Okafor said.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prose between about the last speaker alone, by name: the words go on with them
        (
            f"{_SPOKE}The question was repeated and Okafor still did not understand.\n\n"
            "“I am not sure where you are coming from on that one, my friend.”",
            ["Tom Okafor", "Tom Okafor"],
        ),
        # by a pronoun after a short adverb
        (
            f"{_SPOKE}Finally, he got it.\n\n"
            "“Oh, I have got you now. He is a big, strong kid and we worked on it.”",
            ["Tom Okafor", "Tom Okafor"],
        ),
        # someone new in the prose between: either may speak
        (
            f"{_SPOKE}The hall laughed with Ann Webb, and Okafor still did not understand.\n\n"
            "“I am not sure where you are coming from on that one, my friend.”",
            ["Tom Okafor", None],
        ),
    ],
)
def test_prose_between_about_the_speaker(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected


_ROAD = "“We will not pay for a road that nobody in this valley will ever use.”"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question asked in prose, by a narrator or a reporter: the next words answer it
        (
            f"I asked Ann Webb whether the valley would ever get its road.\n\n{_ROAD}",
            ["Ann Webb"],
        ),
        (
            "Ann Webb chairs the roads committee.\n\nThe reporter pressed her about the"
            f" cost of the bridge.\n\n{_ROAD}",
            ["Ann Webb"],
        ),
        # someone else named after the one asked: either may speak
        (
            "I asked Ann Webb whether Tom Reyes would ever get his road built in time.\n\n"
            f"{_ROAD}",
            [None],
        ),
        # the sentence after the quotation says whose words they were
        (f"{_ROAD} That was how Ann Webb put it to the council.", ["Ann Webb"]),
        (f"{_ROAD} Those were the words of Ann Webb, the mayor.", ["Ann Webb"]),
        (f"{_ROAD} So said Ann Webb on Tuesday night.", ["Ann Webb"]),
        # a next sentence about something else: no speaker
        (f"{_ROAD} That was the sign Ann Webb saw on the way in.", [None]),
    ],
)
def test_asked_in_prose_and_named_after(text: str, expected: list[str | None]) -> None:
    assert sure_speakers(text) == expected

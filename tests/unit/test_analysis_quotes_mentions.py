"""Quotation marks around words nobody says (titles, terms, labels, modifiers) are not key
quotes; speech of the same length and words stays one, whoever said it."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def texts(text: str) -> list[str]:
    return [quote.text for quote in find_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        # a title cue right before the marks (the paragraph has speech elsewhere)
        "She wrote a memoir called “what the river gave back to us in the end”. It sold well,"
        " she said.",
        "The council said it launched a campaign titled “keep the harbour open for all of"
        " us” in May.",
        "Critics said the sitcom was titled “the show about nothing at all, and proud of it”.",
        # a kind of named thing right before
        "Police said protesters carried the slogan “no more cuts to our schools or our"
        " hospitals” through the square.",
        "The guide says to tap the button “save this page for later reading on the train”.",
        "Users said the app showed the error “could not connect to the sync server” all day.",
        # a named thing right after
        "“how the small towns of the north went quiet”, a documentary by Lena Ek, opens"
        " today, the festival said.",
        # a modifier of the noun that follows, even inside reported speech
        "China said it is committed to the “one country, two systems” formula for the city.",
        "If you don't have a personal “should I buy this? can I wait a week?” test, she"
        " says, now is the time to make one.",
        # "…" is a song by …
        "“Nothing compares to the rain in the city” is a song by the band Ulla, critics say.",
        # what the reader is thinking
        "I know what you’re thinking, “why did it crash if we only used half of the RAM?”"
        " There are two answers.",
        # a string on a screen
        "To keep a copy, click “Save this page for later reading” and the app says it is done.",
        # a command or a path
        "Then run “npm install --save left-pad@1.3.0 ./vendor/lib” and restart, he says.",
        # a gloss: what a word means
        "Aotearoa (often translated as “land of the long white cloud”) is the Māori name,"
        " the guide says.",
        # words the reader is asked to imagine
        "Look at an item and ask yourself, “Will this just end up in the picture?”\nThen decide.",
        # a heading or a list line: no sentence ends on it
        "Develop a “should I really buy this, or can it wait a week?” habit\n\n"
        "Start small and keep notes, she said.",
        "- Menu: “open the settings for this app and then choose your theme” and more\n"
        "- Exit, he said",
    ],
)
def test_names_and_titles_are_not_key_quotes(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech after a noun that could name a thing: a sentence, not a title
        (
            "Many fans doubt his plan to finish each film “the way it was meant to be.”",
            ["the way it was meant to be."],
        ),
        # the words of an inscription, kept
        (
            "Each issue bore the words, “my sheaf is small, but it is green.” It sold well.",
            ["my sheaf is small, but it is green."],
        ),
        # a partial quotation in reported speech stays
        (
            "Obama said he was “surprised and troubled by what he saw” on the trip.",
            ["surprised and troubled by what he saw"],
        ),
        # called + object + quote: a view framed by a verb of saying
        (
            "Smith called the plan “a disaster for every family in the county” on Monday.",
            ["a disaster for every family in the county"],
        ),
        # a verb of saying before a gloss cue: the speaker's words
        (
            "Smith said the vote means “the end of local democracy as we know it”, and left.",
            ["the end of local democracy as we know it"],
        ),
        # a chosen word is not a click, and prose is not code
        (
            "Voters will choose “the party that promises the least and delivers the most,”"
            " Ruth Hale said.",
            ["the party that promises the least and delivers the most"],
        ),
        (
            "The U.S. envoy said the talks were “a step forward for the region, but only a step.”",
            ["a step forward for the region, but only a step."],
        ),
        # a line of hard-wrapped text is no heading
        (
            "When writing tickets, describe when the story is finished and the ticket can be\n"
            "accepted. “As an unconfirmed user, I cannot message anyone,” is a\n"
            "quick example, but they can get bigger.",
            ["As an unconfirmed user, I cannot message anyone"],
        ),
        # "you" inside another quotation is not the reader
        (
            "“Do you think they care?” she asked. “They do not care at all about us here.”",
            ["Do you think they care? … They do not care at all about us here."],
        ),
        # a quotation-only paragraph is speech, even without a full stop
        (
            "Maria Lopez spoke last.\n\n“We will not back down from this fight”",
            ["We will not back down from this fight"],
        ),
    ],
)
def test_speech_of_the_same_shapes_stays(text: str, expected: list[str]) -> None:
    assert texts(text) == expected

"""The sex a reporting "he"/"she" must agree with is the one the text itself gives: once a
pronoun surely stands for someone whose given name says nothing, the text has called them
"he" or "she", so a later pronoun of the other sex is someone else (never evidence for one of
the same sex: that would count one inference twice), and a sentence that pronoun opens (`She
told reporters …`) keeps them in focus for the next quotation. A description gives the sex
its own nouns say (`a young man who asked her` is a man); a given name alone as a subject
(`Elizabeth stood up`) is someone of the sex it says. A name
the text speaks of with a personal pronoun of their own (`Kovacic believes fresh eyes work in
his favour`) is a person, whatever the recogniser took it for."""

from __future__ import annotations

import pytest
from tests.unit.quote_shapes import sure_speakers

CASES = [
    # (text, the speaker shown for the last quote: the name when sure, else None)
    # "She told reporters" surely stands for the minister, named in the paragraph before
    (
        "Foreign Minister Tzeli Varonis arrived in Lisbon on Sunday and met Pedro Alvarez "
        "there.\n\nShe told reporters after the meeting that the talks had gone well.\n\n"
        "“The road ahead is long, but we have started walking it,” she said.",
        "Tzeli Varonis",
    ),
    # the text called the senator "she": "He" is not her (the man she wrote to, named in
    # passing, is no subject to be sure of)
    (
        "Senator Tzeli Varonis spent the spring on the budget.\n\n"
        "“Nobody reads the annex, and that is the whole trouble,” she said.\n\n"
        "In one email, Varonis writes to Jonah Pell, her adviser. “Did we not write the annex "
        "first?” He responds, “Yes, but nobody will remember that now.”",
        None,
    ),
    # a name the text gives "his" is a person in play: the coach is no sure antecedent;
    # the lone name opening the sentence before, whom the quotation goes on with as "he",
    # is a person (`humans.py`), the subject in focus
    (
        "Rudi Vermeer coached the national side for three years.\n\n"
        "“I see this as my time,” said Kovacic.\n\n"
        "That Vermeer is the first foreign coach to live here means he watches every match. "
        "Kovacic believes fresh eyes work in his favour.\n\n"
        "“Having him here definitely helps,” he says.",
        "Kovacic",
    ),
    # a description's own nouns give its sex, whatever its case and the pronouns inside it
    (
        "Tzeli Varonis met voters in the hall on Monday.\n\nThe low point, she said, came at "
        "a town hall last week, when a young man asked Varonis why students did not trust "
        "her. “I was really angry about that one,” she said.",
        "Tzeli Varonis",
    ),
    # a given name alone as a sentence's subject is someone of that sex in focus
    (
        "Senator Margaret Hollis spoke for ten minutes about the mine.\n\n"
        "Her husband, Tom Hollis, closed the rally with a long speech about money.\n\n"
        "After he sat down, Elizabeth stood up and took the microphone.\n\n"
        "“You may not be surprised, but I am disappointed in Margaret,” she said.",
        "Elizabeth",
    ),
    # … or before her apposition, though the recogniser took the name for a place
    (
        "Relief workers counted four hundred arrivals at the camp on Sunday.\n\n"
        "“We are out of tents and out of water,” camp director Olga Varnavska said.\n\n"
        "Florence, a 29-year-old mother of three who gave only her first name, reached the "
        "camp after five days on foot.\n\n"
        "“We walked at night because the guns are quieter then,” she told reporters.",
        "Florence",
    ),
    # no guess: the man named beside the one chosen fits the pronoun, the chosen one's sex
    # is unknown, so "He tells" does not keep anyone in focus
    (
        "Daniel Kim opened the restaurant in 2022. Banchan House was named one of the best "
        "new restaurants last year.\n\nHe tells the story slowly, sitting at a back table.\n\n"
        "“The first time we met, neither of us could eat anything at all.”",
        None,
    ),
    # no person: the pronoun in a clause after a place is someone else's
    (
        "A mother of three who lives on Mill Lane said she feared for her children. "
        "“There are no pavements on that road at all,” she said.",
        "A mother of three who lives on Mill Lane",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pronoun_sex_from_the_text(text: str, expected: str | None) -> None:
    assert sure_speakers(text)[-1] == expected

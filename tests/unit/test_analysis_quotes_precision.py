"""Precision discipline (issue 10, round 6): each attribution path is sure only where the
text leaves one person in play. Every condition has a sure case and a no-guess case."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def shown(text: str) -> list[str | None]:
    """The speaker shown for each key quote (None: none, or not sure enough to show)."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]


PRONOUNS = [
    # sure: nobody else named between the subject and the pronoun
    (
        "Tomas Keller opened the meeting on Monday. “We have waited for this vote for"
        " years,” he said.",
        ["Tomas Keller"],
    ),
    # no guess: someone else the pronoun could stand for was named in between, even
    # though not as the subject the rule sees
    (
        "Tomas Keller opened the meeting on Monday, and the plan drawn up by Dirk"
        " Vandermeer was read out.\n\n“We have waited for this vote for years,” he said.",
        [None],
    ),
    # no guess: someone new came in as the subject of a description
    (
        "Chiamaka Ekwueme answered the last question. The teacher, asked afterward what she"
        " made of it, said she agreed. “I will stop apologising for the footnotes,” she"
        " said.",
        [None],
    ),
    # sure: a description naming someone who is named ("The race director, Declan
    # Moriarty,") brings in nobody new
    (
        "Declan Moriarty opened the race office at dawn. The race director, Declan Moriarty,"
        " later spoke to runners. “The clock knows what everyone ran,” he said.",
        ["Declan Moriarty"],
    ),
    # no guess: a sentence opening with an unrecognised name as a person's subject
    (
        "Takahashi Ryoichi, the fisheries minister, offered condolences on Monday. Fishing"
        " groups were cautiously supportive. Yamada Keiko, who heads a cooperative in"
        " Nagasaki, said members had long complained. “We have been asking for this for"
        " years,” she said.",
        [None],
    ),
    (
        "Takahashi Ryoichi, the fisheries minister, offered condolences on Monday. Fishing"
        " groups were cautiously supportive. “We have been asking for this for years,” he"
        " said.",
        ["Takahashi Ryoichi"],
    ),
    (
        "Abu Mustafa, the minister's driver, waited outside. Al-Khatib, asked whether"
        " others might join, declined to answer. “Today is about Jordan and Iraq,” he said.",
        [None],
    ),
    # sure: the person named in between is ruled out by her given name
    (
        "Tomas Keller opened the meeting after a call with Maria Lopez. “We have waited for"
        " this vote for years,” he said.",
        ["Tomas Keller"],
    ),
]


DESCRIBED_ANTECEDENTS = [
    # sure: a description that says who, and nobody named near it
    (
        "A retired nurse who lives on Elm Street spoke against the cuts. “You cannot undo"
        " a death in the family,” she said.",
        ["A retired nurse"],
    ),
    (
        "The victim’s older sister read a statement to the court. “He was the one who"
        " fixed things for everyone,” she said.",
        ["The victim’s older sister"],
    ),
    # no guess: an article and one noun says nothing about who spoke
    (
        "A picker who has worked at the site since 2021 said she was sent back to work."
        " “They gave me ice and two pills and a sticker,” she said.",
        [None],
    ),
    # sure: "a third" is a speaker in its own right, not a bare noun
    (
        "Two engineers spoke on Monday. A third, who asked not to be named, was blunter."
        " “The product worked great for some of the users,” she said.",
        ["A third"],
    ),
    # no guess: a description of unknown gender, when a woman named nearby fits "she"
    (
        "Margaret Whitlock posted a photo from the opening. A user replied with a tweet in"
        " which she had written: “Every dollar we spend on nuclear is a dollar lost.”",
        [None],
    ),
    # a definite description next to the one person named points back to him: the rules
    # leave it unsure, the learned ranker names him (in leave-one-set-out, switching from
    # a pronoun the rules resolved to a definite description gained 8 right, 0 wrong)
    (
        "Miguel Sarmiento said he had kept copies of his emails. The former aide said he"
        " did not consider himself a whistleblower. “I didn’t blow anything at all,” he"
        " said.",
        ["Miguel Sarmiento"],
    ),
]


COMPLEMENTS = [
    # no guess: the name found is the complement of the description that is the subject
    (
        "A critic for the Oslo weekly Kulturavisen called the album “a long and beautiful"
        " sulk about nothing much.”",
        [None],
    ),
    (
        "The consortium of banks said through a spokesman that it was “reviewing the"
        " matter with our vendor.”",
        [None],
    ),
    # sure: a description in apposition to the name is no complement
    (
        "Sen. Craig Dunmore, a Wyoming Republican who sits on the committee, told"
        " reporters that the deal was “exactly the kind of diplomacy we need.”",
        ["Craig Dunmore"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUNS + DESCRIBED_ANTECEDENTS + COMPLEMENTS)
def test_precision(text: str, expected: list[str | None]) -> None:
    assert shown(text) == expected


def test_path_is_kept_for_measurement() -> None:
    (quote,) = find_quotes("“We have waited for this vote for years,” said Tomas Keller.")
    assert quote.speaker_how == "after:name"

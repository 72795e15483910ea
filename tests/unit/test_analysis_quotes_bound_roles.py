"""A description the text binds to a name (issue 10, category G): "the judge" after
"A trial judge in Ohio …. The judge, Maria Delgado, said …" is Maria Delgado, and "the
congresswoman" after "Dana Ruiz, a congresswoman from Ohio," is Dana Ruiz. When the role
is bound to someone other than the one introduced, the speaker is unsure: no speaker
rather than a guess. Made-up sentences only."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def shown(text: str) -> list[str | None]:
    """The speaker shown for each key quote (None: none, or not sure enough to show)."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]


BOUND = [
    # a definite apposition names the one introduced unnamed, though other judges are named
    (
        "Judge Tom Reyes and Judge Ann Wells heard the appeal. A trial judge in Ohio had"
        " sentenced him to a year.\n\n"
        "The judge, Maria Delgado, said in court that he could not use a phone. The judge"
        " said “this is not a total ban, but you must ask first.”",
        ["Maria Delgado"],
    ),
    # the introduction is itself the apposition of a name
    (
        "Dana Kowal, a congresswoman from Ohio, voted against the bill on Tuesday.\n\n"
        "“This bill fails working families,” the congresswoman said.",
        ["Dana Kowal"],
    ),
    # the same, with another role holder named before her
    (
        "Senator Paul Grant backed the measure. Dana Kowal, a congresswoman from Ohio,"
        " voted against it.\n\n"
        "“This bill fails working families,” the congresswoman said.",
        ["Dana Kowal"],
    ),
    # no guess: after the unnamed introduction, a different judge is named by title
    (
        "Judge Tom Reyes and Judge Ann Wells heard the appeal. A trial judge in Ohio had"
        " sentenced him to a year.\n\n"
        "Judge Maria Delgado later retired.\n\n"
        "“This is not a total ban,” the judge said.",
        [None],
    ),
    # no guess: two judges named in apposition after the introduction
    (
        "Judge Tom Reyes heard the appeal. A trial judge in Ohio had sentenced him.\n\n"
        "The judge, Maria Delgado, set the terms. The other judge, Ann Wells, disagreed.\n\n"
        "“This is not a total ban,” the judge said.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), BOUND)
def test_a_description_bound_to_a_name_is_that_person(
    text: str, speakers: list[str | None]
) -> None:
    assert shown(text) == speakers


THIS_PERSON = [
    # "this person" points back to the one introduced, as "the person" would
    (
        "A person familiar with the talks said the two sides were close to a deal.\n\n"
        "“They are a few words apart,” said this person.",
        ["A person familiar with the talks"],
    ),
    (
        "A senior official at the Foreign Ministry said the plan had been shelved.\n\n"
        "“It will not come back this year,” this official said.",
        ["A senior official at the Foreign Ministry"],
    ),
    # no guess: nobody was introduced so
    (
        "The talks resumed on Monday in Geneva.\n\n“They are a few words apart,” said this person.",
        [None],
    ),
    # no guess: two different sources introduced
    (
        "A person familiar with the talks said the deal was close. A person briefed on the"
        " plan said it was not.\n\n"
        "“They are a few words apart,” said this person.",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), THIS_PERSON)
def test_this_person_is_the_one_introduced(text: str, speakers: list[str | None]) -> None:
    assert shown(text) == speakers

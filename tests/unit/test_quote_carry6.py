"""A quotation that stands alone in its paragraph after a paragraph of prose (issue 10).

News sets a person's words in a paragraph of their own after a sentence about them; the
speaker is the subject of that sentence's main clause, after any opening clause (`When a
reporter asked why, she …`, `Following the match Mensah …`), named or a pronoun. People
named as its objects (`pulled Ines Soto aside`) or inside the opening clause do not take
over, but they leave the speaker a guess; two people as subjects leave no speaker at all;
a heading that names a text (`The manifesto`) gives its words to the text, not to the last
speaker. Every sentence here is made up.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_quotes


def shown(text: str) -> list[str | None]:
    """The speaker a reader is shown for each key quote: the name when sure, else None."""
    return [quote.speaker if quote.speaker_sure else None for quote in find_quotes(text)]


def guessed(text: str) -> list[str | None]:
    """The speaker given for each key quote, sure or not (None: no speaker at all)."""
    return [quote.speaker for quote in find_quotes(text)]


SHOWN = [
    # the subject after a short opening phrase with no comma, speaking of himself
    (
        "The Harbour City coach Kofi Mensah had warned his side all week about the second "
        "half.\n\nFollowing the match Mensah talked like a proud father about his young "
        "squad.\n\n“I think my players grew up a lot today, and I told them so.”",
        ["Kofi Mensah"],
    ),
    # a pronoun after an opening clause that names someone else (the one who asked): it
    # stands for the one who spoke last, not for the reporter
    (
        "“We were not good enough in the first half,” said coach Ana Lopes.\n\n"
        "When a reporter asked why she had dropped her captain, she waved the question "
        "away.\n\n“Ask me again next week, please. I have nothing more to say about it.”",
        ["Ana Lopes", "Ana Lopes"],
    ),
    # a heading that names a text: its words are the text's, not the last speaker's
    (
        "“We will build homes before anything else,” said party leader Ruth Adler.\n\n"
        "The manifesto\n\n"
        "“We will abolish the housing agency and return its budget to the councils.”",
        ["Ruth Adler", None],
    ),
    (
        "“The board has acted properly at every stage,” chairman Felix Grant said.\n\n"
        "The full letter\n\n"
        "“We write to raise our concern about the conduct of the chairman of the board.”",
        ["Felix Grant", None],
    ),
    # guard: a heading that names the text's owner leaves the carry to the owner's words
    (
        "“The board has acted properly at every stage,” chairman Felix Grant said.\n\n"
        "Grant’s statement\n\n"
        "“I have always acted in the interest of the members of this club.”",
        ["Felix Grant", "Felix Grant"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHOWN)
def test_speaker_shown_after_a_paragraph_of_prose(text: str, expected: list[str | None]) -> None:
    assert shown(text) == expected


GUESSED = [
    # someone else named as the object (`pulled … aside`): the subject, but only a guess
    (
        "Marta Ruiz acted like a veteran and pulled Ines Soto aside after the game.\n\n"
        "“I told her to forget the miss and keep shooting.”",
        ["Marta Ruiz"],
    ),
    # a pronoun after an opening clause, for someone who has not spoken yet: a guess
    (
        "Peter Okoye has run the ferry across the lake for thirty years.\n\n"
        "Later, as the boat slides into the dock, he talks about retiring.\n\n"
        "“I will stop when my hands stop working, not before.”",
        ["Peter Okoye"],
    ),
    # the subject is the first pronoun or person after a short opening phrase (not a
    # capitalised word that names no one); a name opening a clause inside the sentence
    # (`how Lady Gaga uses`) is that clause's subject, no rival
    (
        "Lena Ford manages three touring bands from a small office in Leeds.\n\n"
        "In her Wired talk she dug into how Lady Gaga uses her own network to reach fans.\n\n"
        "“I think every artist should own the place where their fans meet.”",
        ["Lena Ford"],
    ),
    # titles and roles before the subject's name (`Miss`, `Prime Minister`), which the
    # name itself leaves out: still the subject, a guess while someone else is named
    (
        "Helen Clark said the service would be held on Tuesday.\n\n"
        "Miss Clark paid tribute to Lady Hillary, calling her a remarkable person.\n\n"
        "“She wanted to do the right thing by the family and by the public.”",
        ["Helen Clark"],
    ),
    (
        "Helen Clark said the service would be held on Tuesday.\n\n"
        "Prime Minister Helen Clark praised Lady Hillary.\n\n"
        "“She wanted to do the right thing by the family and by the public.”",
        ["Helen Clark"],
    ),
    # a passive subject is the one spoken of: a guess, never shown as sure
    (
        "After a long trial Tom Reyes was convicted of fraud.\n\n"
        "“I did nothing wrong and I will appeal against this verdict.”",
        ["Tom Reyes"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUESSED)
def test_subject_guessed_after_a_paragraph_of_prose(text: str, expected: list[str | None]) -> None:
    assert guessed(text) == expected
    assert shown(text) == [None] * len(expected)


NO_SPEAKER = [
    # two people as subjects: no speaker rather than a guess (guards: the subject of the
    # main clause is not taken when another person is a subject beside it)
    (
        "Marta Ruiz scored twice and Ines Soto set up both of the goals.\n\n"
        "“It was the best game of my life, by a distance.”",
        [None],
    ),
    (
        "After the vote, Dana Cole left the hall and Sam Ortiz stayed behind.\n\n"
        "“I am not giving up on this plan, whatever the council says.”",
        [None],
    ),
    # the words under a heading naming a text go to nobody who spoke before it
    (
        "“Nothing has been decided yet,” said Ruth Adler.\n\nThe statement\n\n"
        "“The party will publish its full programme for government next month.”",
        [None],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NO_SPEAKER)
def test_no_speaker_rather_than_a_guess(text: str, expected: list[str | None]) -> None:
    assert guessed(text)[-len(expected) :] == expected

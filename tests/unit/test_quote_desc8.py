"""Descriptions that stand for someone the text already named (issue #10, desc8).

Made-up sentences: each shape is one news English uses to speak of a person or a body by
a description, with guard rows where the description must stay unsure or someone else's.
"""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities, find_quotes
from newsreader.analysis.relatives import Relatives
from newsreader.analysis.sentences import Sentences
from newsreader.analysis.speakers import head


@pytest.mark.parametrize(
    ("phrase", "noun"),
    [
        # a role noun's own "s" stays: "actress" gives a sex, "boss" leads a body
        ("the actress", "actress"),
        ("the Hull boss", "boss"),
        ("the princess", "princess"),
        # guard: a plural's "s" still goes
        ("the officials", "official"),
        ("two senior officials", "official"),
    ],
)
def test_head_keeps_a_nouns_own_s(phrase: str, noun: str) -> None:
    assert head(phrase) == noun


def _speakers(text: str) -> list[tuple[str | None, bool]]:
    return [(quote.speaker, quote.speaker_sure) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the actress" is a woman: the man talked about is no rival for her words
        (
            "Lena Hart spoke at length about Tom Baker, whom she met on the set.\n\n"
            "“He was never easy to work with,” the actress said.",
            [("Lena Hart", True)],
        ),
        (
            "Lena Hart met Tom Baker on the set of the film.\n\n"
            "“He was never easy to work with,” the actress said.",
            [("Lena Hart", True)],
        ),
        # a role given in apposition ("Lena Hart, an actress,") is the same role noun
        (
            "Lena Hart, an actress, and Tom Baker, a director, spoke on Monday.\n\n"
            "“It was never easy,” the actress said.",
            [("Lena Hart", True)],
        ),
        # guard: "the actor" is a man, and the man named was only talked about
        (
            "Lena Hart spoke at length about Tom Baker, whom she met on the set.\n\n"
            "“She was never easy to work with,” the actor said.",
            [("the actor", False)],
        ),
        # guard: a manager described as "the boss" is still the manager named
        (
            "Hull manager Neil Ashford was unhappy with the penalty.\n\n"
            "“I do not know what he was supposed to do with his arm,” Ashford said.\n\n"
            "Asked whether he would raise it with the referee, the Hull boss shrugged: “What"
            " is the point? We will only get a letter.”",
            [("Neil Ashford", True), ("Neil Ashford", True)],
        ),
        # guard: a witness the text named is the one "the witness" stands for
        (
            "Jane Doe took the stand on Tuesday.\n\n"
            "“He hit me twice before I could run,” the witness said.",
            [("Jane Doe", True)],
        ),
    ],
)
def test_description_stands_for_the_one_named(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document owned by a body described ("the council's ruling"): the body named
        (
            "The Harbour Licensing Council banned the concert on Friday.\n\n"
            "“The show breaks the rules on noise and must not go ahead,” the council's"
            " ruling said.",
            ["Harbour Licensing Council"],
        ),
        (
            "Ministry of Transport officials met on Monday. The organisers appealed.\n\n"
            "“The road will stay closed until the repairs are done,” the ministry's"
            " statement said.",
            ["Ministry of Transport"],
        ),
        # guard: no body of that kind named before: the document speaks for itself
        (
            "The concert was banned on Friday.\n\n"
            "“The show breaks the rules on noise and must not go ahead,” the council's"
            " ruling said.",
            ["the council's ruling"],
        ),
        # guard: an owner who is a person, not a body
        (
            "The Harbour Licensing Council banned the concert on Friday.\n\n"
            "“The show breaks no rules at all,” the singer's statement said.",
            ["the singer's statement"],
        ),
    ],
)
def test_document_of_a_described_body(text: str, expected: list[str | None]) -> None:
    assert [quote.speaker for quote in find_quotes(text)] == expected


_FAMILY = "Ruth Quill praised the album by her son Dan Quill. She spoke on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "chosen", "expected"),
    [
        # the relative the recogniser chose is the only one the paragraph before speaks
        # of, by given name: theirs, though the principal has spoken
        (
            _FAMILY + "Lena Ross and Dan toured Spain. The singer spoke on his show.\n\n"
            "Quill said the crowd was loud.",
            "Dan Quill",
            ("Dan Quill", True),
        ),
        # guard: the principal chosen stays the principal
        (
            _FAMILY + "Lena Ross and Dan toured Spain. The singer spoke on his show.\n\n"
            "Quill said the crowd was loud.",
            "Ruth Quill",
            ("Ruth Quill", True),
        ),
        # guard: both of them spoken of there: the principal, who spoke
        (
            _FAMILY + "Lena Ross and Dan toured Spain with Ruth. They spoke on his show.\n\n"
            "Quill said the crowd was loud.",
            "Dan Quill",
            ("Ruth Quill", True),
        ),
        # guard: the relative was spoken of further back only
        (
            _FAMILY + "Lena Ross and Dan toured Spain.\n\nThe tour sold out in a week.\n\n"
            "Quill said the crowd was loud.",
            "Dan Quill",
            ("Ruth Quill", True),
        ),
    ],
)
def test_relative_spoken_of_just_before(text: str, chosen: str, expected: tuple[str, bool]) -> None:
    persons = [entity for entity in find_entities(text) if entity.kind == "person"]
    relatives = Relatives(text, persons, Sentences(text, []))
    position = text.rindex("Quill said")
    assert relatives.which("Quill", chosen, position, {"Ruth Quill"}, "Quill") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nearest report was someone's whom the sentence does not let us read: no
        # guess from an older report of another body
        (
            "The Harbour Council released its annual report on the roads last year.\n\n"
            "On Tuesday, when the ministry under its new chief delivered its final report on"
            " the subject, those worries were gone.\n\n"
            "“The roads are safe and will stay open,” the report said.",
            [("the final report", False)],
        ),
        (
            "The Harbour Council released its annual report on the roads last year.\n\n"
            "On Tuesday the ministry delivered its final report on the subject.\n\n"
            "“The roads are safe and will stay open,” the report said.",
            [("the final report", False)],
        ),
        # guard: the nearest report's issuer is read: theirs
        (
            "The Harbour Council released its annual report on the roads on Tuesday.\n\n"
            "“The roads are safe and will stay open,” the report said.",
            [("The Harbour Council", True)],
        ),
    ],
)
def test_report_of_an_unread_issuer(text: str, expected: list[tuple[str | None, bool]]) -> None:
    assert _speakers(text) == expected


_PARK = (
    "Cristo Mendez runs the trailer park outside town. A teacher and a nurse who live there"
    " said they could not find childcare.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # someone unnamed introduced since the person in focus was last named: "the
        # woman" may be that newcomer, no longer surely the one named
        (
            _PARK + "Mendez said families were scared to leave their homes.\n\n"
            "At Mendez' park, driveways were full of cars at midday on Tuesday. A resident"
            " who asked not to be named said people are afraid.\n\n"
            "“Nobody goes to work any more,” the woman said.",
            [("the woman", False)],
        ),
        # guard: nobody new since: the person in focus
        (
            _PARK + "Mendez said families were scared to leave their homes.\n\n"
            "“Nobody goes to work any more,” the owner said.",
            [("Cristo Mendez", True)],
        ),
        # guard: the newcomer came before the person was named again
        (
            _PARK + "A resident said people are afraid. Mendez said families were scared to"
            " leave their homes.\n\n"
            "“Nobody goes to work any more,” the owner said.",
            [("Cristo Mendez", True)],
        ),
    ],
)
def test_newcomer_since_the_person_in_focus(
    text: str, expected: list[tuple[str | None, bool]]
) -> None:
    assert _speakers(text) == expected

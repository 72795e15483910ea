"""A name right after a quotation closed on a comma (`"…," Brinkov said.`) does not open a
sentence: the sentence goes on, so the name is typed like any subject mid-sentence (a lone
unknown word that says something is a person, a weak guess), while a name after a
quotation closed on a full stop still opens a new sentence."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ('The crowd cheered. "I lost my rhythm," Brinkovic said.', "Brinkovic", "person"),
        ("The crowd cheered. “We lost the thread,” Halvorsen said.", "Halvorsen", "person"),
        ('The crowd cheered. "I lost my rhythm," Brinkovic told reporters.', "Brinkovic", "person"),
        # guard rows: the same word mid-sentence, and a known body after the comma
        ("The crowd cheered as Brinkovic said no.", "Brinkovic", "person"),
        ('Prices rose. "We are cautious," Microsoft said.', "Microsoft", "organization"),
    ],
)
def test_a_name_after_a_quote_closed_on_a_comma(text: str, name: str, kind: str) -> None:
    found = {e.text: e.kind for e in find_entities("Report\n\n" + text)}
    assert found[name] == kind


@pytest.mark.parametrize(
    "text",
    [
        # after a full stop inside the quote a sentence starts: an everyday word opening it
        # is no name
        'The crowd cheered. "I lost my rhythm." Yesterday he rested.',
        'He spoke. "It was hard." However the team won.',
    ],
)
def test_a_sentence_after_a_quote_closed_on_a_stop_still_opens(text: str) -> None:
    found = {e.text for e in find_entities("Report\n\n" + text)}
    assert not found & {"Yesterday", "However"}


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a title abbreviation written without its full stop (British style) is a title,
        # not part of the name: the person is the one named in full before
        ('Tom Brannigan spoke. "It is sad," Fr Brannigan said.', "Brannigan", "Tom Brannigan"),
        ("Tom Brannigan spoke. Later Rev Brannigan said it was sad.", "Brannigan", "Tom Brannigan"),
        ("Tom Brannigan spoke. Later Fr. Brannigan said it was sad.", "Brannigan", "Tom Brannigan"),
        # guard: an honorific that always had both forms
        ("Tom Brannigan spoke. Later Mr Brannigan said it was sad.", "Brannigan", "Tom Brannigan"),
    ],
)
def test_an_undotted_title_abbreviation_is_no_part_of_the_name(
    text: str, name: str, key: str
) -> None:
    found = [e for e in find_entities("Report\n\n" + text) if e.start > 30]
    assert [(e.text, e.key) for e in found] == [(name, key)]

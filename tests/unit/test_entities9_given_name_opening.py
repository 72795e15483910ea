"""A sentence opening with a given name that is also a rare everyday word of the broad list
("Novak", "Boo") keeps it when the article goes on to call the person by the surname alone
in mid-sentence: the pair is the first full mention of a person. An adjective or a curated
everyday word opening the sentence is still no part of the name."""

from __future__ import annotations

import pytest

from newsreader.analysis import find_entities


@pytest.mark.parametrize(
    ("text", "first", "key"),
    [
        (
            "Novak Brankovic gives a show. Later the crowd cheered Brankovic loudly.",
            "Novak Brankovic",
            "Novak Brankovic",
        ),
        (
            "Boo Weekton won the title. It was a good week for Weekton as well.",
            "Boo Weekton",
            "Boo Weekton",
        ),
        # guard rows: a describing word, and a surname never used alone
        (
            "Victorious Brankovic left the court. Later the crowd cheered Brankovic loudly.",
            "Brankovic",
            "Brankovic",
        ),
        (
            "Yesterday Brankovic left. Later the crowd cheered Brankovic loudly.",
            "Brankovic",
            "Brankovic",
        ),
    ],
)
def test_a_given_name_opening_a_sentence(text: str, first: str, key: str) -> None:
    found = [e for e in find_entities("Report\n\n" + text)]
    assert (found[0].text, found[0].key) == (first, key)

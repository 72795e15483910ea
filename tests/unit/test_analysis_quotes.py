"""Key quotes: pairing marks, attribution patterns, speaker resolution and hostile input."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsreader.analysis import analyse, find_quotes

DATA = Path(__file__).resolve().parents[1] / "data"
SEED = DATA / "seed-article.txt"


def pairs(text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each key quote."""
    return [(quote.text, quote.speaker) for quote in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…," X said
        (
            "“We will not back down from this fight,” Maria Lopez said on Tuesday.",
            [("We will not back down from this fight", "Maria Lopez")],
        ),
        # "…," said X, straight quotes
        (
            '"The numbers simply do not add up," said Tom Becker, an analyst.',
            [("The numbers simply do not add up", "Tom Becker")],
        ),
        # X said: "…"
        (
            "Maria Lopez said: “Nobody here wants another long winter of strikes.”",
            [("Nobody here wants another long winter of strikes.", "Maria Lopez")],
        ),
        # X told reporters "…"
        (
            "Governor Ann Walsh told reporters “the bridge will reopen by Friday at the latest.”",
            [("the bridge will reopen by Friday at the latest.", "Ann Walsh")],
        ),
        # according to X
        (
            "“Supplies will run out within a week,” according to the Red Cross.",
            [("Supplies will run out within a week", "Red Cross")],
        ),
        # he added -> nearest earlier speaker, full name from an earlier mention
        (
            "Antony Blinken spoke first. “We talked for three long hours,” Blinken said. "
            "Later he spoke again.\n\n“It was a frank and useful exchange,” he added.",
            [
                ("We talked for three long hours", "Antony Blinken"),
                ("It was a frank and useful exchange", "Antony Blinken"),
            ],
        ),
        # the official -> the fullest earlier description
        (
            "The plan was confirmed by a senior Treasury official on Monday.\n\n"
            "“We expect the rules to take effect next spring,” the official said.",
            [("We expect the rules to take effect next spring", "a senior Treasury official")],
        ),
        # nested single quotes and apostrophes stay inside one quote
        (
            "“He told me ‘don’t worry about it’ and walked off,” said Jane Okafor.",
            [("He told me ‘don’t worry about it’ and walked off", "Jane Okafor")],
        ),
        # scare quotes and titles are not key quotes
        (
            "Critics called the deal “unfair” and “clear and open” in name only. "
            "She starred in “The Lord Of The Rings Returns Again” last year.",
            [],
        ),
    ],
)
def test_patterns(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Each attribution pattern names the right speaker."""
    assert pairs(text) == expected


def test_seed_article_has_exactly_three_key_quotes_by_the_official() -> None:
    """The founding example: three quotes, the interrupted one merged, one speaker."""
    text = SEED.read_text(encoding="utf-8")
    quotes = find_quotes(text)
    assert [q.text.replace("’", "'")[:24] for q in quotes] == [
        "The concern there is tha",
        "We've underscored to the",
        "And of course, the secre",
    ]
    assert {q.speaker for q in quotes} == {"a senior State Department official"}
    merged = quotes[1]
    assert merged.text.endswith("including Iran")
    assert "show restraint … We’ve expressed" in merged.text
    assert text[merged.start : merged.end].startswith("We’ve underscored")
    assert text[merged.start : merged.end].endswith("including Iran")
    for quote in quotes:
        assert quote.speaker_start is not None and quote.speaker_end is not None
        assert text[quote.speaker_start : quote.speaker_end] == "the official"


def test_seed_article_cleaned_text_gives_the_same_quotes() -> None:
    """Without the ADVERTISEMENT/POLITICS/cookie lines the result is the same."""
    raw = SEED.read_text(encoding="utf-8")
    cleaned = raw.split("\n\n", 2)[2].split("  •")[0]
    assert [q.text for q in find_quotes(cleaned)] == [q.text for q in find_quotes(raw)]


def test_long_quote_continues_into_next_paragraph() -> None:
    """A paragraph that opens a quote without closing it continues in the next one."""
    text = (
        "“The first part of the answer is about money and time.\n\n"
        "“The second part is about people,” said Ruth Adeyemi."
    )
    assert pairs(text) == [
        (
            "The first part of the answer is about money and time. The second part is about people",
            "Ruth Adeyemi",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no quotes at all here",
        "“",
        "”",
        '"',
        "“Unclosed quote that never ends and keeps going on and on",
        "closing first” then “opening and never closing the quote here",
        '"a" "b" "c" "d" "e" "f',
        "“one\n\nplain paragraph without marks\n\n“two three four five”",
        "ALL CAPS TEXT “WE WILL FIGHT ON THE BEACHES,” SAID THE PRIME MINISTER.",
    ],
)
def test_hostile_input_does_not_break(text: str) -> None:
    """Unbalanced or odd quote marks give a (possibly empty) list, never an exception."""
    for quote in find_quotes(text):
        assert 0 <= quote.start <= quote.end <= len(text)


def test_unclosed_quote_does_not_swallow_the_next_paragraph() -> None:
    """A dangling mark is dropped when the next paragraph does not open a quote."""
    text = "“This never closes and runs on\n\nPlain prose. “Real quote with five words,” he said."
    assert [q.text for q in find_quotes(text)] == ["Real quote with five words"]


def test_large_article_is_linear() -> None:
    """2 MB with thousands of quotes finishes in reasonable time."""
    text = SEED.read_text(encoding="utf-8")
    big = "\n\n".join([text] * (2_000_000 // len(text)))
    started = time.perf_counter()
    quotes = find_quotes(big)
    assert time.perf_counter() - started < 30
    assert len(quotes) == 3 * (2_000_000 // len(text))


def test_analyse_returns_both() -> None:
    """analyse() is find_entities + find_quotes over the same text."""
    text = SEED.read_text(encoding="utf-8")
    entities, quotes = analyse(text)
    assert any(e.key == "Antony Blinken" for e in entities)
    assert len(quotes) == 3


def test_names_with_diacritics_and_bare_roles_attribute_quotes() -> None:
    """`Žukauskas said` and `nurse Grace Achieng said` name their speakers."""
    from newsreader.analysis import find_quotes

    text = (
        "Defence Minister Rimantas Žukauskas spoke on Monday.\n\n"
        "“We cannot wait for the next crisis to arrive,” Žukauskas said. "
        "“Every euro we spend today is an investment,” he added.\n\n"
        '"Every rainy season our wards fill up with children," nurse Grace Achieng said.'
    )
    quotes = find_quotes(text)
    assert [(q.speaker, q.text.split()[0]) for q in quotes] == [
        ("Rimantas Žukauskas", "We"),
        ("Grace Achieng", "Every"),
    ]
    assert "arrive … Every euro" in quotes[0].text


def test_pronoun_after_a_newly_introduced_subject_is_that_subject() -> None:
    """`X, who runs a bakery, … ¶ "…," he said.` is X, not the previous speaker."""
    from newsreader.analysis import find_quotes

    text = (
        '"The river rose faster than we expected," said Mayor Amélie Thériault.\n\n'
        "Mohammed Al-Sayed, who runs a bakery on King Street, stacked sandbags all morning.\n\n"
        '"This is the third time the water has come this close," he said.'
    )
    assert [q.speaker for q in find_quotes(text)] == ["Amélie Thériault", "Mohammed Al-Sayed"]


def test_quote_offsets_cover_exactly_the_quoted_words() -> None:
    from newsreader.analysis import find_quotes

    text = "“We will overcome this crisis together,” the mayor said."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == quote.text == "We will overcome this crisis together"


def test_role_surname_and_according_to_attributions() -> None:
    """Named role holders, partial names and a capitalised "According to" all resolve."""
    from newsreader.analysis import find_quotes

    text = (
        "Company spokeswoman Lee Soo-jin described the demands as unrealistic.\n\n"
        '"The company remains open to dialogue with the union," the spokeswoman added.\n\n'
        "Striker Youssef El Amrani signed on Monday.\n\n"
        '"Playing in Serie A has been my dream since childhood," El Amrani said.\n\n'
        "According to tribunal magistrate Felipe Arreola, “any formal challenge must be filed "
        "within four days.”\n\n"
        '"We respect the court but will appeal at once," a senior official at the Interior '
        'Ministry said.\n\n"Registered citizens will not lose their data," the official said.'
    )
    assert [q.speaker for q in find_quotes(text)] == [
        "Lee Soo-jin",
        "Youssef El Amrani",
        "Felipe Arreola",
        "a senior official at the Interior Ministry",
        "a senior official at the Interior Ministry",
    ]

"""The plain-text path on the seed article and on small hand-made texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.extract import NotAnArticle, extract_text, to_plain
from newsreader.extract.text import find_dateline

SEED = (Path(__file__).parent.parent / "data" / "seed-article.txt").read_text(
    encoding="utf-8"
)
HEADLINE = (
    "Blinken to raise concerns about Beijing’s support to Russia’s defense industrial "
    "base during China visit next week"
)


def test_seed_title_and_section() -> None:
    """The headline is the title; the POLITICS label becomes the section."""
    article = extract_text(SEED)
    assert article.title == HEADLINE
    assert article.section == "Politics"


def test_seed_clean_text_starts_with_headline_and_ends_with_taiwan() -> None:
    """The rendered text runs from the headline to the Taiwan Strait paragraph."""
    plain = to_plain(extract_text(SEED)).strip()
    assert plain.startswith(HEADLINE)
    assert plain.endswith("the official told reporters.")
    assert "Taiwan Strait" in plain.split("\n\n")[-1]


@pytest.mark.parametrize("clutter", ["ADVERTISEMENT", "POLITICS", "cookies", "Read More", "•"])
def test_seed_clutter_removed(clutter: str) -> None:
    """No advertisement, section label, cookie notice or Read More in the body."""
    assert clutter not in to_plain(extract_text(SEED))


def test_seed_dateline_is_metadata_not_body() -> None:
    """The lone WASHINGTON line leaves the body but can be recovered."""
    article = extract_text(SEED)
    assert "WASHINGTON" not in article.text
    assert article.text.startswith("US Secretary of State Antony Blinken")
    assert find_dateline(SEED) == "WASHINGTON"


def test_seed_subheading() -> None:
    """A short unpunctuated line between paragraphs is a heading block."""
    article = extract_text(SEED)
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == ["Mideast tension"]


def test_dateline_prefix_stays_in_paragraph() -> None:
    """A "WASHINGTON —" prefix is part of the first sentence and is recognised."""
    text = (
        "Senate passes the budget\n\nWASHINGTON — The Senate passed the budget on Friday "
        "after a long night of votes, sending it to the president for his signature.\n\n"
        "The vote was 52 to 48, with two members of the minority joining the majority "
        "to approve the measure, aides said."
    )
    article = extract_text(text)
    assert article.text.startswith("WASHINGTON — The Senate")
    assert find_dateline(text) == "WASHINGTON"


def test_bullets_and_wrapped_lines() -> None:
    """Hard-wrapped lines join into one paragraph; bullets become list items."""
    text = (
        "A title line here\n\n"
        "This paragraph was wrapped by an email client at a fixed width so that\n"
        "every line is of similar length and the sentence continues on the next\n"
        "line until it finally ends here.\n\n"
        "• first point of the list, which is long enough\n"
        "• second point of the list\n\n"
        "A closing paragraph that is long enough to count as article text for sure."
    )
    article = extract_text(text)
    assert article.blocks[0].kind == "paragraph"
    assert "so that every line" in article.blocks[0].text
    assert [b.kind for b in article.blocks[1:3]] == ["list_item", "list_item"]
    assert article.blocks[1].text == "first point of the list, which is long enough"


@pytest.mark.parametrize("text", ["", "   \n\n ", "ADVERTISEMENT\n\nRead More", "Just a title"])
def test_not_an_article(text: str) -> None:
    """Empty or clutter-only text is refused with a message."""
    with pytest.raises(NotAnArticle, match=r"\w"):
        extract_text(text)


def test_control_sequences_are_stripped() -> None:
    """ESC sequences in plain text never reach the article."""
    text = "Title\n\n" + "Body with \x1b[31mcolour\x1b[0m and \x1b]0;title\x07 text. " * 10
    article = extract_text(text)
    assert "\x1b" not in article.text and "\x07" not in article.text
    assert "colour" in article.text


MESSY = """Skip to main content
Home | News | Sport | Weather
WORLD
Floods force thousands from homes in northern Italy
By Maria Rossi and Luca Bianchi, Rome
Published 12 March 2024
Share this article

Heavy rain has forced thousands of people to leave their homes in northern Italy, officials
said on Tuesday, as rivers burst their banks across the Po valley and the lower plains.

ADVERTISEMENT

The civil protection agency said more than 4,000 people had been evacuated overnight, most
of them in the provinces of Parma and Modena, where schools will stay closed on Wednesday.

Related: Europe's wettest winter on record

Sign up for our newsletter
© 2024 Example News. All rights reserved.
"""


def test_messy_copy_of_a_page() -> None:
    """Menus, byline, date line and footer of a copied page land where they belong."""
    article = extract_text(MESSY)
    assert article.title == "Floods force thousands from homes in northern Italy"
    assert article.section == "World"
    assert article.author == "Maria Rossi and Luca Bianchi"
    assert article.published is not None
    assert article.published.isoformat() == "2024-03-12T00:00:00+00:00"
    assert article.text.startswith("Heavy rain has forced")
    assert article.text.endswith("closed on Wednesday.")
    for clutter in ("Home", "Share", "ADVERTISEMENT", "Related", "newsletter", "©"):
        assert clutter not in article.text

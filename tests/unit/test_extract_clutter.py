"""Each clutter family is removed from a hand-made page, and the article survives.

The pages in tests/data/extract/ share one article body; each adds one family of
clutter before, inside or after it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.extract import extract_html
from newsreader.models import Article

DATA = Path(__file__).parent.parent / "data" / "extract"

ARTICLE_SENTENCES = (
    "The Millbrook town council voted on Tuesday night to rebuild the old stone bridge",
    "Mayor Alice Hartley said the decision",
    "The bridge, built in 1822 by a local mason",
    "We have argued about this bridge for nine years",
    "Opponents, led by councillor Peter Oduya",
    "Work is due to start in the spring.",
    "Engineers expect the restored bridge to reopen",
)

CLUTTER = {
    "consent-onetrust-before": ("We use cookies", "Accept"),
    "consent-cookiebot-inside": ("This website uses cookies", "personalise content"),
    "consent-didomi-after": ("With your agreement", "Agree and close"),
    "consent-generic-inside": ("We value your privacy", "We use cookies", "Cookie Policy"),
    "consent-quantcast-trustarc-usercentrics": (
        "We and our partners process",
        "related technologies",
        "statistics and marketing",
    ),
    "ads": ("ADVERTISEMENT", "Advertisement", "Sponsored links", "celebrities"),
    "social": ("Share on Facebook", "Email this article", "Follow us on"),
    "newsletter-paywall": ("Sign up for our newsletter", "inbox", "free articles"),
    "related": (
        "Read more",
        "Council approves",
        "Related stories",
        "Most popular",
        "Village fete",
        "Recommended for you",
    ),
    "comments": ("Comments", "ridiculous waste", "grandfather", "Leave a Reply"),
}


def _load(name: str) -> Article:
    return extract_html((DATA / f"{name}.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CLUTTER))
def test_clutter_family_is_removed(name: str) -> None:
    """The clutter of each family is gone from the body text."""
    text = _load(name).text
    for phrase in CLUTTER[name]:
        assert phrase not in text, f"{phrase!r} leaked from {name}"


@pytest.mark.parametrize("name", sorted(CLUTTER))
def test_article_survives_clutter_removal(name: str) -> None:
    """Removing clutter keeps every sentence of the article, in order."""
    text = _load(name).text
    positions = [text.find(sentence) for sentence in ARTICLE_SENTENCES]
    assert -1 not in positions, f"lost article text in {name}: {positions}"
    assert positions == sorted(positions)


def test_body_structure_is_kept() -> None:
    """Headings, quotes and list items come out as their own block kinds."""
    article = _load("ads")
    kinds = {block.kind for block in article.blocks}
    assert {"paragraph", "heading", "quote", "list_item"} <= kinds
    heading = next(b for b in article.blocks if b.kind == "heading")
    assert heading.text == "A bridge with a history"
    assert heading.level == 2
    items = [b.text for b in article.blocks if b.kind == "list_item"]
    assert items == [
        "Work is due to start in the spring.",
        "The crossing will be closed to cars for eighteen months.",
    ]


def test_headline_and_byline_are_not_body() -> None:
    """The h1 and the byline are metadata, not the first lines of the body."""
    article = _load("ads")
    assert article.title == "Millbrook votes to rebuild the Wren bridge"
    assert not article.text.startswith("Millbrook votes")
    assert "By Jane Doe" not in article.text
    assert article.text.startswith("The Millbrook town council voted")


def test_page_chrome_is_removed() -> None:
    """Navigation and the site footer never reach the body."""
    text = _load("social").text
    assert "Home" not in text.split()
    assert "4 High Street" not in text


def test_two_articles_keep_only_the_main_one() -> None:
    """A second story appended below the main one is not mixed into it."""
    article = _load("two-articles")
    assert "Engineers expect the restored bridge" in article.text
    assert "harvest festival" not in article.text.lower()
    assert article.title == "Millbrook votes to rebuild the Wren bridge"


def test_two_articles_without_class_hints() -> None:
    """The same holds when the second story carries no "next story" class."""
    html = (DATA / "two-articles.html").read_text(encoding="utf-8")
    article = extract_html(html.replace('<article class="next-story">', "<article>"))
    assert "Engineers expect the restored bridge" in article.text
    assert "harvest festival" not in article.text.lower()


def test_offsets_index_text() -> None:
    """Block offsets point at the block's text inside Article.text."""
    article = _load("related")
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text


def test_div_soup_article_with_line_breaks() -> None:
    """An article written as text and <br> inside a <div>, without <p>, is found."""
    lines = "<br><br>".join(
        f"Line {i} of an old-fashioned article, written without paragraphs, "
        f"where every sentence is separated by line breaks instead {i}."
        for i in range(8)
    )
    html = (
        "<html><body><div class='nav'><a href='/'>Home</a></div>"
        f"<div class='story'>{lines}</div>"
        "<div class='links'><a href='/a'>Another story about something else</a></div>"
        "</body></html>"
    )
    article = extract_html(html)
    assert article.text.startswith("Line 0 of an old-fashioned article")
    assert "Line 7" in article.text
    assert "Another story" not in article.text


def test_list_article_without_paragraphs() -> None:
    """An article made of list items (a numbered guide) is found and kept as a list."""
    items = "".join(
        f"<li>Step {i}: take the old stone path along the river, past the mill, and "
        f"follow the signs for another half mile until you reach marker {i}.</li>"
        for i in range(8)
    )
    html = (
        "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/b'>Blog</a></li>"
        f"</ul></nav><div class='guide'><h1>Walking guide</h1><ol>{items}</ol></div></body></html>"
    )
    article = extract_html(html)
    assert [b.kind for b in article.blocks] == ["list_item"] * 8
    assert all(b.ordered for b in article.blocks)
    assert "Home" not in article.text


def test_runner_up_when_the_best_container_is_all_boilerplate() -> None:
    """A consent box without class hints can outscore a short article; it is skipped."""
    consent = "".join(
        "<p>We use cookies on our website to give you a better experience, to improve "
        "performance, for analytics, for advertising, for social media, for you, for us, "
        "and, by clicking “Accept”, you agree to our use of cookies, as described.</p>"
        for _ in range(4)
    )
    story = (
        "<p>The ferry to the island will run twice a day from Monday, the harbour "
        "master said.</p><p>Tickets can be bought on board; the first crossing leaves "
        "at seven in the morning and the last one returns at six in the evening.</p>"
    )
    html = f"<html><body><div>{consent}</div><div><h1>Ferry</h1>{story}</div></body></html>"
    article = extract_html(html)
    assert article.text.startswith("The ferry to the island")
    assert "cookies" not in article.text


def test_labelled_consent_notice_is_boilerplate() -> None:
    """A short label before the notice ("Cookie notice: …") does not hide it."""
    from newsreader.extract.clutter import is_boilerplate

    assert is_boilerplate("Cookie notice: We use cookies on our website to give you a better experience.")
    assert not is_boilerplate("Note: the minister said the cookies were a gift from the ambassador.")

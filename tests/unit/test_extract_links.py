"""Links inside articles: kept as spans of the cleaned text, shown, exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.cli import main
from newsreader.export import body_markdown, export_html_book
from newsreader.extract import extract_html
from newsreader.extract.fragment import extract_fragment
from newsreader.models import Article, Block, Headline, StoredArticle

PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the report describes the repairs to the bridge over the river "
    f"and what the engineers found when they inspected section {n} last week.</p>"
    for n in range(5)
)
PAGE = f"""<html><head><title>Bridge report</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Bridge report</h1>
<p>The <a href="/council">city council</a> approved the repairs, the
<a href="https://gov.example/report.pdf">engineers' report</a> says, and
<a href="javascript:alert(1)">nothing else</a> happened.</p>
{PARAGRAPHS}
<div class="share-bar"><a href="https://twitter.example/share">Share on Twitter</a></div>
</article></body></html>"""


def test_links_are_spans_of_the_text_with_absolute_urls() -> None:
    article = extract_html(PAGE, "https://news.example/story")
    assert [(link.text, link.url) for link in article.links] == [
        ("city council", "https://news.example/council"),
        ("engineers' report", "https://gov.example/report.pdf"),
    ]
    for link in article.links:
        assert article.text[link.start : link.end] == link.text


def test_feed_fragments_keep_their_links_too() -> None:
    article = extract_fragment('<p>Read the <a href="https://x.example/a">full plan</a>.</p>')
    (link,) = article.links
    assert article.text[link.start : link.end] == "full plan"


def test_an_anchor_cleaned_away_does_not_shift_the_others() -> None:
    """An anchor whose text is gone from the article is skipped, never placed elsewhere."""
    from newsreader.extract.links import place_links

    article = Article.from_blocks([Block("paragraph", "See the plan and the budget.")])
    placed = place_links(
        article,
        [
            ("Share", "https://s.example/"),
            ("plan", "https://p.example/"),
            ("budget", "https://b.example/"),
        ],
    )
    assert [(link.text, link.start) for link in placed.links] == [("plan", 8), ("budget", 21)]


def test_markdown_and_html_keep_the_links() -> None:
    article = extract_html(PAGE, "https://news.example/story")
    markdown = body_markdown(article)
    assert "[city council](https://news.example/council)" in markdown
    assert "[engineers' report](https://gov.example/report.pdf)" in markdown
    headline = Headline(1, 1, "News", "Bridge report", None, None, None, False, False, False)
    book = export_html_book([StoredArticle(headline, None, "", "", None, article=article)])
    assert '<a href="https://news.example/council">city council</a>' in book


def test_extract_json_lists_links(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace("/council", "https://news.example/council"), encoding="utf-8")
    assert main(["extract", str(page), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["links"][0] == {
        "text": "city council",
        "url": "https://news.example/council",
        "start": data["text"].index("city council"),
        "end": data["text"].index("city council") + len("city council"),
    }


def test_links_survive_the_store(tmp_path: Path) -> None:
    from newsreader.models import ParsedEntry
    from newsreader.store import IncomingArticle, Store

    article = extract_html(PAGE, "https://news.example/story")
    store = Store(tmp_path / "n.db")
    feed = store.add_feed("https://news.example/feed")
    (article_id,) = store.store_entries(
        feed.id,
        [IncomingArticle(ParsedEntry("g", "https://news.example/story", "Bridge"), article)],
    ).new_ids
    stored = store.get_article(article_id)
    assert stored.article is not None and stored.article.links == article.links
    store.close()

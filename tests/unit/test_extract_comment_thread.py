"""A long comment thread under a short article is not the article's wrapper, however
much of the page's text it holds; a wrapper named for comments that holds the article
too stays.

Hand-made pages; none is a copy of a real page.
"""

from __future__ import annotations

from bridge_story import BRIDGE_STORY

from newsreader.extract import extract_html

STORY = BRIDGE_STORY[:3]
REPLY = (
    "I have crossed that bridge every morning for twenty years and I still think the money "
    "would be better spent on the road out to the school, reader number {n} wrote."
)
THREAD = "".join(
    f"<div class='item'><p>{REPLY.format(n=n)}</p><p class='credit'>Posted by reader{n}</p></div>"
    for n in range(12)
)


def test_a_long_thread_under_a_short_article_goes() -> None:
    """The thread, in the story's own box, holds most of the page's paragraphs but not
    the headline: it goes."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Council votes to rebuild bridge</title></head><body>"
        f"<div class='blog'><h1>Council votes to rebuild bridge</h1>{paragraphs}"
        f"<div class='comment_container'><div id='comments'><h4>Comments</h4>{THREAD}"
        "</div></div></div></body></html>"
    )
    article = extract_html(html)
    assert all(paragraph in article.text for paragraph in STORY)
    assert "reader number" not in article.text


def test_a_wrapper_named_for_comments_that_holds_the_article_stays() -> None:
    """ "post comments-open" wraps the headline, the story and its thread: it stays."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Council votes to rebuild bridge</title></head><body>"
        f"<div class='post comments-open'><h1>Council votes to rebuild bridge</h1>"
        f"{paragraphs}</div></body></html>"
    )
    article = extract_html(html)
    assert all(paragraph in article.text for paragraph in STORY)

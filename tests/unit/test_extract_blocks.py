"""Block structure: kinds, levels, images with captions, preformatted text."""

from __future__ import annotations

from newsreader.extract import extract_html
from newsreader.models import Article

FILLER = "".join(
    f"<p>Paragraph {i} of the story explains, at some length, what happened next and why "
    f"it mattered to the people of the valley {i}.</p>"
    for i in range(4)
)


def _extract(body: str) -> Article:
    return extract_html(
        f"<html><body><article>{FILLER}{body}</article></body></html>",
        url="https://news.example/story/1",
    )


def test_figure_becomes_image_block_with_caption() -> None:
    article = _extract(
        '<figure><img data-src="/img/valley.jpg" src="data:image/gif;base64,R0lG">'
        "<figcaption>The valley at dawn (Image: GETTY)</figcaption></figure>"
    )
    images = [b for b in article.blocks if b.kind == "image"]
    assert len(images) == 1
    assert images[0].url == "https://news.example/img/valley.jpg"
    assert images[0].text == "The valley at dawn"
    # Captions stay on the image block, out of the body text that analysis reads.
    assert images[0].start == images[0].end
    assert "The valley at dawn" not in article.text


def test_tracking_pixels_and_icons_are_not_images() -> None:
    article = _extract(
        '<img src="https://t.example/pixel.gif" width="1" height="1">'
        '<img src="/icons/share.png"><img src="/img/photo.jpg" width="640">'
    )
    urls = [b.url for b in article.blocks if b.kind == "image"]
    assert urls == ["https://news.example/img/photo.jpg"]


def test_nested_lists_keep_depth_and_order() -> None:
    article = _extract(
        "<ol><li>First step of the plan<ul><li>a detail of the first step</li></ul></li>"
        "<li>Second step of the plan</li></ol>"
    )
    items = [(b.text, b.level, b.ordered) for b in article.blocks if b.kind == "list_item"]
    assert items == [
        ("First step of the plan", 0, True),
        ("a detail of the first step", 1, False),
        ("Second step of the plan", 0, True),
    ]


def test_preformatted_keeps_whitespace() -> None:
    article = _extract("<pre>def f(x):\n    return x  *  2\n</pre>")
    pre = next(b for b in article.blocks if b.kind == "preformatted")
    assert pre.text == "def f(x):\n    return x  *  2"


def test_line_breaks_inside_a_paragraph() -> None:
    article = _extract("<p>Line one of the address,<br>line two of the address</p>")
    assert "Line one of the address,\nline two of the address" in article.text


def test_headings_and_quotes() -> None:
    article = _extract(
        "<h3>What comes next</h3><blockquote>We will rebuild, she said.</blockquote>"
    )
    kinds = [(b.kind, b.level) for b in article.blocks if b.kind in ("heading", "quote")]
    assert kinds == [("heading", 3), ("quote", 0)]


def _lead_page(head: str) -> str:
    return (
        f"<html><head>{head}</head><body><article>"
        '<figure><img src="/img/lead.jpg"><figcaption>The lead picture</figcaption></figure>'
        f"{FILLER}</article></body></html>"
    )


def test_lead_image_is_metadata_when_the_page_names_one() -> None:
    """With og:image the leading figure is `image_url`, and the body starts with text."""
    page = _lead_page('<meta property="og:image" content="https://news.example/img/lead.jpg">')
    article = extract_html(page, url="https://news.example/story/1")
    assert article.image_url == "https://news.example/img/lead.jpg"
    assert article.blocks[0].kind == "paragraph"


def test_lead_image_kept_without_og_image() -> None:
    article = extract_html(_lead_page(""), url="https://news.example/story/1")
    assert article.blocks[0].kind == "image"
    assert article.blocks[0].text == "The lead picture"


def _with_links(middle: str, end: str = "") -> Article:
    links = "".join(
        f'<li><a href="/p/{i}">Linked item number {i} with a long title</a></li>' for i in range(3)
    )
    more = FILLER.replace("Paragraph", "Later paragraph")
    return _extract(f"{middle.format(links=links)}{more}{end.format(links=links)}")


def test_link_list_inside_the_story_is_kept() -> None:
    """A list of links between paragraphs (sources, products) is article content."""
    article = _with_links("<ul>{links}</ul>")
    assert "Linked item number 2" in article.text


def test_link_list_after_the_story_is_dropped() -> None:
    article = _with_links("", "<ul>{links}</ul>")
    assert "Linked item" not in article.text


def test_link_list_under_a_related_heading_is_dropped() -> None:
    article = _with_links("<h3>Related stories</h3><ul>{links}</ul>")
    assert "Linked item" not in article.text
    assert "Later paragraph 0" in article.text

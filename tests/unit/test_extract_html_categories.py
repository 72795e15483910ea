"""Pages from sites never seen: short briefs, captions, related blocks, promotions,
boilerplate in other languages and the wrong container, on hand-made pages.

Each page is made up in the shape the issue describes; none is a copy of a real page.
"""

from __future__ import annotations

import pytest
from bridge_story import BRIDGE_STORY

from newsreader.extract import NotAnArticle, extract_html

BODY = BRIDGE_STORY


def _page(inside: str = "", after: str = "", body: list[str] | None = None) -> str:
    paragraphs = [f"<p>{p}</p>" for p in (body or BODY)]
    half = len(paragraphs) // 2
    return (
        "<html><head><title>Council votes to rebuild bridge</title></head><body>"
        "<div class='page'><div class='story'><h1>Council votes to rebuild bridge</h1>"
        f"{''.join(paragraphs[:half])}{inside}{''.join(paragraphs[half:])}"
        f"</div>{after}</div></body></html>"
    )


def _text(html: str) -> str:
    return extract_html(html, "https://news.example/bridge").text


def _assert_body_intact(text: str) -> None:
    for paragraph in BODY:
        assert paragraph in text


def test_short_brief_is_returned() -> None:
    """A two-paragraph, 300-character breaking-news item is an article."""
    brief = [
        "BERLIN (dpa) — Police closed the main station for two hours on Sunday after a "
        "suitcase was left on a platform.",
        "It held clothes and books; trains were diverted and services were back to "
        "normal by the evening, the operator said.",
    ]
    text = _text(_page(body=brief))
    assert text.startswith("BERLIN (dpa) — Police closed")
    assert text.endswith("the operator said.")


def test_home_page_is_refused_with_a_reason() -> None:
    """A page of headline links is no article, and the refusal says why."""
    links = "".join(
        f"<li><a href='/story/{i}'>Headline number {i} about something that happened "
        f"in town today</a></li>"
        for i in range(30)
    )
    html = f"<html><body><div class='front'><ul>{links}</ul></div></body></html>"
    with pytest.raises(NotAnArticle, match=r"links|article text"):
        extract_html(html)


@pytest.mark.parametrize(
    "caption",
    [
        "<p>The mayor and the engineer shake hands at the bridge on Tuesday. "
        "(AP Photo/Jane Roe)</p>",
        "<p>Councillors leave the town hall after the vote. (Photo by John Doe/Getty Images "
        "for Millbrook Council)</p>",
        "<p>Image</p>",
    ],
)
def test_captions_and_photo_credits_leave_the_body(caption: str) -> None:
    """A caption paragraph ending in a photo credit, or a bare "Image" line, is not body."""
    text = _text(_page(inside=caption))
    _assert_body_intact(text)
    assert "Photo" not in text and "\nImage\n" not in f"\n{text}\n"


def test_promotion_inside_the_body() -> None:
    """DON'T MISS over bracketed headline links, and a SUBSCRIBE line, leave the body."""
    promo = (
        "<p>DON'T MISS<br><a href='/a'>Why the bridge matters for the town [INSIGHT]</a><br>"
        "<a href='/b'>Five things to know about old bridges [NEWS]</a></p>"
        "<p>SUBSCRIBE</p><p>Subscribe to The Millbrook Weekly and stay smart</p>"
    )
    text = _text(_page(inside=promo))
    _assert_body_intact(text)
    for clutter in ("MISS", "INSIGHT", "NEWS]", "SUBSCRIBE", "Subscribe"):
        assert clutter not in text


@pytest.mark.parametrize(
    "label",
    ["More Great Millbrook Stories", "More:", "Você pode gostar", "Самое популярное"],
)
def test_related_links_after_the_body(label: str) -> None:
    """A label after the body followed by a list of links goes, in any language."""
    related = (
        f"<p>{label}</p><ul>"
        "<li><a href='/x'>Village fete raises record sum for the school</a></li>"
        "<li><a href='/y'>Bus timetable changes from Monday</a>, in brief</li>"
        "<li><a href='/z'>New library opens its doors</a></li></ul>"
        "<p>SOURCE: News agencies</p>"
    )
    text = _text(_page().replace("</div></div></body>", f"{related}</div></div></body>"))
    _assert_body_intact(text)
    for clutter in ("Village fete", "Bus timetable", "library", "News agencies"):
        assert clutter not in text


def test_teaser_list_in_another_language_after_the_body() -> None:
    """Reviews and "most popular" teasers in Russian: linked headlines with a blurb each."""
    teasers = "".join(
        f"<div class='b-item'><h3><a href='/r/{i}'>Новость номер {i} о событиях в городе</a>"
        f"</h3><p>Короткое описание новости, всего одно предложение о том, что случилось.</p>"
        "</div>"
        for i in range(4)
    )
    text = _text(_page(after=f"<div class='b-list'><h2>Читайте также</h2>{teasers}</div>"))
    _assert_body_intact(text)
    assert "Новость" not in text and "описание" not in text


def test_post_is_chosen_over_related_posts_with_more_text() -> None:
    """A short post followed by longer related-post teasers: the post is the article."""
    post = (
        "<html><head><title>On patience</title></head><body><div class='main'>"
        "<h1>On patience</h1><div class='entry'><p>Patience is not the ability to wait, but "
        "the ability to keep a good attitude while waiting; the seed does not become a tree "
        "in a day, and the river does not carve the valley in a season.</p>"
        "<p>A reflection for Tuesday, shared by a reader from Lisbon, who asked us to "
        "print it for everyone who is waiting for something this week.</p></div>"
        "<div class='others'><h3>Otras reflexiones</h3>"
        + "".join(
            f"<div class='item'><h4><a href='/{i}'>On virtue number {i}</a></h4><p>Virtue "
            "number {i} is a quiet thing, and it grows when we practise it every day, with "
            "the people we meet and the work we do, whether anyone sees it or not.</p></div>"
            for i in range(5)
        )
        + "</div></div></body></html>"
    )
    text = extract_html(post).text
    assert text.startswith("Patience is not the ability to wait")
    assert text.endswith("waiting for something this week.")
    assert "virtue" not in text.lower()


def test_subheadings_that_link_elsewhere_are_kept() -> None:
    """A list article whose subheadings link to what they review keeps every section."""
    sections = "".join(
        f"<h3><a href='https://shop.example/{i}'>Product {i}</a></h3>"
        f"<p>Product {i} is a sturdy kettle that boils a litre of water in under three "
        "minutes, and its handle stays cool even when it has been on for an hour.</p>"
        for i in range(4)
    )
    html = f"<html><body><article><h1>Best kettles</h1>{sections}</article></body></html>"
    article = extract_html(html)
    for i in range(4):
        assert f"Product {i} is a sturdy kettle" in article.text
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == ["Product 1", "Product 2", "Product 3"]  # between paragraphs


ITEM_LIST = (
    '<script type="application/ld+json">{"@context": "https://schema.org", '
    '"@type": "ItemList", "itemListElement": []}</script>'
)


def test_article_with_an_item_list_in_its_data_is_returned() -> None:
    """An ItemList in the structured data (a carousel) does not turn prose into a listing."""
    html = _page().replace("<head>", f"<head>{ITEM_LIST}")
    _assert_body_intact(_text(html))


def test_declared_listing_without_prose_is_refused_with_a_reason() -> None:
    teasers = "".join(
        f"<p><a href='/s/{i}'>Story {i} about the town and what its council decided</a> "
        "— a short summary of the story under its headline.</p>"
        for i in range(12)
    )
    html = f"<html><head>{ITEM_LIST}</head><body><main>{teasers}</main></body></html>"
    with pytest.raises(NotAnArticle, match="listing"):
        extract_html(html)


def test_embedded_gallery_captions_leave_the_body() -> None:
    """A slideshow inside the story brings its own captions: they are not the article."""
    gallery = (
        "<div class='photo-gallery'><ul>"
        + "".join(
            f"<li><img src='/g/{i}.jpg'><p>{i}/20 A view of another town's bridge, "
            "photographed last summer for the paper's series on old crossings.</p></li>"
            for i in range(3)
        )
        + "</ul></div>"
    )
    text = _text(_page(inside=gallery))
    _assert_body_intact(text)
    assert "another town" not in text


def test_video_blurb_is_not_the_first_paragraph() -> None:
    """A player's blurb above the story ("… discusses …") is not its lede."""
    video = (
        "<div class='story-video-player'><p>Hardware chain co-founder Jane Doe discusses "
        "the company's plans for the town and why she backs the bridge.</p></div>"
    )
    html = _page().replace("</h1>", f"</h1>{video}")
    text = _text(html)
    assert text.startswith(BODY[0])


def test_repeated_paragraph_in_running_text_is_kept() -> None:
    """The author's refrain comes back twice; a caption repeated under pictures does not."""
    refrain = (
        "We will rebuild it stone by stone, the mayor told the crowd, and we will do it together."
    )
    caption = (
        "The old stone bridge over the river in Millbrook, seen from the eastern bank at dawn."
    )
    pictures = "".join(f"<p><img src='/p/{i}.jpg'></p><p>{caption}</p>" for i in range(3))
    html = _page(inside=f"<p>{refrain}</p>{pictures}<p>{refrain}</p>")
    text = _text(html)
    _assert_body_intact(text)
    assert text.count(refrain) == 2
    assert text.count(caption) == 1


def test_gallery_with_more_text_than_the_story_still_goes() -> None:
    """Fifty captioned pictures can outweigh the story; captions in a list are not prose."""
    items = "".join(
        f"<li><h2>{i}/12 Another bridge</h2><p>Bridge number {i} in the county, photographed "
        "for the series on crossings that the paper ran last summer, with the river high "
        "after a week of rain and the old arches just above the water.</p></li>"
        for i in range(12)
    )
    gallery = f"<div class='full-gallery'><ul class='legends'>{items}</ul></div>"
    text = _text(_page(inside=gallery))
    _assert_body_intact(text)
    assert "Bridge number" not in text


def test_one_paragraph_brief_beside_many_links_is_returned() -> None:
    """A one-paragraph item in a container full of links is still the article."""
    links = "".join(f"<li><a href='/t/{i}'>Topic number {i} of the day</a></li>" for i in range(25))
    brief = (
        "<p>The old stone bridge in Millbrook will close for two weeks from Monday while "
        "engineers check its arches, the council said on Friday, and a ferry will carry "
        "pedestrians across the river until it reopens to traffic again.</p>"
    )
    html = f"<html><body><div class='col'><h1>Bridge closes</h1>{brief}<ul>{links}</ul></div></body></html>"
    text = extract_html(html).text
    assert text.startswith("The old stone bridge in Millbrook will close")
    assert "Topic number" not in text


def test_sign_in_box_in_the_header_is_no_login_wall() -> None:
    """Sites put a sign-in form in their header on every page; a brief under it is read."""
    header = (
        "<header><form action='/login'><input type='email' name='e'>"
        "<input type='password' name='p'></form></header>"
    )
    html = _page().replace("<body>", f"<body>{header}")
    _assert_body_intact(_text(html))


def test_text_repeating_an_images_alt_is_its_caption() -> None:
    """A plain `<span>` under a picture that says what its alt text says is a caption
    (no `<figcaption>` marks it): it leaves the body and becomes the image's caption."""
    picture = (
        "<div align='center'><img src='https://img.example/bridge-arch.jpg' "
        "alt='The damaged eastern arch' height='372'>"
        "<span class='small gray'>The damaged eastern arch</span></div>"
    )
    article = extract_html(_page(inside=picture), "https://news.example/bridge")
    _assert_body_intact(article.text)
    assert "damaged eastern arch" not in article.text
    images = [b for b in article.blocks if b.kind == "image"]
    assert [b.text for b in images] == ["The damaged eastern arch"]


def test_text_under_an_image_with_another_alt_stays() -> None:
    """A paragraph under a picture is body text unless it repeats the alt text."""
    picture = "<p><img src='https://img.example/arch.jpg' alt='Bridge' height='300'></p>"
    text = _text(_page(inside=picture))
    _assert_body_intact(text)


def test_slider_credits_leave_the_body() -> None:
    """A slider (another word for a carousel) holds photo credits, not story text."""
    slider = (
        "<div class='article__block article__block_slider'><dl><dt>Фото:</dt>"
        "<dd>личный архив Марии Ивановой</dd></dl></div>"
    )
    text = _text(_page(inside=slider))
    _assert_body_intact(text)
    assert "архив" not in text


def test_heading_over_thumbnails_at_the_end_goes() -> None:
    """A heading at the end with only pictures under it ("You may also like", in any
    language) introduces other posts; it goes with the thumbnails."""
    thumbs = "".join(
        f"<a href='/post-{n}'><img src='https://img.example/post-{n}.jpg' height='200'></a>"
        for n in range(3)
    )
    html = _page().replace(
        "</div></div></body>", f"<h3>Vous aimerez aussi :</h3>{thumbs}</div></div></body>"
    )
    article = extract_html(html, "https://news.example/bridge")
    assert article.blocks[-1].text == BODY[-1]
    assert "aimerez" not in article.text


def test_grid_of_teaser_cards_is_refused() -> None:
    """A home page of cards with unlinked summaries: the best card is one teaser among
    several of the same shape, not an article, and the refusal says so."""
    cards = [
        f"<article class='card'><a href='/story-{n}'><h2>Story number {n}</h2></a>"
        f"<p>{sentence} {BODY[n % 4 - 1]}</p></article>"
        for n, sentence in enumerate(BODY + BODY[:2])
    ]
    columns = "".join(
        f"<section><h2>Section {n}</h2>{cards[2 * n]}{cards[2 * n + 1]}</section>" for n in range(3)
    )
    html = f"<html><body><main><h1>Latest</h1>{columns}</main></body></html>"
    with pytest.raises(NotAnArticle, match="items of the same shape"):
        extract_html(html, "https://news.example/")


def test_story_with_cards_of_other_stories_under_it_is_returned() -> None:
    """The same cards under a real story do not make it a listing."""
    cards = "".join(
        f"<article class='card'><h2><a href='/story-{n}'>Story number {n}</a></h2>"
        f"<div><p>{sentence[:90]}</p></div></article>"
        for n, sentence in enumerate(BODY)
    )
    text = _text(_page(after=f"<section>{cards}</section>"))
    _assert_body_intact(text)


def test_sections_headed_by_h1_in_the_same_template_are_kept() -> None:
    """Long reads on blogging platforms head their sections with `<h1>`: a container of
    the winner's own tag and class is more of the article, headline or not."""
    more = [
        f"{sentence.replace('bridge', 'old bridge')} Residents, engineers and councillors "
        "agreed, after long debate, that the work was needed."
        for sentence in BODY
    ]
    first = "".join(f"<p>{p}</p>" for p in [*BODY, *BODY[:2]])
    second = "".join(f"<p>{p}</p>" for p in more[:3])
    html = (
        "<html><body><article><h1>Council votes to rebuild bridge</h1>"
        f"<div><div class='sec body'>{first}</div></div>"
        "<figure><img src='https://img.example/a.jpg' height='300'></figure>"
        f"<div><div class='sec body'><h1>What comes next</h1>{second}</div></div>"
        "</article></body></html>"
    )
    text = _text(html)
    _assert_body_intact(text)
    assert "What comes next" in text
    for paragraph in more[:3]:
        assert paragraph in text


def test_prose_in_another_page_region_is_not_a_chunk() -> None:
    """Paragraphs in another region of the page (under `<body>` only, with no wrapper
    in common with the story) are not a piece of the story, whatever their classes."""
    about = [
        "Our newsroom has covered the valley since 1901, with reporters in every town, "
        "photographers, editors and a small team of designers.",
        "We are owned by a charitable trust, which means that our journalism is free from "
        "the influence of shareholders, advertisers or politicians.",
        "Readers can reach the editors by letter, by phone, or by visiting the office on "
        "the high street, which is open every weekday.",
    ]
    story = "".join(f"<p>{p}</p>" for p in [*BODY, *BODY])
    other = "".join(f"<p>{p}</p>" for p in about)
    html = (
        "<html><body><div class='x1'><div class='x2'><div class='x3'>"
        f"<h1>Council votes to rebuild bridge</h1>{story}</div></div></div>"
        f"<div class='x4'><section class='x5'><div class='x6'>{other}</div></section></div>"
        "</body></html>"
    )
    text = _text(html)
    _assert_body_intact(text)
    assert "newsroom" not in text


@pytest.mark.parametrize("closing", ["Lo dijo el alcalde.", "市長がそう述べた。"])
def test_short_closing_sentence_beside_the_story_is_kept(closing: str) -> None:
    """A short sibling paragraph after the story's container that ends in a full stop
    (in any script) is the story's last sentence."""
    story = "".join(f"<p>{p}</p>" for p in BODY)
    html = (
        "<html><body><div class='page'><div class='story'>"
        f"<h1>Council votes to rebuild bridge</h1>{story}</div><p>{closing}</p>"
        "</div></body></html>"
    )
    assert _text(html).endswith(closing)


@pytest.mark.parametrize(
    "label",
    [
        "<p>Você pode gostar:</p>",
        "<p><strong>Читайте также</strong></p>",
        "<div>Lesen Sie auch</div>",
    ],
)
def test_label_over_links_after_the_body_goes_in_any_language(label: str) -> None:
    """A short line (not a sentence) right over the list of links after the body is the
    list's label, whatever the language: both go."""
    links = "".join(
        f"<li><a href='/s{n}'>Outra notícia sobre o tema número {n} de hoje</a></li>"
        for n in range(4)
    )
    html = _page().replace("</div></div></body>", f"{label}<ul>{links}</ul></div></div></body>")
    text = _text(html)
    assert text.endswith(BODY[-1])


def test_short_closing_sentence_over_links_stays() -> None:
    """A short last sentence of the story above a list of links is not a label."""
    closing = "The work starts in May."
    links = "".join(f"<li><a href='/s{n}'>Another story number {n}</a></li>" for n in range(3))
    html = _page().replace(
        "</div></div></body>", f"<p>{closing}</p><ul>{links}</ul></div></div></body>"
    )
    assert _text(html).endswith(closing)


def test_thumbnail_cards_inside_the_body_go_without_class_names() -> None:
    """A list whose every item is one link wrapping a picture and a headline is a row of
    other stories, even between paragraphs and with meaningless class names."""
    cards = "".join(
        f"<li><a href='/world/{n}'><div><img src='https://img.example/{n}.jpg'></div>"
        f"<span>Another headline about the river, number {n}</span></a></li>"
        for n in range(3)
    )
    text = _text(_page(inside=f"<div class='x9'><ul class='x8'>{cards}</ul></div>"))
    _assert_body_intact(text)
    assert "Another headline" not in text


def test_gallery_and_product_lists_are_not_cards() -> None:
    """Pictures linked to their image files (a gallery) or links without pictures (the
    article's own list) are not rows of other stories."""
    gallery = "".join(
        f"<li><a href='https://img.example/{n}.jpg'><img src='https://img.example/{n}s.jpg'>"
        f"The arch seen from the north bank, number {n}</a></li>"
        for n in range(3)
    )
    products = "".join(
        f"<li><a href='https://shop.example/{n}'>Stone sealant kit number {n}</a></li>"
        for n in range(3)
    )
    text = _text(_page(inside=f"<ul>{gallery}</ul><ul>{products}</ul>"))
    assert "north bank, number 2" in text
    assert "Stone sealant kit number 2" in text


@pytest.mark.parametrize("date", ["2016年08月03日", "2019-02-21", "21.02.2019 14:30"])
def test_date_in_digits_alone_is_not_body_text(date: str) -> None:
    """A line that is only a date written in digits (East Asian, ISO) is page furniture."""
    text = _text(_page(inside=f"<p>{date}</p>"))
    _assert_body_intact(text)
    assert date not in text

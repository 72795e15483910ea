"""A page built inside one `<form>` (ASP.NET WebForms) keeps its article; a form that is
a box on the page (a sign-up, a search) still goes.

Hand-made pages in the shape those sites take; none is a copy of a real page.
"""

from __future__ import annotations

from bridge_story import BRIDGE_STORY

from newsreader.extract import extract_html

STORY = BRIDGE_STORY
MENU = "".join(f"<a href='/s/{i}'>Section {i}</a> | " for i in range(8))


def test_a_page_inside_one_form_keeps_its_br_separated_story() -> None:
    """The whole page, menu and story, sits in `<form id="aspnetForm">`; the story is
    text with `<br>` between its paragraphs, in a table cell, with no `<p>` at all."""
    story = "<br><br>".join(STORY)
    html = (
        "<html><head><title>Council votes to rebuild bridge</title></head><body>"
        "<form name='aspnetForm' method='post' action='Article.aspx?id=5' id='aspnetForm'>"
        "<input type='hidden' name='__VIEWSTATE' value='abc'>"
        f"<table><tr><td class='menu'>{MENU}</td></tr>"
        f"<tr><td><span class='headline'>Council votes to rebuild bridge</span><br>{story}"
        "</td></tr></table></form></body></html>"
    )
    article = extract_html(html)
    assert all(paragraph in article.text for paragraph in STORY)
    assert "Section 3" not in article.text


def test_a_signup_form_beside_the_story_still_goes() -> None:
    """A form holding a short text of its own is a box on the page, not its wrapper."""
    pitch = (
        "Sign up for our morning newsletter and get the day's most important local "
        "stories, weather and events delivered to your inbox before breakfast, every day. "
    ) * 3
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Council votes to rebuild bridge</title></head><body>"
        f"<div><h1>Council votes to rebuild bridge</h1>{paragraphs}</div>"
        f"<form action='/subscribe' method='post'><div>{pitch}</div>"
        "<input type='email' name='email'></form></body></html>"
    )
    article = extract_html(html)
    assert article.text.startswith(STORY[0])
    assert "newsletter" not in article.text


def test_a_br_story_in_a_box_named_like_clutter_stays() -> None:
    """A page without `<p>` sets its story with `<br>` in a box whose id names a slot
    ("main_byline"); holding most of the text read on the page, it is the story's
    wrapper, whatever its name says. The menu around it, all links, still goes."""
    story = "<br><br>".join(STORY)
    html = (
        "<html><head><title>Council votes to rebuild bridge</title></head><body>"
        f"<div class='menu'>{MENU}</div>"
        f"<div id='main_byline'><b>By Jane Doe</b><br><br>{story}</div>"
        f"<div class='links'>{MENU}</div></body></html>"
    )
    article = extract_html(html)
    assert all(paragraph in article.text for paragraph in STORY)
    assert "Section 3" not in article.text

"""Mechanisms that rest on the shape of a page, not on its class names or its language.

Every page here is hand-made, with meaningless class names (`c1f3`, as CSS-in-JS sites
and minifiers leave them), so that only structure is there to go on.
"""

from __future__ import annotations

from newsreader.extract import extract_html, extract_text

STORY = [
    "The harbour authority said on Monday that the northern pier would close for repairs "
    "from March, after divers found cracks in three of its oldest concrete supports.",
    "Ferries that use the pier will move to the southern terminal for the duration of the "
    "work, which the authority expects to last about eight months.",
    "Fishermen who moor along the pier were offered berths in the marina, free of charge, "
    "until the repairs are finished, a spokeswoman for the authority said.",
    "The pier was last rebuilt in 1974, when a storm tore away its seaward end and two "
    "cranes that stood on it at the time.",
]


def _comments(count: int) -> str:
    """A comment thread in `<p>` paragraphs: a list of boxes, each with a header line
    and the comment's paragraphs in a box of their own."""
    items = "".join(
        f"<li><div class='c9a0'><div class='c1bd'><span>reader{i}</span> 2 days ago</div>"
        f"<div class='c2e7'><p>I have moored my boat at that pier for twenty years, number "
        f"{i}, and the cracks have been there for at least ten of them, so this comes as no "
        f"surprise at all.</p><p>Let us hope the marina berths really are free, and stay "
        f"free, reply {i}.</p></div></div></li>"
        for i in range(count)
    )
    return f"<ul class='c5d4'>{items}</ul>"


def test_br_separated_story_beats_a_comment_thread_in_paragraphs() -> None:
    """A story written as bare text split by `<br>` (no `<p>` at all) is the body, even
    when the comments under it are in `<p>` and hold more text."""
    story = "<br><br>".join(STORY)
    html = (
        "<html><body><div class='c7c2'><h1>Northern pier to close for repairs</h1>"
        f"<div class='c33e'>{story}</div></div>"
        f"<div class='c8a1'>{_comments(8)}</div></body></html>"
    )
    text = extract_html(html, "https://port.example/pier").text
    for paragraph in STORY:
        assert paragraph in text
    assert "reader3" not in text and "moored my boat" not in text


FILMS = [
    (
        "Harbour Lights",
        "1951",
        "A lighthouse keeper relives the night of the great storm until "
        "he finds the ship that was lost, and the crew that he failed to warn.",
    ),
    (
        "The Long Tide",
        "1978",
        "Two sisters wake each morning on the day their father's boat "
        "went down, and each time they try a different way to keep him ashore.",
    ),
    (
        "Pier Seven",
        "1993",
        "A ferry captain is caught in one crossing that never ends, with "
        "the same passengers, the same quarrel and the same fog over the bay.",
    ),
    (
        "Undertow",
        "2008",
        "A diver surfaces again and again into the same afternoon, and "
        "learns a little more each time about the wreck beneath the harbour wall.",
    ),
]


def _film_table(copies: int = 1) -> str:
    rows = "".join(
        f"<tr><td><i><a href='/wiki/{name.replace(' ', '_')}'>{name}</a></i></td>"
        f"<td>{year}</td><td>{about}</td></tr>"
        for name, year, about in FILMS * copies
    )
    return f"<table class='c0b1'><tbody><tr><th>Film</th><th>Year</th><th>Plot</th></tr>{rows}</tbody></table>"


INTRO = (
    "This list gathers films set in harbours and ports in which a character lives the same "
    "stretch of time over and over, until something in the loop is put right."
)


def test_data_table_that_wins_brings_the_prose_around_it() -> None:
    """A long table outscores the two paragraphs that introduce it (every cell counts);
    the article is the table's container, prose and table together, even when the table
    sits in a wrapper of its own (a scrolling box)."""
    html = (
        "<html><body><div class='c71e'><h1>Films set in harbours</h1>"
        f"<p>{INTRO}</p><p>Films about harbours without a loop are listed elsewhere, "
        "with the documentaries about ports, fishing and ferries.</p>"
        f"<div class='c0b2'>{_film_table(copies=3)}</div></div></body></html>"
    )
    text = extract_html(html, "https://films.example/harbours").text
    assert INTRO in text
    for _name, _year, about in FILMS:
        assert about in text


def test_link_cell_beside_data_is_kept_and_a_menu_cell_is_not() -> None:
    """The name of a row is a link (to the film's page) beside cells of text: it is data.
    A layout table's menu cell, links stacked on lines, is still navigation."""
    menu = "<br>".join(f"<a href='/s/{n}'>Section {n}</a>" for n in range(6))
    html = (
        "<html><body><table class='c3f2'><tr>"
        f"<td>{menu}</td><td><h1>Films set in harbours</h1><p>{INTRO}</p>"
        f"{_film_table()}</td></tr></table></body></html>"
    )
    text = extract_html(html, "https://films.example/harbours").text
    for name, _year, _about in FILMS:
        assert name in text
    assert "Section 2" not in text


def test_source_line_breaks_are_spaces_and_br_breaks_a_line() -> None:
    """A paragraph wrapped in the page's source reads as one line, as a browser shows
    it; a `<br>` inside it is a real line break; a `<pre>` keeps its lines."""
    wrapped = STORY[0].replace(" that ", "\nthat ").replace(" after ", "\n   after ")
    html = (
        "<html><body><article><h1>Northern pier to close</h1>"
        f"<p>{wrapped}</p><p>{STORY[1]}<br>{STORY[2]}</p><pre>line one\nline two</pre>"
        f"<p>{STORY[3]}</p></article></body></html>"
    )
    blocks = extract_html(html, "https://port.example/pier").blocks
    texts = [b.text for b in blocks]
    assert texts[0] == STORY[0]
    assert texts[1] == f"{STORY[1]}\n{STORY[2]}"
    assert "line one\nline two" in texts


def test_plain_numbered_heading_keeps_its_number_and_a_numbered_run_is_a_list() -> None:
    """In plain text, "2. Check the ropes" standing alone over prose is a numbered
    section heading: its number is part of what it says. Numbered lines in a run are a
    list, and their numbers are its markers."""
    text = "\n\n".join(
        [
            "Five things to check before you moor",
            "1. Look at the bollards",
            STORY[0],
            "2. Check the ropes",
            STORY[1],
            "The berths that are free this winter:",
            "1. North quay",
            "2. Marina pontoon",
            "3. Old slipway",
            STORY[2],
        ]
    )
    article = extract_text(text)
    assert "1. Look at the bollards" in article.text
    assert "2. Check the ropes" in article.text
    items = [b for b in article.blocks if b.kind == "list_item"]
    assert [b.text for b in items] == ["North quay", "Marina pontoon", "Old slipway"]
    assert all(b.ordered for b in items)


def test_mathml_formula_is_text_and_its_annotation_is_not() -> None:
    """A formula in MathML is part of the sentence that holds it; the TeX source kept in
    its `<annotation>` is never shown by a browser, and is not either."""
    formula = (
        "<math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow>"
        "<annotation encoding='application/x-tex'>a \\neq 0</annotation></semantics></math>"
    )
    html = (
        "<html><body><article><h1>Quadratic equations</h1>"
        f"<p>{STORY[0]}</p><p>When {formula}, there are two solutions to the equation, "
        f"and the formula below gives both of them at once.</p><p>{STORY[1]}</p>"
        "</article></body></html>"
    )
    text = extract_html(html, "https://maths.example/quadratic").text
    assert "When a≠0, there are two solutions" in text
    assert "neq" not in text


def test_plain_caps_line_inside_the_body_is_kept_and_one_in_the_head_is_not() -> None:
    """A short ALL-CAPS line before the first paragraph is a section label or a
    dateline; past the first paragraph it is the text's own ("STAFF", a price line)."""
    text = "\n\n".join(
        [
            "WORLD",
            "Northern pier to close for repairs",
            "HARBOURTON",
            STORY[0],
            "TICKETS",
            "VIP : 60,000₩",
            STORY[1],
        ]
    )
    article = extract_text(text)
    assert article.section == "World"
    assert article.text.startswith(STORY[0])
    assert "TICKETS" in article.text and "VIP : 60,000₩" in article.text
    assert "HARBOURTON" not in article.text


def test_boxes_named_in_other_languages_are_clutter() -> None:
    """'Leia também' (pt), 'noticias relacionadas' (es) and 'comentarios' boxes named in
    their own language go as their English names do."""
    teaser = (
        "<p>O porto do norte vai fechar para obras a partir de março, disse a autoridade "
        "portuária, depois de mergulhadores encontrarem fissuras nos pilares.</p>"
    )
    html = (
        "<html><body><div class='materia'><h1>Northern pier to close</h1>"
        + "".join(f"<p>{p}</p>" for p in STORY[:2])
        + f"<div class='box-leia-tambem'>{teaser}</div>"
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
        + f"<div class='noticias-relacionadas'>{teaser}</div>"
        + "<section id='comentarios'><p>Un lector: ya era hora de que arreglaran ese "
        "muelle, lleva años en mal estado y nadie hacía nada al respecto.</p></section>"
        "</div></body></html>"
    )
    text = extract_html(html, "https://porto.example/pier").text
    for paragraph in STORY:
        assert paragraph in text
    assert "fissuras" not in text and "Un lector" not in text


def test_br_separated_story_inside_a_font_wrapper_is_found() -> None:
    """Old pages put the `<br>`-split story in a `<font>` inside its block."""
    story = "<br><br>".join(STORY)
    html = (
        "<html><body><div class='c7c2'><h1>Northern pier to close for repairs</h1>"
        f"<div class='c33e'><font size='2'>{story}</font></div></div>"
        f"<div class='c8a1'>{_comments(8)}</div></body></html>"
    )
    text = extract_html(html, "https://port.example/pier").text
    for paragraph in STORY:
        assert paragraph in text
    assert "moored my boat" not in text


def test_plain_caps_labels_in_the_body_still_drop_their_lists() -> None:
    """Keeping ALL-CAPS lines past the first paragraph must not keep the labels of
    promotions: "ALSO READ" / "RELATED" and the headlines under them go, and an ad
    slot's "SCROLL TO CONTINUE WITH CONTENT" / "SKIP ADVERTISEMENT" and a lone "SIGN UP"
    go, while the story runs on."""
    text = "\n\n".join(
        [
            "Northern pier to close for repairs",
            STORY[0],
            "ALSO READ",
            "Ferry fares to rise in the spring",
            "Marina opens new visitor berths",
            STORY[1],
            "SCROLL TO CONTINUE WITH CONTENT",
            STORY[2],
            "SKIP ADVERTISEMENT",
            "SIGN UP",
            "RELATED",
            "Storm damage closes coastal road",
            STORY[3],
        ]
    )
    body = extract_text(text).text
    for paragraph in STORY:
        assert paragraph in body
    for clutter in ("ALSO READ", "Ferry fares", "Marina", "SCROLL", "SKIP", "SIGN", "RELATED"):
        assert clutter not in body


def test_paragraph_alone_with_a_picture_in_a_wrapper_is_its_caption() -> None:
    """A `<p>` that shares a wrapper with one picture and nothing else is the picture's
    caption (WordPress writes them so), not body text; a picture inside a paragraph
    or among the body's paragraphs takes none."""
    caption = "Divers inspecting the northern pier's supports in January."
    html = (
        "<html><body><div class='c1a2'><h1>Northern pier to close</h1>"
        f"<p><img src='/lead.jpg' alt=''>{STORY[0]}</p>"
        f"<div class='c9f1'><a href='/full.jpg'><img src='/divers.jpg' alt=''></a>"
        f"<p class='c0d3'>{caption}</p></div>"
        f"<p>{STORY[1]}</p><img src='/ferry.jpg' alt=''><p>{STORY[2]}</p>"
        f"<p>{STORY[3]}</p></div></body></html>"
    )
    article = extract_html(html, "https://port.example/pier")
    for paragraph in STORY:
        assert paragraph in article.text
    assert caption not in article.text
    images = {
        b.url.rsplit("/", 1)[-1]: b.text for b in article.blocks if b.kind == "image" and b.url
    }
    assert images["divers.jpg"] == caption
    assert images["ferry.jpg"] == ""

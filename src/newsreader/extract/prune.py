"""Unlink page clutter before the main content is scored.

Page furniture (`nav`, `aside`, `footer`, roles like `navigation`), hidden elements and
containers whose class or id names a clutter family (see `clutter`) are removed from
the tree, so that a long comment thread or a "most popular" rail cannot win the
scoring. The guards: an element that holds much of the page's paragraph text is the
article's wrapper, whatever its classes say, and stays; so does a `<form>` that holds
most of the page's text (a page built inside one form, as ASP.NET builds them).
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsreader.extract.clutter import FURNITURE_TAGS
from newsreader.extract.hints import class_family, is_protected, special_reason

# Containers whose class/id is checked for clutter. Inline elements (a, span, li, img)
# are skipped: clutter they hold sits in a classed container, and they are half of all
# classed elements on a typical page.
_CONTAINER_TAGS: Final = frozenset(
    {
        "div",
        "section",
        "ul",
        "ol",
        "p",
        "figure",
        "ins",
        "table",
        "dl",
        "aside",
        "header",
        "footer",
        "form",
        "article",
    }
)
_SPECIAL: Final = ", ".join(FURNITURE_TAGS) + ", [role], [hidden], [aria-hidden], [style]"
"""Presence tests only: case-insensitive substring selectors cost more than checking
the few matching elements in Python."""
_NEVER_ARTICLE: Final = frozenset(
    {"ul", "ol", "dl", "li", "p", "figure", "ins", "nav", "aside", "header", "footer", "menu"}
)
"""Tags that never wrap a whole article, so their text need not be measured."""


def remove_clutter(tree: LexborHTMLParser) -> None:
    """Unlink page furniture, hidden elements and class/id clutter before scoring.

    An element is kept despite a clutter hint when it holds a large share of the page's
    paragraph text: a wrapper called "content with-sidebar" or "field--label-hidden"
    that contains the article must survive, whatever its classes say.
    """
    body = tree.body
    if body is None:
        return
    paragraph_text = 0  # computed on first need: most pages never ask
    doomed: list[LexborNode] = [
        node for node in body.css(_SPECIAL) if special_reason(node.tag or "", node.attributes)
    ]
    for node in body.css("[class], [id]"):
        if node.tag not in _CONTAINER_TAGS:
            continue
        attrs = node.attributes
        if class_family(attrs.get("class"), attrs.get("id")) is not None and not is_protected(
            node.tag or "", attrs
        ):
            doomed.append(node)
    # One scan for both shapes: headline links and pictures in list items.
    headline_links: list[LexborNode] = []
    listed_pictures: list[LexborNode] = []
    for node in body.css(f"{_LINKED_HEADINGS}, li img"):
        (listed_pictures if node.tag == "img" else headline_links).append(node)
    for node in [*_teaser_lists(headline_links), *_thumbnail_lists(listed_pictures)]:
        node.remove()  # by shape: no guard, the teasers may hold more text than the story
    body_text = running_text = 0
    for node in doomed:
        if node.tag not in _NEVER_ARTICLE and len(node.text()) >= 500:
            if not paragraph_text:
                paragraph_text = sum(len(p.text()) for p in body.css("p")) or 1
            if paragraph_text < _PARAGRAPHS_WRITTEN:
                # No running text in `<p>`: the page sets it with `<br>` in cells and
                # divs, as pages of the 2000s did; weigh the text outside links instead.
                running_text = running_text or _running_text(body) or 1
                if 5 * _running_text(node) > 2 * running_text:
                    continue
            elif _holds_article(node, paragraph_text) and not _only_discussion(
                node, paragraph_text
            ):
                continue
            if node.tag == "form":
                body_text = body_text or len(body.text())
                if _wraps_page(node, body_text):
                    continue
        node.remove()


_LINKED_HEADINGS: Final = "h2 > a[href], h3 > a[href], h4 > a[href], h5 > a[href], h6 > a[href]"
_TEASER_ITEMS: Final = 3
_TEASER_TEXT: Final = 400
"""Characters per item: a teaser is a headline and a sentence or two, not a section."""


def _teaser_lists(headline_links: list[LexborNode]) -> list[LexborNode]:
    """Lists of other stories, found by shape alone, in any language and any markup.

    Three or more sibling items, each with its own heading that is a link to another
    page, and little text per item: "related posts", "more from this section". An
    article whose subheadings link somewhere keeps them in one flow (one parent), so
    it never has three separate items.
    """
    items_by_list: dict[int, tuple[LexborNode, set[int]]] = {}
    for link in headline_links:
        heading = link.parent
        href = link.attributes.get("href") or ""
        if heading is None or href.startswith("#"):
            continue
        if 2 * len(link.text(strip=True)) < len(heading.text(strip=True)):
            continue  # a heading with a link inside, not a headline link
        item = heading.parent
        container = item.parent if item is not None else None
        if item is None or container is None or container.tag in ("body", "html"):
            continue
        entry = items_by_list.setdefault(container.mem_id, (container, set()))
        entry[1].add(item.mem_id)
    found = []
    for container, items in items_by_list.values():
        if len(items) < _TEASER_ITEMS or container.css_first("h1") is not None:
            continue
        if container.tag in ("article", "main"):
            continue
        if len(container.text(strip=True)) > _TEASER_TEXT * len(items):
            continue
        found.append(container)
    return found


_CARD_TEXT: Final = 200
_IMAGE_FILE: Final = (".jpg", ".jpeg", ".png", ".gif", ".webp")


def _thumbnail_lists(pictures: list[LexborNode]) -> list[LexborNode]:
    """Lists whose every item is one link wrapping a picture and a headline: cards of
    other stories ("related articles" rows), in any language, named or not.

    A gallery links its pictures to image files, and a list of the article's own
    (products, sources) has no pictures inside its links; neither is taken. Only lists
    with a picture in an item are looked at, found from the pictures (menus have none).
    """
    found = []
    seen: set[int] = set()
    for img in pictures:
        item = img.parent
        while item is not None and item.tag != "li":
            item = item.parent
        listing = item.parent if item is not None else None
        if listing is None or listing.tag not in ("ul", "ol") or listing.mem_id in seen:
            continue
        seen.add(listing.mem_id)
        if _cards_only(listing):
            found.append(listing)
    return found


def _cards_only(listing: LexborNode) -> bool:
    """Every item of the list (two or more) is one link around a picture and a headline."""
    items = [child for child in _children(listing) if child.tag == "li"]
    if len(items) < 2:
        return False
    for item in items:
        links = item.css("a[href]")
        if len(links) != 1 or links[0].css_first("img") is None:
            return False
        href = (links[0].attributes.get("href") or "").split("?")[0].lower()
        if href.startswith("#") or href.endswith(_IMAGE_FILE):
            return False
        text = item.text(strip=True)
        if not text or len(text) > _CARD_TEXT or 2 * len(links[0].text(strip=True)) < len(text):
            return False
    return True


def _children(node: LexborNode) -> list[LexborNode]:
    children = []
    child = node.child
    while child is not None:
        children.append(child)
        child = child.next
    return children


_PARAGRAPHS_WRITTEN: Final = 500
"""Characters of `<p>` text below which a page does not write its article in `<p>`."""


def _running_text(node: LexborNode) -> int:
    """Characters of text outside links: what is read, not clicked."""
    return len(node.text()) - sum(len(link.text()) for link in node.css("a"))


def _wraps_page(form: LexborNode, body_text: int) -> bool:
    """A form that holds most of the page's text is the page's wrapper, not a box on it.

    ASP.NET WebForms and some portals put the whole page, article included, inside one
    `<form>` (`aspnetForm`); a search box, a sign-in or a comment form holds a few
    fields. Pages of that age often set their text with `<br>` rather than `<p>`, so
    `_holds_article`, which weighs paragraphs, cannot tell.
    """
    return 2 * len(form.text()) > body_text


_WHOLE_PAGE: Final = 0.9
"""Share of the page's `<p>` text a "comments" box must hold to be taken for a wrapper
of the article and its discussion both."""


def _only_discussion(node: LexborNode, paragraph_text: int) -> bool:
    """A box named for comments that holds the discussion alone, not the article too.

    Under a short article a long thread holds most of the page's paragraphs, which is
    what the wrapper guard looks for; the thread does not hold the headline, and leaves
    the article's own paragraphs outside it. A wrapper named for comments ("post
    comments-open") holds the headline or nearly all the paragraphs.
    """
    attrs = node.attributes
    if class_family(attrs.get("class"), attrs.get("id")) != "comments":
        return False
    if node.css_first("h1, article, main, [itemprop=articleBody]") is not None:
        return False
    inside = sum(len(p.text()) for p in node.css("p"))
    return inside < _WHOLE_PAGE * paragraph_text


def _holds_article(node: LexborNode, paragraph_text: int) -> bool:
    """True when `node` (with 500+ characters of text) contains much of the page's
    paragraph text outside list items, or an article element."""
    if node.css_first("article, main, [itemprop=articleBody]") is not None:
        return True
    inside = sum(len(p.text()) for p in node.css("p"))
    if inside * 5 <= paragraph_text * 2:
        return False
    # Paragraphs that sit in list items are captions of a gallery or teasers, not the
    # running text an article wrapper holds.
    listed = sum(len(p.text()) for p in node.css("li p"))
    return (inside - listed) * 5 > paragraph_text * 2

"""Unlink page clutter before the main content is scored.

Page furniture (`nav`, `aside`, `footer`, roles like `navigation`), hidden elements and
containers whose class or id names a clutter family (see `clutter`) are removed from
the tree, so that a long comment thread or a "most popular" rail cannot win the
scoring. The one guard: an element that holds much of the page's paragraph text is the
article's wrapper, whatever its classes say, and stays.
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
    for node in doomed:
        if node.tag not in _NEVER_ARTICLE and len(node.text()) >= 500:
            if not paragraph_text:
                paragraph_text = sum(len(p.text()) for p in body.css("p")) or 1
            if _holds_article(node, paragraph_text):
                continue
        node.remove()


def _holds_article(node: LexborNode, paragraph_text: int) -> bool:
    """True when `node` (with 500+ characters of text) contains much of the page's
    paragraph text or an article element."""
    if node.css_first("article, main, [itemprop=articleBody]") is not None:
        return True
    inside = sum(len(p.text()) for p in node.css("p"))
    return inside * 5 > paragraph_text * 2

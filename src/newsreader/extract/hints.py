"""Read the signals an element carries: class/id hints, roles, visibility.

Kept apart from the walkers so that the scorer and the block walker ask the same
questions in the same way.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

from newsreader.extract.clutter import CLUTTER_RE, POSITIVE_RE

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})


def hint_string(node: LexborNode) -> str:
    """Lower-cased class, id and a few descriptive attributes, joined by spaces."""
    attrs = node.attributes
    parts = [attrs.get("class"), attrs.get("id"), attrs.get("data-component")]
    label = attrs.get("aria-label")
    if label and len(label) < 40:
        parts.append(label.replace(" ", "-"))
    return " ".join(p for p in parts if p).lower()


def clutter_match(node: LexborNode) -> str | None:
    """The clutter family named by the element's class/id, or None."""
    hints = hint_string(node)
    if not hints:
        return None
    match = CLUTTER_RE.search(hints)
    return match.lastgroup if match else None


def is_positive(node: LexborNode) -> bool:
    hints = hint_string(node)
    return bool(hints) and POSITIVE_RE.search(hints) is not None


def is_clutter_node(node: LexborNode) -> bool:
    """True when an element is clutter by its class/id, unless it is an article wrapper.

    `<article>`, `<main>` and `itemprop=articleBody` elements are never clutter, whatever
    their classes say ("article--has-share-bar").
    """
    if node.tag in _PROTECTED_TAGS:
        return False
    if clutter_match(node) is None:
        return False
    return "articlebody" not in (node.attributes.get("itemprop") or "").lower()


def is_hidden(node: LexborNode) -> bool:
    """Hidden by the `hidden` attribute, aria-hidden or an inline display:none."""
    attrs = node.attributes
    if not attrs:
        return False
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None

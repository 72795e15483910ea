"""Read the signals an element carries: class/id hints, roles, visibility.

Kept apart from the walkers so that the scorer and the block walker ask the same
questions in the same way. Functions take the attribute dict rather than the node:
selectolax builds a fresh dict on every `.attributes` access, and this code runs on
every element of every page.
"""

from __future__ import annotations

import re

from newsreader.extract.clutter import (
    FURNITURE_ROLES,
    FURNITURE_TAGS,
    clutter_family,
    is_positive_hint,
)

Attributes = dict[str, str | None]

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_PROTECTED_TAGS = frozenset({"html", "body", "main", "article"})
_FURNITURE = frozenset(FURNITURE_TAGS)


def hint_string(attrs: Attributes) -> str:
    """Lower-cased class and id, joined by a space."""
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower().strip()


_FAMILY_CACHE: dict[str, str | None] = {}
_FAMILY_CACHE_LIMIT = 50_000


def class_family(class_value: str | None, id_value: str | None) -> str | None:
    """The clutter family named by a class/id pair, or None.

    Whole attribute values are cached: this runs on every classed container of every
    page, and the same class strings come back all the time.
    """
    for value in (class_value, id_value):
        if not value:
            continue
        family = _FAMILY_CACHE.get(value, "")
        if family == "":
            if len(_FAMILY_CACHE) > _FAMILY_CACHE_LIMIT:
                _FAMILY_CACHE.clear()
            family = _FAMILY_CACHE[value] = clutter_family(value.lower())
        if family is not None:
            return family
    return None


def special_reason(tag: str, attrs: Attributes) -> str | None:
    """Clutter by tag, role or visibility (not by class/id): "furniture" or "hidden"."""
    if tag in _FURNITURE:
        return "furniture"
    if not attrs:
        return None
    if is_hidden(attrs):
        return "hidden"
    role = attrs.get("role")
    if role and role.lower() in FURNITURE_ROLES:
        return "furniture"
    return None


def is_protected(tag: str, attrs: Attributes) -> bool:
    """`<article>`, `<main>` and `itemprop=articleBody` are never clutter by class."""
    return tag in _PROTECTED_TAGS or "articlebody" in (attrs.get("itemprop") or "").lower()


def clutter_reason(tag: str, attrs: Attributes) -> str | None:
    """Why an element is page clutter ("ads", "hidden", "furniture"…), or None.

    Protected elements (see `is_protected`) are never clutter by class, whatever their
    classes say ("article--has-share-bar").
    """
    reason = special_reason(tag, attrs)
    if reason is not None or not attrs:
        return reason
    family = class_family(attrs.get("class"), attrs.get("id"))
    if family is None or is_protected(tag, attrs):
        return None
    return family


def is_positive(attrs: Attributes) -> bool:
    """The class/id names article content ("article-body", "entry-content")."""
    hints = hint_string(attrs)
    return bool(hints) and is_positive_hint(hints)


def is_hidden(attrs: Attributes) -> bool:
    """Hidden by the `hidden` attribute, aria-hidden or an inline display:none."""
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    style = attrs.get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None

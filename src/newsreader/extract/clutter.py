"""Clutter knowledge as data: what non-article parts of a news page look like.

Everything the extractor knows about consent banners, ads, share bars, newsletter and
paywall prompts, related links and comments lives in the tables below, so adding a
new vendor is a one-line change and the matching code stays generic. Patterns match
lower-cased `class`/`id` values (and a few other attributes); sentence patterns match
whole blocks of text and live in `boilerplate`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsreader.extract.boilerplate import clean_caption, is_boilerplate

__all__ = [
    "CLUTTER_FAMILIES",
    "FURNITURE_ROLES",
    "FURNITURE_TAGS",
    "NEVER_TEXT_TAGS",
    "POSITIVE_HINTS",
    "clean_caption",
    "clutter_family",
    "is_boilerplate",
    "is_positive_hint",
]

# Per family: `substrings` match anywhere in a class/id value (distinctive words that are
# safe inside compounds like "articleShareBar"); `tokens` must stand alone between
# separators (short words like "ad" that hide inside "header" or "read").
CLUTTER_FAMILIES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "consent": {
        "substrings": (
            "onetrust",
            "optanon",
            "ot-sdk",
            "cookiebot",
            "cybotcookie",
            "didomi",
            "qc-cmp",
            "quantcast",
            "truste",
            "trustarc",
            "usercentrics",
            "cookie",
            "consent",
            "gdpr",
            "sp_message",
            "fc-consent",
            "privacy-banner",
            "privacy-notice",
            "cmp-",
            "cmpbox",
        ),
        "tokens": ("cmp", "ccpa"),
    },
    "ads": {
        "substrings": (
            "advert",
            "adslot",
            "ad-slot",
            "ad-container",
            "ad-wrapper",
            "adunit",
            "ad-unit",
            "adsbygoogle",
            "google_ads",
            "gpt-ad",
            "dfp-",
            "sponsor",
            "taboola",
            "outbrain",
            "teads",
            "dianomi",
            "native-ad",
            "adblock",
            "banner-ad",
            "billboard",
            "leaderboard",
            "mrec",
            "commercial",
            "publicidad",
            "publicite",
            "werbung",
        ),
        "tokens": ("ad", "ads", "adv", "dfp", "promo", "promos", "promoted", "banner", "sky"),
    },
    "social": {
        "substrings": (
            "share",
            "social",
            "sociable",
            "addthis",
            "sharethis",
            "follow-us",
            "followus",
            "whatsapp",
            "twitter-follow",
            "facebook-like",
            "compartir",
            "partager",
            "compartilh",
        ),
        "tokens": ("tweet", "facebook", "pinterest", "linkedin"),
    },
    "newsletter": {
        "substrings": (
            "newsletter",
            "subscribe",
            "subscription",
            "signup",
            "sign-up",
            "paywall",
            "regwall",
            "piano",
            "tp-modal",
            "tp-container",
            "meter",
            "registration",
            "login",
            "log-in",
            "premium-",
            "membership",
            "donate",
            "donation",
        ),
        "tokens": ("optin", "cta"),
    },
    "related": {
        "substrings": (
            "related",
            "recommend",
            "read-more",
            "readmore",
            "read-next",
            "readnext",
            "more-stories",
            "morestories",
            "more-from",
            "most-popular",
            "mostpopular",
            "most-read",
            "mostread",
            "trending",
            "also-read",
            "you-may",
            "youmay",
            "next-article",
            "recirc",
            "more-news",
            "morenews",
            "more-articles",
            "top-stories",
            "latest-news",
            "editors-pick",
            "further-reading",
            "story-list",
            "card-list",
            "headlines",
            # The same boxes named in other languages (pt, es, fr, it, de).
            "relacionad",
            "leia-tambem",
            "leiatambem",
            "veja-tambem",
            "mais-lidas",
            "maislidas",
            "mas-leidas",
            "masleidas",
            "mas-vistos",
            "lire-aussi",
            "lireaussi",
            "voir-aussi",
            "articles-lies",
            "leggi-anche",
            "correlati",
            "verwandt",
            "weitere-artikel",
            "populares",
        ),
        "tokens": ("popular", "more", "latest", "trending", "related", "outbrain", "upnext"),
    },
    "comments": {
        "substrings": (
            "comment",
            "disqus",
            "discussion",
            "respond",
            "reply",
            "reactions",
            "comentario",
            "kommentar",
        ),
        "tokens": ("talk",),
    },
    "chrome": {
        "substrings": (
            "navbar",
            "navigation",
            "breadcrumb",
            "sidebar",
            "side-bar",
            "masthead",
            "toolbar",
            "skip-link",
            "skiplink",
            "pagination",
            "pager",
            "widget",
            "modal",
            "popup",
            "pop-up",
            "overlay",
            "lightbox",
            "tooltip",
            "dropdown",
            "visually-hidden",
            "visuallyhidden",
            "sr-only",
            "screen-reader",
            "screenreader",
            "offscreen",
            "print-only",
            "byline",
            "author-bio",
            "author-info",
            "authorinfo",
            "tag-list",
            "taglist",
            "post-tags",
            "article-tags",
            "topics",
            "timestamp",
            "publish-date",
            "article-meta",
            "post-meta",
            "entry-meta",
            "copyright",
            "disclaimer",
            "noprint",
            "site-header",
            "site-footer",
            "menu",
            "player",
            "video-js",
            "brightcove",
            "video-embed",
        ),
        "tokens": (
            "nav",
            "menu",
            "footer",
            "header",
            "tags",
            "meta",
            "aside",
            "toc",
            "rail",
            "rightrail",
            "right-rail",
            "left-rail",
            "credit",
            "credits",
            "gallery",
            "slideshow",
            "carousel",
            "slider",
        ),
    },
}

# Words that mark a container as probably holding the article. A node whose class/id
# matches one of these is scored up, and is never removed as clutter on a weak match.
POSITIVE_HINTS: Final[tuple[str, ...]] = (
    "article",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "richtext",
    "rich-text",
    "paragraph",
    "column",
)

# Tags that never carry article text (their contents would leak code or UI strings).
# MathML is text (a formula reads "a ≠ 0"); only its annotations, the TeX source or
# markup a browser never shows, are not.
NEVER_TEXT_TAGS: Final[tuple[str, ...]] = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "annotation",
    "annotation-xml",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "button",
    "select",
    "option",
    "textarea",
    "input",
    "label",
    "dialog",
    "head",
    "title",
    "link",
    "meta",
)

# Structural tags that are page furniture rather than article body.
FURNITURE_TAGS: Final[tuple[str, ...]] = ("nav", "aside", "footer", "header", "menu", "form")

# ARIA roles of page furniture.
FURNITURE_ROLES: Final[frozenset[str]] = frozenset(
    {
        "navigation",
        "banner",
        "complementary",
        "contentinfo",
        "dialog",
        "alertdialog",
        "menu",
        "menubar",
        "toolbar",
        "search",
        "alert",
        "tooltip",
    }
)


def _trie_pattern(words: list[str]) -> str:
    """A regex alternation shaped as a trie, so matching tries one branch per position.

    A flat alternation of 150 literals makes `re` try every literal at every offset;
    the trie form is several times faster on the class strings of a whole page.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else f"(?:{'|'.join(branches)})"
        return (
            f"{body}?"
            if optional and len(branches) == 1 and len(body) == 1
            else (f"(?:{body})?" if optional else body)
        )

    return build(trie)


_SUBSTRING_FAMILY: Final[dict[str, str]] = {
    word: family
    for family, words in reversed(CLUTTER_FAMILIES.items())
    for word in words["substrings"]
}
_SUBSTRING_RE: Final[re.Pattern[str]] = re.compile(_trie_pattern(list(_SUBSTRING_FAMILY)))
_TOKEN_FAMILY: Final[dict[str, str]] = {
    token: family
    for family, words in reversed(CLUTTER_FAMILIES.items())
    for token in words["tokens"]
}
_SEPARATORS: Final[re.Pattern[str]] = re.compile(r"[^a-z0-9]+")

POSITIVE_RE: Final[re.Pattern[str]] = re.compile("|".join(map(re.escape, POSITIVE_HINTS)))


def clutter_family(hints: str) -> str | None:
    """Return the clutter family a lower-cased class/id string belongs to, or None.

    Works name by name (class names are whitespace-separated), each name's verdict
    cached: pages repeat a few hundred class names thousands of times, and a regex
    search over the whole string costs microseconds per element.
    """
    for name in hints.split():
        family = _name_family(name)
        if family is not None:
            return family
    return None


@lru_cache(maxsize=32768)
def _name_family(name: str) -> str | None:
    """The clutter family of one class name or id ("article-share-bar" -> "social")."""
    match = _SUBSTRING_RE.search(name)
    if match is not None:
        return _SUBSTRING_FAMILY[match.group()]
    for token in _SEPARATORS.split(name):
        family = _TOKEN_FAMILY.get(token)
        if family is not None:
            return family
    return None


@lru_cache(maxsize=8192)
def is_positive_hint(hints: str) -> bool:
    """True when a lower-cased class/id string names article content."""
    return POSITIVE_RE.search(hints) is not None

"""Boilerplate sentences: text that is clutter whatever element (or line) holds it.

"ADVERTISEMENT", "We use cookies on our website…", "Sign up for our newsletter", "Read
more", photo credits. Shared by the HTML path (per block), the plain-text path (per
line) and feed fragments. Patterns are written in lower case and matched against
lower-cased text, which is faster than a case-insensitive regex.
"""

from __future__ import annotations

import re
from typing import Final

# Whole blocks of boilerplate, in two tables: patterns that only ever match a short
# block (labels, interface words), tried on blocks of up to 120 characters, and
# patterns with a tail of free text, tried on blocks of up to 400. Splitting them
# halves the regex work on ordinary paragraphs, which never match either.
_AD_MARKER_PATTERNS: Final[tuple[str, ...]] = (
    r"(skip )?(advertisement|advertising|ad|anzeige|publicidad|publicité|pubblicità|reklame|"
    r"реклама|広告|广告)",
    r"ad(vertisement)?\s*[-–—:]?\s*(continue|scroll) (reading|down|to continue)( below)?.*",
    r"(story|article) continues (below|after)( (the )?(advertisement|ad))?.*",
    r"scroll (down )?to continue( reading| with (the )?(content|article|story))?\W*",
)
"""The place holders an ad slot leaves in copied text: they stand wherever the slot was,
between two paragraphs or inside a list, and never introduce what follows."""
SHORT_BOILERPLATE_PATTERNS: Final[tuple[str, ...]] = (
    *_AD_MARKER_PATTERNS[:1],
    r"sponsored( content)?",
    r"(cookie|privacy) (policy|settings|preferences|notice)\.?",
    r"(share|tweet|email|print)( this( (article|story|page))?)?\s*(on (facebook|twitter|x))?[.:]?",
    r"(share on|follow us on) .{0,60}",
    r"(already (a subscriber|have an account))\??.{0,80}",
    r"(comments?|leave a (comment|reply)|join the (conversation|discussion))\s*(\(\d+\))?:?",
    r"(\d+ )?comments?\s*$",
    r"(skip to (main )?content|back to top|jump to navigation)\.?",
    # A photo credit on its own line: "Sonu Mehta/Hindustan Times/Getty Images".
    r"([^.!?]{0,60}[/|,]\s*)?(getty( images)?|reuters|ap photo|afp|shutterstock|alamy|"
    r"istock(photo)?|epa(-efe)?|pa (images|wire))\W*",
    r"loading\W*",
    # Labels and interface words a copied page carries as lines of their own.
    r"(sign up|log ?in|sign ?in|register|newsletters?|follow us|more|featured|"
    r"(paid|featured|sponsored) (content|post|partner))\W*",
    # Lone interface words left behind by players, galleries and accordions.
    r"(hide |show |view |close |open )?(caption|captions|close|open|expand|collapse|previous|"
    r"next|prev|play|pause|replay|menu|search|enlarge|zoom|gallery|video|audio|fullscreen|"
    r"full screen|show (more|less)|load more|see more|view more|continue reading)\W*",
    r"(explore further|more information|further reading)\s*:?",
    r"listen to (this|the) (article|story)( now)?\W*(\d+ min(utes?)?\W*)?",
    r"subscribe( now| today| here)?\W*|subscribe to .{1,90}",
    r"more( \w+){0,3} (stories|articles|news|videos|reads|coverage)\W*|more\s*:",
    r"sources?\s*:\s*[\w.&' -]{1,30}",
    r"(image|photo|photos|picture|graphic|illustration)\W*",
    r"(don'?t miss|must read|also read|related|editor'?s picks?|trending( now)?|watch( now)?|"
    r"listen( now)?|"
    r"recommended|sponsored links?|promoted( stories)?|partner content)\W*",
    r"(image|photo|picture|media) (copyright|caption|source|credit)\b.{0,80}",
)
_POINTER_PATTERNS: Final[tuple[str, ...]] = (
    r"(read|see) (more|also|next)\b\s*[:»›>.…]*.{0,120}",
    r"(more from \S+( \S+)?|related( \w+){0,2}\s*:.{0,150})",
    r"click here (to|for)\b.{0,200}",
)
"""Words that point the reader elsewhere ("Read more: …", "Click here to …"): a link's
text, which a writer may also put in a sentence of the article."""
BOILERPLATE_PATTERNS: Final[tuple[str, ...]] = (
    *_AD_MARKER_PATTERNS[1:],
    *_POINTER_PATTERNS,
    r"(we|this (web)?site) uses? cookies\b.*",
    r"(accept|allow|reject|manage) (all )?cookies.*",
    r"(sign|signup|sign up) (up )?(for|to) (our|the) .{0,40}newsletters?.*",
    r"subscribe (now|today|to (our|the) .{0,40}(newsletter|channel|podcast)).*",
    r"(get|receive) (our|the) .{0,40}newsletters?\b.*",
    r"(related|recommended|more|top|latest) (stories|articles|coverage|reading|news|videos?)"
    r"(\s*:.{0,120})?",
    r"most (read|popular|viewed|shared)( (stories|articles|this week|today|now))?\s*(:.{0,120})?",
    r"(you (have|'ve) (reached|read) .{0,60}(free )?(articles?|stories)).*",
    r"(subscribe|log ?in|sign ?in) to (continue|read|keep reading).{0,120}",
    r"(this (article|content) is (only )?(available|for) (to )?(subscribers|members)).{0,120}",
    r"(all rights reserved|©|\(c\) ?\d{4}|copyright\s*(©|\(c\)|\d{4})).{0,200}",
    r"(image|photo|picture)( credit)?\s*:\s*.{0,80}",
    r"media playback is (unsupported|not supported) on your device.*",
    r"this (document|article|material|content) (is subject to copyright|may not be "
    r"(published|reproduced|redistributed)).*",
    r"(citation|cite this article)\s*:.*",
)


# Two patterns can start anywhere in a block, which makes a regex try every offset;
# they run only when a cheap substring test says they might match.
CONSENT_RE: Final[re.Pattern[str]] = re.compile(
    r".{0,80}\b(by (clicking|continuing|using)|if you continue).{0,80}\b(accept|agree|consent)\w*"
    r"\b.{0,40}\bcookies?\b.*",
    re.DOTALL,
)
"""A consent notice that does not start with "We use cookies"; tried when "cookie" occurs."""
CREDIT_CAPTION_RE: Final[re.Pattern[str]] = re.compile(
    r".{0,330}[(\[]\s*(?:[\w.&-]+\s+){0,2}(image|photo|picture|pic|foto)s?( credit)?\s*"
    r"(?:[:/]|by\b)[^)\]]{0,80}[)\]]\s*\Z"
    r"|.{0,330}[(\[][^)\]]{0,40}/\s*(getty( images)?|reuters|afp|ap|epa|shutterstock)\s*[)\]]\s*\Z",
    re.DOTALL,
)
"""A short block ending in a photo credit is a caption that lost its <figcaption>:
"… shake hands in Hanoi. (AP Photo/Evan Vucci)", "… (Photo: Jane Doe)"."""


def _whole_block(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*\Z", re.DOTALL)


SHORT_BOILERPLATE_RE: Final[re.Pattern[str]] = _whole_block(SHORT_BOILERPLATE_PATTERNS)
BOILERPLATE_RE: Final[re.Pattern[str]] = _whole_block(BOILERPLATE_PATTERNS)
"""Matches a whole lower-cased block of boilerplate text (anchored at both ends)."""


_AD_MARKER_RE: Final[re.Pattern[str]] = _whole_block(_AD_MARKER_PATTERNS)


def is_ad_marker(text: str) -> bool:
    """True for the line an ad slot leaves behind ("ADVERTISEMENT", "Story continues
    below advertisement"): boilerplate that interrupts, never a label."""
    return len(text) <= 120 and _AD_MARKER_RE.match(text.lower()) is not None


_PLACEHOLDER_RE: Final[re.Pattern[str]] = _whole_block(
    (
        *_AD_MARKER_PATTERNS,
        # What a picture leaves: its bare label or its credit ("Photo", "Getty Images").
        r"(image|photo|photos|picture|graphic|illustration)\W*",
        r"([^.!?]{0,60}[/|,]\s*)?(getty( images)?|reuters|ap photo|afp|shutterstock|alamy|"
        r"istock(photo)?|epa(-efe)?|pa (images|wire))\W*",
        r"(image|photo|picture|media) (copyright|caption|source|credit)\b.{0,80}",
        # A player's, gallery's or share bar's buttons.
        r"(hide |show |view |close |open )?(caption|captions|close|open|expand|collapse|"
        r"previous|next|prev|play|pause|replay|enlarge|zoom|fullscreen|full screen)\W*",
        r"(share|tweet|email|print)( this( (article|story|page))?)?\s*(on (facebook|twitter|x))?"
        r"[.:]?",
    )
)


_POINTER_RE: Final[re.Pattern[str]] = _whole_block(_POINTER_PATTERNS)


def is_pointer(text: str) -> bool:
    """True for a link's words that a writer may also use in a sentence ("Click here to
    see the results.", "Read more about the plan on the council's site."), and for
    nothing a reader is asked to act on (subscribe, sign up, follow)."""
    if len(text) > 400:
        return False
    lowered = text.lower()
    return _POINTER_RE.match(lowered) is not None and PROMPT_RE.search(lowered) is None


def is_placeholder(text: str) -> bool:
    """True for what a widget leaves where it stood: an ad slot's marker, a picture's bare
    label or credit, a player's or share bar's buttons ("Photo", "Next", "Share").

    Such a line interrupts the text around it and never introduces what follows, unlike
    a label ("Related stories", "More:"), which announces a list of other stories.
    """
    return len(text) <= 120 and _PLACEHOLDER_RE.match(text.lower()) is not None


CAPTION_CREDIT_RE: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:[(\[]\s*(?:image|photo|picture|pic|credit|foto|bild)s?\s*(?:credit)?\s*:[^)\]]*[)\]]"
    r"|(?:image|photo|picture)\s*(?:credit|copyright|source)?\s*:\s*[^.]{0,80}$"
    r"|\(\s*photo by [^)]*\)|credit\s*:\s*[^.]{0,80}$"
    r"|\|\s*[^|]{0,60}(?:getty images|reuters|afp|ap photo|shutterstock|epa)[^|]{0,40}$"
    r"|(?<=[.!?])\s+(?:[\w .'-]{0,40}/)?(?:getty( images)?|reuters|afp|ap|shutterstock|alamy|"
    r"istock|epa|statista)\s*$)",
    re.IGNORECASE,
)
"""Photo credits inside captions: "(Image: GETTY)", "Credit: ESA", "| Getty Images"."""

CAPTION_PREFIX_RE: Final[re.Pattern[str]] = re.compile(
    r"^\s*(?:media caption|image caption|caption|image copyright\s+\S+(?:\s+\S+)?\s+image "
    r"caption)\s*:?\s*",
    re.IGNORECASE,
)


def clean_caption(text: str) -> str:
    """A caption without photo credits and "Image caption" labels."""
    text = CAPTION_PREFIX_RE.sub("", text)
    return CAPTION_CREDIT_RE.sub("", text).strip()


PROMPT_RE: Final[re.Pattern[str]] = re.compile(
    r"\b(subscribe to our|sign up (for|to) our|follow (us|him|her|them|me) (on|at) "
    r"(twitter|facebook|instagram|x|linkedin|tiktok|youtube)|download our app|"
    r"get the app|support our journalism|become a (member|subscriber))\b"
)
"""Calls to action anywhere in a short block ("Need more space? Subscribe to our…")."""
_PROMPT_MAX: Final = 300
_PROMPT_WORDS: Final = (
    "subscribe",
    "sign up",
    "follow",
    "download",
    "the app",
    "support our",
    "become a",
)
"""Cheap substring test before the regex: most paragraphs contain none of these."""
_PROMPT_WORDS_RE: Final[re.Pattern[str]] = re.compile("|".join(map(re.escape, _PROMPT_WORDS)))
_SHORT_MAX: Final = 120


def is_boilerplate(text: str) -> bool:
    """True when a whole block of text is boilerplate ("ADVERTISEMENT", cookie notice…).

    Long blocks are never boilerplate: a 600-character paragraph that happens to start
    with "Read more" is article text; only short blocks are asked to the reader to act.
    """
    if len(text) > 400:
        return False
    lowered = text.lower()
    if len(text) <= _SHORT_MAX and SHORT_BOILERPLATE_RE.match(lowered) is not None:
        return True
    if BOILERPLATE_RE.match(lowered) is not None:
        return True
    label, colon, rest = lowered.partition(":")
    if colon and len(label.split()) <= 3 and BOILERPLATE_RE.match(rest.lstrip()) is not None:
        return True  # "Cookie notice: We use cookies…", "Note: this site uses cookies…"
    if "cookie" in lowered and CONSENT_RE.match(lowered) is not None:
        return True
    if lowered.rstrip().endswith((")", "]")) and CREDIT_CAPTION_RE.match(lowered.strip()):
        return True
    return (
        len(text) <= _PROMPT_MAX
        and _PROMPT_WORDS_RE.search(lowered) is not None
        and PROMPT_RE.search(lowered) is not None
    )

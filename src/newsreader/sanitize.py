"""The one gate every untrusted string passes before it is stored or shown.

Feeds and web pages are written by strangers. Their text must never reach the terminal
as control sequences (an ESC can repaint the screen, set the window title or, through
OSC 52, write the clipboard) nor flip text direction with bidi overrides. Run it after
HTML entities are decoded: selectolax turns `&#x1b;` into a real ESC.
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [), OSC (ESC ]), DCS (ESC P), SOS/PM/APC (ESC X ^ _)
# terminated by BEL or ST; then two-byte escapes. 8-bit C1 introducers likewise.
_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]?            # CSI ... final byte
  | \x9b[0-?]*[ -/]*[@-~]?              # 8-bit CSI
  | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])  # OSC, DCS, SOS, PM, APC introducers
    [^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?   # ... up to BEL or ST (or end of string)
  | \x1b[ -/]*[0-~]?                    # any other escape
    """,
    re.VERBOSE,
)
_ESCAPE_INTRODUCER = re.compile("[\x1b\x80-\x9f]")
"""Cheap pre-check: most text has no escapes, and a regex scan is ~50x a Python loop."""
# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates,
# and the Unicode non-characters that some terminals render as garbage.
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufffe\uffff]"
)
_LINE_ENDINGS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_ANY_UNSAFE = re.compile(
    "[\r\u2028\u2029\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f"
    "\u061c\ufffe\uffff]"
)
"""Anything the three passes below would change, in one scan: most text has none."""


def sanitize_text(value: str | None) -> str:
    """Return `value` with every terminal control sequence and control character removed.

    Newlines (CR/LF normalised to LF) and tabs survive because article bodies need them.
    """
    if not value:
        return ""
    if _ANY_UNSAFE.search(value) is None:
        return unicodedata.normalize("NFC", value)
    text = _LINE_ENDINGS.sub("\n", value)
    if _ESCAPE_INTRODUCER.search(text):
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


def sanitize_line(value: str | None) -> str:
    """Like `sanitize_text`, for one-line fields (titles, names): whitespace collapsed."""
    return " ".join(sanitize_text(value).split())


_SAFE_SCHEMES = ("http://", "https://")


def sanitize_url(value: str | None) -> str | None:
    """Keep only http(s) URLs; `javascript:`, `data:`, `file:` and friends become None."""
    url = sanitize_line(value)
    if not url:
        return None
    if url.lower().startswith(_SAFE_SCHEMES):
        return url
    return None

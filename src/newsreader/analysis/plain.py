"""One form of white space for the analysis, at the same offsets.

The rules read line ends as `\n` and spaces as ` ` (`[ \t]` between a verb and a name,
`\n` between paragraphs). Text handed straight to the analysis may come with bare `\r`
line ends or no-break spaces (a file from an old Mac, text copied from a page), which the
extractor would have normalised; read as they are, `said\u00a0Tom Reyes` is an attribution
the rules do not see and `\r` joins every paragraph into one. Every replacement here keeps
the text's length, so offsets found in the result index the caller's text."""

from __future__ import annotations

import re

_ODD_SPACE = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
"""No-break and typographic spaces: the same as a space to a reader."""
_LINE_END = re.compile("\r\n?|[\u2028\u2029\x0b\x0c\x85]")


def _line_end(match: re.Match[str]) -> str:
    return " \n" if match.group() == "\r\n" else "\n"


def same_offsets(text: str) -> str:
    """`text` with every line end as `\\n` and every space as ` `, its length unchanged
    (`\\r\\n` becomes ` \\n`)."""
    if text.isascii() and "\r" not in text and "\x0b" not in text and "\x0c" not in text:
        return text
    return _ODD_SPACE.sub(" ", _LINE_END.sub(_line_end, text))

"""Closing double marks typed another way, made one double mark at the same offsets.

Agency copy set in plain text (AP style) and newspapers from typewriter days close a
quotation with two apostrophes: `"We love this town,'' said Reyes.` (or `''We love it,''`,
`“…,’’` when a program curled them). Pairing reads `''` as a double mark already, but the
rules that read an attribution look one character past the closing mark, and find an
apostrophe there instead of ` said Reyes`: every quotation of such an article lost its
speaker. A `''` (`’’`) that closes a quotation becomes `"` (`”`) and a space, so the words
inside and every offset stay the same; `'''` (a quotation inside closing with it) keeps
its first apostrophe: `'"` and a space.

A hurried typist may close a double quotation with a single mark before its attribution:
`"We can fix it,' he said. "The team …"`. Pairing then runs the quotation on to the next
opening mark and takes it for the close. Such a mark (after `,` `.` `?` `!`, before a
reporting clause) becomes a double one when the quotation it sits in opened with a double
mark, found no true close (it runs to an opening-looking mark or to the paragraph's end),
and no quotation in single marks opened before it in the paragraph (`"When they say 'get
up,' you go"`: that mark closes the inner quotation).

Nothing else changes: a `''` that opens a quotation (its width is read), feet and inches
(`6'2''`, which pairing does not read as a mark), a ditto or an empty string in code are
left as they are.
"""

from __future__ import annotations

import re

from newsreader.analysis import lexicon
from newsreader.analysis.quote_marks import RawQuote, pair_marks

_VERBS = "|".join(sorted(lexicon.SPEECH_VERBS, key=len, reverse=True))
REPORTING = re.compile(
    r"[ \t]+(?:(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|explained|insisted"
    r"|warned|argued|replied|recalled|continued|declared|admitted)\b"
    r"|(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t|the[ \t]+\w+|[A-Z][\w’'.-]*)"
    rf"(?:[ \t]+[\w’'.-]+){{0,4}}?[ \t]+(?:{_VERBS})\b)"
)
"""A reporting clause right after a closing mark: a verb (`’ said Ms Reyes`) or a subject
and its verb (`’ she said`, `’ the minister added`); not `’ claims` (`the players’ claims`)
nor `’ union said`, where the mark is a plural's apostrophe."""

_TWO = ("''", "’’")
_LONE_CLOSE = re.compile(r"[,.?!]['’][ \t]")
"""A single mark after closing punctuation and before a space: where a mistyped close is."""
_SINGLE_OPENED = re.compile(r"(?:^|(?<=[\s(\[“\"—–]))['‘][A-Za-z]", re.MULTILINE)
"""A quotation in single marks opening (not `'90s`)."""
_AS_DOUBLE = {"'": '"', "’": "”"}


def one_mark_closes(text: str) -> str:
    """`text` with closing marks typed as two apostrophes, or as one before an attribution,
    made one double mark; the same length, every other character as it was.

    Args:
        text: Plain text (line ends as `\\n`).

    Returns:
        `text` itself when it holds no such mark.
    """
    two = "''" in text or "’’" in text
    lone = [match.start() + 1 for match in _LONE_CLOSE.finditer(text)]
    lone = [at for at in lone if REPORTING.match(text, at + 1)]
    if not two and not lone:
        return text
    raws = pair_marks(text)
    chars = list(text)
    if two:
        for raw in raws:
            close = raw.close_at
            if text[close : close + 2] not in _TWO:
                continue
            if text[close + 2 : close + 3] == text[close]:
                close += 1  # `,''' he said`: a quotation inside closes first
            chars[close] = _AS_DOUBLE[text[close]]
            chars[close + 1] = " "
    index = 0
    for at in lone:
        while index < len(raws) and raws[index].close_at <= at:
            index += 1
        if index < len(raws) and _runs_past(text, raws[index], at):
            chars[at] = _AS_DOUBLE[text[at]]
    return "".join(chars)


def _runs_past(text: str, raw: RawQuote, at: int) -> bool:
    """Whether the single mark at `at` closes the double quotation `raw` that pairing ran
    past it."""
    open_at, close = raw.open_at, raw.close_at
    if not open_at < at or text[open_at] not in "\"“'":
        return False
    paragraph_start = text.rfind("\n", 0, at) + 1
    if open_at < paragraph_start:
        return False
    if _SINGLE_OPENED.search(text, paragraph_start, at):
        return False
    closed = close < len(text) and text[close] != "\n"
    if not closed:
        return True
    before = text[close - 1 : close]
    after = text[close + 1 : close + 2]
    return before.isspace() and after.isalnum()

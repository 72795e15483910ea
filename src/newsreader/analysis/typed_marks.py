"""Double quotation marks typed as two characters, or as a single mark, made one double
mark at the same offsets.

Agency copy set in plain text (AP style) and papers from typewriter days quote with two
apostrophes: `"We love this town,'' said Reyes.`, `''We love it,'' she said.` (or `‘‘…’’`,
`“…’’` when a program curled them, or TeX's ``` ``…'' ```). Pairing reads these as double
marks, but the rules around a quotation look one character past its closing mark (and
find an apostrophe, not ` said Reyes`: every quotation of such an article lost its
speaker) and one before its opening one (`… policy. ''This` is no sentence break). So a
two-character mark that pairing opens or closes a quotation with becomes one mark and a
space, the mark beside the words it quotes: `''We` ` "We`, `it,''` `it," `. The words
inside and every offset stay the same. In `,''' he said` a quotation inside closes first,
and its mark stays: `,'" `.

A hurried typist may close a double quotation with a single mark before its attribution:
`"We can fix it,' he said. "The team …"`. Pairing runs such a quotation on to the next
opening mark, taken for its close. A single mark after `,` `.` `?` `!` and before a
reporting clause becomes a double one when the quotation it sits in opened with a double
mark in its paragraph and found no true close (it runs to the paragraph's end, or to a
mark after a space and before a word: an opening), and no quotation in single marks opened
before it in the paragraph (`"When they say 'get up,' you go"`: that mark closes the inner
quotation).

Nothing else changes: a `''` pairing does not take for a quotation's mark, feet and inches
(`6'2''`, which pairing skips), a ditto or an empty string in code stay as they are.
"""

from __future__ import annotations

import re

from newsreader.analysis import lexicon
from newsreader.analysis.quote_marks import RawQuote, closes, marks_between, opens, pair_marks

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

_AS_ONE = {"''": '"', "``": '"', "‘‘": "“", "’’": "”"}
"""Two characters typed for a double mark, and the mark they stand for."""
_CLOSES = ("''", "’’")
_LONE_CLOSE = re.compile(r"[,.?!]['’][ \t]")
"""A single mark after closing punctuation and before a space: where a mistyped close is."""
_SINGLE_OPENED = re.compile(r"(?:^|(?<=[\s(\[“\"—–]))['‘][A-Za-z]", re.MULTILINE)
"""A quotation in single marks opening (not `'90s`)."""
_AS_DOUBLE = {"'": '"', "’": "”"}


def one_char_marks(text: str) -> str:
    """`text` with double quotation marks typed as two characters, or closed by a single
    mark before the attribution, made one double mark; the same length.

    Args:
        text: Plain text (line ends as `\\n`).

    Returns:
        `text` itself when it holds no such mark; otherwise a string of the same length in
        which only those marks (and a space beside a two-character one) differ.
    """
    lone = [match.start() + 1 for match in _LONE_CLOSE.finditer(text)]
    lone = [at for at in lone if REPORTING.match(text, at + 1)]
    two = any(mark in text for mark in _AS_ONE)
    if not two and not lone:
        return text
    chars = list(text)
    if two:
        for raw in pair_marks(text):
            _one_mark(text, raw, chars)
    _single_closes(text, lone, chars)
    return "".join(chars)


def _one_mark(text: str, raw: RawQuote, chars: list[str]) -> None:
    """Make the two-character marks of `raw` one mark and a space, the mark beside the
    words it quotes (its pieces each open with a mark: a long quotation goes on in the
    next paragraph with one). Two dittos paired quote nothing and stay."""
    if not text[raw.parts[0][0] : raw.close_at].strip():
        return
    for start, _ in raw.parts:
        at = start - 2
        mark = text[at:start] if at >= 0 else ""
        if mark in _AS_ONE:
            chars[at], chars[at + 1] = " ", _AS_ONE[mark]
    close = raw.close_at
    if text[close : close + 2] not in _CLOSES:
        return
    if text[close + 2 : close + 3] == text[close]:
        close += 1  # a quotation inside closes first: `,'` then `''`
    chars[close], chars[close + 1] = _AS_ONE[text[close : close + 2]], " "


def _single_closes(text: str, lone: list[int], chars: list[str]) -> None:
    """Make double the single marks at `lone` (in text order) that close a double
    quotation; each paragraph holding one is read once."""
    index = 0
    while index < len(lone):
        start = text.rfind("\n", 0, lone[index]) + 1
        end = text.find("\n", lone[index])
        end = len(text) if end < 0 else end
        here = []
        while index < len(lone) and lone[index] < end:
            here.append(lone[index])
            index += 1
        single = _SINGLE_OPENED.search(text, start, end)
        limit = end if single is None else single.start()
        _close_in_paragraph(text, start, end, [at for at in here if at < limit], chars)


def _close_in_paragraph(text: str, start: int, end: int, lone: list[int], chars: list[str]) -> None:
    """Pair the paragraph's double marks as pairing does, and close a quotation open at a
    mark of `lone` there when pairing would run it on: its next double mark is an opening
    (after a space, before a word), or the paragraph ends first."""
    if not lone:
        return
    marks = marks_between(text, start, end)
    following = 0
    open_now = False
    for at in lone:
        while following < len(marks) and marks[following][0] < at:
            mark = marks[following][1]
            open_now = opens(mark) if not open_now else not closes(mark)
            following += 1
        if not open_now:
            continue
        if following < len(marks):
            position, mark = marks[following]
            after = text[position + len(mark) : position + len(mark) + 1]
            if not (text[position - 1].isspace() and after.isalnum()):
                continue
        chars[at] = _AS_DOUBLE[text[at]]
        open_now = False

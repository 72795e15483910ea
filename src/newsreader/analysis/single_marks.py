"""Quotations in single marks read as quotations in double ones, at the same offsets.

British, Irish and Australian papers print `‘We will build the homes,’ she said.` (or typed
`'…,' she said.`), with double marks for a quotation inside one. The rules downstream pair
double marks only, so `as_double_marks` swaps the two levels: the single marks that open
and close quotations become double, the double marks inside those quotations single.
Every replacement is one character for one, so offsets found in the result index the
caller's text.

A closing single mark is also the apostrophe. A `’` between letters is one (`don’t`,
`O’Brien`); one after a word and before a space may be either (`the players’ union`,
`somethin’`, or the end of `‘…the players’`). Pairing is greedy and prefers leaving a
doubtful quotation unfound to cutting a real one at an apostrophe:

- a mark after punctuation (`,’` `.’` `?’` `”’`) closes the quotation at once;
- otherwise the candidates are kept until the quotation must have ended (another quotation
  opens, or the paragraph ends), and the last one followed by punctuation, the paragraph
  end or a reporting clause (`’ she said`) closes it; a single plain candidate
  (`‘special relationship’ between`) does too, several plain ones leave it unfound.

A quotation left open at a paragraph's end goes on into the next when that one opens with
a single mark, as long quotations do, if it opened its paragraph or a sentence.

Which marks an article quotes with is decided by counting evidence, never assumed: the
text is changed only when more quotations in single marks look like reported words (a
close after punctuation, or an opening before a capital and a close before punctuation or
a reporting clause) than there are quotations in double marks outside them; single marks
inside a quotation in double marks are no evidence (`“He told me, ‘Go,’ and left”`). An
article quoting in double marks, with a single-quoted headline or scare quotes, comes back
unchanged. A text with no double mark at all only needs one quotation closed like one.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left

from newsreader.analysis.quote_marks import MARKS, pair_marks
from newsreader.analysis.typed_marks import REPORTING, one_char_marks

_OPEN_SINGLE = re.compile(r"['‘’](?<![^\s(\[—–“\"]['‘’])[^\s'‘’]")
"""A single mark where a quotation may open (at the start, or after a space, a bracket, a
dash or a double mark, before a word): only paragraphs with one are read, and a text
without one costs this one search. (The mark comes first and the character before it is
looked behind at: much faster than a lookbehind at every position.)"""
_SINGLE = re.compile(r"''|’’|(?<!['‘’])['‘’](?!['‘’])")
"""One single mark, or two closing ones typed for a double mark (`,''`): that closes a
quotation opened by a single one, and is left as it is, read as a double mark already."""
_DECADE = re.compile(r"['‘’]\d0s\b")
"""`’90s`: an elision, whichever way the mark was typed."""
_OPEN_AFTER = frozenset(' \t\n([{—–“"')
_CLOSE_AFTER_PUNCTUATION = frozenset(',.!?…;:—–-”"')
"""A mark after these closes a quotation: no apostrophe follows punctuation."""
_PUNCTUATION_AFTER = frozenset(".,;:!?)]—–…")
_NO_OPENING_BEFORE = frozenset(".,;:!?)]")
"""A mark before these opens nothing (`”’.` closes a quotation ending in one inside it)."""
_DOUBLE = re.compile(r"[“”\"]")
_TO_DOUBLE = {"‘": "“", "’": "”", "'": '"'}
_TO_SINGLE = {"“": "‘", "”": "’", '"': "'"}

_OPEN = 0
_FIRM = 1
"""Closes at once: the mark follows punctuation."""
_LIKELY = 2
"""Closes if nothing later does: punctuation, the paragraph end or a reporting clause follows."""
_PLAIN = 3
"""A word follows: a close (`‘special relationship’ between`) or an elision (`somethin’`)."""
_POSSESSIVE = 4
"""A word follows a word ending in s: a close or a plural's apostrophe (`the players’ union`)."""


def as_double_marks(text: str) -> str:
    """`text` with quotations in single marks turned into quotations in double marks,
    and double marks typed as two characters or closed by a single mark made one double
    mark first (`typed_marks.one_char_marks`).

    Args:
        text: Plain text (line ends as `\\n`).

    Returns:
        A string of the same length: unchanged unless the text quotes in single marks or
        types its double marks so; otherwise the opening and closing single marks of its
        quotations become double (`‘`→`“`, `’`→`”`, `'`→`"`) and the double marks inside
        them single.
    """
    if "'" not in text and "‘" not in text and "’" not in text and "`" not in text:
        return text
    if _LAST.text == text:
        return _LAST.result  # find_entities and find_quotes both ask, for one text
    result = one_char_marks(text)
    result = _converted(result) if _OPEN_SINGLE.search(result) else result
    _LAST.text, _LAST.result = text, result
    return result


class _LastText(threading.local):
    """The last text converted on this thread, and the result."""

    text: str | None = None
    result = ""


_LAST = _LastText()


def _converted(text: str) -> str:
    """The text with its single-mark quotations in double marks, if the evidence says it
    quotes in single marks; with no double marks at all, one quotation closed like one
    (`‘…’.`, `‘…,’`) is enough, since nothing quoted in double marks can be disturbed."""
    pairs = _pairs(text)
    if not MARKS.search(text):
        return _swapped(text, pairs) if any(pair[2] <= _LIKELY for pair in pairs) else text
    if not any(_speech(text, pair) for pair in pairs):
        return text
    doubles = _double_spans(text)
    pairs = [pair for pair in pairs if not _inside(_span(text, pair), doubles)]
    spans = [_span(text, pair) for pair in pairs]
    speech = sum(1 for pair in pairs if _speech(text, pair))
    if speech <= sum(1 for span in doubles if not _inside(span, spans)):
        return text
    return _swapped(text, pairs)


def _swapped(text: str, pairs: list[tuple[int, int, int]]) -> str:
    """`text` with the marks of `pairs` double and the double marks inside them single."""
    spans = [_span(text, pair) for pair in pairs]
    chars = list(text)
    for (open_at, close_at, _), (_, end) in zip(pairs, spans, strict=True):
        chars[open_at] = _TO_DOUBLE[text[open_at]]
        if close_at >= 0 and text[close_at + 1 : close_at + 2] not in ("'", "’"):
            chars[close_at] = _TO_DOUBLE[text[close_at]]
        for match in _DOUBLE.finditer(text, open_at + 1, end):
            chars[match.start()] = _TO_SINGLE[match.group()]
    return "".join(chars)


def _kind(text: str, at: int) -> int | None:
    """What the single mark at `at` may be: an opening, a close of some strength, or None
    for an apostrophe."""
    mark = text[at]
    before = text[at - 1] if at else "\n"
    after = text[at + 1] if at + 1 < len(text) else "\n"
    if before.isalnum() and after.isalnum():
        return None  # don’t, O’Brien
    if (
        mark != "’"
        and before in _OPEN_AFTER
        and not after.isspace()
        and after not in _NO_OPENING_BEFORE
    ):
        return None if _DECADE.match(text, at) else _OPEN
    if before.isspace():
        if (
            at >= 2
            and text[at - 2] in _CLOSE_AFTER_PUNCTUATION
            and (after.isspace() or after in _NO_OPENING_BEFORE)
        ):
            return _FIRM  # `‘…a “managed decline” ’ and`: a space between two closing marks
        if mark == "’" and after.isupper() and not text[at + 2 : at + 3].isspace():
            return _OPEN  # `’Ministers’ plans …,’`: an opening typed the wrong way round
        return None  # ’90s, rock ’n’ roll: an elision
    if mark == "‘":
        return None
    if before in _CLOSE_AFTER_PUNCTUATION:
        return _FIRM  # no apostrophe follows punctuation (`,’he said` lost its space)
    if after.isalnum():
        return None
    if (
        after == "\n"
        or after in _PUNCTUATION_AFTER
        or text[at + 2 : at + 3] in ("–", "—")  # `’ – and the council says`
        or REPORTING.match(text, at + 1)
    ):
        return _LIKELY
    return _POSSESSIVE if before in "sS" else _PLAIN


def _pairs(text: str) -> list[tuple[int, int, int]]:
    """(opening, closing, strength of the close) of each quotation in single marks; the
    closing is -1 for one that goes on into the next paragraph."""
    pairs: list[tuple[int, int, int]] = []
    done = 0
    """Where the last paragraph read ends."""
    going_on_at = -1
    """Where the last paragraph ends, if it leaves a quotation going on."""
    for match in _OPEN_SINGLE.finditer(text):
        if match.start() < done:
            continue
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        end = len(text) if end < 0 else end
        going_on = going_on_at >= 0 and not text[going_on_at:start].strip()
        going_on_at = end if _pair_paragraph(text, start, end, pairs, going_on) else -1
        done = end
    return pairs


def _pair_paragraph(
    text: str, start: int, end: int, pairs: list[tuple[int, int, int]], going_on: bool
) -> bool:
    """Pair the marks of one paragraph; whether it leaves a quotation open that goes on
    into the next (`going_on`: the previous one did)."""
    open_at = -1
    candidates: list[tuple[int, int]] = []
    opens_after = 0
    for match in _SINGLE.finditer(text, start, end):
        at = match.start()
        if match.end() - at == 2:
            kind = _FIRM if at and not text[at - 1].isspace() else None
        else:
            kind = _kind(text, at)
        if kind is None:
            continue
        if open_at < 0:
            if kind == _OPEN:
                open_at, candidates, opens_after = at, [], 0
            continue
        if kind == _FIRM:
            _keep(text, open_at, at, kind, pairs)
            open_at = -1
        elif kind == _OPEN:
            if candidates:
                _close(text, open_at, candidates, pairs)
                open_at, candidates, opens_after = at, [], 0
            else:
                opens_after += 1  # an elision inside (‘Allo, 'em)
        else:
            candidates.append((at, kind))
    if open_at < 0:
        return False
    if any(kind != _POSSESSIVE for _, kind in candidates):
        _close(text, open_at, candidates, pairs)
    elif not opens_after and _goes_on(text, start, open_at, end, going_on):
        pairs.append((open_at, -1, _LIKELY))
        return True
    else:
        _close(text, open_at, candidates, pairs)
    return False


def _close(
    text: str, open_at: int, candidates: list[tuple[int, int]], pairs: list[tuple[int, int, int]]
) -> None:
    """Close at the last likely candidate, else at the only plain one, else at the only
    possessive-looking one; a choice among several leaves the quotation unfound."""
    for kind in (_LIKELY, _PLAIN, _POSSESSIVE):
        found = [at for at, candidate in candidates if candidate == kind]
        if found and (kind == _LIKELY or len(found) == 1):
            _keep(text, open_at, found[-1], kind, pairs)
            return
        if found:
            return


def _fresh(text: str, at: int) -> bool:
    """Whether the mark at `at` opens before what opens a quotation of its own: a capital,
    a digit, a double mark or an ellipsis (not `'em`, `'n'`, a lower-case elision)."""
    first = text[at + 1 : at + 2]
    return first.isupper() or first.isdigit() or first in '“"…'


def _keep(
    text: str, open_at: int, close_at: int, kind: int, pairs: list[tuple[int, int, int]]
) -> None:
    """Keep a quotation of at least two letters or digits (`'n'` is an elision)."""
    letters = 0
    for at in range(open_at + 1, close_at):
        if text[at].isalnum():
            letters += 1
            if letters == 2:
                pairs.append((open_at, close_at, kind))
                return


def _goes_on(text: str, start: int, open_at: int, end: int, going_on: bool) -> bool:
    """Whether a quotation left open goes on in the next paragraph, as long quotations do:
    it opens its paragraph (or follows `said:`, `said,` or a sentence) before a capital,
    and the next paragraph opens with a single mark. A mark after other words opens a title
    or a term (`placards reading ‘Books not bailiffs’ and`) whose close looks like an
    apostrophe. A paragraph that goes on with a quotation may open it in lower case."""
    if not (going_on and open_at == start) and not _fresh(text, open_at):
        return False
    before = text[start:open_at].rstrip()
    if before and before[-1] not in ":,—–.!?":
        return False
    following = text[end + 1 : end + 400].lstrip(" \t\n")
    return following[:1] in ("‘", "'") and following[1:2].strip() != ""


def _span(text: str, pair: tuple[int, int, int]) -> tuple[int, int]:
    """(opening, closing) of a quotation; one that goes on ends with its paragraph."""
    if pair[1] >= 0:
        return pair[0], pair[1]
    end = text.find("\n", pair[0])
    return pair[0], len(text) if end < 0 else end


def _speech(text: str, pair: tuple[int, int, int]) -> bool:
    """Whether a quotation looks like reported words: it closes after punctuation
    (`‘…,’` `‘…?’`), or it opens before a capital and closes before punctuation or a
    reporting clause, or goes on into the next paragraph."""
    return pair[2] == _FIRM or (pair[2] == _LIKELY and _fresh(text, pair[0]))


def _double_spans(text: str) -> list[tuple[int, int]]:
    """Quotations in double marks, paired as the rules downstream pair them."""
    return [(raw.open_at, raw.close_at) for raw in pair_marks(text)]


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether `span` lies within one of `others` (in text order, none overlapping)."""
    index = bisect_left(others, (span[0],)) - 1
    return index >= 0 and span[1] <= others[index][1]

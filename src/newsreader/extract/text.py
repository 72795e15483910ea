"""The plain-text path: text without markup (copied pages, text/plain documents).

Copying a news page as text keeps the clutter and loses the markup that would identify
it, so the clutter knowledge is applied to lines instead of elements: boilerplate
sentences (shared with the HTML path), section labels (a lone short ALL-CAPS line such
as POLITICS before the headline), a dateline (a lone WASHINGTON after it), bullets and
short subheadings.

Where things go: menu rows ("Home | News | Sport") are dropped; the first headline-like
line becomes `title` (a headline is a short line, not a long sentence ending in a full
stop, nor a "WASHINGTON (AP) —" lede: a text without a headline line keeps its first
paragraph in the body); "By Jane Doe" and "Published 12 March 2024" lines between it and
the first paragraph become `author` and `published`; a section label before the
headline becomes `section` ("Politics"); a lone dateline line is dropped from the body because
it is reported as `Article.dateline` (`find_dateline`). A "WASHINGTON (AP) —" prefix is
left in its paragraph, because it is part of the sentence as written, and is reported too.

After the body, a label such as "Related stories" (a boilerplate line after the first
paragraph) starts a list of other headlines: the headline-shaped lines under it (short,
no closing punctuation) are dropped until a sentence comes back. An unlabelled list at the
end is kept: articles end in lists of their own (features, sources) as often, and so are
short closing lines (a source credit, a signature). A placeholder ("ADVERTISEMENT",
"Photo", "Next") interrupts and introduces nothing. Clutter sits in runs at the edges:
inside the body, a link's words written as a sentence ("Click here to see the results.")
are the writer's.

Numbered lines in a run are a list only when they count 1, 2, 3 …: then the numbers are
markers a reader gives back. A countdown, a list that goes on from an earlier one, or
one with gaps keeps its numbers in the text, because there they say something.
"""

from __future__ import annotations

import re
from datetime import datetime
from itertools import islice
from typing import Final

from newsreader.extract.boilerplate import is_boilerplate, is_placeholder, is_pointer
from newsreader.extract.dates import parse_date
from newsreader.extract.errors import NotAnArticle
from newsreader.models import Article, Block, BlockKind
from newsreader.sanitize import sanitize_line, sanitize_text

_BULLET = re.compile(r"^\s*(?:[•·▪◦●*‣⁃–-]|(\d{1,3})[.)])\s+")
_TERMINAL = re.compile(r"[.!?:;…\"”'’)。！？」』）]\s*$")
_SENTENCE_END: Final = (".", "…", "。", "！", "？", ".”", '."', "!", "?")
_DATELINE_PREFIX = re.compile(
    r"^([A-Z][A-Z .'’-]{1,40}?(?:,\s*[A-Z][\w. ]{1,30})?(?:\s*\([A-Za-z]{1,12}\))?)\s*[—–-]{1,2}\s+\S"
)
_AGENCY_LEDE = re.compile(r"^\(\s*[A-Z][\w .&-]{0,20}\)\s*(?:[—–-]{1,2}\s*)?[A-Z0-9“\"]")
"""A lede that opens with the agency in brackets: "(Reuters) — The…", "(CNN) President…"."""
_PROMO_TAG = re.compile(r"^\[[A-Z][A-Z &/-]{1,20}\]\s*\S")
"""A bracketed ALL-CAPS label before a headline: "[INSIGHT] …", "[NEWS] …" (promotions)."""
_MENU_SEPARATOR = re.compile(r"\s+[|•·/»›>]\s+")
_BYLINE = re.compile(
    r"(?:[Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i)\s+([A-Z][\w.'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,5})"
    r"\s*(?:[,|•·–—-].{0,60})?$"
)
_DATE_LINE = re.compile(
    r"(?:published|updated|posted|last updated|date)?\s*:?\s*(?:on\s+)?"
    r"((?:\w+,?\s+)?\d{1,2}\s+\w+\.?\s+\d{4}.{0,20}|\w+\.?\s+\d{1,2},?\s+\d{4}.{0,20}"
    r"|\d{4}-\d{2}-\d{2}.{0,20})$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"(?:posted|written|reported|published|updated)\s+(?:by|on)\s", re.I)
"""A line that credits or dates the piece ("Posted by kovarex on …"): never its headline."""
_MAX_TITLE: Final = 150
_LEADS_ON: Final = (":", ";", ",", "：", "；", "，")
"""A line ending in these runs on into the next: a sentence, never a headline ("::" is a
site name's decoration in a page title)."""
_MAX_TITLE_WORDS: Final = 20
"""A question or exclamation longer than this is a sentence: headlines rarely run past it."""
_MAX_LABEL_WORDS: Final = 4
_MIN_BODY: Final = 200
_MAX_HEADLINE_WORDS: Final = 16
"""A line this short without closing punctuation reads as a headline (in a list of them)."""


def _is_caps_label(line: str) -> bool:
    """A lone short ALL-CAPS line: POLITICS, WORLD NEWS, WASHINGTON."""
    if len(line) > 40:
        return False  # most lines: no need to look at their letters
    words = line.split()
    letters = [ch for ch in line if ch.isalpha()]
    return (
        0 < len(words) <= _MAX_LABEL_WORDS
        and bool(letters)
        and all(ch.isupper() for ch in letters)
        and not _TERMINAL.search(line)
    )


def _paragraphs(text: str) -> list[str]:
    """Split on blank lines; a hard-wrapped paragraph's lines are joined back together.

    Lines of one block are kept apart when they are short or bulleted (lists, labels).
    """
    out: list[str] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        wrapped = len(lines) > 1 and all(
            45 <= len(line) <= 100 and not _BULLET.match(line) for line in lines[:-1]
        )
        if wrapped:
            out.append(_join_wrapped(lines))
        else:
            out.extend(lines)
    return out


_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
"""Scripts written without spaces between words (CJK and full-width forms)."""


def _join_wrapped(lines: list[str]) -> str:
    """Join the lines of a hard-wrapped paragraph: with a space, except where both sides
    of the break are in a script without spaces (a wrapped Chinese line is one run)."""
    joined = lines[0]
    for line in lines[1:]:
        glue = "" if _UNSPACED.match(joined[-1]) and _UNSPACED.match(line[0]) else " "
        joined += glue + line
    return joined


def find_dateline(text: str) -> str | None:
    """The dateline of a plain-text article ("WASHINGTON", "WASHINGTON (AP)"), or None.

    Either a lone ALL-CAPS line right after the headline, or the "WASHINGTON —" prefix
    of the first paragraph (with or without a headline line before it).
    """
    paragraphs = (p for p in _paragraphs(sanitize_text(text)) if not is_boilerplate(p))
    seen_title = False
    for paragraph in islice(paragraphs, 8):
        if _is_caps_label(paragraph):
            if seen_title:
                return paragraph
            continue
        match = _DATELINE_PREFIX.match(paragraph)
        if match:
            return match.group(1).strip()
        if not seen_title and _is_headline(paragraph):
            seen_title = True
            continue
        return None
    return None


def extract_text(text: str) -> Article:
    """Extract an article from plain text.

    Args:
        text: the text, already decoded.

    Returns:
        An article whose body starts after the headline.

    Raises:
        NotAnArticle: when fewer than 200 characters of body text remain and none of
            them is a sentence (a post of one sentence under its headline is an
            article; a headline and "More soon." are not).
    """
    try:
        return _extract(text)
    except NotAnArticle:
        raise
    except Exception as error:  # the contract: nothing but NotAnArticle escapes
        raise NotAnArticle(f"could not read this text ({type(error).__name__})") from error


def _extract(text: str) -> Article:
    clean = sanitize_text(text.replace("\x00", ""))
    title = ""
    section: str | None = None
    author: str | None = None
    published: datetime | None = None
    blocks: list[Block] = []
    after_label = False
    paragraphs = _paragraphs(clean)
    last_prose = _last_prose(paragraphs)
    counted: set[int] | None = None  # numbered lines whose run counts 1, 2, 3 …
    for index, paragraph in enumerate(paragraphs):
        bullet = _BULLET.match(paragraph)
        if bullet and bullet.group(1) and counted is None:
            counted = _counted_runs(paragraphs)
        if (
            bullet
            and bullet.group(1)
            and not (_in_list(paragraphs, index) and counted is not None and index in counted)
        ):
            # "3. Check the smoke alarm" over prose is a numbered heading; "10. United
            # States" in a countdown is a rank. Either way the number is what it says.
            bullet = None
        body = paragraph[bullet.end() :] if bullet else paragraph
        body = sanitize_line(body)
        if not body or _is_navigation(body):
            continue
        # Clutter stands in runs at the edges of a copied text. Inside the body, a link's
        # words written as a sentence ("Click here to see the full results.") are the
        # writer's; a bare link ("Related: <headline>") still goes.
        inside = bool(blocks) and index < last_prose and _is_sentence(body)
        if not (inside and is_pointer(body)) and is_boilerplate(body):
            # "Related stories", "More from …": the headline-shaped lines under it go too.
            # A placeholder ("ADVERTISEMENT", "Photo", "Next") interrupts whatever runs
            # through it, a list of the article's or a related one, and starts none.
            if not is_placeholder(body):
                after_label = _opens_list(body, blocks)
            continue
        if _is_caps_label(body) and not any(b.kind == "paragraph" for b in blocks):
            if not title and section is None:
                section = body.title()
            continue  # section labels before the title, datelines after it
        # Past the first paragraph a short ALL-CAPS line is the text's own ("STAFF",
        # "VIP : 60,000₩", "UPDATE"): the head's labels and datelines are behind us.
        # A headline stands above its byline and date: a short line under them is the
        # body's first subheading or kicker.
        headed = author is not None or published is not None
        # A line without a letter above it (a comment count "24") names nothing: the
        # headline may still come under it, and the line stays where it was.
        if (
            not title
            and not bullet
            and not headed
            and not any(_has_letter(b.text) for b in blocks)
            and _is_headline(body)
        ):
            title = body
            continue
        if not any(b.kind == "paragraph" for b in blocks):
            # Between the headline and the first paragraph: byline and date lines.
            byline = _BYLINE.match(body)
            if byline and author is None:
                author = byline.group(1)
                continue
            dated = _DATE_LINE.match(body)
            if dated and published is None and (published := parse_date(dated.group(1))):
                continue
        if after_label and _is_headline_shaped(body):
            continue  # the list under "Related stories"
        after_label = False
        if _PROMO_TAG.match(body) and len(body) <= _MAX_TITLE:
            continue
        kind: BlockKind = "paragraph"
        if bullet:
            kind = "list_item"
        elif _looks_like_heading(body):
            kind = "heading"
        ordered = bool(bullet and bullet.group(1))
        blocks.append(Block(kind, body, level=2 if kind == "heading" else 0, ordered=ordered))
    blocks = _closing_lines(_list_runs(blocks))
    chars = sum(len(b.text) for b in blocks if b.kind != "heading")
    if chars < _MIN_BODY and not any(_is_sentence(b.text) for b in blocks):
        raise NotAnArticle(
            f"no article text found: only {chars} characters of body text and no "
            f"sentence (an article has a sentence or {_MIN_BODY} characters)"
        )
    return Article.from_blocks(
        blocks,
        title=title,
        section=section,
        author=author,
        published=published,
        dateline=find_dateline(text),
    )


_MIN_SENTENCE_WORDS: Final = 8


def _is_sentence(line: str) -> bool:
    """A line of prose: eight words or more, closed by a full stop, "!" or "?"."""
    return line.rstrip().endswith(_SENTENCE_END) and _word_count(line) >= _MIN_SENTENCE_WORDS


def _last_prose(paragraphs: list[str]) -> int:
    """Index of the last line of prose that is not boilerplate (-1 when none): the
    clutter of a copied page runs after it, the body's own lines come before it."""
    for index in range(len(paragraphs) - 1, -1, -1):
        line = paragraphs[index]
        if _is_sentence(line) and not is_boilerplate(line):
            return index
    return -1


def _in_list(paragraphs: list[str], index: int) -> bool:
    """Whether the numbered line at `index` stands next to another bulleted line.

    Numbered lines in a run are a list (the numbers are its markers); one standing alone
    between paragraphs is a numbered section heading, whose number is part of its text.
    """
    return any(
        0 <= i < len(paragraphs) and _BULLET.match(paragraphs[i]) is not None
        for i in (index - 1, index + 1)
    )


def _counted_runs(paragraphs: list[str]) -> set[int]:
    """Indices of the numbered lines whose run of adjacent numbered lines counts 1, 2,
    3 … with no gap.

    Only then are the numbers mere markers, which a reader numbering the list's items
    gives back as they were. A countdown ("10. … 1."), a list that goes on from an
    earlier one ("6. … 7.") or one that skips numbers says something with them: they
    stay in the text.
    """
    counted: set[int] = set()
    run: list[int] = []
    for index, line in enumerate([*paragraphs, ""]):
        number = _numbered(line)
        if number is not None:
            run.append(number)
            continue
        if run and run == list(range(1, len(run) + 1)):
            counted.update(range(index - len(run), index))
        run = []
    return counted


def _numbered(line: str) -> int | None:
    """The number of a numbered line ("3. Check the ropes" → 3), else None."""
    bullet = _BULLET.match(line)
    return int(bullet.group(1)) if bullet and bullet.group(1) else None


_LIST_RUN: Final = 3


def _list_runs(blocks: list[Block]) -> list[Block]:
    """Short lines in a run of three or more are the lines of a list, not subheadings.

    A subheading stands over a paragraph; a table of results or a list of names copied
    as text is a column of short lines, which must not be taken for headings (and so
    dropped as dangling when it ends the text).
    """
    out = list(blocks)
    start = 0
    for end in range(len(out) + 1):
        if end < len(out) and out[end].kind == "heading":
            continue
        if end - start >= _LIST_RUN:
            for index in range(start, end):
                out[index] = Block("paragraph", out[index].text)
        start = end + 1
    return out


def _closing_lines(blocks: list[Block]) -> list[Block]:
    """Short lines after the last paragraph close the text: they are not subheadings.

    A source credit, a signature or a note ends an article ("Provided by the European
    Space Agency", "Disclaimer"); the clutter after them (a "Related" list, a cookie
    notice) is recognised on its own, so the line that came before it is the text's.
    """
    out = list(blocks)
    index = len(out) - 1
    while index >= 0 and out[index].kind == "heading":
        out[index] = Block("paragraph", out[index].text)
        index -= 1
    return out


def _opens_list(label: str, blocks: list[Block]) -> bool:
    """Whether a boilerplate line is the label of a list of other stories under it.

    A label follows the body's text; "Related: <a headline>" is one link, not a label.
    A placeholder is not asked: it interrupts (`is_placeholder`), so the list it stands
    in, the article's or a related one, goes on as before.
    """
    if not blocks:
        return False  # the body's lines may all be short (a table, a list): any will do
    _label, colon, rest = label.partition(":")
    return len(label) <= 80 and not (colon and len(rest.split()) > 2)


def _is_headline(line: str) -> bool:
    """A line that can be the article's headline: short, and not a sentence.

    A headline may end in "?" or "!", but not in a full stop: a line ending in one, or
    opening with a dateline or an agency in brackets, is the first paragraph (a short
    first sentence of an untitled text stays in the body). An ellipsis may end a short
    one ("Senate votes... again"), not a long one (a sentence cut off), and the same goes
    for "?" and "!": a long question is the first sentence. A line ending in a colon,
    semicolon or comma leads on into the next one. A byline or date line
    ("Posted by …", "Last updated 14 September 2016") is never the headline, nor is a
    line without a letter (a comment count "24", a rule "* * *"): a headline names
    something.
    """
    if len(line) > _MAX_TITLE or _DATELINE_PREFIX.match(line) or _AGENCY_LEDE.match(line):
        return False
    if not _has_letter(line):
        return False
    if _BYLINE.match(line) or _CREDIT_LINE.match(line) or _DATE_LINE.match(line):
        return False
    end = line.rstrip().removesuffix("”").removesuffix('"').removesuffix("’")
    if end.endswith(("…", "...")):
        return len(line.split()) <= 10 and len(line) <= 60  # a long one is a cut sentence
    if end.endswith(("?", "!", "？", "！")):
        return _word_count(line) <= _MAX_TITLE_WORDS
    if end.endswith(_LEADS_ON) and not end.endswith("::"):
        return False  # "The rankings were as follows:" introduces what comes next
    return not end.endswith((".", "。"))


def _has_letter(line: str) -> bool:
    return any(ch.isalpha() for ch in line)


def _word_count(line: str) -> int:
    """Words in a line; in a script written without spaces, two characters count as one."""
    unspaced = len(_UNSPACED.findall(line))
    return max(len(line.split()), unspaced // 2)


def _is_headline_shaped(line: str) -> bool:
    """A short line without closing punctuation: a headline in a list of them."""
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADLINE_WORDS
        and len(line) <= 110
        and not line.rstrip().endswith(_SENTENCE_END)
    )


def _is_navigation(line: str) -> bool:
    """A row of short menu items: "Home | News | Sport | Weather"."""
    items = _MENU_SEPARATOR.split(line)
    return len(items) >= 3 and all(0 < len(item.split()) <= 3 for item in items)


def _looks_like_heading(line: str) -> bool:
    """A short line without closing punctuation between paragraphs ("Mideast tension")."""
    words = line.split()
    return 0 < len(words) <= 8 and len(line) <= 80 and not _TERMINAL.search(line)

"""Drop the clutter that survives inside the article container, block by block.

Container pruning removes elements that *say* they are clutter; this pass removes
blocks that *read* like clutter: boilerplate sentences, link lists, the headline and
byline repeated above the body, and headings left dangling at the end.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newsreader.extract.blocks import RawBlock
from newsreader.extract.boilerplate import is_boilerplate

_MAX_LINK_DENSITY: Final = 0.5
_REPEAT_MIN: Final = 80
"""A repeated block shorter than this is structure ("Pre-workout meal", "1 cup rice" in
plans, recipes and schedules), never a duplicate."""
_OWN_TEXT: Final = 40
"""Characters outside links that make a link-dense paragraph a sentence."""
_BYLINE = re.compile(r"(by|von|par|por|di|door|av)\s+\S.{0,80}", re.IGNORECASE)
_DATELINE = re.compile(
    r"(updated|published|posted|last updated)?[:\s]*"
    r"[\w,.: /-]{0,40}\b(19|20)\d{2}\b[\w,.: /+-]{0,30}",
    re.IGNORECASE,
)
_MONTHS = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|\d{1,2}[:/.]\d{2}",
    re.IGNORECASE,
)


def _normal(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def clean_blocks(
    blocks: list[RawBlock], *, title: str = "", author: str | None = None
) -> list[RawBlock]:
    """Filter raw blocks down to article text.

    Args:
        blocks: blocks from the container walk, in order.
        title: the article's headline, removed where the page repeats it in the body.
        author: the byline name, removed where it stands alone.
    """
    title_key = _normal(title)
    author_key = _normal(author or "")
    kept: list[RawBlock] = []
    seen: set[str] = set()
    images: set[str | None] = set()
    link_items: set[int] = set()  # link-only list items and headings, judged by position
    after_boilerplate = False
    box_sizes: Counter[int] = Counter()
    for block in blocks:
        box_sizes[block.box] += 1
        if block.outer_box != block.box:
            box_sizes[block.outer_box] += 1
    for index, block in enumerate(blocks):
        text = block.text
        if block.kind == "image":
            if block.url not in images:
                images.add(block.url)
                if text and (is_boilerplate(text) or text.casefold() in seen):
                    block.text = ""  # a credit line or a caption already shown
                kept.append(block)
            continue
        if _alt_caption(block, kept[-1] if kept else None) or _boxed_caption(
            block, kept[-1] if kept else None, box_sizes
        ):
            kept[-1].text = text  # the caption of the picture above it, not body text
            continue
        if block.kind != "preformatted" and (is_boilerplate(text) or _labelled_list(text)):
            after_boilerplate = True  # "Related stories": the links under it go too
            continue
        if after_boilerplate and block.kind == "list_item" and block.link_chars:
            continue  # each item of the list under the label links to another page
        if (
            block.kind in ("paragraph", "list_item", "heading")
            and _link_heavy(block)
            and not _data_cell(blocks, index)
        ):
            if block.kind == "paragraph" or after_boilerplate:
                continue
            link_items.add(id(block))
        else:
            after_boilerplate = False
        near_top = title_key and len(kept) < 8 and len(text) < 2 * len(title) + 20
        if near_top or len(text) < 120:
            key = _normal(text)
            if not key:
                continue
            if near_top and key == title_key:
                continue
            if len(text) < 120 and _is_byline_or_date(text, key, author_key):
                continue
        folded = text.casefold()
        if (
            folded in seen
            and len(folded) > _REPEAT_MIN
            and _drops_repeat(block, blocks[index - 1] if index else None)
        ):
            continue  # repeated pull quotes, captions repeated under every picture
        seen.add(folded)
        kept.append(block)
    if link_items:
        kept = _inner_link_lists(kept, link_items)
    return _without_dangling_heading(kept)


_CELL_NAME_MAX: Final = 100


def _data_cell(blocks: list[RawBlock], index: int) -> bool:
    """A short link in a table cell next to a cell of text: the name of a row of data
    (a film and its synopsis, a source and its figures), not a menu cell."""
    block = blocks[index]
    if not block.cell or len(block.text) > _CELL_NAME_MAX or "\n" in block.text:
        return False
    return any(
        0 <= i < len(blocks)
        and blocks[i].cell
        and blocks[i].kind != "image"
        and not _link_heavy(blocks[i])
        for i in (index - 1, index + 1)
    )


def _without_dangling_heading(kept: list[RawBlock]) -> list[RawBlock]:
    """Cut a heading at the end with nothing but pictures under it, and those pictures.

    A heading with no text under it introduces what was cut ("You may also like",
    in any language): a row of other posts' thumbnails whose links were dropped.
    """
    end = len(kept)
    while end and kept[end - 1].kind in ("heading", "image"):
        end -= 1
    for index in range(end, len(kept)):
        if kept[index].kind == "heading":
            return kept[:index]
    return kept


def _alt_caption(block: RawBlock, previous: RawBlock | None) -> bool:
    """A short text right under a picture that says what the picture's alt text says:
    a caption in a plain `<span>` or `<p>`, which no `<figcaption>` marked."""
    if previous is None or previous.kind != "image" or previous.text or not previous.alt:
        return False
    if block.kind not in ("paragraph", "heading") or len(block.text) > 300:
        return False
    return _normal(block.text) == _normal(previous.alt)


def _boxed_caption(block: RawBlock, previous: RawBlock | None, box_sizes: Counter[int]) -> bool:
    """A short paragraph that shares a wrapper with one picture and nothing else: a
    caption in a plain `<p>` (WordPress' "wp-caption" and its kin), whatever its class
    says and in any language.

    The caption is an element of its own inside the picture's wrapper, and the wrapper
    holds exactly the two. A picture inside a paragraph (`<p><img>Text…</p>`) shares
    the paragraph's own element, and one standing among the paragraphs of the body
    shares the body's wrapper with all of them: neither takes a caption.
    """
    if previous is None or previous.kind != "image" or previous.text or not previous.box:
        return False
    if block.kind != "paragraph" or len(block.text) > _CAPTION_MAX or block.link_chars:
        return False
    return (
        block.outer_box == previous.box
        and block.box != previous.box
        and box_sizes[previous.box] == 2
    )


_CAPTION_MAX: Final = 300


_PROMO_TAG = re.compile(r"^\[[A-Z][A-Z &/-]{1,20}\]|\[[A-Z][A-Z &/-]{1,20}\]$")
"""A bracketed ALL-CAPS tag at either end of a line: "[INSIGHT] …", "… [VIDEO]"."""


def _labelled_list(text: str) -> bool:
    """A block of lines that is a promotion: a label line ("DON'T MISS") over short lines,
    or short lines that each carry a bracketed ALL-CAPS tag (headline links)."""
    lines = text.split("\n")
    if len(lines) < 2 or any(len(line) > 200 for line in lines):
        return False
    return is_boilerplate(lines[0]) or all(_PROMO_TAG.search(line) for line in lines[1:])


def _drops_repeat(block: RawBlock, previous: RawBlock | None) -> bool:
    """Whether a block seen before is clutter: a pull quote, a list item or heading
    shown twice, or a caption repeated under each picture. A paragraph that comes
    back in running text is the author's (a refrain, a repeated instruction)."""
    if block.kind == "preformatted":
        return False
    return block.kind != "paragraph" or (previous is not None and previous.kind == "image")


def _inner_link_lists(blocks: list[RawBlock], link_items: set[int]) -> list[RawBlock]:
    """Keep lists and headings of links inside the story (sources, products, the names
    of a list article's items); drop those around it.

    Lists of links before the first paragraph or after the last one are navigation and
    "more stories"; between paragraphs they are part of what the article says.
    """
    text_positions = [
        i
        for i, b in enumerate(blocks)
        if b.kind in ("paragraph", "quote") and id(b) not in link_items
    ]
    if not text_positions:
        return [b for b in blocks if id(b) not in link_items]
    first, last = text_positions[0], text_positions[-1]
    label = -1
    if (
        len(text_positions) > 1
        and _is_label(blocks[last].text)
        and last + 1 < len(blocks)
        and id(blocks[last + 1]) in link_items
    ):
        # "Você pode gostar:", "Читайте также": a short line over the links after the
        # body is their label, in whatever language, and goes with them.
        label, last = last, text_positions[-2]
    return [
        b
        for i, b in enumerate(blocks)
        if i != label and (id(b) not in link_items or first < i < last)
    ]


_LABEL_MAX: Final = 60
_STATEMENT_END: Final = (".", "!", "?", "…", "。", "！", "？", ".”", '."', "”", '"')


def _is_label(text: str) -> bool:
    """A short line that is not a sentence: a few words, maybe a colon, no full stop."""
    stripped = text.strip()
    return (
        0 < len(stripped) <= _LABEL_MAX
        and len(stripped.split()) <= 8
        and not stripped.endswith(_STATEMENT_END)
    )


def between_chunks(blocks: list[RawBlock]) -> list[RawBlock]:
    """Keep chunk blocks, and blocks between the first and last chunk that read as text.

    Subheadings often sit between the chunks of a split body; boxes before the first
    chunk or after the last one (author bios, "more stories") do not belong.
    """
    inside = [i for i, block in enumerate(blocks) if block.in_chunk]
    if not inside or len(inside) == len(blocks):
        return blocks
    first, last = inside[0], inside[-1]
    return [
        block
        for i, block in enumerate(blocks)
        if block.in_chunk
        or (first < i < last and block.kind in _BETWEEN_KINDS and not _link_heavy(block))
    ]


_BETWEEN_KINDS: Final = frozenset({"heading", "paragraph", "quote", "image", "preformatted"})


def _link_heavy(block: RawBlock) -> bool:
    """A block that is mostly link text: "Read more: …" rows, tag lists, related links."""
    length = len(block.text.strip())
    if length == 0 or block.link_chars == 0:
        return False
    density = block.link_chars / length
    if block.kind == "heading":
        return density > 0.9 and length < 200
    if length > 400:
        return density > 0.8
    # A sentence with a long inline link still has words of its own around it; a
    # related-stories row or "Read more: <link>" has next to none.
    return density > _MAX_LINK_DENSITY and length - block.link_chars < _OWN_TEXT


_NUMERIC_DATE = re.compile(
    r"\s*(?:\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?|\d{1,2}[./-]\d{1,2}[./-]\d{4})"
    r"\s*(?:[（(][^)）]{1,3}[)）])?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
)
"""A date in digits alone, as East Asian and ISO pages write it: "2016年08月03日",
"2019-02-21", "21.02.2019 14:30"."""


def _is_byline_or_date(text: str, key: str, author_key: str) -> bool:
    """Short lines that restate the author or publication time."""
    stripped = text.strip()
    if len(stripped) < 40 and stripped[:1].isdigit() and _NUMERIC_DATE.fullmatch(text):
        return True
    if author_key and (
        key == author_key or (author_key in key and len(key) < len(author_key) + 40)
    ):
        return True
    if len(stripped) >= 60:
        return False  # the checks below are for short lines; most blocks stop here
    if (
        stripped[:5].lower().startswith(_BYLINE_WORDS)
        and _BYLINE.fullmatch(stripped)
        and not stripped.endswith(".")
    ):
        return True
    return (
        ("19" in stripped or "20" in stripped)  # a year, which a dateline must have
        and len(stripped.split()) <= 8
        and bool(_DATELINE.fullmatch(stripped))
        and bool(_MONTHS.search(stripped))
    )


_BYLINE_WORDS: Final = ("by", "von", "par", "por", "di", "door", "av")
"""The words `_BYLINE` can open with: a cheap test before the regex."""

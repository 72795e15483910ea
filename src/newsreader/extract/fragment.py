"""Feed-item bodies: HTML or text fragments, cleaned without judging them.

A feed's description is often one or two sentences. `extract_html` rightly refuses such a
page as "not an article", but a teaser is exactly what a feed item is, and the reader
must still show it. The same clutter knowledge applies; only the verdict is skipped.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from newsreader.extract.blocks import RawBlock, to_block, walk
from newsreader.extract.clutter import NEVER_TEXT_TAGS, is_boilerplate
from newsreader.extract.content import remove_clutter
from newsreader.extract.links import anchors, place_links
from newsreader.models import Article, Block
from newsreader.sanitize import sanitize_line, sanitize_text

_NEVER_TEXT = ", ".join(NEVER_TEXT_TAGS)
_LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z]|!--)[^>]*>")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def looks_like_html(fragment: str) -> bool:
    return _LOOKS_LIKE_HTML.search(fragment) is not None


def _text_blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    for paragraph in _PARAGRAPH_BREAK.split(sanitize_text(text)):
        line = sanitize_line(paragraph)
        if line and not is_boilerplate(line):
            blocks.append(Block("paragraph", line))
    return blocks


def extract_fragment(fragment: str, url: str | None = None) -> Article:
    """Clean a feed item's body (HTML or plain text) into blocks; never raises.

    Returns an article with no blocks when nothing readable is left.
    """
    try:
        if not looks_like_html(fragment):
            return Article.from_blocks(_text_blocks(fragment))
        tree = LexborHTMLParser(f"<html><body>{fragment.replace(chr(0), '')}</body></html>")
        for node in tree.css(_NEVER_TEXT):
            node.remove()
        remove_clutter(tree)
        raw: list[RawBlock] = walk(tree.body, url, prune=True) if tree.body is not None else []
        blocks = [
            block
            for block in map(to_block, raw)
            if block is not None and not (block.kind != "image" and is_boilerplate(block.text))
        ]
        if not any(block.text for block in blocks) and tree.body is not None:
            blocks = _text_blocks(tree.body.text(separator="\n\n"))
        found = anchors([tree.body], url) if tree.body is not None else []
        return place_links(Article.from_blocks(blocks), found)
    except Exception:  # a teaser that cannot be read is shown as nothing, never a crash
        return Article()

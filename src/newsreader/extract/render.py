"""Render an `Article` as Markdown or plain text for the CLI and exports.

Block text is already sanitised; Markdown rendering only has to keep block structure
and escape nothing more than what would change the structure (a line that starts
with "#" inside a paragraph must not become a heading).
"""

from __future__ import annotations

import re

from newsreader.models import Article, Block

_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+\-*]|\d+[.)])(\s)", re.MULTILINE)


def _escape(text: str) -> str:
    """Keep a paragraph a paragraph: escape block markers at line starts."""
    return _MARKDOWN_LINE_START.sub(r"\1\\\2\3", text)


def _byline(article: Article) -> str:
    parts: list[str] = []
    if article.author:
        parts.append(f"By {article.author}")
    if article.published:
        parts.append(article.published.strftime("%Y-%m-%d %H:%M UTC"))
    if article.site_name:
        parts.append(article.site_name)
    return " · ".join(parts)


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    return "`" * max(3, longest + 1)


def _markdown_block(block: Block) -> str:
    if block.kind == "heading":
        return "#" * min(max(block.level, 2), 6) + " " + " ".join(block.text.split())
    if block.kind == "quote":
        return "\n".join("> " + _escape(line) for line in block.text.split("\n"))
    if block.kind == "list_item":
        marker = "1." if block.ordered else "-"
        indent = "  " * block.level if not block.ordered else "   " * block.level
        lines = block.text.split("\n")
        rest = "".join(f"\n{indent}  {_escape(line)}" for line in lines[1:])
        return f"{indent}{marker} {_escape(lines[0])}{rest}"
    if block.kind == "preformatted":
        fence = _fence(block.text)
        return f"{fence}\n{block.text}\n{fence}"
    if block.kind == "image":
        caption = " ".join(block.text.split()).replace("]", "\\]")
        url = (block.url or "").replace(" ", "%20").replace(")", "%29")
        return f"![{caption}]({url})"
    return _escape(block.text).replace("\n", "  \n")


def to_markdown(article: Article) -> str:
    """The article as Markdown: title, byline line, then the blocks in order.

    Consecutive list items are kept together (no blank line) so they form one list.
    """
    out: list[str] = []
    if article.title:
        out.append(f"# {article.title}")
    byline = _byline(article)
    if byline:
        out.append(f"*{byline}*")
    previous: Block | None = None
    for block in article.blocks:
        rendered = _markdown_block(block)
        if previous is not None and previous.kind == block.kind == "list_item" and out:
            out[-1] += "\n" + rendered
        else:
            out.append(rendered)
        previous = block
    return "\n\n".join(out) + "\n"


def to_plain(article: Article) -> str:
    """The article as plain text: title, byline line, blank line, body text."""
    head = [line for line in (article.title, _byline(article)) if line]
    parts = ["\n".join(head)] if head else []
    if article.text:
        parts.append(article.text)
    return "\n\n".join(parts) + "\n"

"""All the text a refused page holds, for a reader who asked to see it anyway.

`extract_document` refuses pages that do not read as an article (a short stub, a page
that is mostly links, a login wall). Someone who opened such a page on purpose with
`newsreader read` should still see what it says, with a note saying why it is not shown
as an article. Only pages with no text at all (PDF, binary, empty) stay refused.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from newsreader.extract.blocks import to_block, walk
from newsreader.extract.cleanup import clean_blocks
from newsreader.extract.encoding import decode, sniff_kind
from newsreader.extract.errors import NotAnArticle
from newsreader.extract.html import NEVER_TEXT_SELECTOR
from newsreader.extract.metadata import read_metadata
from newsreader.extract.prune import remove_clutter
from newsreader.models import Article, Block
from newsreader.sanitize import sanitize_line, sanitize_text


def extract_all_text(
    data: bytes, *, reason: str, content_type: str | None = None, url: str | None = None
) -> Article:
    """Every readable block of a document, after a note saying why it is not an article.

    Args:
        data: the document, as fetched or read.
        reason: why the extractor refused it (the `NotAnArticle` message).
        content_type: the HTTP Content-Type header, if any.
        url: where the document came from.

    Raises:
        NotAnArticle: the document holds no text at all (or is not text).
    """
    try:
        kind = sniff_kind(data, content_type) if data.strip() else "empty"
        if kind not in ("html", "text"):
            raise NotAnArticle(reason)
        text = decode(data, content_type).replace("\x00", "")
        title = ""
        if kind == "html":
            title, blocks = _html_blocks(text, url)
        else:
            blocks = [
                Block("paragraph", line)
                for line in (sanitize_line(chunk) for chunk in sanitize_text(text).split("\n"))
                if line
            ]
    except NotAnArticle:
        raise
    except Exception as error:  # the contract: nothing but NotAnArticle escapes
        raise NotAnArticle(reason) from error
    if not blocks:
        raise NotAnArticle(reason)
    note = Block(
        "quote",
        f"newsreader: not shown as an article ({sanitize_line(reason)}); "
        "below is all the text the page holds.",
    )
    return Article.from_blocks([note, *blocks], title=title)


def _html_blocks(text: str, url: str | None) -> tuple[str, list[Block]]:
    """The page's title and its body text, clutter removed when anything else remains."""
    tree = LexborHTMLParser(text)
    title = read_metadata(tree, url).title
    body = tree.body
    if body is None:
        return title, []
    for node in body.css(NEVER_TEXT_SELECTOR):
        node.remove()
    raw = walk(body, url, prune=False)
    everything = clean_blocks(list(raw))
    remove_clutter(tree)
    pruned = clean_blocks(walk(body, url, prune=True)) if tree.body is not None else []
    # A paywall or a home page may be nothing but what cleaning removes ("Subscribe to
    # keep reading", link lists): then all of it, as promised, rather than nothing.
    chosen = pruned or everything or raw
    blocks = [b for b in map(to_block, chosen) if b is not None and b.kind != "image"]
    return title, blocks

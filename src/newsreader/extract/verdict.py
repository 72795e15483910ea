"""Decide whether what was found is an article, and say why not in words.

The extractor must not guess: a home page's teaser list or a login form rendered as
"the article" is worse than an honest "this is not an article".
"""

from __future__ import annotations

from typing import Final

from newsreader.extract.blocks import RawBlock
from newsreader.extract.content import MainContent
from newsreader.extract.errors import NotAnArticle
from newsreader.extract.metadata import Metadata

MIN_ARTICLE_CHARS: Final = 200
"""Less body text than this is a stub, not an article."""
_PROSE: Final = 3
"""Paragraphs of prose (80+ characters, few links) that make a page an article whatever
its structured data says."""
_PROSE_LINK_SHARE: Final = 0.3


_TEASER_RIVALS: Final = 3
_TEASER_SHARE: Final = 0.6
_TEASER_CHARS: Final = 600
"""A body this short that is one of several containers of the same shape is a teaser."""


def _teaser_rivals(main: MainContent | None) -> int:
    """How many other scored containers share the winner's tag and class and score
    like it without being part of the body: the other cards of a grid of teasers.

    An article wins clearly over the teasers around it, or its sections join it as
    chunks; a home page's cards score alike, and the best of them is one summary.
    """
    if main is None or not main.candidates:
        return 0
    top = main.candidates[0]
    shape = (top.node.tag, top.node.attributes.get("class"))
    return sum(
        1
        for candidate in main.candidates[1:]
        if (candidate.node.tag, candidate.node.attributes.get("class")) == shape
        and candidate.score >= _TEASER_SHARE * top.score
        and candidate.node.mem_id not in main.chunks
    )


def judge(
    blocks: list[RawBlock],
    main: MainContent | None,
    meta: Metadata,
    *,
    body_text: int,
    has_password: bool,
) -> None:
    """Raise NotAnArticle unless `blocks` read as an article.

    Args:
        blocks: the cleaned body blocks.
        main: the scored container (None when no paragraph qualified).
        meta: page metadata (declared type helps tell listings from articles).
        body_text: 0 when the page has no body content at all.
        has_password: the page contains a password field.
    """
    text_blocks = [b for b in blocks if b.kind != "image"]
    chars = sum(len(b.text) for b in text_blocks)
    if body_text == 0:
        raise NotAnArticle("the page has no body")
    if has_password and chars < 1000:
        raise NotAnArticle("this looks like a login wall: the page asks for a password")
    if chars < MIN_ARTICLE_CHARS:
        raise NotAnArticle(f"no article text found (only {chars} characters of body text)")
    paragraphs = [
        b
        for b in text_blocks
        if b.kind in ("paragraph", "quote")
        and len(b.text) > 80
        and b.link_chars < _PROSE_LINK_SHARE * len(b.text)
    ]
    if meta.declares_listing and not meta.declares_article and len(paragraphs) < _PROSE:
        # Article pages embed item lists too (a carousel, breadcrumbs); only a page
        # without running prose of its own is taken at its word.
        raise NotAnArticle(
            "the page declares itself a listing and has no running text of its own "
            f"({len(paragraphs)} paragraphs of prose)"
        )
    teasers = _teaser_rivals(main)
    if teasers >= _TEASER_RIVALS and chars < _TEASER_CHARS:
        raise NotAnArticle(
            f"this looks like a listing or home page: the text found is one of {teasers + 1} "
            "items of the same shape"
        )
    own_links = sum(b.link_chars for b in text_blocks) / max(chars, 1)
    if (
        not meta.declares_article
        and main is not None
        and len(paragraphs) < 2
        and main.link_density > 0.4
        and own_links > _PROSE_LINK_SHARE
    ):
        # The container is mostly links and so is what was kept of it; a brief whose
        # container also holds a list of links reads as prose once that list is gone.
        raise NotAnArticle(
            f"this looks like a listing or home page: {main.link_density:.0%} of the "
            "main text is links"
        )

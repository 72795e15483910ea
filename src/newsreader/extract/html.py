"""The HTML path: page markup to a clean `Article`.

Order matters: metadata is read first (JSON-LD lives in `<script>`), then everything
that can never be text is stripped, clutter is unlinked, the main container is scored
and walked into blocks, and the blocks are filtered once more by what they say.
"""

from __future__ import annotations

import re
from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsreader.extract.blocks import RawBlock, to_block, walk
from newsreader.extract.cleanup import between_chunks, clean_blocks
from newsreader.extract.clutter import NEVER_TEXT_TAGS
from newsreader.extract.content import find_main, remove_clutter
from newsreader.extract.encoding import decode
from newsreader.extract.errors import NotAnArticle
from newsreader.extract.hints import special_reason
from newsreader.extract.links import anchors, place_links
from newsreader.extract.metadata import Metadata, read_metadata
from newsreader.extract.verdict import MIN_ARTICLE_CHARS, judge
from newsreader.models import Article, Block

NEVER_TEXT_SELECTOR = ", ".join(
    tag for tag in NEVER_TEXT_TAGS if tag not in ("head", "title", "link", "meta", "option")
)
"""One selector instead of `strip_tags`, which scans the whole tree once per tag. Tags
that only live in `<head>` or inside another listed tag are left to the walker, which
skips them too; every selector costs a pass over the page."""
_RUNNERS_UP = 4
"""How many scored containers are tried when the best one holds almost no text."""
_MAX_CHARS = 40_000_000
"""Pages beyond this are cut: no article is that long, and parsing time is linear."""


def extract_html(
    html: str | bytes, url: str | None = None, *, known: Metadata | None = None
) -> Article:
    """Extract the article from a web page.

    Args:
        html: the page, as text or as bytes (bytes are decoded by sniffing).
        url: the page's address, for resolving relative links and the canonical URL.
        known: the page's metadata when the caller already has it (a feed item wrapped
            as a page has no head to read); the page's own is then not read.

    Returns:
        The article, every string sanitised.

    Raises:
        NotAnArticle: the page has no article (listing, login wall, empty body).
    """
    try:
        return _extract(html, url, known)
    except NotAnArticle:
        raise
    except Exception as error:  # the contract: nothing but NotAnArticle escapes
        raise NotAnArticle(f"could not read this page ({type(error).__name__})") from error


def _extract(html: str | bytes, url: str | None, known: Metadata | None = None) -> Article:
    text = decode(html) if isinstance(html, bytes) else html
    if "\x00" in text:
        text = text.replace("\x00", "")
    text = text[:_MAX_CHARS]
    if not text or text.isspace():
        raise NotAnArticle("the page is empty")
    tree = LexborHTMLParser(text)
    meta = known if known is not None else read_metadata(tree, url)
    has_password = False
    body = tree.body
    for node in body.css(NEVER_TEXT_SELECTOR) if body is not None else ():
        if (
            not has_password
            and node.tag == "input"
            and (node.attributes.get("type") or "").lower() == "password"
        ):
            has_password = not _in_site_chrome(node)  # a login wall: the verdict wants to know
        node.remove()  # unlink, not destroy: a nested match may still be in the list
    body_text = 0 if tree.body is None or tree.body.child is None else 1
    remove_clutter(tree)
    main = find_main(tree)
    raw: list[RawBlock] = []
    roots: list[LexborNode] = []
    if main is not None:
        roots = main.nodes
        raw = _body(main.nodes, main.chunks, meta, url)
        if _text_chars(raw) < MIN_ARTICLE_CHARS:
            # The winner was a stub (a teaser box, a gallery); try the runners-up before
            # giving up, judging each by its own link density.
            for runner_up in main.candidates[1:_RUNNERS_UP]:
                candidate_raw = _body([runner_up.node], frozenset(), meta, url)
                if _text_chars(candidate_raw) >= MIN_ARTICLE_CHARS:
                    raw = candidate_raw
                    roots = [runner_up.node]
                    main = replace(main, link_density=runner_up.link_density)
                    break
    if meta.article_body and _text_chars(raw) < MIN_ARTICLE_CHARS <= len(meta.article_body):
        raw = _from_article_body(meta.article_body)  # the publisher's own copy of the body
    judge(raw, main, meta, body_text=body_text, has_password=has_password)
    blocks = [block for block in map(to_block, raw) if block is not None]
    return place_links(_article(blocks, meta), anchors(roots, url))


def _body(
    nodes: list[LexborNode], chunks: frozenset[int], meta: Metadata, url: str | None
) -> list[RawBlock]:
    """Walk the chosen roots into cleaned blocks."""
    raw: list[RawBlock] = []
    for node in nodes:
        raw.extend(walk(node, url, prune=False, chunks=chunks))
    raw = between_chunks(raw)
    headline = _headline_in_title(raw, meta.title)
    if headline:
        meta.title = headline
    raw = clean_blocks(raw, title=meta.title, author=meta.author)
    if meta.image_url:
        # The lead picture is the article's `image_url`; the body starts with its text.
        while raw and raw[0].kind == "image":
            raw.pop(0)
    return raw


_TITLE_PARTS = re.compile(r"\s+(?:[|–—·:»«]|::|-{1,2})\s+")
"""What joins a headline to the site and section names in a `<title>`."""
_HEAD_BLOCKS = 8


def _headline_in_title(raw: list[RawBlock], title: str) -> str | None:
    """The heading at the top of the body that is the `<title>` without its other parts.

    Titles carry the site and section around the headline ("Chelsea hoping to sign
    Anelka - Soccer - Sport - Breaking News", "Daily Dish :: Ronson denies affair")
    in ways no list of site names foresees; the page's own heading shows which part is
    the headline. Only a whole part (or run of parts) at either end counts.
    """
    if not title or not _TITLE_PARTS.search(title):
        return None
    parts = _TITLE_PARTS.split(title)
    keys = {_key(" ".join(parts[:n])) for n in range(1, len(parts))}
    keys |= {_key(" ".join(parts[n:])) for n in range(1, len(parts))}
    keys.discard("")
    for block in raw[:_HEAD_BLOCKS]:
        if block.kind == "heading" and _key(block.text) in keys:
            return " ".join(block.text.split())
    return None


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _in_site_chrome(node: LexborNode) -> bool:
    """A form in the page header, a menu or a hidden dialog: the site's own sign-in box,
    on every page, not a wall in front of this one."""
    ancestor = node.parent
    while ancestor is not None and ancestor.tag not in ("body", "html"):
        if special_reason(ancestor.tag or "", ancestor.attributes) is not None:
            return True
        ancestor = ancestor.parent
    return False


def _text_chars(raw: list[RawBlock]) -> int:
    return sum(len(block.text) for block in raw if block.kind != "image")


def _from_article_body(body: str) -> list[RawBlock]:
    """Paragraphs from a JSON-LD articleBody, when the markup gave nothing usable."""
    lines = (" ".join(line.split()) for line in body.replace("\r", "").split("\n"))
    return [RawBlock("paragraph", line) for line in lines if line]


def _article(blocks: list[Block], meta: Metadata) -> Article:
    return Article.from_blocks(
        blocks,
        title=meta.title,
        author=meta.author,
        published=meta.published,
        site_name=meta.site_name,
        section=meta.section,
        canonical_url=meta.canonical_url,
        image_url=meta.image_url,
        language=meta.language,
    )

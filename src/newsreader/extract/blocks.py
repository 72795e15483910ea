"""Walk a content container and turn it into ordered article blocks.

The walk is iterative (an explicit stack), because pages nest 10,000 levels deep and
Python recursion would overflow long before that. Inline text is collected into a
buffer that is flushed whenever a block-level element starts or ends, so "text<p>more"
and `<div>` soup both come out as separate paragraphs. Clutter inside the container
(share bars, ad slots, embedded "related" lists) is skipped during the same walk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from selectolax.lexbor import LexborNode

from newsreader.extract.boilerplate import clean_caption
from newsreader.extract.clutter import NEVER_TEXT_TAGS
from newsreader.extract.hints import clutter_reason, is_hidden
from newsreader.extract.links import resolve
from newsreader.models import Block, BlockKind
from newsreader.sanitize import sanitize_text, sanitize_url

BLOCK_TAGS: Final[frozenset[str]] = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "ul",
        "ol",
        "li",
        "pre",
        "figure",
        "figcaption",
        "table",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "hr",
        "header",
        "footer",
        "address",
        "center",
        "details",
        "summary",
        "caption",
        "tbody",
        "thead",
        "tfoot",
        "form",
        "fieldset",
        "body",
        "html",
        "nav",
        "aside",
        "picture",
        "hgroup",
        "menu",
    }
)
_HEADINGS: Final = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SKIP: Final[frozenset[str]] = frozenset(NEVER_TEXT_TAGS) | {"-comment", "figcaption"}
_NOISE_IMAGE: Final = re.compile(
    r"pixel|spacer|blank\.gif|1x1|/ads?/|doubleclick|tracking|/avatars?/|gravatar|/icons?/"
    r"|logo|sprite|emoji|feeds\.feedburner"
)
"""Image URLs that are page furniture rather than pictures of the story."""
_CONTEXT_TAGS: Final = frozenset(
    {*_HEADINGS, "blockquote", "pre", "ul", "ol", "li", "figure", "td", "th"}
)
_CHUNK_END: Final = "\x00chunk"


@dataclass(slots=True)
class RawBlock:
    """A block before sanitising, with the link share used to spot link lists."""

    kind: BlockKind
    text: str
    level: int = 0
    ordered: bool = False
    url: str | None = None
    link_chars: int = 0
    in_chunk: bool = True
    """False for text found between the chunks of a split body (see `content`)."""
    alt: str = ""
    """An image's alt text: a block under the picture saying the same is its caption."""
    cell: bool = False
    """Text from a table cell: a link there may be the name in a row of data."""
    box: int = 0
    """mem_id of the innermost block element holding the text (or the picture)."""
    outer_box: int = 0
    """mem_id of the block element around `box`: a `<p>` under a picture in one wrapper
    has the picture's box as its outer box (see `cleanup`, captions)."""


@dataclass(slots=True)
class _Context:
    """What kind of block the text being collected belongs to."""

    kind: BlockKind = "paragraph"
    level: int = 0
    ordered: bool = False
    list_depth: int = -1
    list_ordered: list[bool] = field(default_factory=list)
    cell: bool = False


@dataclass(slots=True)
class _Walker:
    base_url: str | None
    prune: bool
    chunks: frozenset[int] = frozenset()
    chunk_depth: int = 0
    blocks: list[RawBlock] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    in_link: int = 0
    contexts: list[_Context] = field(default_factory=lambda: [_Context()])
    boxes: list[int] = field(default_factory=lambda: [0, 0])
    """mem_ids of the block elements open around the walk, innermost last."""

    def flush(self) -> None:
        """Turn the collected inline text into a block of the current kind."""
        if not self.parts:
            return
        context = self.contexts[-1]
        raw = "".join(self.parts)
        self.parts.clear()
        if context.kind == "preformatted":
            text = raw.strip("\n")
        else:
            if "\u200b" in raw:
                raw = raw.replace("\u200b", "")
            if "\n" in raw:  # a <br> inside
                lines = (" ".join(line.split()) for line in raw.split("\n"))
                text = "\n".join(line for line in lines if line)
            else:
                text = " ".join(raw.split())
        if text.strip():
            self.blocks.append(
                RawBlock(
                    context.kind,
                    text,
                    context.level,
                    context.ordered,
                    None,
                    self.link_chars,
                    self.in_chunk,
                    cell=context.cell,
                    box=self.boxes[-1],
                    outer_box=self.boxes[-2],
                )
            )
        self.link_chars = 0

    @property
    def in_chunk(self) -> bool:
        return not self.chunks or self.chunk_depth > 0

    def enter(self, node: LexborNode, tag: str) -> None:
        """Open a block-level element: flush, then push the context it creates."""
        self.flush()
        self.boxes.append(node.mem_id)
        current = self.contexts[-1]
        if tag not in _CONTEXT_TAGS:
            self.contexts.append(current)  # a plain container: same kind of text inside
            return
        context = _Context(
            current.kind,
            current.level,
            current.ordered,
            current.list_depth,
            current.list_ordered,
            current.cell or tag in ("td", "th"),
        )
        if tag in _HEADINGS and current.kind in ("paragraph", "quote"):
            context.kind, context.level = "heading", _HEADINGS[tag]
        elif tag == "blockquote" and current.kind == "paragraph":
            context.kind = "quote"
        elif tag == "pre":
            context.kind = "preformatted"
        elif tag in ("ul", "ol"):
            context.list_depth += 1
            context.list_ordered = [*current.list_ordered, tag == "ol"]
        elif tag == "li" and current.kind != "preformatted":
            context.kind = "list_item"
            context.level = max(context.list_depth, 0)
            context.ordered = bool(context.list_ordered and context.list_ordered[-1])
        elif tag == "figure":
            self.image(node, _caption(node))
        self.contexts.append(context)

    def leave(self) -> None:
        self.flush()
        self.contexts.pop()
        self.boxes.pop()

    def image(self, node: LexborNode, caption: str) -> None:
        """Emit an image block for the first usable `<img>` at or under `node`."""
        img = node if node.tag == "img" else node.css_first("img")
        if img is None:
            return
        url = _image_source(img, self.base_url)
        if url is None:
            return
        self.flush()
        alt = " ".join((img.attributes.get("alt") or "").split())
        self.blocks.append(
            RawBlock(
                "image",
                caption,
                url=url,
                in_chunk=self.in_chunk,
                alt=alt,
                box=self.boxes[-1],
                outer_box=self.boxes[-2],
            )
        )


def walk(
    root: LexborNode,
    base_url: str | None = None,
    *,
    prune: bool = True,
    chunks: frozenset[int] = frozenset(),
) -> list[RawBlock]:
    """Collect the blocks under `root` in document order.

    Args:
        root: the container chosen as the article body.
        base_url: resolves relative image sources.
        prune: skip clutter elements (share bars, ads…) met inside the container.
        chunks: ids of the containers holding a split body; blocks outside them are
            marked `in_chunk=False`.
    """
    walker = _Walker(base_url, prune, chunks)
    # Without pruning only hidden elements are skipped: found once with a selector, so
    # that the loop below need not build every element's attribute dict.
    hidden = (
        set()
        if prune
        else {
            n.mem_id
            for n in root.css("[hidden], [aria-hidden], [style]")
            if is_hidden(n.attributes)
        }
    )
    parts = walker.parts
    # Stack entries: a node to enter, or a string marking the end of an element ("a",
    # a chunk, or any block tag). Local names keep this loop, run on every node, tight.
    stack: list[LexborNode | str] = [root]
    pop, push = stack.pop, stack.append
    while stack:
        item = pop()
        if isinstance(item, str):
            if item == "a":
                walker.in_link -= 1
            elif item == _CHUNK_END:
                walker.flush()
                walker.chunk_depth -= 1
            else:
                walker.leave()
            continue
        node = item
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            if "\n" in text and walker.contexts[-1].kind != "preformatted":
                # A line break in the source is a space, as a browser shows it; only
                # `<br>` breaks a line.
                text = text.replace("\n", " ")
            parts.append(text)
            if walker.in_link:
                walker.link_chars += len(text.strip())
            continue
        if tag is None or tag in _SKIP or tag[0] == "-":
            continue
        if node is not root and (
            node.mem_id in hidden if not prune else clutter_reason(tag, node.attributes)
        ):
            continue
        if chunks and node.mem_id in chunks:
            walker.flush()
            walker.chunk_depth += 1
            push(_CHUNK_END)
        if tag == "br":
            parts.append("\n")
            continue
        if tag == "img":
            if walker.contexts[-1].kind != "heading":
                walker.image(node, "")
            continue
        if tag in BLOCK_TAGS:
            walker.enter(node, tag)
            push(tag)
        elif tag == "a":
            walker.in_link += 1
            push("a")
        # Children in reverse, so that the first child is popped first.
        children: list[LexborNode] = []
        child = node.child
        while child is not None:
            children.append(child)
            child = child.next
        children.reverse()
        stack.extend(children)
    walker.flush()
    return walker.blocks


def _caption(figure: LexborNode) -> str:
    caption = figure.css_first("figcaption")
    if caption is None:
        return ""
    return clean_caption(" ".join(caption.text(separator=" ").split()))


def _image_source(img: LexborNode, base_url: str | None) -> str | None:
    """The best source of an image, looking past lazy-loading placeholders.

    Tracking pixels, spacers, icons and avatars are not article images: None for them.
    """
    attrs = img.attributes
    if _tiny(attrs.get("width")) or _tiny(attrs.get("height")):
        return None
    for key in ("data-src", "data-original", "data-lazy-src", "src", "data-srcset", "srcset"):
        value = attrs.get(key)
        if not value or value.startswith("data:"):
            continue
        if "srcset" in key:
            value = value.split(",")[0].split()[0] if value.strip() else ""
        try:
            absolute = resolve(base_url, value.strip())
        except ValueError:
            continue
        if _NOISE_IMAGE.search(absolute.lower()):
            return None
        return sanitize_url(absolute)
    return None


def _tiny(dimension: str | None) -> bool:
    """An explicit width or height under 60 pixels: an icon or a tracking pixel."""
    digits = (dimension or "").strip().removesuffix("px")
    return digits.isdigit() and int(digits) < 60


def to_block(raw: RawBlock) -> Block | None:
    """Sanitise a raw block into the shared `Block` type (None if nothing is left)."""
    if raw.kind == "preformatted":
        text = sanitize_text(raw.text)
    else:
        # One sanitize_text call per block; then each line collapsed as sanitize_line
        # would, unless sanitising changed nothing (it hands back the same string) in
        # text the walk collapsed already (a caption lost its credit since: not that).
        text = sanitize_text(raw.text)
        if text is not raw.text or raw.kind == "image":
            lines = (" ".join(line.split()) for line in text.split("\n"))
            text = "\n".join(filter(None, lines))
    if raw.kind == "image":
        url = sanitize_url(raw.url)
        return Block("image", text, url=url) if url else None
    if not text.strip():
        return None
    return Block(raw.kind, text, level=raw.level, ordered=raw.ordered)

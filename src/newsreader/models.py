"""Frozen value types shared by every layer.

They live in one module so that the feed parser, the extractor, the analyser, the store
and the app agree on one vocabulary without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

BlockKind = Literal["heading", "paragraph", "quote", "list_item", "preformatted", "image"]
EntityKind = Literal["person", "organization", "place", "other"]
FulltextMode = Literal["teaser", "always", "never"]

SPEAKER_SURE = 0.6
"""Speaker confidence from which a quote's speaker is shown as certain."""

ANALYSIS_VERSION = 5
"""The method that found a stored article's entities and quotes; raise it whenever the
analysis finds different things, so articles analysed by an older method are analysed
again when opened (and by the backlog pass) instead of showing what it got wrong.
1: anything stored without a version (speakers then carried no confidence); 3: entity
kinds from the whole article, role references ("the president") marked, quote round 7;
4: the learned speaker ranker, short titles and particles in names (session 3); 5:
quotations in single marks (British, Irish, Australian news) found."""
STALE_SPEAKER_CONFIDENCE = 0.5
"""A speaker found by an older method is not shown as certain until analysed again."""

BLOCK_SEPARATOR = "\n\n"
"""Blocks are joined with a blank line in `Article.text`, so offsets stay predictable."""


@dataclass(frozen=True, slots=True)
class Block:
    """One structural piece of an article body.

    `start`/`end` locate the block's text inside `Article.text` so that analysis offsets
    (which refer to `Article.text`) can be mapped back onto rendered blocks. Images
    contribute no text (`start == end`): their caption stays in `text` of the block only,
    because captions so often describe some other story's picture.
    """

    kind: BlockKind
    text: str
    level: int = 0
    """Heading level (1-6) for headings; nesting depth (0-based) for list items."""
    ordered: bool = False
    """True for items of a numbered list."""
    url: str | None = None
    """Image source for image blocks."""
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention; offsets index the text it was found in."""

    start: int
    end: int
    text: str
    kind: EntityKind
    key: str = ""
    """Canonical name shared by every mention of one entity ("Blinken" -> "Antony Blinken")."""
    reference: bool = False
    """A description that stands for the entity `key` ("the president" for "President Joe
    Biden"), not a name: it joins the entity's group, its mention count and quote
    attribution, but it is neither highlighted nor listed or scored as a name."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A key direct quotation and who said it; offsets index the analysed text."""

    start: int
    end: int
    text: str
    speaker: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_confidence: float = 1.0
    """How sure the attribution is, 0-1; below `SPEAKER_SURE` the speaker is a guess that
    a reader should not be shown as certain. Quotes stored before it existed read as 1.0."""
    speaker_how: str = field(default="", compare=False)
    """Which attribution path gave the speaker ("after:name", "pronoun", "carry-next", …):
    for measuring each path's precision; not stored, not shown."""

    @property
    def speaker_sure(self) -> bool:
        """Whether the speaker can be shown as the one who said it."""
        return self.speaker is not None and self.speaker_confidence >= SPEAKER_SURE


@dataclass(frozen=True, slots=True)
class Link:
    """A link inside the article text: `text[start:end]` points to the absolute `url`."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: metadata plus ordered body blocks and their plain text."""

    title: str = ""
    author: str | None = None
    published: datetime | None = None
    site_name: str | None = None
    section: str | None = None
    canonical_url: str | None = None
    image_url: str | None = None
    language: str | None = None
    dateline: str | None = None
    """Where the story was filed ("WASHINGTON"), when the text names it on its own."""
    blocks: tuple[Block, ...] = ()
    text: str = ""
    links: tuple[Link, ...] = ()
    """Links kept from the page, as spans of `text` (see `extract.links`)."""

    @classmethod
    def from_blocks(cls, blocks: Iterable[Block], **metadata: object) -> Article:
        """Build an article whose `text` and block offsets are derived from `blocks`.

        Deriving both from one place guarantees that offsets into `text` land inside the
        block they belong to.
        """
        placed: list[Block] = []
        parts: list[str] = []
        position = 0
        for block in blocks:
            if not block.text or block.kind == "image":
                placed.append(replace(block, start=position, end=position))
                continue
            if parts:
                position += len(BLOCK_SEPARATOR)
            parts.append(block.text)
            placed.append(replace(block, start=position, end=position + len(block.text)))
            position += len(block.text)
        return cls(blocks=tuple(placed), text=BLOCK_SEPARATOR.join(parts), **metadata)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Enclosure:
    url: str
    media_type: str | None = None
    length: int | None = None


@dataclass(frozen=True, slots=True)
class ParsedEntry:
    """One feed item as parsed, before storage. Strings may still be untrusted."""

    guid: str | None
    url: str | None
    title: str
    author: str | None = None
    published: datetime | None = None
    """Always timezone-aware UTC, or None when the feed gave no usable date."""
    updated: datetime | None = None
    summary: str = ""
    """Short description (may be HTML)."""
    content: str = ""
    """Full content (may be HTML) when the feed carries it."""
    enclosures: tuple[Enclosure, ...] = ()


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    site_url: str | None = None
    entries: tuple[ParsedEntry, ...] = ()
    dropped: int = 0
    """Entries left out because the document held more than the per-feed cap."""


@dataclass(frozen=True, slots=True)
class Feed:
    """A subscription as stored, with unread/total counts when listed."""

    id: int
    url: str
    title: str
    folder: str | None = None
    site_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_error: str | None = None
    last_fetched: datetime | None = None
    fulltext: FulltextMode = "teaser"
    unread: int = 0
    total: int = 0


@dataclass(frozen=True, slots=True)
class Headline:
    """What a list row needs: everything about an article except its body."""

    id: int
    feed_id: int | None
    feed_title: str
    title: str
    url: str | None
    author: str | None
    published: datetime | None
    read: bool
    bookmarked: bool
    saved: bool


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """A stored article with its body and, once computed, its analysis."""

    headline: Headline
    guid: str | None
    summary: str
    content: str
    fetched_at: datetime | None
    article: Article | None = None
    """The cleaned article, when extraction has run (or the saved copy)."""
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    analysed: bool = False
    """Analysed by the current method (`ANALYSIS_VERSION`); an older analysis is kept in
    `entities`/`quotes` (its speakers marked unsure) but counts as not analysed."""
    fulltext_fetched: bool = False


@dataclass(frozen=True, slots=True)
class SearchHit:
    headline: Headline
    snippet: str
    """Matched fragment with match boundaries marked by MATCH_START/MATCH_END."""
    rank: float = 0.0


MATCH_START = "\x02"
MATCH_END = "\x03"
"""Snippet match markers: control characters sanitised text can never contain."""

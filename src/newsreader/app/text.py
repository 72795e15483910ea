"""Domain objects turned into safe `Content` for the screen.

Everything that came from a feed is wrapped with `Content(text)` (never parsed as markup)
and styled with spans from analysis offsets. Styles name theme variables (`$text-accent`)
so highlights follow the active theme and stay legible on light and dark backgrounds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich.cells import cell_len, set_cell_size
from textual.content import Content, Span

from newsreader.models import (
    MATCH_END,
    MATCH_START,
    Article,
    Block,
    Entity,
    Headline,
    Link,
    Quote,
    StoredArticle,
)

if TYPE_CHECKING:
    from newsreader.analysis.grouping import EntityGroup

ENTITY_STYLES: dict[str, str] = {
    "person": "bold $text-accent",
    "organization": "bold $text-primary",
    "place": "bold $text-success",
    "other": "bold $text-secondary",
}
"""Highlight style per entity kind; kinds the analyser invents later fall back to `other`."""

ENTITY_LABELS: dict[str, str] = {
    "person": "Person",
    "organization": "Organisation",
    "place": "Place",
    "other": "Other",
}

_CONTROLS = {code: None for code in (*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))}
"""C0/C1 control characters (ESC included) except tab and newline."""


def clean(text: str) -> str:
    """`text` without control characters: the store sanitises, this makes sure of it."""
    return text.translate(_CONTROLS)


def plain(text: str, style: str = "") -> Content:
    """Untrusted text as Content: never parsed as markup, never carrying escape codes."""
    content = Content(clean(text))
    return content.stylize(style) if style else content


FOCUS_STYLE = "reverse"
"""The mention or quote the reader just jumped to."""

QUOTE_STYLE = "italic"


def entity_style(kind: str) -> str:
    return ENTITY_STYLES.get(kind, ENTITY_STYLES["other"])


def age(moment: datetime | None, now: datetime) -> str:
    """A compact age such as `5m`, `3h`, `2d`, `7w` or `1y` (at most 3 cells)."""
    if moment is None:
        return ""
    seconds = max(0, int((now - moment).total_seconds()))
    for unit, size in (("y", 365 * 86400), ("w", 7 * 86400), ("d", 86400), ("h", 3600)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds // 60}m"


def _fit(text: str, width: int, pad: bool) -> str:
    """`text` cut to `width` cells with an ellipsis (and padded to it when `pad`)."""
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, width - 1) + "…" if width > 0 else ""
    return text + " " * (width - length) if pad else text


def headline_row(headline: Headline, now: datetime, width: int, show_feed: bool = True) -> Content:
    """One list row: read mark, star, title, then feed and age right-aligned in `width` cells.

    Built as one string with spans (not by joining Content pieces): a list draws one of
    these per visible row on every repaint.
    """
    mark = " " if headline.read else "●"
    star = "★" if headline.bookmarked else ("⬇" if headline.saved else " ")
    when = age(headline.published, now).rjust(3)
    feed = clean(headline.feed_title) if show_feed else ""
    # A feed name cut to a few letters ("newsr…") says nothing and costs the title room.
    feed_width = min(16, width // 5) if feed and width >= 50 else 0
    right = f"{_fit(feed, feed_width, False)}  {when}" if feed_width else when
    title_width = max(4, width - 4 - cell_len(right) - 1)
    title = _fit(clean(headline.title), title_width, True)
    text = f"{mark}{star} {title} {right}"
    spans: list[Span] = []
    if not headline.read:
        spans.append(Span(0, 1, "$text-accent"))
        spans.append(Span(3, 3 + len(title), "bold"))
    if star != " ":
        spans.append(Span(1, 2, "$text-warning" if headline.bookmarked else "$text-success"))
    spans.append(Span(len(text) - len(right), len(text), "$text-muted"))
    return Content(text, spans, strip_control_codes=False)


def snippet_content(snippet: str) -> Content:
    """A search snippet with its MATCH_START/MATCH_END marked matches highlighted."""
    pieces: list[Content] = []
    rest = snippet
    while rest:
        start = rest.find(MATCH_START)
        if start < 0:
            pieces.append(plain(rest.replace(MATCH_END, "")))
            break
        pieces.append(plain(rest[:start].replace(MATCH_END, "")))
        end = rest.find(MATCH_END, start + 1)
        if end < 0:
            end = len(rest)
        pieces.append(plain(rest[start + 1 : end], "bold reverse"))
        rest = rest[end + 1 :]
    return Content.assemble(*pieces)


def _spans_in(
    block: Block, entities: Sequence[Entity], quotes: Sequence[Quote], focus: tuple[int, int] | None
) -> Iterable[tuple[int, int, str]]:
    """Styles that fall inside `block`, as (start, end, style) relative to the block's text."""
    for quote in quotes:
        if quote.start < block.end and quote.end > block.start:
            yield max(quote.start, block.start), min(quote.end, block.end), QUOTE_STYLE
    for entity in entities:
        if entity.reference:
            continue  # "the president": counted for the person, but no name to highlight
        if entity.start >= block.start and entity.end <= block.end:
            yield entity.start, entity.end, entity_style(entity.kind)
    if focus is not None and focus[0] < block.end and focus[1] > block.start:
        yield max(focus[0], block.start), min(focus[1], block.end), FOCUS_STYLE


LINK_STYLE = "underline"
"""Links inside the text: underlined, so they read as links in every theme."""


def block_content(
    block: Block,
    entities: Sequence[Entity] = (),
    quotes: Sequence[Quote] = (),
    focus: tuple[int, int] | None = None,
    number: int = 1,
    links: Sequence[Link] = (),
) -> Content:
    """A body block as Content with its prefix (bullet, number), links and highlight spans."""
    if block.kind == "image":
        return plain(f"Image: {block.text}" if block.text else "Image", "italic $text-muted")
    prefix = ""
    if block.kind == "list_item":
        prefix = f"{number}. " if block.ordered else "• "
    content = Content(prefix + clean(block.text))
    for link in links:
        if block.start <= link.start and link.end <= block.end:
            content = content.stylize(
                LINK_STYLE,
                link.start - block.start + len(prefix),
                link.end - block.start + len(prefix),
            )
    for start, end, style in _spans_in(block, entities, quotes, focus):
        content = content.stylize(
            style, start - block.start + len(prefix), end - block.start + len(prefix)
        )
    if block.kind == "heading":
        content = content.stylize("bold")
    return content


def byline(stored: StoredArticle, now: datetime) -> Content:
    """Author, date and source of an article in one muted line."""
    article = stored.article
    headline = stored.headline
    parts: list[str] = []
    author = (article.author if article else None) or headline.author
    if author:
        parts.append(f"By {author}")
    published = (article.published if article else None) or headline.published
    if published:
        local = published.astimezone()
        parts.append(f"{local:%a %d %b %Y, %H:%M} ({age(published, now)} ago)")
    source = (article.site_name if article else None) or headline.feed_title
    if source:
        parts.append(source)
    line = plain(" · ".join(parts), "$text-muted")
    flags = [
        Content.styled(text, style)
        for text, style, on in (
            ("★ Bookmarked", "$text-warning", headline.bookmarked),
            ("⬇ Saved offline", "$text-success", headline.saved),
        )
        if on
    ]
    if flags:
        line = Content.assemble(line, "  ", Content("  ").join(flags))
    return line


def fallback_article(stored: StoredArticle) -> Article:
    """The cleaned article, or the feed's own text when cleaning has not produced any yet.

    Showing nothing would be worse than showing the feed's sentence. The fragment is
    cleaned by the extractor (the app parses no HTML itself).
    """
    if stored.article is not None and stored.article.text:
        return stored.article
    from newsreader.extract.fragment import extract_fragment

    cleaned = extract_fragment(stored.summary or stored.content, stored.headline.url)
    return Article.from_blocks(
        cleaned.blocks,
        title=(stored.article.title if stored.article else "") or stored.headline.title,
    )


def group_entities(entities: Sequence[Entity]) -> list[EntityGroup]:
    """Mentions grouped by entity, most salient first (the analysis package's grouping)."""
    from newsreader.analysis.grouping import group_entities as grouped

    return grouped(entities)

"""Find the element that holds the article body.

Readability's idea, tuned: every paragraph-like element with enough text gives points to
its parent and (decreasingly) to its ancestors; each candidate's points are then scaled
by its class/id hints, its tag and how little of its text is links. Many sites split
the body across several containers (to put ads or newsletter boxes between the
halves), so the winner is joined by cousin "chunks" that look like more of the same
article, or, failing that, by siblings that do (readability's rule). Clutter is
unlinked before scoring, by `prune.remove_clutter`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsreader.extract.clutter import clutter_family
from newsreader.extract.hints import hint_string, is_hidden, is_positive
from newsreader.extract.prune import remove_clutter

__all__ = ["Candidate", "MainContent", "find_main", "remove_clutter"]

_PARAGRAPHS: Final = "p, pre, td, blockquote"
_PARAGRAPHS_AND_BREAKS: Final = f"{_PARAGRAPHS}, br"
_SCARCE_EXTRAS: Final = "li, div, section, article, main, span, font, center"
"""Scored only when `<p>` text is scarce: list items (menus are lists too) and
containers holding bare text."""
_BREAK_CONTAINERS: Final = frozenset(
    {"div", "section", "article", "main", "center", "span", "font"}
)
"""Containers whose bare text split by `<br>` is scored whatever the `<p>` text
elsewhere: a `<br>`-soup story must not lose to a comment thread that uses `<p>`. Old
pages wrap such text in a `<font>` or `<span>` inside the block."""
_MIN_PARAGRAPH: Final = 25
_PARAGRAPH_TEXT_ENOUGH: Final = 1500
"""With this much `<p>` text the article is in paragraphs; bare-text containers are
not scanned (they are a few hundred elements on a typical page)."""
_LEAF_TAGS: Final = frozenset({"p", "pre", "td", "blockquote", "li"})
_ANCESTOR_LEVELS: Final = 5
_TAG_BONUS: Final = {
    "article": 10.0,
    "main": 8.0,
    "div": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "form": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "li": -3.0,
    "dl": -3.0,
    "address": -3.0,
    "th": -5.0,
    "body": -5.0,
}
_HINT_WEIGHT: Final = 25.0
_POSITIVE_WEIGHT: Final = 10.0
"""Smaller than the clutter weight: "story" and "content" are on every teaser too."""
_FULL_STOPS: Final = (".", "。", "．", "।", "۔")
"""Full stops of the scripts a short sibling paragraph may be written in (Latin, CJK,
Devanagari, Urdu): a statement, not a prompt or a label."""
_SPLIT_LEVELS: Final = 6
_SPLIT_SHARE: Final = 0.3
_RIVAL_SHARE: Final = 0.6
"""A container of the winner's tag scoring this share of it is another section of the
same article (steps of a how-to, parts of a long read), not a teaser: teasers score low
for their one short paragraph and their links (readability's "alternative candidates")."""


@dataclass(slots=True)
class Candidate:
    node: LexborNode
    score: float
    paragraphs: int = 0
    """Paragraphs that are direct children (the node is their container)."""
    direct_points: float = 0.0
    text_length: int = 0
    link_density: float = 0.0


@dataclass(slots=True)
class MainContent:
    """The chosen container and the nodes that make up the body, in document order."""

    nodes: list[LexborNode]
    """Roots to walk, in document order."""
    chunks: frozenset[int]
    """mem_ids of the containers that hold the body when it is split into several; empty
    when `nodes` are the body as a whole. Text outside chunks is kept only between them."""
    score: float
    text_length: int
    link_density: float
    paragraphs: int
    candidates: list[Candidate] = field(default_factory=list)


def _node_weight(node: LexborNode) -> float:
    """Initial score from the tag and class/id hints (readability's class weight)."""
    weight = _TAG_BONUS.get(node.tag or "", 0.0)
    attrs = node.attributes
    if is_positive(attrs):
        weight += _POSITIVE_WEIGHT
    if clutter_family(hint_string(attrs)) is not None:
        weight -= _HINT_WEIGHT
    itemprop = (attrs.get("itemprop") or "").lower()
    if "articlebody" in itemprop:
        weight += 3 * _HINT_WEIGHT
    return weight


def _link_density(node: LexborNode, text_length: int) -> float:
    if text_length == 0:
        return 1.0
    links = sum(len(a.text(strip=True)) for a in node.css("a"))
    return min(links / text_length, 1.0)


def find_main(tree: LexborHTMLParser) -> MainContent | None:
    """Score candidates and return the article container (None when nothing qualifies)."""
    body = tree.body
    if body is None:
        return None
    candidates: dict[int, Candidate] = {}
    scored = 0
    breaks: list[LexborNode] = []
    for node in body.css(_PARAGRAPHS_AND_BREAKS):  # one scan of the page for both
        if node.tag == "br":
            breaks.append(node)
        else:
            scored += _score(node, candidates)
    if scored < _PARAGRAPH_TEXT_ENOUGH:
        # Few real paragraphs: the text may sit in lists, or in `<div>`/`<span>` soup
        # split by `<br>`.
        for node in body.css(_SCARCE_EXTRAS):
            _score(node, candidates)
    else:
        for node in _break_containers(breaks):
            _score_lines(node, candidates)
    if not candidates:
        return None
    ranked = sorted(candidates.values(), key=lambda c: c.score, reverse=True)[:8]
    for candidate in ranked:
        text_length = len(candidate.node.text(strip=True))
        candidate.text_length = text_length
        candidate.link_density = _link_density(candidate.node, text_length)
        candidate.score *= 1.0 - candidate.link_density
    ranked.sort(key=lambda c: c.score, reverse=True)
    top = _holding_ancestor(_table_holder(ranked[0], candidates), candidates)
    root, chunks = _split_body(top, candidates)
    nodes = [root] if chunks else _with_siblings(top, candidates)
    return MainContent(
        nodes=nodes,
        chunks=chunks,
        score=top.score,
        text_length=top.text_length,
        link_density=top.link_density,
        paragraphs=top.paragraphs,
        candidates=ranked,
    )


def _break_containers(breaks: list[LexborNode]) -> list[LexborNode]:
    """Block containers with a `<br>` of their own: text split into lines by hand.

    Found from the breaks, which are few, rather than by asking every `<div>` of the
    page for its own text. A container scores once, however many breaks it holds.
    """
    seen: set[int] = set()
    found: list[LexborNode] = []
    for br in breaks:
        parent = br.parent
        if parent is None or parent.tag not in _BREAK_CONTAINERS or parent.mem_id in seen:
            continue
        seen.add(parent.mem_id)
        found.append(parent)
    return found


_TABLE_PARTS: Final = frozenset({"table", "tbody", "thead", "tfoot", "tr"})
_DATA_ROWS: Final = 3
_TABLE_HOLDER_LEVELS: Final = 3
_TABLE_HOLDER_LINKS: Final = 0.5


def _table_holder(top: Candidate, candidates: dict[int, Candidate]) -> Candidate:
    """The container of a data table that won, when that container has prose of its own.

    A table of many rows (a list of films, results, prices) scores high because every
    cell counts as a paragraph; the article is the table with the paragraphs around it
    that say what it lists. A layout table (a few rows of big cells) is left alone.
    """
    if top.node.tag not in _TABLE_PARTS:
        return top
    table: LexborNode | None = top.node
    while table is not None and table.tag != "table":
        table = table.parent
    if table is None or len(table.css("tr")) < _DATA_ROWS:
        return top
    ancestor = table.parent
    for _level in range(_TABLE_HOLDER_LEVELS):
        if ancestor is None or ancestor.tag in ("html", "body", "-document"):
            break
        candidate = candidates.get(ancestor.mem_id)
        if candidate is not None and candidate.paragraphs:
            text_length = len(ancestor.text(strip=True))
            density = _link_density(ancestor, text_length)
            if density < _TABLE_HOLDER_LINKS:
                candidate.text_length, candidate.link_density = text_length, density
                return candidate
        ancestor = ancestor.parent
    return top


def _holding_ancestor(top: Candidate, candidates: dict[int, Candidate]) -> Candidate:
    """The winner's parent or grandparent when it holds paragraphs of the article too.

    A story whose lede sits in the outer container and whose rest sits in an inner one
    (a "read more" expander, a body wrapper after the lede) scores highest inside; the
    outer container, with two paragraphs of its own and few links, is the article.
    """
    ancestor = top.node.parent
    for _level in range(2):
        if ancestor is None or ancestor.tag in ("html", "body", "-document"):
            break
        candidate = candidates.get(ancestor.mem_id)
        if (
            candidate is not None
            and candidate.paragraphs >= 2
            and candidate.direct_points >= 0.15 * top.direct_points
            and not _separate_story_inside(candidate.node, top.node)
        ):
            text_length = len(candidate.node.text(strip=True))
            density = _link_density(candidate.node, text_length)
            if density < 0.25:
                candidate.text_length, candidate.link_density = text_length, density
                return candidate
        ancestor = ancestor.parent
    return top


def _separate_story_inside(outer: LexborNode, inner: LexborNode) -> bool:
    """`outer` holds another story besides `inner` (its own `<article>` elements)."""
    return len(outer.css("article")) > len(inner.css("article")) + (inner.tag == "article")


def _score(paragraph: LexborNode, candidates: dict[int, Candidate]) -> int:
    """Give a paragraph's points to its container and ancestors; return its length.

    Leaf paragraphs (`p`, `td`…) count all their text and start at their parent; a
    text container (a `div` holding text directly) counts its own text and itself.
    """
    is_leaf = paragraph.tag in _LEAF_TAGS
    text = paragraph.text(deep=is_leaf)
    length = len(text.strip())
    if length < _MIN_PARAGRAPH:
        return 0
    points = 1.0 + text.count(",") + text.count("،") + text.count("，") + min(length / 100, 3.0)
    if paragraph.tag == "li":
        points *= 0.5
    ancestor = paragraph.parent if is_leaf else paragraph
    for level in range(_ANCESTOR_LEVELS):
        if ancestor is None or ancestor.tag in ("html", "-document", None):
            break
        divider = 1 if level == 0 else 2 if level == 1 else level * 3
        _add(candidates, ancestor, points / divider, length if level == 0 else 0)
        ancestor = ancestor.parent
    return length if paragraph.tag == "p" else 0


_INLINE_TAGS: Final = frozenset(
    {"a", "em", "strong", "b", "i", "u", "s", "span", "font", "small", "big", "sup", "sub"}
    | {"abbr", "cite", "q", "mark", "time", "code", "del", "ins", "strike", "nobr"}
)


def _score_lines(container: LexborNode, candidates: dict[int, Candidate]) -> None:
    """Score each line of a container's own text, split by `<br>`, as a paragraph.

    A story written as `text<br><br>text` is as many paragraphs as it has lines; scored
    as one blob it would lose to any thread of short `<p>` comments.
    """
    for line in _lines(container):
        _give(container, line, candidates, level_from=0)


def _lines(container: LexborNode) -> list[str]:
    """The container's own text as lines: inline children join them, `<br>` and block
    children end them."""
    lines: list[str] = []
    parts: list[str] = []
    child = container.child
    while child is not None:
        tag = child.tag
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag in _INLINE_TAGS:
            parts.append(child.text())
        elif tag != "-comment" and parts:
            lines.append("".join(parts))
            parts = []
        child = child.next
    if parts:
        lines.append("".join(parts))
    return lines


def _give(
    container: LexborNode, text: str, candidates: dict[int, Candidate], *, level_from: int
) -> int:
    """Give one paragraph's points to `container` and its ancestors; return its length."""
    length = len(text.strip())
    if length < _MIN_PARAGRAPH:
        return 0
    points = 1.0 + text.count(",") + text.count("،") + text.count("，") + min(length / 100, 3.0)
    ancestor: LexborNode | None = container
    for level in range(level_from, _ANCESTOR_LEVELS):
        if ancestor is None or ancestor.tag in ("html", "-document", None):
            break
        divider = 1 if level == 0 else 2 if level == 1 else level * 3
        _add(candidates, ancestor, points / divider, length if level == 0 else 0)
        ancestor = ancestor.parent
    return length


def _add(candidates: dict[int, Candidate], node: LexborNode, points: float, length: int) -> None:
    key = node.mem_id
    candidate = candidates.get(key)
    if candidate is None:
        candidate = candidates[key] = Candidate(node, _node_weight(node))
    candidate.score += points
    if length:
        candidate.paragraphs += 1
        candidate.direct_points += points


def _ancestors(node: LexborNode, levels: int) -> list[LexborNode]:
    chain: list[LexborNode] = []
    ancestor = node.parent
    while (
        ancestor is not None and len(chain) < levels and ancestor.tag not in ("html", "-document")
    ):
        chain.append(ancestor)
        ancestor = ancestor.parent
    return chain


def _split_body(
    top: Candidate, candidates: dict[int, Candidate]
) -> tuple[LexborNode, frozenset[int]]:
    """Find the other pieces of an article split across cousin containers.

    Sites cut the body into chunks (to put ads or newsletter boxes between them) that
    are cousins, not siblings: `grid > body__container` repeated. A chunk is a
    paragraph container within a few levels of the winner, with few links, that either
    shares the winner's tag and class and has three paragraphs or a seventh of its score,
    or has three paragraphs and a third of its score (teaser boxes have one paragraph and
    their own classes), or has the winner's tag and 60% of its whole score (a rival).
    Returns their lowest common ancestor and their ids, or the winner and no ids when
    the body is in one piece. Pieces of one article share a wrapper below `<body>`:
    prose whose only common ancestor with the winner is the page itself is another
    region of the page (a footer's "about us", a second column), never a chunk.
    """
    chain = [a for a in _ancestors(top.node, _SPLIT_LEVELS) if a.tag != "body"]
    index = {node.mem_id: level for level, node in enumerate(chain)}
    top_id = top.node.mem_id
    top_signature = (top.node.tag, top.node.attributes.get("class"))
    chunks = {top_id}
    highest = -1
    for candidate in candidates.values():
        if candidate is top:
            continue
        share = candidate.direct_points / (top.direct_points or 1.0)
        signature = (candidate.node.tag, candidate.node.attributes.get("class"))
        rival = candidate.node.tag == top.node.tag and candidate.score >= _RIVAL_SHARE * top.score
        if not (
            rival
            or (
                candidate.paragraphs
                and (
                    (
                        signature == top_signature
                        and top_signature[1]
                        and (share >= _SPLIT_SHARE / 2 or candidate.paragraphs >= 3)
                    )
                    or (candidate.paragraphs >= 3 and share >= _SPLIT_SHARE)
                )
            )
        ):
            continue
        node_id = candidate.node.mem_id
        same_shape = signature == top_signature and bool(top_signature[1])
        if node_id in index or _separate_story(candidate.node, headline_ok=same_shape):
            continue  # an ancestor of the winner, or another story
        level = None
        for ancestor in _ancestors(candidate.node, _SPLIT_LEVELS + 2):
            if ancestor.mem_id == top_id:
                break  # inside the winner already
            level = index.get(ancestor.mem_id)
            if level is not None:
                break
        if level is None:
            continue
        text_length = len(candidate.node.text(strip=True))
        if _link_density(candidate.node, text_length) > 0.25:
            continue
        chunks.add(node_id)
        highest = max(highest, level)
    if highest < 0:
        return top.node, frozenset()
    return chain[highest], frozenset(chunks)


def _separate_story(node: LexborNode, *, headline_ok: bool = False) -> bool:
    """A hidden element, or another story: its own `<article>` or headline (`<h1>`).

    With `headline_ok`, an `<h1>` does not count: a container of the winner's own tag
    and class is a section of the same template, whose editor used `<h1>` for the
    section headings (long reads on blogging platforms do).
    """
    return (
        is_hidden(node.attributes)
        or node.tag == "article"
        or node.css_first("article" if headline_ok else "article, h1") is not None
    )


def _with_siblings(top: Candidate, candidates: dict[int, Candidate]) -> list[LexborNode]:
    """The winner plus siblings that score like article text (readability's rule)."""
    parent = top.node.parent
    if parent is None or parent.tag in ("html", "-document"):
        return [top.node]
    threshold = max(10.0, top.score * 0.2)
    hints = top.node.attributes.get("class") or ""
    nodes: list[LexborNode] = []
    sibling = parent.child
    while sibling is not None:
        if sibling.mem_id == top.node.mem_id:
            nodes.append(top.node)
        elif sibling.is_element_node and not _separate_story(sibling):
            candidate = candidates.get(sibling.mem_id)
            bonus = top.score * 0.2 if hints and sibling.attributes.get("class") == hints else 0.0
            if candidate is not None and candidate.score + bonus >= threshold:
                if _link_density(sibling, len(sibling.text(strip=True))) < 0.3:
                    nodes.append(sibling)
            elif sibling.tag == "p":
                text = sibling.text(strip=True)
                density = _link_density(sibling, len(text))
                if (len(text) > 80 and density < 0.25) or (
                    0 < len(text) <= 80 and density == 0 and text.rstrip().endswith(_FULL_STOPS)
                ):
                    nodes.append(sibling)
        sibling = sibling.next
    return nodes

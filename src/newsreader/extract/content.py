"""Find the element that holds the article body.

Readability's idea, tuned: containers are scored by the paragraphs they hold (see
`scoring`); the best ones are scaled by how little of their text is links. A data
table that wins hands over to the container that introduces it, a winner whose parent
holds the lede hands over to the parent. Many sites split the body across several
containers (to put ads or newsletter boxes between the halves), so the winner is joined
by cousin "chunks" that look like more of the same article, or, failing that, by
siblings that do (readability's rule). Clutter is unlinked before scoring, by
`prune.remove_clutter`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsreader.extract.hints import is_hidden
from newsreader.extract.prune import remove_clutter
from newsreader.extract.scoring import Candidate, link_density, score_candidates

__all__ = ["Candidate", "MainContent", "find_main", "remove_clutter"]

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


def find_main(tree: LexborHTMLParser) -> MainContent | None:
    """Score candidates and return the article container (None when nothing qualifies)."""
    body = tree.body
    if body is None:
        return None
    candidates = score_candidates(body)
    if not candidates:
        return None
    ranked = sorted(candidates.values(), key=lambda c: c.score, reverse=True)[:8]
    for candidate in ranked:
        text_length = len(candidate.node.text(strip=True))
        candidate.text_length = text_length
        candidate.link_density = link_density(candidate.node, text_length)
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
            density = link_density(ancestor, text_length)
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
            density = link_density(candidate.node, text_length)
            if density < 0.25:
                candidate.text_length, candidate.link_density = text_length, density
                return candidate
        ancestor = ancestor.parent
    return top


def _separate_story_inside(outer: LexborNode, inner: LexborNode) -> bool:
    """`outer` holds another story besides `inner` (its own `<article>` elements)."""
    return len(outer.css("article")) > len(inner.css("article")) + (inner.tag == "article")


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
        if link_density(candidate.node, text_length) > 0.25:
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
                if link_density(sibling, len(sibling.text(strip=True))) < 0.3:
                    nodes.append(sibling)
            elif sibling.tag == "p":
                text = sibling.text(strip=True)
                density = link_density(sibling, len(text))
                if (len(text) > 80 and density < 0.25) or (
                    0 < len(text) <= 80 and density == 0 and text.rstrip().endswith(_FULL_STOPS)
                ):
                    nodes.append(sibling)
        sibling = sibling.next
    return nodes

"""Points for the containers of a page: where its paragraphs are.

Readability's scoring: every paragraph-like element with enough text gives points to its
parent and (decreasingly) to its ancestors, and so does every line of text split by
`<br>`; a container starts from a weight for its tag and class/id hints. `content`
picks the article from the scored containers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborNode

from newsreader.extract.clutter import clutter_family
from newsreader.extract.hints import hint_string, is_positive

__all__ = ["Candidate", "link_density", "score_candidates"]

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


@dataclass(slots=True)
class Candidate:
    node: LexborNode
    score: float
    paragraphs: int = 0
    """Paragraphs that are direct children (the node is their container)."""
    direct_points: float = 0.0
    text_length: int = 0
    link_density: float = 0.0


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


def link_density(node: LexborNode, text_length: int) -> float:
    if text_length == 0:
        return 1.0
    links = sum(len(a.text(strip=True)) for a in node.css("a"))
    return min(links / text_length, 1.0)


def score_candidates(body: LexborNode) -> dict[int, Candidate]:
    """Every container that holds paragraphs, with its points, by `mem_id`.

    Paragraphs (`<p>`, `<td>`…) always count; lines split by `<br>` count too, and when
    `<p>` text is scarce so do list items and containers holding bare text.
    """
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
    return candidates


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

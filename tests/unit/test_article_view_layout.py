"""The reader's layout of huge articles: widgets stay few, highlights land in the right
block, and finding them is not quadratic (a page of 50,000 blocks and 50,000 entities
took 47 s to render, and 100,000 widgets minutes to mount)."""

from __future__ import annotations

import random

from newsreader.app.widgets.article_view import (
    _MAX_WIDGETS,
    _PIECE_CHARS,
    _pieces,
    _rows,
    _SpanIndex,
)
from newsreader.models import Block, Entity, Link, Quote


def _blocks(count: int, size: int = 30) -> list[Block]:
    blocks = []
    position = 0
    for index in range(count):
        text = f"Block {index} " + "x" * (size - len(f"Block {index} "))
        blocks.append(Block("paragraph", text, start=position, end=position + len(text)))
        position += len(text) + 2
    return blocks


def test_a_page_of_very_many_blocks_gets_a_bounded_number_of_widgets() -> None:
    blocks = tuple(_blocks(100_000, 12))
    rows = _rows(blocks)
    assert len(rows) <= _MAX_WIDGETS
    assert [row[0] for group in rows for row in group] == list(blocks)  # nothing lost


def test_an_ordinary_page_keeps_one_widget_per_block() -> None:
    blocks = tuple(_blocks(40))
    assert [len(group) for group in _rows(blocks)] == [1] * 40


def test_a_huge_paragraph_is_cut_into_pieces_at_spaces_keeping_offsets() -> None:
    rng = random.Random(7)
    text = " ".join(rng.choice(["water", "council", "prices"]) for _ in range(200_000))
    block = Block("paragraph", text, start=10, end=10 + len(text))
    pieces = _pieces(block)
    assert "".join(piece.text for piece in pieces) == text
    assert all(len(piece.text) <= _PIECE_CHARS for piece in pieces)
    for piece in pieces:
        assert text[piece.start - 10 : piece.end - 10] == piece.text
    assert all(piece.text.endswith(" ") for piece in pieces[:-1])


def test_spans_land_in_the_blocks_that_hold_them() -> None:
    """Same answer as asking every block about every span, on random input."""
    rng = random.Random(8)
    blocks = _blocks(300)
    total = blocks[-1].end
    entities = []
    for _ in range(500):
        start = rng.randrange(total - 5)
        entities.append(Entity(start, start + rng.randint(1, 5), "e", "person"))
    quotes = []
    for _ in range(100):
        start = rng.randrange(total - 80)
        quotes.append(Quote(start, start + rng.randint(1, 80), "q", None))
    links = [Link("l", "https://e.example", e.start, e.end) for e in entities[:50]]
    entities.sort(key=lambda e: e.start)
    quotes.sort(key=lambda q: q.start)
    index = _SpanIndex(blocks, entities, quotes, links)
    for block in blocks:
        found_entities, found_quotes, found_links = index.of(block)
        assert found_entities == [
            e for e in entities if e.start >= block.start and e.end <= block.end
        ]
        assert found_quotes == [q for q in quotes if q.start < block.end and q.end > block.start]
        assert found_links == [
            link for link in links if block.start <= link.start and link.end <= block.end
        ]


def test_span_index_of_fifty_thousand_blocks_and_entities() -> None:
    """Quadratic here is 2.5e9 comparisons; the index does about 50,000 bisections."""
    blocks = _blocks(50_000)
    entities = [Entity(b.start, b.start + 5, "Block", "person") for b in blocks]
    index = _SpanIndex(blocks, entities, (), ())
    assert index.of(blocks[-1])[0] == [entities[-1]]

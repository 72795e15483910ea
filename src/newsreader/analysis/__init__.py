"""Text analysis: named entities and key quotes, locally, in pure Python.

Every function takes plain text and returns spans whose offsets index that text. The
shipped gazetteer is read on first use, not on import, so importing this package is cheap
and never pulls in Textual, spaCy or any other heavy dependency.
"""

from __future__ import annotations

from newsreader.analysis.entities import find_entities
from newsreader.analysis.grouping import EntityGroup, group_entities
from newsreader.analysis.quotes import find_quotes
from newsreader.models import Entity, Quote


def analyse(text: str) -> tuple[list[Entity], list[Quote]]:
    """Entities and key quotes of `text`, finding entities once for both.

    Args:
        text: Plain article text.

    Returns:
        (entities, quotes), both with offsets into `text`.
    """
    entities = find_entities(text)
    return entities, find_quotes(text, entities)


__all__ = ["EntityGroup", "analyse", "find_entities", "find_quotes", "group_entities"]

"""One row per entity for the reading pane: kind, key, how often and where it is mentioned."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsreader.analysis.gazetteer import aliases
from newsreader.models import Entity, EntityKind


@dataclass(frozen=True, slots=True)
class EntityGroup:
    """All mentions of one entity; `mentions` are (start, end) offsets in text order."""

    key: str
    kind: EntityKind
    mentions: tuple[tuple[int, int], ...]

    @property
    def count(self) -> int:
        """How many times the entity is mentioned."""
        return len(self.mentions)

    @property
    def first(self) -> int:
        """Offset of the first mention."""
        return self.mentions[0][0]


def group_entities(entities: Iterable[Entity]) -> list[EntityGroup]:
    """Group mentions by (kind, key), most salient first; aliases join their entity.

    Salience is mention count, then earliest first mention: what an article keeps coming
    back to, and what it opens with, is what it is about.

    Args:
        entities: Mentions as returned by `find_entities`.

    Returns:
        One group per entity, ordered by descending count, then first position.
    """
    table = aliases().canonical
    spans: dict[tuple[EntityKind, str], list[tuple[int, int]]] = {}
    for entity in entities:
        key = entity.key or entity.text
        alias = table.get(key)
        if alias is not None and alias[0] == entity.kind:
            key = alias[1]  # stored before the alias was known: "UN" joins "United Nations"
        spans.setdefault((entity.kind, key), []).append((entity.start, entity.end))
    groups = [
        EntityGroup(key, kind, tuple(sorted(mentions))) for (kind, key), mentions in spans.items()
    ]
    groups.sort(key=lambda group: (-group.count, group.first))
    return groups

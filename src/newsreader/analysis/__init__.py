"""Text analysis: named entities and key quotes, locally, in pure Python.

Every function takes plain text and returns spans whose offsets index that text. The
shipped gazetteer is read on first use, not on import, so importing this package is cheap.
"""

from __future__ import annotations

from newsreader.analysis.entities import find_entities

__all__ = ["find_entities"]

"""Optional spaCy backend for `find_entities(text, backend="spacy")`.

Optional: newsreader never depends on spaCy. This module is imported only when that
backend is asked for, and then needs spaCy and an English pipeline (`en_core_web_sm` or
another `en_core_web_*`) already installed; nothing is downloaded.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from newsreader.models import Entity, EntityKind

LABELS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "EVENT": "other",
    "PRODUCT": "other",
    "LAW": "other",
    "WORK_OF_ART": "other",
    "LANGUAGE": "other",
}
"""spaCy's OntoNotes labels mapped to newsreader's kinds; numbers and dates are dropped."""

MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")


@cache
def _pipeline() -> Any:
    import spacy  # type: ignore[import-not-found, unused-ignore]  # typed when installed

    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError("spaCy is installed but no English pipeline (en_core_web_*) is")


def find_entities(text: str) -> list[Entity]:
    """Entities from spaCy's recogniser, keyed by their own text."""
    if not text:
        return []
    document = _pipeline()(text)
    return [
        Entity(span.start_char, span.end_char, span.text, LABELS[span.label_], span.text)
        for span in document.ents
        if span.label_ in LABELS
    ]

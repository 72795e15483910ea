"""Refresh = fetch → parse → clean → sanitise → (analyse) → store. No Textual here.

The app and the CLI call the same functions: `refresh` for subscriptions (it stores
entries raw and fast), `understand_pending` to clean and analyse them afterwards,
`analyse_stored` for one article opened before that pass reached it, and
`fetch_fulltext` when a teaser article is opened.
"""

from __future__ import annotations

from newsreader.pipeline.backlog import analyse_stored, understand_pending, understand_pending_sync
from newsreader.pipeline.fulltext import fetch_fulltext
from newsreader.pipeline.run import RefreshProgress, RefreshSummary, dropped_note, refresh

__all__ = [
    "RefreshProgress",
    "RefreshSummary",
    "analyse_stored",
    "dropped_note",
    "fetch_fulltext",
    "refresh",
    "understand_pending",
    "understand_pending_sync",
]

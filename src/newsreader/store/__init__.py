"""SQLite storage: the only package that writes SQL.

`Store` gathers the query groups (feeds, articles, library) over one connection.
"""

from __future__ import annotations

from newsreader.store.articles import (
    ArticleFilter,
    EncodedAnalysis,
    IncomingArticle,
    PendingArticle,
    StoreResult,
)
from newsreader.store.database import NotFound, StoreError
from newsreader.store.feeds import DuplicateFeed, FeedQueries, FetchOutcome
from newsreader.store.library import LibraryQueries, fts_query
from newsreader.store.sync import QueuedMark, RemoteFeedRow, SyncAccount, SyncQueries


class Store(LibraryQueries, FeedQueries, SyncQueries):
    """The database of one data directory. Thread-safe; one per process is enough."""


__all__ = [
    "ArticleFilter",
    "DuplicateFeed",
    "EncodedAnalysis",
    "FetchOutcome",
    "IncomingArticle",
    "NotFound",
    "PendingArticle",
    "QueuedMark",
    "RemoteFeedRow",
    "Store",
    "StoreError",
    "StoreResult",
    "SyncAccount",
    "fts_query",
]

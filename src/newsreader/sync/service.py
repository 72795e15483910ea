"""What a feed server must offer the sync engine, whatever protocol it speaks.

The engine only ever talks to a `SyncService`: folders, feeds, pages of new articles after
a cursor, the read/star state of recent articles, and pushing marks. Ids are opaque
strings. Every failure is a `SyncError` subclass carrying one line a person can act on.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


class SyncError(Exception):
    """A sync could not be done; the message is one line for the user."""


class ServerUnreachable(SyncError):
    """No answer (refused, timed out, DNS): marks stay queued for the next sync."""


class LoginFailed(SyncError):
    """Wrong user name or password."""


class ApiDisabled(SyncError):
    """The server answers but refuses API access for this user."""


class NotAServer(SyncError):
    """The URL answers, but not as the expected server."""


@dataclass(frozen=True, slots=True)
class RemoteFeed:
    remote_id: str
    url: str
    title: str
    folder: str | None = None


@dataclass(frozen=True, slots=True)
class RemoteArticle:
    """One article as the server holds it (content is untrusted HTML)."""

    remote_id: str
    feed_id: str
    title: str
    url: str | None
    author: str | None
    published: datetime | None
    content: str
    read: bool
    starred: bool


@dataclass(frozen=True, slots=True)
class ArticlePage:
    """A batch of new articles; the last page of a pull carries the cursor to resume after."""

    articles: Sequence[RemoteArticle]
    cursor: str | None = None


@dataclass(frozen=True, slots=True)
class RemoteStates:
    """Read/star state the server reported.

    `read` covers the recent articles only (a window); `starred` lists every starred
    article, so an article absent from it is known to be unstarred.
    """

    read: dict[str, bool]
    starred: set[str]


@dataclass(frozen=True, slots=True)
class Subscribed:
    feed: RemoteFeed
    already: bool = False


class SyncService(Protocol):
    """A feed server account, logged in lazily by the first call."""

    name: str
    """Shown to the user: "TT-RSS"."""
    can_move_feeds: bool
    """False when the protocol cannot change a feed's folder (TT-RSS API level 15)."""

    async def login(self) -> None: ...

    async def feeds(self) -> list[RemoteFeed]: ...

    def new_articles(self, cursor: str | None) -> AsyncIterator[ArticlePage]:
        """Pages of articles newer than `cursor` (None: everything the server keeps)."""
        ...

    async def states(self) -> RemoteStates: ...

    async def set_read(self, remote_ids: Sequence[str], read: bool) -> None: ...

    async def set_starred(self, remote_ids: Sequence[str], starred: bool) -> None: ...

    async def subscribe(self, url: str, folder: str | None) -> Subscribed: ...

    async def unsubscribe(self, remote_feed_id: str) -> None: ...

    async def move(self, remote_feed_id: str, folder: str | None) -> None:
        """Put a feed in a folder on the server (only called when `can_move_feeds`)."""
        ...

    async def close(self) -> None: ...

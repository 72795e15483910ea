"""Sync state: the account, server ids of feeds and articles, and the queue of local marks.

Nothing here knows a protocol: remote ids are opaque strings and the cursor is whatever
the protocol module wants to resume from. The queue (`sync_marks`) is filled by triggers
(schema migration 5), so every way of marking an article is covered; `applying_server`
writes server state without queueing it back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from newsreader.sanitize import sanitize_line
from newsreader.store.articles import ArticleQueries, IncomingArticle
from newsreader.store.base import StoreBase
from newsreader.store.codec import from_iso, now_utc, to_iso


@dataclass(frozen=True, slots=True)
class SyncAccount:
    """The one account of a data folder (never the password itself)."""

    kind: str
    url: str
    username: str
    password_command: str | None = None
    password_file: str | None = None
    cursor: str | None = None
    """Where the protocol resumes pulling articles (TT-RSS: the highest article id seen)."""
    last_sync: datetime | None = None
    last_error: str | None = None


@dataclass(frozen=True, slots=True)
class QueuedMark:
    """A read or star change made here, waiting to be pushed."""

    seq: int
    remote_id: str
    field: str
    """`read` or `starred`."""
    value: bool
    changed_at: datetime


@dataclass(frozen=True, slots=True)
class KnownState:
    """An article's server state as last seen, and its local state now."""

    article_id: int
    remote_read: bool
    remote_starred: bool
    read: bool
    starred: bool


@dataclass(frozen=True, slots=True)
class RemoteFeedRow:
    """A server subscription as the sync engine hands it to the store."""

    remote_id: str
    url: str
    title: str
    folder: str | None


@dataclass(frozen=True, slots=True)
class FeedChanges:
    added: int = 0
    linked: int = 0
    moved: int = 0
    gone: tuple[int, ...] = ()
    """Local feeds whose server subscription disappeared (the caller removes them)."""


class SyncQueries(ArticleQueries, StoreBase):
    # ---------------------------------------------------------------- account

    def get_account(self) -> SyncAccount | None:
        row = self._read_one("SELECT * FROM sync_account WHERE id = 1")
        if row is None:
            return None
        return SyncAccount(
            kind=row["kind"],
            url=row["url"],
            username=row["username"],
            password_command=row["password_command"],
            password_file=row["password_file"],
            cursor=row["cursor"],
            last_sync=from_iso(row["last_sync"]),
            last_error=row["last_error"],
        )

    def set_account(self, account: SyncAccount) -> None:
        """Connect this data folder to an account; state of an earlier account is dropped."""
        with self._write() as db:
            self._forget_sync_state(db)
            db.execute(
                "INSERT INTO sync_account (id, kind, url, username, password_command, "
                "password_file, created_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
                (
                    account.kind,
                    account.url,
                    account.username,
                    account.password_command,
                    account.password_file,
                    to_iso(now_utc()),
                ),
            )

    def remove_account(self) -> bool:
        """Disconnect; feeds and articles stay, as a local-only setup. False if none was set."""
        with self._write() as db:
            found = db.execute("SELECT 1 FROM sync_account").fetchone() is not None
            self._forget_sync_state(db)
        return found

    @staticmethod
    def _forget_sync_state(db: sqlite3.Connection) -> None:
        for table in ("sync_account", "sync_feeds", "sync_articles", "sync_marks"):
            db.execute(f"DELETE FROM {table}")

    def record_sync(self, *, error: str | None = None, when: datetime | None = None) -> None:
        """A sync ended: its moment (on success) or its error."""
        with self._write() as db:
            if error is None:
                db.execute(
                    "UPDATE sync_account SET last_sync = ?, last_error = NULL",
                    (to_iso(when or now_utc()),),
                )
            else:
                db.execute("UPDATE sync_account SET last_error = ?", (sanitize_line(error),))

    def set_sync_cursor(self, cursor: str) -> None:
        """Where the next pull of articles starts (kept at once: the pull is done)."""
        with self._write() as db:
            db.execute("UPDATE sync_account SET cursor = ?", (cursor,))

    # ---------------------------------------------------------------- feeds

    def remote_feed_ids(self) -> dict[int, str]:
        """Local feed id -> server id, for feeds linked to the account."""
        rows = self._read("SELECT feed_id, remote_id FROM sync_feeds")
        return {int(row["feed_id"]): str(row["remote_id"]) for row in rows}

    def link_feed(self, feed_id: int, remote_id: str, remote_folder: str | None) -> None:
        with self._write() as db:
            db.execute(
                "INSERT OR REPLACE INTO sync_feeds (feed_id, remote_id, remote_folder) "
                "VALUES (?, ?, ?)",
                (feed_id, remote_id, remote_folder),
            )

    def apply_remote_feeds(self, remote: Sequence[RemoteFeedRow]) -> FeedChanges:
        """Make local subscriptions follow the server's, in one transaction.

        A server feed is linked to the local feed with its id, else with its URL, else
        subscribed here. A folder follows the server only when the server's category
        changed since the last sync (or on first link), so a local `move` the server
        cannot express survives. Linked feeds the server no longer has are returned for
        the caller to remove (bookmarked and saved articles stay, as with `remove`).
        """
        added = linked = moved = 0
        with self._write() as db:
            links = {
                str(row[0]): (int(row[1]), row[2])
                for row in db.execute("SELECT remote_id, feed_id, remote_folder FROM sync_feeds")
            }
            by_url = {str(row[0]): int(row[1]) for row in db.execute("SELECT url, id FROM feeds")}
            seen: set[str] = set()
            moment = to_iso(now_utc())
            for feed in remote:
                seen.add(feed.remote_id)
                folder = sanitize_line(feed.folder) or None
                if feed.remote_id in links:
                    feed_id, last_folder = links[feed.remote_id]
                    if folder != last_folder:
                        db.execute("UPDATE feeds SET folder = ? WHERE id = ?", (folder, feed_id))
                        db.execute(
                            "UPDATE sync_feeds SET remote_folder = ? WHERE feed_id = ?",
                            (folder, feed_id),
                        )
                        moved += 1
                    continue
                existing = by_url.get(feed.url)
                if existing is None:
                    cursor = db.execute(
                        "INSERT INTO feeds (url, title, folder, fulltext, created_at) "
                        "VALUES (?, ?, ?, 'teaser', ?)",
                        (feed.url, sanitize_line(feed.title), folder, moment),
                    )
                    existing = int(cursor.lastrowid or 0)
                    by_url[feed.url] = existing
                    added += 1
                else:
                    if folder is not None:
                        db.execute("UPDATE feeds SET folder = ? WHERE id = ?", (folder, existing))
                    linked += 1
                db.execute(
                    "INSERT OR REPLACE INTO sync_feeds (feed_id, remote_id, remote_folder) "
                    "VALUES (?, ?, ?)",
                    (existing, feed.remote_id, folder),
                )
            gone = tuple(
                feed_id for remote_id, (feed_id, _) in links.items() if remote_id not in seen
            )
        return FeedChanges(added=added, linked=linked, moved=moved, gone=gone)

    # ---------------------------------------------------------------- articles

    def linked_remote_ids(self, remote_ids: Sequence[str]) -> set[str]:
        """Which of `remote_ids` are already stored here."""
        found: set[str] = set()
        for start in range(0, len(remote_ids), 500):
            chunk = list(remote_ids[start : start + 500])
            rows = self._read(
                f"SELECT remote_id FROM sync_articles WHERE remote_id IN ({','.join('?' * len(chunk))})",
                tuple(chunk),
            )
            found.update(str(row["remote_id"]) for row in rows)
        return found

    def store_remote_articles(
        self, feed_id: int, items: Sequence[tuple[str, IncomingArticle, bool, bool]]
    ) -> list[int]:
        """Store a server's articles of one feed and link them to their server ids.

        Items are (remote id, article, read on the server, starred on the server). The
        server's marks are applied without being queued back. Returns the new article ids.
        """
        if not items:
            return []
        result = self.store_entries(feed_id, [item for _, item, _, _ in items])
        new = set(result.new_ids)
        with self.applying_server() as db:
            for (remote_id, _, read, starred), article_id in zip(
                items, result.article_ids, strict=True
            ):
                linked = db.execute(
                    "SELECT 1 FROM sync_articles WHERE remote_id = ?", (remote_id,)
                ).fetchone()
                if linked is not None:
                    continue
                db.execute(
                    "INSERT INTO sync_articles (remote_id, article_id, remote_read, remote_starred) "
                    "VALUES (?, ?, ?, ?)",
                    (remote_id, article_id, int(read), int(starred)),
                )
                if article_id in new or read:
                    db.execute("UPDATE articles SET read = ? WHERE id = ?", (int(read), article_id))
                if starred:
                    db.execute(
                        "INSERT OR IGNORE INTO bookmarks (article_id, created_at) VALUES (?, ?)",
                        (article_id, to_iso(now_utc())),
                    )
                if article_id not in new:
                    self._queue_local_marks(db, remote_id, article_id, read, starred)
        return result.new_ids

    @staticmethod
    def _queue_local_marks(
        db: sqlite3.Connection, remote_id: str, article_id: int, read: bool, starred: bool
    ) -> None:
        """An article this folder already had (fetched before the account) meets its server
        copy: what was read or starred on either side stays so, so queue ours for the server."""
        row = db.execute(
            "SELECT read, EXISTS (SELECT 1 FROM bookmarks WHERE article_id = ?) FROM articles "
            "WHERE id = ?",
            (article_id, article_id),
        ).fetchone()
        if row is None:
            return
        moment = now_utc().isoformat()
        for field, here, there in (("read", row[0], read), ("starred", row[1], starred)):
            if here and not there:
                db.execute(
                    "INSERT INTO sync_marks (remote_id, field, value, changed_at) "
                    "VALUES (?, ?, 1, ?)",
                    (remote_id, field, moment),
                )

    def known_states(self, remote_ids: Sequence[str] | None = None) -> dict[str, KnownState]:
        """Last-seen server state and current local state, by server id (all when None)."""
        sql = (
            "SELECT s.remote_id, s.article_id, s.remote_read, s.remote_starred, a.read, "
            "EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = a.id) AS starred "
            "FROM sync_articles s JOIN articles a ON a.id = s.article_id"
        )
        rows: list[sqlite3.Row] = []
        if remote_ids is None:
            rows = self._read(sql)
        else:
            for start in range(0, len(remote_ids), 500):
                chunk = list(remote_ids[start : start + 500])
                rows += self._read(
                    f"{sql} WHERE s.remote_id IN ({','.join('?' * len(chunk))})", tuple(chunk)
                )
        return {
            str(row["remote_id"]): KnownState(
                article_id=int(row["article_id"]),
                remote_read=bool(row["remote_read"]),
                remote_starred=bool(row["remote_starred"]),
                read=bool(row["read"]),
                starred=bool(row["starred"]),
            )
            for row in rows
        }

    # ---------------------------------------------------------------- marks

    def queued_marks(self) -> list[QueuedMark]:
        """Every queued mark, oldest first."""
        marks = []
        for row in self._read("SELECT * FROM sync_marks ORDER BY seq"):
            moment = from_iso(str(row["changed_at"]).replace("Z", "+00:00"))
            marks.append(
                QueuedMark(
                    seq=int(row["seq"]),
                    remote_id=str(row["remote_id"]),
                    field=str(row["field"]),
                    value=bool(row["value"]),
                    changed_at=moment or now_utc(),
                )
            )
        return marks

    def finish_marks(
        self,
        server_wins: Mapping[str, Mapping[str, bool]],
        now_known: Mapping[str, Mapping[str, bool]],
        done_up_to: int,
    ) -> None:
        """After a successful push, in one transaction: apply what the server won, remember
        the server state now known, and drop the queued marks up to `done_up_to`.

        Args:
            server_wins: remote id -> {field: value} to set here (not queued back).
            now_known: remote id -> {field: value} the server holds now.
            done_up_to: the highest queued mark the push covered; later ones stay.
        """
        moment = to_iso(now_utc())
        with self.applying_server() as db:
            for remote_id, fields in server_wins.items():
                row = db.execute(
                    "SELECT article_id FROM sync_articles WHERE remote_id = ?", (remote_id,)
                ).fetchone()
                if row is None:
                    continue
                article_id = int(row[0])
                if "read" in fields:
                    db.execute(
                        "UPDATE articles SET read = ? WHERE id = ?",
                        (int(fields["read"]), article_id),
                    )
                if "starred" in fields:
                    if fields["starred"]:
                        db.execute(
                            "INSERT OR IGNORE INTO bookmarks (article_id, created_at) VALUES (?, ?)",
                            (article_id, moment),
                        )
                    else:
                        db.execute("DELETE FROM bookmarks WHERE article_id = ?", (article_id,))
            for remote_id, fields in now_known.items():
                for field, column in (("read", "remote_read"), ("starred", "remote_starred")):
                    if field in fields:
                        db.execute(
                            f"UPDATE sync_articles SET {column} = ? WHERE remote_id = ?",
                            (int(fields[field]), remote_id),
                        )
            db.execute("DELETE FROM sync_marks WHERE seq <= ?", (done_up_to,))

    @contextmanager
    def applying_server(self) -> Iterator[sqlite3.Connection]:
        """A write transaction whose read/star changes are not queued for the server."""
        with self._write() as db:
            db.execute("INSERT INTO sync_applying (flag) VALUES (1)")
            try:
                yield db
            finally:
                db.execute("DELETE FROM sync_applying")

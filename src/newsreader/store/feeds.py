"""Subscriptions: adding, listing with counts, renaming, folders, fetch state."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from newsreader.models import Feed, FulltextMode
from newsreader.sanitize import sanitize_line
from newsreader.store.articles import HIDDEN
from newsreader.store.base import StoreBase
from newsreader.store.codec import CURRENT_ANALYSIS, from_iso, now_utc, to_iso
from newsreader.store.database import NotFound, StoreError

_FEED_COLUMNS = """
    f.id, f.url, f.title, f.folder, f.site_url, f.etag, f.last_modified, f.last_error,
    f.last_fetched, f.fulltext,
    (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0) AS unread,
    (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS total
"""


_FEED_STATE_COLUMNS = """
    f.id, f.url, f.title, f.folder, f.site_url, f.etag, f.last_modified, f.last_error,
    f.last_fetched, f.fulltext, 0 AS unread, 0 AS total
"""
"""A feed's own columns, without the (costly) article counts."""


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key reading runs of digits as numbers, case-insensitively ("Feed 6" < "feed 10")."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.split(r"(\d+)", text.casefold())
        if part
    )


class DuplicateFeed(StoreError):
    """The URL is already subscribed."""


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    """What one fetch of a feed changed about the feed itself."""

    etag: str | None = None
    last_modified: str | None = None
    error: str | None = None
    new_url: str | None = None
    title: str | None = None
    site_url: str | None = None
    retry_after: datetime | None = None
    not_modified: bool = False


def _feed_from_row(row: sqlite3.Row) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"] or row["url"],
        folder=row["folder"],
        site_url=row["site_url"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        last_error=row["last_error"],
        last_fetched=from_iso(row["last_fetched"]),
        fulltext=row["fulltext"],
        unread=row["unread"],
        total=row["total"],
    )


class FeedQueries(StoreBase):
    def add_feed(
        self,
        url: str,
        title: str = "",
        folder: str | None = None,
        fulltext: FulltextMode = "teaser",
    ) -> Feed:
        """Subscribe to `url`. Raises DuplicateFeed when it is already subscribed."""
        clean_folder = sanitize_line(folder) or None
        try:
            with self._write() as db:
                cursor = db.execute(
                    "INSERT INTO feeds (url, title, folder, fulltext, created_at) VALUES (?, ?, ?, ?, ?)",
                    (url, sanitize_line(title), clean_folder, fulltext, to_iso(now_utc())),
                )
                feed_id = int(cursor.lastrowid or 0)
        except StoreError as error:
            if "UNIQUE" in str(error):
                raise DuplicateFeed(f"already subscribed to {url}") from None
            raise
        return self.get_feed(feed_id)

    def get_feed(self, feed_id: int) -> Feed:
        row = self._read_one(f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.id = ?", (feed_id,))
        if row is None:
            raise NotFound(f"no feed with id {feed_id}")
        return _feed_from_row(row)

    def find_feed(self, reference: str) -> Feed:
        """Find a feed by id, exact URL, or title (case-insensitive).

        Raises:
            NotFound: nothing matches, or a title matches several feeds.
        """
        if reference.isdigit():
            try:
                return self.get_feed(int(reference))
            except NotFound:
                pass
        rows = self._read(
            f"SELECT {_FEED_COLUMNS} FROM feeds f WHERE f.url = ? OR lower(f.title) = lower(?)",
            (reference, reference),
        )
        if not rows:
            raise NotFound(f"no feed matches {reference!r} (use an id from `newsreader feeds`)")
        if len(rows) > 1:
            raise NotFound(f"{reference!r} matches {len(rows)} feeds; use its id instead")
        return _feed_from_row(rows[0])

    def list_feeds(self) -> list[Feed]:
        """Every feed with unread and total counts, in folder then title order.

        Natural order: "feed 6" comes before "feed 10", as a person counts.

        Counts come from one grouped pass over the articles: a correlated count per feed
        scans the unread articles once per feed (1.4 s for 200 feeds and 7,000 articles).
        """
        counts = {
            row["feed_id"]: (int(row["unread"]), int(row["total"]))
            for row in self._read(
                # Articles a filter hid are in no view, so in no count either.
                "SELECT feed_id, SUM(read = 0) AS unread, COUNT(*) AS total FROM articles "
                f"WHERE feed_id IS NOT NULL AND read < {HIDDEN} GROUP BY feed_id"
            )
        }
        rows = self._read(
            f"SELECT {_FEED_STATE_COLUMNS} FROM feeds f "
            "ORDER BY coalesce(f.folder, '') COLLATE NOCASE, f.title COLLATE NOCASE, f.id"
        )
        feeds = []
        for row in rows:
            unread, total = counts.get(row["id"], (0, 0))
            feeds.append(replace(_feed_from_row(row), unread=unread, total=total))
        return sorted(
            feeds, key=lambda f: (natural_key(f.folder or ""), natural_key(f.title), f.id)
        )

    def feed_urls(self) -> set[str]:
        return {row["url"] for row in self._read("SELECT url FROM feeds")}

    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe. Articles that are bookmarked or saved stay, detached from the feed."""
        with self._write() as db:
            found = db.execute("SELECT 1 FROM feeds WHERE id = ?", (feed_id,)).fetchone()
            if found is None:
                raise NotFound(f"no feed with id {feed_id}")
            db.execute(
                "DELETE FROM articles WHERE feed_id = ? "
                "AND id NOT IN (SELECT article_id FROM bookmarks) "
                "AND id NOT IN (SELECT article_id FROM saved)",
                (feed_id,),
            )
            db.execute(
                "UPDATE articles SET orphan_of = (SELECT url FROM feeds WHERE id = ?) "
                "WHERE feed_id = ?",
                (feed_id, feed_id),
            )
            db.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    def rename_feed(self, feed_id: int, title: str) -> None:
        self._update_feed(feed_id, "title", sanitize_line(title))

    def move_feed(self, feed_id: int, folder: str | None) -> None:
        self._update_feed(feed_id, "folder", sanitize_line(folder) or None)

    def set_fulltext_mode(self, feed_id: int, mode: FulltextMode) -> None:
        if mode not in ("teaser", "always", "never"):
            raise StoreError(f"full-text mode must be teaser, always or never, not {mode!r}")
        self._update_feed(feed_id, "fulltext", mode)

    def _update_feed(self, feed_id: int, column: str, value: object) -> None:
        with self._write() as db:
            cursor = db.execute(f"UPDATE feeds SET {column} = ? WHERE id = ?", (value, feed_id))
            if cursor.rowcount == 0:
                raise NotFound(f"no feed with id {feed_id}")

    def record_fetch(
        self, feed_id: int, outcome: FetchOutcome, fetched_at: datetime | None = None
    ) -> None:
        """Keep what a fetch taught us: validators, errors, a moved URL, the feed's title."""
        moment = to_iso(fetched_at or now_utc())
        with self._write() as db:
            if outcome.error is not None:
                db.execute(
                    "UPDATE feeds SET last_error = ?, last_fetched = ?, retry_after = ? WHERE id = ?",
                    (sanitize_line(outcome.error), moment, to_iso(outcome.retry_after), feed_id),
                )
                return
            db.execute(
                "UPDATE feeds SET last_error = NULL, last_fetched = ?, retry_after = NULL, "
                "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified) WHERE id = ?",
                (moment, outcome.etag, outcome.last_modified, feed_id),
            )
            if outcome.title:
                db.execute(
                    "UPDATE feeds SET title = ? WHERE id = ? AND (title = '' OR title = url)",
                    (sanitize_line(outcome.title), feed_id),
                )
            if outcome.site_url:
                db.execute(
                    "UPDATE feeds SET site_url = ? WHERE id = ?", (outcome.site_url, feed_id)
                )
            if outcome.new_url:
                taken = db.execute(
                    "SELECT 1 FROM feeds WHERE url = ? AND id != ?", (outcome.new_url, feed_id)
                ).fetchone()
                if taken is None:
                    db.execute("UPDATE feeds SET url = ? WHERE id = ?", (outcome.new_url, feed_id))

    def retry_after(self, feed_id: int) -> datetime | None:
        row = self._read_one("SELECT retry_after FROM feeds WHERE id = ?", (feed_id,))
        return from_iso(row["retry_after"]) if row else None

    # --- Added for the feed manager (refresh and OPML import) ---

    def retry_times(self) -> dict[int, datetime]:
        """Feeds in back-off (after 429/503): id -> the moment before which to skip them."""
        rows = self._read("SELECT id, retry_after FROM feeds WHERE retry_after IS NOT NULL")
        times = {int(row["id"]): from_iso(row["retry_after"]) for row in rows}
        return {feed_id: moment for feed_id, moment in times.items() if moment is not None}

    def article_count(self, feed_id: int) -> int:
        row = self._read_one("SELECT COUNT(*) AS n FROM articles WHERE feed_id = ?", (feed_id,))
        return int(row["n"]) if row else 0

    def import_feeds(
        self, subscriptions: Sequence[tuple[str, str, str | None]]
    ) -> tuple[list[Feed], list[str]]:
        """Subscribe to many (url, title, folder) in ONE transaction: all or nothing.

        URLs already subscribed (or repeated in `subscriptions`) are skipped.

        Returns:
            the feeds added, and the URLs skipped as duplicates.
        """
        added_ids: list[int] = []
        skipped: list[str] = []
        moment = to_iso(now_utc())
        with self._write() as db:
            known = {row[0] for row in db.execute("SELECT url FROM feeds")}
            for url, title, folder in subscriptions:
                if url in known:
                    skipped.append(url)
                    continue
                known.add(url)
                cursor = db.execute(
                    "INSERT INTO feeds (url, title, folder, fulltext, created_at) "
                    "VALUES (?, ?, ?, 'teaser', ?)",
                    (url, sanitize_line(title), sanitize_line(folder) or None, moment),
                )
                added_ids.append(int(cursor.lastrowid or 0))
        return [self.get_feed(feed_id) for feed_id in added_ids], skipped

    def unanalysed_articles(
        self, feed_ids: Sequence[int] | None = None, limit: int | None = None
    ) -> list[int]:
        """Feed articles stored without analysis (refresh defers it), newest first; then
        unread ones analysed by an older method (`ANALYSIS_VERSION`), so their speakers
        are right before they are read. Read ones are analysed again when opened."""
        sql = (
            "SELECT id FROM articles WHERE origin = 'feed' AND (analysis IS NULL"
            " OR (read = 0 AND substr(analysis, 1, ?) != ?))"
        )
        parameters: list[object] = [len(CURRENT_ANALYSIS), CURRENT_ANALYSIS]
        if feed_ids is not None:
            sql += f" AND feed_id IN ({','.join('?' * len(feed_ids))})"
            parameters += list(feed_ids)
        sql += " ORDER BY analysis IS NOT NULL, sort_at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            parameters.append(limit)
        return [int(row["id"]) for row in self._read(sql, tuple(parameters))]

    def feeds_for_refresh(self) -> list[Feed]:
        """Every feed with its fetch state but without counts (cheap: no article scan)."""
        rows = self._read(f"SELECT {_FEED_STATE_COLUMNS} FROM feeds f ORDER BY f.id")
        return [_feed_from_row(row) for row in rows]

"""What a reader keeps: bookmarks, offline copies, search, and pruning of the rest."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Sequence
from datetime import datetime, timedelta

from newsreader.models import MATCH_END, MATCH_START, Article, Entity, Quote, SearchHit
from newsreader.store.articles import (
    HEADLINE_COLUMNS,
    HIDDEN,
    ArticleFilter,
    ArticleQueries,
    headline_from_row,
)
from newsreader.store.base import StoreBase
from newsreader.store.codec import analysis_to_json, article_to_json, now_utc, to_iso
from newsreader.store.database import NotFound, StoreError

_FTS_TOKEN = re.compile(r"\w+", re.UNICODE)


def _alternatives(query: str) -> list[list[tuple[str, bool]]]:
    """The query as OR-separated groups of (words, is_phrase) terms; `OR` in capitals splits."""
    groups: list[list[tuple[str, bool]]] = [[]]
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', query):
        if word == "OR":
            groups.append([])
        elif phrase:
            tokens = _FTS_TOKEN.findall(phrase)
            if tokens:
                groups[-1].append((" ".join(tokens), True))
        else:
            groups[-1].extend((token, False) for token in _FTS_TOKEN.findall(word))
    return [group for group in groups if group]


def _typing_prefix(query: str) -> bool:
    """Whether the last word is still being typed (so it matches as a prefix)."""
    return bool(query[-1:].strip()) and not query.rstrip().endswith('"')


def fts_query(query: str) -> str:
    """Turn what a person types into a safe FTS5 query.

    Words are quoted (so `AND`, `-`, `:` or a stray quote cannot break the syntax) and the
    last word is a prefix, so search-as-you-type finds "Blink" -> "Blinken". A phrase in
    double quotes stays a phrase; `OR` in capitals between words finds either side
    (`Kyiv OR Kiev`), words next to each other must all match.
    """
    groups = _alternatives(query)
    rendered = [[f'"{text}"' for text, _ in group] for group in groups]
    if rendered and _typing_prefix(query) and not groups[-1][-1][1]:
        rendered[-1][-1] += "*"
    if len(rendered) == 1:
        return " ".join(rendered[0])
    return " OR ".join("(" + " ".join(group) + ")" for group in rendered)


def _author_matches(words: tuple[str, ...], groups: list[list[str]]) -> bool:
    """Whether every word of one OR-alternative starts one of an author's `words`.

    "mary" is not "Rosemary"; "okaf" finds "Okafor" while the name is being typed.
    """
    return any(
        all(any(word.startswith(wanted) for word in words) for wanted in group) for group in groups
    )


class AuthorIndex:
    """Author -> article ids, kept in memory and brought up to date by id on each search.

    Authors are not in the full-text index (adding a column would need a migration), and
    scanning every row's author on each keystroke costs more than the search itself on a
    large store. Article ids only grow, so each search reads just the rows added since
    the last one; ids of deleted articles simply find no row.
    """

    def __init__(self) -> None:
        self.ids: dict[str, list[int]] = {}
        self.words: dict[str, tuple[str, ...]] = {}
        """Each author's words, case-folded (tokenised once, not on every keystroke)."""
        self.last_id = 0
        self.lock = threading.Lock()


AUTHOR_RANK = -1e9
"""Rank of an article found by its author: above every text match (bm25 is small and negative)."""


def query_words(query: str) -> list[str]:
    """The words of a query, lower-cased, for marking matches in snippets."""
    return [word.lower() for word in _FTS_TOKEN.findall(query)]


def make_snippet(text: str, words: list[str], width: int = 160, title: str = "") -> str:
    """A window of `text` around the first match, matches marked with MATCH_START/END.

    SQLite's snippet() would re-run the full-text query once per row shown, which for a
    prefix of a common word costs more than the search itself; words are matched by
    prefix here, as the query matches them ("minist" marks "ministers").
    """
    if not text:
        return ""
    pattern = (
        re.compile(
            r"\b(?:"
            + "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
            + r")\w*",
            re.IGNORECASE,
        )
        if words
        else None
    )
    first = pattern.search(text) if pattern else None
    if first is None and pattern is not None and title and pattern.search(title):
        text = title  # only the title matches: show it, marked, as snippet() would
        first = pattern.search(text)
    start = 0
    if first is not None and first.start() > width // 3:
        start = text.rfind(" ", 0, first.start() - width // 3) + 1
    end = min(len(text), start + width)
    if end < len(text):
        end = max(text.rfind(" ", start, end), start + 1)
    window = " ".join(text[start:end].split())
    if pattern is not None:
        window = pattern.sub(lambda m: f"{MATCH_START}{m.group()}{MATCH_END}", window)
    return ("…" if start > 0 else "") + window + ("…" if end < len(text) else "")


class LibraryQueries(ArticleQueries, StoreBase):
    def bookmark(self, article_id: int, on: bool = True) -> None:
        with self._write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotFound(f"no article with id {article_id}")
            if on:
                db.execute(
                    "INSERT OR IGNORE INTO bookmarks (article_id, created_at) VALUES (?, ?)",
                    (article_id, to_iso(now_utc())),
                )
            else:
                db.execute("DELETE FROM bookmarks WHERE article_id = ?", (article_id,))

    def is_saved(self, article_id: int) -> bool:
        return self._read_one("SELECT 1 FROM saved WHERE article_id = ?", (article_id,)) is not None

    def save_offline(
        self,
        article_id: int,
        article: Article,
        entities: Sequence[Entity],
        quotes: Sequence[Quote],
        source: str,
        images: dict[str, str] | None = None,
    ) -> None:
        """Keep a complete copy of the article: one transaction, old copy or new, never half.

        Args:
            source: `page` when the full page was cleaned, `feed` when only the feed's text was.
            images: image URL -> file name under the images folder.
        """
        if source not in ("page", "feed"):
            raise StoreError(f"unknown saved source {source!r}")
        with self._write() as db:
            if db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is None:
                raise NotFound(f"no article with id {article_id}")
            db.execute(
                "INSERT OR REPLACE INTO saved (article_id, saved_at, source, article, analysis, images) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    to_iso(now_utc()),
                    source,
                    article_to_json(article),
                    analysis_to_json(list(entities), list(quotes)),
                    json.dumps(images or {}),
                ),
            )
            # Keep the live row in step so search and entity lookups see the saved text.
            db.execute(
                "UPDATE articles SET text = ?, extracted = coalesce(extracted, ?) WHERE id = ?",
                (article.text, article_to_json(article), article_id),
            )
            db.execute("DELETE FROM article_entities WHERE article_id = ?", (article_id,))
            self._index_entities(db, article_id, entities)

    def unsave(self, article_id: int) -> None:
        with self._write() as db:
            db.execute("DELETE FROM saved WHERE article_id = ?", (article_id,))

    def saved_images(self, article_id: int) -> dict[str, str]:
        row = self._read_one("SELECT images FROM saved WHERE article_id = ?", (article_id,))
        return dict(json.loads(row["images"])) if row else {}

    def search(
        self, query: str, view: ArticleFilter | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Full-text search over titles and bodies, best matches first (bm25, title weighted).

        Articles whose author matches come first; `OR` between words finds either.
        """
        match = fts_query(query)
        if not match:
            return []
        view = view or ArticleFilter()
        where, values = view.where()
        # Rank with bm25 alone, then fetch the rows shown. With no filter the ranking
        # touches the index only: joining every match to its row first costs three times
        # the ranking on a large store (articles a filter hid are dropped afterwards).
        unfiltered = view == ArticleFilter()
        ranked_from = (
            "articles_fts"
            if unfiltered
            else "articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "LEFT JOIN feeds f ON f.id = a.feed_id"
        )
        rows = self._read(
            "WITH top AS ("
            "SELECT articles_fts.rowid AS id, bm25(articles_fts, 4.0, 1.0) AS rank "
            f"FROM {ranked_from} "
            f"WHERE articles_fts MATCH ? AND {'1' if unfiltered else where} "
            "ORDER BY rank LIMIT ?) "
            f"SELECT {HEADLINE_COLUMNS}, a.text AS body, top.rank AS rank FROM top "
            "JOIN articles a ON a.id = top.id LEFT JOIN feeds f ON f.id = a.feed_id "
            f"WHERE a.read < {HIDDEN} ORDER BY top.rank",
            (match, *([] if unfiltered else values), limit),
        )
        by_author = self._by_author(query, where, values, limit)
        seen = {row["id"] for row in by_author}
        rows = [*by_author, *(row for row in rows if row["id"] not in seen)][:limit]
        words = query_words(query)
        return [
            SearchHit(
                headline=headline_from_row(row),
                snippet=make_snippet(row["body"] or "", words, title=row["title"] or ""),
                rank=row["rank"],
            )
            for row in rows
        ]

    def _by_author(
        self, query: str, where: str, values: list[object], limit: int
    ) -> list[sqlite3.Row]:
        """Rows of the newest articles by an author the query names (see `AuthorIndex`)."""
        groups = [[text.casefold() for text, _ in group] for group in _alternatives(query)]
        index: AuthorIndex | None = getattr(self, "_author_index", None)
        if index is None:
            index = AuthorIndex()
            self._author_index = index
        with index.lock:
            for row in self._read(
                "SELECT id, author FROM articles WHERE id > ? ORDER BY id", (index.last_id,)
            ):
                index.last_id = row["id"]
                author = row["author"]
                if author:
                    if author not in index.ids:
                        index.words[author] = tuple(_FTS_TOKEN.findall(author.casefold()))
                    index.ids.setdefault(author, []).append(row["id"])
            ids = [
                article_id
                for author, found in index.ids.items()
                if _author_matches(index.words[author], groups)
                for article_id in found
            ]
        if not ids:
            return []
        return self._read(
            f"SELECT {HEADLINE_COLUMNS}, a.text AS body, {AUTHOR_RANK} AS rank FROM articles a "
            "LEFT JOIN feeds f ON f.id = a.feed_id "
            f"WHERE a.id IN (SELECT value FROM json_each(?)) AND {where} "
            "ORDER BY a.sort_at DESC, a.id DESC LIMIT ?",
            (json.dumps(ids), *values, limit),
        )

    def max_article_id(self) -> int:
        """The newest article id (ids only grow): what a refresh adds comes after it."""
        row = self._read_one("SELECT max(id) FROM articles", ())
        return int(row[0] or 0) if row else 0

    def filter_candidates(self, after_id: int) -> list[dict[str, str | int]]:
        """Unread feed articles after `after_id` that nobody kept, with the fields filters test.

        `text` is the cleaned text when there is one, else the feed's summary and content.
        """
        rows = self._read(
            "SELECT a.id, a.title, coalesce(a.author, '') AS author, coalesce(f.title, '') AS feed, "
            "CASE WHEN a.text != '' THEN a.text ELSE a.summary || ' ' || a.content END AS text "
            "FROM articles a LEFT JOIN feeds f ON f.id = a.feed_id "
            "WHERE a.id > ? AND a.read = 0 AND a.origin = 'feed' "
            "AND a.id NOT IN (SELECT article_id FROM bookmarks) "
            "AND a.id NOT IN (SELECT article_id FROM saved)",
            (after_id,),
        )
        return [dict(row) for row in rows]

    def hide(self, article_ids: Sequence[int]) -> int:
        """Hide articles (a filter rule matched): read, and in no view or search."""
        with self._write() as db:
            cursor = db.executemany(
                f"UPDATE articles SET read = {HIDDEN} WHERE id = ?", [(i,) for i in article_ids]
            )
            return cursor.rowcount

    def prune(self, max_age_days: int, max_per_feed: int, now: datetime | None = None) -> int:
        """Delete old read-or-unread articles that nobody kept; bookmarked and saved stay.

        Returns how many were deleted.
        """
        cutoff = to_iso((now or now_utc()) - timedelta(days=max_age_days))
        keep = (
            "id NOT IN (SELECT article_id FROM bookmarks) AND id NOT IN (SELECT article_id FROM saved) "
            "AND origin = 'feed'"
        )
        with self._write() as db:
            deleted = db.execute(
                # Old by date AND fetched long ago: an archive feed's old items, fetched
                # today, must not be deleted and then fetched as "new" at every refresh.
                f"DELETE FROM articles WHERE sort_at < ? AND fetched_at < ? AND {keep}",
                (cutoff, cutoff),
            ).rowcount
            deleted += db.execute(
                f"DELETE FROM articles WHERE {keep} AND id IN ("
                "SELECT id FROM (SELECT id, ROW_NUMBER() OVER "
                "(PARTITION BY feed_id ORDER BY sort_at DESC, id DESC) AS position FROM articles "
                f"WHERE {keep}) "
                "WHERE position > ?)",
                (max_per_feed,),
            ).rowcount
        return deleted

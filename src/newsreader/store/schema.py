"""The schema and its forward migrations.

`PRAGMA user_version` records how many migrations have run. Each migration runs in its
own transaction, so a crash between two leaves a database at a known version.
"""

from __future__ import annotations

import sqlite3

from newsreader.store.database import StoreError, transaction

MIGRATIONS: tuple[str, ...] = (
    # 1: feeds, articles, bookmarks, saved copies, full-text index. Ids are AUTOINCREMENT:
    # a script holding an id from `articles --json` must never meet it on another article.
    """
    CREATE TABLE feeds (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        url           TEXT NOT NULL UNIQUE,
        title         TEXT NOT NULL DEFAULT '',
        folder        TEXT,
        site_url      TEXT,
        etag          TEXT,
        last_modified TEXT,
        last_error    TEXT,
        last_fetched  TEXT,
        retry_after   TEXT,
        fulltext      TEXT NOT NULL DEFAULT 'teaser'
                      CHECK (fulltext IN ('teaser', 'always', 'never')),
        created_at    TEXT NOT NULL
    );
    CREATE TABLE articles (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        feed_id          INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
        origin           TEXT NOT NULL DEFAULT 'feed' CHECK (origin IN ('feed', 'read-later')),
        guid             TEXT,
        url              TEXT,
        title            TEXT NOT NULL DEFAULT '',
        author           TEXT,
        published        TEXT,
        updated          TEXT,
        sort_at          TEXT NOT NULL,
        summary          TEXT NOT NULL DEFAULT '',
        content          TEXT NOT NULL DEFAULT '',
        enclosures       TEXT NOT NULL DEFAULT '[]',
        text             TEXT NOT NULL DEFAULT '',
        extracted        TEXT,
        fulltext_fetched INTEGER NOT NULL DEFAULT 0,
        analysis         TEXT,
        read             INTEGER NOT NULL DEFAULT 0,
        fetched_at       TEXT NOT NULL
    );
    CREATE UNIQUE INDEX articles_feed_guid ON articles(feed_id, guid) WHERE guid IS NOT NULL;
    CREATE INDEX articles_feed_sort ON articles(feed_id, sort_at DESC);
    CREATE INDEX articles_sort ON articles(sort_at DESC);
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_unread ON articles(read, sort_at DESC);
    CREATE TABLE bookmarks (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE saved (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        saved_at   TEXT NOT NULL,
        source     TEXT NOT NULL CHECK (source IN ('page', 'feed')),
        article    TEXT NOT NULL,
        analysis   TEXT NOT NULL,
        images     TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE article_entities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        key        TEXT NOT NULL COLLATE NOCASE,
        kind       TEXT NOT NULL,
        mentions   INTEGER NOT NULL,
        PRIMARY KEY (article_id, key, kind)
    ) WITHOUT ROWID;
    CREATE INDEX article_entities_key ON article_entities(key);
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    """,
    # 2: per-feed counts (feed detail, feed deletion) without scanning every unread article.
    """
    CREATE INDEX articles_feed_read ON articles(feed_id, read);
    """,
    # 3: links are matched per feed in memory now; only "Read later" looks a URL up.
    """
    DROP INDEX articles_url;
    CREATE INDEX articles_read_later_url ON articles(url) WHERE origin = 'read-later';
    """,
    # 4: kept (bookmarked/saved) articles of a removed feed remember its address, so
    # subscribing to it again takes them back instead of duplicating them.
    """
    ALTER TABLE articles ADD COLUMN orphan_of TEXT;
    CREATE INDEX articles_orphan_of ON articles(orphan_of) WHERE orphan_of IS NOT NULL;
    CREATE TRIGGER feeds_take_back_kept AFTER INSERT ON feeds BEGIN
        UPDATE articles SET feed_id = new.id, orphan_of = NULL WHERE orphan_of = new.url;
    END;
    """,
    # 5: sync with a feed server (TT-RSS). One account per data folder; server ids of feeds
    # and articles (TEXT, so string ids of other protocols fit); the server state last seen,
    # to tell which side changed; and a queue of local read/star marks with their moment,
    # filled by triggers so every path that marks (app, CLI, mark-all) is covered. While
    # the sync itself applies server state it puts a row in sync_applying (inside its own
    # transaction, so no other connection ever sees it) and the triggers stay quiet.
    """
    CREATE TABLE sync_account (
        id               INTEGER PRIMARY KEY CHECK (id = 1),
        kind             TEXT NOT NULL,
        url              TEXT NOT NULL,
        username         TEXT NOT NULL,
        password_command TEXT,
        password_file    TEXT,
        created_at       TEXT NOT NULL,
        cursor           TEXT,
        last_sync        TEXT,
        last_error       TEXT
    );
    CREATE TABLE sync_feeds (
        feed_id       INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
        remote_id     TEXT NOT NULL UNIQUE,
        remote_folder TEXT
    );
    CREATE TABLE sync_articles (
        remote_id      TEXT PRIMARY KEY,
        article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        remote_read    INTEGER NOT NULL DEFAULT 0,
        remote_starred INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX sync_articles_article ON sync_articles(article_id);
    CREATE TABLE sync_marks (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        remote_id  TEXT NOT NULL,
        field      TEXT NOT NULL CHECK (field IN ('read', 'starred')),
        value      INTEGER NOT NULL,
        changed_at TEXT NOT NULL
    );
    CREATE TABLE sync_applying (flag INTEGER);
    CREATE TRIGGER sync_queue_read AFTER UPDATE OF read ON articles
    WHEN old.read IS NOT new.read AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_marks (remote_id, field, value, changed_at)
        SELECT remote_id, 'read', new.read, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM sync_articles WHERE article_id = new.id;
    END;
    CREATE TRIGGER sync_queue_star AFTER INSERT ON bookmarks
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_marks (remote_id, field, value, changed_at)
        SELECT remote_id, 'starred', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM sync_articles WHERE article_id = new.article_id;
    END;
    CREATE TRIGGER sync_queue_unstar AFTER DELETE ON bookmarks
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_marks (remote_id, field, value, changed_at)
        SELECT remote_id, 'starred', 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM sync_articles WHERE article_id = old.article_id;
    END;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database up to `SCHEMA_VERSION`; returns the version it started at.

    Raises:
        StoreError: when the file was written by a newer newsreader.
    """
    start = schema_version(connection)
    if start > SCHEMA_VERSION:
        raise StoreError(
            f"this database has schema version {start}, newer than this newsreader "
            f"understands ({SCHEMA_VERSION}); upgrade newsreader"
        )
    for version in range(start, SCHEMA_VERSION):
        with transaction(connection):
            for statement in _split_statements(MIGRATIONS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
    return start


def _split_statements(script: str) -> list[str]:
    """Split a migration script into statements, keeping trigger bodies whole.

    `executescript` would commit our transaction first, so statements run one by one.
    """
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements

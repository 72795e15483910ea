"""Opening the SQLite database with the settings every connection needs.

WAL lets the app keep reading while a refresh (in this or another process) writes;
`synchronous=NORMAL` under WAL still never corrupts the file on a crash, it can only lose
the last transactions after a power cut, never ones already checkpointed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class StoreError(Exception):
    """A storage problem explained in one line a person can act on."""


class NotFound(StoreError):
    """An id or name that matches nothing stored."""


def describe_sqlite_error(error: sqlite3.Error, path: Path | str) -> str:
    """Turn an sqlite3 error into advice; disk-full and read-only are the common ones."""
    message = str(error)
    lowered = message.lower()
    if "full" in lowered:
        return f"the disk holding {path} is full; nothing was changed ({message})"
    if "readonly" in lowered or "read-only" in lowered or "permission" in lowered:
        return f"{path} is read-only; nothing was changed ({message})"
    if "not a database" in lowered or "malformed" in lowered or "encrypted" in lowered:
        return f"{path} is not a readable newsreader database ({message})"
    if "locked" in lowered or "busy" in lowered:
        return f"{path} is busy in another process; try again ({message})"
    return f"database error on {path}: {message}"


def _why_not(target: Path, error: Exception) -> str:
    """The plain reason a database path cannot be opened, when it is a common one."""
    if any(folder.is_file() for folder in target.parents):
        blocker = next(folder for folder in target.parents if folder.is_file())
        return f"{blocker} is a file, not a folder"
    if target.is_dir():
        return f"{target} is a folder, not a database file"
    return str(error)


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the database at `path` with WAL and foreign keys on.

    Raises:
        StoreError: when the file cannot be opened or is not a database.
    """
    target = Path(path)
    try:
        if str(path) != ":memory:":
            target.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            str(path), timeout=30.0, isolation_level=None, check_same_thread=False
        )
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"cannot open database {path}: {_why_not(target, error)}") from error
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() not in ("wal", "memory"):
            # A read-only folder cannot hold the WAL files; rollback journal still works for reads.
            pass
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA busy_timeout = 30000")
        connection.execute("PRAGMA temp_store = MEMORY")
    except sqlite3.Error as error:
        connection.close()
        raise StoreError(describe_sqlite_error(error, path)) from error
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run a block as one IMMEDIATE transaction: all of it is committed or none of it.

    IMMEDIATE takes the write lock up front, so two writers queue instead of failing
    half-way with SQLITE_BUSY on upgrade.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    else:
        connection.execute("COMMIT")

"""The connection holder every query mixin shares.

One connection, guarded by a lock, serves the whole process: the app's UI thread and its
refresh workers take turns; other processes coordinate through SQLite's own WAL locking.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsreader.store.database import StoreError, connect, describe_sqlite_error, transaction
from newsreader.store.schema import migrate

_TOO_LARGE = "a number given is too large (no id or count goes beyond 2^63 - 1)"
"""sqlite3 raises OverflowError, not sqlite3.Error, for an int it cannot bind: an id
typed by hand (`show 99999999999999999999`) must be one line, not a traceback."""


class StoreBase:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path) if str(path) != ":memory:" else path
        self._db = connect(path)
        self._lock = threading.RLock()
        try:
            migrate(self._db)
        except sqlite3.Error as error:
            self._db.close()
            raise StoreError(describe_sqlite_error(error, path)) from error
        except StoreError:
            self._db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> StoreBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; sqlite errors become StoreError with advice."""
        with self._lock:
            try:
                with transaction(self._db) as db:
                    yield db
            except sqlite3.Error as error:
                raise StoreError(describe_sqlite_error(error, self.path)) from error
            except OverflowError:
                raise StoreError(_TOO_LARGE) from None

    @contextmanager
    def bulk_writes(self, checkpoint_pages: int = 20000) -> Iterator[None]:
        """Many small transactions in a row (a refresh): checkpoint once at the end.

        Each transaction still commits on its own, so a crash loses nothing committed;
        only the copying of the WAL into the database file (and its fsync) is deferred
        from every ~1,000 pages to the end, which is a fifth of a cold refresh's writes.
        """
        with self._lock:
            self._db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint_pages)}")
        try:
            yield
        finally:
            with self._lock:
                try:
                    self._db.execute("PRAGMA wal_autocheckpoint = 1000")
                    self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
                except sqlite3.Error:
                    pass  # a busy reader keeps the WAL; the next checkpoint copies it

    def _read(
        self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[sqlite3.Row]:
        with self._lock:
            try:
                cursor = self._db.execute(sql, parameters)
                cursor.row_factory = sqlite3.Row
                return cursor.fetchall()
            except sqlite3.Error as error:
                raise StoreError(describe_sqlite_error(error, self.path)) from error
            except OverflowError:
                raise StoreError(_TOO_LARGE) from None

    def _read_one(
        self, sql: str, parameters: tuple[Any, ...] | dict[str, Any] = ()
    ) -> sqlite3.Row | None:
        rows = self._read(sql, parameters)
        return rows[0] if rows else None

"""CLI subcommands, grouped by what they act on; `cli.py` assembles them.

Each handler is `handler(args, context) -> int` and reports failure by raising
`CommandError` with one line a person can act on; `cli.main` prints it, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsreader.config import Settings
from newsreader.paths import Paths
from newsreader.store import Store


class CommandError(Exception):
    """A failure to report as `newsreader: <message>` with exit status 1."""


@dataclass
class Context:
    """What every handler needs, opened lazily so `--help` and `extract` touch no database."""

    paths: Paths
    settings: Settings
    config_problems: tuple[str, ...] = ()
    """What was wrong in config.toml (already printed; the app shows them too)."""
    _store: Store | None = field(default=None, repr=False)

    def store(self) -> Store:
        if self._store is None:
            from newsreader.firstrun import open_store

            self._store = open_store(self.paths)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

"""The Textual app (imported only when the reader opens, never by the CLI's commands).

Start-up allocates a few hundred thousand long-lived objects (Textual's modules, styles,
widgets); the cyclic garbage collector would walk them again and again while they load,
for nothing. So collection is made rare until the first frame is painted, when the app
calls `startup_finished()`: the survivors are frozen out of future collections and the
usual thresholds return.
"""

from __future__ import annotations

import gc

_USUAL_THRESHOLDS = gc.get_threshold()
gc.set_threshold(100_000, 50, 100)


def startup_finished() -> None:
    """Restore normal garbage collection, leaving start-up objects out of its walks."""
    gc.freeze()
    gc.set_threshold(*_USUAL_THRESHOLDS)

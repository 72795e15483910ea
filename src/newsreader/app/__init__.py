"""The Textual app (imported only when the reader opens, never by the CLI's commands).

Start-up allocates a few hundred thousand long-lived objects (Textual's modules, styles,
widgets); the cyclic garbage collector would walk them again and again while they load,
for nothing (a young-generation pass landed inside the first frames: ~15 ms). So
collection is paused until the first frame is painted, when the app
calls `startup_finished()`: the survivors are frozen out of future collections and the
usual thresholds return.
"""

from __future__ import annotations

import gc

_WAS_ENABLED = gc.isenabled()
gc.disable()


_started = False


def startup_finished() -> None:
    """Restore normal garbage collection, leaving start-up objects out of its walks.

    Idempotent: the app calls it when its first frame is ready, whatever screen that is.
    """
    global _started
    if _started:
        return
    _started = True
    gc.freeze()
    if _WAS_ENABLED:
        gc.enable()

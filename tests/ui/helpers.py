"""Small helpers shared by the pilot tests."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot
from textual.worker import WorkerCancelled

from newsreader.app.screens.main import MainScreen


async def settle(app: App[object], pilot: Pilot[object]) -> None:
    """Wait until no worker runs and the messages they posted are handled.

    Exclusive workers (latest wins) are cancelled by design when a newer one starts;
    `wait_for_complete` reports that as an error, so such cancellations are waited past.
    """
    for _ in range(10):
        try:
            await app.workers.wait_for_complete()
        except WorkerCancelled:
            continue
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            return


def notices(app: App[object]) -> list[str]:
    """The text of every notification shown so far."""
    return [str(notification.message) for notification in app._notifications]


def main_screen(app: App[object]) -> MainScreen:
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    return screen


def screen_text(app: App[object]) -> str:
    """What the terminal shows, as plain text, one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)

"""Small helpers shared by the pilot tests."""

from __future__ import annotations

from textual.app import App
from textual.pilot import Pilot

from newsreader.app.screens.main import MainScreen


async def settle(app: App[object], pilot: Pilot[object]) -> None:
    """Wait for every worker, then for the messages they posted."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


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

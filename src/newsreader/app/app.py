"""The Textual app: settings, theme, keymap and the store; the screens do the rest.

Start-up is kept light: only Textual, the store and the main screen's widgets load before
the first frame. The pipeline, httpx, extraction and analysis are imported inside the
workers that need them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.screen import Screen

from newsreader.app import keymap
from newsreader.config import DEFAULT_THEME, Settings
from newsreader.paths import Paths
from newsreader.store import Store

if TYPE_CHECKING:
    import httpx
    from textual.command import Provider

LIGHT_THEME = "textual-light"
DARK_THEME = "textual-dark"


def _action_commands() -> type[Provider]:
    """The palette provider, imported when the palette first opens (not at start-up)."""
    from newsreader.app.commands import ActionCommands

    return ActionCommands


def _view_commands() -> type[Provider]:
    """ "Go to …" any view from the palette, imported when the palette first opens."""
    from newsreader.app.commands import ViewCommands

    return ViewCommands


def _utc_now() -> datetime:
    return datetime.now(UTC)


class NewsReaderApp(App[None]):
    """A terminal news reader: feeds | headlines | article.

    Args:
        paths: where config and data live (the theme is saved to `paths.config_file`).
        settings: loaded settings.
        store: an open store; when None, `newsreader.firstrun.open_store` opens (and on a
            first run seeds) the one in `paths`.
        open_article: an article id to open at start (`newsreader read`).
        transport: an httpx transport for every request (tests pass a MockTransport).
        clock: the current time, for article ages (tests fix it).
    """

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {_action_commands, _view_commands}

    def __init__(
        self,
        paths: Paths,
        settings: Settings,
        store: Store | None = None,
        open_article: int | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        clock: Callable[[], datetime] | None = None,
        config_problems: Sequence[str] = (),
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings = settings
        self._store = store
        self.open_article = open_article
        self.transport = transport
        self.clock = clock or _utc_now
        self.refresh_lines: list[str] = []
        """What refreshes reported (the log screen, L)."""
        self.keymap_overrides, self._keymap_problems = keymap.keymap(settings.keybindings)
        self._keymap_problems[:0] = list(config_problems)  # shown once the screen is up
        self.theme = settings.theme if settings.theme in self.available_themes else DEFAULT_THEME
        if settings.theme not in self.available_themes:
            self._keymap_problems.append(
                f"config: unknown theme {settings.theme!r}; using {DEFAULT_THEME} "
                "(Ctrl+P → theme lists them)"
            )

    @property
    def store(self) -> Store:
        """The store, opened (and seeded on a first run) when first needed."""
        if self._store is None:
            from newsreader.firstrun import open_store

            self._store = open_store(self.paths)
        return self._store

    def get_default_screen(self) -> Screen[Any]:
        from newsreader.app.screens.main import MainScreen

        return MainScreen()

    def on_mount(self) -> None:
        if self.keymap_overrides:
            self.set_keymap(self.keymap_overrides)
        for problem in self._keymap_problems:
            self.notify(problem, severity="warning", markup=False)
        self.theme_changed_signal.subscribe(self, lambda theme: self.save_theme(theme.name))

    def on_ready(self) -> None:
        """The first frame is on screen: start what was held back for it."""
        from newsreader.app import startup_finished
        from newsreader.app.screens.main import MainScreen

        startup_finished()

        screen = self.screen_stack[0] if self.screen_stack else None
        if isinstance(screen, MainScreen):
            screen.after_first_paint()

    def toggle_theme(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = LIGHT_THEME if self.current_theme.dark else DARK_THEME

    def save_theme(self, name: str) -> None:
        """Remember the theme in the config file."""
        if name != self.settings.theme:
            self.save_settings(theme=name)

    def save_settings(self, **changes: Any) -> None:
        """Change settings and write only those keys to the config file (in a thread).

        The rest of the file stays as the user wrote it; a file we could not parse is
        left alone and the user is told why the change was not remembered.
        """
        self.settings = replace(self.settings, **changes)
        config_file = self.paths.config_file

        def write() -> None:
            from newsreader.config import ConfigError, update_config

            try:
                update_config(config_file, changes)
            except (OSError, ConfigError) as error:
                self.call_from_thread(
                    self.notify,
                    f"Not remembered: {error}",
                    severity="warning",
                    markup=False,
                )

        self.run_worker(write, thread=True, group="settings")

    def log_line(self, line: str) -> None:
        """Add a line to the refresh log, stamped with the time."""
        from newsreader.app.text import clean

        self.refresh_lines.append(f"{self.clock().astimezone():%H:%M:%S}  {clean(line)}")

    def run_on_ui(self, callback: Callable[..., Any], *args: Any) -> None:
        """Call `callback` on the event loop, whichever thread we are on."""
        if threading.get_ident() == self._thread_id:
            callback(*args)
        else:
            self.call_from_thread(callback, *args)

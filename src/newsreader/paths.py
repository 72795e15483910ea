"""Where newsreader keeps its files: the only module that asks platformdirs.

Everything is resolved when asked (not at import) so tests and `--data-dir` can
redirect it. `--data-dir DIR` or `NEWSREADER_HOME` put config, data and cache all under
one folder, which is what a user who passes either expects.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "newsreader"
HOME_VARIABLE = "NEWSREADER_HOME"


@dataclass(frozen=True, slots=True)
class Paths:
    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "newsreader.db"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def images_dir(self) -> Path:
        """Images of articles saved offline."""
        return self.data_dir / "images"

    @property
    def log_file(self) -> Path:
        return self.cache_dir / "newsreader.log"


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """Return the folders to use, in order of precedence: argument, environment, platform.

    Args:
        data_dir: the `--data-dir` value, if the user gave one.
    """
    override = data_dir if data_dir is not None else os.environ.get(HOME_VARIABLE) or None
    if override is not None:
        root = Path(override).expanduser()
        return Paths(config_dir=root, data_dir=root, cache_dir=root / "cache")
    import platformdirs

    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )

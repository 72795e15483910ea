"""Where data lives: --data-dir beats NEWSREADER_HOME beats the platform folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.paths import resolve_paths


def test_platform_folders_follow_xdg(tmp_path: Path) -> None:
    """Without overrides, the XDG folders (pointed at tmp_path by conftest) are used."""
    paths = resolve_paths()
    assert paths.data_dir == tmp_path / "xdg_data_home" / "newsreader"
    assert paths.config_dir == tmp_path / "xdg_config_home" / "newsreader"
    assert paths.database.parent == paths.data_dir


def test_environment_variable_overrides_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home-env"))
    paths = resolve_paths()
    assert paths.data_dir == tmp_path / "home-env"
    assert paths.config_file == tmp_path / "home-env" / "config.toml"


def test_argument_overrides_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "home-env"))
    paths = resolve_paths(tmp_path / "explicit")
    assert paths.data_dir == tmp_path / "explicit"
    assert paths.cache_dir == tmp_path / "explicit" / "cache"

"""Settings: a broken config file never stops the app; good values round-trip."""

from __future__ import annotations

from pathlib import Path

from newsreader.config import Retention, Settings, load_settings, save_settings


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "nope.toml")
    assert loaded.settings == Settings()
    assert loaded.problems == ()


def test_round_trip(tmp_path: Path) -> None:
    settings = Settings(
        theme="textual-light", keybindings={"refresh_all": "ctrl+r"}, retention=Retention(7, 50)
    )
    save_settings(tmp_path / "config.toml", settings)
    assert load_settings(tmp_path / "config.toml").settings == settings


def test_bad_values_fall_back_with_problems(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = 3\nconcurrency = -1\n[retention]\nmax_age_days = "x"\n', encoding="utf-8"
    )
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert len(loaded.problems) == 3


def test_unparseable_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("this is [not toml", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert "cannot read" in loaded.problems[0]

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


def test_feed_deadline_and_response_cap_are_read_and_bounded(tmp_path: Path) -> None:
    from newsreader.feeds.fetch import FetchLimits

    path = tmp_path / "config.toml"
    path.write_text("feed_deadline_seconds = 5\nmax_response_mb = 2\n", encoding="utf-8")
    settings = load_settings(path).settings
    assert (settings.feed_deadline_seconds, settings.max_response_mb) == (5, 2)
    limits = FetchLimits.for_settings(settings)
    assert (limits.deadline, limits.max_bytes, limits.read_timeout) == (5.0, 2_000_000, 5.0)

    path.write_text("feed_deadline_seconds = 36000\nmax_response_mb = 0\n", encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.problems == (
        "config: ignoring feed_deadline_seconds = 36000 (expected 1 to 3600)",
        "config: ignoring max_response_mb = 0 (expected 1 to 1000)",
    )

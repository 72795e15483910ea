"""Settings: a broken config file never stops the app; good values round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.config import (
    ConfigError,
    FilterRule,
    Retention,
    SavedSearch,
    Settings,
    load_settings,
    update_config,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "nope.toml")
    assert loaded.settings == Settings()
    assert loaded.problems == ()


def test_update_creates_a_missing_file_with_only_that_key(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "config.toml"
    update_config(path, {"theme": "textual-light"})
    assert path.read_text(encoding="utf-8") == 'theme = "textual-light"\n'
    assert load_settings(path).settings == Settings(theme="textual-light")


def test_update_changes_one_key_and_keeps_comments_and_order(tmp_path: Path) -> None:
    """Pressing t or h must not rewrite the user's file: only the one key changes."""
    path = tmp_path / "config.toml"
    original = (
        "# my newsreader settings\n"
        'theme = "textual-dark"   # dark at night\n'
        "concurrency = 8\n"
        "\n"
        "[keybindings]\n"
        '# vim-ish\nrefresh_all = "ctrl+r"\n'
        "\n[retention]\nmax_age_days = 7\n"
    )
    path.write_text(original, encoding="utf-8")
    update_config(path, {"theme": "textual-light"})
    update_config(path, {"highlight_entities": False})
    written = path.read_text(encoding="utf-8")
    assert (
        written.replace('"textual-light"', '"textual-dark"').replace(
            "highlight_entities = false\n", ""
        )
        == original
    )
    settings = load_settings(path).settings
    assert settings == Settings(
        theme="textual-light",
        concurrency=8,
        keybindings={"refresh_all": "ctrl+r"},
        retention=Retention(max_age_days=7),
        highlight_entities=False,
    )


def test_update_never_overwrites_a_file_it_cannot_parse(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    broken = 'theme = "textual-dark"\nconcurrency = = 3\n'
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError, match="left unchanged"):
        update_config(path, {"theme": "textual-light"})
    assert path.read_text(encoding="utf-8") == broken


def test_unknown_setting_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("them = 'textual-light'\n", encoding="utf-8")
    assert load_settings(path).problems == ("config: unknown setting 'them' ignored",)


def test_filters_and_saved_searches_are_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "refresh_interval_minutes = 15\n"
        '[[filters]]\nfield = "title"\ncontains = "Sponsored"\naction = "hide"\n'
        '[[filters]]\nfield = "author"\nmatches = "^AP\\\\b"\naction = "read"\n'
        '[[filters]]\nfield = "colour"\ncontains = "x"\n'
        '[[filters]]\nfield = "text"\nmatches = "("\n'
        '[[searches]]\nname = "Ukraine"\nquery = "Ukraine OR Kyiv"\n'
        '[[searches]]\nname = "Lovelace"\nmentioning = "Ada Lovelace"\nunread = true\n'
        '[[searches]]\nname = "empty"\n',
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.settings.refresh_interval_minutes == 15
    assert loaded.settings.filters == (
        FilterRule("title", "hide", contains="Sponsored"),
        FilterRule("author", "read", matches="^AP\\b"),
    )
    assert loaded.settings.searches == (
        SavedSearch("Ukraine", query="Ukraine OR Kyiv"),
        SavedSearch("Lovelace", mentioning="Ada Lovelace", unread=True),
    )
    assert len(loaded.problems) == 3
    assert "filter 3: field must be one of" in loaded.problems[0]
    assert "bad regular expression" in loaded.problems[1]
    assert "saved search 3" in loaded.problems[2]


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

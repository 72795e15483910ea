"""CLI behaviour a newcomer tripped over: config path/check, exports, gzip pages, ordering."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_config_path_prints_where_the_file_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "config", "path", "--data-dir", str(tmp_path))
    assert code == 0 and out.strip() == str(tmp_path / "config.toml")


def test_config_check_reports_problems_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.toml").write_text(
        'theme = "no-such"\nconcurrency = 0\n[keybindings]\ntoggle_bookmark = "q"\n'
        'search = "ctrl+"\n[[filters]]\nfield = "title"\ncontains = "Sponsored"\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "config", "check", "--data-dir", str(tmp_path))
    assert code == 1
    assert "filter: hide when title contains 'Sponsored'" in out
    assert "ignoring concurrency = 0" in err
    assert "'q' is bound to both back_or_quit and toggle_bookmark" in err
    assert "'ctrl+' is not a key that can be typed" in err
    assert "unknown theme 'no-such'" in err
    assert "4 problems" in err


def test_config_check_of_a_good_file_exits_0(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.toml").write_text('theme = "textual-light"\n', encoding="utf-8")
    code, out, err = run(capsys, "config", "check", "--data-dir", str(tmp_path))
    assert code == 0 and "no problems" in out and err == ""


def test_config_check_of_unparseable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.toml").write_text("theme = = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "config", "check", "--data-dir", str(tmp_path))
    assert code == 1 and "cannot read" in err

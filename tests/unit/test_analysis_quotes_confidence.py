"""A speaker's confidence: computed, stored, exported by `show --format json`, and shown
as unsure (never as certain) in the quotes panel."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from newsreader.analysis import find_quotes
from newsreader.app.widgets.side_panels import QuotePanel
from newsreader.cli import main
from newsreader.models import SPEAKER_SURE, Quote
from newsreader.store.codec import analysis_from_json, analysis_to_json


def test_confidence_survives_the_store_codec() -> None:
    """What the analyser said about its certainty is what the store gives back."""
    quotes = [Quote(0, 10, "a b c d e", "Jane Doe", 3, 7, 0.45)]
    _, back = analysis_from_json(analysis_to_json([], quotes))
    assert back == tuple(quotes)
    assert not back[0].speaker_sure


def test_quotes_stored_before_confidence_existed_read_as_unsure() -> None:
    """Older stored analysis has no confidence field (nor a version): its speaker was found
    by an older method, so it is not shown as certain until the article is analysed again."""
    old = json.dumps({"quotes": [{"text": "x y z w", "speaker": "Ann", "start": 0, "end": 7}]})
    _, (quote,) = analysis_from_json(old)
    assert quote.speaker == "Ann" and not quote.speaker_sure


def test_no_speaker_is_never_sure() -> None:
    assert not Quote(0, 1, "x", None, speaker_confidence=1.0).speaker_sure


@pytest.mark.parametrize(
    ("confidence", "shown", "hidden"),
    [
        (0.9, "— Jane Doe", "unsure"),
        (SPEAKER_SURE - 0.01, "unsure: perhaps Jane Doe", "— Jane Doe"),
    ],
)
def test_panel_marks_an_unsure_speaker(confidence: float, shown: str, hidden: str) -> None:
    """A sure speaker is shown as today; an unsure one only as a marked guess."""
    row = QuotePanel._row(Quote(0, 9, "We will win the vote", "Jane Doe", 0, 8, confidence))
    assert shown in row.plain and hidden not in row.plain


def test_panel_without_speaker_says_unattributed() -> None:
    row = QuotePanel._row(Quote(0, 9, "We will win the vote", None))
    assert "— unattributed" in row.plain


def test_find_quotes_gives_low_confidence_when_no_rule_decides() -> None:
    """Two people joined by "and", then "he said": a guess, so not sure."""
    text = "Smith and Jones met on Monday.\n\n“It was a productive first meeting,” he said."
    (quote,) = find_quotes(text)
    assert not quote.speaker_sure


def test_show_json_exposes_speaker_confidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`show --format json` gives each quote `speaker_confidence` and `speaker_sure`."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network unreachable (test)")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert main(["--data-dir", str(tmp_path), "articles", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    blinken = next(a for a in listed if a["title"].startswith("Blinken"))
    assert main(["--data-dir", str(tmp_path), "show", str(blinken["id"]), "--format", "json"]) == 0
    quotes = json.loads(capsys.readouterr().out)["quotes"]
    assert len(quotes) == 3
    for quote in quotes:
        assert quote["speaker"] == "a senior State Department official"
        assert quote["speaker_sure"] is True
        assert SPEAKER_SURE <= quote["speaker_confidence"] <= 1.0

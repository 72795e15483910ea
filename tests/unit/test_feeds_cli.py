"""CLI progress output, bytes-only parsing, and the domain packages staying Textual-free."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.commands.feeds import ProgressLine
from newsreader.feeds.parse import ParseError, parse_feed


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_uses_carriage_returns() -> None:
    stream = FakeTerminal()
    line = ProgressLine(stream)
    line.show(5, 20, "feeds  12 new  1 errors")
    line.show(20, 20, "feeds  40 new  1 errors")
    line.finish()
    text = stream.getvalue()
    assert text.count("\r") == 3 and "\n" not in text
    assert "[######..................] 5/20 feeds  12 new  1 errors" in text
    assert "20/20" in text


def test_no_progress_bar_when_not_a_terminal() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream)
    line.show(1, 2, "feeds")
    line.finish()
    assert stream.getvalue() == ""


@pytest.mark.parametrize("form", ["path", "file-url"])
def test_a_body_that_names_a_local_feed_file_is_not_opened(tmp_path: Path, form: str) -> None:
    """feedparser would open a path (even given bytes) and fastfeedparser a URL string."""
    feed_file = tmp_path / "local.xml"
    feed_file.write_bytes(
        b'<rss version="2.0"><channel><title>secret local file</title></channel></rss>'
    )
    body = str(feed_file) if form == "path" else feed_file.as_uri()
    with pytest.raises(ParseError):
        parse_feed(body.encode(), "http://x.example/feed")


def test_domain_packages_do_not_import_textual() -> None:
    code = (
        "import sys\n"
        "import newsreader.feeds.fetch, newsreader.feeds.parse, newsreader.feeds.opml\n"
        "import newsreader.feeds.subscribe, newsreader.pipeline, newsreader.commands.feeds\n"
        "assert 'textual' not in sys.modules, 'textual imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)

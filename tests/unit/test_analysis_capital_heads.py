"""A newsletter's capitalised item head running into a name ("POLLS NOT WRONG, JUST EARLY -
Ann Roe said …") once took exponential time: the pattern for the words that title a name
could split a run of capitals into words every possible way before failing at the comma
(five seconds for seven words, hours for a dozen). Whether the head titles the name is now
read word by word. The alarm only turns a hang into a failure; the analysis takes
milliseconds."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

from newsreader.analysis import analyse
from newsreader.analysis.salience import opens_sentence

HEAD = "POLLS NECESSARILY UNDERESTIMATED TURNOUT, JUST TOO EARLY -"


@pytest.fixture
def no_hang() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise TimeoutError("the analysis hung on a capitalised head")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.usefixtures("no_hang")
def test_a_capitalised_head_is_no_title_of_the_name_after_it() -> None:
    text = f"Report\n\n{HEAD} Mark Blumenthal said the polls were not wrong."
    assert opens_sentence(text, text.index("Mark")) is False


@pytest.mark.usefixtures("no_hang")
def test_the_quote_after_it_keeps_its_speaker() -> None:
    text = (
        f"Report\n\n{HEAD} Mark Blumenthal said the polls were not wrong.\n\n"
        "“They just ended too early for anyone to see it coming,” he said."
    )
    _, quotes = analyse(text)
    assert [q.speaker for q in quotes] == ["Mark Blumenthal"]

"""Snapshot tests of the main screens, dark and light, at 80x24 and 160x48.

Deterministic: fixed data, fixed clock, UTC, no blinking cursor on screen. Accept new
renders with `pytest tests/ui/test_snapshots.py --snapshot-update` after looking at them,
then `python scripts/screenshots.py` copies them to screenshots/ (a test checks they match).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from newsreader.app.app import NewsReaderApp
from newsreader.config import Settings

from .conftest import failing_transport, fixed_clock

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = Path(__file__).parent / "__snapshots__" / "test_snapshots"
SCREENSHOTS = ROOT / "screenshots"

THEMES = {"dark": "textual-dark", "light": "textual-light"}
SIZES = {"80x24": (80, 24), "160x48": (160, 48)}


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates render in local time; pin it so snapshots match everywhere."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


def _app(paths, store, theme: str) -> NewsReaderApp:  # type: ignore[no-untyped-def]
    return NewsReaderApp(
        paths,
        Settings(refresh_on_start=False, theme=THEMES[theme]),
        store=store,
        transport=failing_transport(),
        clock=fixed_clock,
    )


def _steps(*keys: str) -> Callable[[Pilot[None]], object]:
    async def run(pilot: Pilot[None]) -> None:
        for key in keys:
            await pilot.press(key)
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_article_open(snap_compare, paths, store, theme: str, size: str) -> None:  # type: ignore[no-untyped-def]
    """The main screen with the first article open (narrow: the reading view)."""
    assert snap_compare(
        _app(paths, store, theme), terminal_size=SIZES[size], run_before=_steps("enter")
    )


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare, paths, store, theme: str, size: str) -> None:  # type: ignore[no-untyped-def]
    """The help screen listing every binding."""
    assert snap_compare(
        _app(paths, store, theme), terminal_size=SIZES[size], run_before=_steps("question_mark")
    )


def test_narrow_list(snap_compare, paths, store) -> None:  # type: ignore[no-untyped-def]
    """80x24 before opening anything: the headline list alone."""
    assert snap_compare(_app(paths, store, "dark"), terminal_size=(80, 24), run_before=_steps())


@pytest.mark.parametrize("theme", THEMES)
def test_entities_panel(snap_compare, paths, store, theme: str) -> None:  # type: ignore[no-untyped-def]
    """160x48 with the entities panel open and the first mention marked."""
    assert snap_compare(
        _app(paths, store, theme), terminal_size=(160, 48), run_before=_steps("enter", "e", "enter")
    )


def test_screenshots_match_accepted_snapshots() -> None:
    """screenshots/ holds exactly the accepted snapshots (run scripts/screenshots.py)."""
    accepted = {p.name: p.read_bytes() for p in SNAPSHOTS.glob("*.svg")}
    published = {p.name: p.read_bytes() for p in SCREENSHOTS.glob("*.svg")}
    assert accepted, "no accepted snapshots yet"
    assert published.keys() == accepted.keys(), "run: python scripts/screenshots.py"
    stale = sorted(name for name in accepted if published[name] != accepted[name])
    assert not stale, f"screenshots/ is stale for {stale}; run: python scripts/screenshots.py"


@pytest.fixture
def showcase(tmp_path: Path):  # type: ignore[no-untyped-def]
    """The bundled sample feed (the founding example, cleaned and analysed) plus two feeds
    with realistic titles: what the README shows, instead of test fixtures."""
    from datetime import timedelta

    from newsreader.firstrun import seed_store
    from newsreader.models import Article, Block, ParsedEntry
    from newsreader.store import IncomingArticle, Store

    from .conftest import FIXED_NOW

    store = Store(tmp_path / "showcase.db")
    seed_store(store, with_subscriptions=False)
    stories = {
        ("World Wire", "News"): [
            "Ceasefire talks resume in Cairo as envoys arrive",
            "Floods close the port of Rotterdam for a second day",
            "Parliament passes the budget after an all-night session",
        ],
        ("Tech Daily", "Tech"): [
            "A new open-source database promises faster full-text search",
            "Chip makers report record orders for the third quarter",
        ],
    }
    for (title, folder), headlines in stories.items():
        feed = store.add_feed(
            f"https://{title.split()[0].lower()}.example/feed", title, folder=folder
        )
        items = []
        for number, headline in enumerate(headlines):
            article = Article.from_blocks([Block("paragraph", f"{headline}.")], title=headline)
            entry = ParsedEntry(
                guid=f"{feed.id}-{number}",
                url=f"https://{title.split()[0].lower()}.example/{number}",
                title=headline,
                published=FIXED_NOW - timedelta(hours=3 * number + 1),
            )
            items.append(IncomingArticle(entry, article, fulltext_fetched=True))
        store.store_entries(feed.id, items, fetched_at=FIXED_NOW)
    blinken = next(h.id for h in store.list_headlines() if h.title.startswith("Blinken"))
    yield store, blinken
    store.close()


def _showcase_app(paths, showcase, theme: str) -> NewsReaderApp:  # type: ignore[no-untyped-def]
    store, blinken = showcase
    return NewsReaderApp(
        paths,
        Settings(refresh_on_start=False, theme=THEMES[theme]),
        store=store,
        open_article=blinken,
        transport=failing_transport(),
        clock=fixed_clock,
    )


@pytest.mark.parametrize(("size", "theme"), [("160x48", "dark"), ("80x24", "light")])
def test_showcase_article(snap_compare, paths, showcase, size: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    """The README's picture: the founding example open, people, places and quotes marked."""
    assert snap_compare(
        _showcase_app(paths, showcase, theme), terminal_size=SIZES[size], run_before=_steps()
    )


def test_showcase_entities(snap_compare, paths, showcase) -> None:  # type: ignore[no-untyped-def]
    """The README's entities picture: the founding example with its entities panel."""
    assert snap_compare(
        _showcase_app(paths, showcase, "dark"), terminal_size=(160, 48), run_before=_steps("e")
    )

"""The backlog pass: worker processes and one process store the same thing, a window at a
time, so an interrupted pass keeps what it wrote and a dead worker costs nothing."""

from __future__ import annotations

import os
import shutil
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from newsreader.config import Settings
from newsreader.models import ParsedEntry
from newsreader.pipeline import backlog
from newsreader.store import IncomingArticle, Store

PEOPLE = ["Ana Souza", "Kofi Mensah", "Lena Fischer", "Ravi Iyer", "Mei Chen"]
PLACES = ["Lisbon", "Accra", "Hamburg", "Chennai", "Taipei"]


def body(i: int) -> str:
    person, place = PEOPLE[i % 5], PLACES[(i * 3) % 5]
    sentence = (
        f"{person} told reporters in {place} on Tuesday that the port would reopen "
        f'after the storm. "We expect ships by Friday," {person.split()[1]} said. '
    )
    if i % 3 == 0:
        return sentence * 2  # plain text
    if i % 3 == 1:
        return f"<p>{sentence}</p><p>{sentence * 2}</p>"
    return f'<div><p>{sentence}</p><img src="/img/{i}.jpg"><ul><li>{place}</li></ul></div>'


@pytest.fixture
def raw_db(tmp_path: Path) -> Path:
    """A store with 30 articles stored raw (as a first refresh leaves them)."""
    path = tmp_path / "raw.db"
    store = Store(path)
    for number in range(2):
        feed = store.add_feed(f"https://news{number}.example/feed.xml")
        entries = [
            IncomingArticle(
                ParsedEntry(
                    guid=f"{number}-{i}",
                    url=f"https://news{number}.example/{i}",
                    title=f"Story {i}",
                    summary=body(i),
                )
            )
            for i in range(15)
        ]
        store.store_entries(feed.id, entries)
    store.close()
    return path


def stored_rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        articles = db.execute(
            "SELECT id, text, extracted, analysis FROM articles ORDER BY id"
        ).fetchall()
        entities = db.execute(
            "SELECT article_id, key, kind, mentions FROM article_entities ORDER BY 1, 2, 3"
        ).fetchall()
    return [*articles, *entities]


def understand(path: Path, **options: object) -> int:
    store = Store(path)
    try:
        return backlog.understand_pending_sync(store, Settings(), **options)  # type: ignore[arg-type]
    finally:
        store.close()


def test_worker_processes_store_exactly_what_one_process_does(
    raw_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backlog, "WINDOW", 8)
    monkeypatch.setattr(backlog, "CHUNK", 3)
    pooled = tmp_path / "pooled.db"
    shutil.copy(raw_db, pooled)
    assert understand(raw_db, workers=0) == 30
    assert understand(pooled, workers=2) == 30
    inline_rows, pooled_rows = stored_rows(raw_db), stored_rows(pooled)
    assert inline_rows == pooled_rows
    assert all(row[3] is not None for row in inline_rows[:30])  # every article analysed
    assert any(row[1:3] == ("Ana Souza", "person") for row in inline_rows[30:])


def test_an_interrupted_pass_keeps_the_windows_it_wrote(
    raw_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backlog, "WINDOW", 8)

    def interrupt(done: int, total: int) -> None:
        if done >= 16:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        understand(raw_db, workers=0, on_progress=interrupt)
    analysed = [row for row in stored_rows(raw_db)[:30] if row[3] is not None]
    assert len(analysed) == 16, "two windows committed, the third never started"
    assert understand(raw_db, workers=0) == 14, "the next pass does only what is left"


def test_a_dead_worker_pool_falls_back_to_one_process(
    raw_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers that die (here: at start) cost nothing; every window is still stored."""
    monkeypatch.setattr(backlog, "WINDOW", 8)

    def dying_pool(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=backlog._start_method(),
            initializer=os._exit,
            initargs=(1,),
        )

    monkeypatch.setattr(backlog, "_start_pool", dying_pool)
    assert understand(raw_db, workers=2) == 30


def test_workers_only_for_a_big_backlog_on_idle_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3})
    monkeypatch.setattr(os, "getloadavg", lambda: (0.5, 0.5, 0.5))
    assert backlog._worker_count(backlog.POOL_THRESHOLD - 1) == 0
    assert backlog._worker_count(17_000) == 4
    monkeypatch.setattr(os, "getloadavg", lambda: (4.5, 3.0, 2.0))
    assert backlog._worker_count(17_000) == 4, "a busy machine still has cores to share"
    monkeypatch.setattr(os, "getloadavg", lambda: (8.5, 6.0, 4.0))
    assert backlog._worker_count(17_000) == 0, "oversubscribed: workers would only queue"


def test_workers_do_not_rerun_a_main_script_without_a_guard(raw_db: Path, tmp_path: Path) -> None:
    """Some installers write console scripts with no `if __name__ == "__main__"` guard;
    worker processes must not run such a script (a whole `newsreader refresh`) again."""
    import subprocess
    import sys

    script = tmp_path / "unguarded"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from newsreader.config import Settings\n"
        "from newsreader.pipeline.backlog import understand_pending_sync\n"
        "from newsreader.store import Store\n"
        "print('main script ran', flush=True)\n"
        "store = Store(Path(sys.argv[1]))\n"
        "print('analysed', understand_pending_sync(store, Settings(), workers=2), flush=True)\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, str(script), str(raw_db)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.splitlines() == ["main script ran", "analysed 30"]
    assert "workers stopped" not in result.stderr

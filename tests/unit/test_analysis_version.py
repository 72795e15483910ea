"""Stored analyses carry the method's version: an article analysed by an older method is
analysed again (on opening, and by the backlog pass for unread ones), and until then its
speakers are not shown as certain."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsreader.config import Settings
from newsreader.library import ensure_analysed
from newsreader.models import ANALYSIS_VERSION, ParsedEntry
from newsreader.pipeline.backlog import understand_pending_sync
from newsreader.store import IncomingArticle, Store
from newsreader.store.codec import analysis_from_json, analysis_to_json, analysis_version

BODY = (
    "<p>The city council voted on Thursday to repair the harbour bridge after three years"
    " of restrictions on heavy traffic.</p>"
    "<p>“We have asked people to wait long enough,” said Anna Berglund, who chairs the"
    " council’s transport committee.</p>"
)
OLD_ANALYSIS = json.dumps(
    {
        "entities": [],
        "quotes": [
            {
                "text": "We have asked people to wait long enough",
                "speaker": "Someone Else",
                "start": 0,
                "end": 10,
            }
        ],
    }
)
"""What the first method stored: no version, and a speaker with no confidence (read as 1.0)."""


def _store(tmp_path: Path, *, read: bool = False) -> tuple[Store, int, Path]:
    path = tmp_path / "news.db"
    store = Store(path)
    feed = store.add_feed("https://news.example/feed.xml", "Example News")
    entry = ParsedEntry(guid="b", url="https://news.example/b", title="Bridge", content=BODY)
    article_id = store.store_entries(feed.id, [IncomingArticle(entry)]).new_ids[0]
    ensure_analysed(store, article_id)
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE articles SET analysis = ?, read = ? WHERE id = ?",
            (OLD_ANALYSIS, int(read), article_id),
        )
    return store, article_id, path


@pytest.mark.parametrize(
    ("stored", "version"),
    [
        (None, 0),
        ("", 0),
        (OLD_ANALYSIS, 1),
        (json.dumps({"version": 1, "entities": [], "quotes": []}), 1),
        (analysis_to_json([], []), ANALYSIS_VERSION),
    ],
)
def test_analysis_version_of_stored_json(stored: str | None, version: int) -> None:
    assert analysis_version(stored) == version


@pytest.mark.parametrize(
    "stored",
    [OLD_ANALYSIS, OLD_ANALYSIS.replace('"entities"', '"version": 1, "entities"')],
)
def test_older_speakers_read_as_unsure(stored: str) -> None:
    """A speaker an older method found is shown as a guess until analysed again."""
    (quote,) = analysis_from_json(stored)[1]
    assert quote.speaker == "Someone Else" and not quote.speaker_sure


def test_current_speakers_keep_their_confidence() -> None:
    (quote,) = analysis_from_json(OLD_ANALYSIS)[1]
    fresh = analysis_from_json(analysis_to_json([], [quote]))[1]
    assert fresh[0].speaker_confidence == quote.speaker_confidence  # stored as read


def test_stale_article_is_analysed_again_on_opening(tmp_path: Path) -> None:
    store, article_id, _ = _store(tmp_path, read=True)
    stale = store.get_article(article_id)
    assert not stale.analysed
    assert stale.quotes[0].speaker == "Someone Else" and not stale.quotes[0].speaker_sure
    assert article_id not in store.unanalysed_articles()  # read: only when opened
    opened = ensure_analysed(store, article_id)
    assert opened.analysed
    assert [(q.speaker, q.speaker_sure) for q in opened.quotes] == [("Anna Berglund", True)]


def test_backlog_pass_analyses_unread_stale_articles(tmp_path: Path) -> None:
    store, article_id, _ = _store(tmp_path)
    assert store.unanalysed_articles() == [article_id]
    assert understand_pending_sync(store, Settings()) == 1
    assert store.get_article(article_id).analysed
    assert store.unanalysed_articles() == []


def test_never_analysed_articles_come_before_stale_ones(tmp_path: Path) -> None:
    store, stale_id, _ = _store(tmp_path)
    feed = store.add_feed("https://other.example/feed.xml", "Other")
    entry = ParsedEntry(guid="c", url="https://other.example/c", title="Other", content=BODY)
    (fresh_id,) = store.store_entries(feed.id, [IncomingArticle(entry)]).new_ids
    assert store.unanalysed_articles() == [fresh_id, stale_id]


def test_saved_copy_takes_the_new_analysis(tmp_path: Path) -> None:
    store, article_id, path = _store(tmp_path)
    stored = ensure_analysed(store, article_id)
    assert stored.article is not None
    store.save_offline(article_id, stored.article, stored.entities, stored.quotes, "feed")
    with sqlite3.connect(path) as db:
        db.execute("UPDATE saved SET analysis = ? WHERE article_id = ?", (OLD_ANALYSIS, article_id))
    assert not store.get_article(article_id).analysed
    again = ensure_analysed(store, article_id)
    assert again.analysed and again.quotes[0].speaker == "Anna Berglund"
    assert store.get_article(article_id).analysed  # kept: not analysed at every opening

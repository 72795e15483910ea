"""Sync against a real Tiny Tiny RSS server (Debian's tt-rss, started by ttrss/start.sh).

One server serves the whole module (about 3 s to start); every test uses its own data
folders ("devices") and its own feeds. Skipped only when the packages are not installed
(`bash tests/integration/ttrss/start.sh install`, as root; CI does it).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader.cli import main
from newsreader.store import ArticleFilter, Store

from .ttrss.harness import TtrssServer, missing_packages

PASSWORD = "--password-command=echo password"


@pytest.fixture(scope="module")
def server() -> Iterator[TtrssServer]:
    reason = missing_packages()
    if reason is not None:
        pytest.skip(
            f"TT-RSS is not installed ({reason}): run `bash tests/integration/ttrss/start.sh "
            "install` as root"
        )
    instance = TtrssServer()
    try:
        instance.start()
        yield instance
    finally:
        instance.close()


def run(device: Path, *args: str) -> tuple[int, str, str]:
    """`newsreader --data-dir DEVICE ARGS…` in this process; (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([*args, "--data-dir", str(device)])
    return status, out.getvalue(), err.getvalue()


def ok(device: Path, *args: str) -> str:
    status, out, err = run(device, *args)
    assert status == 0, f"{args}: {err}"
    return out


def connect(device: Path, server: TtrssServer) -> None:
    ok(device, "account", "add", "ttrss", server.url, "--user", "admin", PASSWORD)


def headlines_of(device: Path, feed_url: str) -> dict[str, tuple[bool, bool]]:
    """Title -> (read, bookmarked) of one feed's articles on a device."""
    with Store(device / "newsreader.db") as store:
        feed = store.find_feed(feed_url)
        return {
            h.title: (h.read, h.bookmarked)
            for h in store.list_headlines(ArticleFilter(feed_id=feed.id))
        }


def ids_by_title(device: Path, feed_url: str) -> dict[str, int]:
    with Store(device / "newsreader.db") as store:
        feed = store.find_feed(feed_url)
        return {h.title: h.id for h in store.list_headlines(ArticleFilter(feed_id=feed.id))}


def test_two_devices_share_subscriptions_and_marks_through_the_server(
    server: TtrssServer, tmp_path: Path
) -> None:
    """The issue's scenario: add on A reaches the server; reads and a star on A reach B;
    a star set by another client reaches A; with the server down, sync fails cleanly and
    a mark made meanwhile reaches B once the server is back."""
    a, b = tmp_path / "device-a", tmp_path / "device-b"
    url = server.write_feed("daily", [(1, "Daily one"), (2, "Daily two"), (3, "Daily three")])
    connect(a, server)

    out = ok(a, "add", url, "--title", "Daily")
    assert "on the server too" in out
    on_server = {row["feed_url"]: row for row in server.api("getFeeds", cat_id=-3)}
    assert url in on_server
    server.api("updateFeed", feed_id=int(on_server[url]["id"]))

    ok(a, "sync")
    assert set(headlines_of(a, url)) == {"Daily one", "Daily two", "Daily three"}
    ids = ids_by_title(a, url)
    ok(a, "mark-read", str(ids["Daily one"]), str(ids["Daily two"]))
    ok(a, "bookmark", str(ids["Daily one"]))
    result = json.loads(ok(a, "sync", "--json"))
    assert result["marks_pushed"] == 3

    connect(b, server)
    ok(b, "sync")
    assert headlines_of(b, url) == {
        "Daily one": (True, True),
        "Daily two": (True, False),
        "Daily three": (False, False),
    }

    # Another client (the web UI, a phone) stars the third article.
    three = next(i for i, row in server.headlines().items() if row["title"] == "Daily three")
    server.api("updateArticle", article_ids=str(three), mode=1, field=0)
    ok(a, "sync")
    assert headlines_of(a, url)["Daily three"] == (False, True)

    server.stop()
    try:
        status, out, err = run(a, "sync")
        assert status == 1
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("newsreader: sync failed: cannot reach")
        assert "Traceback" not in err
        ok(a, "mark-read", str(ids["Daily three"]))
        status, _, err = run(a, "sync")
        assert status == 1 and "1 marks stay queued" in err
        assert json.loads(ok(a, "account", "show", "--json"))["marks_queued"] == 1
    finally:
        server.resume()
    ok(a, "sync")
    assert json.loads(ok(a, "account", "show", "--json"))["marks_queued"] == 0
    ok(b, "sync")
    assert headlines_of(b, url) == {
        "Daily one": (True, True),
        "Daily two": (True, False),
        "Daily three": (True, True),
    }


def test_pulled_articles_are_cleaned_and_analysed(server: TtrssServer, tmp_path: Path) -> None:
    """Articles from the server go through the same clean + analyse pass as fetched ones."""
    device = tmp_path / "device"
    body = (
        "Angela Merkel met Emmanuel Macron in Berlin on Monday. "
        "&amp;quot;We agreed on the budget,&amp;quot; Merkel said after the meeting."
    )
    url = server.write_feed("politics", [(1, "Leaders meet")], body=body)
    feed = server.api("subscribeToFeed", feed_url=url)["status"]["feed_id"]
    server.api("updateFeed", feed_id=feed)
    connect(device, server)
    result = json.loads(ok(device, "sync", "--json"))
    assert result["new_articles"] >= 1
    article_id = ids_by_title(device, url)["Leaders meet"]
    shown = json.loads(ok(device, "show", str(article_id), "--format", "json"))
    assert "Angela Merkel" in {entity["key"] for entity in shown["entities"]}
    assert shown["text"].startswith("Angela Merkel met Emmanuel Macron")


def test_remove_and_import_act_on_the_server(server: TtrssServer, tmp_path: Path) -> None:
    device = tmp_path / "device"
    first = server.write_feed("alpha", [(1, "Alpha one")])
    second = server.write_feed("beta", [(1, "Beta one")])
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head/><body>'
        f'<outline text="Alpha" xmlUrl="{first}"/><outline text="Beta" xmlUrl="{second}"/>'
        '<outline text="Broken" xmlUrl="http://feeds.test/missing.xml"/>'
        "</body></opml>",
        encoding="utf-8",
    )
    connect(device, server)
    status, out, err = run(device, "import", str(opml))
    assert status == 0
    assert "imported 2 feeds on the server" in out and "1 refused" in out
    assert "missing.xml" in err
    urls = {row["feed_url"] for row in server.api("getFeeds", cat_id=-3)}
    assert {first, second} <= urls

    out = ok(device, "move", second, "Elsewhere")
    assert "moved here only" in out
    ok(device, "sync")
    with Store(device / "newsreader.db") as store:
        assert store.find_feed(second).folder == "Elsewhere"  # kept: the server did not change

    out = ok(device, "remove", first)
    assert "on the server" in out
    urls = {row["feed_url"] for row in server.api("getFeeds", cat_id=-3)}
    assert first not in urls and second in urls


def test_a_feed_unsubscribed_elsewhere_goes_but_kept_articles_stay(
    server: TtrssServer, tmp_path: Path
) -> None:
    device = tmp_path / "device"
    url = server.write_feed("gamma", [(1, "Gamma one"), (2, "Gamma two")])
    feed = server.api("subscribeToFeed", feed_url=url)["status"]["feed_id"]
    server.api("updateFeed", feed_id=feed)
    connect(device, server)
    ok(device, "sync")
    ids = ids_by_title(device, url)
    ok(device, "bookmark", str(ids["Gamma one"]))
    ok(device, "sync")
    server.api("unsubscribeFeed", feed_id=feed)
    ok(device, "sync")
    with Store(device / "newsreader.db") as store:
        assert url not in store.feed_urls()
        kept = store.list_headlines(ArticleFilter(bookmarked=True))
    assert [h.title for h in kept if h.title.startswith("Gamma")] == ["Gamma one"]


def test_wrong_password_changes_nothing(server: TtrssServer, tmp_path: Path) -> None:
    device = tmp_path / "device"
    status, _, err = run(
        device, "account", "add", "ttrss", server.url, "--user", "admin",
        "--password-command=echo wrong",
    )  # fmt: skip
    assert status == 1
    assert "wrong user name or password" in err and len(err.strip().splitlines()) == 1
    assert "no account" in ok(device, "account", "show")


def test_asked_password_is_kept_in_a_private_file(
    server: TtrssServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --password-command the password is asked once, kept 0600, never in config."""
    device = tmp_path / "device"
    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return "password"

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    ok(device, "account", "add", "ttrss", server.url, "--user", "admin")
    assert len(asked) == 1
    secret = device / "account-password"
    assert secret.read_text() == "password"
    assert stat.S_IMODE(os.stat(secret).st_mode) == 0o600
    config = device / "config.toml"
    assert not config.exists() or "password" not in config.read_text()
    ok(device, "sync")
    ok(device, "account", "remove")
    assert not secret.exists()
    assert "no account" in ok(device, "account", "show")

"""The CLI: JSON contracts, first run offline, and one clear line for every error."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.cli import build_parser, main
from newsreader.store.database import describe_sqlite_error

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every outgoing connection fail, as on a train with no signal."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network unreachable (test)")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_first_run_lists_the_bundled_sample_offline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: None
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "articles", "--json")
    assert code == 0, err
    articles = json.loads(out)
    titles = [a["title"] for a in articles]
    assert any(t.startswith("Blinken to raise concerns") for t in titles)
    assert len(articles) >= 4
    for article in articles:
        assert {
            "id",
            "feed_id",
            "title",
            "url",
            "author",
            "published",
            "read",
            "bookmarked",
            "saved",
        } <= set(article)
        assert article["published"] is None or article["published"].endswith("+00:00")


def test_data_dir_works_after_the_subcommand_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "feeds", "--json", "--data-dir", str(tmp_path))
    assert code == 0
    feeds = json.loads(out)
    assert {"id", "url", "title", "folder", "unread", "total", "last_error"} <= set(feeds[0])
    assert (tmp_path / "newsreader.db").exists()


def test_environment_variable_selects_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSREADER_HOME", str(tmp_path / "env-home"))
    assert run(capsys, "articles")[0] == 0
    assert (tmp_path / "env-home" / "newsreader.db").exists()


def test_show_json_carries_text_blocks_entities_and_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: None
) -> None:
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--json")
    blinken = next(a for a in json.loads(out) if a["title"].startswith("Blinken"))
    code, out, err = run(
        capsys, "--data-dir", str(tmp_path), "show", str(blinken["id"]), "--format", "json"
    )
    assert code == 0, err
    shown = json.loads(out)
    assert {"text", "blocks", "entities", "quotes", "id", "title", "published"} <= set(shown)
    assert "ADVERTISEMENT" not in shown["text"] and "cookies" not in shown["text"]
    assert shown["text"].rstrip().endswith("the official told reporters.")
    people = {e["text"] for e in shown["entities"] if e["kind"] == "person"}
    assert "Antony Blinken" in people
    assert len(shown["quotes"]) == 3
    for entity in shown["entities"]:
        assert shown["text"][entity["start"] : entity["end"]] == entity["text"]


def test_show_markdown_has_front_matter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--json")
    first = json.loads(out)[0]
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path), "show", str(first["id"]), "--format", "markdown"
    )
    assert code == 0
    assert out.startswith("---\ntitle: ")
    assert f"\n# {first['title']}\n" in out


def test_search_bookmark_and_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "search", "Taiwan", "--json")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 1 and hits[0]["title"].startswith("Blinken")
    assert run(capsys, "--data-dir", str(tmp_path), "bookmark", str(hits[0]["id"]))[0] == 0
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--bookmarked", "--json")
    assert [a["id"] for a in json.loads(out)] == [hits[0]["id"]]
    assert run(capsys, "--data-dir", str(tmp_path), "unbookmark", str(hits[0]["id"]))[0] == 0
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--bookmarked", "--json")
    assert json.loads(out) == []


def test_save_offline_without_network_keeps_the_feed_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: None
) -> None:
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--json")
    harbour = next(a for a in json.loads(out) if "harbour" in a["title"])
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "save", str(harbour["id"]))
    assert code == 0, err
    assert "Saved offline" in out
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--saved", "--json")
    assert [a["id"] for a in json.loads(out)] == [harbour["id"]]
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path), "show", str(harbour["id"]), "--format", "json"
    )
    shown = json.loads(out)
    assert "340 million kronor" in shown["text"] and shown["entities"]


def test_export_saved_articles_to_markdown_and_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    _, out, _ = run(capsys, "--data-dir", data, "articles", "--json")
    ids = [str(a["id"]) for a in json.loads(out)[:2]]
    assert run(capsys, "--data-dir", data, "bookmark", *ids)[0] == 0
    code, _, err = run(
        capsys, "--data-dir", data, "export-articles", str(tmp_path / "md"), "--bookmarked"
    )
    assert code == 0, err
    files = sorted((tmp_path / "md").glob("*.md"))
    assert len(files) == 2 and files[0].read_text().startswith("---\ntitle:")
    code, _, _ = run(
        capsys,
        "--data-dir",
        data,
        "export-articles",
        str(tmp_path / "book.html"),
        "--bookmarked",
        "--format",
        "html",
    )
    book = (tmp_path / "book.html").read_text()
    assert code == 0 and book.count("<article") == 2 and "<script" not in book


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "99999"], "no article with id 99999"),
        (["bookmark", "424242"], "no article with id 424242"),
        (["articles", "--feed", "no such feed"], "no feed matches"),
        (["extract", "/definitely/not/here.html"], "no such file"),
        (["extract", "ftp://example.com/x"], "only http(s) URLs"),
        (["search", " "], "search needs some words"),
    ],
)
def test_errors_are_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path), *argv)
    assert code == 1
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_bad_argument_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), "show", "abc"])
    assert exit_info.value.code == 2
    assert "is not an article id" in capsys.readouterr().err


def test_unreadable_database_is_reported_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "newsreader.db"
    database.write_bytes(b"definitely not a database" * 200)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "articles")
    assert code == 1 and "not a readable newsreader database" in err
    assert database.read_bytes() == b"definitely not a database" * 200


def test_data_dir_that_is_a_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, err = run(capsys, "--data-dir", str(blocker), "articles")
    assert code == 1 and "cannot open database" in err
    assert f"{blocker} is a file, not a folder" in err
    folder = tmp_path / "data"
    (folder / "newsreader.db").mkdir(parents=True)
    code, _, err = run(capsys, "--data-dir", str(folder), "articles")
    assert code == 1 and "newsreader.db is a folder, not a database file" in err


def test_opening_the_app_without_a_terminal_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path))
    assert code == 1 and "needs a terminal" in err


@pytest.mark.parametrize(
    "message",
    ["database or disk is full", "attempt to write a readonly database", "file is not a database"],
)
def test_sqlite_errors_become_advice(message: str) -> None:
    advice = describe_sqlite_error(sqlite3.OperationalError(message), "/data/newsreader.db")
    assert "/data/newsreader.db" in advice
    assert any(word in advice for word in ("full", "read-only", "not a readable"))


def test_every_subcommand_has_help() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    expected = {
        "add",
        "remove",
        "feeds",
        "import",
        "export",
        "refresh",
        "articles",
        "search",
        "show",
        "bookmark",
        "unbookmark",
        "save",
        "extract",
        "read",
    }
    assert expected <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exit_info:
            parser.parse_args([name, "--help"])
        assert exit_info.value.code == 0


def test_extract_cleans_the_founding_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "extract", str(SEED))
    assert code == 0
    assert out.startswith("Blinken to raise concerns")
    assert out.rstrip().endswith("the official told reporters.")
    for clutter in ("ADVERTISEMENT", "POLITICS", "cookies", "Read More"):
        assert clutter not in out


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    """The installed entry point, as a user runs it, on a bad id."""
    result = subprocess.run(
        [sys.executable, "-m", "newsreader.cli", "--data-dir", str(tmp_path), "show", "12345"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "newsreader: no article with id 12345"


def test_export_bookmarked_and_saved_together_handles_undated_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Undated and dated kept articles export together (sorting must not compare None)."""
    from newsreader.models import Article, Block, ParsedEntry
    from newsreader.store import IncomingArticle, Store

    data = tmp_path / "data"
    run(capsys, "--data-dir", str(data), "articles")
    with Store(data / "newsreader.db") as store:
        feed = store.add_feed("https://example.com/feed")
        undated = store.store_entries(feed.id, [IncomingArticle(ParsedEntry("u", None, "Undated"))]).new_ids[0]
        store.bookmark(undated)
        store.bookmark(1)
        article = Article.from_blocks([Block("paragraph", "kept")], title="Kept")
        store.save_offline(2, article, [], [], "feed")
    code, _, err = run(
        capsys, "--data-dir", str(data), "export-articles", str(tmp_path / "md"), "--bookmarked", "--saved"
    )
    assert code == 0, err
    assert len(list((tmp_path / "md").glob("*.md"))) == 3


def test_bookmark_checks_every_id_before_changing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`bookmark 1 2 999` fails as a whole: no half-done change to discover later."""
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "bookmark", "1", "2", "999")
    assert code == 1 and "no article with id 999" in err
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "articles", "--bookmarked", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("argv", [["prune", "--keep", "-5"], ["prune", "--days", "0"]])
def test_prune_refuses_nonsense_numbers(tmp_path: Path, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(tmp_path), *argv])
    assert exit_info.value.code == 2


def test_refresh_exits_non_zero_when_no_feed_could_be_fetched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """All feeds unreachable is a failure for scripts; the error per feed is on stderr."""
    from newsreader.store import Store

    with Store(tmp_path / "newsreader.db") as store:  # an existing store: no first-run seeding
        store.add_feed("http://127.0.0.1:9/feed.xml", "Closed port")
    code, out, err = run(capsys, "--data-dir", str(tmp_path), "refresh", "--no-analyse")
    assert code == 1
    assert "refreshed 1 feed in" in out and "1 failed" in out
    assert "Closed port" in err and "Traceback" not in err


def test_articles_mentioning_an_alias_finds_the_spelled_out_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_network: None
) -> None:
    """`articles --mentioning US` finds what "United States" finds (aliases from data)."""

    def ids(name: str) -> list[int]:
        code, out, err = run(
            capsys, "--data-dir", str(tmp_path), "articles", "--mentioning", name, "--json"
        )
        assert code == 0, err
        return [article["id"] for article in json.loads(out)]

    spelled_out = ids("United States")
    assert spelled_out
    assert ids("US") == ids("u.s.") == ids("USA") == spelled_out
    assert ids("EU") == ids("European Union") != []


def test_read_a_file_twice_keeps_one_copy_and_says_where_it_is_without_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`read FILE` from a pipe keeps the article and names it; the same file again is
    the same "Read later" article, not a second one."""
    page = tmp_path / "story.txt"
    page.write_text(
        "A council votes on the bridge\n\n"
        + "The council voted on Tuesday to repair the old bridge before winter. " * 12
    )
    data = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", str(data), "read", str(page))
    assert code == 1 and "needs a terminal" in err
    article_id = err.split("kept as ")[1].split()[0]
    assert f"newsreader show {article_id}" in err
    code, _, err_again = run(capsys, "--data-dir", str(data), "read", str(page))
    assert code == 1 and f"kept as {article_id} " in err_again
    code, out, _ = run(capsys, "--data-dir", str(data), "articles")
    assert out.count("A council votes on the bridge") == 1

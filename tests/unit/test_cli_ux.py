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
    (tmp_path / "config.toml").write_text(
        'theme = "textual-light"\nrefresh_interval_minutes = 1\n', encoding="utf-8"
    )
    code, out, err = run(capsys, "config", "check", "--data-dir", str(tmp_path))
    assert code == 0 and "no problems" in out and err == ""
    assert "refresh: every minute while the app is open" in out


def test_config_check_of_unparseable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "config.toml").write_text("theme = = 1\n", encoding="utf-8")
    code, _, err = run(capsys, "config", "check", "--data-dir", str(tmp_path))
    assert code == 1 and "cannot read" in err


PAGE = (
    "<html><head><title>Gzipped page</title></head><body><article><h1>Gzipped page</h1>"
    + "".join(
        f"<p>Paragraph {n}: the minister said the bridge would reopen in spring after the "
        f"repairs to section {n} were finished and inspected by the engineers.</p>"
        for n in range(6)
    )
    + "</article></body></html>"
)


def test_extract_reads_a_gzipped_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import gzip

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    code, out, err = run(capsys, "extract", str(page))
    assert code == 0, err
    assert "bridge would reopen in spring" in out


def test_read_keeps_a_gzipped_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`read` stores the page in Read later (the app itself needs a terminal, so stop there)."""
    import gzip

    from newsreader.config import Settings
    from newsreader.reading import load_target
    from newsreader.store import ArticleFilter, Store

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(PAGE.encode()))
    store = Store(tmp_path / "n.db")
    article_id = load_target(store, Settings(), str(page))
    assert store.get_headline(article_id).title == "Gzipped page"
    assert [h.id for h in store.list_headlines(ArticleFilter(read_later=True))] == [article_id]
    store.close()


def test_a_broken_gzip_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html.gz"
    page.write_bytes(b"\x1f\x8b\x08\x00broken")
    code, _, err = run(capsys, "extract", str(page))
    assert code == 1 and "cannot be decompressed" in err and "Traceback" not in err


def _saved_with_image(tmp_path: Path) -> Path:
    """A data dir with one saved article whose picture was kept offline."""
    from newsreader.models import Article, Block, ParsedEntry
    from newsreader.paths import resolve_paths
    from newsreader.store import IncomingArticle, Store

    data = tmp_path / "data"
    paths = resolve_paths(data)
    store = Store(paths.database)
    feed = store.add_feed("https://news.example/feed", "News")
    article = Article.from_blocks(
        [
            Block("paragraph", "The bridge reopened on Monday."),
            Block("image", "The bridge", url="https://news.example/bridge.png"),
        ],
        title="Bridge reopens",
    )
    entry = ParsedEntry("g1", "https://news.example/bridge", "Bridge reopens")
    article_id = store.store_entries(feed.id, [IncomingArticle(entry, article)]).new_ids[0]
    paths.images_dir.mkdir(parents=True)
    (paths.images_dir / "abc123.png").write_bytes(b"\x89PNG fake")
    store.save_offline(
        article_id,
        article,
        [],
        [],
        "page",
        images={"https://news.example/bridge.png": "abc123.png"},
    )
    store.close()
    return data


def test_html_export_into_an_existing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _saved_with_image(tmp_path)
    folder = tmp_path / "out"
    folder.mkdir()
    code, _, err = run(
        capsys, "--data-dir", str(data), "export-articles", str(folder), "--format", "html"
    )
    assert code == 0, err
    assert "<article" in (folder / "newsreader.html").read_text(encoding="utf-8")


def test_html_export_to_a_new_name_gets_the_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _saved_with_image(tmp_path)
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "export-articles",
        str(tmp_path / "book"),
        "--format",
        "html",
    )
    assert code == 0, err
    assert (tmp_path / "book.html").is_file() and not (tmp_path / "book").exists()


def test_markdown_export_links_the_saved_image(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = _saved_with_image(tmp_path)
    out = tmp_path / "md"
    code, _, err = run(capsys, "--data-dir", str(data), "export-articles", str(out))
    assert code == 0, err
    (markdown,) = out.glob("*.md")
    text = markdown.read_text(encoding="utf-8")
    assert "![The bridge](images/abc123.png)" in text
    assert "news.example/bridge.png" not in text
    assert (out / "images" / "abc123.png").read_bytes() == b"\x89PNG fake"


def test_articles_newest_first_puts_an_old_read_later_page_by_its_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 2019 page read today sorts among 2019 articles, not above this year's news."""
    from datetime import UTC, datetime

    from newsreader.config import Settings
    from newsreader.models import ParsedEntry
    from newsreader.paths import resolve_paths
    from newsreader.reading import load_target
    from newsreader.store import IncomingArticle, Store

    data = tmp_path / "data"
    store = Store(resolve_paths(data).database)
    feed = store.add_feed("https://news.example/feed", "News")
    fresh = ParsedEntry(
        "g1", "https://news.example/1", "Fresh news", published=datetime(2026, 1, 5, tzinfo=UTC)
    )
    store.store_entries(feed.id, [IncomingArticle(fresh)])
    page = tmp_path / "old.html"
    page.write_text(
        PAGE.replace(
            "<head>",
            '<head><meta property="article:published_time" content="2019-03-01T10:00:00Z">',
        ),
        encoding="utf-8",
    )
    load_target(store, Settings(), str(page))
    store.close()
    code, out, _ = run(capsys, "--data-dir", str(data), "articles")
    assert code == 0
    titles = [line[36:].strip() for line in out.splitlines()]
    assert titles.index("Fresh news") < titles.index("Gzipped page")


def test_feeds_are_listed_in_natural_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsreader.paths import resolve_paths
    from newsreader.store import Store

    data = tmp_path / "data"
    store = Store(resolve_paths(data).database)
    for number in (10, 6, 2):
        store.add_feed(f"https://n{number}.example/feed", f"feed {number}")
    assert [f.title for f in store.list_feeds()] == ["feed 2", "feed 6", "feed 10"]
    store.close()

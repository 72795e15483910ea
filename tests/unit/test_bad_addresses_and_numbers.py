"""Malformed addresses and out-of-range numbers from strangers or typed by hand: each
costs its own link or gives one line on stderr, never the feed or a traceback."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from newsreader.cli import main
from newsreader.feeds.discover import find_feed_links
from newsreader.feeds.fetch import FetchError, fetch_url, make_client
from newsreader.feeds.parse import parse_feed
from newsreader.feeds.subscribe import normalise_url
from newsreader.pipeline.limiter import HostLimiter

BAD = "http://[::1"  # an unclosed IPv6 bracket: urljoin and urlsplit raise ValueError


def test_a_malformed_item_link_costs_that_link_not_the_feed() -> None:
    rss = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        f"<link>{BAD}</link>"
        f"<item><title>Bad</title><link>{BAD}</link><guid>1</guid></item>"
        "<item><title>Good</title><link>https://e.example/2</link><guid>2</guid></item>"
        "</channel></rss>"
    ).encode()
    parsed = parse_feed(rss, "https://e.example/feed", "application/rss+xml")
    assert [entry.title for entry in parsed.entries] == ["Bad", "Good"]
    assert parsed.entries[0].url is None
    assert parsed.entries[1].url == "https://e.example/2"


def test_a_malformed_json_feed_link_costs_that_link_not_the_feed() -> None:
    data = (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "T",'
        f' "home_page_url": "{BAD}", "items": [{{"id": "1", "url": "{BAD}",'
        ' "content_text": "hi"}]}'
    ).encode()
    parsed = parse_feed(data, "https://e.example/feed.json", "application/feed+json")
    assert len(parsed.entries) == 1
    assert parsed.entries[0].url is None


def test_feed_discovery_skips_a_malformed_link_and_base() -> None:
    page = (
        f'<html><head><base href="{BAD}"><link rel="alternate" type="application/rss+xml"'
        f' href="{BAD}"><link rel="alternate" type="application/rss+xml" href="/feed.xml">'
        "</head></html>"
    ).encode()
    links = find_feed_links(page, "https://e.example/")
    assert [link.url for link in links] == ["https://e.example/feed.xml"]


async def test_a_redirect_to_a_malformed_address_is_a_fetch_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": BAD})

    async with make_client(httpx.MockTransport(handler)) as client:
        with pytest.raises(FetchError):
            await fetch_url(client, "http://f.example/feed")


def test_subscribing_to_a_malformed_address_says_so() -> None:
    with pytest.raises(FetchError, match="not a web address"):
        normalise_url(BAD)


def test_the_refresh_limiter_accepts_a_malformed_host() -> None:
    limiter = HostLimiter(per_host=2, total=4)
    assert limiter._host(BAD) is limiter._host("http://[other")


@pytest.mark.parametrize(
    "argv",
    [
        ["show", "99999999999999999999999"],
        ["read", "99999999999999999999999"],
        ["remove", "99999999999999999999999"],
        ["articles", "--limit", "99999999999999999999999"],
        ["mark-read", "99999999999999999999999"],
    ],
)
def test_numbers_beyond_the_database_give_one_line(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main([*argv, "--data-dir", str(tmp_path)])
    except SystemExit as exit_:  # argparse refusing the value
        code = int(exit_.code or 0)
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err
    assert "too large" in err


@pytest.mark.parametrize("command", ["read", "extract"])
def test_an_empty_target_is_named_as_missing(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`read ''` used to say "' is a folder" (an empty path is the current folder)."""
    code = main([command, "", "--data-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip() == "newsreader: no file or address given"

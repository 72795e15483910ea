"""Refresh against a real socket: a threaded HTTP server on 127.0.0.1 serving fixture feeds,
conditional GET, and every kind of misbehaving endpoint. No test touches the network."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import gzip
import hashlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsreader.config import Settings
from newsreader.feeds.fetch import FetchError, FetchLimits
from newsreader.feeds.subscribe import FeedChoiceNeeded, subscribe
from newsreader.pipeline import RefreshProgress, fetch_fulltext, refresh
from newsreader.store import Store

DATA = Path(__file__).parent.parent / "data" / "feeds"
QUICK = FetchLimits(connect_timeout=1.0, read_timeout=1.0, deadline=1.5, max_bytes=1_000_000)
LAST_MODIFIED = "Wed, 01 Jan 2025 00:00:00 GMT"


def rss(title: str, items: list[tuple[str, str, str]], extra: str = "") -> bytes:
    """An RSS 2.0 document; items are (guid, title, description-html)."""
    body = "".join(
        f"<item><guid>{guid}</guid><title>{item_title}</title><link>/posts/{guid}</link>"
        f"<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate><description><![CDATA[{html}]]></description></item>"
        for guid, item_title, html in items
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>{extra}{body}</channel></rss>'.encode()


ARTICLE_TEXT = " ".join(
    ["The council met on Tuesday and agreed the budget after a long debate."] * 30
)
FEED_A = rss(
    "Feed A", [("a1", "A one", "<p>Short teaser…</p>"), ("a2", "A two", f"<p>{ARTICLE_TEXT}</p>")]
)
FEED_B = rss("Feed B", [("b1", "B one", "<p>Bee</p>")])
HOSTILE = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Evil &#x1b;[2J feed [bold]x[/bold]</title>'
    b"<item><guid>h1</guid><title>Title &#x1b;]52;c;cGF5bG9hZA==&#x7; [link=javascript:x]click[/link]</title>"
    b"<link>javascript:alert(1)</link><description>&lt;p&gt;body &#x1b;[31mred&lt;/p&gt;</description>"
    b'<enclosure url="data:text/html;base64,PHNjcmlwdD4=" type="text/html"/></item>'
    b"<item><guid>h2</guid><title>\xe2\x80\xaeReversed</title><link>data:text/html,x</link></item>"
    b"</channel></rss>"
)
PAGE = (
    b"<html><head><title>Article page</title></head><body><article><h1>Full story</h1>"
    + b"".join(f"<p>Paragraph {i}: {ARTICLE_TEXT}</p>".encode() for i in range(3))
    + b"</article></body></html>"
)


@dataclass
class FeedServer:
    """Routes and counters of the fixture server; tests change `routes` freely."""

    port: int = 0
    routes: dict[str, Callable[[BaseHTTPRequestHandler], None]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    conditional_hits: Counter[str] = field(default_factory=Counter)
    user_agents: set[str] = field(default_factory=set)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes = b"", **headers: str) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def static(
    body: bytes, content_type: str = "application/rss+xml"
) -> Callable[[BaseHTTPRequestHandler], None]:
    """A resource with ETag and Last-Modified that answers conditional requests with 304."""
    digest = hashlib.sha1(body).hexdigest()
    etag = f'"{digest[:16]}"'
    modified = email.utils.formatdate(1_600_000_000 + int(digest[:6], 16), usegmt=True)

    def serve(handler: BaseHTTPRequestHandler) -> None:
        if (
            handler.headers.get("If-None-Match") == etag
            or handler.headers.get("If-Modified-Since") == modified
        ):
            send(handler, 304, ETag=etag)
            return
        send(handler, 200, body, Content_Type=content_type, ETag=etag, Last_Modified=modified)

    return serve


def gzipped(body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    return lambda h: send(
        h, 200, gzip.compress(body), Content_Type="application/rss+xml", Content_Encoding="gzip"
    )


def status(code: int, **headers: str) -> Callable[[BaseHTTPRequestHandler], None]:
    return lambda h: send(h, code, b"nope", **headers)


def redirect(code: int, location: str) -> Callable[[BaseHTTPRequestHandler], None]:
    return lambda h: send(h, code, Location=location)


def hang(server: FeedServer) -> Callable[[BaseHTTPRequestHandler], None]:
    def serve(handler: BaseHTTPRequestHandler) -> None:
        server.stop.wait(30)

    return serve


def trickle(server: FeedServer) -> Callable[[BaseHTTPRequestHandler], None]:
    """Headers, then one byte every 0.2 s: never trips a read timeout, only the deadline."""

    def serve(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        handler.wfile.write(b'<rss version="2.0"><channel><title>slow')
        while not server.stop.wait(0.2):
            try:
                handler.wfile.write(b"w")
                handler.wfile.flush()
            except OSError:
                return

    return serve


def endless(server: FeedServer) -> Callable[[BaseHTTPRequestHandler], None]:
    def serve(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/rss+xml")
        handler.end_headers()
        chunk = b"<item><title>more</title></item>" * 1000
        try:
            while not server.stop.is_set():
                handler.wfile.write(chunk)
        except OSError:
            return

    return serve


def reset(handler: BaseHTTPRequestHandler) -> None:
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.connection.close()
    handler.close_connection = True


@pytest.fixture
def server() -> Iterator[FeedServer]:
    state = FeedServer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            path = self.path.split("?")[0]
            state.hits[path] += 1
            state.user_agents.add(self.headers.get("User-Agent", ""))
            if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                state.conditional_hits[path] += 1
            route = state.routes.get(path)
            if route is None:
                send(self, 404, b"missing")
                return
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                route(self)

        def log_message(self, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        request_queue_size = 128  # the default 5 drops SYNs when 20 clients connect at once

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # resets and aborted reads are what these tests provoke

    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    state.stop.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "newsreader.db")
    yield opened
    opened.close()


def run(store: Store, **options: object) -> object:
    options.setdefault("limits", QUICK)
    return asyncio.run(refresh(store, Settings(), **options))  # type: ignore[arg-type]


def titles(store: Store, feed_id: int) -> list[str]:
    from newsreader.store import ArticleFilter

    return sorted(h.title for h in store.list_headlines(ArticleFilter(feed_id=feed_id)))


def test_first_refresh_stores_entries_second_is_conditional(
    server: FeedServer, store: Store
) -> None:
    """A 200 stores every entry; the next refresh sends validators, gets 304 and stores nothing."""
    server.routes["/a.xml"] = static(FEED_A)
    server.routes["/b.xml"] = static(FEED_B)
    a = store.add_feed(server.url("/a.xml"))
    b = store.add_feed(server.url("/b.xml"))
    progress: list[RefreshProgress] = []

    first = run(store, on_progress=progress.append)
    assert (first.feeds_ok, first.new_articles, first.errors) == (2, 3, {})
    assert titles(store, a.id) == ["A one", "A two"]
    assert store.get_feed(a.id).title == "Feed A"
    assert store.get_feed(a.id).etag
    assert [p.feeds_done for p in progress] == [1, 2] and progress[-1].new_articles == 3

    second = run(store)
    assert (second.feeds_not_modified, second.new_articles) == (2, 0)
    assert server.conditional_hits["/a.xml"] == 1 and server.conditional_hits["/b.xml"] == 1
    assert titles(store, b.id) == ["B one"]
    assert server.user_agents == {next(iter(server.user_agents))}
    assert next(iter(server.user_agents)).startswith("newsreader/")


def test_changed_entry_updates_its_article_and_new_entry_is_added(
    server: FeedServer, store: Store
) -> None:
    server.routes["/a.xml"] = static(FEED_A)
    feed = store.add_feed(server.url("/a.xml"))
    run(store)
    server.routes["/a.xml"] = static(
        rss(
            "Feed A",
            [("a1", "A one, corrected", "<p>Short teaser…</p>"), ("a3", "A three", "<p>New</p>")],
        )
    )
    summary = run(store)
    assert (summary.new_articles, summary.updated_articles) == (1, 1)
    assert titles(store, feed.id) == ["A one, corrected", "A three", "A two"]


def test_bad_endpoints_each_give_a_feed_error_and_spare_the_others(
    server: FeedServer, store: Store
) -> None:
    """Every fault ends as that feed's recorded error within the deadline; good feeds are stored."""
    server.routes.update(
        {
            "/good.xml": static(FEED_A),
            "/gzip.xml": gzipped(FEED_B),
            "/500.xml": status(500),
            "/404.xml": status(404),
            "/loop-a.xml": redirect(302, "/loop-b.xml"),
            "/loop-b.xml": redirect(302, "/loop-a.xml"),
            "/big.xml": static(b"<rss>" + b"x" * 2_000_000 + b"</rss>"),
            "/bomb.xml": lambda h: send(
                h,
                200,
                gzip.compress(b" " * 50_000_000),
                Content_Encoding="gzip",
                Content_Type="text/xml",
            ),
            "/malformed.xml": static(b"<rss><channel><title>broken</ti"),
            "/notxml.xml": static(b"\x89PNG\r\n\x1a\n not a feed at all", "image/png"),
            "/html.xml": static(
                b'<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/good.xml"></head><body>hi</body></html>',
                "text/html",
            ),
            "/hang.xml": hang(server),
            "/trickle.xml": trickle(server),
            "/endless.xml": endless(server),
            "/reset.xml": reset,
        }
    )
    feeds = {path: store.add_feed(server.url(path)) for path in sorted(server.routes)}
    refused = store.add_feed("http://127.0.0.1:9/refused.xml")  # nothing listens on port 9

    started = time.perf_counter()
    summary = run(store)
    elapsed = time.perf_counter() - started

    assert elapsed < 6, "the deadline bounds every request, and they run concurrently"
    assert titles(store, feeds["/good.xml"].id) == ["A one", "A two"]
    assert titles(store, feeds["/gzip.xml"].id) == ["B one"]
    expected = {
        "/500.xml": "HTTP 500",
        "/404.xml": "HTTP 404",
        "/loop-a.xml": "redirect loop",
        "/big.xml": "too large",
        "/bomb.xml": "decompressed",
        "/notxml.xml": "not a feed",
        "/html.xml": "web page, not a feed; it links to: " + server.url("/good.xml"),
        "/hang.xml": "timed out",
        "/trickle.xml": "gave up after 1.5 s",
        "/endless.xml": "too large",
        "/reset.xml": "broke off",
    }
    for path, fragment in expected.items():
        feed_id = feeds[path].id
        assert fragment in summary.errors[feed_id], (path, summary.errors[feed_id])
        assert fragment in (store.get_feed(feed_id).last_error or ""), path
    assert "cannot connect" in summary.errors[refused.id]
    assert (
        feeds["/malformed.xml"].id not in summary.errors
        or "feed" in summary.errors[feeds["/malformed.xml"].id]
    )
    assert summary.feeds_failed == len(summary.errors)
    assert summary.feeds_total == len(feeds) + 1


def test_permanent_redirect_updates_the_stored_url(server: FeedServer, store: Store) -> None:
    server.routes["/old.xml"] = redirect(301, "/new.xml")
    server.routes["/new.xml"] = static(FEED_B)
    server.routes["/temp.xml"] = redirect(302, "/new2.xml")
    server.routes["/new2.xml"] = static(FEED_A)
    moved = store.add_feed(server.url("/old.xml"))
    temporary = store.add_feed(server.url("/temp.xml"))
    run(store)
    assert store.get_feed(moved.id).url == server.url("/new.xml")
    assert store.get_feed(temporary.id).url == server.url("/temp.xml")


def test_429_backs_off_until_retry_after_unless_forced(server: FeedServer, store: Store) -> None:
    server.routes["/busy.xml"] = status(429, Retry_After="3600")
    feed = store.add_feed(server.url("/busy.xml"))
    first = run(store)
    assert "429" in first.errors[feed.id]
    assert store.retry_after(feed.id) is not None
    second = run(store)
    assert second.feeds_total == 0 and second.feeds_backing_off == 1
    assert server.hits["/busy.xml"] == 1
    server.routes["/busy.xml"] = static(FEED_B)
    forced = run(store, force=True)
    assert forced.feeds_ok == 1 and store.retry_after(feed.id) is None


def test_hostile_text_is_sanitised_before_it_is_stored(server: FeedServer, store: Store) -> None:
    server.routes["/evil.xml"] = static(HOSTILE)
    feed = store.add_feed(server.url("/evil.xml"))
    summary = run(store)
    assert summary.errors == {}
    stored_feed = store.get_feed(feed.id)
    assert "\x1b" not in stored_feed.title and stored_feed.title.startswith("Evil")
    from newsreader.store import ArticleFilter

    headlines = store.list_headlines(ArticleFilter(feed_id=feed.id))
    assert len(headlines) == 2
    for headline in headlines:
        assert not any(ch in headline.title for ch in "\x1b\x07\u202e")
        assert headline.url is None  # javascript: and data: links dropped
        article = store.get_article(headline.id)
        assert "\x1b" not in article.summary
    by_title = {h.title: h for h in headlines}
    assert "[link=javascript:x]click[/link]" in next(t for t in by_title if t.startswith("Title"))


def test_refresh_survives_sigkill_with_finished_feeds_committed(
    server: FeedServer, tmp_path: Path
) -> None:
    """Feeds stored before a SIGKILL stay stored: each feed is its own transaction."""
    server.routes["/fast.xml"] = static(FEED_A)
    server.routes["/hang.xml"] = hang(server)
    database = tmp_path / "killed.db"
    setup = Store(database)
    fast = setup.add_feed(server.url("/fast.xml"))
    setup.add_feed(server.url("/hang.xml"))
    setup.close()
    script = textwrap.dedent(
        f"""
        import asyncio
        from newsreader.config import Settings
        from newsreader.feeds.fetch import FetchLimits
        from newsreader.pipeline import refresh
        from newsreader.store import Store
        store = Store({str(database)!r})
        asyncio.run(refresh(store, Settings(), limits=FetchLimits(deadline=60, read_timeout=60)))
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            probe = Store(database)
            try:
                if probe.article_count(fast.id) == 2:
                    break
            finally:
                probe.close()
            time.sleep(0.05)
        assert child.poll() is None, "the refresh must still be waiting on the hanging feed"
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    reopened = Store(database)
    assert titles(reopened, fast.id) == ["A one", "A two"]
    reopened.close()


def test_fulltext_always_fetches_teaser_pages_at_refresh(server: FeedServer, store: Store) -> None:
    server.routes["/a.xml"] = static(FEED_A)
    server.routes["/posts/a1"] = static(PAGE, "text/html")
    server.routes["/posts/a2"] = static(PAGE, "text/html")
    feed = store.add_feed(server.url("/a.xml"))
    store.set_fulltext_mode(feed.id, "always")
    run(store)
    assert server.hits["/posts/a1"] == 1, "the teaser's page is fetched"
    assert server.hits["/posts/a2"] == 0, "a whole article in the feed is not"
    from newsreader.store import ArticleFilter

    by_title = {h.title: h.id for h in store.list_headlines(ArticleFilter(feed_id=feed.id))}
    teaser = store.get_article(by_title["A one"])
    assert teaser.fulltext_fetched and teaser.analysed
    assert "Paragraph 2" in (teaser.article.text if teaser.article else "")


def test_teaser_mode_fetches_nothing_at_refresh_and_fetch_fulltext_caches(
    server: FeedServer, store: Store
) -> None:
    server.routes["/a.xml"] = static(FEED_A)
    server.routes["/posts/a1"] = static(PAGE, "text/html")
    feed = store.add_feed(server.url("/a.xml"))
    run(store)
    assert server.hits["/posts/a1"] == 0
    from newsreader.store import ArticleFilter

    by_title = {h.title: h.id for h in store.list_headlines(ArticleFilter(feed_id=feed.id))}
    opened = asyncio.run(fetch_fulltext(store, by_title["A one"]))
    assert opened.fulltext_fetched and "Paragraph 1" in (
        opened.article.text if opened.article else ""
    )
    again = asyncio.run(fetch_fulltext(store, by_title["A one"]))
    assert server.hits["/posts/a1"] == 1 and again.article == opened.article


def test_fetch_fulltext_failure_is_a_one_line_fetch_error(server: FeedServer, store: Store) -> None:
    server.routes["/a.xml"] = static(FEED_A)
    feed = store.add_feed(server.url("/a.xml"))
    run(store)
    from newsreader.store import ArticleFilter

    article_id = store.list_headlines(ArticleFilter(feed_id=feed.id))[0].id
    with pytest.raises(FetchError) as raised:
        asyncio.run(fetch_fulltext(store, article_id))
    assert "404" in str(raised.value) and "\n" not in str(raised.value)


def test_subscribe_validates_and_discovers(server: FeedServer, store: Store) -> None:
    server.routes["/feed.xml"] = static(FEED_A)
    server.routes["/feed2.xml"] = static(FEED_B)
    server.routes["/site"] = static(
        b'<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>',
        "text/html",
    )
    server.routes["/portal"] = static(
        b'<html><head><link rel="alternate" type="application/rss+xml" title="One" href="/feed.xml">'
        b'<link rel="alternate" type="application/atom+xml" title="Two" href="/feed2.xml"></head></html>',
        "text/html",
    )
    server.routes["/plain"] = static(b"<html><body>no feeds</body></html>", "text/html")

    feed = asyncio.run(subscribe(store, server.url("/site"), folder="News"))
    assert (feed.url, feed.title, feed.folder) == (server.url("/feed.xml"), "Feed A", "News")
    with pytest.raises(FeedChoiceNeeded) as choice:
        asyncio.run(subscribe(store, server.url("/portal")))
    assert server.url("/feed2.xml") in str(choice.value) and len(choice.value.candidates) == 2
    with pytest.raises(FetchError, match="links to no feed"):
        asyncio.run(subscribe(store, server.url("/plain")))
    with pytest.raises(FetchError, match="404"):
        asyncio.run(subscribe(store, server.url("/nothing.xml")))
    from newsreader.store import DuplicateFeed

    with pytest.raises(DuplicateFeed):
        asyncio.run(subscribe(store, server.url("/feed.xml")))


def test_cli_import_refresh_and_feeds_json(
    server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsreader.cli import main

    server.routes["/a.xml"] = static(FEED_A)
    server.routes["/b.xml"] = static(FEED_B)
    server.routes["/broken.xml"] = status(500)
    opml = tmp_path / "subs.opml"
    opml.write_text(
        f'<opml version="2.0"><body><outline text="Local">'
        f'<outline text="A" xmlUrl="{server.url("/a.xml")}"/><outline text="B" xmlUrl="{server.url("/b.xml")}"/>'
        f'<outline text="Broken" xmlUrl="{server.url("/broken.xml")}"/></outline>'
        f'<outline text="bad" xmlUrl="ftp://x"/></body></opml>'
    )
    home = ["--data-dir", str(tmp_path / "home")]
    assert main(["import", str(opml), *home]) == 0
    imported = capsys.readouterr()
    assert "imported 3 feeds" in imported.out and "ftp://x" in imported.err
    # Only the imported feeds: first run may subscribe default feeds on the real network.
    assert main(["refresh", "--no-analyse", "A", "B", "Broken", *home]) == 0
    refreshed = capsys.readouterr()
    assert "3 new" in refreshed.out and "1 failed" in refreshed.out
    assert "HTTP 500" in refreshed.err
    assert main(["feeds", "--json", *home]) == 0
    listed = {f["url"]: f for f in json.loads(capsys.readouterr().out)}
    a = listed[server.url("/a.xml")]
    assert (a["title"], a["folder"], a["unread"], a["total"], a["last_error"]) == (
        "A",
        "Local",
        2,
        2,
        None,
    )
    assert "HTTP 500" in listed[server.url("/broken.xml")]["last_error"]
    assert main(["remove", server.url("/b.xml"), *home]) == 0
    assert main(["rename", "A", "Alpha", *home]) == 0
    assert main(["move", "Alpha", "Elsewhere", *home]) == 0
    assert main(["fulltext", "Alpha", "never", *home]) == 0
    assert main(["export", str(tmp_path / "out.opml"), *home]) == 0
    exported = (tmp_path / "out.opml").read_text()
    assert (
        'title="Alpha"' in exported and 'text="Elsewhere"' in exported and "/b.xml" not in exported
    )
    capsys.readouterr()
    assert main(["remove", "no-such-feed", *home]) == 1
    assert "no feed matches" in capsys.readouterr().err


def test_last_modified_alone_gives_304(server: FeedServer, store: Store) -> None:
    """A server that sends only Last-Modified still gets a conditional request."""
    body = FEED_B

    def serve(handler: BaseHTTPRequestHandler) -> None:
        if handler.headers.get("If-Modified-Since") == LAST_MODIFIED:
            send(handler, 304)
            return
        send(
            handler,
            200,
            body,
            Last_Modified=LAST_MODIFIED,
            Date=email.utils.formatdate(usegmt=True),
        )

    server.routes["/lm.xml"] = serve
    store.add_feed(server.url("/lm.xml"))
    run(store)
    assert run(store).feeds_not_modified == 1


@pytest.mark.skipif(not hasattr(os, "fork"), reason="posix only")
def test_many_feeds_run_concurrently_within_limits(server: FeedServer, store: Store) -> None:
    """40 feeds that each take 0.2 s finish in about 40/20*0.2 s, not 8 s."""
    in_flight = {"now": 0, "max": 0}
    lock = threading.Lock()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        with lock:
            in_flight["now"] += 1
            in_flight["max"] = max(in_flight["max"], in_flight["now"])
        time.sleep(0.2)
        with lock:
            in_flight["now"] -= 1
        send(handler, 200, FEED_B, Content_Type="application/rss+xml")

    for i in range(40):
        server.routes[f"/slow/{i}.xml"] = slow
        store.add_feed(server.url(f"/slow/{i}.xml"))
    started = time.perf_counter()
    summary = asyncio.run(
        refresh(store, Settings(concurrency=20, per_host_concurrency=10), limits=QUICK)
    )
    elapsed = time.perf_counter() - started
    assert summary.feeds_ok == 40
    assert in_flight["max"] == 10, "per-host limit holds (all feeds share 127.0.0.1)"
    assert elapsed < 2.5


def test_first_fetch_is_stored_raw_later_entries_are_analysed_at_once(
    server: FeedServer, store: Store
) -> None:
    """A feed's backlog waits for understand_pending; entries arriving later are analysed in refresh."""
    from newsreader.pipeline import analyse_stored, understand_pending
    from newsreader.store import ArticleFilter

    server.routes["/a.xml"] = static(FEED_A)
    feed = store.add_feed(server.url("/a.xml"))
    run(store)
    first = {h.title: h.id for h in store.list_headlines(ArticleFilter(feed_id=feed.id))}
    assert not any(store.get_article(i).analysed for i in first.values())

    opened = asyncio.run(analyse_stored(store, first["A two"]))
    assert opened.analysed and opened.article is not None and "council" in opened.article.text
    assert asyncio.run(understand_pending(store, Settings())) == 1  # only "A one" was left
    assert store.unanalysed_articles() == []

    server.routes["/a.xml"] = static(rss("Feed A", [("a9", "A nine", f"<p>{ARTICLE_TEXT}</p>")]))
    run(store)
    [new_id] = [
        h.id for h in store.list_headlines(ArticleFilter(feed_id=feed.id)) if h.title == "A nine"
    ]
    assert store.get_article(new_id).analysed


def test_feed_deadline_setting_bounds_a_trickling_and_a_hanging_feed(
    server: FeedServer, store: Store
) -> None:
    """The per-feed deadline comes from the settings: neither a server that trickles a byte
    at a time nor one that never answers holds the refresh longer than that, the good feeds
    are stored, and the progress names the feeds still being waited for."""
    server.routes.update(
        {
            "/good-a.xml": static(FEED_A),
            "/good-b.xml": static(FEED_B),
            "/trickle.xml": trickle(server),
            "/hang.xml": hang(server),
        }
    )
    feeds = {path: store.add_feed(server.url(path)) for path in sorted(server.routes)}
    store.rename_feed(feeds["/trickle.xml"].id, "Trickling Times")
    store.rename_feed(feeds["/hang.xml"].id, "Hanging Herald")
    updates: list[RefreshProgress] = []
    settings = Settings(feed_deadline_seconds=1)

    started = time.perf_counter()
    summary = asyncio.run(refresh(store, settings, on_progress=updates.append))
    elapsed = time.perf_counter() - started

    assert elapsed < 4, "a 1 s deadline per feed, all feeds at once"
    assert summary.feeds_ok == 2 and summary.feeds_failed == 2  # type: ignore[attr-defined]
    assert titles(store, feeds["/good-a.xml"].id) == ["A one", "A two"]
    errors = summary.errors  # type: ignore[attr-defined]
    assert "gave up after 1 s" in errors[feeds["/trickle.xml"].id]
    assert (
        "timed out" in errors[feeds["/hang.xml"].id] or "gave up" in errors[feeds["/hang.xml"].id]
    )
    # Once both good feeds are in, the progress says who is still being waited for.
    second = next(update for update in updates if update.feeds_done == 2)
    assert set(second.waiting) == {"Trickling Times", "Hanging Herald"}
    assert updates[-1].waiting == ()


def test_a_feed_over_the_item_cap_says_how_many_it_dropped(
    server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The refresh summary, the progress and `newsreader refresh` name the items left out."""
    from newsreader.cli import main
    from newsreader.config import Retention

    items = [(f"g{i}", f"Item {i}", "<p>x</p>") for i in range(7)]
    server.routes["/big.xml"] = static(rss("Big feed", items))
    server.routes["/small.xml"] = static(FEED_B)
    store = Store(tmp_path / "newsreader.db")
    big = store.add_feed(server.url("/big.xml"))
    store.add_feed(server.url("/small.xml"))
    progress: list[RefreshProgress] = []
    settings = Settings(retention=Retention(max_per_feed=5))
    summary = asyncio.run(
        refresh(store, settings, limits=QUICK, on_progress=progress.append, understand=False)
    )
    store.close()
    assert summary.dropped == {big.id: 2}
    assert sorted(p.dropped for p in progress) == [0, 2]

    cli_dir = tmp_path / "cli"
    cli_dir.mkdir()
    (cli_dir / "config.toml").write_text("[retention]\nmax_per_feed = 5\n")
    assert main(["--data-dir", str(cli_dir), "add", server.url("/big.xml")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(cli_dir), "refresh", "--force", "--no-analyse"]) == 0
    out = capsys.readouterr().out
    assert "(Big feed: kept 5 of 7 items (retention.max_per_feed))" in out


def test_add_gives_up_after_the_users_feed_deadline(
    server: FeedServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`newsreader add` on a server that never answers waits `feed_deadline_seconds`,
    not the built-in 20 s read timeout."""
    from newsreader.cli import main

    server.routes["/hang.xml"] = hang(server)
    (tmp_path / "config.toml").write_text("feed_deadline_seconds = 1\n")
    started = time.monotonic()
    assert main(["--data-dir", str(tmp_path), "add", server.url("/hang.xml")]) == 1
    assert time.monotonic() - started < 8
    assert "hang.xml" in capsys.readouterr().err

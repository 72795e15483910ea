"""With a sync account, the app's refresh syncs with the server (MockTransport TT-RSS)."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from newsreader.app.app import NewsReaderApp
from newsreader.app.widgets.feed_list import FeedList
from newsreader.app.widgets.headline_list import HeadlineList
from newsreader.store import Store, SyncAccount

from .helpers import notices, settle

AppFactory = Callable[..., NewsReaderApp]


def tiny_ttrss(requests: list[str]) -> httpx.MockTransport:
    """A TT-RSS with one feed ("World Wire", already subscribed here) and one new article."""

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        requests.append(body["op"])
        content: object
        if body["op"] == "subscribeToFeed":
            content = {"status": {"code": 1, "feed_id": 12}}
        elif body["op"] == "unsubscribeFeed":
            content = {"status": "OK"}
        elif body["op"] == "getFeeds" and "subscribeToFeed" in requests:
            content = [
                {
                    "id": 9,
                    "feed_url": "https://world.example/feed",
                    "title": "World Wire",
                    "cat_id": 3,
                },
                {
                    "id": 12,
                    "feed_url": "https://new.example/feed",
                    "title": "New Wire",
                    "cat_id": 0,
                },
            ]
        elif body["op"] == "login":
            content = {"session_id": "s1", "api_level": 15}
        elif body["op"] == "getCategories":
            content = [{"id": 3, "title": "News"}]
        elif body["op"] == "getFeeds":
            content = [
                {
                    "id": 9,
                    "feed_url": "https://world.example/feed",
                    "title": "World Wire",
                    "cat_id": 3,
                }
            ]
        elif body["op"] == "getHeadlines" and body.get("since_id", 0) < 41:
            content = [
                {"id": 41, "feed_id": 9, "title": "Synced from the server", "unread": True,
                 "marked": True, "link": "https://world.example/synced", "updated": 1764300000,
                 "content": "<p>It came through TT-RSS.</p>", "author": ""}
            ]  # fmt: skip
        else:
            content = []
        return httpx.Response(200, json={"seq": 0, "status": 0, "content": content})

    return httpx.MockTransport(handler)


async def test_shift_r_syncs_when_an_account_is_set(make_app: AppFactory, store: Store) -> None:
    """R asks the server instead of fetching feeds: its article arrives, starred."""
    store.set_account(
        SyncAccount("ttrss", "https://rss.example/", "ann", password_command="echo secret")
    )
    requests: list[str] = []
    app = make_app(transport=tiny_ttrss(requests))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        await settle(app, pilot)
        headlines = {h.title: h for h in app.query_one(HeadlineList).headlines}
        assert headlines["Synced from the server"].bookmarked
        assert "login" in requests and "getHeadlines" in requests
        assert "Refreshed: 1 new article" in notices(app)


async def test_a_failed_sync_is_one_line_in_the_log(make_app: AppFactory, store: Store) -> None:
    store.set_account(
        SyncAccount("ttrss", "https://rss.example/", "ann", password_command="echo secret")
    )

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    app = make_app(transport=httpx.MockTransport(down))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        await settle(app, pilot)
        assert any(
            "Sync with https://rss.example/: cannot reach https://rss.example/" in line
            for line in app.refresh_lines
        )
        assert any("failed" in n for n in notices(app))


def connect(store: Store) -> None:
    store.set_account(
        SyncAccount("ttrss", "https://rss.example/", "ann", password_command="echo secret")
    )


async def test_a_subscribes_on_the_server(make_app: AppFactory, store: Store) -> None:
    """With an account, a asks the server to subscribe (it fetches), and the feed is listed."""
    connect(store)
    requests: list[str] = []
    app = make_app(transport=tiny_ttrss(requests))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"https://new.example/feed")
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        await settle(app, pilot)
        assert "subscribeToFeed" in requests
        assert "https://new.example/feed" in store.feed_urls()
        assert "New Wire" in [e.label for e in app.query_one(FeedList).entries]


async def test_d_unsubscribes_on_the_server(make_app: AppFactory, store: Store) -> None:
    connect(store)
    requests: list[str] = []
    app = make_app(transport=tiny_ttrss(requests))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        await pilot.press("R")  # links World Wire to the server's feed 9
        await settle(app, pilot)
        feeds = app.query_one(FeedList)
        feeds.focus()
        feeds.highlighted = next(i for i, e in enumerate(feeds.entries) if e.label == "World Wire")
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert "unsubscribeFeed" in requests
        assert "https://world.example/feed" not in store.feed_urls()

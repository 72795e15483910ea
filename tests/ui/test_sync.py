"""With a sync account, the app's refresh syncs with the server (MockTransport TT-RSS)."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx

from newsreader.app.app import NewsReaderApp
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
        if body["op"] == "login":
            content = {"session_id": "s1", "api_level": 15}
        elif body["op"] == "getCategories":
            content = [{"id": 3, "title": "News"}]
        elif body["op"] == "getFeeds":
            content = [{"id": 9, "feed_url": "https://world.example/feed", "title": "World Wire", "cat_id": 3}]
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

"""Tiny Tiny RSS's JSON API (level 15 and later) as a `SyncService`.

Every call is a POST of `{"op": …, "sid": …}` to `<url>/api/`; the reply is
`{"seq", "status": 0|1, "content"}` with HTTP 200 even for errors, which sit in
`content.error` (`LOGIN_ERROR`, `API_DISABLED`, `NOT_LOGGED_IN`). Articles are pulled
with `getHeadlines` on the "all articles" virtual feed (-4) after `since_id`, 200 a page
(the server's maximum); state comes from the newest `STATE_WINDOW` articles plus the
starred virtual feed (-1). The API cannot create categories or move feeds.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from newsreader.sanitize import sanitize_line
from newsreader.sync.service import (
    ApiDisabled,
    ArticlePage,
    LoginFailed,
    NotAServer,
    RemoteArticle,
    RemoteFeed,
    RemoteStates,
    ServerUnreachable,
    Subscribed,
    SyncError,
)

PAGE = 200
"""getHeadlines never returns more than 200 rows."""
STATE_WINDOW = 600
"""How many of the newest articles have their read state pulled at every sync: three
pages, which go out at once with the starred page (four requests in one round trip)."""
ALL_ARTICLES = -4
STARRED = -1
ALL_FEEDS = -3
TIMEOUT = httpx.Timeout(30.0, connect=10.0)

_SUBSCRIBE_ERRORS = {
    2: "TT-RSS says {url} is not a valid address",
    3: "TT-RSS found no feed at {url}",
    5: "TT-RSS could not download {url}",
}


def api_url(url: str) -> str:
    """`https://host/tt-rss` or `…/tt-rss/api/` -> `https://host/tt-rss/api/`."""
    base = url.strip().rstrip("/")
    if base.endswith("/api"):
        base = base[: -len("/api")]
    return base + "/api/"


class TtrssService:
    """One TT-RSS account; logs in on the first call and again when the session expires."""

    name = "TT-RSS"
    can_move_feeds = False

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self.endpoint = api_url(url)
        self.username = username
        self._password = password
        self._sid: str | None = None
        self._client = httpx.AsyncClient(
            transport=transport, timeout=TIMEOUT, trust_env=transport is None, follow_redirects=True
        )
        self._categories: dict[int, str] | None = None

    async def close(self) -> None:
        await self._client.aclose()

    # ------------------------------------------------------------ the wire

    async def _post(self, op: str, params: dict[str, Any]) -> Any:
        body = {"op": op, **params}
        try:
            response = await self._client.post(self.endpoint, json=body)
        except httpx.TimeoutException:
            raise ServerUnreachable(f"{self.url} did not answer in time") from None
        except httpx.HTTPError as error:
            reason = str(error) or type(error).__name__
            raise ServerUnreachable(f"cannot reach {self.url}: {reason}") from None
        if response.status_code in (401, 403) and op == "login":
            raise LoginFailed(
                f"{self.url} refused the login (HTTP {response.status_code}); "
                "is it behind a password of its own?"
            )
        try:
            reply = response.json()
        except ValueError:
            reply = None
        if (
            response.status_code != 200
            or not isinstance(reply, dict)
            or "content" not in reply
            or "status" not in reply
        ):
            raise NotAServer(
                f"{self.url} does not answer as a TT-RSS server "
                f"(HTTP {response.status_code} from {self.endpoint}); check the address"
            )
        if reply["status"] != 0:
            content = reply["content"]
            code = content.get("error") if isinstance(content, dict) else None
            raise _ApiError(str(code or "UNKNOWN_ERROR"))
        return reply["content"]

    async def _call(self, op: str, **params: Any) -> Any:
        """An API call in the session, logging in first or again when it expired."""
        if self._sid is None:
            await self.login()
        try:
            return await self._post(op, {"sid": self._sid, **params})
        except _ApiError as first:
            if first.code != "NOT_LOGGED_IN":
                raise self._explain(first, op) from None
        await self.login()
        try:
            return await self._post(op, {"sid": self._sid, **params})
        except _ApiError as second:
            raise self._explain(second, op) from None

    def _explain(self, error: _ApiError, op: str) -> SyncError:
        if error.code == "LOGIN_ERROR":
            return LoginFailed(
                f"TT-RSS at {self.url} refused user {self.username!r}: wrong user name or password"
            )
        if error.code == "API_DISABLED":
            return ApiDisabled(
                f"TT-RSS at {self.url} has API access switched off for {self.username!r}: "
                "in TT-RSS open Preferences, tick 'Enable API' (General) and save"
            )
        return SyncError(f"TT-RSS at {self.url} answered {op} with {sanitize_line(error.code)}")

    async def login(self) -> None:
        try:
            content = await self._post("login", {"user": self.username, "password": self._password})
        except _ApiError as error:
            raise self._explain(error, "login") from None
        sid = content.get("session_id") if isinstance(content, dict) else None
        if not isinstance(sid, str) or not sid:
            raise NotAServer(f"{self.url} answered the login without a session; not TT-RSS?")
        self._sid = sid

    # ------------------------------------------------------------ reading

    async def _category_titles(self) -> dict[int, str]:
        if self._categories is None:
            rows = await self._call("getCategories", include_empty=True)
            self._categories = {
                int(row["id"]): str(row.get("title") or "")
                for row in _rows(rows)
                if _int(row.get("id")) is not None and int(row["id"]) > 0
            }
        return self._categories

    async def feeds(self) -> list[RemoteFeed]:
        titles = await self._category_titles()
        rows = await self._call("getFeeds", cat_id=ALL_FEEDS)
        feeds = []
        for row in _rows(rows):
            feed_id = _int(row.get("id"))
            url = row.get("feed_url")
            if feed_id is None or feed_id <= 0 or not isinstance(url, str) or not url:
                continue
            category = _int(row.get("cat_id"))
            feeds.append(
                RemoteFeed(
                    remote_id=str(feed_id),
                    url=url,
                    title=str(row.get("title") or url),
                    folder=titles.get(category) if category else None,
                )
            )
        return feeds

    async def new_articles(self, cursor: str | None) -> AsyncIterator[ArticlePage]:
        """Articles with ids above `cursor`, newest first, 200 a page.

        Paging is by offset over a fixed `since_id`: an article arriving meanwhile lands on
        top and shifts the rest down, so a page may repeat one (the store ignores it) but
        none is skipped. The cursor moves only with the last page, so an interrupted pull
        starts again from the same place.
        """
        since = _int(cursor) or 0
        highest = since
        offset = 0
        while True:
            rows = _rows(
                await self._call(
                    "getHeadlines",
                    feed_id=ALL_ARTICLES,
                    limit=PAGE,
                    skip=offset,
                    since_id=since,
                    show_content=True,
                    show_excerpt=False,
                    view_mode="all_articles",
                )
            )
            articles = [article for row in rows if (article := _article(row)) is not None]
            highest = max([highest, *(int(a.remote_id) for a in articles)])
            last = len(rows) < PAGE
            yield ArticlePage(articles, str(highest) if last else None)
            if last:
                return
            offset += len(rows)

    async def states(self) -> RemoteStates:
        window = [
            self._call(
                "getHeadlines",
                feed_id=ALL_ARTICLES,
                limit=PAGE,
                skip=offset,
                show_content=False,
                show_excerpt=False,
                view_mode="all_articles",
            )
            for offset in range(0, STATE_WINDOW, PAGE)
        ]
        pages = await asyncio.gather(*window, self._starred_page(0))
        read: dict[str, bool] = {}
        starred: set[str] = set()
        for rows in pages[:-1]:
            for row in _rows(rows):
                article_id = _int(row.get("id"))
                if article_id is None:
                    continue
                read[str(article_id)] = not bool(row.get("unread"))
                if row.get("marked"):
                    starred.add(str(article_id))
        rows = _rows(pages[-1])
        offset = 0
        while True:
            starred.update(str(i) for row in rows if (i := _int(row.get("id"))) is not None)
            if len(rows) < PAGE:
                break
            offset += len(rows)
            rows = _rows(await self._starred_page(offset))
        return RemoteStates(read=read, starred=starred)

    async def _starred_page(self, offset: int) -> Any:
        return await self._call(
            "getHeadlines",
            feed_id=STARRED,
            limit=PAGE,
            skip=offset,
            show_content=False,
            show_excerpt=False,
        )

    # ------------------------------------------------------------ writing

    async def _update(self, remote_ids: Sequence[str], field: int, on: bool) -> None:
        ids = sorted({i for i in remote_ids if i.isdigit()}, key=int)
        for start in range(0, len(ids), PAGE):
            await self._call(
                "updateArticle",
                article_ids=",".join(ids[start : start + PAGE]),
                mode=1 if on else 0,
                field=field,
            )

    async def set_read(self, remote_ids: Sequence[str], read: bool) -> None:
        await self._update(remote_ids, 2, not read)  # field 2 is "unread"

    async def set_starred(self, remote_ids: Sequence[str], starred: bool) -> None:
        await self._update(remote_ids, 0, starred)

    async def subscribe(self, url: str, folder: str | None) -> Subscribed:
        """Subscribe on the server, in the category named `folder` when the server has one."""
        category = 0
        if folder:
            titles = await self._category_titles()
            wanted = folder.casefold()
            category = next((i for i, t in titles.items() if t.casefold() == wanted), 0)
        content = await self._call("subscribeToFeed", feed_url=url, category_id=category)
        status = content.get("status") if isinstance(content, dict) else None
        code = _int(status.get("code")) if isinstance(status, dict) else None
        if code in (0, 1) and isinstance(status, dict) and _int(status.get("feed_id")):
            feed_id = str(status["feed_id"])
            feed = next((f for f in await self.feeds() if f.remote_id == feed_id), None)
            if feed is None:
                feed = RemoteFeed(feed_id, url, url, titles_folder(category, self._categories))
            return Subscribed(feed, already=code == 0)
        if code == 4 and isinstance(status, dict):
            found = status.get("feeds")
            choices = ", ".join(str(u) for u in (found or {})) if isinstance(found, dict) else ""
            text = f"{url} links to several feeds; add one of: {choices}".rstrip(": ")
            raise SyncError(sanitize_line(text))
        message = _SUBSCRIBE_ERRORS.get(code or -1, "TT-RSS could not subscribe to {url}")
        detail = status.get("message") if isinstance(status, dict) else None
        text = message.format(url=url)
        if isinstance(detail, str) and detail:
            text += f" ({detail})"
        raise SyncError(sanitize_line(text))

    async def unsubscribe(self, remote_feed_id: str) -> None:
        try:
            await self._call("unsubscribeFeed", feed_id=int(remote_feed_id))
        except SyncError as error:
            if "FEED_NOT_FOUND" not in str(error):  # gone already: what we wanted
                raise

    async def move(self, remote_feed_id: str, folder: str | None) -> None:
        raise SyncError("TT-RSS's API cannot change a feed's category")


class _ApiError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def titles_folder(category: int, titles: dict[int, str] | None) -> str | None:
    return (titles or {}).get(category) if category else None


def _rows(content: Any) -> list[dict[str, Any]]:
    if not isinstance(content, list):
        return []
    return [row for row in content if isinstance(row, dict)]


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _article(row: dict[str, Any]) -> RemoteArticle | None:
    article_id = _int(row.get("id"))
    feed_id = _int(row.get("feed_id"))
    if article_id is None or feed_id is None:
        return None
    updated = _int(row.get("updated"))
    published = None
    if updated:
        try:
            published = datetime.fromtimestamp(updated, UTC)
        except (OverflowError, OSError, ValueError):
            published = None
    link = row.get("link")
    author = row.get("author")
    return RemoteArticle(
        remote_id=str(article_id),
        feed_id=str(feed_id),
        title=str(row.get("title") or ""),
        url=link if isinstance(link, str) and link else None,
        author=author if isinstance(author, str) and author else None,
        published=published,
        content=str(row.get("content") or ""),
        read=not bool(row.get("unread")),
        starred=bool(row.get("marked")),
    )

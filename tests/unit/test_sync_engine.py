"""The protocol-independent sync: the mark queue, who wins a conflict, and a whole sync
against an in-memory server (any `SyncService` would do, which is the point)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsreader.config import Settings
from newsreader.store import ArticleFilter, Store, SyncAccount
from newsreader.store.sync import KnownState, QueuedMark
from newsreader.sync.engine import plan_marks, sync
from newsreader.sync.service import (
    ArticlePage,
    RemoteArticle,
    RemoteFeed,
    RemoteStates,
    ServerUnreachable,
    Subscribed,
)

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


class MemoryServer:
    """A feed server in a dict: what a protocol module must provide, nothing more."""

    name = "memory"
    can_move_feeds = True

    def __init__(self) -> None:
        self.feeds_by_id = {"f1": RemoteFeed("f1", "https://a.example/feed", "A", "News")}
        self.articles: dict[str, RemoteArticle] = {}
        self.down = False
        self.pushes = 0

    def add(self, number: int, title: str, read: bool = False, starred: bool = False) -> None:
        self.articles[str(number)] = RemoteArticle(
            str(number), "f1", title, f"https://a.example/{number}", None, T0,
            f"<p>{title} text.</p>", read, starred,
        )  # fmt: skip

    def set(self, number: int, **state: bool) -> None:
        from dataclasses import replace

        self.articles[str(number)] = replace(self.articles[str(number)], **state)

    def _check(self) -> None:
        if self.down:
            raise ServerUnreachable("cannot reach memory: down")

    async def login(self) -> None:
        self._check()

    async def feeds(self) -> list[RemoteFeed]:
        self._check()
        return list(self.feeds_by_id.values())

    async def new_articles(self, cursor: str | None) -> AsyncIterator[ArticlePage]:
        self._check()
        since = int(cursor or 0)
        fresh = [a for k, a in sorted(self.articles.items()) if int(k) > since]
        yield ArticlePage(fresh, str(max([since, *(int(a.remote_id) for a in fresh)])))

    async def states(self) -> RemoteStates:
        self._check()
        return RemoteStates(
            read={k: a.read for k, a in self.articles.items()},
            starred={k for k, a in self.articles.items() if a.starred},
        )

    async def set_read(self, remote_ids: Sequence[str], read: bool) -> None:
        self._check()
        self.pushes += 1
        for remote_id in remote_ids:
            self.set(int(remote_id), read=read)

    async def set_starred(self, remote_ids: Sequence[str], starred: bool) -> None:
        self._check()
        self.pushes += 1
        for remote_id in remote_ids:
            self.set(int(remote_id), starred=starred)

    async def subscribe(self, url: str, folder: str | None) -> Subscribed:
        raise NotImplementedError

    async def unsubscribe(self, remote_feed_id: str) -> None:
        raise NotImplementedError

    async def close(self) -> None:
        pass


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(tmp_path / "db.sqlite")
    opened.set_account(SyncAccount("memory", "memory:", "ann"))
    return opened


def state(store: Store) -> dict[str, tuple[bool, bool]]:
    return {h.title: (h.read, h.bookmarked) for h in store.list_headlines(ArticleFilter())}


def ids(store: Store) -> dict[str, int]:
    return {h.title: h.id for h in store.list_headlines(ArticleFilter())}


async def test_a_sync_pulls_feeds_articles_and_state(store: Store) -> None:
    server = MemoryServer()
    server.add(1, "One", read=True)
    server.add(2, "Two", starred=True)
    summary = await sync(store, server, Settings())
    assert summary.new_articles == 2 and summary.feeds_added == 1
    assert state(store) == {"One": (True, False), "Two": (False, True)}
    assert [f.folder for f in store.list_feeds()] == ["News"]
    again = await sync(store, server, Settings())
    assert again.new_articles == 0 and server.pushes == 0


async def test_marks_are_queued_by_every_path_and_pushed(store: Store) -> None:
    server = MemoryServer()
    server.add(1, "One")
    server.add(2, "Two")
    await sync(store, server, Settings())
    assert store.queued_marks() == []  # applying server state queues nothing
    store.set_read([ids(store)["One"]])
    store.mark_all_read(ArticleFilter())
    store.bookmark(ids(store)["Two"])
    assert {(m.remote_id, m.field, m.value) for m in store.queued_marks()} == {
        ("1", "read", True),
        ("2", "read", True),
        ("2", "starred", True),
    }
    await sync(store, server, Settings())
    assert store.queued_marks() == []
    assert (server.articles["1"].read, server.articles["2"].read) == (True, True)
    assert server.articles["2"].starred


async def test_local_only_articles_queue_nothing(tmp_path: Path) -> None:
    plain = Store(tmp_path / "plain.sqlite")
    feed = plain.add_feed("https://b.example/feed")
    from newsreader.models import ParsedEntry
    from newsreader.store import IncomingArticle

    result = plain.store_entries(feed.id, [IncomingArticle(ParsedEntry("g", None, "Local"))])
    plain.set_read(result.new_ids)
    plain.bookmark(result.new_ids[0])
    assert plain.queued_marks() == []


async def test_a_failed_sync_keeps_the_queue_and_the_next_one_pushes_it(store: Store) -> None:
    server = MemoryServer()
    server.add(1, "One")
    await sync(store, server, Settings())
    server.down = True
    store.set_read([ids(store)["One"]])
    with pytest.raises(ServerUnreachable):
        await sync(store, server, Settings())
    assert len(store.queued_marks()) == 1
    assert store.get_account().last_error == "cannot reach memory: down"  # type: ignore[union-attr]
    server.down = False
    await sync(store, server, Settings())
    assert server.articles["1"].read and store.queued_marks() == []
    assert store.get_account().last_error is None  # type: ignore[union-attr]


async def test_a_feed_subscribed_during_the_sync_is_not_skipped(store: Store) -> None:
    """An article of a feed the server got after we listed its feeds is still stored."""

    class Racing(MemoryServer):
        async def new_articles(self, cursor: str | None) -> AsyncIterator[ArticlePage]:
            self.feeds_by_id["f2"] = RemoteFeed("f2", "https://b.example/feed", "B", None)
            self.articles["7"] = RemoteArticle(
                "7", "f2", "Late", "https://b.example/7", None, T0, "<p>Late.</p>", False, False
            )
            async for page in super().new_articles(cursor):
                yield page

    server = Racing()
    server.add(1, "One")
    summary = await sync(store, server, Settings())
    assert summary.new_articles == 2 and summary.feeds_added == 2
    assert set(state(store)) == {"One", "Late"}


async def test_articles_this_folder_already_had_merge_their_marks(store: Store) -> None:
    """Connecting a folder with history: an article read or starred here (fetched before
    the account) is the server's article with the same link, and its marks go up."""
    from newsreader.models import ParsedEntry
    from newsreader.store import IncomingArticle

    feed = store.add_feed("https://a.example/feed", "A")
    entry = ParsedEntry("own-guid", "https://a.example/1", "One")
    article_id = store.store_entries(feed.id, [IncomingArticle(entry)]).new_ids[0]
    store.set_read([article_id])
    store.bookmark(article_id)
    server = MemoryServer()
    server.add(1, "One")
    server.add(2, "Two", read=True)
    await sync(store, server, Settings())
    assert len(store.list_headlines(ArticleFilter())) == 2  # merged, not duplicated
    assert (server.articles["1"].read, server.articles["1"].starred) == (True, True)
    assert state(store) == {"One": (True, True), "Two": (True, False)}


def known(read: bool = False, starred: bool = False, **local: bool) -> KnownState:
    return KnownState(
        article_id=1,
        remote_read=read,
        remote_starred=starred,
        read=local.get("now_read", read),
        starred=local.get("now_starred", starred),
    )


def mark(field: str, value: bool, at: datetime, seq: int = 1) -> QueuedMark:
    return QueuedMark(seq, "1", field, value, at)


def test_plan_local_change_only_is_pushed() -> None:
    plan = plan_marks(
        [mark("read", True, T0 + timedelta(minutes=5))],
        RemoteStates(read={"1": False}, starred=set()),
        {"1": known(now_read=True)},
        last_sync=T0,
        now=T0 + timedelta(hours=1),
    )
    assert dict(plan.push) == {("read", True): ["1"]} and not plan.apply and plan.conflicts == 0
    assert plan.done_up_to == 1


def test_plan_server_change_only_is_applied() -> None:
    plan = plan_marks(
        [],
        RemoteStates(read={"1": True}, starred={"1"}),
        {"1": known()},
        last_sync=T0,
        now=T0 + timedelta(hours=1),
    )
    assert dict(plan.apply) == {"1": {"read": True, "starred": True}} and not plan.push


@pytest.mark.parametrize(
    ("minutes", "winner"),
    [(50, "local"), (10, "server")],
)
def test_plan_conflict_newer_change_wins(minutes: int, winner: str) -> None:
    """Both sides changed the star since the last sync: the server's change is dated
    in the middle of last sync..now (its API gives no time); the later one wins."""
    plan = plan_marks(
        [mark("starred", False, T0 + timedelta(minutes=minutes))],
        RemoteStates(read={"1": False}, starred={"1"}),  # another client starred it
        {"1": known(now_starred=False)},  # starred and unstarred here since
        last_sync=T0,
        now=T0 + timedelta(hours=1),
    )
    assert plan.conflicts == 1
    if winner == "local":
        assert dict(plan.push) == {("starred", False): ["1"]} and not plan.apply
    else:
        assert dict(plan.apply) == {"1": {"starred": True}} and not plan.push


def test_plan_read_outside_the_window_is_pushed() -> None:
    plan = plan_marks(
        [mark("read", True, T0)],
        RemoteStates(read={}, starred=set()),
        {"1": known(now_read=True)},
        last_sync=T0 - timedelta(hours=1),
        now=T0 + timedelta(hours=1),
    )
    assert dict(plan.push) == {("read", True): ["1"]}


def test_plan_marks_of_articles_no_longer_here_still_go_up() -> None:
    plan = plan_marks([mark("starred", True, T0)], RemoteStates(read={}, starred=set()), {}, T0, T0)
    assert dict(plan.push) == {("starred", True): ["1"]}

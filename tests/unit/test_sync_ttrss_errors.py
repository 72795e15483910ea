"""The TT-RSS client's error paths, with httpx.MockTransport: each becomes one clear line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from newsreader.cli import main
from newsreader.sync.service import (
    ApiDisabled,
    LoginFailed,
    NotAServer,
    ServerUnreachable,
    SyncError,
)
from newsreader.sync.ttrss import TtrssService, api_url

Handler = Callable[[httpx.Request], httpx.Response]


def reply(content: object, status: int = 0) -> httpx.Response:
    return httpx.Response(200, json={"seq": 0, "status": status, "content": content})


def service(handler: Handler) -> TtrssService:
    return TtrssService(
        "https://rss.example/tt-rss", "ann", "secret", transport=httpx.MockTransport(handler)
    )


async def login_error(handler: Handler) -> SyncError:
    client = service(handler)
    try:
        with pytest.raises(SyncError) as caught:
            await client.feeds()
    finally:
        await client.close()
    return caught.value


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h/tt-rss", "https://h/tt-rss/api/"),
        ("https://h/tt-rss/", "https://h/tt-rss/api/"),
        ("https://h/tt-rss/api", "https://h/tt-rss/api/"),
        ("https://h/", "https://h/api/"),
    ],
)
def test_api_url(url: str, expected: str) -> None:
    assert api_url(url) == expected


async def test_wrong_password() -> None:
    error = await login_error(lambda request: reply({"error": "LOGIN_ERROR"}, status=1))
    assert isinstance(error, LoginFailed)
    assert "wrong user name or password" in str(error) and "'ann'" in str(error)


async def test_api_disabled_says_how_to_switch_it_on() -> None:
    error = await login_error(lambda request: reply({"error": "API_DISABLED"}, status=1))
    assert isinstance(error, ApiDisabled)
    assert "Enable API" in str(error) and "Preferences" in str(error)


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="<html><body>Welcome to my blog</body></html>"),
        httpx.Response(404, text="not found"),
        httpx.Response(200, json={"hello": "world"}),
    ],
)
async def test_a_url_that_is_not_ttrss(response: httpx.Response) -> None:
    error = await login_error(lambda request: response)
    assert isinstance(error, NotAServer)
    assert "does not answer as a TT-RSS server" in str(error)


async def test_server_down() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    error = await login_error(refuse)
    assert isinstance(error, ServerUnreachable)
    assert str(error).startswith("cannot reach https://rss.example/tt-rss")


async def test_an_expired_session_logs_in_again() -> None:
    sessions: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        if body["op"] == "login":
            sessions.append(f"s{len(sessions)}")
            return reply({"session_id": sessions[-1]})
        if body["op"] == "getCategories":
            return reply([{"id": 1, "title": "Tech"}])
        if body["sid"] == "s0":
            return reply({"error": "NOT_LOGGED_IN"}, status=1)
        return reply([{"id": 7, "feed_url": "https://a.example/feed", "title": "A", "cat_id": 1}])

    client = service(handler)
    try:
        feeds = await client.feeds()
    finally:
        await client.close()
    assert sessions == ["s0", "s1"]
    assert [(f.remote_id, f.url, f.folder) for f in feeds] == [
        ("7", "https://a.example/feed", "Tech")
    ]


def test_account_add_reports_api_disabled_in_one_line_and_stores_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    transport = httpx.MockTransport(lambda request: reply({"error": "API_DISABLED"}, status=1))
    real = httpx.AsyncClient.__init__

    def with_mock(self: httpx.AsyncClient, **kwargs: object) -> None:
        kwargs["transport"] = transport
        real(self, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx.AsyncClient, "__init__", with_mock)
    status = main(
        [
            "account", "add", "ttrss", "https://rss.example/", "--user", "ann",
            "--password-command", "echo secret", "--data-dir", str(tmp_path),
        ]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 1
    assert len(err.strip().splitlines()) == 1 and "Enable API" in err
    assert not (tmp_path / "account-password").exists()
    assert main(["account", "show", "--data-dir", str(tmp_path)]) == 0
    assert "no account" in capsys.readouterr().out


def test_sync_without_an_account_says_how_to_add_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sync", "--data-dir", str(tmp_path)]) == 1
    assert "newsreader account add ttrss" in capsys.readouterr().err


def test_a_failing_password_command_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(
        [
            "account", "add", "ttrss", "https://rss.example/", "--user", "ann",
            "--password-command", "echo nope >&2; exit 3", "--data-dir", str(tmp_path),
        ]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert status == 1
    assert err.strip() == "newsreader: the password command exited with status 3: nope"


async def test_server_text_in_errors_is_sanitised() -> None:
    """An error code or message from the server never reaches the terminal as escapes."""
    error = await login_error(
        lambda request: reply({"session_id": "s"})
        if json.loads(request.content)["op"] == "login"
        else reply({"error": "BAD\x1b]52;c;cGF5bG9hZA==\x07\x1b[2J"}, status=1)
    )
    assert "\x1b" not in str(error) and "\x07" not in str(error)
    assert "BAD" in str(error)

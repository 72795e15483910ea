"""The account of a data folder: which server, which user, where the password comes from.

The account itself lives in the database (`sync_account`); the password never does, nor
does it go into config.toml. It comes either from a command that prints it (like
newsboat's `ttrss-passwordeval`, e.g. `pass show rss`) or from a file only the user can
read (mode 0600), written once when the account is added.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import httpx

from newsreader.paths import Paths
from newsreader.store import SyncAccount
from newsreader.sync.service import SyncError, SyncService
from newsreader.sync.ttrss import TtrssService

ServiceFactory = Callable[..., SyncService]

SERVICES: dict[str, ServiceFactory] = {"ttrss": TtrssService}
"""Protocol name (as typed in `account add KIND`) -> its service class."""

PASSWORD_FILE = "account-password"


def password_path(paths: Paths) -> Path:
    return paths.config_dir / PASSWORD_FILE


def write_password(path: Path, password: str) -> None:
    """Keep the password in a file only its owner can read or write (created 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(descriptor, 0o600)
        os.write(descriptor, password.encode("utf-8"))
    finally:
        os.close(descriptor)
    temporary.replace(path)


def run_password_command(command: str) -> str:
    """The first line a password command prints (its trailing newline dropped)."""
    try:
        done = subprocess.run(
            command,
            shell=True,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SyncError(f"the password command failed: {error}") from None
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or [""])[0][:200]
        raise SyncError(
            f"the password command exited with status {done.returncode}"
            + (f": {detail}" if detail else "")
        )
    lines = done.stdout.splitlines()
    if not lines or not lines[0]:
        raise SyncError("the password command printed nothing")
    return lines[0]


def read_password(account: SyncAccount) -> str:
    if account.password_command:
        return run_password_command(account.password_command)
    if account.password_file:
        path = Path(account.password_file)
        try:
            return path.read_text(encoding="utf-8")
        except OSError as error:
            raise SyncError(
                f"cannot read the stored password ({path}: {error.strerror or error}); "
                "run `newsreader account add` again"
            ) from None
    raise SyncError("the account has no password; run `newsreader account add` again")


def open_service(
    account: SyncAccount,
    *,
    password: str | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> SyncService:
    """A logged-out client for the account's server (it logs in on its first call)."""
    factory = SERVICES.get(account.kind)
    if factory is None:
        raise SyncError(f"unknown account kind {account.kind!r} (known: {', '.join(SERVICES)})")
    secret = password if password is not None else read_password(account)
    return factory(account.url, account.username, secret, transport=transport)

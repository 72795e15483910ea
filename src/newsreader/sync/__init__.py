"""Sync with a feed server: subscriptions, new articles and read/star marks.

`service.py` says what a server must offer (`SyncService`); `ttrss.py` speaks Tiny Tiny
RSS's JSON API; `engine.py` is the protocol-independent sync itself; `account.py` keeps
the account and its password; `subscriptions.py` makes add/remove/import act on the
server. A second protocol (the Google Reader API of FreshRSS, Miniflux, Inoreader) is one
more module implementing `SyncService`, registered in `account.SERVICES`. No Textual here.
"""

from __future__ import annotations

from newsreader.sync.service import (
    ApiDisabled,
    LoginFailed,
    NotAServer,
    ServerUnreachable,
    SyncError,
)

__all__ = ["ApiDisabled", "LoginFailed", "NotAServer", "ServerUnreachable", "SyncError"]

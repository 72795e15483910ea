"""Small conversions the feed parsers share."""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urljoin

T = TypeVar("T")


def cap_entries(entries: Sequence[T], max_entries: int | None) -> tuple[list[T], int]:
    """The first `max_entries` entries and how many were left out.

    The count is kept so a refresh can say a feed held more than the cap, rather than
    lose the rest without a word.
    """
    if max_entries is None or len(entries) <= max_entries:
        return list(entries), 0
    return list(entries[:max_entries]), len(entries) - max_entries


def to_utc(value: object) -> datetime | None:
    """A feed date in any common format as an aware UTC datetime, or None.

    ISO 8601 / RFC 3339 and RFC 822 are tried first (cheap); anything else goes through
    feedparser's date parser, which knows the odd formats feeds use in the wild. A date
    without a zone is taken to be UTC.
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        moment_or_none = _parse_date(value.strip())
        if moment_or_none is None:
            return None
        moment = moment_or_none
    else:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None


def _parse_date(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    from feedparser.datetimes import (  # type: ignore[import-untyped]
        _parse_date as feedparser_date,
    )

    try:
        parsed = feedparser_date(text)
    except Exception:  # feedparser's date handlers are many and not all careful
        return None
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6]).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


def absolute_url(base: str, value: str) -> str | None:
    """`value` resolved against `base`, or None when either is not a URL at all.

    `urljoin` raises ValueError on a malformed host (`http://[::1`, an unclosed IPv6
    bracket) or port; one such link in a feed must cost that link, not the whole feed.
    """
    try:
        return urljoin(base, value)
    except ValueError:
        return None

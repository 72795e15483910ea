"""Publication dates as timezone-aware UTC datetimes.

Pages state dates as ISO 8601 (JSON-LD, `<time datetime>`, `article:published_time`),
RFC 2822 (feeds copied into meta tags) or bare dates. A date without a zone is taken to
be UTC: guessing the site's zone would be wrong as often as not.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

_ISO_LIKE = re.compile(
    r"(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?",
    re.IGNORECASE,
)


def parse_date(value: str | None) -> datetime | None:
    """Parse a date string into an aware UTC datetime, or None if it is not a date.

    Args:
        value: any date-like string from a page.

    Returns:
        The instant in UTC; dates far outside 1990-2100 are rejected as junk.
    """
    if not value:
        return None
    value = value.strip()[:64]
    parsed = _parse_iso(value)
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        parsed = parsed.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    if not 1990 <= parsed.year <= 2100:
        return None
    return parsed


def _parse_iso(value: str) -> datetime | None:
    """Parse ISO 8601 variants that `datetime.fromisoformat` rejects or misreads."""
    match = _ISO_LIKE.match(value)
    if match is None:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    text = f"{year}-{month}-{day}T{hour or '00'}:{minute or '00'}:{second or '00'}"
    if zone:
        if zone.upper() == "Z":
            zone = "+00:00"
        elif len(zone) == 3:
            zone += ":00"
        elif ":" not in zone:
            zone = f"{zone[:3]}:{zone[3:]}"
        text += zone
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None

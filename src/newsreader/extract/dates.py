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
            parsed = _parse_words(value)
    if parsed is None:
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


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?")


def _parse_words(value: str) -> datetime | None:
    """English dates written out: "12 March 2024", "Mar. 12, 2024 10:30 am"."""
    lowered = value.lower()
    match = _DAY_MONTH_YEAR.search(lowered)
    if match:
        day, month_name, year = match.groups()
    else:
        match = _MONTH_DAY_YEAR.search(lowered)
        if match is None:
            return None
        month_name, day, year = match.groups()
    month = _MONTHS.get(month_name)
    if month is None:
        return None
    hour = minute = 0
    clock = _CLOCK.search(lowered, match.end())
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        meridiem = (clock.group(3) or "").replace(".", "")
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
    try:
        return datetime(int(year), month, int(day), hour, minute)
    except ValueError:
        return None


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

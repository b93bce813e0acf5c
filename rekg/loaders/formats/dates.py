"""Publication dates in the many shapes sources write them, normalised to ISO 8601 dates."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T\s_]|Z)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|$)")
_SLASHED = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"([A-Za-z]{3,9})\.?"
_MONTH_FIRST = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DAY_FIRST = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})\b")
ISO_DATE_LINE = re.compile(
    r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$"
)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def normalize_date(value: object) -> str | None:
    """The ISO 8601 date (``YYYY-MM-DD``) a value names, or None when it names none.

    The date is taken as written, in the writer's time zone: "2025-04-07T23:30-05:00" is
    2025-04-07. Numbers are Unix timestamps (seconds, or milliseconds when very large).
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text:
        return None
    for pattern in (_ISO, _COMPACT, _SLASHED):
        match = pattern.match(text)
        if match:
            return _valid(int(match[1]), int(match[2]), int(match[3]))
    if "," in text[:5] or re.search(r"\d{2}:\d{2}", text):
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed.date().isoformat()
    match = _MONTH_FIRST.search(text)
    if match and match[1].lower() in _MONTHS:
        return _valid(int(match[3]), _MONTHS[match[1].lower()], int(match[2]))
    match = _DAY_FIRST.search(text)
    if match and match[2].lower() in _MONTHS:
        return _valid(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
    return None


def is_iso_date_line(line: str) -> bool:
    """True when a whole line is an ISO 8601 date (optionally with a time)."""
    return bool(ISO_DATE_LINE.match(line.strip())) and normalize_date(line) is not None


def is_date_line(line: str) -> bool:
    """True when a line is nothing but a date: ISO 8601, or a short dateline such as
    "Monday, April 7, 2025" (a sentence that merely contains a date is not one)."""
    line = line.strip()
    if is_iso_date_line(line):
        return True
    return (
        len(line) <= 40
        and len(line.split()) <= 6
        and line[-1:] != "."
        and normalize_date(line) is not None
    )

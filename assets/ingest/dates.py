"""Publication dates: whatever a source gives -> ISO 8601 text, or None when unparseable.

Only ISO 8601 is accepted (what feeds, front matter and `article:published_time` carry). The
standard library parses it exactly; a lenient parser such as dateparser would also "understand"
typos and prose, which we would rather quarantine than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")


def _format_datetime(value: dt.datetime) -> str:
    """'YYYY-MM-DDTHH:MM:SS' plus the UTC offset when one is given ('+00:00', never 'Z')."""
    return value.replace(microsecond=0).isoformat(timespec="seconds")


def normalize_published_at(value: Any) -> str | None:
    """'YYYY-MM-DD' for a date, 'YYYY-MM-DDTHH:MM:SS[+HH:MM]' for a time; None if unparseable."""
    if isinstance(value, dt.datetime):  # YAML front matter gives datetimes for bare timestamps
        return _format_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if _DATE_ONLY.fullmatch(text):
            return dt.date.fromisoformat(text).isoformat()
        if len(text) < 11:  # a bare date in another shape ('2024-W05', '2024-01') is too vague
            return None
        return _format_datetime(dt.datetime.fromisoformat(text))
    except ValueError:
        return None

"""The calendar day an article was published, read from its `published_at` text.

One reading for every stage: the extractor resolves relative dates ("yesterday", "on Tuesday")
against this day, and ingest stores it as the articles table's `published_date`. The day is
the one of the article's own clock: the date part of an ISO datetime as written, whatever its
UTC offset ("2024-05-25T00:30:00+03:00" is 25 May, although it is 24 May in UTC), a naive
datetime's date, or a date-only value itself.
"""

from __future__ import annotations

from datetime import date, datetime


def publication_day(published_at: object) -> date | None:
    """The publication date of 'YYYY-MM-DD' or an ISO datetime (its local date); None when
    neither can be read from the text (missing, empty, not a date)."""
    s = str(published_at or "").strip()
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(s[:10])
        except ValueError:
            return None

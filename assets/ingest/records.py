"""Article and quarantine records, and the field checks every reader shares.

A reader turns one raw record (a JSONL line, a front-matter file, an HTML page) into a mapping of
fields; `article_from_fields` validates that mapping and builds a `RawArticle`, or says why not.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from assets.ids import article_id_for
from assets.ingest.dates import normalize_published_at

Format = Literal["jsonl", "markdown", "text", "html"]
OPTIONAL_TEXT_FIELDS = ("url", "outlet", "title", "language")


@dataclass(frozen=True)
class RawArticle:
    """One article as read from the raw folder, before cleaning."""

    article_id: str
    source_path: str
    source_line: int | None
    format: Format
    sha256: str
    url: str | None
    outlet: str | None
    title: str | None
    published_at: str
    language: str | None
    text: str


@dataclass(frozen=True)
class Quarantined:
    """A raw file or line that could not be read as an article, and why."""

    source_path: str
    source_line: int | None
    record_id: str | None
    reason: str


class Rejected(Exception):
    """Raised inside a reader when a record must be quarantined; the message is the reason."""


def _optional_text(fields: Mapping[str, Any], key: str) -> str | None:
    value = fields.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date):
        raise Rejected(f"{key} must be a string, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise Rejected(f"{key} must be a string, got {value}")
    text = str(value).strip()
    return text or None


def _record_id(fields: Mapping[str, Any]) -> str | None:
    """The record's own id, kept exactly as given (it is data, never a path)."""
    value = fields.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise Rejected(f"id must be a string, got {type(value).__name__}")
    return str(value)


def _language(value: str | None) -> str | None:
    """ISO 639-1 code from a language tag: 'en-GB' -> 'en'."""
    if value is None:
        return None
    return value.replace("_", "-").split("-")[0].strip().lower() or None


def record_id_or_none(fields: Mapping[str, Any]) -> str | None:
    """The record's id for a quarantine entry, or None when it has no usable one."""
    try:
        return _record_id(fields)
    except Rejected:
        return None


def article_from_fields(fields: Mapping[str, Any], *, text: Any, source_path: str,
                        source_line: int | None, fmt: Format, sha256: str,
                        max_chars: int) -> RawArticle:
    """Validate one record's fields and build its article; raises `Rejected` with the reason."""
    record_id = _record_id(fields)
    if text is None or (isinstance(text, str) and not text.strip()):
        raise Rejected("missing or empty text")
    if not isinstance(text, str):
        raise Rejected(f"text must be a string, got {type(text).__name__}")
    if len(text) > max_chars:
        raise Rejected(f"article too long: {len(text)} characters (max {max_chars})")
    if fields.get("published_at") in (None, ""):
        raise Rejected("missing published_at")
    published_at = normalize_published_at(fields["published_at"])
    if published_at is None:
        raise Rejected(f"malformed published_at: {fields['published_at']!r}")
    if published_at[:10] < "2014-01-01":
        raise Rejected(f"published_at before 2014-01-01: {published_at}")
    url, outlet, title, language = (_optional_text(fields, k) for k in OPTIONAL_TEXT_FIELDS)
    return RawArticle(
        article_id=record_id if record_id is not None else article_id_for(sha256),
        source_path=source_path,
        source_line=source_line,
        format=fmt,
        sha256=sha256,
        url=url,
        outlet=outlet,
        title=title,
        published_at=published_at,
        language=_language(language),
        text=text,
    )

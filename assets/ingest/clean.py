"""Clean article text: the exact string every evidence offset downstream points into."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from assets.ingest.records import RawArticle
from assets.publication_day import publication_day
from assets.schema import ARTICLES

DERIVED = "published_date"  # the one ARTICLES column the raw article does not carry

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def clean_text(raw: RawArticle) -> str:
    """Newlines to \\n, NFC, no trailing spaces, at most one blank line. The headline is not
    added: it stays in the `title` column, and the extractor reads it from there (a body that
    starts with its headline keeps it, as the source gave it)."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", raw.text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", text).strip()


def article_row(raw: RawArticle) -> dict[str, Any]:
    """The ARTICLES columns of the contract for one article, plus its clean text and source.
    published_date is derived: the day the extractor reads from published_at."""
    row = {name: publication_day(raw.published_at) if name == DERIVED else getattr(raw, name)
           for name in ARTICLES.column_names}
    row["text"] = clean_text(raw)
    row["source_path"] = raw.source_path
    return row

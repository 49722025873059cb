"""Clean article text: the exact string every evidence offset downstream points into."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from assets.ingest.records import RawArticle
from assets.schema import ARTICLES

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _squash(text: str) -> str:
    """Case- and whitespace-insensitive form, for comparing a title with the text's start."""
    return " ".join(text.split()).casefold()


def clean_text(raw: RawArticle) -> str:
    """Newlines to \\n, NFC, no trailing spaces, at most one blank line; title first if missing."""
    text = unicodedata.normalize("NFC", _NEWLINES.sub("\n", raw.text))
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_RUNS.sub("\n\n", text).strip()
    title = " ".join(unicodedata.normalize("NFC", raw.title or "").split())
    if title and not _squash(text).startswith(_squash(title)):
        text = f"{title}\n\n{text}"
    return text


def article_row(raw: RawArticle) -> dict[str, Any]:
    """The ARTICLES columns of the contract for one article, plus its clean text and source."""
    row = {name: getattr(raw, name) for name in ARTICLES.column_names}
    row["text"] = clean_text(raw)
    row["source_path"] = raw.source_path
    return row

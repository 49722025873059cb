"""HTML pages: main text and metadata by trafilatura, plus the few meta tags it does not read.

trafilatura is imported inside the reader: it is slow to import and only HTML needs it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from assets.ingest.decode import decode_bytes
from assets.ingest.records import (
    Quarantined,
    RawArticle,
    Rejected,
    article_from_fields,
    record_id_or_none,
)


def _first(tree: Any, xpath: str) -> str | None:
    values = [v.strip() for v in tree.xpath(xpath) if isinstance(v, str) and v.strip()]
    return values[0] if values else None


def _extract(text: str) -> tuple[dict[str, Any], str | None]:
    """(fields, main text) of a page; the text has one blank line between blocks."""
    import trafilatura

    tree = trafilatura.load_html(text)
    if tree is None:
        raise Rejected("could not parse HTML")
    # Read our own tags first: trafilatura prunes the tree it is given.
    own = {
        "id": _first(tree, '//meta[@name="article-id"]/@content'),
        "published_at": _first(tree, '//meta[@property="article:published_time"]/@content'),
        "language": _first(tree, "/html/@lang"),
    }
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    if doc is None:
        return own, None
    fields = {
        "id": own["id"],
        "url": doc.url,
        "title": doc.title,
        "outlet": doc.sitename,
        "language": own["language"] or doc.language,
        # trafilatura's date is day-only; the meta tag keeps the time and offset when given.
        "published_at": own["published_at"] or doc.date,
    }
    # trafilatura's text puts each block (paragraph, heading, list item) on one line.
    body = "\n\n".join(line for line in (doc.text or "").split("\n") if line.strip())
    return fields, body


def read_html(data: bytes, rel: str, *, max_chars: int) -> RawArticle | Quarantined:
    """One article from an HTML file's bytes, or the reason it is quarantined."""
    fields: dict[str, Any] = {}
    try:
        try:
            fields, body = _extract(decode_bytes(data))
        except Rejected:
            raise
        except Exception as err:  # a parser crash on hostile input must not stop the run
            raise Rejected(f"HTML extraction failed: {type(err).__name__}: {err}") from err
        if not body:
            raise Rejected("no main text found in HTML")
        if not fields.get("published_at"):
            raise Rejected("missing published_at: no article:published_time or date in HTML")
        return article_from_fields(fields, text=body, source_path=rel, source_line=None,
                                   fmt="html", sha256=hashlib.sha256(data).hexdigest(),
                                   max_chars=max_chars)
    except Rejected as err:
        return Quarantined(rel, None, record_id_or_none(fields), str(err))

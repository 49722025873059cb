"""Markdown and text files: a YAML front-matter block (between '---' lines), then the body."""

from __future__ import annotations

import hashlib

import yaml

from assets.ingest.decode import decode_bytes
from assets.ingest.records import (
    Format,
    Quarantined,
    RawArticle,
    Rejected,
    article_from_fields,
    record_id_or_none,
)

_OPEN = "---"
_CLOSE = ("---", "...")


def split_front_matter(text: str) -> tuple[str, str]:
    """(YAML block, body) of a front-matter document; raises `Rejected` when there is none."""
    lines = text.split("\n")
    if lines[0].rstrip() != _OPEN:
        raise Rejected("no front matter: file must start with a '---' line")
    for i, line in enumerate(lines[1:], start=1):
        if line.rstrip() in _CLOSE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    raise Rejected("front matter not closed: no second '---' line")


def read_front_matter(data: bytes, rel: str, fmt: Format, *,
                      max_chars: int) -> RawArticle | Quarantined:
    """One article from a front-matter file's bytes, or the reason it is quarantined."""
    fields: dict = {}
    try:
        block, body = split_front_matter(decode_bytes(data).replace("\r\n", "\n"))
        try:
            meta = yaml.safe_load(block)
        except yaml.YAMLError as err:
            problem = getattr(err, "problem", None) or type(err).__name__
            raise Rejected(f"bad YAML front matter: {problem}") from err
        if not isinstance(meta, dict):
            raise Rejected("front matter is not a mapping of keys to values")
        fields = meta
        return article_from_fields(fields, text=body, source_path=rel, source_line=None, fmt=fmt,
                                   sha256=hashlib.sha256(data).hexdigest(), max_chars=max_chars)
    except Rejected as err:
        return Quarantined(rel, None, record_id_or_none(fields), str(err))

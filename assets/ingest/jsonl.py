"""JSONL feeds: one article object per line, read line by line so a feed of any size streams."""

from __future__ import annotations

import codecs
import hashlib
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from assets.ingest.decode import decode_bytes
from assets.ingest.records import (
    Quarantined,
    RawArticle,
    Rejected,
    article_from_fields,
    record_id_or_none,
)

_CHUNK = 1 << 20


def _lines(f: BinaryIO, max_line_bytes: int) -> Iterator[tuple[int, bytes | str]]:
    """(line number, bytes without terminator), or the reason a line cannot be read (str)."""
    lineno = 0
    while line := f.readline(max_line_bytes + 1):
        lineno += 1
        if len(line) > max_line_bytes:
            while line and not line.endswith(b"\n"):  # skip the rest of the oversize line
                line = f.readline(_CHUNK)
            yield lineno, f"line too large (over {max_line_bytes} bytes)"
            continue
        line = line.removesuffix(b"\n").removesuffix(b"\r")
        if lineno == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        yield lineno, line


def _utf16_lines(f: BinaryIO, max_line_bytes: int) -> Iterator[tuple[int, bytes | str]]:
    """Like `_lines` for a UTF-16 feed (it has a byte order mark): each line as UTF-8 bytes."""
    text = io.TextIOWrapper(f, encoding="utf-16", errors="strict", newline="")
    lineno = 0
    try:
        while line := text.readline(max_line_bytes + 1):
            lineno += 1
            if len(line) > max_line_bytes:
                while line and not line.endswith("\n"):
                    line = text.readline(_CHUNK)
                yield lineno, f"line too large (over {max_line_bytes} characters)"
                continue
            yield lineno, line.removesuffix("\n").removesuffix("\r").encode("utf-8")
    except UnicodeDecodeError:  # the rest of the file cannot be read
        yield lineno + 1, "invalid UTF-16 from this line on"
    finally:
        text.detach()


def _read_line(line: bytes, rel: str, lineno: int, max_chars: int) -> RawArticle | Quarantined:
    fields: dict = {}
    try:
        try:
            obj = json.loads(decode_bytes(line))
        except json.JSONDecodeError as err:
            raise Rejected(f"bad JSON: {err.msg} (column {err.colno})") from err
        if not isinstance(obj, dict):
            raise Rejected(f"line is not a JSON object but {type(obj).__name__}")
        fields = obj
        return article_from_fields(fields, text=fields.get("text"), source_path=rel,
                                   source_line=lineno, fmt="jsonl",
                                   sha256=hashlib.sha256(line).hexdigest(), max_chars=max_chars)
    except Rejected as err:
        return Quarantined(rel, lineno, record_id_or_none(fields), str(err))


def iter_jsonl(path: Path, rel: str, *, max_line_bytes: int,
               max_chars: int) -> Iterator[RawArticle | Quarantined]:
    """Articles of a JSONL file; a bad line is quarantined with its number, the rest go in.

    The size limit applies per line here (a feed may be large; an article may not). An article's
    sha256 is that of its line's bytes without the line terminator (and without a leading BOM);
    a UTF-16 feed's lines are hashed as UTF-8.
    """
    with path.open("rb") as f:
        head = f.read(8192)
        utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if b"\x00" in head and not utf16:
            yield Quarantined(rel, None, None, "binary content (contains NUL bytes), not JSONL")
            return
        f.seek(0)
        seen_content = False
        lines = _utf16_lines(f, max_line_bytes) if utf16 else _lines(f, max_line_bytes)
        for lineno, line in lines:
            if isinstance(line, str):
                yield Quarantined(rel, lineno, None, line)
            elif line.strip():
                seen_content = True
                yield _read_line(line, rel, lineno, max_chars)
        if not seen_content:
            yield Quarantined(rel, None, None, "empty file")

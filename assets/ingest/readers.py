"""Raw input -> article records: the raw folder's files in sorted path order, one at a time.

Formats by extension: `.jsonl` (one article per line), `.md`/`.txt` (YAML front matter + body),
`.html`/`.htm` (main text by trafilatura). Anything that cannot be read as an article becomes a
`Quarantined` record with its reason; bad content never raises. Files with other extensions are
skipped (see `list_skipped_files`), and so are README files that document the folder itself;
hidden files and folders are ignored.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePath, PurePosixPath

from assets.ingest.frontmatter import read_front_matter
from assets.ingest.html_page import read_html
from assets.ingest.jsonl import iter_jsonl
from assets.ingest.records import Format, Quarantined, RawArticle

__all__ = ["RawArticle", "Quarantined", "iter_raw_dir", "iter_file", "list_raw_files",
           "list_raw_rels", "list_skipped_files", "FORMATS", "MAX_FILE_BYTES", "MAX_CHARS"]

FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".md": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_CHARS = 200_000
UNREADABLE = "cannot read file"  # quarantine reason of a file the OS will not let us read


def _walk_rels(raw_dir: Path) -> list[tuple[str, str]]:
    """(POSIX relative path, path) of every non-hidden regular file under raw_dir, sorted by
    the relative path. Strings, not Path objects: a run lists the folder several times, and
    3,000 files made ~12,000 Path objects and `relative_to` calls each time."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw folder not found (or not a folder): {raw_dir}")
    found: list[tuple[str, str]] = []
    top = os.fspath(raw_dir)
    for root, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_root = os.path.relpath(root, top)
        prefix = "" if rel_root == os.curdir else rel_root.replace(os.sep, "/") + "/"
        for f in files:
            if not f.startswith("."):
                full = os.path.join(root, f)
                if os.path.isfile(full):
                    found.append((prefix + f, full))
    found.sort()
    return found


def _walk(raw_dir: Path) -> list[Path]:
    """Every non-hidden regular file under raw_dir, sorted by POSIX relative path."""
    return [Path(full) for _rel, full in _walk_rels(raw_dir)]


def _is_readable(path: PurePath) -> bool:
    return path.suffix.lower() in FORMATS and not path.name.lower().startswith("readme")


def list_raw_files(raw_dir: Path) -> list[Path]:
    """The files `iter_raw_dir` reads, in the order it reads them."""
    return [p for p in _walk(Path(raw_dir)) if _is_readable(p)]


def list_raw_rels(raw_dir: Path) -> list[str]:
    """The POSIX relative paths of `list_raw_files(raw_dir)`, in the same order."""
    return [rel for rel, _full in _walk_rels(Path(raw_dir))
            if _is_readable(PurePosixPath(rel))]


def list_skipped_files(raw_dir: Path) -> list[Path]:
    """Non-hidden files no reader handles, and READMEs (reported, not quarantined)."""
    return [p for p in _walk(Path(raw_dir)) if not _is_readable(p)]


def iter_file(path: Path, raw_dir: Path, *, max_file_bytes: int = MAX_FILE_BYTES,
              max_chars: int = MAX_CHARS) -> Iterator[RawArticle | Quarantined]:
    """Articles (or quarantine records) of one raw file; nothing for an unsupported extension."""
    path = Path(path)
    rel = path.relative_to(raw_dir).as_posix() if path.is_relative_to(raw_dir) else path.name
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        return
    try:
        if fmt == "jsonl":
            yield from iter_jsonl(path, rel, max_line_bytes=max_file_bytes, max_chars=max_chars)
            return
        size = path.stat().st_size
        if size > max_file_bytes:
            yield Quarantined(rel, None, None, f"file too large: {size} bytes "
                                               f"(max {max_file_bytes})")
            return
        with path.open("rb") as f:
            data = f.read(max_file_bytes + 1)
    except OSError as err:
        yield Quarantined(rel, None, None, f"{UNREADABLE}: {err.strerror or err}")
        return
    if len(data) > max_file_bytes:  # grew since stat()
        yield Quarantined(rel, None, None, f"file too large: over {max_file_bytes} bytes")
    elif fmt == "html":
        yield read_html(data, rel, max_chars=max_chars)
    else:
        yield read_front_matter(data, rel, fmt, max_chars=max_chars)


def iter_raw_dir(raw_dir: Path, *, max_file_bytes: int = MAX_FILE_BYTES,
                 max_chars: int = MAX_CHARS) -> Iterator[RawArticle | Quarantined]:
    """Every article (or quarantine record) under raw_dir, file by file in sorted path order."""
    raw_dir = Path(raw_dir)
    for path in list_raw_files(raw_dir):
        yield from iter_file(path, raw_dir, max_file_bytes=max_file_bytes, max_chars=max_chars)

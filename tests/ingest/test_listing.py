"""The raw folder's listing (`readers._walk_rels`, `list_raw_rels`) is the one the readers have
always used: non-hidden regular files sorted by POSIX relative path, READMEs and unknown
extensions left out, symlinked folders not entered."""

from __future__ import annotations

import os
from pathlib import Path

from assets.ingest.load import raw_files_by_key
from assets.ingest.readers import _is_readable, list_raw_files, list_raw_rels, list_skipped_files


def _reference_walk(raw_dir: Path) -> list[Path]:
    """The listing as it was written before strings replaced Path objects."""
    found = []
    for root, dirs, files in os.walk(raw_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files if not f.startswith(".")]
    found = [p for p in found if p.is_file()]
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


def _tricky_folder(raw: Path) -> Path:
    for rel in ["b.jsonl", "a.md", "A.MD", "z/c.html", "z/y/d.HTM", "z-a.txt", "z.txt",
                "README.md", "readme.txt", "notes.csv", "x.", ".hidden.md", ".git/e.md",
                "sub/.f.jsonl", "sub/g.JSONL", "sub/README", "dots..md", "tar.gz.jsonl"]:
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_text("x", encoding="utf-8")
    (raw / "sub" / "folder.md").mkdir()  # a folder with a reader's extension
    (raw / "link.md").symlink_to(raw / "a.md")  # a link to a file is read
    (raw / "broken.md").symlink_to(raw / "missing.md")  # a dangling link is not
    (raw / "linked").symlink_to(raw / "z", target_is_directory=True)  # not entered
    return raw


def test_the_listing_matches_the_reference(tmp_path: Path):
    raw = _tricky_folder(tmp_path / "raw")
    reference = _reference_walk(raw)
    assert list_raw_files(raw) == [p for p in reference if _is_readable(p)]
    assert list_skipped_files(raw) == [p for p in reference if not _is_readable(p)]
    rels = [p.relative_to(raw).as_posix() for p in reference if _is_readable(p)]
    assert list_raw_rels(raw) == rels
    assert list(raw_files_by_key(raw).values()) == rels
    assert "z-a.txt" in rels and rels.index("z-a.txt") < rels.index("z/c.html")  # '-' < '/'
    assert "link.md" in rels and "broken.md" not in rels
    assert not any(r.startswith(("linked/", ".git/")) or "README" in r for r in rels)


def test_a_relative_raw_dir_lists_the_same(tmp_path: Path, monkeypatch):
    raw = _tricky_folder(tmp_path / "raw")
    monkeypatch.chdir(tmp_path)
    assert list_raw_rels(Path("raw")) == list_raw_rels(raw)
    assert list_raw_files(Path("raw/")) == [p for p in _reference_walk(Path("raw/"))
                                            if _is_readable(p)]

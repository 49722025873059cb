"""What a release was built from: the raw snapshot, the extractor and the package versions."""

from __future__ import annotations

import json
import shutil
from importlib import metadata
from pathlib import Path

import duckdb

from assets.extract.extractor import EXTRACTOR_VERSION
from assets.ids import file_sha256
from assets.warehouse import Home, validation_docs_dir

PACKAGES = ("strikes", "duckdb", "pyarrow", "dagster", "great-expectations", "frictionless",
            "trafilatura")


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "unknown"


def raw_dir_label(home: Home, raw_dir: Path) -> str:
    """The raw folder relative to HOME (so a rebuild elsewhere records the same), else absolute."""
    try:
        return raw_dir.resolve().relative_to(home.root).as_posix()
    except ValueError:
        return raw_dir.resolve().as_posix()


def _sha256(path: Path) -> str | None:
    return file_sha256(path) if path.is_file() else None


def collect_corrections(con: duckdb.DuckDBPyConnection, home: Home) -> dict:
    """The curators' corrections applied to the release's rows (from the curate stage's log)
    and the corrections files they were read from, with their sha256 (for `strikes verify`)."""
    cols = ["name", "file", "entry", "target", "action", "fields", "reason", "curator", "date",
            "fingerprint"]
    rows = con.execute(f"SELECT {', '.join(cols)} FROM corrections WHERE status = 'applied' "
                       "ORDER BY file, entry").fetchall()
    applied = [dict(zip(cols, r, strict=True)) for r in rows]
    for c in applied:
        c["fields"] = json.loads(c["fields"] or "{}")
    files = [r[0] for r in con.execute(
        "SELECT DISTINCT file FROM corrections ORDER BY file").fetchall()]
    return {"applied": applied,
            "files": [{"path": f, "sha256": _sha256(home.root / f)} for f in files]}


def collect_provenance(con: duckdb.DuckDBPyConnection, home: Home, raw_dir: Path) -> dict:
    # arrival: for files holding an article id that another file also holds (a revision),
    # the rank of the ingest pass that first saw the file, which decides the newest revision;
    # `strikes verify` replays it. Other files' order does not matter, so it is not recorded.
    revised = {p for (p,) in con.execute(
        "SELECT DISTINCT source_path FROM raw_articles WHERE article_id IN (SELECT article_id "
        "FROM raw_articles GROUP BY article_id HAVING count(DISTINCT source_path) > 1)"
    ).fetchall()}
    rows = con.execute(
        "SELECT source_path, sha256, bytes, n_articles, n_quarantined, coalesce(arrival, 1) "
        "FROM raw_files ORDER BY source_path").fetchall()
    ranks = {a: i for i, a in enumerate(sorted({r[5] for r in rows if r[0] in revised}), 1)}
    files = []
    for p, s, b, n, q, a in rows:
        entry = {"path": p, "sha256": s, "bytes": int(b), "articles": int(n or 0),
                 "quarantined": int(q or 0)}
        if p in revised:
            entry["arrival"] = ranks[a]
        files.append(entry)
    return {
        "raw_dir": raw_dir_label(home, raw_dir),
        "raw_files": files,
        "extractor_version": EXTRACTOR_VERSION,
        "corrections": collect_corrections(con, home),
        "packages": {p: _version(p) for p in PACKAGES},
    }


def ship_validation_docs(home: Home, version: str) -> Path | None:
    """Copy the Great Expectations Data Docs of the validation a release was built from to
    releases/<version>.validation/, beside the release and outside its hashed payload."""
    src = validation_docs_dir(home)
    dest = home.releases / f"{version}.validation"
    if not (src / "index.html").is_file() or dest.exists():
        return None
    shutil.copytree(src, dest)
    return dest / "index.html"

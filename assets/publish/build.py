"""Write the rest of a release's payload into the temp folder that holds its tables' files.

`tablewise.stream_tables` writes the Parquet and CSV files and keeps what the other files need
from the tables; this writes changes.parquet, then the descriptor that hashes the data files,
then the documents and charts, and SHA256SUMS last over everything else.
"""

from __future__ import annotations

import json
from pathlib import Path

from assets.publish import changelog, charts, datapackage, readme, writers
from assets.publish.changes import CHANGES_TABLE_SCHEMA, change_table
from assets.publish.reduced import Reduced
from assets.publish.writer_options import CURRENT, ParquetOptions


def write_sums(folder: Path, known: dict[str, tuple[int, str]] | None = None) -> None:
    """SHA256SUMS in `sha256sum -c` format over every file in folder except itself. known:
    file name -> (bytes, sha256) of files hashed when they were written (not read again)."""
    known = known or {}
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    lines = [f"{known[f][1] if f in known else writers.sha256_file(folder / f)}  {f}"
             for f in files if f != "SHA256SUMS"]
    writers.write_text("\n".join(lines) + "\n", folder / "SHA256SUMS")


def new_corrections(folder: Path, release: dict, provenance: dict) -> list[dict]:
    """Corrections the release applies that the previous release's provenance did not record
    (same name and content), for the changelog."""
    applied = (provenance.get("corrections") or {}).get("applied", [])
    prev = folder.parent / release["previous"] / "provenance.json" \
        if release.get("previous") else None
    before = json.loads(prev.read_text(encoding="utf-8")).get("corrections") or {} \
        if prev is not None and prev.is_file() else {}
    seen = {(c.get("name"), c.get("fingerprint")) for c in before.get("applied", [])}
    return [c for c in applied if (c.get("name"), c.get("fingerprint")) not in seen]


def build_release(folder: Path, version: str, tables: Reduced, release: dict, validation: dict,
                  provenance: dict, options: ParquetOptions = CURRENT) -> None:
    """Write the rest of release `version`'s payload into folder, which holds its tables'
    Parquet and CSV files (`tablewise.stream_tables`): changes, descriptor, documents,
    charts and checksums, from what was kept of the tables. options: the Parquet writer's,
    which the descriptor records."""
    change_rows = change_table(tables.diffs["incidents"], tables.identity, tables.before,
                               tables.after, tables.added_articles)
    writers.write_parquet(change_rows, folder / "changes.parquet", options)
    stats = dict(tables.stats)
    path = folder / "changes.parquet"
    stats[path.name] = (path.stat().st_size, writers.sha256_file(path))
    sources = datapackage.sources(provenance.get("raw_dir"), tables.rows["articles"])
    package = datapackage.descriptor(version, sources, tables.created, stats,
                                     CHANGES_TABLE_SCHEMA, release, options.record())
    writers.write_json(package, folder / "datapackage.json")
    writers.write_json(validation, folder / "validation.json")
    writers.write_json(provenance, folder / "provenance.json")

    section = changelog.section(version, release["bump"], release["reason"],
                                package.get("created"), release.get("note"),
                                release.get("schema_changes", []), change_rows, tables.before,
                                tables.after, first=release.get("previous") is None,
                                corrections=new_corrections(folder, release, provenance))
    writers.write_text(changelog.release_changelog(section), folder / "CHANGELOG.md")
    (folder / "charts").mkdir()
    drawn = tables.drawn or charts.start_drawing(tables.per_month, tables.points,
                                                 tables.unmapped)
    timeline, where = drawn()
    (folder / "charts" / "timeline.png").write_bytes(timeline)
    (folder / "charts" / "map.png").write_bytes(where)
    shown = readme.charts_text(tables.per_month, len(tables.points), tables.unmapped,
                               tables.rows["incidents"])
    writers.write_text(readme.readme(package, tables.event_dates, section, tables.rows, shown),
                       folder / "README.md")
    write_sums(folder, stats)

"""Write every payload file of one release into a folder (the temp folder while publishing).

Order matters only for the checksums: data files first, then the descriptor that hashes them,
then the documents, and SHA256SUMS last over everything else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from assets.publish import changelog, charts, datapackage, readme, writers
from assets.publish.changes import CHANGES_TABLE_SCHEMA, TableDiff, incident_changes

TABLE_FILES = ("parquet", "csv")


def write_sums(folder: Path) -> None:
    """SHA256SUMS in `sha256sum -c` format over every file in folder except itself."""
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    lines = [f"{writers.sha256_file(folder / f)}  {f}" for f in files if f != "SHA256SUMS"]
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


def build_release(folder: Path, version: str, new: dict[str, pa.Table],
                  old: dict[str, pa.Table | None] | None, diffs: dict[str, TableDiff],
                  release: dict, validation: dict, provenance: dict) -> None:
    """Write the whole payload of release `version` into folder (which must not exist)."""
    folder.mkdir()
    (folder / "charts").mkdir()
    for name, table in new.items():
        writers.write_parquet(table, folder / f"{name}.parquet")
        writers.write_csv(table, folder / f"{name}.csv")
    old_incidents = (old or {}).get("incidents")
    change_rows = incident_changes(old_incidents, new["incidents"], diffs["incidents"],
                                   (old or {}).get("mentions"), new["mentions"])
    writers.write_parquet(change_rows, folder / "changes.parquet")

    stats = {}
    for name in [*(f"{n}.{ext}" for n in new for ext in TABLE_FILES), "changes.parquet"]:
        path = folder / name
        stats[name] = (path.stat().st_size, writers.sha256_file(path))
    package = datapackage.descriptor(version, new, stats, CHANGES_TABLE_SCHEMA, release)
    writers.write_json(package, folder / "datapackage.json")
    writers.write_json(validation, folder / "validation.json")
    writers.write_json(provenance, folder / "provenance.json")

    section = changelog.section(version, release["bump"], release["reason"],
                                package.get("created"), release.get("note"),
                                release.get("schema_changes", []), change_rows, old_incidents,
                                new["incidents"], first=release.get("previous") is None,
                                corrections=new_corrections(folder, release, provenance))
    writers.write_text(changelog.release_changelog(section), folder / "CHANGELOG.md")
    charts.timeline(new["incidents"], folder / "charts" / "timeline.png")
    charts.incident_map(new["incidents"], folder / "charts" / "map.png")
    counts = {n: t.num_rows for n, t in new.items()}
    writers.write_text(readme.readme(package, new["incidents"], section, counts),
                       folder / "README.md")
    write_sums(folder)

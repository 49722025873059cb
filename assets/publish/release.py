"""Publish a versioned, immutable, checksummed release of the published tables.

Three parts: load (stream the tables one at a time against the latest release, writing their
files into a temp folder once a release is certain), decide (no change, or which version and
why), save (write the rest of the release in the temp folder, verify it, rename it into place,
then refresh the root files that point at the latest release).
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from assets import schema as contract
from assets.publish import datapackage, kept_tables, root, tables, tablewise, versioning, writers
from assets.publish.batches import BATCH_ROWS
from assets.publish.build import build_release
from assets.publish.deferred_writes import write_deferred
from assets.publish.reduced import Reduced, changed
from assets.publish.tables import TableReader
from assets.publish.verify import check_sums
from assets.publish.writer_options import CURRENT, ParquetOptions


class ReleaseExistsError(FileExistsError):
    """The version folder is already published; published releases are never rewritten."""


@dataclass(frozen=True)
class PublishResult:
    """Outcome of publish_release; version/path are the latest release when nothing changed.
    rows: each published table's row count."""

    published: bool
    version: str | None
    bump: str | None
    reason: str
    path: Path | None
    rows: dict[str, int] = field(default_factory=dict)


@contextmanager
def _locked(releases_dir: Path) -> Iterator[None]:
    """One publisher at a time per home (an advisory lock on releases/.lock)."""
    with (releases_dir / ".lock").open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_stale_temps(releases_dir: Path) -> None:
    for stale in releases_dir.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _table_schemas(package: dict) -> dict:
    names = {t.name for t in contract.PUBLISHED_TABLES}
    return {r["name"]: r["schema"] for r in package.get("resources", []) if r["name"] in names}


def publish_release(tables_in: dict[str, pa.Table], home: Path, *, validation: dict,
                    provenance: dict, bump: str | None = None, note: str | None = None,
                    version: str | None = None,
                    validation_report: Path | str | bytes | None = None,
                    prepared: bool = False, options: ParquetOptions = CURRENT,
                    batch_rows: int = BATCH_ROWS) -> PublishResult:
    """Publish home/releases/vX.Y.Z from the tables, unless the data are unchanged.

    bump ('major'|'minor'|'patch') overrides the version decided from the data; version forces
    an exact version (used to rebuild one). validation_report (HTML) is stored beside the
    release as releases/vX.Y.Z.validation.html, outside the hashed payload. prepared says the
    tables are already in their contract shape (`tables.prepare_one` of each), so they are not
    checked and counted a second time. options: the Parquet writer's (a rebuild passes the
    ones the release recorded). batch_rows: the rows publishing holds at a time (the files'
    bytes do not depend on it).
    """
    return publish_from(tables.dict_reader(tables_in, checked=prepared), home,
                        validation=validation, provenance=provenance, bump=bump, note=note,
                        version=version, validation_report=validation_report,
                        options=options, batch_rows=batch_rows)


def publish_from(read: TableReader, home: Path, *, validation: dict, provenance: dict,
                 bump: str | None = None, note: str | None = None, version: str | None = None,
                 validation_report: Path | str | bytes | None = None,
                 options: ParquetOptions = CURRENT, batch_rows: int = BATCH_ROWS
                 ) -> PublishResult:
    """`publish_release` with the tables fetched one at a time by `read` (whole, or in batches
    in key order), so that only a batch of one table is held in memory at once
    (`tablewise`)."""
    home = Path(home)
    releases_dir = home / "releases"
    releases_dir.mkdir(parents=True, exist_ok=True)
    if bump is not None and bump not in versioning.BUMPS:
        raise ValueError(f"bump must be one of {versioning.BUMPS}, got {bump!r}")
    with _locked(releases_dir):
        _remove_stale_temps(releases_dir)
        new_schemas = {t.name: datapackage.table_schema(t) for t in contract.PUBLISHED_TABLES}
        previous = versioning.latest(releases_dir)
        old_package = json.loads((releases_dir / previous / "datapackage.json").read_text(
            encoding="utf-8")) if previous else {}
        # A release is certain before any table is read when the table schemas changed.
        certain = previous is None or _table_schemas(old_package) != new_schemas
        tmp = releases_dir / f".tmp-{os.getpid()}"  # named after the version once decided
        kept = kept_tables.KeptTables.of(home)
        kept.discard()  # a crashed publish's staged tables
        try:
            reduced = tablewise.stream_tables(
                read, releases_dir / previous if previous else None, tmp,
                release_certain=certain, kept=kept, options=options, batch_rows=batch_rows)
            if not changed(reduced, certain):
                root.refresh(home)  # writes only if a root file is stale (e.g. after a crash)
                return PublishResult(False, previous, None, f"no change since {previous}",
                                     releases_dir / previous, reduced.rows)
            write_deferred(read, tmp, reduced, kept, options, batch_rows)
            target, applied, release = _decide(reduced, previous, old_package, new_schemas,
                                               bump, note, version)
            if (releases_dir / target).exists():
                raise ReleaseExistsError(
                    f"release {target} already exists in {releases_dir}; published releases "
                    "are immutable: publish the change as a new version instead")
            if previous and versioning.parse(target) < versioning.parse(previous):
                raise ValueError(f"version {target} is older than the latest release {previous}")
            named = releases_dir / f".tmp-{target}-{os.getpid()}"  # as before tables streamed
            os.rename(tmp, named)
            tmp = named
            build_release(tmp, target, reduced, release, validation, provenance, options)
            problems = check_sums(tmp)
            if problems:
                raise RuntimeError(f"release {target} failed its own checksums: {problems}")
            if (releases_dir / target).exists():
                raise ReleaseExistsError(f"release {target} appeared while building it")
            os.rename(tmp, releases_dir / target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            kept.discard()
            raise
        _fsync_dir(releases_dir)
        kept.commit()  # the kept tables are now this release's
        if validation_report is not None:
            data = (Path(validation_report).read_bytes() if isinstance(validation_report, Path)
                    else validation_report if isinstance(validation_report, bytes)
                    else validation_report.encode("utf-8"))
            writers.write_if_changed(data, releases_dir / f"{target}.validation.html")
        root.refresh(home)
    return PublishResult(True, target, applied, release["reason"], releases_dir / target,
                         reduced.rows)


def _decide(reduced: Reduced, previous: str | None, old_package: dict,
            new_schemas: dict, bump: str | None, note: str | None, version: str | None
            ) -> tuple[str, str, dict]:
    """(version, bump applied, the release record of datapackage.json) of a release to cut."""
    diffs = reduced.diffs
    if previous is None:
        decided = "major"
        reason = "first release: " + ", ".join(
            tables.count_label(n, name) for name, n in reduced.rows.items())
        schema_changes: list[str] = []
    else:
        schema_changes = datapackage.schema_changes(
            old_package, {"resources": [{"name": n, "schema": s}
                                        for n, s in new_schemas.items()]})
        decided, reason = versioning.decide(schema_changes, diffs)
        if not schema_changes and all(d.empty for d in diffs.values()):
            reason = "table schema metadata changed"
    applied = bump or decided
    target = version or versioning.bumped(previous if previous else None, applied)
    target = versioning.label(versioning.parse(target))
    if previous is None and version is None:
        target = "v1.0.0"
    release = {"bump": applied, "decided_bump": decided, "reason": reason,
               "previous": previous, "note": note, "bump_override": bump,
               "schema_changes": schema_changes, "rows": dict(reduced.rows)}
    return target, applied, {k: v for k, v in release.items() if v is not None}


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

"""The latest release's tables kept beside the warehouse as Arrow IPC files, so that the next
publish reads them memory-mapped instead of decoding their Parquet files (zstd 9: ~0.7-0.9 CPU s
for +1,000 articles at N = 100,000, against ~0.05 s to hash the four Parquet files).

A kept file is named by the sha256 of the Parquet file written from the same table
(`incidents-<sha256>.arrow` in HOME/.state/published), so it stands for exactly those bytes: the
previous release's Parquet file is hashed and its kept copy read only when one by that name
exists; otherwise (none kept: a HOME last published by older code, a release copied in, a
changed file) the Parquet file is read, as before. Once a release is in place, kept files of
other bytes are removed.
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from assets.ids import file_sha256

KEPT_DIR = "published"  # under HOME/.state


def kept_dir(home: Path) -> Path:
    """Where a HOME keeps its latest release's tables."""
    return Path(home) / ".state" / KEPT_DIR


def kept_name(name: str, parquet_sha256: str) -> str:
    """The kept file of table `name` whose Parquet file has this sha256."""
    return f"{name}-{parquet_sha256}.arrow"


@dataclass(frozen=True)
class KeptTables:
    """The kept tables of a HOME during one publish: read from `folder`; this publish's are
    written into `staging` and moved into `folder` only once its release is in place
    (`commit`), so a publish that fails or is refused leaves the folder as it was."""

    folder: Path

    @classmethod
    def of(cls, home: Path) -> KeptTables:
        return cls(kept_dir(home))

    @property
    def staging(self) -> Path:
        return self.folder / f".tmp-{os.getpid()}"

    def read(self, parquet: Path, name: str) -> pa.Table | None:
        """The kept copy of the table in the Parquet file (memory-mapped), or None when there
        is none for its bytes."""
        path = self.path(parquet, name)
        return None if path is None else ipc.open_file(pa.memory_map(str(path))).read_all()

    def path(self, parquet: Path, name: str) -> Path | None:
        """The kept file of the table in the Parquet file, or None when there is none for its
        bytes."""
        path = self.folder / kept_name(name, file_sha256(parquet))
        return path if path.is_file() else None

    def keep(self, table: pa.Table, name: str, parquet_sha256: str) -> None:
        """Stage table, as written to its Parquet file of that sha256. Written under a
        temporary name and renamed, so a staged file is whole."""
        target = self.staging / kept_name(name, parquet_sha256)
        self.staging.mkdir(parents=True, exist_ok=True)
        tmp = self.staging / f".{target.name}.tmp-{threading.get_ident()}"
        try:
            with pa.OSFile(str(tmp), "wb") as sink, ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)

    def writer(self, name: str, schema: pa.Schema) -> KeptWriter:
        """A kept copy of table `name` written batch by batch as its Parquet file is (named
        once that file's sha256 is known: `KeptWriter.done`)."""
        self.staging.mkdir(parents=True, exist_ok=True)
        return KeptWriter(self.staging, name, schema)

    def commit(self) -> None:
        """The staged tables become the kept ones (the release they belong to is in place):
        moved into the folder, and every other kept table removed."""
        staged = {p.name for p in self.staging.glob("*.arrow")} if self.staging.is_dir() \
            else set()
        for name in staged:
            os.replace(self.staging / name, self.folder / name)
        for path in self.folder.glob("*.arrow"):
            if path.name not in staged:
                path.unlink(missing_ok=True)
        self.discard()

    def discard(self) -> None:
        """Remove what this publish staged (and what crashed publishes left)."""
        for stale in self.folder.glob(".tmp-*"):
            shutil.rmtree(stale, ignore_errors=True)


class KeptWriter:
    """One kept table being written: batches go into a temporary IPC file (one record batch
    each, so the next publish reads it a batch at a time), renamed to the table's kept name
    once its Parquet file is written (`done`), or removed (`discard`)."""

    def __init__(self, staging: Path, name: str, schema: pa.Schema) -> None:
        self.staging, self.name = staging, name
        self.tmp = staging / f".{name}.arrow.tmp-{threading.get_ident()}"
        self._sink = pa.OSFile(str(self.tmp), "wb")
        self._writer = ipc.new_file(self._sink, schema)

    def write(self, batch: pa.RecordBatch) -> None:
        if batch.num_rows:
            self._writer.write_batch(batch)

    def done(self, parquet_sha256: str) -> None:
        self._close()
        os.replace(self.tmp, self.staging / kept_name(self.name, parquet_sha256))

    def discard(self) -> None:
        self._close()
        self.tmp.unlink(missing_ok=True)

    def _close(self) -> None:
        if not self._sink.closed:
            try:
                self._writer.close()
            finally:
                self._sink.close()

"""The Dagster resource every stage's assets use to reach HOME and its DuckDB warehouse."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb

from assets.ingest.readers import MAX_CHARS, MAX_FILE_BYTES
from assets.warehouse import Home, connect

# One DuckDB writer at a time: every asset that writes runs in this pool (limit 1).
WAREHOUSE_POOL = "duckdb_warehouse"


class WarehouseResource(dg.ConfigurableResource):
    """Where the pipeline works: HOME (warehouse, releases), the raw folder it reads, and the
    reader limits (a bigger raw file, JSONL line or article text is quarantined)."""

    home: str
    raw_dir: str = ""
    max_file_bytes: int = MAX_FILE_BYTES
    max_chars: int = MAX_CHARS

    @property
    def home_dir(self) -> Home:
        return Home.at(self.home)

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_dir).expanduser().resolve() if self.raw_dir \
            else self.home_dir.default_raw_dir

    @property
    def reader_limits(self) -> dict[str, int]:
        return {"max_file_bytes": self.max_file_bytes, "max_chars": self.max_chars}

    def connect(self, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        return connect(self.home_dir, read_only=read_only)

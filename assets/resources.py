"""The Dagster resource every stage's assets use to reach HOME and its DuckDB warehouse."""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb

from assets.warehouse import Home, connect

# One DuckDB writer at a time: every asset that writes runs in this pool (limit 1).
WAREHOUSE_POOL = "duckdb_warehouse"


class WarehouseResource(dg.ConfigurableResource):
    """Where the pipeline works: HOME (warehouse, releases) and the raw folder it reads."""

    home: str
    raw_dir: str = ""

    @property
    def home_dir(self) -> Home:
        return Home.at(self.home)

    @property
    def raw_path(self) -> Path:
        return Path(self.raw_dir).expanduser().resolve() if self.raw_dir \
            else self.home_dir.default_raw_dir

    def connect(self, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
        return connect(self.home_dir, read_only=read_only)

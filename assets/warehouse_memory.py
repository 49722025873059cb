"""How much memory DuckDB may hold for the warehouse, and where it spills what does not fit.

DuckDB's own default limit is 80 % of the machine's RAM, so on a large machine nothing pushes it
to drop the blocks a stage has read or written: a fresh ingest of 400,000 articles held ~1.4 GB
that way, against ~0.7 GB under 512 MB at the same CPU (docs/scaling.md, seventh and eighth
rounds). Under the limit, sorts, joins, aggregates and window queries spill to a folder in
HOME's state folder, which DuckDB creates on the first spill and removes when the connection
closes. STRIKES_DUCKDB_MEMORY sets another limit (DuckDB's size syntax: 256MB, 1GB, 2GiB).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import duckdb

MEMORY_ENV = "STRIKES_DUCKDB_MEMORY"
DEFAULT_MEMORY_LIMIT = "512MB"
SPILL_DIR = "duckdb-spill"

_SIZE = re.compile(r"\d+(\.\d+)?\s*([KMGT]i?B|B)", re.IGNORECASE)


def memory_limit() -> str:
    """The warehouse's DuckDB memory limit: STRIKES_DUCKDB_MEMORY, else DEFAULT_MEMORY_LIMIT."""
    value = os.environ.get(MEMORY_ENV, "").strip()
    if not value:
        return DEFAULT_MEMORY_LIMIT
    if not _SIZE.fullmatch(value):
        raise ValueError(f"{MEMORY_ENV} must be a size such as 512MB or 1GB, got {value!r}")
    return value


def spill_dir(state: Path) -> Path:
    """Where DuckDB writes what does not fit under the limit (inside HOME's state folder)."""
    return state / SPILL_DIR


def limit_memory(con: duckdb.DuckDBPyConnection, state: Path) -> None:
    """Set the memory limit and the spill folder on a warehouse connection."""
    con.execute("SET memory_limit = ?", [memory_limit()])
    con.execute("SET temp_directory = ?", [str(spill_dir(state))])

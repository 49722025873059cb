"""Parquet staging on any fsspec URL: steps that run elsewhere hand their rows to the warehouse.

A step on another machine writes its rows as `<url>/<part>.parquet`; the DuckDB warehouse step
reads every part back in part-name order, so the result does not depend on which step finished
first. The URL may be s3://, gs://, abfs:// (with s3fs, gcsfs or adlfs in the image), file:// or
memory:// (the tests).
"""

from __future__ import annotations

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq


def _fs(url: str, storage_options: dict | None) -> tuple[fsspec.AbstractFileSystem, str]:
    fs, root = fsspec.core.url_to_fs(url, **(storage_options or {}))
    return fs, root.rstrip("/")


def stage_part(url: str, part: str, table: pa.Table, *, storage_options: dict | None = None
               ) -> str:
    """Write one part (e.g. a raw-file partition's mentions); returns its path."""
    fs, root = _fs(url, storage_options)
    fs.makedirs(root, exist_ok=True)
    path = f"{root}/{part}.parquet"
    with fs.open(path, "wb") as f:
        pq.write_table(table, f)
    return path


def read_staged(url: str, *, storage_options: dict | None = None) -> pa.Table | None:
    """Every staged part concatenated in part-name order (None when nothing is staged)."""
    fs, root = _fs(url, storage_options)
    if not fs.exists(root):
        return None
    parts = sorted(p for p in fs.ls(root, detail=False) if p.endswith(".parquet"))
    tables = []
    for p in parts:
        with fs.open(p, "rb") as f:
            tables.append(pq.read_table(f))
    return pa.concat_tables(tables) if tables else None

"""Deterministic file writers: Parquet, CSV, JSON and text, plus SHA-256 helpers.

Same input, same bytes: Parquet is written with fixed options and no pandas metadata; CSV with
a fixed dialect; JSON with sorted keys. CSV text cells that a spreadsheet would run as a formula
are neutralized (see `neutralize`).
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from assets.ids import file_sha256
from assets.publish.tables import as_text

# Cells starting with these are formulas to Excel/LibreOffice/Sheets (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_MAYBE_FORMULA = {"'", *FORMULA_TRIGGERS}  # first characters worth a `neutralize` call
CSV_LINE_TERMINATOR = "\r\n"  # RFC 4180
CSV_BATCH_ROWS = 10_000  # rows turned into Python objects at a time
PARQUET_OPTIONS = {
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "row_group_size": 1_000_000,
}


def neutralize(text: str) -> str:
    """Prefix a text cell with ' when a spreadsheet would evaluate it as a formula.

    Quotes already in front of a trigger get one more, so the rule is reversible: when a cell
    is quotes followed by a trigger character, drop its first quote (see `restore`).
    """
    return "'" + text if text.lstrip("'").startswith(FORMULA_TRIGGERS) else text


def restore(cell: str) -> str:
    """Undo `neutralize` on a CSV text cell."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_TRIGGERS) \
        else cell


def write_parquet(table: pa.Table, path: Path) -> None:
    """Write a table to Parquet with fixed options (no wall clock, no pandas metadata)."""
    pq.write_table(table.replace_schema_metadata(None), path, **PARQUET_OPTIONS)


def _csv_cells(column: pa.Array) -> list[str]:
    """One column's CSV cells: nulls empty, text neutralized, other values as `as_text`."""
    values = column.to_pylist()
    if pa.types.is_string(column.type):
        # Only a cell starting with a quote or a trigger can need a prefix (see neutralize).
        return ["" if v is None else neutralize(v) if v[:1] in _MAYBE_FORMULA else v
                for v in values]
    return ["" if v is None else as_text(v) for v in values]


def write_csv(table: pa.Table, path: Path) -> None:
    """Write UTF-8 RFC 4180 CSV: header row, ISO dates, nulls empty, formula text neutralized.
    Cells are made column by column, a batch of CSV_BATCH_ROWS rows at a time."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator=CSV_LINE_TERMINATOR)
        writer.writerow(table.column_names)
        for batch in table.to_batches(max_chunksize=CSV_BATCH_ROWS):  # memory: one batch
            writer.writerows(zip(*(_csv_cells(c) for c in batch.columns), strict=True))


def json_text(data: object) -> str:
    """Stable JSON: sorted keys, two-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"


def write_json(data: object, path: Path) -> None:
    """Write `json_text(data)` to path."""
    write_text(json_text(data), path)


def write_text(text: str, path: Path) -> None:
    """Write UTF-8 text with \\n line endings."""
    path.write_text(text, encoding="utf-8", newline="\n")


def write_if_changed(data: bytes, path: Path) -> bool:
    """Atomically replace path with data unless it already holds exactly these bytes."""
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


sha256_file = file_sha256  # the one file checksum the project uses (assets/ids.py)

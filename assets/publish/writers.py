"""Deterministic file writers: Parquet, CSV, JSON and text, plus SHA-256 helpers.

Same input, same bytes: Parquet is written with the options given (`writer_options`: what a
release records), in row groups of exactly their row_group_size whatever the batches the rows
come in, and no pandas metadata; CSV with a fixed dialect; JSON with sorted keys. CSV text
cells that a spreadsheet would run as a formula are neutralized (see `neutralize`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Protocol

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from assets.ids import file_sha256
from assets.publish.writer_options import CURRENT, ParquetOptions

# Cells starting with these are formulas to Excel/LibreOffice/Sheets (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_LINE_TERMINATOR = "\r\n"  # RFC 4180
CSV_BATCH_ROWS = 10_000  # rows made into CSV text at a time


class Batches(Protocol):
    """Record batches of one schema, as a table's rows arrive while it is published."""

    schema: pa.Schema

    def __iter__(self) -> Iterator[pa.RecordBatch]: ...


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


def write_parquet(table: pa.Table | Batches, path: Path, options: ParquetOptions = CURRENT
                  ) -> None:
    """Write a table, or record batches with a `schema` (`Batches`), to Parquet with these
    options (no wall clock, no pandas metadata)."""
    batches = table.to_batches() if isinstance(table, pa.Table) else table
    write_parquet_batches(table.schema, batches, path, options)


def write_parquet_batches(schema: pa.Schema, batches: Iterable[pa.RecordBatch], path: Path,
                          options: ParquetOptions = CURRENT) -> None:
    """Write record batches to Parquet, holding one row group at a time: rows are gathered
    into row groups of exactly options.row_group_size (the last one shorter), each made one
    chunk before it is written, so the bytes depend on the rows and options only, not on how
    the rows were batched."""
    size = options.row_group_size
    schema = schema.remove_metadata()
    with pq.ParquetWriter(path, schema, **options.writer_kwargs()) as writer:
        pending: list[pa.RecordBatch] = []
        held, groups = 0, 0
        for batch in batches:
            while batch.num_rows:
                take = min(size - held, batch.num_rows)
                pending.append(batch.slice(0, take))
                held, batch = held + take, batch.slice(take)
                if held == size:
                    _write_group(writer, schema, pending)
                    pending, held, groups = [], 0, groups + 1
        if held or not groups:  # a table without rows: one empty row group, as write_table
            _write_group(writer, schema, pending)


def _write_group(writer: pq.ParquetWriter, schema: pa.Schema, pieces: list[pa.RecordBatch]
                 ) -> None:
    # One chunk per column: pages are cut by value count, so chunk boundaries inside a row
    # group would move page boundaries and change the bytes.
    group = pa.Table.from_batches(pieces, schema=schema).combine_chunks()
    writer.write_table(group, row_group_size=max(group.num_rows, 1))


# A cell that holds one of these is quoted (Python's csv.QUOTE_MINIMAL with this dialect).
_NEEDS_QUOTES = "[" + re.escape('",' + CSV_LINE_TERMINATOR) + "]"
# A text cell that `neutralize` prefixes: quotes, then one of FORMULA_TRIGGERS.
_FORMULA = "^'*[" + "".join(re.escape(t) for t in FORMULA_TRIGGERS) + "]"


# The regular expressions above cost a call per cell; these byte searches over a whole column
# (C's memchr speed) tell the columns where no cell can match, which skip them: ids, kinds, dates
# and most other text columns.
_QUOTE_BYTES = tuple(c.encode() for c in '",' + CSV_LINE_TERMINATOR)
_FORMULA_BYTES = tuple(t.encode() for t in FORMULA_TRIGGERS)


def _text_bytes(text: pa.Array) -> bytes:
    """The UTF-8 bytes of a string array's cells, back to back (null cells' bytes included:
    a search may then find too much, never too little)."""
    _, offsets, data = text.buffers()
    if data is None or len(text) == 0:
        return b""
    ends = memoryview(offsets).cast("i")
    start, end = ends[text.offset], ends[text.offset + len(text)]
    return data.slice(start, end - start).to_pybytes()


def _holds_any(text: pa.Array, needles: tuple[bytes, ...]) -> bool:
    """Whether some cell of a string array may hold one of the needles (single bytes)."""
    data = _text_bytes(text)
    return any(n in data for n in needles)


def _may_start_formula(column: pa.Array) -> bool:
    """Whether some cell may match _FORMULA: a trigger byte somewhere in the column, and a
    cell that starts with a quote or a trigger (a match starts with one of them)."""
    if not _holds_any(column, _FORMULA_BYTES):
        return False
    return _holds_any(pc.utf8_slice_codeunits(column, 0, 1), (b"'",) + _FORMULA_BYTES)


def _csv_text(column: pa.Array) -> pa.Array:
    """One column's CSV cells as Arrow text, before quoting: nulls empty, text neutralized,
    other values as `as_text` writes them (integers, dates and booleans cast in Arrow, floats
    through `repr`)."""
    if pa.types.is_string(column.type):
        if not _may_start_formula(column):
            return pc.fill_null(column, "")
        formula = pc.fill_null(pc.match_substring_regex(column, _FORMULA), False)
        text = _replaced(column, formula, lambda cells: pc.binary_join_element_wise("'", cells, ""))
    elif pa.types.is_floating(column.type):
        text = _float_text(column)     # as_text of a float: its repr
    else:   # integers, dates (ISO), booleans (true/false): the same text as `as_text`
        text = pc.cast(column, pa.string())
    return pc.fill_null(text, "")


def _reprs(values: pa.Array) -> pa.Array:
    return pa.array([None if v is None else repr(v) for v in values.to_pylist()], pa.string())


def _float_text(column: pa.Array) -> pa.Array:
    """Each float's repr, made once per distinct value (coordinates repeat: ~300 places at
    N = 100,000). Columns holding a zero or a NaN take the value-by-value path: a distinct-value
    table may merge -0.0 with 0.0, or NaNs, whose reprs differ."""
    if pc.any(pc.or_(pc.equal(column, 0.0), pc.is_nan(column))).as_py():
        return _reprs(column)
    distinct = pc.unique(column)
    return _reprs(distinct).take(pc.index_in(column, value_set=distinct))


def _quoted(text: pa.Array, lone: bool) -> pa.Array:
    """Quote the cells that need it, doubling their quotes (RFC 4180); an empty cell that is a
    row's only cell is quoted too, as csv.writer does (the row would read as blank)."""
    if not lone and not _holds_any(text, _QUOTE_BYTES):
        return text
    needs = pc.match_substring_regex(text, _NEEDS_QUOTES)
    if lone:
        needs = pc.or_(needs, pc.equal(text, ""))
    return _replaced(text, needs, lambda cells: pc.binary_join_element_wise(
        '"', pc.replace_substring(cells, '"', '""'), '"', ""))


def _replaced(values: pa.Array, mask: pa.Array, change: Callable[[pa.Array], pa.Array]
              ) -> pa.Array:
    """values with change(value) where mask (no nulls) is true; `change` sees only those cells
    (most cells need no quoting and no formula prefix)."""
    if not pc.any(mask).as_py():
        return values
    return pc.replace_with_mask(values, mask, change(values.filter(mask)))


def _never_quoted(t: pa.DataType) -> bool:
    """Types whose CSV text never holds a comma, a quote or a line break: integers, dates and
    booleans cast in Arrow, and floats' reprs."""
    return (pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_boolean(t)
            or pa.types.is_date(t))


def _cells(column: pa.Array, lone: bool) -> pa.Array:
    """One column's CSV cells, quoted where needed. Columns of `_never_quoted` types (a third
    of the published tables' cells) are not searched, unless an empty cell must be quoted."""
    text = _csv_text(column)
    return text if not lone and _never_quoted(column.type) else _quoted(text, lone)


def _csv_lines(batch: pa.RecordBatch) -> pa.Buffer:
    """A batch's rows as CSV lines (UTF-8 bytes), joined in Arrow."""
    cells = [_cells(c, batch.num_columns == 1) for c in batch.columns]
    lines = pc.binary_join_element_wise(*cells, ",") if len(cells) > 1 else cells[0]
    lines = pc.binary_join_element_wise(lines, CSV_LINE_TERMINATOR, "")
    if len(lines) == 0:
        return pa.py_buffer(b"")
    _, offsets, data = lines.buffers()     # a string array: validity, int32 offsets, bytes
    ends = memoryview(offsets).cast("i")
    start, end = ends[lines.offset], ends[lines.offset + len(lines)]
    return data.slice(start, end - start)   # the lines' bytes, back to back


def write_csv(table: pa.Table | Batches, path: Path) -> None:
    """Write UTF-8 RFC 4180 CSV: header row, ISO dates, nulls empty, formula text neutralized,
    a cell quoted only when it holds a comma, a quote or a line break (the bytes Python's
    csv.writer writes with QUOTE_MINIMAL). table: a table, or record batches with a `schema`
    (`Batches`). Rows are made in Arrow, CSV_BATCH_ROWS at a time: each line depends on its
    row only, so the bytes do not depend on how the rows were batched."""
    names = table.schema.names
    batches = table.to_batches() if isinstance(table, pa.Table) else table
    with path.open("wb") as handle:
        header = pa.record_batch([pa.array([n]) for n in names], names=names)
        handle.write(_csv_lines(header))
        for batch in batches:
            for start in range(0, batch.num_rows, CSV_BATCH_ROWS):  # memory: one slice
                handle.write(_csv_lines(batch.slice(start, CSV_BATCH_ROWS)))


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

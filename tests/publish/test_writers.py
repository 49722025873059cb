"""Deterministic writers and CSV formula neutralization."""

from __future__ import annotations

import csv
import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assets.publish import writers
from assets.publish.writer_options import CURRENT, LEGACY, ParquetOptions

TABLE = pa.table({
    "text": ["=SUM(A1)", "+1 killed", "-3 injured", "@cmd", "\tTab", "\rCR", "plain", None,
             "a, \"quoted\"\nline"],
    "number": [-1.5, 2.0, -3.0, 4.25, 5.0, 6.0, 7.0, None, 8.0],
    "count": [-1, 2, 3, 4, 5, 6, 7, None, 9],
    "day": [dt.date(2024, 5, i + 1) for i in range(8)] + [None],
})


def test_neutralize_prefixes_formula_text_only():
    assert writers.neutralize("=1+1") == "'=1+1"
    assert writers.neutralize("-5 dead") == "'-5 dead"
    assert writers.neutralize("Kyiv") == "Kyiv"
    assert writers.neutralize("") == ""
    assert writers.neutralize("'=x") == "''=x"
    assert writers.neutralize("'quoted'") == "'quoted'"


def test_restore_inverts_neutralize():
    for text in ("=1", "'=1", "''-2", "'plain", "plain", "", "@", "x=1"):
        assert writers.restore(writers.neutralize(text)) == text


def test_write_csv_neutralizes_text_not_numbers(tmp_path):
    path = tmp_path / "t.csv"
    writers.write_csv(TABLE, path)
    raw = path.read_bytes()
    assert raw.startswith(b"text,number,count,day\r\n")
    assert raw.count(b"\r\n") == 10  # header + 9 rows; the quoted cell keeps its own \n
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[0] for r in rows[1:]] == ["'=SUM(A1)", "'+1 killed", "'-3 injured", "'@cmd",
                                        "'\tTab", "'\rCR", "plain", "", "a, \"quoted\"\nline"]
    assert rows[1][1:] == ["-1.5", "-1", "2024-05-01"]
    assert rows[8] == ["", "", "", "2024-05-08"]


def test_write_parquet_is_byte_identical_across_chunking(tmp_path):
    writers.write_parquet(TABLE, tmp_path / "a.parquet")
    chunked = pa.concat_tables([TABLE.slice(0, 4), TABLE.slice(4)]).combine_chunks()
    writers.write_parquet(chunked, tmp_path / "b.parquet")
    assert (tmp_path / "a.parquet").read_bytes() == (tmp_path / "b.parquet").read_bytes()


def test_write_parquet_with_legacy_options_writes_what_write_table_wrote(tmp_path):
    """The bytes of every release before the options were recorded: one pyarrow write_table
    with zstd 9 and row groups of a million rows."""
    pq.write_table(TABLE, tmp_path / "old.parquet", compression="zstd", compression_level=9,
                   use_dictionary=True, write_statistics=True, version="2.6",
                   data_page_version="1.0", row_group_size=1_000_000)
    writers.write_parquet(TABLE, tmp_path / "new.parquet", LEGACY)
    assert (tmp_path / "old.parquet").read_bytes() == (tmp_path / "new.parquet").read_bytes()
    writers.write_parquet(TABLE, tmp_path / "current.parquet", CURRENT)
    assert (tmp_path / "current.parquet").read_bytes() != (tmp_path / "new.parquet").read_bytes()


@pytest.mark.parametrize("batch_rows", [1, 3, 4, 5, 36])
def test_write_parquet_batches_same_bytes_whatever_the_batches(tmp_path, batch_rows):
    table = pa.concat_tables([TABLE] * 4).combine_chunks()   # 36 rows
    options = ParquetOptions(compression="zstd", compression_level=1, row_group_size=8)
    writers.write_parquet(table, tmp_path / "whole.parquet", options)
    writers.write_parquet_batches(table.schema, table.to_batches(max_chunksize=batch_rows),
                                  tmp_path / "batched.parquet", options)
    assert (tmp_path / "whole.parquet").read_bytes() == \
        (tmp_path / "batched.parquet").read_bytes()
    with pq.ParquetFile(tmp_path / "batched.parquet") as file:
        assert [file.metadata.row_group(i).num_rows for i in range(file.num_row_groups)] == \
            [8, 8, 8, 8, 4]
        assert file.read().equals(table)


def test_write_parquet_empty_table_has_its_columns(tmp_path):
    writers.write_parquet(TABLE.slice(0, 0), tmp_path / "empty.parquet")
    back = pq.read_table(tmp_path / "empty.parquet")
    assert back.num_rows == 0 and back.schema.equals(TABLE.schema)


def test_write_if_changed_keeps_identical_file(tmp_path):
    path = tmp_path / "f.txt"
    assert writers.write_if_changed(b"one", path)
    mtime = path.stat().st_mtime_ns
    assert not writers.write_if_changed(b"one", path)
    assert path.stat().st_mtime_ns == mtime
    assert writers.write_if_changed(b"two", path) and path.read_bytes() == b"two"


def _reference_csv(table: pa.Table) -> bytes:
    """The plain way to write the release CSV: Python's csv.writer over `as_text` cells."""
    import io

    from assets.publish.tables import as_text

    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow(["" if v is None else writers.neutralize(v) if isinstance(v, str)
                         else as_text(v) for v in row.values()])
    return out.getvalue().encode("utf-8")


_CELLS = st.one_of(st.none(), st.text(alphabet=st.sampled_from(
    list("ab ,\"'=+-@\t\r\n\u00e9\u4e2d0"))), st.sampled_from(["=1", "''+x", "\"", ""]))


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_CELLS, min_size=1, max_size=12),
       floats=st.lists(st.one_of(st.none(), st.floats(allow_nan=False)), min_size=12,
                       max_size=12))
def test_write_csv_writes_what_csv_writer_writes(tmp_path_factory, texts, floats):
    n = len(texts)
    table = pa.table({"text": texts, "number": floats[:n],
                      "count": pa.array([None if i % 3 else i - 5 for i in range(n)], pa.int64()),
                      "flag": [None if i % 4 == 3 else i % 2 == 0 for i in range(n)],
                      "day": pa.array([None if i % 5 == 4 else 19_000 + i for i in range(n)],
                                      pa.date32())})
    path = tmp_path_factory.mktemp("csv") / "t.csv"
    writers.write_csv(table, path)
    assert path.read_bytes() == _reference_csv(table)
    for name in table.column_names:    # one column: an empty cell is written as "",
        lone = table.select([name])    # whatever the column's type
        writers.write_csv(lone, path)
        assert path.read_bytes() == _reference_csv(lone)


def test_write_csv_batches_give_the_same_bytes(tmp_path, monkeypatch):
    big = pa.concat_tables([TABLE] * 5)
    writers.write_csv(big, tmp_path / "one.csv")
    monkeypatch.setattr(writers, "CSV_BATCH_ROWS", 4)
    writers.write_csv(big, tmp_path / "many.csv")
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "many.csv").read_bytes()
    assert (tmp_path / "one.csv").read_bytes() == _reference_csv(big)


@pytest.mark.parametrize("values", [[0.1, None, 1.5, 1.5, 1e-300, float("inf"), 1e16, None],
                                    [0.0, -0.0, 1.0, 1.0], [float("nan"), 2.5, None], [None], []])
def test_float_cells_are_reprs_whether_or_not_values_repeat(values):
    """Floats are written once per distinct value; -0.0 / 0.0 and NaN keep their own reprs."""
    cells = writers._float_text(pa.array(values, pa.float64())).to_pylist()
    assert cells == [None if v is None else repr(v) for v in values]


@pytest.mark.parametrize("odd", ["a,b", "say \"no\"", "two\r\nlines", "=1+1", "'-3 left",
                                 "\tindent", "x-y@z", "\u00e9=", "''"])
@pytest.mark.parametrize("batch_rows", [1, 2, 3, 7])
def test_write_csv_finds_one_odd_cell_in_any_slice(tmp_path, monkeypatch, odd, batch_rows):
    """A column is searched for quote and formula bytes a slice at a time before any cell is:
    one odd cell among plain ones, at a slice's first, middle or last row, is still quoted or
    neutralized, and a slice without it is written plain."""
    monkeypatch.setattr(writers, "CSV_BATCH_ROWS", batch_rows)
    for at in range(7):
        texts = ["plain", "kyiv", None, "", "a b", "2024-05-01", "abc"]
        texts[at] = odd
        table = pa.table({"id": [f"k{i}" for i in range(7)], "text": texts,
                          "n": pa.array(range(7), pa.int32())})
        writers.write_csv(table, tmp_path / "t.csv")
        assert (tmp_path / "t.csv").read_bytes() == _reference_csv(table)

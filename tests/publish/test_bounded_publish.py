"""Publishing a batch at a time: the same bytes whatever the batch size and whether the tables
come whole or as batches in key order (as the warehouse hands them); batches are checked."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from assets.publish import release, writer_options
from assets.publish.batches import contract_batches
from assets.publish.changes import CHANGES_SCHEMA, identity_changes
from assets.publish.tables import TableReader
from assets.schema import CLAIMS, Table
from tests.publish.conftest import PROVENANCE, VALIDATION
from tests.publish.sequence import _moved, many, publish_sequence

GOLDEN = json.loads(Path(__file__).with_name("golden_sequence.json").read_text("utf-8"))


def _digests(home: Path) -> dict[str, str]:
    return {p.relative_to(home).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file() and p.name != ".lock"
            and p.relative_to(home).parts[0] != ".state"}


def _in_batches(rows: int):
    """A `tables.dict_reader` whose reader hands each table as batches of `rows` rows in key
    order, as the warehouse does."""
    whole_reader = release.tables.dict_reader

    def dict_reader(tables: dict[str, pa.Table], *, checked: bool = False) -> TableReader:
        whole = whole_reader(tables, checked=checked)

        def read(spec: Table) -> Iterator[pa.RecordBatch]:
            return iter(whole(spec).to_batches(max_chunksize=rows))
        return read
    return dict_reader


@pytest.mark.parametrize(("batch_rows", "handed"), [(1, None), (2, 3), (5, 1), (64, 7)])
def test_sequence_writes_the_golden_bytes_whatever_the_batches(tmp_path, monkeypatch,
                                                               batch_rows, handed):
    """The golden sequence (first, unchanged, added, changed, removed, merged, only claims,
    more rows than the change log lists) with publishing holding batch_rows rows at a time,
    the tables handed whole or in batches of `handed` rows: every byte as recorded."""
    recorded = GOLDEN["recorded_with"]
    installed = {p: metadata.version(p) for p in recorded}
    if installed != recorded:  # Parquet and PNG bytes depend on these
        pytest.skip(f"golden sums recorded with {recorded}, installed {installed}")
    monkeypatch.setattr(release, "publish_from",
                        functools.partial(release.publish_from, batch_rows=batch_rows))
    if handed is not None:
        monkeypatch.setattr(release.tables, "dict_reader", _in_batches(handed))
    done = publish_sequence(tmp_path, writer_options.LEGACY)
    assert [list(s) for s in done] == GOLDEN["steps"]
    got = _digests(tmp_path)
    assert sorted(got) == sorted(GOLDEN["files"])
    assert [f for f in got if got[f] != GOLDEN["files"][f]] == []


def test_current_options_write_the_same_bytes_whatever_the_batches(tmp_path):
    """With the default writer options: batches of 1, 4 and 1,000 rows give the same two
    releases."""
    sums = []
    for rows in (1, 4, 1000):
        home = tmp_path / str(rows)
        release.publish_release(many(range(0, 120)), home, validation=VALIDATION,
                                provenance=PROVENANCE, batch_rows=rows)
        release.publish_release(many(range(30, 170), changed=range(40, 90)), home,
                                validation=VALIDATION, provenance=PROVENANCE, batch_rows=rows)
        sums.append(_digests(home))
    assert sums[0] == sums[1] == sums[2]
    assert sorted(p for p in sums[0] if p.endswith(".parquet")) == [
        f"releases/v1.{m}/{t}.parquet" for m in ("0.0", "0.1")
        for t in ("articles", "changes", "claims", "incidents", "mentions")]


def _claims(keys: list[str]) -> pa.Table:
    table = many(range(3))["claims"]
    rows = table.slice(0, 1).to_pylist() * len(keys)
    return pa.Table.from_pylist([{**r, "claim_id": k} for r, k in zip(rows, keys, strict=True)],
                                schema=table.schema)


def test_batches_out_of_key_order_are_refused():
    batches = _claims(["c1", "c2"]).to_batches() + _claims(["c0"]).to_batches()
    with pytest.raises(ValueError, match="duplicate or unordered claim_id"):
        list(contract_batches(CLAIMS, batches, 10))


def test_a_key_repeated_across_batches_is_refused():
    batches = _claims(["c1", "c2"]).to_batches() + _claims(["c2", "c3"]).to_batches()
    with pytest.raises(ValueError, match="duplicate or unordered claim_id"):
        list(contract_batches(CLAIMS, batches, 10))


def test_batches_are_cut_to_batch_rows_and_keep_every_row():
    table = _claims([f"c{i:02d}" for i in range(10)])
    got = list(contract_batches(CLAIMS, table.to_batches(max_chunksize=4), 3))
    assert [b.num_rows for b in got] == [3, 1, 3, 1, 2]
    assert pa.Table.from_batches(got).column("claim_id").to_pylist() == [
        f"c{i:02d}" for i in range(10)]


def test_a_split_incident_whose_mentions_lie_in_different_ranges(tmp_path):
    """inc-00005 had two mentions; one still carries it, the other (a key range away at one
    row a batch) now carries inc-00030: a split into both, as the whole-table code says."""
    before = _moved(many(range(40)), "men-00030", "inc-00005")
    found = {}
    for rows in (1, 1000):
        home = tmp_path / str(rows)
        release.publish_release(before, home, validation=VALIDATION, provenance=PROVENANCE,
                                batch_rows=rows)
        result = release.publish_release(many(range(40)), home, validation=VALIDATION,
                                         provenance=PROVENANCE, batch_rows=rows)
        changes = pq.read_table(result.path / "changes.parquet").to_pylist()
        found[rows] = [r for r in changes if r["change"] in ("merged", "split")]
    assert found[1] == found[1000] == identity_rows_as_dicts(before, many(range(40)))
    assert [(r["change"], r["incident_id"], r["new_value"]) for r in found[1]] == [
        ("split", "inc-00005", "inc-00005;inc-00030")]


def identity_rows_as_dicts(old: dict[str, pa.Table], new: dict[str, pa.Table]) -> list[dict]:
    names = CHANGES_SCHEMA.names
    return [dict(zip(names, r, strict=True))
            for r in identity_changes(old["mentions"], new["mentions"])]

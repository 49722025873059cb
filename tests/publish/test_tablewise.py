"""Publishing table by table: the same files as publishing every table at once, one table held
at a time, and nothing written when nothing changed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import weakref
from importlib import metadata
from pathlib import Path

import pyarrow as pa
import pytest

from assets import sidecar
from assets.publish import tablewise
from assets.publish.release import publish_from, publish_release
from assets.publish.tables import prepare_one
from assets.schema import Table
from tests.publish.conftest import PROVENANCE, VALIDATION
from tests.publish.sequence import many, publish_sequence

GOLDEN = json.loads(Path(__file__).with_name("golden_sequence.json").read_text("utf-8"))


def _digests(home: Path) -> dict[str, str]:
    return {p.relative_to(home).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(home.rglob("*")) if p.is_file() and p.name != ".lock"}


@pytest.mark.parametrize("side", [False, True], ids=["in-process", "side-process"])
def test_sequence_writes_the_bytes_the_whole_table_code_wrote(tmp_path, side, monkeypatch):
    """Also with the charts drawn in the run's side process (assets/sidecar.py)."""
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")  # whatever the load
    recorded = GOLDEN["recorded_with"]
    installed = {p: metadata.version(p) for p in recorded}
    if installed != recorded:  # Parquet and PNG bytes depend on these
        pytest.skip(f"golden sums recorded with {recorded}, installed {installed}")
    with sidecar.running() if side else contextlib.nullcontext() as running:
        assert (running is not None) == side
        done = publish_sequence(tmp_path)
    assert [list(s) for s in done] == GOLDEN["steps"]
    got = _digests(tmp_path)
    assert sorted(got) == sorted(GOLDEN["files"])
    assert [f for f in got if got[f] != GOLDEN["files"][f]] == []


class FreshReader:
    """Builds each table anew when asked (as the warehouse reader does) and records, at each
    read, which tables it handed out earlier are still alive and how many Arrow bytes are
    allocated."""

    def __init__(self, tables: dict[str, pa.Table]) -> None:
        self.rows = {n: t.to_pylist() for n, t in tables.items()}
        self.schemas = {n: t.schema for n, t in tables.items()}
        self.reads: list[str] = []
        self.alive_at_read: list[list[str]] = []
        self.arrow_bytes_at_read: list[int] = []
        self._handed: list[tuple[str, weakref.ref]] = []

    def __call__(self, spec: Table) -> pa.Table:
        self.alive_at_read.append([n for n, ref in self._handed if ref() is not None])
        self.arrow_bytes_at_read.append(pa.total_allocated_bytes())
        table = prepare_one(spec, pa.Table.from_pylist(self.rows[spec.name],
                                                       schema=self.schemas[spec.name]))
        self.reads.append(spec.name)
        self._handed.append((spec.name, weakref.ref(table)))
        return table


def _publish(reader: FreshReader, home: Path):
    return publish_from(reader, home, validation=VALIDATION, provenance=PROVENANCE)


def test_each_table_is_freed_before_the_next_is_read(tmp_path):
    publish_release(many(range(0, 2000)), tmp_path, validation=VALIDATION,
                    provenance=PROVENANCE)
    tables = many(range(1000, 4000), changed=range(1500, 2500))
    reader = FreshReader(tables)
    table_bytes = min(tables[n].nbytes for n in ("incidents", "mentions", "claims"))
    baseline = pa.total_allocated_bytes()
    result = _publish(reader, tmp_path)
    assert (result.version, result.rows["incidents"]) == ("v1.0.1", 3000)
    assert reader.reads == tablewise.order() == ["mentions", "incidents", "articles", "claims"]
    assert reader.alive_at_read == [[], [], [], []]
    # No Arrow memory of an earlier table (new or previous release's copy) is held either.
    assert all(b - baseline < table_bytes / 2 for b in reader.arrow_bytes_at_read)


def test_unchanged_tables_are_read_once_and_nothing_is_written(tmp_path):
    publish_release(many(range(50)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    reader = FreshReader(many(range(50)))
    result = _publish(reader, tmp_path)
    assert (result.published, result.version) == (False, "v1.0.0")
    assert reader.reads == ["mentions", "incidents", "articles", "claims"]
    assert not list((tmp_path / "releases").glob(".tmp-*"))


def test_tables_unchanged_before_a_change_are_read_again_to_be_written(tmp_path):
    publish_release(many(range(50)), tmp_path, validation=VALIDATION, provenance=PROVENANCE)
    tables = many(range(50))
    claims = tables["claims"].to_pylist()
    claims[0]["outlet"] = "Other Wire"
    tables["claims"] = pa.Table.from_pylist(claims, schema=tables["claims"].schema)
    reader = FreshReader(tables)
    result = _publish(reader, tmp_path)
    assert (result.version, result.reason) == ("v1.0.1", "1 claim changed")
    # claims differ, so the three tables streamed before them are read again and written
    assert reader.reads == ["mentions", "incidents", "articles", "claims",
                            "mentions", "incidents", "articles"]
    assert all(alive == [] for alive in reader.alive_at_read)
    files = {p.name for p in result.path.iterdir()}
    assert {f"{t}.{e}" for t in tablewise.order() for e in ("parquet", "csv")} <= files

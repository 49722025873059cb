"""The latest release's tables kept as Arrow IPC files: written with the release, read by the
next publish instead of the Parquet files, only for the same Parquet bytes, and the same
release files either way."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from assets.publish import previous_reads
from assets.publish.kept_tables import KeptTables, kept_dir
from assets.publish.release import publish_release
from tests.publish.conftest import PROVENANCE, VALIDATION
from tests.publish.sequence import many

TABLES = ("claims", "articles", "incidents", "mentions")


def _publish(tables, home: Path):
    return publish_release(tables, home, validation=VALIDATION, provenance=PROVENANCE)


def _sums(release: Path) -> dict[str, str]:
    lines = (release / "SHA256SUMS").read_text("utf-8").splitlines()
    return {name: sha for sha, name in (line.split("  ") for line in lines)}


def _files(release: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(release.rglob("*")) if p.is_file()}


@pytest.fixture
def parquet_reads(monkeypatch) -> list[str]:
    """Names of the previous release's Parquet files publishing opens."""
    opened: list[str] = []
    real = pq.ParquetFile

    def recording(path, *args, **kwargs):
        opened.append(Path(path).name)
        return real(path, *args, **kwargs)
    monkeypatch.setattr(previous_reads.pq, "ParquetFile", recording)
    return opened


def test_a_release_keeps_each_table_under_its_parquet_files_sha256(tmp_path):
    first = _publish(many(range(30)), tmp_path)
    sums = _sums(first.path)
    kept = sorted(p.name for p in kept_dir(tmp_path).iterdir())
    assert kept == sorted(f"{t}-{sums[f'{t}.parquet']}.arrow" for t in TABLES)
    for t in TABLES:
        copy = KeptTables.of(tmp_path).read(first.path / f"{t}.parquet", t)
        assert copy.equals(pq.read_table(first.path / f"{t}.parquet"))
        assert copy.num_rows == first.rows[t]


def test_the_next_release_reads_the_kept_tables_and_writes_the_same_files(tmp_path,
                                                                         parquet_reads):
    homes = tmp_path / "kept", tmp_path / "not-kept"
    for home in homes:
        _publish(many(range(30)), home)
    for p in kept_dir(homes[1]).iterdir():
        p.unlink()
    parquet_reads.clear()
    with_kept = _publish(many(range(10, 45), changed=range(12, 14)), homes[0])
    assert parquet_reads == []   # every previous table came from its kept copy
    without = _publish(many(range(10, 45), changed=range(12, 14)), homes[1])
    assert sorted(parquet_reads) == sorted(f"{t}.parquet" for t in TABLES)
    assert with_kept.version == without.version == "v1.0.1"
    assert with_kept.reason == without.reason
    assert _files(with_kept.path) == _files(without.path)
    # the kept tables are now the new release's only
    sums = _sums(with_kept.path)
    assert sorted(p.name for p in kept_dir(homes[0]).iterdir()) == sorted(
        f"{t}-{sums[f'{t}.parquet']}.arrow" for t in TABLES)


def test_a_kept_table_is_not_read_for_other_parquet_bytes(tmp_path, parquet_reads):
    first = _publish(many(range(30)), tmp_path)
    claims = first.path / "claims.parquet"
    pq.write_table(pq.read_table(claims), claims, compression="none")  # same rows, other bytes
    parquet_reads.clear()
    result = _publish(many(range(30), changed=range(2)), tmp_path)
    assert parquet_reads == ["claims.parquet"]
    assert result.reason.startswith("2 incidents changed")


def test_a_failed_publish_keeps_the_previous_releases_tables(tmp_path, monkeypatch):
    _publish(many(range(30)), tmp_path)
    before = sorted(p.name for p in kept_dir(tmp_path).iterdir())

    def failing(*args, **kwargs):
        raise RuntimeError("build failed")
    monkeypatch.setattr("assets.publish.release.build_release", failing)
    with pytest.raises(RuntimeError, match="build failed"):
        _publish(many(range(40)), tmp_path)
    assert sorted(p.name for p in kept_dir(tmp_path).iterdir()) == before

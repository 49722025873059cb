"""verify_release, rebuilds and external checkers (sha256sum, frictionless CLI)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from assets.publish import writer_options
from assets.publish.rebuild import rebuild_release
from assets.publish.release import publish_release
from assets.publish.verify import check_sums, validate_descriptor, verify_release
from assets.publish.writer_options import CURRENT, LEGACY, ParquetOptions

MORE = ("inc-a", "inc-b", "inc-c", "inc-d", "inc-e")
FRICTIONLESS = Path(sys.executable).with_name("frictionless")


def two_releases(home: Path, make_tables, kwargs: dict) -> Path:
    publish_release(make_tables(), home, **kwargs)
    return publish_release(make_tables(MORE), home, **kwargs).path


def test_verify_release_passes_on_fresh_release(tmp_path, make_tables, publish_kwargs):
    result = verify_release(two_releases(tmp_path, make_tables, publish_kwargs))
    assert result.ok, (result.checksum_errors, result.descriptor_errors)
    assert result.identical is None


def test_verify_release_sha256sum_c_passes(tmp_path, make_tables, publish_kwargs):
    folder = two_releases(tmp_path, make_tables, publish_kwargs)
    run = subprocess.run(["sha256sum", "-c", "--strict", "SHA256SUMS"], cwd=folder,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "datapackage.json: OK" in run.stdout and "charts/map.png: OK" in run.stdout


def test_verify_release_frictionless_cli_on_release_and_root(tmp_path, make_tables,
                                                             publish_kwargs):
    folder = two_releases(tmp_path, make_tables, publish_kwargs)
    for cwd in (folder, tmp_path):
        run = subprocess.run([str(FRICTIONLESS), "validate", "datapackage.json"], cwd=cwd,
                             capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr
    assert validate_descriptor(tmp_path / "datapackage.json") == []
    assert "releases/v1.1.0/incidents.csv" in (tmp_path / "datapackage.json").read_text()


def test_verify_release_detects_tampering(tmp_path, make_tables, publish_kwargs):
    folder = publish_release(make_tables(), tmp_path, **publish_kwargs).path
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    with (copy / "incidents.parquet").open("ab") as handle:
        handle.write(b"x")
    (copy / "extra.txt").write_text("not listed")
    assert check_sums(copy) == ["incidents.parquet: hash mismatch",
                                "extra.txt: not listed in SHA256SUMS"]
    (copy / "incidents.csv").write_text("incident_id\r\ninc-z\r\n")
    assert any("incidents" in e for e in validate_descriptor(copy / "datapackage.json"))
    assert not verify_release(copy).ok


def test_check_sums_lists_problems_in_sha256sums_order(tmp_path, make_tables, publish_kwargs):
    # the files are hashed on several threads; the problems still follow SHA256SUMS
    folder = publish_release(make_tables(), tmp_path, **publish_kwargs).path
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    names = [line.split(maxsplit=1)[1].lstrip("*")
             for line in (copy / "SHA256SUMS").read_text().splitlines() if line.strip()]
    broken = names[::2]  # every other listed file: altered, or removed
    for i, name in enumerate(broken):
        if i % 2:
            (copy / name).unlink()
        else:
            with (copy / name).open("ab") as handle:
                handle.write(b"x")
    assert len(broken) >= 3
    assert check_sums(copy) == [f"{name}: missing" if i % 2 else f"{name}: hash mismatch"
                                for i, name in enumerate(broken)]


def test_verify_release_rebuild_in_other_home_is_byte_identical(tmp_path, make_tables,
                                                                publish_kwargs):
    first = two_releases(tmp_path / "a", make_tables, publish_kwargs)
    other = two_releases(tmp_path / "b", make_tables, publish_kwargs)
    result = verify_release(first, other)
    assert result.ok and result.identical and result.first_difference is None
    for version in ("v1.0.0", "v1.1.0"):
        a, b = tmp_path / "a" / "releases" / version, tmp_path / "b" / "releases" / version
        assert [p.read_bytes() for p in sorted(a.rglob("*"))if p.is_file()] == [
            p.read_bytes() for p in sorted(b.rglob("*")) if p.is_file()]


def test_verify_release_rebuild_release_matches(tmp_path, make_tables, publish_kwargs):
    folder = two_releases(tmp_path / "home", make_tables, publish_kwargs)
    result = rebuild_release(folder, make_tables(MORE), tmp_path / "scratch", **publish_kwargs)
    assert result.version == "v1.1.0"
    assert verify_release(folder, result.path).identical


def test_verify_release_reports_first_differing_file(tmp_path, make_tables, publish_kwargs):
    folder = publish_release(make_tables(), tmp_path / "home", **publish_kwargs).path
    rebuilt = tmp_path / "rebuilt"
    shutil.copytree(folder, rebuilt)
    (rebuilt / "articles.csv").write_bytes(b"different")
    result = verify_release(folder, rebuilt)
    assert (result.identical, result.first_difference, result.ok) == (False, "articles.csv",
                                                                      False)


SMALL_GROUPS = ParquetOptions(compression="zstd", compression_level=3, row_group_size=2)


def test_verify_release_records_and_rebuilds_with_its_writer_options(tmp_path, make_tables,
                                                                     publish_kwargs):
    publish_release(make_tables(), tmp_path / "home", options=SMALL_GROUPS, **publish_kwargs)
    folder = publish_release(make_tables(MORE), tmp_path / "home", options=SMALL_GROUPS,
                             **publish_kwargs).path
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["writer"] == {"parquet": {
        "compression": "zstd", "compression_level": 3, "data_page_version": "1.0",
        "row_group_size": 2, "use_dictionary": True, "version": "2.6",
        "write_statistics": True}}
    with pq.ParquetFile(folder / "claims.parquet") as file:
        assert file.num_row_groups == -(-file.metadata.num_rows // 2) > 1
    result = rebuild_release(folder, make_tables(MORE), tmp_path / "scratch", **publish_kwargs)
    assert verify_release(folder, result.path).identical
    # the same tables with the default options: the same rows, other Parquet bytes
    default = publish_release(make_tables(), tmp_path / "default", **publish_kwargs).path
    assert json.loads((default / "datapackage.json").read_text())["writer"] == \
        CURRENT.record()
    first = folder.parent / "v1.0.0"
    for name in ("incidents", "mentions", "articles", "claims"):
        assert pq.read_table(first / f"{name}.parquet").equals(
            pq.read_table(default / f"{name}.parquet"))
        assert (first / f"{name}.parquet").read_bytes() != \
            (default / f"{name}.parquet").read_bytes()
        assert (first / f"{name}.csv").read_bytes() == (default / f"{name}.csv").read_bytes()


def test_verify_release_without_writer_record_rebuilds_with_legacy_options(
        tmp_path, make_tables, publish_kwargs):
    """A release written before the options were recorded (as LEGACY writes it: zstd 9, one
    row group, no `writer` in its descriptor) is rebuilt byte for byte."""
    publish_release(make_tables(), tmp_path / "home", options=LEGACY, **publish_kwargs)
    folder = publish_release(make_tables(MORE), tmp_path / "home", options=LEGACY,
                             **publish_kwargs).path
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert "writer" not in package and writer_options.recorded(package) == LEGACY
    with pq.ParquetFile(folder / "claims.parquet") as file:
        assert file.num_row_groups == 1
        assert file.metadata.row_group(0).column(0).compression == "ZSTD"
    rebuilt = rebuild_release(folder, make_tables(MORE), tmp_path / "scratch",
                              **publish_kwargs).path
    assert verify_release(folder, rebuilt).identical
    current = publish_release(make_tables(), tmp_path / "new", **publish_kwargs).path
    assert (current / "claims.parquet").read_bytes() != \
        (folder.parent / "v1.0.0" / "claims.parquet").read_bytes()

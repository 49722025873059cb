"""`strikes verify` rebuilds each release with the Parquet writer options it recorded: the
committed sample release, a release written before options were recorded (so with the legacy
ones) and a release written with options of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from assets.publish.writer_options import LEGACY, ParquetOptions
from assets.warehouse import Home
from pipelines.runner import materialize_pipeline
from pipelines.verify import verify_version
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def test_verify_rebuilds_the_committed_sample_release(tmp_path):
    """The committed release, with the options it recorded (or LEGACY if it recorded none)."""
    home = Home.at(tmp_path)
    shutil.copytree(REPO / "releases/v1.0.0", home.releases / "v1.0.0")
    ok, lines = verify_version(home, "v1.0.0", raw_dir=REPO / "data/sample")
    assert ok, "\n".join(lines)
    assert "  rebuild: byte-identical" in lines


def test_verify_rebuilds_a_release_that_recorded_no_options(tmp_path):
    """A release written before the options were recorded (zstd 9, a million rows a group, no
    `writer` property) is rebuilt with those, byte for byte."""
    home = Home.at(tmp_path)
    raw = write_corpus(tmp_path / "data" / "sample")
    run = materialize_pipeline(home, raw, writer=LEGACY.as_json())
    assert run.success, run.errors
    folder = home.releases / "v1.0.0"
    package = json.loads((folder / "datapackage.json").read_text("utf-8"))
    assert "writer" not in package
    with pq.ParquetFile(folder / "mentions.parquet") as file:
        assert file.num_row_groups == 1
        assert file.metadata.row_group(0).column(0).compression == "ZSTD"
    ok, lines = verify_version(home, "v1.0.0")
    assert ok, "\n".join(lines)
    assert "  rebuild: byte-identical" in lines


def test_verify_rebuilds_a_release_with_the_options_it_recorded(tmp_path):
    home = Home.at(tmp_path)
    raw = write_corpus(tmp_path / "data" / "sample")
    options = ParquetOptions(compression="zstd", compression_level=5, row_group_size=3)
    run = materialize_pipeline(home, raw, writer=options.as_json())
    assert run.success, run.errors
    folder = home.releases / "v1.0.0"
    package = json.loads((folder / "datapackage.json").read_text("utf-8"))
    assert package["writer"] == options.record()
    with pq.ParquetFile(folder / "mentions.parquet") as file:
        assert file.metadata.num_rows > 3 and file.num_row_groups == -(
            -file.metadata.num_rows // 3)
    ok, lines = verify_version(home, "v1.0.0")
    assert ok, "\n".join(lines)
    assert "  rebuild: byte-identical" in lines

"""`strikes verify` rebuilds each release with the Parquet writer options it recorded: the
committed sample release (written before options were recorded, so with the legacy ones) and a
release written with options of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from assets.publish.writer_options import ParquetOptions
from assets.warehouse import Home
from pipelines.runner import materialize_pipeline
from pipelines.verify import verify_version
from tests.conftest import write_corpus

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def test_verify_rebuilds_the_sample_release_that_recorded_no_options(tmp_path):
    package = json.loads((REPO / "releases/v1.0.0/datapackage.json").read_text("utf-8"))
    if "writer" in package:
        pytest.skip("the sample release records its writer options (regenerated since)")
    home = Home.at(tmp_path)
    shutil.copytree(REPO / "releases/v1.0.0", home.releases / "v1.0.0")
    ok, lines = verify_version(home, "v1.0.0", raw_dir=REPO / "data/sample")
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

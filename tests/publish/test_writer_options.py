"""Writer options: recorded with each release, read back, old releases' default."""

from __future__ import annotations

import json

import pytest

from assets.publish import writer_options
from assets.publish.writer_options import CURRENT, LEGACY, ParquetOptions


def test_writer_options_record_round_trips():
    options = ParquetOptions(compression="zstd", compression_level=3, row_group_size=65_536)
    assert writer_options.from_record(options.record()) == options
    assert writer_options.from_json(options.as_json()) == options
    assert json.loads(CURRENT.as_json()) == {"parquet": {
        "compression": "zstd", "compression_level": 1, "data_page_version": "1.0",
        "row_group_size": 131_072, "use_dictionary": True, "version": "2.6",
        "write_statistics": True}}


def test_writer_options_release_without_record_is_legacy_and_stays_unrecorded():
    old = writer_options.recorded({"name": "strikes", "resources": []})
    assert old == LEGACY and not old.recorded and old.record() is None
    assert (LEGACY.compression_level, LEGACY.row_group_size) == (9, 1_000_000)
    rebuilt = writer_options.from_json(old.as_json())   # how `strikes verify` passes them
    assert rebuilt == LEGACY and not rebuilt.recorded
    assert writer_options.from_json(None) == CURRENT and CURRENT.recorded


def test_writer_options_unknown_option_is_refused():
    record = {"parquet": {**CURRENT.record()["parquet"], "bloom_filter": True}}
    with pytest.raises(ValueError, match="bloom_filter"):
        writer_options.from_record(record)
    with pytest.raises(ValueError, match="row_group_size"):
        ParquetOptions(compression="zstd", compression_level=1, row_group_size=0)

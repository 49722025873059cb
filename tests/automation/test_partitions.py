"""Partition keys of raw files and the runs asked for them."""

from __future__ import annotations

from assets.ingest.load import partition_key
from pipelines.partitions import run_for


def test_partition_key_keeps_a_plain_relative_path():
    assert partition_key("2025/03/feed-01.jsonl") == "2025/03/feed-01.jsonl"


def test_partition_key_sanitizes_commas_spaces_and_dots_uniquely():
    a, b = partition_key("a, b.jsonl"), partition_key("a; b.jsonl")
    assert a.startswith("a__b.jsonl~") and b.startswith("a__b.jsonl~")
    assert a != b
    assert "..." not in partition_key("x...y.md")


def test_run_for_one_key_is_a_partition_run():
    req = run_for(["b.md"], ["a.md", "b.md"], run_key="k")
    assert (req.partition_key, req.run_key) == ("b.md", "k")


def test_run_for_many_keys_is_the_smallest_range_in_partition_order():
    req = run_for(["d.md", "b.md"], ["a.md", "b.md", "c.md", "d.md", "e.md"], run_key="k")
    assert req.partition_key is None
    assert (req.tags["dagster/asset_partition_range_start"],
            req.tags["dagster/asset_partition_range_end"]) == ("b.md", "d.md")

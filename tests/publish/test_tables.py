"""prepare_one: contract columns, types and key order; a table already in shape is not copied."""

from __future__ import annotations

import pyarrow as pa
import pytest

from assets.publish.tables import prepare_one
from assets.schema import INCIDENTS


def test_unsorted_rows_come_back_in_key_order(make_tables) -> None:
    table = make_tables(("inc-c", "inc-a", "inc-b"))["incidents"]
    got = prepare_one(INCIDENTS, table)
    assert got.column("incident_id").to_pylist() == ["inc-a", "inc-b", "inc-c"]


def test_a_table_in_shape_keeps_its_buffers(make_tables) -> None:
    table = prepare_one(INCIDENTS, make_tables(("inc-c", "inc-a", "inc-b"))["incidents"])
    again = prepare_one(INCIDENTS, table)
    assert again.equals(table)
    before = table.column("incident_id").chunk(0).buffers()[2].address
    assert again.column("incident_id").chunk(0).buffers()[2].address == before


def test_chunks_are_combined_and_order_checked_across_chunks(make_tables) -> None:
    one = make_tables(("inc-a", "inc-b", "inc-c"))["incidents"]
    chunked = pa.concat_tables([one.slice(2), one.slice(0, 2)])    # c | a, b
    got = prepare_one(INCIDENTS, chunked)
    assert got.column("incident_id").num_chunks == 1
    assert got.column("incident_id").to_pylist() == ["inc-a", "inc-b", "inc-c"]


def test_duplicate_keys_are_refused(make_tables) -> None:
    one = make_tables(("inc-a", "inc-b"))["incidents"]
    with pytest.raises(ValueError, match="duplicate incident_id"):
        prepare_one(INCIDENTS, pa.concat_tables([one, one.slice(0, 1)]))


def test_duplicate_keys_in_key_order_are_refused(make_tables) -> None:
    # in order but not strictly: the keys are counted, and the repeat is found
    one = make_tables(("inc-a", "inc-b"))["incidents"].sort_by("incident_id")
    with pytest.raises(ValueError, match="duplicate incident_id"):
        prepare_one(INCIDENTS, pa.concat_tables([one.slice(0, 1), one]))

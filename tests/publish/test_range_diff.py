"""The diff by key range (what publishing streams) against the whole-table diff: the same added,
removed and changed lists, in the same order, whatever the batches on either side."""

from __future__ import annotations

import pyarrow as pa
import pytest

from assets.publish.changes import diff_table
from assets.publish.previous import PreviousCopy
from assets.publish.range_diff import diff_by_range

SCHEMA = pa.schema([pa.field("id", pa.string()), pa.field("n", pa.int32()),
                    pa.field("text", pa.string())])


def _table(rows: dict[str, tuple[int | None, str | None]]) -> pa.Table:
    keys = sorted(rows)
    return pa.table({"id": keys, "n": [rows[k][0] for k in keys],
                     "text": [rows[k][1] for k in keys]}, schema=SCHEMA)


def _previous(table: pa.Table, batch_rows: int) -> PreviousCopy:
    return PreviousCopy(table.schema, iter(table.to_batches(max_chunksize=batch_rows)), "id", "t")


def _both(old: pa.Table, new: pa.Table, old_rows: int, new_rows: int):
    ranged, same = diff_by_range(_previous(old, old_rows),
                                 new.to_batches(max_chunksize=new_rows), SCHEMA, "id")
    whole = diff_table(old, new, "id")
    return ranged, same, whole


BASE = {f"k{i:02d}": (i, f"t{i}") for i in range(0, 40, 2)}  # k00, k02, ..., k38
CASES = {
    # new batches of 3 end at k04, k10, ...: keys at the edges both added and removed
    "edges": ({**{k: v for k, v in BASE.items() if k not in ("k04", "k10")},
               "k05": (5, "t5"), "k11": (11, "t11"), "k06": (60, "t6")}),
    "removed after the last new key": {k: v for k, v in BASE.items() if k < "k20"},
    "removed before the first new key": {k: v for k, v in BASE.items() if k > "k20"},
    "all new keys after the old ones": {f"z{i}": (i, None) for i in range(7)},
    "changed only": {k: ((v[0] or 0) + 1, v[1]) if k in ("k00", "k38") else v
                     for k, v in BASE.items()},
    "null values": {k: (None, v[1]) if k in ("k02", "k03") else v for k, v in
                    {**BASE, "k03": (3, None)}.items()},
    "unchanged": dict(BASE),
    "empty new": {},
    "non-ascii keys": {**{k: v for k, v in BASE.items() if k != "k08"}, "ké": (1, "é"),
                       "k\u00ff": (2, None), "k\U0001f600": (3, "x")},
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize(("old_rows", "new_rows"), [(1, 1), (3, 3), (2, 5), (7, 2), (64, 64)])
def test_range_diff_gives_the_whole_table_diff(case, old_rows, new_rows):
    old, new = _table(BASE), _table(CASES[case])
    ranged, same, whole = _both(old, new, old_rows, new_rows)
    assert (ranged.added, ranged.removed) == (whole.added, whole.removed)
    assert list(ranged.changed.items()) == list(whole.changed.items())
    assert same == (case == "unchanged")


def test_range_diff_lists_are_sorted_and_complete_at_the_edges():
    old = _table(BASE)
    new = _table(CASES["edges"])
    ranged, same, _ = _both(old, new, 3, 3)
    assert ranged.added == ["k05", "k11"]
    assert ranged.removed == ["k04", "k10"]
    assert ranged.changed == {"k06": ["n"]}
    assert not same


@pytest.mark.parametrize("old_rows", [{}, dict(BASE)])
def test_range_diff_of_empty_tables(old_rows):
    old, new = _table(old_rows), _table({})
    ranged, same, whole = _both(old, new, 4, 4)
    assert (ranged.added, ranged.removed, ranged.changed) == (whole.added, whole.removed, {})
    assert same == (not old_rows)
    assert ranged.removed == sorted(old_rows)


def test_range_diff_without_a_previous_copy_lists_every_key_added():
    new = _table(CASES["edges"])
    ranged, same = diff_by_range(None, new.to_batches(max_chunksize=2), SCHEMA, "id")
    assert ranged.added == diff_table(None, new, "id").added == sorted(CASES["edges"])
    assert not same


def test_previous_copy_out_of_key_order_is_refused():
    rows = _table(BASE)
    backwards = rows.take(pa.array(range(rows.num_rows - 1, -1, -1)))
    with pytest.raises(ValueError, match="not in key order"):
        diff_by_range(_previous(backwards, 5), rows.to_batches(max_chunksize=5), SCHEMA, "id")

"""`diff_table` against a plain dictionary diff, in key order or not, with rows removed or not
(the removed keys are found without a second lookup only when both key columns are strictly
ascending, have no null and every old key is found)."""

from __future__ import annotations

import pyarrow as pa
import pytest

from assets.publish.changes import diff_table


def _table(rows: list[tuple[str | None, int | None, str | None]]) -> pa.Table:
    return pa.table({"id": pa.array([r[0] for r in rows], pa.string()),
                     "killed": pa.array([r[1] for r in rows], pa.int32()),
                     "place": pa.array([r[2] for r in rows], pa.string())})


def _reference(old: pa.Table, new: pa.Table) -> tuple[list, list, dict]:
    before = {r["id"]: r for r in old.to_pylist()}
    after = {r["id"]: r for r in new.to_pylist()}
    changed = {k: [c for c in ("id", "killed", "place") if before[k][c] != after[k][c]]
               for k in sorted(before.keys() & after.keys())}
    return (sorted(after.keys() - before.keys()), sorted(before.keys() - after.keys()),
            {k: v for k, v in changed.items() if v})


OLD = [("a", 1, "Kyiv"), ("b", None, "Lviv"), ("c", 3, None), ("d", 4, "Odesa")]
CASES = {
    "added only, in key order": OLD[:2] + [("b2", 0, "Sumy")] + OLD[2:] + [("e", 5, "Kharkiv")],
    "added and changed": [("a", 1, "Kyiv"), ("b", 2, "Lviv"), ("c", 3, "Dnipro"), ("c2", 1, None),
                          ("d", None, "Odesa")],
    "as many rows, one removed, one added": [("a", 1, "Kyiv"), ("b", None, "Lviv"),
                                             ("c", 3, None), ("e", 4, "Odesa")],
    "removed and added": [("a", 1, "Kyiv"), ("d", 4, "Odesa"), ("f", 1, "Sumy")],
    "out of key order": [("d", 4, "Odesa"), ("a", 1, "Kyiv"), ("c", 3, None), ("b", 9, "Lviv"),
                         ("e", 5, None)],
    "all removed": [],
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("old_order", ["ascending", "descending"])
def test_diff_table_is_the_dictionary_diff(case, old_order):
    old = _table(OLD if old_order == "ascending" else OLD[::-1])
    new = _table(CASES[case])
    got = diff_table(old, new, "id")
    added, removed, changed = _reference(old, new)
    assert (got.added, got.removed) == (added, removed)
    assert list(got.changed.items()) == list(changed.items())

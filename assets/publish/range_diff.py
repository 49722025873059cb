"""A table diffed against its previous copy one key range at a time.

Both are in key order, so each batch of the new table is compared with the previous rows whose
keys fall in the same range (up to the batch's last key; the rows after the last new key make
a last range with no new rows). Every key lies in exactly one range, so the ranges' added,
removed and changed keys, concatenated in range order, are `changes.diff_table`'s lists, sorted
as they are (Arrow orders strings by UTF-8 bytes, Python by code points: the same order). The
table equals its previous copy when every range does.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa

from assets.publish.changes import TableDiff, diff_table
from assets.publish.key_list import KeyList
from assets.publish.previous import PreviousCopy


class RangeDiff:
    """The diff of one table, gathered range by range (`add`)."""

    def __init__(self, key: str, comparable: bool, keep_keys: bool = True) -> None:
        """comparable: there is a previous copy with every column (it may equal the table);
        keep_keys: keep the added and removed keys, not just their number (`KeyList`)."""
        self.key, self.comparable = key, comparable
        self.diff = TableDiff(added=KeyList(keep_keys), removed=KeyList(keep_keys))
        self.same = comparable  # every range so far equal

    def add(self, old: pa.Table | None, new: pa.Table) -> tuple[TableDiff, bool]:
        """Diff one range (old: the previous rows of its keys, None without a previous copy);
        returns its piece of the diff and whether the two are equal."""
        if self.comparable and old is not None and old.schema.equals(new.schema) \
                and old.equals(new):
            return TableDiff(), True
        self.same = False
        piece = diff_table(old, new, self.key)
        self.diff.added.extend(piece.added)
        self.diff.removed.extend(piece.removed)
        self.diff.changed.update(piece.changed)
        return piece, False


def diff_by_range(old: PreviousCopy | None, new: Iterable[pa.RecordBatch], schema: pa.Schema,
                  key: str, comparable: bool = True) -> tuple[TableDiff, bool]:
    """(the diff, equal) of a table given as key-ordered batches against its previous copy,
    range by range (what publishing does, without writing or reducing)."""
    ranges = RangeDiff(key, comparable and old is not None)
    for batch in new:
        table = pa.Table.from_batches([batch], schema=schema)
        ranges.add(old.upto(batch.column(key)[-1].as_py()) if old is not None else None, table)
    if old is not None:
        ranges.add(old.rest(), schema.empty_table())
    return ranges.diff, ranges.same

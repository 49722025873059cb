"""The keys a diff lists, gathered key range by key range and held in Arrow.

A first release adds every key of every table: at 1,000,000 articles ~5 million keys, ~75
bytes each in a Python list of str against ~24 in an Arrow string array. Only the incidents'
keys are read back (changes.parquet and the change log list them); the other tables' are only
counted (the release's reason and bump), so theirs are not kept at all.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import overload

import pyarrow as pa


class KeyList(Sequence):
    """A sorted list of keys appended a range at a time (`extend`); with keep=False only their
    number is kept, and reading them is an error."""

    def __init__(self, keep: bool = True) -> None:
        self._keep = keep
        self._chunks: list[pa.Array] = []
        self._count = 0

    def extend(self, keys: list) -> None:
        self._count += len(keys)
        if self._keep and keys:
            self._chunks.append(pa.array(keys, pa.string()))

    def arrow(self) -> pa.ChunkedArray:
        """The keys as one Arrow column."""
        self._readable()
        return pa.chunked_array(self._chunks, pa.string())

    def _readable(self) -> None:
        if not self._keep:
            raise LookupError("only the number of these keys was kept")

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> object: ...

    @overload
    def __getitem__(self, index: slice) -> list: ...

    def __getitem__(self, index: int | slice) -> object:
        keys = self.arrow()
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            if step != 1:
                return keys.to_pylist()[index]
            return keys.slice(start, max(stop - start, 0)).to_pylist()
        return keys[index].as_py()

    def __iter__(self) -> Iterator:
        self._readable()
        for chunk in self._chunks:
            yield from chunk.to_pylist()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, KeyList)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"KeyList({list(self)!r})" if self._keep else f"KeyList(<{self._count} keys>)"

"""StreamedTable.streaming: the one place a streamed table's writers are aborted on failure and
its sources closed either way."""

from __future__ import annotations

import pytest

from assets import schema as contract
from assets.publish.reduced import Reduced
from assets.publish.streamed import StreamedTable


class _Closable:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


class _Sink:
    def __init__(self) -> None:
        self.aborted = 0

    def abort(self) -> None:
        self.aborted += 1


def _table() -> StreamedTable:
    return StreamedTable(contract.TABLES_BY_NAME["claims"], Reduced(), True)


def test_streaming_closes_source_and_previous_copy_and_drops_the_source():
    table = _table()
    source, old = _Closable(), _Closable()
    with table.streaming():
        table.source, table.old = source, old   # type: ignore[assignment]
    assert (source.closed, old.closed) == (1, 1)
    assert table.source is None


def test_streaming_aborts_the_files_on_failure_then_closes_and_reraises():
    table = _table()
    source, sink = _Closable(), _Sink()
    with pytest.raises(OSError, match="disk full"):
        with table.streaming():
            table.source, table.sink = source, sink   # type: ignore[assignment]
            raise OSError("disk full")
    assert (sink.aborted, source.closed) == (1, 1)


def test_streaming_leaves_files_alone_when_nothing_fails():
    table = _table()
    sink = _Sink()
    with table.streaming():
        table.sink = sink   # type: ignore[assignment]
    assert sink.aborted == 0

"""A table's Parquet and CSV files written batch by batch while publishing streams it.

Each file is written on a thread of its own from a short queue of batches (`Feed`), so the
writers and the thread that reads, diffs and reduces share the cores (Arrow's C++, zstd and
the compute kernels let go of the GIL), and at most a few batches wait. Both writers give the
same bytes whatever the batches (`writers`). A writer that fails keeps taking batches until the
table ends, so the thread feeding it never blocks; its error is raised at the next batch or at
`TableSink.finish`.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path

import pyarrow as pa

FEED_BATCHES = 2  # batches queued for each writer
_END = object()

# writes one file from a table or a Feed, returns its (bytes, sha256): `table_files._write_file`
WriteFile = Callable[..., tuple[int, str]]


class Feed:
    """The batches of one table for one writer thread, with the table's schema."""

    def __init__(self, schema: pa.Schema) -> None:
        self.schema = schema
        self._queue: queue.Queue = queue.Queue(FEED_BATCHES)
        self._ended = False  # the end was read

    def put(self, batch: object) -> None:
        self._queue.put(batch)

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        while not self._ended:
            batch = self._queue.get()
            if batch is _END:
                self._ended = True
                return
            yield batch

    def end(self) -> None:
        self._queue.put(_END)

    def drain(self) -> None:
        for _ in self:
            pass


class Tapped:
    """A Feed whose batches are also handed to `tap` as they are read (the kept copy)."""

    def __init__(self, feed: Feed, tap: Callable[[pa.RecordBatch], None]) -> None:
        self.schema, self._feed, self._tap = feed.schema, feed, tap

    def __iter__(self) -> Iterator[pa.RecordBatch]:
        for batch in self._feed:
            self._tap(batch)
            yield batch


def _writing(write: WriteFile, feed: Feed, path: Path, *args: object) -> tuple[int, str]:
    try:
        return write(feed, path, *args)
    finally:
        feed.drain()  # whatever the writer left, so that `put` never blocks


class TableSink:
    """The files of one table being written: `put` each batch in key order, then `finish`
    (or `abort` when the table fails)."""

    def __init__(self, name: str, schema: pa.Schema, paths: list[Path], write: WriteFile,
                 *args: object) -> None:
        self.paths = paths
        self.feeds = [Feed(schema) for _ in paths]
        pool = ThreadPoolExecutor(max_workers=len(paths), thread_name_prefix=f"write-{name}")
        self.futures: list[Future] = [pool.submit(_writing, write, feed, path, *args)
                                      for feed, path in zip(self.feeds, paths, strict=True)]
        pool.shutdown(wait=False)  # the threads end with their file
        self._ended = False

    def put(self, batch: pa.RecordBatch) -> None:
        for future in self.futures:
            if future.done():  # a writer ends before the table only when it failed
                future.result()
        for feed in self.feeds:
            feed.put(batch)

    def end(self) -> None:
        """Say the table has no more batches: the writers finish its files on their threads
        (`finish` waits for them)."""
        if not self._ended:
            self._ended = True
            for feed in self.feeds:
                feed.end()

    def _end(self) -> None:
        self.end()
        wait(self.futures)

    def finish(self, stats: dict[str, tuple[int, str]]) -> None:
        """Wait for every file, then record each one's (bytes, sha256) in stats by file name
        (or raise the first writer's error)."""
        self._end()
        for path, future in zip(self.paths, self.futures, strict=True):
            stats[path.name] = future.result()

    def abort(self) -> None:
        """End the files after a failure elsewhere (their errors, if any, are dropped)."""
        self._end()

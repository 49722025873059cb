"""Run the extractor over the warehouse's articles in batches, incrementally, on every core.

An article is (re)extracted when it is new, its text changed (sha256) or the extractor version
changed; mentions of articles that left the `articles` table are removed. Pending articles are
read from DuckDB a batch at a time and cut into chunks that a process pool extracts; results
are written back in article-id order, so the rows (and their insertion order) are identical to a
single-process run. Memory holds a bounded window of chunks, never the whole corpus: only the
pending article ids are sorted (`assets/keyed_reads.py`; sorting the articles with their text
held them all in DuckDB), and the rows are written a few chunks a statement and committed every
COMMIT_ROWS articles (`assets/extract/results.py`), so DuckDB never holds more than that
uncommitted. A failure keeps the batches committed before it (each
article's mentions with its `extractions` row) and the next pass extracts the rest.

Workers: STRIKES_WORKERS if set; else the first PROBE_ARTICLES articles are extracted
in-process and timed, and a pool of one process per core takes the rest only when that is more
than PARALLEL_MIN_S seconds of work: a small backlog stays in-process, where starting workers
(even forked) would cost more than they save. A backlog of a few chunks (an incremental run of
1,000 articles is four) is cut into smaller chunks (`chunk_size`), so that the workers finish
together instead of one waiting on the other's last chunk, and the in-process probe is short.

Workers are forked (STRIKES_START_METHOD=spawn to change): a spawned worker re-imports the main
module, which under `strikes` is all of Dagster (5-6 s on this machine), while a forked one
starts in a fraction of a second with the gazetteer already built. A worker only runs the pure
Python extractor: it never touches the DuckDB connection or Dagster state it inherits. The
run's heap is frozen (`gc.freeze`) while the workers live: a forked worker's collector would
otherwise visit every object it inherited and so copy each page of the parent's heap (the run's
events, Dagster's state) into its own memory (`assets.ordered_pool.frozen_heap`, which ingest's
pool uses too).
"""

from __future__ import annotations

import itertools
import math
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor

import duckdb

from assets.extract.extractor import EXTRACTOR_VERSION, extract_mentions
from assets.extract.results import ExtractSummary, ResultWriter
from assets.keyed_reads import drop_keys, keyed_batches, stage_keys
from assets.ordered_pool import PARALLEL_MIN_S, START_METHOD, frozen_heap, workers_forced
from assets.warehouse import transaction

READ_BATCH = 1000  # articles read from DuckDB at a time
CHUNK = 250  # articles per task sent to a worker
COMMIT_ROWS = 20_000  # articles whose mentions are written per transaction
PROBE_ARTICLES = 40  # articles extracted in-process (the first one untimed) to time the work
MIN_CHUNK = 25  # smallest chunk `chunk_size` cuts a small backlog into
Progress = Callable[[str], None]
Row = tuple[str, str, str, str | None, str | None]  # article_id, sha256, text, published_at, title

ARTICLE_FIELDS = ["article_id", "sha256", "text", "published_at", "title"]  # a Row
_STALE = """
    SELECT a.article_id
    FROM articles a LEFT JOIN extractions e USING (article_id)
    WHERE e.article_id IS NULL OR e.sha256 <> a.sha256 OR e.extractor_version <> ?
"""


def worker_count(pending: int) -> int:
    """How many processes a pool for `pending` articles has: STRIKES_WORKERS or one per core,
    never more than there are chunks."""
    env = os.environ.get("STRIKES_WORKERS", "").strip()
    wanted = int(env) if env else len(os.sched_getaffinity(0))
    return max(1, min(wanted, math.ceil(pending / CHUNK)))


def chunk_size(pending: int, workers: int | None) -> int:
    """Articles per chunk: CHUNK, or fewer when `pending` would give each possible worker
    less than four chunks (never under MIN_CHUNK, never over CHUNK). A single process
    (workers=1) keeps CHUNK. Chunks change where results are cut, not the rows written."""
    if workers == 1:
        return CHUNK
    cores = workers or worker_count(pending)
    return min(CHUNK, max(MIN_CHUNK, math.ceil(pending / (4 * cores))))


def extract_chunk(rows: list[Row]) -> list[list[dict]]:
    """Mentions of each article of a chunk, in the chunk's order (runs in a worker)."""
    return [extract_mentions({"article_id": aid, "text": text or "", "published_at": pub,
                              "title": title}) for aid, _sha, text, pub, title in rows]


class _InProcess(Executor):
    """An executor that runs each task at once, for the single-process path."""

    def submit(self, fn, /, *args, **kwargs) -> Future:  # type: ignore[override]
        f: Future = Future()
        f.set_result(fn(*args, **kwargs))
        return f


def _chunks(con: duckdb.DuckDBPyConnection, pending: int, size: int) -> Iterator[list[Row]]:
    """The staged pending articles in article-id order, `size` at a time, READ_BATCH read at
    a time."""
    for rows in keyed_batches(con, "articles", "article_id", ARTICLE_FIELDS, 0, pending,
                              READ_BATCH):
        for start in range(0, len(rows), size):
            yield rows[start:start + size]


def _delete_stale(con: duckdb.DuckDBPyConnection, s: ExtractSummary) -> int:
    """Remove mentions of articles that left or will be re-extracted, and stage the ids of
    those to extract (`stage_keys`); returns how many pend."""
    gone = "SELECT article_id FROM articles"
    s.articles_removed = con.execute(
        f"SELECT count(*) FROM extractions WHERE article_id NOT IN ({gone})").fetchone()[0]
    con.execute(f"DELETE FROM mentions WHERE article_id NOT IN ({gone})")
    con.execute(f"DELETE FROM extractions WHERE article_id NOT IN ({gone})")
    stale = f"SELECT article_id FROM ({_STALE})"
    pending = stage_keys(con, f"SELECT article_id, article_id FROM ({_STALE})",
                         [EXTRACTOR_VERSION])
    if pending:
        con.execute(f"DELETE FROM mentions WHERE article_id IN ({stale})", [EXTRACTOR_VERSION])
        con.execute(f"DELETE FROM extractions WHERE article_id IN ({stale})",
                    [EXTRACTOR_VERSION])
    return pending


def extract_pending(con: duckdb.DuckDBPyConnection, *, progress: Progress | None = None,
                    workers: int | None = None) -> ExtractSummary:
    """Extract every article whose mentions are missing or stale; returns counts."""
    s = ExtractSummary()
    s.articles_total = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    try:
        with transaction(con):
            pending = _delete_stale(con, s)
        if workers is None and workers_forced():
            workers = worker_count(pending)
        chunks = _chunks(con, pending, chunk_size(pending, workers))
        with transaction(con):
            out = ResultWriter(con, s, COMMIT_ROWS)
            if not workers:
                workers, rest = _probe(chunks, pending, out)
                chunks = itertools.chain(rest, chunks)
            s.workers = workers
            pool: Executor = (_InProcess() if s.workers == 1 else ProcessPoolExecutor(
                s.workers, mp_context=multiprocessing.get_context(START_METHOD)))
            with frozen_heap(s.workers > 1 and START_METHOD == "fork"), pool:
                window: deque[tuple[list[Row], Future]] = deque()
                for rows in chunks:
                    window.append((rows, pool.submit(extract_chunk, rows)))
                    if len(window) >= 2 * s.workers:  # bounded: results are written in order
                        out.add(*_pop(window))
                        _report(progress, s, pending)
                while window:
                    out.add(*_pop(window))
                    _report(progress, s, pending)
            out.flush()
    finally:
        drop_keys(con)
    return s


def _probe(chunks: Iterator[list[Row]], pending: int, out: ResultWriter
           ) -> tuple[int, list[list[Row]]]:
    """Extract the first PROBE_ARTICLES articles here, timed, and hand them to `out`; return
    how many workers the rest deserves, and the first chunk's other articles (a chunk to do
    next)."""
    first = next(chunks, None)
    if first is None:
        return 1, []
    probe, rest = first[:PROBE_ARTICLES], first[PROBE_ARTICLES:]
    found = extract_chunk(probe[:1])  # warms up the gazetteer and regexes, not timed
    t0 = time.perf_counter()
    found += extract_chunk(probe[1:])
    per_article = (time.perf_counter() - t0) / max(1, len(probe) - 1)
    out.add(probe, found)
    left = pending - len(probe)
    return workers_for(per_article * left, left), [rest] if rest else []


def workers_for(seconds: float, articles: int) -> int:
    """Processes for `articles` articles estimated at `seconds` of one core's work: a pool
    (`worker_count`) past PARALLEL_MIN_S, else this process alone."""
    return worker_count(articles) if seconds > PARALLEL_MIN_S else 1


def _pop(window: deque[tuple[list[Row], Future]]) -> tuple[list[Row], list[list[dict]]]:
    rows, future = window.popleft()
    return rows, future.result()


def _report(progress: Progress | None, s: ExtractSummary, total: int) -> None:
    if progress and (s.articles_extracted % (4 * CHUNK) == 0 or s.articles_extracted == total):
        progress(f"extract: {s.articles_extracted}/{total} articles, "
                 f"{s.mentions_written} mentions ({s.workers} workers)")

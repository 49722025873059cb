"""Raw rows -> clean `articles` columns, a batch at a time, on two cores when there is enough.

`cleaned` turns each batch of raw rows (RawArticle's fields, as `build_articles` reads them)
into the columns of its clean rows, in the order the batches come. The first batch is cleaned
here and timed (thread CPU); a pool of forked workers (`assets/ordered_pool.py`) cleans the
rest only when they are estimated at more than PARALLEL_MIN_S seconds of one core's work, so
an incremental pass of a few hundred articles never leaves this process. Cleaning is a
function of the raw row, so where it runs changes no row and no order.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import closing

import pyarrow as pa

from assets.ingest.clean import article_row
from assets.ingest.records import RawArticle
from assets.ordered_pool import PARALLEL_MIN_S, cores, ordered_map, workers_forced
from assets.schema import ARTICLES
from assets.warehouse import FEW_ROWS

ARTICLE_COLUMNS = [*ARTICLES.column_names, "source_path", "text"]

Columns = pa.Table | dict[str, list]


def clean_batch(rows: list[tuple]) -> Columns:
    """The ARTICLE_COLUMNS of a batch's clean rows: an Arrow table past FEW_ROWS rows (built
    here, on the worker), else lists by column, as `insert_columns` takes them."""
    cleaned = [article_row(RawArticle(*r)) for r in rows]
    columns = {c: [r.get(c) for r in cleaned] for c in ARTICLE_COLUMNS}
    return pa.Table.from_pydict(columns) if len(cleaned) > FEW_ROWS else columns


def cleaned(batches: Iterable[list[tuple]], todo: int, workers: int | None = None
            ) -> Iterator[Columns]:
    """`clean_batch` of every batch, in order, for `todo` rows in all (see the module doc);
    `workers` (or STRIKES_WORKERS) forces the pool's size, without a probe."""
    batches = iter(batches)
    if workers is None:
        workers = workers_forced()
    if workers is None:
        first = next(batches, None)
        if first is None:
            return
        t0 = time.thread_time()
        yield clean_batch(first)
        per_row = (time.thread_time() - t0) / max(1, len(first))
        workers = cores() if per_row * (todo - len(first)) > PARALLEL_MIN_S else 1
    with closing(ordered_map(clean_batch, batches, workers)) as results:
        yield from results

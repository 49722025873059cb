"""The validate stage as its asset runs it: the collapse threshold from the latest release, then
every check (see `validate_warehouse`), with GE Data Docs of the run."""

from __future__ import annotations

import duckdb

from assets.validate.apply import Bounds, Progress, ValidationReport, validate_warehouse
from assets.warehouse import Home, latest_release_counts, validation_docs_dir


def run_validate(con: duckdb.DuckDBPyConnection, home: Home, *,
                 progress: Progress | None = None, bounds: Bounds | None = None,
                 wait_docs: bool = True) -> ValidationReport:
    """Validate the warehouse. When GE runs, its Data Docs of this run replace the last run's;
    when nothing needs GE (no row changed, every whole-table verdict kept) the last Data Docs
    stay, those of the last validation that judged these rows. `bounds` caps the rows of the
    frames GE is given (tests use small ones). wait_docs=False: see `validate_warehouse`."""
    return validate_warehouse(con, previous_counts=latest_release_counts(home),
                              progress=progress, docs_dir=validation_docs_dir(home),
                              bounds=bounds, wait_docs=wait_docs)

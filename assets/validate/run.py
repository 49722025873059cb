"""The validate stage as its asset runs it: a fresh Data Docs folder, the collapse threshold
from the latest release, then every check (see `validate_warehouse`)."""

from __future__ import annotations

import shutil

import duckdb

from assets.validate.apply import Progress, ValidationReport, validate_warehouse
from assets.warehouse import Home, latest_release_counts, validation_docs_dir


def run_validate(con: duckdb.DuckDBPyConnection, home: Home, *,
                 progress: Progress | None = None) -> ValidationReport:
    """Validate the warehouse; GE Data Docs of this run replace the last run's."""
    docs = validation_docs_dir(home)
    shutil.rmtree(docs, ignore_errors=True)
    return validate_warehouse(con, previous_counts=latest_release_counts(home),
                              progress=progress, docs_dir=docs)

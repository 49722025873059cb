"""Injected failures shared by the crash tests: an exception type and a DuckDB connection that
fails on its n-th COMMIT, after every statement before it ran."""

from __future__ import annotations

import duckdb


class Crash(RuntimeError):
    """The injected failure."""


class FailingConnection:
    """A DuckDB connection that fails on its n-th COMMIT, after everything before it ran."""

    def __init__(self, con: duckdb.DuckDBPyConnection, nth: int) -> None:
        self._con, self._left = con, nth

    def execute(self, sql: str, *args):
        if sql.strip().upper() == "COMMIT":
            self._left -= 1
            if self._left == 0:
                raise Crash(f"injected failure at COMMIT {sql!r}")
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._con, name)

"""The ground floor: where HOME keeps its files, the warehouse DDL and connection helpers.

Every stage reads and writes the one DuckDB file through these helpers; stages never import
each other, data passes between them through the tables defined here.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from assets.schema import PUBLISHED_TABLES, Table
from assets.warehouse_memory import limit_memory

STATE_DIR = ".state"
WAREHOUSE_FILE = "warehouse.duckdb"
RUN_LOCK_FILE = "run.lock"
BATCH_SIZE = 5000
FEW_ROWS = 4  # insert_columns binds up to this many rows as parameters instead of via Arrow


@dataclass(frozen=True)
class Home:
    """The folder a pipeline works in: raw input, warehouse state and releases."""

    root: Path

    @classmethod
    def at(cls, root: str | Path) -> Home:
        return cls(Path(root).expanduser().resolve())

    @property
    def state(self) -> Path:
        return self.root / STATE_DIR

    @property
    def warehouse(self) -> Path:
        return self.state / WAREHOUSE_FILE

    @property
    def releases(self) -> Path:
        return self.root / "releases"

    @property
    def default_raw_dir(self) -> Path:
        return self.root / "data" / "sample"


def _columns_ddl(table: Table, extra: Sequence[tuple[str, str]] = ()) -> str:
    cols = [f'"{c.name}" {c.sql_type}' for c in table.columns]
    cols += [f'"{n}" {t}' for n, t in extra]
    return ", ".join(cols)


def _published_ddl() -> list[str]:
    ddl = []
    for t in PUBLISHED_TABLES:
        extra = [("source_path", "VARCHAR"), ("text", "VARCHAR")] if t.name == "articles" else []
        ddl.append(f"CREATE TABLE IF NOT EXISTS {t.name} ({_columns_ddl(t, extra)})")
        # What validation lets through: the rows a release publishes.
        ddl.append(f"CREATE TABLE IF NOT EXISTS valid_{t.name} ({_columns_ddl(t)})")
    return ddl


INTERNAL_DDL = [
    """CREATE TABLE IF NOT EXISTS raw_files (
        source_path VARCHAR PRIMARY KEY, sha256 VARCHAR, bytes BIGINT, format VARCHAR,
        n_articles INTEGER, n_quarantined INTEGER, run_id VARCHAR, arrival INTEGER)""",
    """CREATE TABLE IF NOT EXISTS raw_articles (
        seq BIGINT, article_id VARCHAR, source_path VARCHAR, source_line INTEGER,
        format VARCHAR, sha256 VARCHAR, url VARCHAR, outlet VARCHAR, title VARCHAR,
        published_at VARCHAR, language VARCHAR, text VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS quarantine (
        stage VARCHAR, source_path VARCHAR, source_line INTEGER, record_id VARCHAR,
        reason VARCHAR, quarantined_at VARCHAR)""",
    # The merge stage: which incident each mention was merged into (its `claims` table, every
    # figure side by side, is a published table: created with the others below).
    """CREATE TABLE IF NOT EXISTS incident_members (
        mention_id VARCHAR PRIMARY KEY, incident_id VARCHAR)""",
    # Settings a stage's incremental state depends on (e.g. the reader limits ingest used).
    """CREATE TABLE IF NOT EXISTS settings (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS extractions (
        article_id VARCHAR PRIMARY KEY, sha256 VARCHAR, extractor_version VARCHAR,
        n_mentions INTEGER)""",
    """CREATE TABLE IF NOT EXISTS validation_results (
        table_name VARCHAR, expectation VARCHAR, check_name VARCHAR, severity VARCHAR,
        level VARCHAR, success BOOLEAN, unexpected_count INTEGER, detail VARCHAR)""",
    # The curate stage's log: one row per corrections entry, with what the last run did with it.
    """CREATE TABLE IF NOT EXISTS corrections (
        name VARCHAR, file VARCHAR, entry INTEGER, target VARCHAR, action VARCHAR,
        fields VARCHAR, reason VARCHAR, curator VARCHAR, date VARCHAR, fingerprint VARCHAR,
        status VARCHAR, detail VARCHAR, mention_ids VARCHAR, incident_ids VARCHAR)""",
    # The validate stage's memory: each validated row's fingerprint and the row-level checks
    # it failed, so unchanged rows are not validated again (assets/validate/rows.py).
    """CREATE TABLE IF NOT EXISTS validated_rows (
        table_name VARCHAR, row_id VARCHAR, fingerprint UBIGINT)""",
    # The merge stage's memory (assets/merge/merge.py): each mention's date window, and per
    # window its decision counts and the places of its first and last day's precise groups (for
    # near-misses across window edges), so a run re-clusters only windows whose mentions changed.
    """CREATE TABLE IF NOT EXISTS merge_mentions (mention_id VARCHAR, window_fp BIGINT)""",
    """CREATE TABLE IF NOT EXISTS merge_windows (
        window_fp BIGINT, kind VARCHAR, country VARCHAR, attacker VARCHAR, admin1 VARCHAR,
        merges INTEGER, near_misses INTEGER, first_day DATE, first_places VARCHAR[],
        last_day DATE, last_places VARCHAR[])""",
    """CREATE TABLE IF NOT EXISTS row_failures (
        table_name VARCHAR, check_name VARCHAR, row_id VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS row_quarantine (
        table_name VARCHAR, row_id VARCHAR, expectation VARCHAR, severity VARCHAR,
        detail VARCHAR)""",
]


def _expected_columns() -> dict[str, list[str]]:
    """Columns each contract-derived table must have (the warehouse-only extras included)."""
    want: dict[str, list[str]] = {}
    for t in PUBLISHED_TABLES:
        extra = ["source_path", "text"] if t.name == "articles" else []
        want[t.name] = [*t.column_names, *extra]
        want[f"valid_{t.name}"] = t.column_names
    return want


def _migrate(con: duckdb.DuckDBPyConnection) -> None:
    """Drop contract-derived tables whose columns differ from the contract (an older warehouse).
    They are refilled by the next run: articles, incidents, claims and valid_* are rebuilt in
    full each run, and dropping `mentions` forgets the extraction log so every article is
    extracted again."""
    raw_cols = [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'raw_files' "
        "AND table_schema = current_schema()").fetchall()]
    if raw_cols and "arrival" not in raw_cols:  # before revisions were ordered by arrival
        con.execute("ALTER TABLE raw_files ADD COLUMN arrival INTEGER DEFAULT 1")
    for name, columns in _expected_columns().items():
        have = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position", [name]).fetchall()]
        if have and have != columns:
            con.execute(f"DROP TABLE {name}")
            if name == "mentions":
                con.execute("DROP TABLE IF EXISTS extractions")


def _ddl_table_names() -> list[str]:
    """The tables `ensure_schema` creates, in its order."""
    return [re.search(r"CREATE TABLE IF NOT EXISTS (\w+)", stmt).group(1)  # type: ignore[union-attr]
            for stmt in INTERNAL_DDL + _published_ddl()]


def _schema_current(con: duckdb.DuckDBPyConnection) -> bool:
    """True when `ensure_schema` would change nothing: every table it creates exists, the
    contract-derived ones have the contract's columns, and raw_files has `arrival`. One
    catalog query, where `ensure_schema` runs ~30 statements: every stage opens the
    warehouse, so this is paid once per asset of a run."""
    have = dict(con.execute(
        "SELECT table_name, list(column_name ORDER BY ordinal_position) FROM "
        "information_schema.columns WHERE table_catalog = current_database() "
        "AND table_schema = current_schema() GROUP BY table_name"
    ).fetchall())
    if any(name not in have for name in _ddl_table_names()):
        return False
    if "arrival" not in have["raw_files"]:
        return False
    return all(list(have[name]) == columns for name, columns in _expected_columns().items())


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create every warehouse table that does not exist yet (recreating the merge stage's
    tables when an older warehouse has other columns); nothing when all are as they must be."""
    if _schema_current(con):
        return
    _migrate(con)
    for stmt in INTERNAL_DDL + _published_ddl():
        con.execute(stmt)


class WarehouseBusyError(RuntimeError):
    """Another process holds the warehouse's write lock."""


def connect(home: Home, *, read_only: bool = False, wait_seconds: float = 30.0
            ) -> duckdb.DuckDBPyConnection:
    """Open the warehouse (creating it and its schema) under the DuckDB memory limit of
    `assets.warehouse_memory`; wait a while if another writer has it."""
    home.state.mkdir(parents=True, exist_ok=True)
    if read_only and not home.warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {home.warehouse}: run `strikes run` first")
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(home.warehouse), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                raise WarehouseBusyError(
                    f"the warehouse {home.warehouse} is in use by another process: {exc}"
                ) from exc
            time.sleep(0.5)
    # UTC sessions: time-zone arithmetic never depends on the machine's zone.
    con.execute("SET TimeZone = 'UTC'")
    limit_memory(con, home.state)
    if not read_only:
        ensure_schema(con)
    return con


def _lock_holder(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8").strip() or "unknown"
    except OSError:
        return "unknown"


@contextlib.contextmanager
def run_lock(home: Home, *, wait_seconds: float = 30.0,
             on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """One pipeline run per HOME at a time (an advisory lock on HOME/.state/run.lock).

    A second run waits up to `wait_seconds` (telling `on_wait` once), then raises
    `WarehouseBusyError`. The lock dies with its process, so a killed run never leaves it stale.
    """
    home.state.mkdir(parents=True, exist_ok=True)
    path = home.state / RUN_LOCK_FILE
    with path.open("a+", encoding="utf-8") as handle:
        deadline = time.monotonic() + wait_seconds
        told = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _lock_holder(path)
                if time.monotonic() >= deadline:
                    raise WarehouseBusyError(
                        f"another strikes run (pid {holder}) is working in {home.root}; "
                        f"waited {wait_seconds:g} s: try again when it has finished") from None
                if on_wait is not None and not told:
                    on_wait(f"waiting up to {wait_seconds:g} s for another strikes run "
                            f"(pid {holder}) in {home.root} to finish")
                    told = True
                time.sleep(0.2)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def session(home: Home, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection that is closed on exit."""
    con = connect(home, read_only=read_only)
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN; COMMIT when the block ends, ROLLBACK (and re-raise) when it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def insert_columns(con: duckdb.DuckDBPyConnection, table: str,
                   columns: dict[str, list] | pa.Table) -> int:
    """Insert whole columns (name -> values, all of one length; or an Arrow table already
    built from them) in one statement through Arrow; returns the number of rows inserted."""
    if isinstance(columns, pa.Table):
        return _insert_arrow(con, table, columns)
    n = len(next(iter(columns.values()), []))
    if n == 0:
        return 0
    if n <= FEW_ROWS:  # registering an Arrow table costs more than binding a few rows
        col_list = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {table} ({col_list}) VALUES ({marks})"
        rows = [list(row) for row in zip(*columns.values(), strict=True)]
        if n == 1:  # execute binds one row in ~60 % of executemany's time (a page, a note)
            con.execute(sql, rows[0])
        else:
            con.executemany(sql, rows)
        return n
    return _insert_arrow(con, table, pa.Table.from_pydict(columns))


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> int:
    if rows.num_rows == 0:
        return 0
    col_list = ", ".join(f'"{c}"' for c in rows.column_names)
    con.register("_columns", rows)
    try:
        con.execute(f"INSERT INTO {table} ({col_list}) SELECT {col_list} FROM _columns")
    finally:
        con.unregister("_columns")
    return rows.num_rows


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str],
                rows: Iterable[dict], batch_size: int = BATCH_SIZE) -> int:
    """Insert dict rows in batches of `batch_size` through Arrow; returns the number inserted."""
    n = 0
    batch: list[dict] = []

    def flush() -> None:
        insert_columns(con, table, {c: [r.get(c) for r in batch] for c in columns})
        batch.clear()

    for row in rows:
        batch.append(row)
        n += 1
        if len(batch) >= batch_size:
            flush()
    if batch:
        flush()
    return n


def table_counts(con: duckdb.DuckDBPyConnection, table: str, column: str) -> dict[str, int]:
    """Row counts per value of one column (for UI metadata)."""
    rows = con.execute(
        f'SELECT coalesce(CAST("{column}" AS VARCHAR), \'(null)\') AS v, count(*) FROM {table} '
        "GROUP BY v ORDER BY v"
    ).fetchall()
    return {str(v): int(n) for v, n in rows}


def validation_docs_dir(home: Home) -> Path:
    """Where the last validation run's Great Expectations Data Docs are written."""
    return home.state / "validation-docs"


def _version_key(name: str) -> tuple[int, ...] | None:
    parts = name[1:].split(".") if name.startswith("v") else []
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def version_dirs(folder: Path) -> list[Path]:
    """The vX.Y.Z folders directly in `folder`, oldest first (numeric order)."""
    if not folder.is_dir():
        return []
    found = [(k, p) for p in folder.iterdir()
             if p.is_dir() and (k := _version_key(p.name)) is not None]
    return [p for _, p in sorted(found)]


def release_dirs(home: Home) -> list[Path]:
    """Published release folders (vX.Y.Z), oldest first."""
    return version_dirs(home.releases)


def latest_release_counts(home: Home) -> dict[str, int]:
    """Row counts of each table in the latest release (empty when none was published)."""
    import pyarrow.parquet as pq

    dirs = release_dirs(home)
    if not dirs:
        return {}
    counts = {}
    for t in PUBLISHED_TABLES:
        f = dirs[-1] / f"{t.name}.parquet"
        if f.exists():
            counts[t.name] = pq.read_metadata(f).num_rows
    return counts

"""Validate the warehouse tables, quarantine failing rows, and fill the `valid_*` tables.

Row-level failures move the rows to `row_quarantine` with the expectation they broke; the release
goes on without them. Table-level failures (ids not unique, columns missing or retyped, the row
count collapsing against the last release) are recorded as blocking: no release is published.
Nothing is dropped silently: every removed row is in `row_quarantine`.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from assets.schema import PUBLISHED_TABLES, TABLES_BY_NAME, Table, source_relation
from assets.validate import keys, rows
from assets.validate.sql_checks import SQL_CHECKS, register_reference_tables, run_sql_check
from assets.validate.suites import (
    ExpectationOutcome,
    ExpectationSpec,
    Runner,
    done,
    expectation_specs,
    new_runner,
)
from assets.warehouse import insert_rows, transaction

Progress = Callable[[str], None]
COLLAPSE_RATIO = 0.5
# Whole-table expectations on the primary key: when one fails, no row's verdict is reused.
KEY_EXPECTATIONS = {"expect_column_values_to_not_be_null", "expect_column_values_to_be_unique"}
# Warehouse-only columns that never reach a release (articles keep their text in the warehouse).
INTERNAL_COLUMNS = {"text", "source_path"}
# Rows that go when a row they point at is quarantined, so the foreign keys hold:
# table -> [(its column, the table it points at)]. Mentions cascade before claims.
CASCADES = {"mentions": [("incident_id", "incidents"), ("article_id", "articles")],
            "claims": [("mention_id", "mentions"), ("incident_id", "incidents"),
                       ("article_id", "articles")]}


@dataclass
class CheckOutcome:
    """One check's result, whichever engine (GE or SQL) ran it."""

    table: str
    check: str
    expectation: str
    severity: str
    level: str
    success: bool
    unexpected_count: int
    failing_ids: list[str]
    detail: str | None = None

    @property
    def blocking_failure(self) -> bool:
        return not self.success and self.level == "table"


@dataclass
class ValidationReport:
    """Everything validation found, and what it let through."""

    outcomes: list[CheckOutcome] = field(default_factory=list)
    rows_checked: dict[str, int] = field(default_factory=dict)
    rows_quarantined: dict[str, int] = field(default_factory=dict)
    rows_valid: dict[str, int] = field(default_factory=dict)
    # GE's Data Docs of the run, while they are rendered (`validate_warehouse`, wait_docs=False)
    docs: Future | None = None

    @property
    def blocking_failures(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.blocking_failure]


def min_rows_from(previous_counts: dict[str, int]) -> dict[str, int]:
    """Suite parameters: each table must keep at least half the rows of the last release."""
    return {f"min_rows_{t.name}": int(previous_counts.get(t.name, 0) * COLLAPSE_RATIO)
            for t in PUBLISHED_TABLES}


def _columns(con: duckdb.DuckDBPyConnection, table: Table) -> list[str]:
    """The columns the suite sees: the table's real ones, published ones first, in order."""
    real = [r[0] for r in con.execute(f"DESCRIBE {table.name}").fetchall()]
    cols = [c for c in table.column_names if c in real]
    return cols + [c for c in real if c not in cols and c not in INTERNAL_COLUMNS]


def _row_outcome(spec: ExpectationSpec, ids: list[str], count: int, raised: bool
                 ) -> ExpectationOutcome:
    if raised:  # as GE reports an expectation that raised: failed, nothing counted
        return ExpectationOutcome(spec, False, 0, [])
    # A set, as GE reports one frame's failing keys: the rows of a repeated key may fall in
    # different batches.
    return ExpectationOutcome(spec, count == 0, count, sorted(set(ids)))


@dataclass
class TableState:
    """What one table's validation leaves for the commit: the columns the suite saw, the
    row-level failures to remember (None: forget the table's state), the whole-table outcomes
    to keep (`keys.to_keep`), whether its rows are those the last validation saw, and whether
    its `valid_*` table may be updated in place (`_in_place`)."""

    columns: list[str]
    failures: dict[str, list[str]] | None
    table_checks: str | None
    same_rows: bool
    in_place: bool


@dataclass(frozen=True)
class Bounds:
    """How many rows a frame handed to GE may hold: a batch of rows for the row-level
    expectations, the key's witness rows for the whole-table ones."""

    batch_rows: int = rows.BATCH_ROWS
    witness_rows: int = keys.WITNESS_ROWS


def _table_outcomes(con: duckdb.DuckDBPyConnection, runner: Runner, t: Table,
                    cols: list[str], summary: keys.KeySummary, now: dict[str, str | None],
                    bounds: Bounds) -> dict[str, Future]:
    """The whole-table outcomes, a Future per checkpoint: kept where judged in the same state,
    else GE's on the key's witness frame ("table", waited for: whether the row verdicts may be
    reused depends on it) and on a row-count frame ("count"); see assets/validate/keys.py."""
    kept = keys.kept_outcomes(con, t, now)
    outcomes: dict[str, Future] = {}
    for checkpoint in keys.TABLE_CHECKPOINTS:
        if checkpoint in kept:
            outcomes[checkpoint] = done(kept[checkpoint])
        elif keys.specs_of(t, checkpoint):
            if checkpoint == "table":
                frame = keys.witness_frame(con, t, cols, summary, bounds.witness_rows)
                got = runner.submit(t.name, checkpoint, frame, t.primary_key).result()
                outcomes[checkpoint] = done(keys.with_sql_counts(got, summary,
                                                                 bounds.witness_rows))
            else:
                frame = keys.count_frame(summary.rows)
                outcomes[checkpoint] = runner.submit(t.name, checkpoint, frame, t.primary_key)
    return outcomes


Finish = Callable[[], list[ExpectationOutcome]]


def _start_suite(con: duckdb.DuckDBPyConnection, runner: Runner, t: Table,
                 state: dict[str, TableState], bounds: Bounds) -> Finish:
    """Send GE the frames of one table: its whole-table expectations on bounded frames (their
    last verdicts where what they depend on is unchanged), its row-level ones on the rows new or
    changed since the last validation (all rows when the primary key is broken or nothing can
    be reused), in batches of `bounds.batch_rows` rows. Returns the function that waits for
    GE's verdicts, adds the kept verdicts of unchanged rows, records the table's state and gives
    its outcomes. Between the two, the next tables' SQL runs while GE judges these frames (in
    the run's side process; in-process, each frame is judged when sent)."""
    cols = _columns(con, t)
    rows.mark_changed(con, t, cols)
    same_rows = rows.unchanged(con, t, cols)
    same_scope = rows.same_scope(con, t, cols)
    summary = keys.summarize(con, t)
    now = keys.states(t, rows.scope(t, cols), runner.parameters, summary)
    whole = _table_outcomes(con, runner, t, cols, summary, now, bounds)
    # The key expectations are judged in the "table" checkpoint (suites.checkpoint_of).
    reuse = all(o.success for o in (whole["table"].result() if "table" in whole else [])
                if o.spec.type in KEY_EXPECTATIONS)
    ids = rows.kept_failures(con, t) if reuse else {}
    judged: list[Future] = []
    for frame in rows.frames(con, t, cols, changed_only=reuse, batch_rows=bounds.batch_rows):
        judged.append(runner.submit(t.name, "row", frame, t.primary_key))
        del frame  # let it go before the next batch is read
    in_place = same_scope and summary.sound and _in_place(con, t)

    def finish() -> list[ExpectationOutcome]:
        outcomes = [o for f in whole.values() for o in f.result()]
        counts = {check: len(v) for check, v in ids.items()}
        raised: set[str] = set()
        for future in judged:
            for o in future.result():
                ids.setdefault(o.spec.check, []).extend(o.failing_ids)
                counts[o.spec.check] = counts.get(o.spec.check, 0) + o.unexpected_count
                if o.raised:
                    raised.add(o.spec.check)
        outcomes += [_row_outcome(spec, ids.get(spec.check, []), counts.get(spec.check, 0),
                                  spec.check in raised)
                     for spec in expectation_specs(t.name) if not spec.blocking]
        state[t.name] = TableState(cols, ids if reuse and not raised else None,
                                   keys.to_keep(now, outcomes), same_rows, in_place)
        return sorted(outcomes, key=lambda o: o.spec.check)
    return finish


def _run_all(con: duckdb.DuckDBPyConnection, previous_counts: dict[str, int],
             progress: Progress | None, docs_dir: Path | None, bounds: Bounds
             ) -> tuple[ValidationReport, dict[str, TableState], Future]:
    """Every check's outcome, each table's state, and the Future of GE's Data Docs."""
    report: ValidationReport = ValidationReport()
    state: dict[str, TableState] = {}
    runner = new_runner(min_rows_from(previous_counts), docs_dir)
    for t in PUBLISHED_TABLES:
        report.rows_checked[t.name] = con.execute(
            f"SELECT count(*) FROM {source_relation(t.name)}").fetchone()[0]
    if progress:
        progress(f"validate: {report.rows_checked} rows against their suites")
    finishes = [_start_suite(con, runner, t, state, bounds) for t in PUBLISHED_TABLES]
    # Every frame is sent: the side process renders the Data Docs of these runs right after
    # judging them, while the SQL checks run and the verdicts are written here.
    docs = runner.start_docs()
    register_reference_tables(con)
    sql = [(c, run_sql_check(con, c)) for c in SQL_CHECKS]
    for t, finish in zip(PUBLISHED_TABLES, finishes, strict=True):
        for o in finish():
            report.outcomes.append(CheckOutcome(
                t.name, o.spec.check, o.spec.type, o.spec.severity, o.spec.level, o.success,
                o.unexpected_count, o.failing_ids, o.observed))
    for c, ids in sql:
        detail = f"columns missing or retyped: {', '.join(ids)}" if ids and c.blocking else None
        report.outcomes.append(CheckOutcome(c.table, c.check, "sql", c.severity, c.level,
                                            not ids, len(ids), [] if c.blocking else ids,
                                            detail))
    return report, state, docs


def _quarantine_rows(report: ValidationReport) -> list[dict]:
    rows = []
    for o in report.outcomes:
        if o.success or o.level != "row":
            continue
        for row_id in o.failing_ids:
            rows.append({"table_name": o.table, "row_id": row_id, "expectation": o.check,
                         "severity": o.severity, "detail": o.expectation})
    return rows


def _cascade(con: duckdb.DuckDBPyConnection, table: str, refs: list[tuple[str, str]]) -> None:
    """Quarantine the rows of `table` that point at a quarantined row (foreign keys hold)."""
    pk, source = TABLES_BY_NAME[table].primary_key, source_relation(table)
    # Code-defined table and column names only (CASCADES): no data is spliced into the SQL.
    join = " OR ".join(f"(q.table_name = '{ref}' AND q.row_id = t.{col})" for col, ref in refs)
    con.execute(
        f"INSERT INTO row_quarantine SELECT DISTINCT '{table}', t.{pk}, "
        "'cascade_' || q.table_name, 'warning', 'its ' || q.table_name || ' row was "
        f"quarantined' FROM {source} t JOIN row_quarantine q ON {join}")


def validate_warehouse(con: duckdb.DuckDBPyConnection, *, previous_counts: dict[str, int],
                       progress: Progress | None = None, docs_dir: Path | None = None,
                       bounds: Bounds | None = None, wait_docs: bool = True
                       ) -> ValidationReport:
    """Run every check, record results, quarantine failing rows and fill `valid_*` tables.
    GE Data Docs of the run go to docs_dir when given; `bounds` caps the rows of any frame.
    wait_docs=False returns once the results are committed, with the Data Docs perhaps still
    being rendered in the run's side process: the caller then owes `wait_for_docs`."""
    report, state, docs = _run_all(con, previous_counts, progress, docs_dir, bounds or Bounds())
    try:
        with transaction(con):
            for t in PUBLISHED_TABLES:
                st = state[t.name]
                rows.save(con, t, st.columns, st.failures, st.table_checks)
            con.execute("DELETE FROM validation_results")
            # The last quarantine, to tell which valid_* rows come out the same (`write_valid`).
            con.execute("CREATE OR REPLACE TEMP TABLE _last_quarantine AS "
                        "SELECT table_name, row_id FROM row_quarantine")
            con.execute("DELETE FROM row_quarantine")
            insert_rows(con, "validation_results",
                        ["table_name", "expectation", "check_name", "severity", "level", "success",
                         "unexpected_count", "detail"],
                        ({"table_name": o.table, "expectation": o.expectation,
                          "check_name": o.check, "severity": o.severity, "level": o.level,
                          "success": o.success, "unexpected_count": o.unexpected_count,
                          "detail": o.detail}
                         for o in report.outcomes))
            insert_rows(con, "row_quarantine",
                        ["table_name", "row_id", "expectation", "severity", "detail"],
                        _quarantine_rows(report))
            for table, refs in CASCADES.items():
                _cascade(con, table, refs)
            for t in PUBLISHED_TABLES:
                write_valid(con, t, state[t.name])
                report.rows_valid[t.name] = con.execute(
                    f"SELECT count(*) FROM valid_{t.name}").fetchone()[0]
                report.rows_quarantined[t.name] = con.execute(
                    "SELECT count(DISTINCT row_id) FROM row_quarantine WHERE table_name = ?",
                    [t.name]).fetchone()[0]
            if wait_docs:
                docs.result()  # GE's Data Docs, rendered meanwhile in the run's side process
    finally:
        for t in PUBLISHED_TABLES:
            rows.drop_temp(con, t)
        con.execute("DROP TABLE IF EXISTS _last_quarantine")
    if not wait_docs:
        report.docs = docs
    return report


def wait_for_docs(con: duckdb.DuckDBPyConnection, report: ValidationReport) -> None:
    """Wait for the Data Docs of a validation committed without them (wait_docs=False). When
    rendering them failed, the validation's kept state is forgotten before the error is
    raised: its results stand, but the next validation judges every row again, and so renders
    Data Docs for them (an unchanged warehouse would otherwise keep the verdicts and never
    render the Data Docs its releases ship)."""
    if report.docs is None:
        return
    try:
        report.docs.result()
    except Exception:
        with transaction(con):
            for t in PUBLISHED_TABLES:
                rows.save(con, t, [], None)
        raise


def _in_place(con: duckdb.DuckDBPyConnection, t: Table) -> bool:
    """Whether valid_<t> holds what the last validation wrote (before `save`): as many rows as
    that validation saw, less those it quarantined. Only then is it updated in place."""
    valid, seen, quarantined = con.execute(
        f"SELECT (SELECT count(*) FROM valid_{t.name}), "
        "(SELECT count(*) FROM validated_rows WHERE table_name = $1), "
        "(SELECT count(DISTINCT row_id) FROM row_quarantine WHERE table_name = $1)",
        [t.name]).fetchone()
    return valid == seen - quarantined


def write_valid(con: duckdb.DuckDBPyConnection, t: Table, st: TableState) -> str:
    """Bring valid_<t> to the rows of the table that are not quarantined; say how: "kept"
    (nothing to write), "in place" (the rows new, changed or gone since the last validation,
    and those whose quarantine changed, deleted and inserted again), "rewritten" (all rows, in
    key order: the table's suite or columns changed, its key is broken, or it does not hold what
    the last validation wrote). Every reader orders by the primary key (publish, previews), so
    the stored order, which in-place updates change, is never seen."""
    pk, name = t.primary_key, t.name
    cols = ", ".join(f'"{c}"' for c in t.column_names)
    if not st.in_place:
        if not _rewrite(con, t, same_rows=st.same_rows):
            return "kept"
        con.execute(f"DELETE FROM valid_{name}")
        con.execute(f"INSERT INTO valid_{name} SELECT {cols} FROM {source_relation(name)} "
                    f"WHERE {pk} NOT IN (SELECT row_id FROM row_quarantine WHERE table_name = ?) "
                    f"ORDER BY {pk}", [name])
        return "rewritten"
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _touched AS SELECT row_id FROM _changed_{name} "
        f"UNION SELECT row_id FROM _stale_{name} "
        "UNION (SELECT row_id FROM _last_quarantine WHERE table_name = $1 "
        "EXCEPT SELECT row_id FROM row_quarantine WHERE table_name = $1) "
        "UNION (SELECT row_id FROM row_quarantine WHERE table_name = $1 "
        "EXCEPT SELECT row_id FROM _last_quarantine WHERE table_name = $1)", [name])
    try:
        if not con.execute("SELECT count(*) FROM _touched").fetchone()[0]:
            return "kept"
        con.execute(f"DELETE FROM valid_{name} WHERE {pk} IN (SELECT row_id FROM _touched)")
        con.execute(f"INSERT INTO valid_{name} SELECT {cols} FROM {source_relation(name)} "
                    f"WHERE {pk} IN (SELECT row_id FROM _touched) AND {pk} NOT IN "
                    f"(SELECT row_id FROM row_quarantine WHERE table_name = ?) ORDER BY {pk}",
                    [name])
        return "in place"
    finally:
        con.execute("DROP TABLE IF EXISTS _touched")


def _rewrite(con: duckdb.DuckDBPyConnection, t: Table, *, same_rows: bool) -> bool:
    """Whether valid_<t> must be written again: its rows changed since the last validation
    (which wrote it, in the same transaction as `validated_rows`), or the set of its quarantined
    ids did. Otherwise it already holds exactly the rows the INSERT would write."""
    if not same_rows:
        return True
    differ = con.execute(
        "SELECT count(*) FROM ((SELECT row_id FROM _last_quarantine WHERE table_name = $1 "
        "EXCEPT SELECT row_id FROM row_quarantine WHERE table_name = $1) UNION ALL "
        "(SELECT row_id FROM row_quarantine WHERE table_name = $1 "
        "EXCEPT SELECT row_id FROM _last_quarantine WHERE table_name = $1))", [t.name]
    ).fetchone()[0]
    return differ > 0


def validation_summary(con: duckdb.DuckDBPyConnection) -> dict:
    """The summary of the last validation, read back from the warehouse."""
    checks = [
        {"table": t, "check": c, "expectation": e, "severity": s, "level": lv,
         "success": bool(ok), "unexpected_count": int(n or 0)}
        for t, c, e, s, lv, ok, n in con.execute(
            "SELECT table_name, check_name, expectation, severity, level, success, "
            "unexpected_count FROM validation_results ORDER BY table_name, check_name").fetchall()
    ]

    def counts(sql: str) -> dict[str, int]:
        return {t.name: int(con.execute(sql.format(t=t.name, src=source_relation(t.name)),
                                        [t.name]).fetchone()[0])
                for t in PUBLISHED_TABLES}
    return {
        "passed": bool(checks) and all(c["success"] for c in checks if c["level"] == "table"),
        "rows_checked": counts("SELECT count(*) FROM {src} WHERE ? IS NOT NULL"),
        "rows_quarantined": counts(
            "SELECT count(DISTINCT row_id) FROM row_quarantine WHERE table_name = ?"),
        "rows_published": counts("SELECT count(*) FROM valid_{t} WHERE ? IS NOT NULL"),
        "checks": checks,
    }

"""Load the Great Expectations suites in `expectations/` and run them on DataFrames.

GE cannot validate a DuckDB table through SQLAlchemy here, so rows are pulled from DuckDB into
pandas and validated in memory, a bounded frame at a time: the row-level expectations on batches
of rows (assets/validate/rows.py), the whole-table ones on frames that stand for the table without
holding it (assets/validate/keys.py). Each suite runs in three checkpoints (`CHECKPOINTS`).
`great_expectations` takes seconds to import, so it is imported only when a suite runs; when
the run has a side process (assets/sidecar.py), GE is imported and run there (`new_runner`).
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys
import types
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from assets import sidecar

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
BLOCKING_LEVEL = "table"
# Imported by GE at start-up for one expectation the suites do not use (KL divergence) and its
# renderers: ~1 CPU s of GE's ~2.5 s import. They are loaded on first use instead (`_Deferred`).
DEFERRED_IMPORTS = ("altair", "scipy.stats")
# The checkpoints a suite runs in, by the frame each judges: "table" the columns and the key's
# nulls and repeats (on the key's witness rows), "count" the row count (on a frame of as many
# rows and no columns), "row" the row-level expectations (on batches of rows).
CHECKPOINTS = ("table", "count", "row")
ROW_COUNT_TYPES = frozenset({"expect_table_row_count_to_be_between",
                             "expect_table_row_count_to_equal"})
COLUMN_TYPES = frozenset({"expect_table_columns_to_match_ordered_list",
                          "expect_table_columns_to_match_set", "expect_table_column_count_to_equal",
                          "expect_table_column_count_to_be_between", "expect_column_to_exist"})
# Judged on the primary key only: every row they can fail is a witness row (null or repeated key).
KEY_TYPES = frozenset({"expect_column_values_to_not_be_null",
                       "expect_column_values_to_be_unique"})


class _Deferred(types.ModuleType):
    """A stand-in for a module in sys.modules: the first attribute read imports the real module
    (replacing the stand-in) and every read is answered by it."""

    def __getattr__(self, attr: str) -> Any:
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), attr)


def import_gx() -> Any:
    """`great_expectations`, imported with DEFERRED_IMPORTS put off until something uses them."""
    if "great_expectations" not in sys.modules:
        for name in DEFERRED_IMPORTS:
            if name not in sys.modules:
                sys.modules[name] = _Deferred(name)
    import great_expectations as gx  # heavy import, kept local

    return gx


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation of a suite, as the Dagster check that surfaces it sees it."""

    table: str
    check: str
    type: str
    severity: str  # critical | warning | info
    level: str  # table: failure blocks the release; row: failing rows are quarantined
    description: str
    kwargs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def blocking(self) -> bool:
        return self.level == BLOCKING_LEVEL

    @property
    def parameters(self) -> tuple[str, ...]:
        """The suite parameters ($PARAMETER) its kwargs read."""
        return tuple(sorted(v["$PARAMETER"] for v in self.kwargs.values()
                            if isinstance(v, dict) and "$PARAMETER" in v))


def checkpoint_of(spec: ExpectationSpec, primary_key: str) -> str:
    """The checkpoint (`CHECKPOINTS`) that judges an expectation. A whole-table expectation must
    be one the bounded frames can judge exactly as the whole table would: the columns, the row
    count, or the primary key not null / unique without `mostly` (its success would depend on
    how many rows the frame holds). Anything else raises: it would need the whole table."""
    if not spec.blocking:
        return "row"
    if spec.type in ROW_COUNT_TYPES:
        return "count"
    if spec.type in COLUMN_TYPES or (spec.type in KEY_TYPES and "mostly" not in spec.kwargs
                                     and spec.kwargs.get("column") == primary_key):
        return "table"
    raise ValueError(f"{spec.table}: whole-table expectation {spec.check} ({spec.type}) cannot "
                     "be judged on bounded frames (columns, row count, or the primary key not "
                     "null / unique only)")


@dataclass
class ExpectationOutcome:
    """The result of one expectation on one table."""

    spec: ExpectationSpec
    success: bool
    unexpected_count: int
    failing_ids: list[str]
    observed: str | None = None
    raised: bool = False


def done(value: Any) -> Future:
    """A Future that already holds value."""
    future: Future = Future()
    future.set_result(value)
    return future


def _called(function: Any, *args: Any) -> Future:
    future: Future = Future()
    try:
        future.set_result(function(*args))
    except Exception as exc:  # raised where the caller asks for the result, as from a side run
        future.set_exception(exc)
    return future


def load_suite_json(table: str, directory: Path = EXPECTATIONS_DIR) -> dict[str, Any]:
    path = directory / f"{table}.json"
    if not path.exists():
        raise FileNotFoundError(f"no expectation suite for table {table!r} at {path}")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def expectation_specs(table: str) -> tuple[ExpectationSpec, ...]:
    """The checks a suite defines, read from its JSON (cheap: no GE import)."""
    suite = load_suite_json(table)
    specs = []
    for e in suite["expectations"]:
        meta = e.get("meta", {})
        specs.append(ExpectationSpec(
            table=table, check=meta["check"], type=e["type"],
            severity=e.get("severity", "critical"), level=meta.get("level", BLOCKING_LEVEL),
            description=meta.get("description", e["type"]), kwargs=e.get("kwargs", {}),
        ))
    return tuple(specs)


def _outcomes(table: str, result: Any, primary_key: str) -> list[ExpectationOutcome]:
    specs = {s.check: s for s in expectation_specs(table)}
    outcomes = []
    for res in result.results:
        spec = specs[res.expectation_config.meta["check"]]
        info = res.result or {}
        ids = sorted({str(row[primary_key]) for row in info.get("unexpected_index_list") or []
                      if isinstance(row, dict) and primary_key in row})
        raised = (res.exception_info or {}).get("raised_exception")
        observed = info.get("observed_value")
        outcomes.append(ExpectationOutcome(
            spec=spec, success=bool(res.success) and not raised,
            unexpected_count=int(info.get("unexpected_count") or 0),
            failing_ids=ids,
            observed=None if observed is None else str(observed)[:500],
            raised=bool(raised),
        ))
    return sorted(outcomes, key=lambda o: o.spec.check)


class SuiteRunner:
    """One Great Expectations context for a validation run.

    `run(table, level, frame)` validates a DataFrame against the expectations of one of the
    table's checkpoints (`CHECKPOINTS`, see `checkpoint_of`); the row checkpoint may run on
    several frames (batches). GE keeps the last frame of each batch definition in its execution
    engine: it is let go after each run, so no more than one frame is held at a time.
    GE is imported on the first run. When docs_dir is given, the first run empties it and
    `build_docs` renders GE Data Docs of every run once, at the end (nothing when no suite ran:
    the folder keeps the last Data Docs).
    """

    def __init__(self, parameters: dict[str, Any], docs_dir: Path | None = None) -> None:
        self.parameters = parameters
        self.docs_dir = docs_dir
        self.runs = 0
        self._context: Any = None
        self._checkpoints: dict[tuple[str, str], Any] = {}

    def _start(self) -> Any:
        gx = import_gx()
        from great_expectations.data_context.types.base import ProgressBarsConfig

        if self.docs_dir is not None:  # this run's Data Docs replace the last run's
            shutil.rmtree(self.docs_dir, ignore_errors=True)
        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        context.data_sources.add_pandas("strikes")
        if self.docs_dir is not None:
            context.add_data_docs_site(site_name="strikes", site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                  "base_directory": str(self.docs_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            })
        return context

    def _checkpoint(self, table: str, level: str, primary_key: str) -> Any:
        gx = import_gx()
        if self._context is None:
            self._context = self._start()
        key = (table, level)
        if key not in self._checkpoints:
            suite_json = load_suite_json(table)
            name = f"{suite_json['name']}.{level}"
            suite = self._context.suites.add(gx.ExpectationSuite(
                **{**suite_json, "name": name, "expectations": [
                    e for e, spec in zip(suite_json["expectations"], expectation_specs(table),
                                         strict=True)
                    if checkpoint_of(spec, primary_key) == level]}))
            batch_def = self._context.data_sources.get("strikes").add_dataframe_asset(
                name).add_batch_definition_whole_dataframe("all")
            validation = self._context.validation_definitions.add(
                gx.ValidationDefinition(name=name, data=batch_def, suite=suite))
            self._checkpoints[key] = self._context.checkpoints.add(gx.Checkpoint(
                name=f"strikes_{name}", validation_definitions=[validation], actions=[],
                result_format={"result_format": "COMPLETE",
                               "unexpected_index_column_names": [primary_key]}))
        return self._checkpoints[key]

    def run(self, table: str, level: str, frame: Any, primary_key: str
            ) -> list[ExpectationOutcome]:
        """The outcomes of the table's `level` expectations on one DataFrame."""
        checkpoint = self._checkpoint(table, level, primary_key)
        try:
            run = checkpoint.run(batch_parameters={"dataframe": frame},
                                 expectation_parameters=self.parameters)
        finally:
            self._let_go()
        self.runs += 1
        (result,) = run.run_results.values()
        return _outcomes(table, result, primary_key)

    def submit(self, table: str, level: str, frame: Any, primary_key: str) -> Future:
        """`run`, done now; its Future holds the outcomes or what it raised (the interface of
        `SideSuiteRunner`, which judges while the caller goes on)."""
        return _called(self.run, table, level, frame, primary_key)

    def start_docs(self) -> Future:
        """`build_docs`, done now."""
        return _called(self.build_docs)

    def _let_go(self) -> None:
        """Drop the execution engine's reference to the last frame (its batch cache)."""
        manager = self._context.data_sources.get("strikes").get_execution_engine().batch_manager
        manager.batch_data_cache.clear()
        manager.reset_batch_cache()

    def build_docs(self) -> None:
        """Render Data Docs of every run, once (nothing when no suite ran)."""
        if self.docs_dir is not None and self._context is not None:
            self._context.build_data_docs(site_names=["strikes"])


class SideSuiteRunner:
    """`SuiteRunner`'s interface with GE in the run's side process, which imported it while the
    run's first stages worked. The parent reads the frames from DuckDB, as before, and sends
    them; the side process keeps one `SuiteRunner` per validation (`_side_runners`), created
    on the first run, so a validation that needs no GE run sends nothing."""

    _made = 0

    def __init__(self, side: sidecar.Sidecar, parameters: dict[str, Any],
                 docs_dir: Path | None = None) -> None:
        SideSuiteRunner._made += 1
        self.token = (os.getpid(), SideSuiteRunner._made)
        self.parameters = parameters
        self.docs_dir = docs_dir
        self.runs = 0
        self._side = side

    def submit(self, table: str, level: str, frame: Any, primary_key: str) -> Future:
        """Send one DataFrame to be judged by the table's `level` expectations; the Future
        holds the outcomes. The frame is pickled before this returns."""
        self.runs += 1
        return self._side.submit(f"{__name__}:side_run", self.token, self.parameters,
                                 self.docs_dir, table, level, frame, primary_key)

    def run(self, table: str, level: str, frame: Any, primary_key: str
            ) -> list[ExpectationOutcome]:
        """The outcomes of the table's `level` expectations on one DataFrame."""
        return self.submit(table, level, frame, primary_key).result()

    def start_docs(self) -> Future:
        """Render Data Docs of every run, once (nothing when no suite ran), and let the side
        process drop this validation's GE context."""
        if not self.runs:
            return done(None)
        return self._side.submit(f"{__name__}:side_build_docs", self.token)

    def build_docs(self) -> None:
        self.start_docs().result()


_side_runners: dict[tuple[int, int], SuiteRunner] = {}  # in the side process


def side_run(token: tuple[int, int], parameters: dict[str, Any], docs_dir: Path | None,
             table: str, level: str, frame: Any, primary_key: str) -> list[ExpectationOutcome]:
    """`SuiteRunner.run` in the side process, on the runner of validation `token`."""
    if token not in _side_runners:
        _side_runners[token] = SuiteRunner(parameters, docs_dir)
    return _side_runners[token].run(table, level, frame, primary_key)


def side_build_docs(token: tuple[int, int]) -> None:
    """`SuiteRunner.build_docs` in the side process; the runner is let go."""
    _side_runners.pop(token).build_docs()


Runner = SuiteRunner | SideSuiteRunner


def new_runner(parameters: dict[str, Any], docs_dir: Path | None = None) -> Runner:
    """A runner for one validation: in the run's side process when there is one."""
    side = sidecar.current()
    if side is None:
        return SuiteRunner(parameters, docs_dir)
    return SideSuiteRunner(side, parameters, docs_dir)

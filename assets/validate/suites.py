"""Load the Great Expectations suites in `expectations/` and run them on DataFrames.

GE cannot validate a DuckDB table through SQLAlchemy here, so each table is pulled from DuckDB
into pandas and validated in memory. `great_expectations` takes seconds to import, so it is
imported inside the functions that use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

EXPECTATIONS_DIR = Path(__file__).resolve().parents[2] / "expectations"
BLOCKING_LEVEL = "table"


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


@dataclass
class ExpectationOutcome:
    """The result of one expectation on one table."""

    spec: ExpectationSpec
    success: bool
    unexpected_count: int
    failing_ids: list[str]
    observed: str | None = None


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
        ))
    return sorted(outcomes, key=lambda o: o.spec.check)


def run_suites(frames: dict[str, tuple[Any, str]], parameters: dict[str, Any],
               docs_dir: Path | None = None) -> dict[str, list[ExpectationOutcome]]:
    """Validate each table's DataFrame (with its primary key) against its suite in one
    checkpoint; when docs_dir is given, GE Data Docs for the run are written there."""
    import great_expectations as gx  # heavy import, kept local
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("strikes")
    actions = []
    if docs_dir is not None:
        context.add_data_docs_site(site_name="strikes", site_config={
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        })
        actions.append(gx.checkpoint.UpdateDataDocsAction(name="data_docs",
                                                          site_names=["strikes"]))
    outcomes: dict[str, list[ExpectationOutcome]] = {}
    for table, (df, primary_key) in frames.items():
        suite = context.suites.add(gx.ExpectationSuite(**load_suite_json(table)))
        batch_def = source.add_dataframe_asset(table).add_batch_definition_whole_dataframe("all")
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=table, data=batch_def, suite=suite))
        checkpoint = context.checkpoints.add(gx.Checkpoint(
            name=f"strikes_{table}", validation_definitions=[validation], actions=actions,
            result_format={"result_format": "COMPLETE",
                           "unexpected_index_column_names": [primary_key]}))
        run = checkpoint.run(batch_parameters={"dataframe": df},
                             expectation_parameters=parameters)
        (result,) = run.run_results.values()
        outcomes[table] = _outcomes(table, result, primary_key)
    return outcomes

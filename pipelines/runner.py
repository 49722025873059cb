"""Materialize the asset graph in-process through Dagster, the way `strikes run` does."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from assets.resources import WarehouseResource
from assets.warehouse import Home, session
from pipelines.definitions import ALL_ASSETS

RELEASE_STEP = "release"


@dataclass
class RunOutcome:
    """What a run did, read back from Dagster's events and the warehouse."""

    success: bool
    errors: list[str]
    release: dict
    counts: dict[str, int]


def _quiet_dagster() -> None:
    # Dagster's own step events are DEBUG noise on a command line; our progress is INFO.
    logging.getLogger("dagster").setLevel(logging.INFO)


def materialize_pipeline(home: Home, raw_dir: Path | None = None, *, selection: str = "*",
                         bump: str | None = None, note: str | None = None,
                         version: str | None = None, log_level: str = "INFO") -> RunOutcome:
    """Run every asset (or a selection: 'release' = validate + publish) into HOME."""
    _quiet_dagster()
    warehouse = WarehouseResource(home=str(home.root),
                                  raw_dir=str(raw_dir) if raw_dir else "")
    sel = (dg.AssetSelection.groups("validate", "publish") if selection == "release"
           else dg.AssetSelection.all())
    release_config = {k: v for k, v in {"bump": bump, "note": note, "version": version}.items()
                      if v}
    run_config = {
        "loggers": {"console": {"config": {"log_level": log_level}}},
        "ops": {RELEASE_STEP: {"config": release_config}},
    }
    result = dg.materialize(ALL_ASSETS, resources={"warehouse": warehouse},
                            instance=dg.DagsterInstance.ephemeral(), run_config=run_config,
                            raise_on_error=False, selection=sel)
    errors = []
    for ev in result.all_events:
        if ev.is_step_failure:
            err = ev.step_failure_data.error
            user = ev.step_failure_data.user_failure_data
            msg = (user.description if user and user.description else
                   (err.message.strip() if err else "failed"))
            errors.append(f"{ev.step_key}: {msg}")
    release = {}
    for mat in result.asset_materializations_for_node(RELEASE_STEP):
        release = {k: v.value for k, v in mat.metadata.items()}
    return RunOutcome(success=result.success, errors=errors, release=release,
                      counts=warehouse_counts(home))


def warehouse_counts(home: Home) -> dict[str, int]:
    """Row counts of the tables a person wants to see after a run."""
    if not home.warehouse.exists():
        return {}
    sql = {
        "raw files": "SELECT count(*) FROM raw_files",
        "articles": "SELECT count(*) FROM articles",
        "quarantined raw items": "SELECT count(*) FROM quarantine",
        "mentions": "SELECT count(*) FROM mentions",
        "incidents": "SELECT count(*) FROM incidents",
        "rows quarantined by validation": "SELECT count(*) FROM row_quarantine",
        "incidents published": "SELECT count(*) FROM valid_incidents",
    }
    with session(home) as con:
        return {k: int(con.execute(q).fetchone()[0]) for k, q in sql.items()}

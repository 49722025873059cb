"""Materialize the asset graph in-process through Dagster, the way `strikes run` does.

Every raw file is registered as a `raw_files` partition; one run covers the files ingest must
read (new, changed, unreadable: a partition range, ordered so that they are contiguous when
newly registered), then the unpartitioned assets downstream. Files that left the folder are
forgotten by any ingest pass. The run goes to the Dagster instance
in DAGSTER_HOME when that is set (so it shows in the UI's run history, as `make run` and
`make dev` share .state/dagster), else to a throwaway in-memory instance.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

from assets import sidecar
from assets.ingest.assets import RAW_FILES
from assets.ingest.checksums import CACHE_FILE, ChecksumCache
from assets.ingest.load import files_to_read, partition_key, raw_files_by_key
from assets.resources import WarehouseResource
from assets.warehouse import Home, run_lock, session
from pipelines.definitions import ALL_ASSETS
from pipelines.partitions import register_raw_files, run_for
from pipelines.resources import limits_from_env, lock_wait_from_env

RELEASE_STEP = "release"
# What the run's side process loads before the last stages hand it work: GE, then matplotlib
# and the map's context places.
SIDE_PREWARM = ("assets.validate.suites:import_gx", "assets.publish.charts:prewarm")


@dataclass
class RunOutcome:
    """What a run did, read back from Dagster's events and the warehouse."""

    success: bool
    errors: list[str]
    release: dict
    counts: dict[str, int]
    quarantine: dict[str, int] = field(default_factory=dict)


def _quiet_dagster() -> None:
    # Dagster's own step events are DEBUG noise on a command line; our progress is INFO.
    logging.getLogger("dagster").setLevel(logging.INFO)


def materialize_pipeline(home: Home, raw_dir: Path | None = None, *, selection: str = "*",
                         bump: str | None = None, note: str | None = None,
                         version: str | None = None, log_level: str = "INFO",
                         writer: str | None = None,
                         limits: dict[str, int] | None = None,
                         wait_seconds: float | None = None,
                         on_wait: Callable[[str], None] | None = None) -> RunOutcome:
    """Run every asset (or a selection: 'release' = validate + publish) into HOME.

    One run per HOME at a time: a second one waits up to `wait_seconds` (default:
    STRIKES_LOCK_WAIT_SECONDS or 30), then raises `WarehouseBusyError`. `limits`
    (max_file_bytes, max_chars) default to the environment's (STRIKES_MAX_*). `writer`: the
    Parquet writer options (JSON, `writer_options.ParquetOptions.as_json`) of a release being
    rebuilt; new releases are written with `writer_options.CURRENT`.
    """
    # matplotlib (release charts) would otherwise write its font cache to ~/.cache, outside HOME.
    os.environ.setdefault("MPLCONFIGDIR", str(home.state / "matplotlib"))
    wait = lock_wait_from_env() if wait_seconds is None else wait_seconds
    with run_lock(home, wait_seconds=wait, on_wait=on_wait):
        return _materialize(home, raw_dir, selection=selection, bump=bump, note=note,
                            version=version, log_level=log_level, writer=writer,
                            limits=limits_from_env() if limits is None else limits)


def _materialize(home: Home, raw_dir: Path | None, *, selection: str, bump: str | None,
                 note: str | None, version: str | None, log_level: str,
                 limits: dict[str, int], writer: str | None = None) -> RunOutcome:
    _quiet_dagster()
    warehouse = WarehouseResource(home=str(home.root),
                                  raw_dir=str(raw_dir) if raw_dir else "", **limits)
    sel = {"release": dg.AssetSelection.groups("validate", "publish"),
           "ingest": dg.AssetSelection.groups("ingest")}.get(selection, dg.AssetSelection.all())
    release_config = {k: v for k, v in {"bump": bump, "note": note, "version": version,
                                        "writer": writer}.items() if v}
    run_config = {
        "loggers": {"console": {"config": {"log_level": log_level}}},
        "ops": {RELEASE_STEP: {"config": release_config}} if selection != "ingest" else {},
    }
    pending = pending_keys(home, warehouse) if selection != "release" else set()
    # A run that reads new or changed files will validate and publish changed rows: the side
    # process imports GE and matplotlib on the other core meanwhile (assets/sidecar.py). It
    # starts before the instance is built (importing Dagster's SQL storage, ~0.6 s of one
    # core), so that its imports are over before extraction needs both cores.
    side = sidecar.running(SIDE_PREWARM) if pending and selection == "*" else nullcontext()
    with side:
        instance = run_instance()
        tags: dict[str, str] = {}
        partition_key = None
        if selection != "release":
            keys = register_raw_files(instance, warehouse.raw_path, last=pending)
            if not keys:
                return RunOutcome(success=False, release={}, counts=warehouse_counts(home),
                                  errors=[f"no readable raw files in {warehouse.raw_path}"])
            order = instance.get_dynamic_partitions(RAW_FILES.name)
            request = run_for(sorted(pending) or keys[-1:], order, run_key="strikes-run")
            tags, partition_key = dict(request.tags), request.partition_key
        result = dg.materialize(ALL_ASSETS, resources={"warehouse": warehouse},
                                instance=instance, run_config=run_config, tags=tags,
                                partition_key=partition_key, raise_on_error=False,
                                selection=sel)
    errors = []
    for ev in result.all_events:
        if ev.is_step_failure:
            err = ev.step_failure_data.error
            user = ev.step_failure_data.user_failure_data
            msg = (user.description if user and user.description else
                   (err.message.strip() if err else "failed"))
            errors.append(f"{ev.step_key}: {msg}")
        elif ev.event_type == dg.DagsterEventType.ASSET_CHECK_EVALUATION:
            check = ev.asset_check_evaluation_data  # a failed blocking check that explains why
            if not check.passed and check.blocking and check.description:
                errors.append(f"{check.check_name}: {check.description}")
    release = {}
    for mat in result.asset_materializations_for_node(RELEASE_STEP):
        release = {k: v.value for k, v in mat.metadata.items()}
    return RunOutcome(success=result.success, errors=errors, release=release,
                      counts=warehouse_counts(home), quarantine=quarantine_reasons(home))


def pending_keys(home: Home, warehouse: WarehouseResource) -> set[str]:
    """Partition keys of the raw files ingest must read (see `files_to_read`); every file's
    when there is no warehouse yet. A run covers only these, so Dagster records events for
    the changed files, not for every partition of the folder (an unchanged file would be
    skipped by its checksum anyway). A file's sha256 is reused from HOME/.state/CACHE_FILE
    while its stat signature holds (`assets.ingest.checksums` gives the rule), so an unchanged
    folder is not hashed again."""
    raw = warehouse.raw_path
    if not raw.is_dir():
        return set()
    if not home.warehouse.exists():
        return set(raw_files_by_key(raw))
    cache = ChecksumCache.load(home.state / CACHE_FILE)
    with session(home) as con:
        rels = files_to_read(con, raw, checksum=cache.sha256, **warehouse.reader_limits)
    cache.save()
    return {partition_key(rel) for rel in rels}


def run_instance() -> dg.DagsterInstance:
    """The DAGSTER_HOME instance when one is configured, else an ephemeral one (its event log
    on one held connection: pipelines/instance.py)."""
    if os.environ.get("DAGSTER_HOME"):
        return dg.DagsterInstance.get()
    # Imported here: it loads Dagster's SQL storage, which a run pays for at its first
    # instance (as `DagsterInstance.ephemeral()` imports it when called), not at import.
    from pipelines.instance import ephemeral_instance
    return ephemeral_instance()


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


def quarantine_reasons(home: Home) -> dict[str, int]:
    """How many raw items and validated rows were quarantined, per reason."""
    if not home.warehouse.exists():
        return {}
    with session(home) as con:
        rows = con.execute(
            "SELECT reason, count(*) FROM quarantine GROUP BY reason UNION ALL "
            "SELECT 'row failed ' || expectation, count(*) FROM row_quarantine "
            "GROUP BY expectation ORDER BY 1").fetchall()
    return {str(r): int(n) for r, n in rows}

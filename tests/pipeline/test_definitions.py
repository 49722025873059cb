"""Snapshot of the code location: fails when the asset graph changes unintentionally.

After an intended change, regenerate with `UPDATE_SNAPSHOT=1 pytest tests/pipeline`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import dagster as dg

from pipelines.definitions import defs

SNAPSHOT = Path(__file__).with_name("definitions_snapshot.json")


def _partitions(pdef: dg.PartitionsDefinition | None) -> str | None:
    if pdef is None:
        return None
    name = getattr(pdef, "name", None)
    return f"{type(pdef).__name__}:{name}" if name else type(pdef).__name__


def describe(d: dg.Definitions) -> dict:
    graph = d.resolve_asset_graph()
    assets = {}
    for key in sorted(graph.get_all_asset_keys(), key=lambda k: k.to_user_string()):
        node = graph.get(key)
        assets[key.to_user_string()] = {
            "group": node.group_name,
            "deps": sorted(p.to_user_string() for p in node.parent_keys),
            "checks": sorted(c.name for c in node.check_keys),
            "partitions": _partitions(node.partitions_def),
            "has_description": bool(node.description),
            "kinds": sorted(node.kinds),
        }
    repo = d.get_repository_def()
    return {
        "assets": assets,
        "jobs": sorted(j.name for j in repo.get_all_jobs() if not j.name.startswith("__")),
        "schedules": {s.name: [s.job_name, s.cron_schedule] for s in repo.schedule_defs},
        "sensors": {s.name: sorted(j.name for j in s.jobs) for s in repo.sensor_defs},
    }


def test_definitions_match_snapshot():
    now = describe(defs)
    if os.environ.get("UPDATE_SNAPSHOT"):
        SNAPSHOT.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
    assert now == json.loads(SNAPSHOT.read_text())


def test_every_asset_has_description_group_and_owner():
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.description, key
        assert node.group_name in {"ingest", "extract", "curate", "merge", "validate",
                                   "publish"}, key
        assert node.owners, key


def test_one_check_per_expectation():
    from assets.validate.sql_checks import SQL_CHECKS

    graph = defs.resolve_asset_graph()
    checks = {c.name for k in graph.get_all_asset_keys() for c in graph.get(k).check_keys
              if k.to_user_string() != "curated_mentions"}  # the curate stage's own checks
    suites = Path(__file__).resolve().parents[2] / "expectations"
    expected = {e["meta"]["check"] for f in suites.glob("*.json")
                for e in json.loads(f.read_text())["expectations"]}
    assert checks == expected | {c.check for c in SQL_CHECKS}

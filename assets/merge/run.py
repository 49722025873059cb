"""The merge stage as its asset runs it: merge mentions into incidents, then apply the
curators' incident corrections (they need the merged incidents)."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from assets.curate.incidents import curate_incidents
from assets.merge.merge import MergeSummary, build_incidents


@dataclass(frozen=True)
class MergeRun:
    """What the merge stage did: the merge, and the incident corrections applied."""

    summary: MergeSummary
    curated: dict[str, int]


def run_merge(con: duckdb.DuckDBPyConnection) -> MergeRun:
    """Build `incidents`, `incident_members` and `claims`, then apply incident corrections."""
    summary = build_incidents(con)
    return MergeRun(summary, curate_incidents(con))

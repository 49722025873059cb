"""What changed between two releases, by primary key: per-table counts and incident-level rows.

`changes.parquet` has one row per added or removed incident and one row per changed field of
an incident, with old and new values as text, so a reader can see every correction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from assets import schema as contract
from assets.publish.tables import as_text, count_label, rows_by_key

CHANGES_SCHEMA = pa.schema([
    pa.field("change", pa.string()),
    pa.field("incident_id", pa.string()),
    pa.field("field", pa.string()),
    pa.field("old_value", pa.string()),
    pa.field("new_value", pa.string()),
    pa.field("article_ids", pa.string()),
])
CHANGES_TABLE_SCHEMA = {
    "fields": [
        {"name": "change", "type": "string", "description": "added, removed or changed.",
         "constraints": {"required": True, "enum": ["added", "removed", "changed"]}},
        {"name": "incident_id", "type": "string", "description": "Incident concerned.",
         "constraints": {"required": True}},
        {"name": "field", "type": "string",
         "description": "Changed column; null for added or removed incidents."},
        {"name": "old_value", "type": "string", "description": "Value before, as text."},
        {"name": "new_value", "type": "string", "description": "Value after, as text."},
        {"name": "article_ids", "type": "string",
         "description": "Articles reporting the incident (';'-separated), as of this release."},
    ],
    "missingValues": [""],
}


@dataclass
class TableDiff:
    """Primary keys added, removed and changed in one table; changed maps key -> fields."""

    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)
    changed: dict = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def diff_table(old: pa.Table | None, new: pa.Table, key: str) -> TableDiff:
    """Compare two versions of a table by primary key, over the columns both have."""
    before = rows_by_key(old, key) if old is not None else {}
    after = rows_by_key(new, key)
    common = [c for c in new.column_names if old is not None and c in old.column_names]
    diff = TableDiff(added=sorted(k for k in after if k not in before),
                     removed=sorted(k for k in before if k not in after))
    for k in sorted(k for k in after if k in before):
        fields = [c for c in common if before[k][c] != after[k][c]]
        if fields:
            diff.changed[k] = fields
    return diff


def diff_all(old: dict[str, pa.Table] | None, new: dict[str, pa.Table]) -> dict[str, TableDiff]:
    """diff_table for each published table."""
    return {t.name: diff_table((old or {}).get(t.name), new[t.name], t.primary_key)
            for t in contract.PUBLISHED_TABLES}


def summary(diffs: dict[str, TableDiff]) -> str:
    """'3 incidents added, 1 incident changed, 5 mentions added' (empty string if nothing)."""
    parts = []
    for name, d in diffs.items():
        for verb, n in (("added", len(d.added)), ("changed", len(d.changed)),
                        ("removed", len(d.removed))):
            if n:
                parts.append(f"{count_label(n, name)} {verb}")
    return ", ".join(parts)


def incident_changes(old: pa.Table | None, new: pa.Table, diff: TableDiff) -> pa.Table:
    """The rows of changes.parquet for the incidents table."""
    before = rows_by_key(old, "incident_id") if old is not None else {}
    after = rows_by_key(new, "incident_id")
    rows = [("added", k, None, None, None, after[k]["article_ids"]) for k in diff.added]
    rows += [("removed", k, None, None, None, before[k].get("article_ids")) for k in diff.removed]
    for k, fields in diff.changed.items():
        rows += [("changed", k, f, as_text(before[k][f]), as_text(after[k][f]),
                  after[k]["article_ids"]) for f in fields]
    rows.sort(key=lambda r: (r[1], r[0], r[2] or ""))
    return pa.table(list(map(list, zip(*rows, strict=True))) if rows else
                    [[] for _ in CHANGES_SCHEMA], schema=CHANGES_SCHEMA)

"""What changed between two releases, by primary key: per-table counts and incident-level rows.

`changes.parquet` has one row per added or removed incident, one row per changed field of
an incident, with old and new values as text, so a reader can see every correction, and one row
per incident id that was merged into another incident or split over several (found by following
its mentions from the previous release to the incident ids they carry now).
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
        {"name": "change", "type": "string",
         "description": "added, removed or changed; merged (all of the old incident's mentions "
                        "now belong to one other incident) or split (they now belong to several).",
         "constraints": {"required": True,
                         "enum": ["added", "removed", "changed", "merged", "split"]}},
        {"name": "incident_id", "type": "string", "description": "Incident concerned.",
         "constraints": {"required": True}},
        {"name": "field", "type": "string",
         "description": "Changed column; null for added, removed, merged or split incidents."},
        {"name": "old_value", "type": "string",
         "description": "Value before, as text; the old incident id when merged or split."},
        {"name": "new_value", "type": "string",
         "description": "Value after, as text; the incident id(s) now holding the old "
                        "incident's mentions (';'-separated) when merged or split."},
        {"name": "article_ids", "type": "string",
         "description": "Articles reporting the incident (';'-separated), as of this release; "
                        "when merged or split, the articles of the incident(s) it went into."},
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


def identity_changes(old_mentions: pa.Table | None, new_mentions: pa.Table) -> list[tuple]:
    """Rows for old incident ids merged into another incident or split over several.

    Each old incident's mentions that are still published are followed to their incident id
    now: one id other than the old one is 'merged', two or more ids are 'split'. Mentions no
    longer published are ignored (an incident left with none is simply removed).
    """
    if old_mentions is None or "incident_id" not in old_mentions.column_names:
        return []
    now = {m["mention_id"]: (m["incident_id"], m["article_id"]) for m in
           new_mentions.select(["mention_id", "incident_id", "article_id"]).to_pylist()}
    articles: dict[str, set] = {}
    for incident_id, article_id in now.values():
        articles.setdefault(incident_id, set()).add(article_id)
    targets: dict[str, set] = {}
    for m in old_mentions.select(["mention_id", "incident_id"]).to_pylist():
        if m["mention_id"] in now:
            targets.setdefault(m["incident_id"], set()).add(now[m["mention_id"]][0])
    rows = []
    for old_id, ids in sorted(targets.items()):
        if len(ids) == 1 and old_id in ids:
            continue
        involved = sorted(set().union(*(articles[i] for i in ids)))
        rows.append(("merged" if len(ids) == 1 else "split", old_id, None, old_id,
                     ";".join(sorted(ids)), ";".join(involved)))
    return rows


def incident_changes(old: pa.Table | None, new: pa.Table, diff: TableDiff,
                     old_mentions: pa.Table | None = None,
                     new_mentions: pa.Table | None = None) -> pa.Table:
    """The rows of changes.parquet for the incidents table; with both mentions tables, also
    the merged and split incident ids (identity_changes)."""
    before = rows_by_key(old, "incident_id") if old is not None else {}
    after = rows_by_key(new, "incident_id")
    rows = [("added", k, None, None, None, after[k]["article_ids"]) for k in diff.added]
    if new_mentions is not None:
        rows += identity_changes(old_mentions, new_mentions)
    rows += [("removed", k, None, None, None, before[k].get("article_ids")) for k in diff.removed]
    for k, fields in diff.changed.items():
        rows += [("changed", k, f, as_text(before[k][f]), as_text(after[k][f]),
                  after[k]["article_ids"]) for f in fields]
    rows.sort(key=lambda r: (r[1], r[0], r[2] or ""))
    return pa.table(list(map(list, zip(*rows, strict=True))) if rows else
                    [[] for _ in CHANGES_SCHEMA], schema=CHANGES_SCHEMA)

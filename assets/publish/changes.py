"""What changed between two releases, by primary key: per-table counts and incident-level rows.

`changes.parquet` has one row per added or removed incident, one row per changed field of
an incident, with old and new values as text, so a reader can see every correction, and one row
per incident id that was merged into another incident or split over several (found by following
its mentions from the previous release to the incident ids they carry now).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from assets.publish.tables import as_text, ascending, count_label

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


def _differs(old: pa.ChunkedArray, new: pa.ChunkedArray) -> pa.Array:
    """Row by row, whether two aligned columns hold different values (null == null), as an
    Arrow boolean array without nulls; with Python's `!=` where Arrow cannot compare the two
    types."""
    try:
        if old.type.equals(new.type):
            nulls_differ = pc.xor(pc.is_null(old), pc.is_null(new))
            values_differ = pc.fill_null(pc.not_equal(old, new), False)
            return pc.or_(nulls_differ, values_differ)
    except pa.ArrowNotImplementedError:  # e.g. a column of nulls only
        pass
    return pa.array([a != b for a, b in zip(old.to_pylist(), new.to_pylist(), strict=True)],
                    pa.bool_())


def _comparable_keys(table: pa.Table, key: str) -> pa.Table:
    """The table with its key column as strings (a table without rows may have null-typed
    columns; published keys are strings)."""
    if table.schema.field(key).type == pa.string():
        return table
    return table.set_column(table.schema.get_field_index(key), key,
                            table.column(key).cast(pa.string()))


def _kept(column: pa.ChunkedArray, mask: pa.Array, order: pa.Array | None) -> pa.ChunkedArray:
    """column's values where mask is true (all of it when mask is), in key order."""
    if not pc.all(mask).as_py():
        column = column.filter(mask)
    return column if order is None else column.take(order)


def _all_kept(old_keys: pa.ChunkedArray, new_keys: pa.ChunkedArray, in_old: pa.Array
              ) -> pa.Array | None:
    """`is_in(old_keys, new_keys)` when it is all true, known without a second hash table: both
    key columns strictly ascending (so unique) and without nulls, and as many new keys found
    in the old ones as there are old keys. None when that is not known (then ask `is_in`)."""
    if old_keys.null_count or new_keys.null_count:
        return None
    if pc.sum(in_old).as_py() != len(old_keys) or not (
            ascending(old_keys, strictly=True) and ascending(new_keys, strictly=True)):
        return None
    return pc.is_valid(old_keys)  # all true: no key is null


def _key_order(keys: pa.ChunkedArray) -> pa.Array | None:
    """The indices that sort the (unique) keys, or None when they already are in order
    (releases and the prepared tables are stored in key order, and filtering keeps it)."""
    return None if ascending(keys) else pc.sort_indices(keys)


def diff_table(old: pa.Table | None, new: pa.Table, key: str) -> TableDiff:
    """Compare two versions of a table by primary key, over the columns both have.

    Vectorized: the rows of keys in both versions are put in key order and compared column
    by column in Arrow, one column of each version copied at a time; only the keys and the
    changed fields reach Python."""
    if old is None:
        return TableDiff(added=sorted(new.column(key).to_pylist()))
    old, new = _comparable_keys(old, key), _comparable_keys(new, key)
    in_old = pc.is_in(new.column(key), value_set=old.column(key).combine_chunks())
    in_new = _all_kept(old.column(key), new.column(key), in_old)
    if in_new is None:
        in_new = pc.is_in(old.column(key), value_set=new.column(key).combine_chunks())
    diff = TableDiff(added=sorted(new.filter(pc.invert(in_old)).column(key).to_pylist()),
                     removed=sorted(old.filter(pc.invert(in_new)).column(key).to_pylist()))
    old_order = _key_order(_kept(old.column(key), in_new, None))
    new_order = _key_order(_kept(new.column(key), in_old, None))
    common = [c for c in new.column_names if c in old.column_names]
    changed: dict[int, list[str]] = {}
    for c in common:  # only the rows that differ become Python objects
        before, after = _kept(old.column(c), in_new, old_order), _kept(new.column(c), in_old,
                                                                        new_order)
        if before.type.equals(after.type) and before.equals(after):
            continue  # one pass: no row differs (null == null, as in `_differs`)
        for i in pc.indices_nonzero(_differs(before, after)).to_pylist():
            changed.setdefault(i, []).append(c)
    rows = sorted(changed)
    after_keys = _kept(new.column(key), in_old, new_order)
    keys = dict(zip(rows, after_keys.take(pa.array(rows, pa.int64())).to_pylist(),
                    strict=True))
    diff.changed = {keys[i]: changed[i] for i in sorted(rows, key=keys.__getitem__)}
    return diff


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
    targets = moved_incidents(old_mentions, new_mentions)
    wanted = sorted(set().union(*targets.values())) if targets else []
    if not wanted:
        return []
    kept = new_mentions.select(["incident_id", "article_id"]).filter(
        pc.is_in(new_mentions.column("incident_id"),
                 value_set=pa.array(wanted, type=new_mentions.schema.field("incident_id").type)))
    return identity_rows(targets, kept)


def moved_incidents(old_mentions: pa.Table | None, new_mentions: pa.Table
                    ) -> dict[str, set]:
    """Old incident id -> the incident ids its still-published mentions carry now, for the old
    ids some of whose mentions now carry another id."""
    if old_mentions is None or "incident_id" not in old_mentions.column_names \
            or not old_mentions.num_rows or not new_mentions.num_rows:
        return {}
    # Vectorized first: the old incident ids with a still-published mention that now carries
    # another incident id are the only ones reported; just their rows become Python objects.
    pairs = old_mentions.select(["mention_id", "incident_id"]).rename_columns(
        ["mention_id", "old_id"]).join(
        new_mentions.select(["mention_id", "incident_id"]), "mention_id", join_type="inner")
    moved = _differs(pairs.column("old_id"), pairs.column("incident_id"))
    regrouped = pc.unique(pairs.filter(moved).column("old_id"))
    pairs = pairs.filter(pc.is_in(pairs.column("old_id"), value_set=regrouped))
    targets: dict[str, set] = {}
    for old_id, new_id in zip(pairs.column("old_id").to_pylist(),
                              pairs.column("incident_id").to_pylist(), strict=True):
        targets.setdefault(old_id, set()).add(new_id)
    return targets


def identity_rows(targets: dict[str, set], target_mentions: pa.Table) -> list[tuple]:
    """The merged and split rows of `targets` (`moved_incidents`), given the new mentions'
    (incident_id, article_id) of (at least) the target incident ids."""
    articles: dict[str, set] = {}
    for incident_id, article_id in zip(target_mentions.column("incident_id").to_pylist(),
                                       target_mentions.column("article_id").to_pylist(),
                                       strict=True):
        articles.setdefault(incident_id, set()).add(article_id)
    rows = []
    for old_id, ids in sorted(targets.items()):
        involved = sorted(set().union(*(articles[i] for i in ids)))
        rows.append(("merged" if len(ids) == 1 else "split", old_id, None, old_id,
                     ";".join(sorted(ids)), ";".join(involved)))
    return rows


def change_table(diff: TableDiff, identity: list[tuple], before: dict, after: dict,
                 added_articles: pa.Table | dict | None) -> pa.Table:
    """The rows of changes.parquet: from the incidents diff, the merged and split ids
    (identity_changes), the previous and new rows of the removed and changed incidents
    (`tables.rows_by_key`) and the article_ids of the added ones (a table of incident_id and
    article_ids in key order, or a dict). The added rows, every incident at a first release,
    are made in Arrow; the others, a few, in Python."""
    rows = list(identity)
    rows += [("removed", k, None, None, None, before[k].get("article_ids")) for k in diff.removed]
    for k, fields in diff.changed.items():
        rows += [("changed", k, f, as_text(before[k][f]), as_text(after[k][f]),
                  after[k]["article_ids"]) for f in fields]
    others = pa.table(list(map(list, zip(*rows, strict=True))) if rows else
                      [[] for _ in CHANGES_SCHEMA], schema=CHANGES_SCHEMA)
    if not diff.added:
        return _in_change_order(others)
    if isinstance(added_articles, dict):
        keys = list(diff.added)
        added_articles = pa.table({"incident_id": keys,
                                   "article_ids": [added_articles[k] for k in keys]})
    assert added_articles is not None and added_articles.num_rows == len(diff.added)
    n = added_articles.num_rows
    nothing = pa.nulls(n, pa.string())
    added = pa.table([pa.repeat(pa.scalar("added"), n), added_articles.column("incident_id"),
                      nothing, nothing, nothing, added_articles.column("article_ids")],
                     schema=CHANGES_SCHEMA)
    return added if not rows else _in_change_order(pa.concat_tables([added, others]))


def _in_change_order(table: pa.Table) -> pa.Table:
    """Rows by incident id, then change, then field (null first): one row per such triple."""
    if table.num_rows < 2:
        return table
    order = pc.sort_indices(pa.table({"i": table.column("incident_id"),
                                      "c": table.column("change"),
                                      "f": pc.fill_null(table.column("field"), "")}),
                            sort_keys=[("i", "ascending"), ("c", "ascending"),
                                       ("f", "ascending")])
    return table.take(order)

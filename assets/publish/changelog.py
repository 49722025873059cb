"""Change logs for people: what changed in a release, with place, date and before/after values.

Each release folder holds its own CHANGELOG.md; the project root's CHANGELOG.md is assembled
from those, newest first, so it never disagrees with the releases.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from assets.publish import versioning

MAX_LISTED = 200  # per section; the rest is in changes.parquet
TITLE = "# Changelog of strikes"


def place_date(row: dict) -> str:
    """'Kharkiv, Kharkiv Oblast, UKR, 2024-05-01' from an incident row."""
    where = [row.get(c) for c in ("location", "admin1", "country") if row.get(c)]
    when = row.get("event_date")
    return ", ".join([*where, when.isoformat() if when else "date unknown"])


def _figures(row: dict) -> str:
    shown = [f"{c} {row[c]}" for c in ("killed", "injured", "launched", "intercepted")
             if row.get(c) is not None]
    return "; ".join([f"{row.get('kind')}, {row.get('weapon')}", *shown])


def _listed(lines: list[str], total: int | None = None) -> list[str]:
    """The first MAX_LISTED lines and how many more there are (of total, when only the first
    lines were made)."""
    extra = (len(lines) if total is None else total) - MAX_LISTED
    return lines[:MAX_LISTED] + ([f"- ... and {extra} more (see changes.parquet)"]
                                 if extra > 0 else [])


def correction_line(c: dict) -> str:
    """'- kharkiv.yaml#1: set killed 4 on mention:men-... (A. Curator, 2025-03-15): why'."""
    fields = ", ".join(f"{k} {v}" for k, v in (c.get("fields") or {}).items()
                       if c.get("action") == "set")
    what = f"{c.get('action')} {fields} on" if fields else f"{c.get('action')}"
    return (f"- {c.get('name')}: {what} {c.get('target')} ({c.get('curator')}, "
            f"{c.get('date')}): {c.get('reason')}")


def regroup_line(rec: dict, row: dict) -> str:
    """'- Kharkiv, ..., 2024-05-01 (inc-a): merged into inc-b' or '...: split into inc-a, inc-x'
    from a merged/split change row and the old incident's row."""
    into = ", ".join((rec["new_value"] or "").split(";"))
    return f"- {place_date(row)} ({rec['incident_id']}): {rec['change']} into {into}"


def section(version: str, bump: str, reason: str, created: str | None, note: str | None,
            schema_changes: list[str], changes: pa.Table, before: dict, after: dict,
            first: bool, corrections: list[dict] | None = None) -> str:
    """The markdown section for one release (starts with '## vX.Y.Z'); corrections are the
    curators' corrections applied since the previous release (provenance records).

    before / after: the previous and new incident rows by id (`rows_by_key`) of the removed,
    changed, merged and split incidents, and after also of the first MAX_LISTED added ones
    (the lines after those are only counted)."""
    date = (created or "")[:10] or "undated"
    out = [f"## {version} ({bump}) - data up to {date}", "", reason + ".", ""]
    if note:
        out += [f"Note: {note}", ""]
    if schema_changes:
        out += ["### Schema", "", *[f"- {c}" for c in schema_changes], ""]
    if corrections:
        out += ["### Corrections applied", "", *_listed([correction_line(c)
                                                       for c in corrections]), ""]
    if first:
        return "\n".join(out)
    records = changes.to_pylist()
    # An id merged or split away is no longer in the incidents table, but listing it under
    # "Removed incidents" would suggest its reports were dropped: it is listed once, below.
    regrouped = {r["incident_id"] for r in records if r["change"] in ("merged", "split")}
    added, removed, changed, regroup = [], [], [], []
    added_total = 0
    for rec in records:
        key = rec["incident_id"]
        if rec["change"] == "added":
            added_total += 1
            if len(added) < MAX_LISTED:
                added.append(f"- {place_date(after[key])}: {_figures(after[key])} ({key})")
        elif rec["change"] == "removed":
            if key not in regrouped:
                removed.append(f"- {place_date(before[key])}: {_figures(before[key])} ({key})")
        elif rec["change"] in ("merged", "split"):
            regroup.append(regroup_line(rec, before.get(key) or after.get(key) or {}))
        else:
            changed.append(f"- {place_date(after[key])} ({key}): {rec['field']} "
                           f"{rec['old_value'] or 'null'} -> {rec['new_value'] or 'null'}")
    for title, lines, total in (("Added incidents", added, added_total),
                                ("Removed incidents", removed, None),
                                ("Changed incidents", changed, None),
                                ("Merged and split incidents", regroup, None)):
        if lines:
            out += [f"### {title}", "", *_listed(lines, total), ""]
    return "\n".join(out)


def release_changelog(section_text: str) -> str:
    """CHANGELOG.md inside a release folder."""
    return f"{TITLE}\n\n{section_text.rstrip()}\n"


def root_changelog(releases_dir: Path) -> str:
    """The root CHANGELOG.md: every release's section, newest first."""
    parts = [TITLE, "", "Every published version, newest first. Each release folder under "
             "`releases/` holds its own CHANGELOG.md and `changes.parquet`.", ""]
    for version in reversed(versioning.releases(releases_dir)):
        text = (releases_dir / version / "CHANGELOG.md").read_text(encoding="utf-8")
        parts += [text.removeprefix(TITLE).strip(), ""]
    return "\n".join(parts)

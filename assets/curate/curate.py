"""Apply curators' corrections to the extracted mentions, reproducibly, in memory.

Corrections are applied in file-name order, then entry order, on the rows of `mentions`; the
extracted table itself is never changed, so re-extraction cannot lose a correction and a
correction is never applied twice. Each touched row names its corrections in `corrected_by`.

- `mention:<id>` set/reject changes or removes that mention. Setting a field of the incident's
  natural key (kind, country, admin1, location, event_date, attacker) moves the mention to the
  incident of its new key (its incident_id is recomputed the way the extractor computes it).
- `incident:<id>` set/reject is applied after the merge, to the merged incident (`incidents.py`):
  mentions keep what each article said. Here it is only checked that some mention still carries
  that incident id (a merged incident's id is the natural-key id of one of its mentions); if none
  does, it is an orphan, else it is `pending` until the merge has run.
- `article:<id>` add inserts a mention whose evidence must slice the article's clean text.

A target that no longer exists makes the correction an orphan: reported, not applied, and it
does not block the release. Plain Python: no Dagster, no DuckDB.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from assets.curate.corrections import Correction, Problem
from assets.ids import incident_id_for, mention_id_for
from assets.schema import MENTIONS

INCIDENT_KEY = ("kind", "country", "admin1", "location", "event_date", "attacker")
ADDED_CONFIDENCE = 1.0  # a curator read the sentence
ADDED_VERSION = "manual"  # extractor_version of rows a curator added
SEPARATOR = ";"  # between names in corrected_by, as between ids in incidents.article_ids


@dataclass
class Outcome:
    """What one correction did: applied (with the mention ids it touched) or orphaned."""

    correction: Correction
    status: str  # applied | orphan | pending (incident corrections, applied after the merge)
    detail: str = ""
    rows: list[str] = field(default_factory=list)  # mention ids touched
    incidents: list[str] = field(default_factory=list)  # incident ids touched (before and after)


@dataclass
class Curation:
    """The curated rows, what each correction did, and the entries that block the release."""

    rows: list[dict] | None  # None: the extracted mentions, unchanged (no corrections)
    # The mention ids whose rows `rows` stand in for (the rows given to `curate`): every other
    # mention is curated unchanged. None: `rows` are all the curated rows.
    replaced: list[str] | None = None
    outcomes: list[Outcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def by_status(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]


def _mark(row: dict, name: str) -> None:
    names = row["corrected_by"].split(SEPARATOR) if row.get("corrected_by") else []
    if name not in names:
        names.append(name)
    row["corrected_by"] = SEPARATOR.join(names)


def _new_incident_id(row: dict) -> str:
    return incident_id_for(*(row[k] for k in INCIDENT_KEY))


def _added_row(c: Correction, text: str | None) -> dict | str | Problem:
    """The row an `add` inserts, an orphan reason (str) or a blocking Problem."""
    if text is None:
        return f"article {c.target_id} is not in the warehouse"
    v = c.values
    start, end, evidence = v["evidence_start"], v["evidence_end"], v["evidence"]
    if not (0 <= start < end <= len(text)) or text[start:end] != evidence:
        got = text[start:end] if 0 <= start < end <= len(text) else "(outside the text)"
        return Problem(c.file, c.entry, c.target, f"evidence offsets [{start}, {end}) do not "
                       f"slice the article's clean text to the evidence: they give {got!r}")
    row = {col: None for col in MENTIONS.column_names}
    row.update(v)
    row["article_id"] = c.target_id
    row.setdefault("confidence", ADDED_CONFIDENCE)
    if row["confidence"] is None:
        row["confidence"] = ADDED_CONFIDENCE
    row["extractor_version"] = ADDED_VERSION
    row["mention_id"] = mention_id_for(c.target_id, row["kind"], row["country"], row["admin1"],
                                       row["location"], start, end)
    row["incident_id"] = _new_incident_id(row)
    row["corrected_by"] = c.name
    return row


def curate(rows: list[dict], corrections: list[Correction], texts: dict[str, str]
           ) -> Curation:
    """Apply corrections (in order) to copies of rows; texts maps article_id -> clean text for
    the articles that `add` corrections target."""
    by_id = {r["mention_id"]: dict(r) for r in rows}
    out = Curation(rows=[])
    for c in corrections:
        if c.action == "add":
            made = _added_row(c, texts.get(c.target_id))
            if isinstance(made, Problem):
                out.problems.append(made)
            elif isinstance(made, str):
                out.outcomes.append(Outcome(c, "orphan", made))
            elif made["mention_id"] in by_id:
                out.outcomes.append(Outcome(c, "orphan", "the extractor now finds this mention "
                                            f"(mention:{made['mention_id']}): correct it with "
                                            "set instead"))
            else:
                by_id[made["mention_id"]] = made
                out.outcomes.append(Outcome(c, "applied", "added", [made["mention_id"]],
                                            [made["incident_id"]]))
            continue
        if c.kind == "incident":
            known = any(r["incident_id"] == c.target_id for r in by_id.values())
            out.outcomes.append(Outcome(c, "pending", "applied after the merge") if known else
                                Outcome(c, "orphan", f"incident {c.target_id} no longer exists"))
            continue
        hit = [c.target_id] if c.target_id in by_id else []
        if not hit:
            out.outcomes.append(Outcome(c, "orphan", f"{c.kind} {c.target_id} no longer exists"))
            continue
        touched = {by_id[k]["incident_id"] for k in hit}
        for key in hit:
            if c.action == "reject":
                del by_id[key]
                continue
            row = by_id[key]
            row.update(c.values)
            if c.kind == "mention" and any(k in c.values for k in INCIDENT_KEY):
                row["incident_id"] = _new_incident_id(row)
                touched.add(row["incident_id"])
            _mark(row, c.name)
        verb = "rejected" if c.action == "reject" else "set " + ", ".join(c.values)
        out.outcomes.append(Outcome(c, "applied", verb, hit, sorted(touched)))
    out.rows = [by_id[k] for k in sorted(by_id)]
    return out

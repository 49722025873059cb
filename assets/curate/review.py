"""The review queue: the mentions that most need a human, with their evidence in context.

A mention is a candidate when the extractor was unsure (low confidence), when it (or its
incident) failed a warning-level expectation and was quarantined, or when the mentions of its
incident disagree on a figure. Each reason adds to its score; the queue is sorted by score.
Reads the warehouse only (plain Python + DuckDB, no Dagster).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import duckdb

from assets.curate.incidents import membership
from assets.curate.store import CURATED_TABLE

FIGURES = ("killed", "injured", "launched", "intercepted")
CONTEXT_CHARS = 240  # at most this much text on each side, trimmed to whole sentences
LOW_CONFIDENCE = 0.7
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+|\n\s*\n")
COLUMNS = ["rank", "correct_with", "incident", "score", "reasons", "confidence", "article_id",
           "outlet", "published_at", "kind", "event_date", "place", "attacker", "weapon",
           *FIGURES, "corrected_by", "evidence", "context"]


@dataclass
class ReviewItem:
    """One row of the queue: the mention, why it is there, and its evidence in context."""

    row: dict
    reasons: list[str] = field(default_factory=list)
    score: float = 0.0
    before: str = ""
    after: str = ""

    def record(self, rank: int) -> dict:
        r = self.row
        place = ", ".join(str(r[k]) for k in ("location", "admin1", "country") if r.get(k))
        return {"rank": rank, "correct_with": f"mention:{r['mention_id']}",
                "incident": f"incident:{r['incident_id']}", "score": round(self.score, 3),
                "reasons": "; ".join(self.reasons), "confidence": r.get("confidence"),
                "article_id": r["article_id"], "outlet": r.get("outlet"),
                "published_at": r.get("published_at"), "kind": r.get("kind"),
                "event_date": str(r["event_date"]) if r.get("event_date") else None,
                "place": place, "attacker": r.get("attacker"), "weapon": r.get("weapon"),
                **{f: r.get(f) for f in FIGURES}, "corrected_by": r.get("corrected_by"),
                "evidence": r.get("evidence"),
                "context": f"{self.before}{r.get('evidence') or ''}{self.after}"}


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str]:
    """(text before, text after) the evidence span: the neighbouring sentences, cut at a
    sentence boundary when the window does not reach the start or end of the article."""
    lo = max(0, start - chars)
    before = text[lo:start]
    if lo > 0:
        cut = _SENTENCE_END.search(before)
        before = before[cut.end():] if cut else before
    hi = min(len(text), end + chars)
    after = text[end:hi]
    if hi < len(text):
        ends = list(_SENTENCE_END.finditer(after))
        after = after[:ends[-1].start() + 1] if ends else after
    return before, after


def _rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    cur = con.execute(f"SELECT m.*, a.outlet, a.published_at, a.text AS article_text "
                      f"FROM {CURATED_TABLE} m LEFT JOIN articles a USING (article_id)")
    names = [d[0] for d in cur.description]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    merged = membership(con)
    for r in rows:
        r["incident_id"] = merged.get(r["mention_id"], r["incident_id"])
    return rows


def _conflicts(rows: list[dict]) -> dict[str, list[str]]:
    """mention_id -> reasons, for incidents whose mentions disagree on a figure."""
    by_incident: dict[str, list[dict]] = {}
    for r in rows:
        by_incident.setdefault(r["incident_id"], []).append(r)
    out: dict[str, list[str]] = {}
    for iid, members in by_incident.items():
        for f in FIGURES:
            values = sorted({m[f] for m in members if m.get(f) is not None})
            if len(values) > 1:
                for m in members:
                    out.setdefault(m["mention_id"], []).append(
                        f"conflicting {f} across the mentions of {iid}: "
                        + " vs ".join(map(str, values)))
    return out


def review_queue(con: duckdb.DuckDBPyConnection, limit: int = 50) -> list[dict]:
    """The `limit` mentions that most need a human, best first, as flat records."""
    rows = _rows(con)
    failed: dict[tuple[str, str], list[str]] = {}
    for table, row_id, expectation in con.execute(
            "SELECT table_name, row_id, expectation FROM row_quarantine "
            "ORDER BY table_name, row_id, expectation").fetchall():
        failed.setdefault((table, row_id), []).append(expectation)
    conflicts = _conflicts(rows)
    items = []
    for r in rows:
        item = ReviewItem(r)
        confidence = r.get("confidence") if r.get("confidence") is not None else 0.0
        item.score = 1.0 - float(confidence)
        if confidence < LOW_CONFIDENCE:
            item.reasons.append(f"low confidence {confidence}")
        for table, key in (("mentions", r["mention_id"]), ("incidents", r["incident_id"])):
            for e in failed.get((table, key), []):
                item.reasons.append(f"failed {e} ({table[:-1]} quarantined)")
                item.score += 1.0
        for reason in conflicts.get(r["mention_id"], []):
            item.reasons.append(reason)
            item.score += 1.0
        if item.reasons:
            items.append(item)
    items.sort(key=lambda i: (-i.score, i.row["mention_id"]))
    for item in items[:limit]:
        text = item.row.get("article_text") or ""
        if item.row.get("evidence_start") is not None:
            item.before, item.after = context(text, item.row["evidence_start"],
                                              item.row["evidence_end"])
    return [{**i.record(n), "_before": i.before, "_after": i.after}
            for n, i in enumerate(items[:limit], start=1)]

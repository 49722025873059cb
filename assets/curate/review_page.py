"""Write the review queue as a CSV and a small static HTML page a curator can read offline.

The page has no script and no external resource; every value from the data is HTML-escaped.
Each card shows the id to put in a correction's `target` and the evidence highlighted inside
its surrounding sentences.
"""

from __future__ import annotations

import csv
from html import escape
from pathlib import Path

from assets.curate.review import COLUMNS, FIGURES

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
.card { border: 1px solid #ccc; border-radius: 6px; padding: .8rem 1rem; margin: 1rem 0; }
.id { font-family: monospace; background: #f3f3f3; padding: 0 .3rem; user-select: all; }
.why { color: #8a3b00; } .ctx { background: #fafafa; padding: .5rem; white-space: pre-wrap; }
mark { background: #ffe27a; } dl { display: grid; grid-template-columns: 9rem 1fr; margin: 0; }
dt { color: #666; } dd { margin: 0; }
"""


def write_csv(items: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        w.writerows(items)


def _card(it: dict) -> str:
    e = lambda v: escape("" if v is None else str(v))  # noqa: E731 - local shorthand
    figures = ", ".join(f"{f} {it[f]}" for f in FIGURES if it.get(f) is not None) or "none"
    facts = [("kind", it["kind"]), ("date", it["event_date"]), ("place", it["place"]),
             ("attacker", it["attacker"]), ("weapon", it["weapon"]), ("figures", figures),
             ("confidence", it["confidence"]), ("incident", it["incident"]),
             ("article", f"{it['article_id']} ({it.get('outlet') or 'outlet unknown'}, "
                         f"{it.get('published_at')})"),
             ("corrected by", it.get("corrected_by") or "-")]
    rows = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in facts)
    return (f'<div class="card"><h2>#{e(it["rank"])} <span class="id">{e(it["correct_with"])}'
            f'</span></h2><p class="why">{e(it["reasons"])}</p><dl>{rows}</dl>'
            f'<p class="ctx">{e(it.get("_before"))}<mark>{e(it["evidence"])}</mark>'
            f'{e(it.get("_after"))}</p></div>')


def render_html(items: list[dict], title: str = "strikes review queue") -> str:
    intro = (f"{len(items)} rows that most need a human, most doubtful first. To fix one, put "
             "its id (e.g. <code>mention:men-...</code> or <code>incident:inc-...</code>) in "
             "the <code>target</code> of an entry in <code>corrections/*.yaml</code>.")
    cards = "\n".join(_card(it) for it in items) or "<p>Nothing to review.</p>"
    return (f'<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n"
            f"<body><h1>{escape(title)}</h1><p>{intro}</p>\n{cards}\n</body></html>\n")


def write_review(items: list[dict], out_dir: Path) -> tuple[Path, Path]:
    """review.csv and review.html in out_dir; returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    csv_path, html_path = out_dir / "review.csv", out_dir / "review.html"
    write_csv(items, csv_path)
    html_path.write_text(render_html(items), encoding="utf-8")
    return csv_path, html_path

"""Every eval set scored with the present casualty finder and with the spike swapped in.

Each set's articles are extracted as `strikes evaluate` extracts them
(`pipelines.extract_files.extract_files`: the ingest readers and cleaner, then the extractor) and
scored against its gold rows with `assets.extract.evaluate.evaluate`, once per finder (and once
with `KindOracle`, the swap with the present finder's kinds). The sets:
the shared dev set, then every data/eval/* set but the held-out ones (`reference.HELD_OUT`,
skipped by name, never opened), in three groups: "dev" (the shared dev set), "tune" (the sets
the spike's later rules were written from) and "check" (`reference.CHECK`, which they were
not). A group's pooled score is `evaluate` over all its sets' rows at once (article ids
prefixed with the set's name, so that sets cannot mix). The swap is also run one pass per
article (`ArticleSpikeFinder`) to check it gives the same rows as the sentence-by-sentence swap.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from assets.extract.evaluate import evaluate
from benchmarks.compare_extractors import corpora
from pipelines.extract_files import extract_files

from .reference import CHECK, HELD_OUT
from .swap import ArticleSpikeFinder, KindOracle, SpikeFinder, swapped

GROUPS = ("dev", "tune", "check")
HEADLINE = ("killed", "injured")


@dataclass
class SetScore:
    """One set: its group, files, the rows and scores with each finder."""

    name: str
    group: str
    articles: Path
    gold: list[dict]
    rows: dict[str, list[dict]] = field(default_factory=dict)     # finder -> predicted rows
    results: dict[str, dict] = field(default_factory=dict)        # finder -> evaluate()

    def changed(self) -> tuple[int, int, int]:
        """(present rows the swap does not give, swap rows the present finder does not give,
        articles whose rows differ): rows compared whole, as multisets per article."""
        lost = new = arts = 0
        per: dict[str, list[Counter]] = {}
        for k, v in enumerate(("present", "swap")):
            for r in self.rows[v]:
                per.setdefault(str(r["article_id"]), [Counter(), Counter()])[k][row_key(r)] += 1
        for a, b in per.values():
            lost += sum((a - b).values())
            new += sum((b - a).values())
            arts += a != b
        return lost, new, arts


def row_key(row: dict) -> str:
    """A row as a string: rows compared whole."""
    return json.dumps(row, sort_keys=True, default=str)


def eval_sets() -> list[SetScore]:
    """The scored sets with their gold rows: dev, then the tune and check sets in order."""
    out = []
    for name, path in corpora(HELD_OUT).items():
        gold = path.with_name("gold.jsonl")
        if name == "shared-seed" or not gold.is_file():
            continue
        group = "dev" if name == "shared-dev" else "check" if name in CHECK else "tune"
        rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                if line.strip()]
        out.append(SetScore(name, group, path, rows))
    return sorted(out, key=lambda s: (GROUPS.index(s.group), _number(s.name), s.name))


def _number(name: str) -> int:
    """unseen2 before unseen10; sets without a number (dev, extra) first."""
    stem = name.rstrip("0123456789")
    return int(name[len(stem):]) if stem == "unseen" and stem != name else -1


def _extract(path: Path) -> list[dict]:
    crashes: list[tuple[str, Exception]] = []
    rows, _ = extract_files([path], crashes)
    for aid, exc in crashes:
        print(f"  crash on {aid}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return [{k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()}
            for r in rows]


def score_all() -> list[SetScore]:
    """Every set extracted and scored with each finder; exits if the two swaps' rows differ."""
    sets = eval_sets()
    finders = {"swap": SpikeFinder(), "swap-article": ArticleSpikeFinder(),
               "swap-kinds": KindOracle()}
    for k, s in enumerate(sets):
        s.rows["present"] = _extract(s.articles)
        for name, finder in finders.items():
            with swapped(finder):
                s.rows[name] = _extract(s.articles)
        if s.rows["swap"] != s.rows["swap-article"]:
            raise SystemExit(f"{s.name}: the swap by article gives other rows than by sentence")
        for v in ("present", "swap", "swap-kinds"):
            s.results[v] = evaluate(s.gold, s.rows[v])
        print(f"  [{k + 1}/{len(sets)}] {s.name}: F1 {s.results['present']['f1']} -> "
              f"{s.results['swap']['f1']}", file=sys.stderr)
    return sets


def pooled(sets: list[SetScore], finder: str) -> dict:
    """evaluate over the sets' rows at once, article ids prefixed with the set's name."""
    gold, pred = [], []
    for s in sets:
        gold += [dict(g, article_id=f"{s.name}/{g['article_id']}") for g in s.gold]
        pred += [dict(p, article_id=f"{s.name}/{p['article_id']}") for p in s.rows[finder]]
    return evaluate(gold, pred)


def moved_fields(sets: list[SetScore]) -> list[str]:
    """killed and injured, then every other field whose accuracy differs on some set."""
    names = list(sets[0].results["present"]["fields"])
    return [*HEADLINE, *(f for f in names if f not in HEADLINE and any(
        s.results["present"]["fields"][f]["accuracy"] != s.results["swap"]["fields"][f]["accuracy"]
        for s in sets))]


def _cells(result: dict, fields: list[str]) -> list[str]:
    acc = [result["fields"][f]["accuracy"] for f in fields]
    return [f"{result['f1']:.3f}", f"{result['precision']:.3f}", f"{result['recall']:.3f}",
            *("-" if a is None else f"{a:.3f}" for a in acc)]


def print_scores(sets: list[SetScore]) -> None:
    """A markdown table: per set and pooled per group, present -> swap, rows changed."""
    fields = moved_fields(sets)
    head = ["F1", "P", "R", *fields]
    print("| set | group | " + " | ".join(head) + " | rows lost / new (articles) |")
    print("|---" * (len(head) + 3) + "|")

    def line(name: str, group: str, a: dict, b: dict, changed: tuple[int, int, int]) -> None:
        cells = [x if x == y else f"{x} -> {y}" for x, y in zip(_cells(a, fields),
                                                               _cells(b, fields), strict=True)]
        print(f"| {name} | {group} | " + " | ".join(cells)
              + f" | {changed[0]} / {changed[1]} ({changed[2]}) |")

    for s in sets:
        line(s.name, s.group, s.results["present"], s.results["swap"], s.changed())
    for g in GROUPS:
        mine = [s for s in sets if s.group == g]
        total = tuple(sum(c) for c in zip(*(s.changed() for s in mine), strict=True))
        line(f"**pooled {g}** ({len(mine)} sets)", g, pooled(mine, "present"),
             pooled(mine, "swap"), total)     # type: ignore[arg-type]
    print("\nthe swap with the present finder's kinds (KindOracle), pooled: present -> swap "
          "-> swap with kinds")
    for g in GROUPS:
        mine = [s for s in sets if s.group == g]
        runs = [pooled(mine, v) for v in ("present", "swap", "swap-kinds")]
        print(f"  {g:5s} " + "; ".join(f"{name} " + " -> ".join(
            f"{r['f1']:.3f}" if name == "F1" else f"{r['fields'][name]['accuracy']:.3f}"
            for r in runs) for name in ("F1", *HEADLINE)))

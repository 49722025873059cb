"""What the three curve runners share: their options, the load average, and the printing of a
per-field curve and of the last batch's disagreements by shape.

The runners are `__main__.py` (casualties), `tally_curve.py` (tallies) and `places.py`
(places; options and load average only: its agreement is per sentence, not per field).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .agreement import Tally

GROUPS = ("all", "tune", "check")


def parse_args(prog: str, samples: int = 25) -> argparse.Namespace:
    """The runners' options: samples, rounds, passes, --no-time and the sets listed."""
    ap = argparse.ArgumentParser(prog=prog)
    ap.add_argument("--samples", type=int, default=samples, help="disagreement shapes to print")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--passes", type=int, default=3)
    ap.add_argument("--no-time", action="store_true")
    ap.add_argument("--shapes", choices=GROUPS, default="tune",
                    help="the sets whose disagreements are listed")
    return ap.parse_args()


def load_average() -> float:
    """The 1-minute load average (NaN where /proc/loadavg is missing)."""
    if not os.path.exists("/proc/loadavg"):
        return float("nan")
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


def print_curve(batches: Sequence[int], rule_counts: Sequence[int], costs: Sequence[float],
                tallies: dict[str, list[Tally]], fields: Sequence[str], sep: str) -> None:
    """One line per batch: its number and rules, each field's agreement on all sentences
    (valued %, n), the cost, then the valued % per field on the tune and the check sets (the
    two joined by sep)."""
    for k, (b, n, c) in enumerate(zip(batches, rule_counts, costs, strict=True)):
        tally = tallies["all"][k]
        cells = " | ".join(f"{tally.pct(f):.2f} ({tally.valued_pct(f):.1f}, {tally.valued[f]})"
                           for f in fields)
        parts = sep.join("/".join(f"{tallies[g][k].valued_pct(f):.1f}" for f in fields)
                         for g in ("tune", "check"))
        print(f"{b:5d} {n:5d} | {cells} | {c:.0f} | {parts}")


def print_disagreements(tallies: dict[str, list[Tally]], shapes: str, samples: int,
                        name_width: int, text_width: int) -> None:
    """The last batch's disagreements in the sets `shapes`: counts per (field, class), then the
    `samples` commonest shapes with a sample sentence (its first text_width characters)."""
    last = tallies[shapes][-1]
    print(f"(shapes below: {shapes} sets)")
    print("disagreements (last batch):", ", ".join(
        f"{f} {c}: {n}" for (f, c), n in sorted(last.classes.items())))
    for (name, cls, shape), n in last.shapes.most_common(samples):
        text, a, b = last.samples[(name, cls, shape)]
        print(f"{n:4d} {name:{name_width}s} {cls:8s} {shape:16s} ref={a} spike={b} | "
              f"{text[:text_width]}")

"""How much of the extractor's time is outside its finders: the residual, measured by replay.

    python -m benchmarks.finder_residual [articles.jsonl] [--rounds R] [--passes P] [--no-profile]

The dev articles (extracted as `benchmarks/extract_speed.py` does) are extracted once with every
finder of `benchmarks.finder_recording.FINDERS` recorded; then passes where finders answer from
that recording are timed, alternated in this process with plain passes (CPU time,
`time.process_time`; wall time beside it; best of R rounds, each round P passes of every variant,
one after the other):

- `whole`: the extractor as it is, no wrapper;
- `live`: every finder behind a pass-through wrapper (the wrappers' own cost);
- `residual`: every finder answered from the recording, so what is timed is `_extract`'s own
  lines, the rule modules, `settle` and `_rows`, with whatever they call besides the finders;
- `settle` and `_rows` answered on top of the residual: what the row assembly's last steps cost;
- one row per finder answered alone (the others live): `live` minus it is what that finder costs
  in place; and one per finder run alone (the others answered): it minus `residual` is the same
  cost measured from the other side, on a shorter and so less noisy pass.

Every pass's rows must equal the plain extractor's, and every recorded answer must be used; a
checking pass per variant first compares every call's arguments with the recording. Then
(unless `--no-profile`) the Python calls of a plain and of a residual pass are counted by module,
and both are sampled (SIGPROF) by module and by `_extract` callee.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assets.extract import extractor
from assets.extract.extractor import extract_mentions
from benchmarks.extract_speed import (  # (the shared dev set, else the repo's copy)
    DEFAULT,
    load_articles,
)
from benchmarks.finder_recording import (
    ASSEMBLY,
    FINDERS,
    Diverged,
    Recording,
    Replay,
    installed,
    live_wrappers,
    record,
)
from benchmarks.onepass_spike.runner import load_average
from benchmarks.residual_calls import Sampler, group_of, python_calls, split_own_lines

Rows = list[list[dict]]


def load(path: Path) -> list[dict]:
    """The articles of a JSONL file as `extract_speed.py` hands them to the extractor."""
    return load_articles(path)


def extract_all(arts: list[dict]) -> Rows:
    """One pass; an article the extractor (or a replay) crashed on raises here."""
    crashes: list[tuple[str, Exception]] = []
    out = [extract_mentions(a, crashes) for a in arts]
    if crashes:
        raise crashes[0][1]
    return out


class Variant:
    """One way of running a pass: plain, live wrappers, or some finders answered."""

    def __init__(self, label: str, rec: Recording, answered: list[str] | None,
                 live: bool = False) -> None:
        self.label, self.answered, self.live = label, answered, live
        self.replay = Replay(rec, answered) if answered else None
        self.cpu: list[float] = []
        self.wall: list[float] = []

    def wrappers(self) -> dict[str, Callable]:
        if self.replay is not None:
            return self.replay.wrappers()
        return live_wrappers() if self.live else {}

    def timed_pass(self, arts: list[dict], expected: Rows) -> tuple[float, float]:
        """(CPU s, wall s) of one pass; its rows checked against `expected` off the clock."""
        wrappers = self.wrappers()
        with installed(wrappers):
            gc.collect()
            c0, w0 = time.process_time(), time.perf_counter()
            got = extract_all(arts)
            c1, w1 = time.process_time(), time.perf_counter()
        if self.replay is not None:
            self.replay.finish()
        if got != expected:
            raise Diverged(f"{self.label}: rows differ from the plain extractor's")
        return c1 - c0, w1 - w0


def checked_pass(rec: Recording, names: list[str], arts: list[dict], expected: Rows) -> None:
    """A pass answering `names` with every argument and the call order compared."""
    rp = Replay(rec, names, check=True)
    with installed(rp.wrappers()):
        got = extract_all(arts)
    rp.finish()
    if got != expected:
        raise Diverged(f"{names}: rows differ from the plain extractor's")


def stub_cost(rec: Recording, names: list[str], rounds: int = 5) -> float:
    """CPU s of calling the answering stubs alone for every recorded call (loop subtracted)."""
    calls = [(n, args) for n in names for args, _ in rec.calls.get(n, [])]
    best = float("inf")
    for _ in range(rounds):
        stubs = Replay(rec, names).wrappers()
        fns = [(stubs[n], args) for n, args in calls]
        t0 = time.process_time()
        for fn, args in fns:
            fn(*args)
        t1 = time.process_time()
        for _fn, _args in fns:
            pass
        t2 = time.process_time()
        best = min(best, (t1 - t0) - (t2 - t1))
    return best


def profile(arts: list[dict], rec: Recording, passes: dict[str, int]) -> dict[str, Any]:
    """Python calls and CPU samples of plain and of residual passes (answers copied off the
    sampler's clock)."""
    out: dict[str, Any] = {}
    for label, names in (("whole", None), ("residual", list(FINDERS))):
        with installed(Replay(rec, names).wrappers() if names else {}):
            calls, c_calls = python_calls(lambda: extract_all(arts))
        sampler = Sampler(extractor._extract.__code__)
        for _ in range(passes[label]):
            with installed(Replay(rec, names).wrappers() if names else {}):
                sampler.start()
                try:
                    extract_all(arts)
                finally:
                    sampler.stop()
        out[label] = {"calls": calls, "c_calls": c_calls, "module": sampler.by_module,
                      "callee": sampler.by_callee, "line": sampler.by_line}
    return out


def _top(counter: Counter[str], n: int, scale: float) -> str:
    total = sum(counter.values()) or 1
    return "; ".join(f"{k} {v / total:.1%} ({v / total * scale:.0f} us)"
                     for k, v in counter.most_common(n))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args(argv)
    arts = load(args.articles)
    n = len(arts)
    extract_all(arts)     # warm-up: gazetteer, tables and patterns are built once
    plain = extract_all(arts)
    rec, recorded = record(lambda: extract_all(arts))
    if recorded != plain:
        raise Diverged("rows differ while recording")
    print(f"{n} articles; outermost finder calls per article: " + ", ".join(
        f"{k} {rec.count(k) / n:.1f}" for k in FINDERS), flush=True)
    names, steps = list(FINDERS), list(ASSEMBLY)
    alone = [[k] for k in names]
    others = [[o for o in names if o != k] for k in names]
    for answered in [names, names + steps] + alone + others:
        checked_pass(rec, answered, arts, plain)
    print("checked: every variant asks the recorded calls in order; rows identical", flush=True)
    variants = [Variant("whole extractor", rec, None), Variant("live wrappers", rec, None, True),
                Variant("residual (all answered)", rec, names)]
    variants += [Variant(f"residual, {k} answered too", rec, names + [k]) for k in steps]
    variants += [Variant("residual, settle and _rows answered too", rec, names + steps)]
    variants += [Variant(f"{k} answered", rec, [k]) for k in names]
    variants += [Variant(f"only {k} runs", rec, [o for o in names if o != k]) for k in names]
    loads = [load_average()]
    t_start = time.perf_counter()
    for r in range(args.rounds):
        for v in variants:
            cpu = wall = 0.0
            for _ in range(args.passes):
                c, w = v.timed_pass(arts, plain)
                cpu, wall = cpu + c, wall + w
            v.cpu.append(cpu)
            v.wall.append(wall)
        loads.append(load_average())
        print(f"round {r + 1}/{args.rounds} done ({time.perf_counter() - t_start:.0f} s wall, "
              f"load {loads[-1]})", file=sys.stderr, flush=True)
    per = 1e6 / (n * args.passes)
    best = {v.label: min(v.cpu) * per for v in variants}
    kids = os.times()
    print(f"\nload average {min(loads)}-{max(loads)}; children's CPU "
          f"{kids.children_user + kids.children_system:.2f} s; best of {args.rounds} rounds x "
          f"{args.passes} passes, us/article")
    print("| variant | CPU | wall | saved |")
    print("|---|---|---|---|")
    resid = best["residual (all answered)"]
    for v in variants:
        # what answering saves: against the live wrappers, or for a step against the residual;
        # for "only X runs", what X adds to the residual
        if not v.answered or v.answered == names:
            saved = "" if not v.answered else f"{best['live wrappers'] - resid:.0f}"
        elif len(v.answered) > len(names):
            saved = f"{resid - best[v.label]:.0f}"
        elif len(v.answered) == len(names) - 1:
            saved = f"{best[v.label] - resid:.0f} (added)"
        else:
            saved = f"{best['live wrappers'] - best[v.label]:.0f}"
        print(f"| {v.label} | {best[v.label]:.0f} | {min(v.wall) * per:.0f} | {saved} |")
    stubs = stub_cost(rec, names) * 1e6 / n
    finder_calls = sum(rec.count(k) for k in names)
    print(f"answering stubs alone: {stubs:.1f} us/article "
          f"({finder_calls / n:.1f} calls); residual less stubs: {resid - stubs:.0f} us/article")
    if args.no_profile:
        return
    prof = profile(arts, rec, passes={"whole": 10, "residual": 40})
    for label in ("whole", "residual"):
        p = prof[label]
        calls = +p["calls"]
        own = sum(v for k, v in calls.items() if k != "benchmarks")
        scale = best["whole extractor" if label == "whole" else "residual (all answered)"]
        print(f"\n{label}: {own / n:,.0f} Python calls/article (stubs left out), "
              f"{p['c_calls'] / n:,.0f} C calls/article")
        print("  calls by module: " + "; ".join(
            f"{k} {v / n:.0f}" for k, v in calls.most_common(12)))
        groups: Counter[str] = Counter()
        for mod, k in p["module"].items():
            groups[group_of(mod)] += k
        print("  samples by group: " + _top(groups, 6, scale))
        print("  samples by module: " + _top(p["module"], 14, scale))
        print("  samples by _extract callee: " + _top(p["callee"], 18, scale))
        total = sum(p["callee"].values()) or 1
        source = Path(extractor.__file__).read_text(encoding="utf-8").splitlines()
        rx, rest = split_own_lines(p["line"], source)
        print(f"  _extract's own lines: on a line calling a pattern {rx / total:.1%} "
              f"({rx / total * scale:.0f} us), other lines {rest / total:.1%} "
              f"({rest / total * scale:.0f} us)")


if __name__ == "__main__":
    main()

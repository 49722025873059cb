"""Per-pattern cost of a dev pass: every call the extractor makes on a compiled pattern, replayed.

    python -m benchmarks.pattern_replay [--top N] [--rounds R] [--module NAME ...]

Each compiled pattern the extractor modules hold (module globals, also inside dicts, lists and
tuples, and the twins a `caseless` wrapper scans with: `rx`, `twin`, `rest`, `narrow`, `wide`)
is replaced by a recorder that logs (method, text, pos, endpos) and answers as the pattern does;
one pass over the dev articles is recorded, then each pattern's calls are replayed alone in a
tight loop (CPU time, best of R rounds). The time of each call in place (wall clock around the
call, a finditer's matches listed inside it; least of R passes) is printed beside it: sre runs
slower there, between the Python around it, than in a replay loop. Prints the patterns ranked by
replay time with their calls and time per call, and the totals (with --module, only patterns
first found in those modules are listed and summed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles.jsonl"
_TWINS = ("rx", "twin", "rest", "narrow", "wide")
CALLS: dict[str, list[tuple]] = defaultdict(list)
PATTERNS: dict[str, re.Pattern[str]] = {}
IN_PLACE: dict[str, int] = defaultdict(int)     # ns per pattern in the timed pass
_TIMING = [False]


class Recorder:
    """A compiled pattern that logs each call (by its name) before answering it."""

    def __init__(self, rx: re.Pattern[str], name: str) -> None:
        self._rx, self._name = rx, name
        self.pattern, self.flags = rx.pattern, rx.flags
        self.groups, self.groupindex = rx.groups, rx.groupindex
        PATTERNS[name] = rx

    def _call(self, method: str, args: tuple, kw: dict) -> Any:
        if _TIMING[0]:
            run = getattr(self._rx, method)
            t0 = time.perf_counter_ns()
            got = run(*args, **kw)
            if method == "finditer":
                got = iter(list(got))
            IN_PLACE[self._name] += time.perf_counter_ns() - t0
            return got
        CALLS[self._name].append((method, args, tuple(sorted(kw.items()))))
        return getattr(self._rx, method)(*args, **kw)

    def search(self, *a: Any, **k: Any) -> Any:
        return self._call("search", a, k)

    def match(self, *a: Any, **k: Any) -> Any:
        return self._call("match", a, k)

    def fullmatch(self, *a: Any, **k: Any) -> Any:
        return self._call("fullmatch", a, k)

    def finditer(self, *a: Any, **k: Any) -> Any:
        return self._call("finditer", a, k)

    def findall(self, *a: Any, **k: Any) -> Any:
        return self._call("findall", a, k)

    def sub(self, *a: Any, **k: Any) -> Any:
        return self._call("sub", a, k)

    def subn(self, *a: Any, **k: Any) -> Any:
        return self._call("subn", a, k)

    def split(self, *a: Any, **k: Any) -> Any:
        return self._call("split", a, k)


def _install(modules: list[str]) -> dict[str, str]:
    """Put recorders in place of every pattern the modules hold; name -> module found first."""
    from assets.extract import caseless
    done: dict[int, Any] = {}
    owner: dict[str, str] = {}

    def wrapped(rx: re.Pattern[str], name: str, mod: str) -> Recorder:
        if id(rx) not in done:
            done[id(rx)] = Recorder(rx, name)
            owner[name] = mod
        return done[id(rx)]

    def walk(value: Any, name: str, mod: str) -> Any:
        if isinstance(value, Recorder):
            return value
        if isinstance(value, re.Pattern):
            return wrapped(value, name, mod)
        if isinstance(value, caseless.Caseless):
            if id(value) not in done:
                done[id(value)] = value
                for attr in _TWINS:
                    inner = vars(value).get(attr)
                    if isinstance(inner, re.Pattern):
                        setattr(value, attr, wrapped(inner, f"{name}.{attr}", mod))
            return value
        if isinstance(value, dict):
            for k, v in list(value.items()):
                value[k] = walk(v, f"{name}[{k}]", mod)
        elif isinstance(value, list):
            value[:] = [walk(v, f"{name}[{i}]", mod) for i, v in enumerate(value)]
        elif isinstance(value, tuple) and any(
                isinstance(v, re.Pattern | caseless.Caseless | tuple) for v in value):
            return tuple(walk(v, f"{name}[{i}]", mod) for i, v in enumerate(value))
        return value

    for mod in modules:
        ns = vars(importlib.import_module(f"assets.extract.{mod}"))
        for key, value in list(ns.items()):
            if not key.startswith("__") and not callable(value) or isinstance(
                    value, re.Pattern | caseless.Caseless):
                ns[key] = walk(value, f"{mod}.{key}", mod)
    return owner


def _replay(calls: list[tuple], rx: re.Pattern[str]) -> None:
    for method, args, kw in calls:
        got = getattr(rx, method)(*args, **dict(kw))
        if method == "finditer":
            for _ in got:
                pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--module", nargs="*", default=None)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    import assets.extract as pkg
    from assets.extract.extractor import extract_mentions
    mods = [m.name for m in pkgutil.iter_modules(pkg.__path__)
            if m.name not in ("assets", "batches", "build_gazetteer", "evaluate")]
    first = ["casualties", "tallies", "places", "targets"]
    owner = _install(first + [m for m in mods if m not in first])
    arts = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    arts = [{"article_id": a["id"], "text": a["text"], "published_at": a["published_at"],
             "title": a.get("title")} for a in arts]
    extract_mentions(arts[0])
    CALLS.clear()
    for a in arts:
        extract_mentions(a)
    _TIMING[0] = True
    least: dict[str, float] = {}
    for _ in range(args.rounds):
        IN_PLACE.clear()
        for a in arts:
            extract_mentions(a)
        for name, ns in IN_PLACE.items():
            least[name] = min(least.get(name, ns), ns)
    rows = []
    for name, calls in CALLS.items():
        if args.module and owner[name] not in args.module:
            continue
        rx = PATTERNS[name]
        best = min(_timed(calls, rx) for _ in range(args.rounds))
        rows.append((best, name, len(calls), least.get(name, 0) / 1e9))
    rows.sort(reverse=True)
    total, placed = sum(r[0] for r in rows), sum(r[3] for r in rows)
    print(f"{len(rows)} patterns, {sum(r[2] for r in rows)} calls per pass: replayed "
          f"{total * 1e3:.2f} ms, in place {placed * 1e3:.2f} ms")
    print("| # | pattern | calls | replay ms/pass | us/call | in place ms/pass |")
    print("|---|---|---:|---:|---:|---:|")
    for k, (best, name, n, inp) in enumerate(rows[:args.top], 1):
        print(f"| {k} | `{name}` | {n} | {best * 1e3:.3f} | {best / n * 1e6:.2f} | "
              f"{inp * 1e3:.3f} |")


def _timed(calls: list[tuple], rx: re.Pattern[str]) -> float:
    t0 = time.process_time()
    _replay(calls, rx)
    return time.process_time() - t0


if __name__ == "__main__":
    main()

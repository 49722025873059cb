"""Per-pattern profile of one extraction pass: every call on every compiled pattern, replayed.

    python -m benchmarks.pattern_profile [articles.jsonl] [--top N] [--rounds R] [--save FILE]
                                         [--module NAME ...]
    python -m benchmarks.pattern_profile --replay FILE [--top N] [--rounds R]
    python -m benchmarks.pattern_profile --check FILE

Each pattern the extractor modules hold (a module global, also inside dicts, lists and tuples,
and the lists of the vocabulary builders) is recorded while the dev articles are extracted once:
the calls the rules make on it (a `Caseless` wrapper's `search`/`match`/..., or a plain pattern's)
and, beneath them, every call on the compiled `re.Pattern`s sre runs (a wrapper's twin, the
re.I pattern itself, a `Split`'s two twins, a head-anchored `rest`; `scan.finditer` and
`scan.spans` call those directly). Each pattern's calls are then replayed alone in a tight loop
(CPU time, best of R rounds): `rules` is the time of the calls as the rules make them (gates,
lowercasing memo and re-match included), `sre` the time of the compiled patterns' own calls.
`in place` is the `sre` calls timed where the pass makes them (wall clock around each call, a
finditer's matches listed inside it; least of R passes): sre runs slower there, between the Python
around it, than in a replay loop. Rows are ranked by `rules`; `--module` lists and sums only the
patterns held (first) by those modules (`casualties`, `scan`, ...); `--save` pickles the rules'
calls, and `--replay` times those saved calls (`rules` only) on the patterns of the tree on
PYTHONPATH: run it with two trees in turn to compare a pattern's old and new form on the same
calls. `--check` answers each saved call with the pattern as the tree holds it and with
`re.compile` of its source and flags, and counts the calls whose answers differ (every group's
span; exit status 1 when any does). To profile another tree's patterns, run this file as a
script with that tree first on PYTHONPATH.
"""

from __future__ import annotations

import argparse
import functools
import pickle
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "eval" / "dev" / "articles.jsonl"
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_ROLES = ("twin", "rx", "narrow", "wide", "rest")

RULES: dict[str, list[tuple]] = defaultdict(list)     # owner -> (method, args) as the rules call
SRE: dict[str, list[tuple]] = defaultdict(list)       # owner -> (role, method, args) on re.Pattern
OBJ: dict[str, Any] = {}                              # owner -> the real object
IN_PLACE: dict[str, int] = defaultdict(int)           # owner -> ns of its calls in a timed pass
_DEPTH = [0]
_TIMING = [False]


def _placed(owner: str, real: Any, args: tuple) -> Any:
    """real(*args) in a timed pass: its time (a finditer's matches listed) added to owner's."""
    t0 = time.perf_counter_ns()
    got = real(*args)
    if got is not None and not isinstance(got, str | list | tuple | re.Match):
        got = iter(list(got))
    IN_PLACE[owner] += time.perf_counter_ns() - t0
    return got


class _Low:
    """A compiled pattern that records its calls (under an owner's name) and answers as it."""

    def __init__(self, rx: re.Pattern[str], owner: str, role: str) -> None:
        self._rx, self._owner, self._role = rx, owner, role
        self.pattern, self.flags = rx.pattern, rx.flags
        self.groups, self.groupindex = rx.groups, rx.groupindex

    def __getattr__(self, name: str) -> Any:
        real = getattr(self._rx, name)
        if name not in _METHODS:
            return real

        def call(*args: Any) -> Any:
            if _TIMING[0]:
                return _placed(self._owner, real, args)
            SRE[self._owner].append((self._role, name, args))
            if _DEPTH[0] == 0:      # a plain pattern the rules call directly
                RULES[self._owner].append((name, args))
            return real(*args)
        return call


def _recording(cls: type, name: str) -> None:
    real = vars(cls)[name]

    @functools.wraps(real)
    def call(self: Any, *args: Any) -> Any:
        if _TIMING[0]:
            return real(self, *args)
        if _DEPTH[0] == 0:      # (a wrapper no module holds is named by its source)
            RULES[getattr(self, "_owner", self.pattern[:40])].append((name, args))
        _DEPTH[0] += 1
        try:
            return real(self, *args)
        finally:
            _DEPTH[0] -= 1
    setattr(cls, name, call)


def _own(value: Any, name: str, seen: set[int]) -> Any:
    """value with its patterns recording under name (wrappers in place, plain ones replaced)."""
    from assets.extract.caseless import Caseless
    if isinstance(value, re.Pattern):
        OBJ.setdefault(name, value)
        return _Low(value, name, "rx")
    if isinstance(value, Caseless):
        if id(value) in seen:
            return value
        seen.add(id(value))
        OBJ[name] = value
        value._owner = name
        for role in _ROLES:
            got = vars(value).get(role)
            if isinstance(got, re.Pattern):
                setattr(value, role, _Low(got, name, role))
        return value
    if isinstance(value, dict):
        for k, v in value.items():
            value[k] = _own(v, f"{name}[{k!r}]", seen)
    elif isinstance(value, list):
        value[:] = [_own(v, f"{name}[{k}]", seen) for k, v in enumerate(value)]
    elif isinstance(value, tuple) and any(isinstance(v, re.Pattern | Caseless | tuple | list)
                                          for v in value):
        return tuple(_own(v, f"{name}[{k}]", seen) for k, v in enumerate(value))
    return value


def install() -> None:
    """Record every pattern of the extractor modules (import them first)."""
    from assets.extract import caseless, extractor, wide_starts
    del extractor   # (imported for the rule modules it imports)
    for cls in (caseless.Caseless, caseless.Relaxed, wide_starts.Split):
        for name in _METHODS:
            if name in vars(cls):
                _recording(cls, name)
    seen: set[int] = set()
    # (the modules that collect other modules' patterns last: each pattern named by its home)
    mods = dict(sorted(((n, m) for n, m in sys.modules.items()
                        if n.startswith("assets.extract.")),
                       key=lambda nm: (nm[0].endswith(("literal_gates", "lowtext")), nm[0])))
    for mod_name, mod in mods.items():
        short = mod_name.rsplit(".", 1)[1]
        ns = vars(mod)
        for key, value in list(ns.items()):
            if key.startswith("__") or isinstance(value, type):
                continue
            if isinstance(value, functools._lru_cache_wrapper):
                _own_builder(short, key, value, mods, seen)
                continue
            got = _own(value, f"{short}.{key}", seen)
            if got is not value:
                ns[key] = got


def _own_builder(short: str, key: str, fn: Any, mods: dict, seen: set[int]) -> None:
    """The patterns an argument-less lru_cache builder returns: lists in place; a lone pattern by
    a builder that returns a recording one, bound wherever the builder is."""
    import inspect
    try:
        if inspect.signature(fn).parameters:
            return
        out = fn()
    except Exception:   # noqa: BLE001 - a builder needing arguments or files: not a pattern's
        return
    name = f"{short}.{key}()"
    if isinstance(out, list | dict):
        _own(out, name, seen)
    elif isinstance(out, re.Pattern):
        low = _own(out, name, seen)

        def builder() -> Any:
            return low
        for mod in mods.values():
            for k, v in list(vars(mod).items()):
                if v is fn:
                    setattr(mod, k, builder)
    else:
        _own(out, name, seen)   # (a wrapper: recorded in place)


def articles(path: Path) -> list[dict]:
    # (imported here: importing extract_speed imports the extractor, which the recording wraps
    # first)
    from benchmarks.extract_speed import load_articles

    return load_articles(path)


def record(path: Path, timed: int = 0, warm: bool = True) -> dict[str, float]:
    """One extraction pass over the articles, recording (after a warm-up pass unrecorded, unless
    not warm: the memos, e.g. `one_person`'s, then answer no text of the recorded pass); then
    `timed` passes timing the compiled patterns' calls in place: owner -> least seconds of a
    pass."""
    from assets.extract.extractor import extract_mentions
    arts = articles(path)
    for a in arts if warm else ():
        extract_mentions(a)
    RULES.clear()
    SRE.clear()
    for a in arts:
        extract_mentions(a)
    least: dict[str, float] = {}
    _TIMING[0] = True
    try:
        for _ in range(timed):
            IN_PLACE.clear()
            for a in arts:
                extract_mentions(a)
            for owner, ns in IN_PLACE.items():
                least[owner] = min(least.get(owner, ns / 1e9), ns / 1e9)
    finally:
        _TIMING[0] = False
    return least


def home(owner: str) -> str:
    """The module an owner's name starts with (`casualties` of `casualties._KILLED[0]`)."""
    return owner.split(".", 1)[0]


def replay(rounds: int, modules: list[str] | None = None
           ) -> dict[str, tuple[float, float, int, int]]:
    """owner -> (rules s, sre s, rule calls, sre calls): best of rounds each (only the owners of
    modules, when given)."""
    from assets.extract import caseless
    texts = {a[0] for calls in RULES.values() for _, a in calls}
    texts |= {a[0] for calls in SRE.values() for _, _, a in calls}
    caseless._LOWS_MAX = 1 << 30
    for t in texts:     # (as in a pass: each text lowered once, the memo answering after)
        if isinstance(t, str):
            caseless._lowered(t)
    _restore()
    out = {}
    for owner in sorted(set(RULES) | set(SRE)):
        obj = OBJ.get(owner)
        if obj is None or modules and home(owner) not in modules:
            continue    # (obj None: a name the other tree does not have)
        rcalls = [(getattr(obj, n), a) for n, a in RULES.get(owner, [])]
        scalls = [(getattr(obj if isinstance(obj, re.Pattern) else vars(obj)[role], n), a)
                  for role, n, a in SRE.get(owner, [])]
        best_r = best_s = float("inf")
        for _ in range(rounds):
            best_r = min(best_r, _timed(rcalls))
            best_s = min(best_s, _timed(scalls))
        out[owner] = (best_r, best_s, len(rcalls), len(scalls))
    return out


def _timed(calls: list[tuple]) -> float:
    t0 = time.process_time()
    for fn, a in calls:
        r = fn(*a)
        if r is not None and not isinstance(r, str | list | tuple | re.Match):
            list(r)
    return time.process_time() - t0


def _answer(out: Any) -> Any:
    """A call's answer as comparable data (every group's span of each match)."""
    if isinstance(out, re.Match):
        return out.regs
    if out is None or isinstance(out, str | list | tuple):
        return out
    return [m.regs for m in out]


def check(path: Path) -> int:
    """Saved calls whose answer differs from the plain compile's (printed); 1 when any does."""
    _restore()
    calls = pickle.loads(path.read_bytes())
    bad = n = 0
    for owner, made in calls.items():
        obj = OBJ.get(owner)
        if obj is None:
            continue
        plain = re.compile(obj.pattern, obj.flags)
        for name, args in made:
            n += 1
            if _answer(getattr(obj, name)(*args)) != _answer(getattr(plain, name)(*args)):
                bad += 1
                print(f"DIFF {owner} {name} {args[1:]} on {args[0][:100]!r}")
    print(f"{n} calls of {len(calls)} patterns: {bad} differ")
    return 1 if bad else 0


def _restore() -> None:
    """The recorders taken off: wrappers' internals and globals back to the real patterns."""
    for obj in OBJ.values():
        for role in _ROLES:
            got = vars(obj).get(role) if hasattr(obj, "__dict__") else None
            if isinstance(got, _Low):
                setattr(obj, role, got._rx)
    _DEPTH[0] = 1 << 20     # (recording methods still wrap the classes: record nothing)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("articles", nargs="?", default=str(DEFAULT))
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--save")
    ap.add_argument("--replay")
    ap.add_argument("--check")
    ap.add_argument("--module", nargs="*", default=None)
    args = ap.parse_args()
    install()
    if args.check:
        sys.exit(check(Path(args.check)))
    placed: dict[str, float] = {}
    if args.replay:
        RULES.update(pickle.loads(Path(args.replay).read_bytes()))
    else:
        placed = record(Path(args.articles), args.rounds)
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(
            {o: [(n, a) for n, a in c if all(isinstance(x, str | int) for x in a)]
             for o, c in RULES.items()}))
    got = replay(args.rounds, args.module)
    total_r = sum(v[0] for v in got.values())
    total_s = sum(v[1] for v in got.values())
    total_p = sum(placed.get(o, 0.0) for o in got)
    print(f"{len(got)} patterns called; rules {total_r * 1e3:.2f} ms, sre {total_s * 1e3:.2f} ms "
          f"per pass; in place {total_p * 1e3:.2f} ms")
    print(f"{'pattern':44s} {'rules ms':>8s} {'sre ms':>7s} {'calls':>6s} {'us/call':>7s} "
          f"{'in place ms':>11s}")
    for owner, (r, s, nr, _) in sorted(got.items(), key=lambda kv: -kv[1][0])[:args.top]:
        print(f"{owner[:44]:44s} {r * 1e3:8.3f} {s * 1e3:7.3f} {nr:6d} "
              f"{r * 1e6 / max(nr, 1):7.2f} {placed.get(owner, 0.0) * 1e3:11.3f}")


if __name__ == "__main__":
    main()

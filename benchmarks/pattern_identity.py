"""Check that restated patterns answer exactly as another commit's patterns do.

    python -m benchmarks.pattern_identity REF [--module NAME ...] [--skip NAME ...]

REF's `assets/` is unpacked into a temporary folder and imported as a second package. Every
pattern of the given modules (module globals, also inside dicts, lists and tuples) whose compiled
form differs from REF's (its source, or its code: a factored form; for a `caseless` wrapper also
its twin and confirming pattern) is compared with REF's on every distinct sentence of every
hand-made eval set (also upper- and lower-cased, as compare_extractors reads them) and on every
call the extractor makes on it in a dev pass (`benchmarks.pattern_profile`'s recording): `search`
(whole text and from 5 to 60), `finditer`, and `match` at every word start, by the span of every
group; a wrapper's twin on the lowercased text too. Prints each differing pattern and the counts;
exit status 1 when any differs.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import defaultdict
from io import BytesIO
from pathlib import Path
from typing import Any

from benchmarks.compare_extractors import ROOT
from benchmarks.pattern_checks import differs, regs, sentences

SCOPE = ("casualties", "tallies", "scan", "toll_phrasings", "zeros", "one_person", "zero_owner",
         "taken_for_care", "follow_ups", "span_counts", "region_shares", "places", "targets",
         "namesakes", "numbers")


def _patterns(ns: dict[str, Any]) -> dict[str, Any]:
    """Path -> pattern (or wrapper) of every pattern held in a module namespace."""
    out: dict[str, Any] = {}

    def walk(value: Any, path: str) -> None:
        if isinstance(value, re.Pattern) or hasattr(value, "twin"):
            out[path] = value
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{path}[{k}]")
        elif isinstance(value, list | tuple):
            for k, v in enumerate(value):
                walk(v, f"{path}[{k}]")

    for key, value in ns.items():
        if not key.startswith("__"):
            walk(value, key)
    return out


def _code(rx: Any) -> tuple:
    """What tells two compiled forms apart: type, source, flags, and sre code (Pattern equality
    compares it), for a wrapper also its twin's and confirming pattern's."""
    if isinstance(rx, re.Pattern):
        return ("pattern", rx)
    return (type(rx).__name__, rx.pattern, rx.flags, rx.twin, rx.rx, getattr(rx, "gate", None),
            vars(rx).get("rest"))


def _replayed(new: Any, old: Any, calls: list[tuple]) -> int:
    """How many recorded calls (method, args) answer otherwise on new than on old."""
    bad = 0
    for method, args in calls:
        a, b = getattr(new, method)(*args), getattr(old, method)(*args)
        if method == "finditer":
            a, b = [m.regs for m in a], [m.regs for m in b]
        elif method in ("search", "match", "fullmatch"):
            a, b = regs(a), regs(b)
        bad += a != b
    return bad


def recorded(modules: list[str]) -> dict[tuple[int, str | None], list[tuple]]:
    """The calls of one dev pass (`pattern_profile`'s recording) on each pattern the modules
    hold, by the pattern's id: a wrapper's calls on its twin and confirming pattern under
    (id, "twin") and (id, "rx"), a plain pattern's under (id, None). By id, not by name: the
    profile names a pattern held in several places by each place (a plain one) or by the module
    first in its order (a wrapper), which need not be one of these modules."""
    from benchmarks import pattern_profile as pp
    held = {id(rx) for mod in modules
            for rx in _patterns(vars(importlib.import_module(f"assets.extract.{mod}"))).values()}
    pp.install()
    pp.record(pp.DEFAULT, warm=False)    # (every call a first pass makes, memos empty)
    pp._restore()   # (the checks' own calls below are not recorded)
    out: dict[tuple[int, str | None], list[tuple]] = defaultdict(list)
    for owner, calls in pp.SRE.items():
        obj = pp.OBJ[owner]
        if id(obj) in held:
            plain = isinstance(obj, re.Pattern)
            for role, method, args in calls:
                out[id(obj), None if plain else role].append((method, args))
    return dict(out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("ref")
    ap.add_argument("--module", nargs="*", default=list(SCOPE))
    ap.add_argument("--skip", nargs="*", default=[])
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pattern-identity-"))
    blob = subprocess.run(["git", "archive", args.ref, "assets"], cwd=ROOT, check=True,
                          capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(blob)) as tar:
        tar.extractall(tmp, filter="data")
    (tmp / "assets").rename(tmp / "ref_assets")
    sys.path.insert(0, str(tmp))
    pairs = []
    for mod in args.module:
        new = _patterns(vars(importlib.import_module(f"assets.extract.{mod}")))
        old = _patterns(vars(importlib.import_module(f"ref_assets.extract.{mod}")))
        pairs += [(f"{mod}.{path}", rx, old[path]) for path, rx in new.items()
                  if path in old and _code(rx) != _code(old[path])]
    texts = sentences(set(args.skip))
    calls = recorded(args.module)
    bad = 0
    for name, new, old in pairs:
        how = next(((how, t) for t in texts if (how := differs(new, old, t))), None)
        twins = hasattr(new, "twin") and hasattr(old, "twin")
        if how is None and twins:
            lows = [t.lower() for t in texts]
            how = next(((f"twin {h}", t) for t in lows
                        if (h := differs(new.twin, old.twin, t))), None)
        replayed = sum(_replayed(getattr(new, a) if a else new, getattr(old, a) if a else old,
                                 calls.get((id(new), a), []))
                       for a in ((None, "twin", "rx") if twins else (None,)))
        if how or replayed:
            bad += 1
            print(f"DIFF {name}: {how[0] if how else ''} {replayed} replayed calls; "
                  f"{(how[1] if how else '')[:120]!r}")
        else:
            print(f"same {name}")
    print(f"{len(pairs)} restated patterns x {len(texts)} texts and their recorded dev calls "
          f"({sum(len(v) for v in calls.values())} calls recorded): {bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

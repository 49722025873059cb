"""Record the extractor's finder calls once, then answer them from the recording.

A finder is one of `FINDERS` (the per-sentence finders and the heavy helpers the profiles in
docs/extraction.md name); `ASSEMBLY` (`settle`, `_rows`) is recorded beside them, so that the
residual can be split further. `installed` puts a wrapper in place of the finder in every
`assets.extract` module that holds it under its own name (`_extract` looks most of them up in
`extractor`'s globals, `is_strike_sentence` and `nationwide` through `context`, and the rule
modules call several of them too), so every call site is covered.

Only the outermost finder calls are recorded or answered: a finder called while another finder
runs (`find_targets` asking `find_places`) belongs to the caller's cost and runs as written.
`record` logs each outermost call in call order: a deep copy of its arguments and of its result.
`Replay` answers the chosen finders from that log, per finder in call order (arguments are lists,
`Sentence`s and frozensets, so the key is the call's rank, not its arguments), each pass with a
fresh deep copy of the results made before the clock starts (`_extract` and the rule modules
change some lists and `Mention`s they are given). With `check=True` it compares every call's
arguments and the finders' interleaving with the recording and raises `Diverged` at the first
difference; without it (timed passes) it only hands out the next answer, and `finish` raises when
a finder's answers were not all used.
"""

from __future__ import annotations

import copy
import importlib
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

# finder name -> the module that defines it
FINDERS: dict[str, str] = {
    "split_sentences": "sentences",
    "find_dates": "dates",
    "is_strike_sentence": "context",
    "find_targets": "targets",
    "find_places": "places",
    "find_casualties": "casualties",
    "find_tallies": "tallies",
    "find_weapons": "weapons",
    "present_keys": "weapons",
    "target_type": "weapons",
    "nationwide": "context",
}
# the row assembly's two last steps, answerable too (neither calls a finder)
ASSEMBLY: dict[str, str] = {"settle": "settle", "_rows": "extractor"}
RECORDED: dict[str, str] = {**FINDERS, **ASSEMBLY}
_PACKAGE = "assets.extract"


class Diverged(Exception):
    """A replayed pass asked something the recorded pass did not."""


@dataclass
class Recording:
    """The outermost finder calls of one pass: per finder, (arguments, result) in call order."""

    calls: dict[str, list[tuple[tuple, Any]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)

    def count(self, name: str) -> int:
        return len(self.calls.get(name, ()))


def originals() -> dict[str, Callable]:
    """Each recorded function as its module defines it."""
    return {name: getattr(importlib.import_module(f"{_PACKAGE}.{home}"), name)
            for name, home in RECORDED.items()}


@contextmanager
def installed(wrappers: dict[str, Callable]) -> Iterator[int]:
    """Every `assets.extract` module's binding of a wrapped finder replaced while inside;
    yields how many bindings were replaced."""
    real = originals()
    swapped: list[tuple[object, str, Callable]] = []
    for modname, mod in list(sys.modules.items()):
        if mod is None or not (modname == _PACKAGE or modname.startswith(_PACKAGE + ".")):
            continue
        for name, wrapper in wrappers.items():
            if getattr(mod, name, None) is real[name]:
                swapped.append((mod, name, real[name]))
                setattr(mod, name, wrapper)
    try:
        yield len(swapped)
    finally:
        for mod, name, fn in swapped:
            setattr(mod, name, fn)


def _live(fn: Callable, depth: list[int]) -> Callable:
    def live(*args: Any) -> Any:
        depth[0] += 1
        try:
            return fn(*args)
        finally:
            depth[0] -= 1
    return live


def live_wrappers(names: list[str] | None = None, depth: list[int] | None = None
                  ) -> dict[str, Callable]:
    """Pass-through wrappers that only keep the depth count (their own cost is measured)."""
    depth = [0] if depth is None else depth
    real = originals()
    return {name: _live(real[name], depth) for name in names or list(RECORDED)}


def _recorder(name: str, fn: Callable, depth: list[int], rec: Recording) -> Callable:
    log = rec.calls.setdefault(name, [])

    def recorded(*args: Any, **kwargs: Any) -> Any:
        if kwargs:
            raise TypeError(f"{name} called with keywords; the recorder keys by position")
        if depth[0]:
            return fn(*args)
        snap = copy.deepcopy(args)
        depth[0] += 1
        try:
            got = fn(*args)
        finally:
            depth[0] -= 1
        log.append((snap, copy.deepcopy(got)))
        rec.order.append(name)
        return got
    return recorded


def record(run: Callable[[], Any]) -> tuple[Recording, Any]:
    """Run `run()` with every finder recorded; the recording and what `run` returned."""
    rec, depth, real = Recording(), [0], originals()
    with installed({n: _recorder(n, real[n], depth, rec) for n in RECORDED}):
        out = run()
    return rec, out


class Replay:
    """Answers for `names` from `rec`; the other finders run (through live wrappers)."""

    def __init__(self, rec: Recording, names: list[str], check: bool = False) -> None:
        self.rec, self.names, self.check = rec, list(names), check
        self.depth = [0]
        self.order = [n for n in rec.order if n in self.names]
        self.pos = [0]
        self.used: dict[str, list[int]] = {}

    def _stub(self, name: str, fn: Callable, answers: list) -> Callable:
        depth, used = self.depth, self.used.setdefault(name, [0])
        if not self.check:
            nxt = iter(answers).__next__

            def answered(*args: Any) -> Any:
                if depth[0]:
                    return fn(*args)
                used[0] += 1
                return nxt()
            return answered
        calls, order, pos = self.rec.calls.get(name, []), self.order, self.pos

        def checked(*args: Any) -> Any:
            if depth[0]:
                return fn(*args)
            k, at = used[0], pos[0]
            if at >= len(order) or order[at] != name:
                raise Diverged(f"call {at}: {name} asked where the recording has "
                               f"{order[at] if at < len(order) else 'no more calls'}")
            if k >= len(calls) or calls[k][0] != args:
                raise Diverged(f"{name} call {k}: arguments differ from the recording")
            used[0], pos[0] = k + 1, at + 1
            return answers[k]
        return checked

    def wrappers(self) -> dict[str, Callable]:
        """Fresh wrappers for one pass (deep copies of the answers made here, off the clock)."""
        real = originals()
        answers = copy.deepcopy({n: [got for _, got in self.rec.calls.get(n, [])]
                                 for n in self.names})
        self.used.clear()
        self.pos[0] = 0
        out = {n: (self._stub(n, real[n], answers[n]) if n in self.names
                   else _live(real[n], self.depth)) for n in RECORDED}
        return out

    def finish(self) -> None:
        """Raise if a replayed finder's answers were not all asked for."""
        for name in self.names:
            asked, recorded = self.used.get(name, [0])[0], self.rec.count(name)
            if asked != recorded:
                raise Diverged(f"{name}: {asked} calls answered of {recorded} recorded")

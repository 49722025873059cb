"""Where a pass spends its Python calls and its CPU samples, by module and by `_extract` callee.

`python_calls` counts the Python function calls of a run (`sys.setprofile` 'call' events: a count,
no timing, so nothing is inflated) and the C calls beside them, by the module whose code is
called. `sampled` interrupts the run every `interval` seconds of process CPU time (SIGPROF) and
charges each sample twice: to the innermost `assets/` module running (sre's time counts in the
Python line that called it), and to what `_extract` was running, its own lines or the function it
called (with everything beneath it). Sampling adds a handler call per sample, not per Python call,
so the shares are not skewed towards call-heavy code as cProfile's are.
"""

from __future__ import annotations

import re
import signal
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_ASSETS = str(ROOT / "assets") + "/"
_BENCH = str(ROOT / "benchmarks") + "/"


def module_of(filename: str) -> str:
    """`extract/rows.py` for a file under assets/, `benchmarks` for this package, else `other`."""
    if filename.startswith(_ASSETS):
        return filename[len(_ASSETS):]
    if filename.startswith(_BENCH):
        return "benchmarks"
    return "other"


# a source line that calls a compiled pattern (or a `Caseless` wrapper of one)
_PATTERN_CALL = re.compile(r"\.(?:search|match|fullmatch|finditer|findall|sub|split)\(")


def split_own_lines(by_line: Counter[int], source: list[str]) -> tuple[int, int]:
    """Samples of `_extract`'s own lines on a line that calls a pattern, and on the others."""
    on = sum(v for k, v in by_line.items() if _PATTERN_CALL.search(source[k - 1]))
    return on, sum(by_line.values()) - on


# how a sample's innermost assets/ module is grouped in the summary
_GROUPS = {
    "pattern machinery": ("extract/caseless.py", "extract/wide_starts.py", "extract/lowtext.py",
                          "extract/scan.py", "extract/literal_gates.py"),
    "drafts and rows": ("extract/rows.py", "extract/settle.py", "extract/told_totals.py",
                        "ids.py"),
    "extractor.py": ("extract/extractor.py",),
    "answering stubs": ("benchmarks",),
}


def group_of(module: str) -> str:
    """The summary group of a module `module_of` named; other extract modules are rule modules."""
    for group, members in _GROUPS.items():
        if module in members:
            return group
    return "rule modules" if module.startswith("extract/") else "other"


def python_calls(run: Callable[[], Any]) -> tuple[Counter[str], int]:
    """Python calls of `run()` by called module, and the number of C calls."""
    py: Counter[str] = Counter()
    c_calls = [0]
    names: dict[str, str] = {}

    def count(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            fn = frame.f_code.co_filename
            mod = names.get(fn)
            if mod is None:
                mod = names[fn] = module_of(fn)
            py[mod] += 1
        elif event == "c_call":
            c_calls[0] += 1

    sys.setprofile(count)
    try:
        run()
    finally:
        sys.setprofile(None)
    return py, c_calls[0]


def _charge(frame: FrameType | None, extract_code: object) -> tuple[str, str, int]:
    """(innermost assets/ module, what `_extract` runs, `_extract`'s line when it runs its own
    code, else 0) of an interrupted frame."""
    inner, callee, prev, line = "", "", None, 0
    while frame is not None:
        mod = module_of(frame.f_code.co_filename)
        if not inner and mod != "other":
            inner = mod
        if frame.f_code is extract_code:
            callee = "_extract (own lines)" if prev is None else prev.f_code.co_name
            line = frame.f_lineno if prev is None else 0
            break
        code = frame.f_code
        if not (code.co_name.startswith("<") and code.co_filename
                == getattr(extract_code, "co_filename", None)) and not (
                code.co_name == "live" and mod == "benchmarks"):
            prev = frame    # (a comprehension of `_extract` is its own lines; a pass-through
            # wrapper is the function it wraps)
        frame = frame.f_back
    return inner or "other", callee or "outside _extract", line


class Sampler:
    """CPU samples (SIGPROF every `interval` s of process CPU time) taken between `start` and
    `stop`, by innermost assets/ module, by `_extract` callee and by `_extract`'s own line."""

    def __init__(self, extract_code: object, interval: float = 0.0002) -> None:
        self.code, self.interval = extract_code, interval
        self.by_module: Counter[str] = Counter()
        self.by_callee: Counter[str] = Counter()
        self.by_line: Counter[int] = Counter()     # `_extract`'s own lines
        self._old: Any = None

    def _on_sample(self, _sig: int, frame: FrameType | None) -> None:
        inner, callee, line = _charge(frame, self.code)
        self.by_module[inner] += 1
        self.by_callee[callee] += 1
        if line:
            self.by_line[line] += 1

    def start(self) -> None:
        self._old = signal.signal(signal.SIGPROF, self._on_sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._old)

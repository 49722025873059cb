"""Fast scans for patterns that start with a number phrase (numbers.num_pattern()).

`re.finditer` tries such a pattern at every offset of a sentence, and a case-insensitive
alternation of number words and qualifiers is costly to try. A number phrase can only start where
a digit run starts or where a qualifier or number word occurs (its first word, found with
str.find on the lowercased text), so `finditer` below tries the pattern only at those offsets:
the matches are exactly those of `rx.finditer(text, a, b)` (the first offset that matches is the
leftmost match, and the scan goes on from its end, as finditer does).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .caseless import lowered_for
from .lowtext import lowered, narrow
from .numbers import vocab

_DIGIT_RUN = re.compile(r"\d+")
_SPACE = re.compile(r"\s")
_OTHER_SPACE = re.compile(r"[^\S ]")   # whitespace other than the plain space


@lru_cache(maxsize=1)
def _literals() -> tuple[str, ...]:
    """Lowercase literals one of which starts every number phrase not starting with a digit
    ("a " for "a dozen", "over", "twenty", ...), plus "an " for counts ("and an attack drone")."""
    v = vocab()
    words = [w for w in (*v["units"], *v["tens"], *v["exact_qualifiers"], *v["null_qualifiers"])
             if w not in ("a", "an", "both", "single")]
    lits = {w.split()[0] + (" " if " " in w else "") for w in words} | {"an "}
    return tuple(sorted(x for x in lits if not any(o != x and x.startswith(o) for o in lits)))


def number_starts(text: str) -> list[int] | None:
    """Sorted offsets where a number phrase may start, or None when every offset must be tried."""
    low = lowered(text)
    if low is None:
        return None
    if _OTHER_SPACE.search(low):    # (replacing a space by a space changes nothing)
        low = _SPACE.sub(" ", low)
    starts = {m.start() for m in _DIGIT_RUN.finditer(text)}
    for lit in narrow(_literals(), text):
        k = low.find(lit)
        while k >= 0:
            starts.add(k)
            k = low.find(lit, k + 1)
    return sorted(starts)


def literal_starts(text: str, literals: tuple[str, ...]) -> list[int] | None:
    """Sorted offsets where one of the lowercase literals occurs (case-insensitively), or None
    when every offset must be tried."""
    low = lowered(text)
    if low is None:
        return None
    starts = set()
    for lit in narrow(literals, text):
        k = low.find(lit)
        while k >= 0:
            starts.add(k)
            k = low.find(lit, k + 1)
    return sorted(starts)


def finditer(rx: re.Pattern[str], text: str, starts: list[int] | None, a: int = 0,
             b: int | None = None) -> list[re.Match[str]]:
    """The matches of rx.finditer(text, a, b), trying only the offsets in starts (all offsets
    when None), which must hold every offset where a match of rx can start."""
    end = len(text) if b is None else b
    if starts is None:
        return list(rx.finditer(text, a, end))
    out = []
    k = bisect_left(starts, a)
    low = lowered_for(rx, text)
    if low is not None:     # a re.I pattern: its case-sensitive twin on the lowercased text
        twin, orig = rx.twin, rx.rx     # type: ignore[union-attr]
        if rx.absent(low):      # type: ignore[union-attr]
            return out
        while k < len(starts) and starts[k] <= end:
            m = twin.match(low, starts[k], end)
            if m and m.end() > m.start():
                out.append(orig.match(text, starts[k], end))
                k = bisect_left(starts, m.end(), k)
            else:
                k += 1
        return out
    while k < len(starts) and starts[k] <= end:
        m = rx.match(text, starts[k], end)
        if m and m.end() > m.start():
            out.append(m)
            k = bisect_left(starts, m.end(), k)
        else:
            k += 1
    return out


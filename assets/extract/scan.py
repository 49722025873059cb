"""Fast scans for patterns that start with a number phrase (numbers.num_pattern()).

`re.finditer` tries such a pattern at every offset of a sentence, and a case-insensitive
alternation of number words and qualifiers is costly to try. A number phrase can only start where
a digit run starts or where a qualifier or number word occurs (its first word, found with one
regex scan of the lowercased text), so `finditer` below tries the pattern only at those offsets:
the matches are exactly those of `rx.finditer(text, a, b)` (the first offset that matches is the
leftmost match, and the scan goes on from its end, as finditer does).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .caseless import lowered_for, relaxed_view
from .lowtext import lowered, per_article
from .numbers import vocab

_DIGIT_RUN = re.compile(r"\d+")


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
    """Sorted offsets where a number phrase may start, or None when every offset must be tried:
    where a digit run starts or one of `_literals()` occurs in the lowercased text (a space of a
    literal standing for any whitespace character). Within an article, computed once per
    sentence (casualties and tallies both ask); callers must not change the list."""
    got = per_article((number_starts, text), text, lambda: _number_starts(text))
    return _number_starts(text) if got is None else got


def _number_starts(text: str) -> list[int] | None:
    low = lowered(text)
    if low is None:
        return None
    if text.isascii():      # (one scan finds both: only ASCII digits can occur)
        return [m.start() for m in _literal_heads(True).finditer(low)]
    # (digits start no literal, so the two lists share no offset)
    words = [m.start() for m in _literal_heads(False).finditer(low)]
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    if not digits:
        return words
    if not words:
        return digits
    words += digits
    words.sort()
    return words


@lru_cache(maxsize=2)
def _literal_heads(ascii_digits: bool) -> re.Pattern[str]:
    """The first letter of each occurrence of a literal of `_literals()` in lowercased text
    (with ascii_digits, also the first digit of each run of ASCII digits): one branch per first
    character, the rest of its literals in a lookahead, so that overlapping occurrences are all
    found, in order, and sre's first-character prefilter skips most offsets."""
    rests: dict[str, list[str]] = {}
    for lit in _literals():
        rests.setdefault(lit[0], []).append(lit[1:])
    branches = [re.escape(c) + "(?=" + "|".join(
        re.escape(r).replace(r"\ ", " ").replace(" ", r"\s")
        for r in sorted(rs, key=len, reverse=True)) + ")" for c, rs in sorted(rests.items())]
    if ascii_digits:    # a digit not after a digit
        branches += [f"{d}(?<![0-9]{d})" for d in "0123456789"]
    return re.compile("|".join(branches))


def literal_starts(text: str, literals: tuple[str, ...]) -> list[int] | None:
    """Sorted offsets where one of the lowercase literals occurs (case-insensitively), or None
    when every offset must be tried."""
    low = lowered(text)
    if low is None:
        return None
    starts = set()
    # (not narrowed to the article's literals: for the few sentences of an article that ask,
    # testing each literal costs less than testing them all on the whole article first)
    for lit in literals:
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
    out: list[re.Match[str]] = []
    k = bisect_left(starts, a)
    stop = bisect_right(starts, end)
    low = lowered_for(rx, text)
    if low is not None:     # a re.I pattern: its case-sensitive twin on the lowercased text
        twin, orig = rx.twin.match, rx.rx.match     # type: ignore[union-attr]
        if rx.absent(low):      # type: ignore[union-attr]
            return out
        while k < stop:
            m = twin(low, starts[k], end)
            if m and m.end() > m.start():
                out.append(orig(text, starts[k], end))
                k = bisect_left(starts, m.end(), k)
            else:
                k += 1
        return out
    low = relaxed_view(rx, text)
    if low is not None:     # the twin may match where rx does not: rx tells (as Relaxed.match)
        twin, orig = rx.twin.match, rx.rx.match     # type: ignore[union-attr]
        if rx.absent(low):      # type: ignore[union-attr]
            return out
        while k < stop:
            m = twin(low, starts[k], end) and orig(text, starts[k], end)
            if m and m.end() > m.start():
                out.append(m)
                k = bisect_left(starts, m.end(), k)
            else:
                k += 1
        return out
    match = rx.match
    while k < stop:
        m = match(text, starts[k], end)
        if m and m.end() > m.start():
            out.append(m)
            k = bisect_left(starts, m.end(), k)
        else:
            k += 1
    return out


def spans(rx: re.Pattern[str], text: str, starts: list[int] | None | bool = False, a: int = 0,
          b: int | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each match of rx.finditer(text, a, b) (starts=False) or of
    finditer(rx, text, starts, a, b), for callers that need only where the matches lie: a re.I
    Caseless pattern's case-sensitive twin finds them on the lowercased text with the same spans
    (it is the pattern with its letters lowercased, matching lowercased text character for
    character), so the pattern itself is not matched again at each offset to build a Match."""
    end = len(text) if b is None else b
    low = lowered_for(rx, text)
    if low is None or starts is None:
        found = rx.finditer(text, a, end) if starts is False or starts is None else finditer(
            rx, text, starts, a, end)
        return [m.span() for m in found]
    if rx.absent(low):      # type: ignore[union-attr]
        return []
    if starts is False:
        return [m.span() for m in rx.twin.finditer(low, a, end)]  # type: ignore[union-attr]
    out: list[tuple[int, int]] = []
    twin = rx.twin.match    # type: ignore[union-attr]
    k = bisect_left(starts, a)
    stop = bisect_right(starts, end)
    while k < stop:     # (as finditer's loop)
        m = twin(low, starts[k], end)
        if m and m.end() > m.start():
            out.append(m.span())
            k = bisect_left(starts, m.end(), k)
        else:
            k += 1
    return out

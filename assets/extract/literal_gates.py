"""Wider literal gates for the costly sentence scans of the figure finders.

`caseless.Caseless` skips a scan when none of a few literals that every match holds occurs in the
text, but keeps such a gate only for up to eight literals. The rules that read killed and injured
figures end on long verb alternations ("injured|wounded|hurt|hospitalised|suffered ...") with
more, so their sentence scans run on every casualty sentence. `widen` gives such a pattern the
gate of its literals anyway, first dropping each literal that holds another one of the set
("killing" holds "kill": a text holding the first holds the second, so the gate lets through the
same texts with fewer tests). Only for patterns scanned over a whole sentence (or window): a
`match` at one offset costs less than testing a dozen literals on the whole text.
"""

from __future__ import annotations

from typing import Any

from .caseless import Caseless, needed

MOST = 16   # literals tested at most: a dozen substring tests cost less than one failed scan
WIDENED: list[Caseless] = []    # every pattern `widen` gave a gate (the gate coverage test's)


def fewest(literals: frozenset[str] | tuple[str, ...]) -> tuple[str, ...]:
    """The literals that hold no other literal of the set, sorted: a text holds one of them iff
    it holds one of the set."""
    return tuple(sorted(w for w in literals if not any(o != w and o in w for o in literals)))


def widen(*patterns: Any) -> None:
    """Give each Caseless pattern (also inside dicts) the gate of every literal its matches
    need, in place, when there are at most MOST of them (each of two or more characters)."""
    for rx in patterns:
        if isinstance(rx, dict):
            widen(*rx.values())
        elif isinstance(rx, Caseless):
            lits = needed(rx.twin.pattern, rx.twin.flags)
            if lits and min(map(len, lits)) >= 2 and len(least := fewest(lits)) <= MOST:
                rx.gate = least
                WIDENED.append(rx)

"""Agreement of the token place finder with `find_places`, sentence by sentence, and its
disagreements by shape.

A sentence agrees when both give the same set of (location, admin1) (a region's location is
None); "placed" counts the sentences where either side finds a place. Offsets are compared apart:
the same set of (start, end, location, admin1), the token spans turned into the sentence's
character offsets. A disagreement's shape is its class (missed, spurious, moved: the same span
read as another place) with the words either side of the place, names written N, so that one
shape names one phrasing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assets.extract.places import Mention

from .place_finder import Found

_NAME = re.compile(r"^[A-Z][a-z]")


@dataclass
class PlaceTally:
    """Counts of one comparison."""

    sentences: int = 0
    agree: int = 0
    placed: int = 0
    placed_agree: int = 0
    offsets_agree: int = 0
    classes: Counter = field(default_factory=Counter)
    shapes: Counter = field(default_factory=Counter)
    samples: dict = field(default_factory=dict)

    @property
    def pct(self) -> float:
        return 100 * self.agree / max(self.sentences, 1)

    @property
    def placed_pct(self) -> float:
        return 100 * self.placed_agree / max(self.placed, 1)

    @property
    def offsets_pct(self) -> float:
        return 100 * self.offsets_agree / max(self.placed, 1)


def _word(w: str) -> str:
    return "N" if _NAME.match(w) else w.lower()


def _around(text: str, start: int, end: int) -> str:
    before = text[:start].split()[-2:]
    after = text[end:].split()[:1]
    return " ".join([*map(_word, before), "[N]", *map(_word, after)])


def shape(text: str, cls: str, start: int, end: int, level: str) -> str:
    return f"{cls} {level}: {_around(text, start, end)}"


def compare(tally: PlaceTally, text: str, ref: list[Mention], mine: list[Found],
            spans: list[tuple[int, int]], base: int) -> None:
    """Add one sentence (text, starting at base in the article; spans: the article's token
    spans) to tally."""
    tally.sentences += 1
    a = {(m.location, m.admin1) for m in ref}
    b = {f.key for f in mine}
    if not a and not b:
        tally.agree += 1
        return
    tally.placed += 1
    offs_ref = {(m.start, m.end, m.location, m.admin1) for m in ref}
    offs_mine = {(spans[f.start][0] - base, spans[f.end - 1][1] - base, f.location, f.admin1)
                 for f in mine}
    if offs_ref == offs_mine:
        tally.offsets_agree += 1
    if a == b:
        tally.agree += 1
        tally.placed_agree += 1
        return
    mine_at = {spans[f.start][0] - base: f for f in mine}
    for m in ref:
        if (m.location, m.admin1) in b:
            continue
        cls = "moved" if m.start in mine_at else "missed"
        key = shape(text, cls, m.start, m.end, "town" if m.location else "region")
        tally.classes[cls] += 1
        tally.shapes[key] += 1
        other = mine_at.get(m.start)
        tally.samples.setdefault(key, (text, f"{m.location}/{m.admin1}",
                                       f"{other.location}/{other.admin1}" if other else "-"))
    ref_at = {m.start for m in ref}
    for f in mine:
        if f.key in a or spans[f.start][0] - base in ref_at:
            continue
        s, e = spans[f.start][0] - base, spans[f.end - 1][1] - base
        key = shape(text, "spurious", s, e, f.kind)
        tally.classes["spurious"] += 1
        tally.shapes[key] += 1
        tally.samples.setdefault(key, (text, "-", f"{f.location}/{f.admin1}"))

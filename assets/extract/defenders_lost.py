"""A pilot killed while repelling the attack is no casualty of its strikes (1.39.0).

"A Ukrainian F-16 pilot died while repelling the attack after his jet was damaged"; "A
Ukrainian F-16 pilot was killed while helping to repel it". Read as one person killed, the
death went to the night's country row (its only row in the sentence's reach); the gold leaves
it out: the row counts the people the strikes killed, and the pilot fell defending against
them (three authors: two read so, the third's wording, a pilot named by rank, was never read).
The killed figure of a pilot told as killed while (helping to) repel the attack is dropped.
"""

from __future__ import annotations

import re
from typing import Protocol, TypeVar

# "A Ukrainian F-16 pilot died while repelling", "a pilot, 32, was killed as he helped to repel"
# (only "pilot" and "repel": the hook's gate in `casualties.find_casualties` tests both, and
# no tuning article tells an airman or a crew, or intercepting, lost so)
_PILOT_LOST = re.compile(
    r"\b(?:an?|the|one)\s+(?:[\w\-]+\s+){0,3}?pilot\b(?:,[^,.;]{1,80},)?\s+"
    r"(?:was\s+killed|died|had\s+died|has\s+died)\s+(?:while|when|as)\s+(?:\w+\s+)?"
    r"(?:helping\s+to\s+|helped\s+to\s+)?repel", re.I)


class _Fig(Protocol):
    field: str
    pos: int


F = TypeVar("F", bound=_Fig)


def drop_defenders_lost(t: str, figures: list[F]) -> list[F]:
    """figures without the killed figure of a pilot lost repelling the attack (t: the text the
    figures' positions are in)."""
    spans = [m.span() for m in _PILOT_LOST.finditer(t)]
    return [f for f in figures if f.field != "killed" or not any(a <= f.pos < b for a, b in spans)]

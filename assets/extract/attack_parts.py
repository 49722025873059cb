"""The whole attack a strike was part of is the country's tally, on the strike's day (1.36.0).

A follow-up on one strike tells the night it belonged to: "The strike on X was part of a combined
attack in which Russia launched 476 drones and 48 missiles", "The strike was part of a wider
overnight assault in which Russia fired ...". The count after "in which" is the air force's
nationwide tally (GUIDELINES 3), not the town's (it made X `mixed` with the night's launched),
and its "overnight" is the night of the strike, not the night before the follow-up was
published. Here such a sentence gives its counts and weapons to the country's row, dated by the
sentence's own attack date if it names one, else by the strike's row (the town named before
"was part of", else the article's first strike); the town keeps no count and no weapon of it.
"""

from __future__ import annotations

import re
from typing import Protocol

from . import context as cx
from .dates import DateExpr
from .places import Mention
from .rows import Draft
from .tallies import Count
from .weapons import find_weapons

# "The strike (on X) was part of a (wider / massive overnight / combined) attack (...) in which"
_PART_OF = re.compile(r"\b(?:strike|attack|blast|barrage)\b[^.;]{0,60}?\b(?:was|were) part of "
                      r"(?:a|an|the|Russia's)\s+(?:[\w\-]+\s+){0,4}?(?:attack|assault|barrage|"
                      r"wave|strike|bombardment|raid)s?\b[^.;]{0,60}?\bin which\b")


class _Rows(Protocol):
    drafts: list[Draft]

    def wave(self, country: str, when: tuple, i: int) -> Draft: ...


def attack_start(text: str, counts: list[Count]) -> int | None:
    """Where the whole attack's clause starts ("in which ..."), when every count lies after it;
    else None."""
    if " part of " not in text or not (m := _PART_OF.search(text)):
        return None
    if not all(c.pos >= m.end() for c in counts):
        return None
    return m.end()


def _strike_row(b: _Rows, before: list[Mention], focus: list[Draft]) -> Draft | None:
    impacts = [d for d in b.drafts if d.kind == "impact"]
    for m in before:
        named = [d for d in impacts if d.location == m.location and d.admin1 == m.admin1]
        if named:
            return named[0]
    if len(focus) == 1 and focus[0].kind == "impact":
        return focus[0]
    return min(impacts, key=lambda d: min(d.sents)) if impacts else None


def whole_attack(b: _Rows, text: str, counts: list[Count], targets: list[Mention],
                    figs: list, dates: list[DateExpr], carry: tuple, focus: list[Draft],
                    i: int) -> tuple[list[Mention], list[Count], list[Draft], tuple]:
    """Targets, counts, focus and the paragraph's date after the sentence, the whole attack's
    counts gone to the country's row (unchanged when the sentence is no such "part of"
    sentence)."""
    if not counts or figs or (at := attack_start(text, counts)) is None:
        return targets, counts, focus, carry
    before = [m for m in targets if m.start < at]
    own = [d for d in dates if not d.report and d.strength >= 2 and d.value is not None]
    row = _strike_row(b, before, focus)
    if own:
        best = max(own, key=lambda d: d.start)
        when: tuple = (best.value, best.precision, best.strength)
    elif row is not None and row.event_date is not None:
        when = (row.event_date, row.precision, max(row.date_strength, 1))
    else:
        when = carry
    side = row.country if row is not None else cx.target_side(text)
    w = b.wave(side, when, i)
    w.counts += counts
    w.add_weapons(*find_weapons(text[at:]))
    kept = [m for m in targets if m.start >= at]
    return kept, [], focus if kept else [w], when

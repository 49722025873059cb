"""The part shot down of one place's attack is that place's interceptions (1.38.0).

A ministry's count of one attack is told in two steps: first how many weapons came at the place
("had attacked the city with eight drones", "fired six ATACMS missiles at a facility in the
Bryansk region"), then, in the next sentence, the part shot down, pointing back at them with no
noun or a definite one ("Five were shot down by Pantsir-S systems in the Moscow region", "Five of
the missiles were shot down", "shot down five of the missiles and damaged one"). The count went
to a row of its own (a country row, or the region it was shot down over); the gold gives it to
the attacked place's row as intercepted (GUIDELINES 2 and 4: the weapons used against one place).
Now such a part, on a row holding nothing else but zeros, joins the one row told in the two
sentences before it that has a launched count at least as large and no interceptions.
"""

from __future__ import annotations

import re

from .numbers import num_pattern, parse_number
from .rows import Draft
from .sentences import Sentence

_N = num_pattern()
_DOWN = r"(?:shot\s+down|destroyed|intercepted|downed)"
_BACK = r"of\s+(?:them|the\s+(?:\w+\s+)?(?:missiles|drones|rockets|UAVs))"
# "Five were shot down", "Five of them were shot down", "Five of the missiles had been destroyed"
_PART_SUBJECT = re.compile(rf"\b(?P<n>{_N})\s+(?:{_BACK}\s+)?(?:were|had\s+been|have\s+been)\s+"
                           rf"{_DOWN}\b", re.I)
# "shot down five of the missiles"
_PART_OBJECT = re.compile(rf"\b{_DOWN}\s+(?P<n>{_N})\s+{_BACK}\b", re.I)


def part_shot_down(text: str) -> int | None:
    """The part shot down the sentence gives, pointing back at a count told before; else None."""
    if " down" not in text and "destroyed" not in text and "intercepted" not in text:
        return None
    m = _PART_SUBJECT.search(text) or _PART_OBJECT.search(text)
    return parse_number(m.group("n")) if m else None


def part_interceptions(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Move a part shot down from its own row to the one place's row whose launched it is of."""
    for p in [d for d in drafts if d.counts and all(c.field == "intercepted" for c in d.counts)]:
        i = min(p.sents)
        n = part_shot_down(sents[i].text)
        if n is None or n != p.count("intercepted"):
            continue
        told = [d for d in drafts if d is not p and d.kind == "impact" and d.country == p.country
                and d.count("intercepted") is None and (d.count("launched") or 0) >= n
                and any(i - 2 <= k < i for k in d.sents)]
        if len(told) != 1 or not all(f.kind == "zero" or told[0].figure(f.field) == f.value
                                     for _, f in p.figures):
            continue    # (a figure of its own: the row is more than the part's)
        a = told[0]
        a.counts += p.counts
        have = {f.field for _, f in a.figures}
        a.figures += [(k, f) for k, f in p.figures if f.field not in have]
        a.sents = sorted(set(a.sents) | {i})
        p.counts, p.figures = [], []
        p.sents = [k for k in p.sents if k != i]
        if not p.sents:
            drafts.remove(p)

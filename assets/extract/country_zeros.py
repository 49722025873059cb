"""Zero casualties on a country-level row: kept only when the text says them of the whole attack.

A country-level row holds an air force's or a ministry's tally (GUIDELINES 3). A "no one was
hurt" told by a governor, a mayor or a plant about one region, district or site ("Voronezh
governor X said debris damaged power lines in the Y district, but that no one was hurt"; "There
are no casualties," he wrote) is that place's zero, not the tally's, even when no row of that
place took it. A zero with no place near it ("No casualties were reported nationwide", "Officials
said nobody had been killed") stays the country's (1.25.0).
"""

from __future__ import annotations

import re

from .context import COUNTRYWIDE
from .places import find_places
from .rows import Draft
from .sentences import Sentence

# who or what speaks for one place: its officials, its sites, a first person ("Our air defence")
_LOCAL = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor|[Hh]ead of|region|district|city|town|village|"
                    r"plant|refinery|station|substation|port|airport|[Oo]ur|his region|"
                    r"her region)\b")


def _local(s: Sentence, ctx: list[str]) -> bool:
    return bool(_LOCAL.search(s.text) or find_places(s.text, ctx))


def drop_local_zeros(d: Draft, sents: list[Sentence], ctx: list[str]) -> None:
    """Remove from a country-level row the zeros of sentences about one place (or following
    one in the same paragraph), unless the sentence is countrywide."""
    if d.level != "country" or not any(f.kind == "zero" for _, f in d.figures):
        return
    keep = []
    for pos, f in d.figures:
        if f.kind == "zero":
            k = next((j for j, s in enumerate(sents) if s.start <= pos < s.end), None)
            s = sents[k] if k is not None else None
            prev = sents[k - 1] if k else None
            if s is not None and not COUNTRYWIDE.search(s.text) and (_local(s, ctx) or (
                    prev is not None and prev.para == s.para and _local(prev, ctx))):
                continue
        keep.append((pos, f))
    d.figures = keep

"""Shells or rounds fired at one town are that town's launched count (1.37.0).

GUIDELINES 2 puts "a count of weapons used against one place" into that place's `launched`; the
tally reader counts drones, missiles, rockets and bombs, not shells, so "shelled the town of X,
firing 14 artillery rounds", "fired 12 mortar rounds at the village of X", "firing about 40
shells" and "more than 20 artillery shells landed" left the town's launched empty. Now a
settlement row whose own sentence (told for no other settlement) fires or lands such a count
and names it takes it as launched, unless the shells went to a district, region, community or
"the area" ("fired about 30 shells at Nikopol district": the area's, not a town's).
"""

from __future__ import annotations

import re

from .numbers import num_pattern, parse_number
from .rows import Draft
from .sentences import Sentence
from .tallies import Count

_N = num_pattern()
_AREA_AFTER = (r"(?!\s+(?:\w+\s+){0,2}?at\s+(?:the\s+)?(?:[A-Z][\w\-']+\s+)?"
               r"(?:district|region|oblast|community|hromada|border|area|outskirts)\b)")
# "firing 14 artillery rounds", "fired 12 mortar rounds at the village", "firing about 40 shells"
_FIRED = re.compile(rf"\b(?:fired|firing)\s+(?P<n>{_N})\s+(?:(?:artillery|mortar|tank)\s+)?"
                    rf"(?:shells|rounds)\b{_AREA_AFTER}")
# "more than 20 artillery shells landed"
_LANDED = re.compile(rf"\b(?P<n>{_N})\s+(?:artillery|mortar|tank)\s+(?:shells|rounds)\s+"
                     r"(?:landed|hit|fell|struck|exploded)\b")


def shell_counts(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Give a town's row the shells fired at it in a sentence told for it alone."""
    towns: dict[int, list[Draft]] = {}
    for d in drafts:
        if d.kind == "impact" and d.level == "settlement":
            for i in set(d.sents):
                towns.setdefault(i, []).append(d)
    for i, ds in towns.items():
        text = sents[i].text
        if len(ds) != 1 or ("shells" not in text and "rounds" not in text):
            continue
        d = ds[0]
        if d.count("launched") is not None or not d.location or d.location[:5] not in text:
            continue    # (the town is named in the sentence itself)
        m = _FIRED.search(text) or _LANDED.search(text)
        if m is not None and (n := parse_number(m.group("n"))) is not None:
            d.counts.append(Count("launched", "artillery", n, m.start("n")))

"""A toll update whose subject tells the whole attack (1.30.0).

A toll update names the toll, then often the attack it counts, and only then the new figure:
"the number of people killed when a cruise missile destroyed part of a nine-storey building in
the city of X has risen to 23", "bringing the death toll from Thursday's missile and drone attack
on the capital to 25". The update patterns of casualties.py look a bounded distance past the toll
(120 characters, nine words) and missed these; worse, the attack's own verb could end the search:
"... killed when missiles hit two apartment blocks ... has risen to 32" read "hit two" as the toll
hitting two. A toll "hits" a figure, but a figure followed by a noun of things is what the attack
hit, not the toll. Where no update is left, a wider search (with "to" before the figure) finds it.
"""

from __future__ import annotations

import re

from .numbers import num_pattern

_N = num_pattern()
_WHAT = (r"(?P<what>death\s+toll|toll|number\s+of\s+(?:\w+\s+)?(?:killed|dead|deaths|wounded|"
         r"injured|victims|casualties)|number\s+of\s+people\s+(?:killed|injured|wounded|hurt))")
_WIDE = (
    re.compile(rf"\b{_WHAT}\b[^.;:]{{0,240}}?\b(?:rose|risen|rises|climbed|climbs|increased|"
               rf"increases|grown|grew|jumped|jumps|gone\s+up|went\s+up)\s+to\s+(?P<n>{_N})",
               re.I),
    re.compile(rf"\b(?:bringing|brought|brings|raising|raised|pushing|pushed|taking|took)\s+"
               rf"the\s+{_WHAT}\s+(?:[\w'’\-]+\s+){{0,18}}?to\s+(?P<n>{_N})", re.I),
)
# "... hit two apartment blocks": the figure counts things the attack hit
_HIT = re.compile(r"\bhit\s+$", re.I)
# (a toll's figure is followed by its people, a preposition, a joint or punctuation; any other
# word is the noun of what was hit)
_THINGS_AFTER = re.compile(r"\s+(?!(?:people|persons|civilians|residents|dead|deaths|killed|"
                           r"injured|wounded|hurt|victims|fatalities|casualties|on|in|at|by|as|"
                           r"after|with|from|and|or|but|including|among|according|overnight|late|"
                           r"early|when|while|following|since|this|that|today|yesterday|now|so|"
                           r"for|to|of|the|people's)\b)[a-z]")


def toll_updates(t: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """The toll updates of t (masked) given those the bounded patterns found: without the ones
    whose figure counts what the attack hit, and with the wider search where none is left."""
    kept = [m for m in found if not (_HIT.search(t, max(0, m.start("n") - 4), m.start("n"))
                                     and _THINGS_AFTER.match(t, m.end("n")))]
    if kept or not ("toll" in t or "umber of" in t):
        return kept
    return [m for rx in _WIDE for m in rx.finditer(t)]

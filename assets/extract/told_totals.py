"""A region's figure the text tells as the region's, not one town's, keeps its row (1.39.0).

`settle` folds a region row into a town of the region told within two sentences after it: "Two
people were killed in the X region. In the village of Y, a drone hit a house" is one incident,
the town's. Two phrasings say the figure belongs to the region as a whole: the region's sentence
says the place was not named ("One person was killed in the X Oblast, the governor said,
without naming the location"), or a following sentence takes a share of the region's victims
("Both of the dead were workers of a plant in Y"; "Both deaths and two of the injuries were
recorded in Y"): then the region row stays, and the town row keeps its own. A share told in
the town's own sentence is the town's figure (`town_shares`): "both" and "all" are the region's
figure, a number word is itself.
"""

from __future__ import annotations

import re

from .casualties import Figure
from .numbers import parse_number
from .rows import Draft
from .sentences import Sentence

_UNNAMED = re.compile(r"\b(?:without naming|did not name|did not say where)\b")
_SHARE = re.compile(r"^(?:Both|All|Two|Three|Four|Five)\s+(?:of\s+the\s+(?:dead|victims|"
                    r"injured|wounded)|deaths)\b")


def told_total(region_sents: list[int], town_sents: list[int], sents: list[Sentence]) -> bool:
    """The region row's figure is told as the region's: its sentence says no place was named,
    or a sentence up to the town's opens with a share of the dead or injured."""
    first = min(region_sents)
    if "without nam" in (own := sents[first].text) or "did not" in own:
        if _UNNAMED.search(own):
            return True
    return any(sents[k].text.startswith(("Both", "All", "Two", "Three", "Four", "Five"))
               and bool(_SHARE.match(sents[k].text))
               for k in range(first + 1, min(town_sents) + 1))


# "Both of the dead", "Both deaths", "two of the injuries", "All of the wounded"
_PART = re.compile(r"\b(?P<n>[Bb]oth|[Aa]ll|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+(?:of\s+the\s+)?"
                   r"(?P<what>dead|deaths|victims|injured|wounded|injuries)\b")


def town_shares(region: Draft, town: Draft, sents: list[Sentence]) -> list[tuple[int, Figure]]:
    """The figures a share opening the town's own sentence gives the town ("Both deaths and two
    of the injuries were recorded in Y": killed 2 and injured 2 of the region's 2 and 6)."""
    k = min(town.sents)
    text = sents[k].text
    if not _SHARE.match(text):
        return []
    out = []
    for m in _PART.finditer(text):
        field = "killed" if m.group("what") in ("dead", "deaths", "victims") else "injured"
        whole = region.figure(field)
        word = m.group("n").lower()
        value = whole if word in ("both", "all") else parse_number(word)
        if whole is None or value is None or value > whole or (word == "both" and whole != 2):
            continue
        if town.figure(field) is None:
            out.append((sents[k].start + m.start(), Figure(field, value, m.start(), "plain")))
    return out

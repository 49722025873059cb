"""A region's toll told with its towns' shares after a comma (1.30.0).

Regional reports give the region's toll and then say where the dead or hurt were, in the same
sentence: "In the X region, two people were killed, one in A and one in B, and five were
injured"; "In the X region, four people died, among them a man in the town of B". The region's
toll is the region's row, and each town named in the list takes its share: one person, or the
number told before "in" it. Read as plain figures, the toll went to the nearest town and the
region row was lost. 1.17.0 reads the colon form ("killed five in the X region: two in A, two in
B") in `extractor._colon_split`; this is the same report with a comma or "among them".
"""

from __future__ import annotations

import re

from .casualties import Figure, find_casualties
from .numbers import num_pattern, parse_number
from .places import Mention
from .rows import Draft

_N = num_pattern()
_TOWN_OF = r"(?:the\s+(?:town|city|village|settlement)\s+of\s+)?"
# ", one in A and one in B": the share told right before the town
_SHARE = re.compile(rf"(?:,|\band)\s+(?P<n>{_N})\s+in\s+{_TOWN_OF}$", re.I)
# ", among them a man in the town of B": one person of the toll
_AMONG = re.compile(rf",\s+(?:among\s+them|including)\s+(?P<one>an?|one)\s+(?:[\w\-§]+\s+){{0,2}}?"
                    rf"[a-z\-]+\s+(?:in|from)\s+{_TOWN_OF}$", re.I)
_WORDS = ("among them", "including", " in ")
# (the cheap test before the figures are asked: a share or "among them / including a")
_SHARE_AT = re.compile(rf"(?:,|\band)\s+(?:{_N})\s+in\s|"
                       r",\s+(?:among\s+them|including)\s+(?:an?|one)\s", re.I)


def _share(text: str, start: int, town: Mention) -> tuple[int, int] | None:
    """The share told right before the town (its value and offset), if any."""
    for rx in (_SHARE, _AMONG):
        m = rx.search(text, max(start, town.start - 80), town.start)
        if m is not None:
            if m.groupdict().get("one"):
                return 1, m.start("one")
            v = parse_number(m.group("n"))
            return None if v is None else (v, m.start("n"))
    return None


def shares(text: str, places: list[Mention], figs: list[Figure]) -> tuple[Mention, list[
        tuple[Mention, Figure]]] | None:
    """One region named before the sentence's first figure, and after it only towns of that
    region, each with its share of the figure it follows: the region and the towns' figures."""
    if not figs or not any(w in text for w in _WORDS):
        return None
    first = min(f.pos for f in figs if f.kind != "zero") if any(
        f.kind != "zero" for f in figs) else None
    if first is None:
        return None
    regs = [m for m in places if m.start < first]
    towns = [m for m in places if m.start > first]
    if len(regs) != 1 or regs[0].level != "admin1" or not towns or any(
            m.level != "settlement" or m.admin1 != regs[0].admin1 for m in towns):
        return None
    out = []
    for town in towns:
        got = _share(text, first, town)
        before = [f for f in figs if f.pos < town.start and f.kind != "zero"]
        if got is None or not before:
            return None
        total = max(before, key=lambda f: f.pos)
        if got[0] > total.value:
            return None
        out.append((town, Figure(total.field, got[0], got[1], "plain")))
    return regs[0], out


def split(text: str, here: list[tuple[Mention, Draft]], figs: list[Figure]) -> tuple[
        Draft, list[tuple[Draft, Figure]]] | None:
    """shares() on the sentence's rows: the region's row and the towns' rows with their
    figures, as `extractor._colon_split` answers."""
    got = shares(text, [m for m, _ in here], figs)
    if got is None:
        return None
    rows = {id(m): d for m, d in here}
    return rows[id(got[0])], [(rows[id(m)], f) for m, f in got[1]]


def region_kept(text: str, places: list[Mention]) -> bool:
    """Whether the sentence is a region's toll with its towns' shares, so the region's place
    stays beside its towns (targets.find_targets otherwise folds it into them)."""
    regions, town = 0, False
    for m in places:    # (one region and a town first: cheaper than the pattern's scan)
        regions += m.level == "admin1"
        town = town or m.level == "settlement"
    if regions != 1 or not town or not _SHARE_AT.search(text):
        return False
    return shares(text, places, find_casualties(text)) is not None   # (only such sentences)

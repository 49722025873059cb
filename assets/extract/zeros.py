"""Zero casualties ("no one was hurt") kept only on the rows the text says them of (1.25.0).

A country-level row holds an air force's or a ministry's tally (GUIDELINES 3). A "no one was
hurt" told by a governor, a mayor or a plant about one region, district or site ("Voronezh
governor X said debris damaged power lines in the Y district, but that no one was hurt"; "There
are no casualties," he wrote) is that place's zero, not the tally's, even when no row of that
place took it. A zero with no place near it ("No casualties were reported nationwide", "Officials
said nobody had been killed") stays the country's.

A row whose own text counts people hurt ("wounding a 45-year-old man") takes no "no one was hurt"
either: that statement is about another place ("..., while in Y a shell struck a barn. No one was
hurt there"), so the row's killed stays unknown. A zero of deaths only ("no one was killed") does
not contradict the wounded and stays.
"""

from __future__ import annotations

import re

from .casualties import Figure
from .context import COUNTRYWIDE
from .death_zeros import DEATHS_ONLY, HURT_WORD
from .places import Mention, find_places
from .rows import Draft
from .sentences import Sentence, sentence_at

# who or what speaks for one place: its officials, its sites, a first person ("Our air defence")
_LOCAL = re.compile(r"\b(?:[Gg]overnor|[Mm]ayor|[Hh]ead of|region|district|city|town|village|"
                    r"plant|refinery|station|substation|port|airport|[Oo]ur|his region|"
                    r"her region)\b")


def _local(s: Sentence, ctx: list[str]) -> bool:
    return bool(_LOCAL.search(s.text) or find_places(s.text, ctx))


def drop_local_zeros(d: Draft, sents: list[Sentence], ctx: list[str]) -> list[tuple[int, Figure]]:
    """Remove from a country-level row the zeros of sentences about one place (or following
    one in the same paragraph), unless the sentence is countrywide; return those removed."""
    if d.level != "country" or not any(f.kind == "zero" for _, f in d.figures):
        return []
    keep = []
    dropped = []
    for pos, f in d.figures:
        if f.kind == "zero":
            k = sentence_at(sents, pos)
            s = sents[k] if k is not None else None
            prev = sents[k - 1] if k else None
            if s is not None and not COUNTRYWIDE.search(s.text) and (_local(s, ctx) or (
                    prev is not None and prev.para == s.para and _local(prev, ctx))):
                dropped.append((pos, f))
                continue
        keep.append((pos, f))
    d.figures = keep
    return dropped



# a zero statement that speaks of deaths only ("no one was killed", "no deaths were reported")
_DEATHS_ONLY = re.compile(DEATHS_ONLY)
_HURT_WORD = re.compile(HURT_WORD)


def _about(pos: int, sents: list[Sentence], ctx: list[str]):
    """The place a zero at pos is told of: the last one named in its sentence before it, else
    in the sentence before it in the same paragraph ("..., while in Y a shell hit a barn. No one
    was hurt there")."""
    k = sentence_at(sents, pos)
    if k is None:
        return None
    here = [m for m in find_places(sents[k].text, ctx) if sents[k].start + m.start < pos]
    if here:
        return here[-1]
    if k and sents[k - 1].para == sents[k].para:
        before = find_places(sents[k - 1].text, ctx)
        return before[-1] if before else None
    return None


def _para_place(pos: int, sents: list[Sentence], ctx: list[str]) -> Mention | None:
    """The last place named before pos in its paragraph ("Shostka was left without power ...
    \"Critical sites run on generators,\" the mayor wrote. Nobody was injured there")."""
    k = sentence_at(sents, pos)
    if k is None:
        return None
    for j in range(k, -1, -1):
        if sents[j].para != sents[k].para:
            return None
        named = [m for m in find_places(sents[j].text, ctx) if sents[j].start + m.start < pos]
        if named:
            return named[-1]
    return None


def _para(pos: int, sents: list[Sentence]) -> int:
    return sents[k].para if (k := sentence_at(sents, pos)) is not None else -1


def drop_contradicted_zeros(d: Draft, text: str, sents: list[Sentence], ctx: list[str]
                            ) -> list[tuple[int, Figure, Mention]]:
    """Remove "no one was hurt" zeros told of another place from a row that counts people
    hurt; return those removed with the place they were told of (1.27.0)."""
    if d.level == "country" or not any(f.kind == "zero" for _, f in d.figures) or not any(
            f.field == "injured" and f.kind in ("plain", "update") and f.value > 0
            for _, f in d.figures):
        return []
    keep = []
    moved = []
    for pos, f in d.figures:
        if f.kind == "zero" and not (_DEATHS_ONLY.match(text, pos)
                                     and not _HURT_WORD.match(text, pos)):
            m = _about(pos, sents, ctx)
            if m is not None and (m.admin1 != d.admin1 or (
                    d.location is not None and m.location != d.location)):
                moved.append((pos, f, m))
                continue
            if m is None and _para(pos, sents) != sents[min(d.sents)].para:
                if (told := _para_place(pos, sents, ctx)) is not None:
                    moved.append((pos, f, told))
                continue    # a zero of another paragraph that names no place of this row
        keep.append((pos, f))
    d.figures = keep
    return moved

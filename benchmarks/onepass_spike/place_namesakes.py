"""Batches 6 and 7 of the token place finder: which of several namesakes a town is.

A town with a namesake in a region the sentence names ("Belgorod region head ... the village of
Dolgoye") or titles ("Belgorod governor", "the Belgorodsky district") is that one; with one
region named, a small place elsewhere in that country is an unlisted place of it; a town with a
namesake in the region of the sentence's other places is that one (places._repick, _moved,
adjectival_districts, sibling_namesakes). A bare region stem after "near" or in a sentence
about "the city" is the city (places._as_city).
"""

from __future__ import annotations

from assets.extract.gazetteer import load

from .place_found import SMALL_PLACE, Found, any_of, town_found
from .place_index import pick_key

ADJ_CUES = ("sky ", "skiy ", "skii ")


def namesakes(text: str, words: list[str], hi: int, found: list[Found]
               ) -> list[Found]:
    """A town whose name has a namesake in a region the sentence names ("Belgorod region
    head ... the village of Dolgoye"; "Belgorod governor"): that one; with one region
    named, a small place elsewhere in its country is an unlisted place of that region."""
    adj = adjectival(words, found[0].start, hi) if any_of(ADJ_CUES, text) else None
    if adj is not None and len(adj) == 1:
        return moved_into(words, found, next(iter(adj)))
    named = {f.admin1 for f in found if f.location is None}
    for f in found:
        if f.location is not None and f.end < hi and f.entry is not None \
                and f.entry.region is not None and f.entry.region.admin1 == f.admin1 \
                and titled(words, f.end, hi):
            named.add(f.admin1)
    if not named:
        return found
    out = []
    for f in found:
        if f.location is not None and f.entry is not None and f.admin1 not in named \
                and f.kind == "town":
            there = [c for c in f.entry.towns if c.admin1 in named]
            if there:
                f = town_found(f.start, f.end, max(there, key=lambda c: pick_key(c, named)),
                          f.entry)
            elif len(named) == 1 and not any(c.population >= SMALL_PLACE
                                             for c in f.entry.towns):
                reg = load().by_admin1.get(next(iter(named)) or "")
                if reg is not None and reg.country == f.country:
                    f = Found(f.start, f.end, " ".join(words[f.start:f.end]), reg.admin1,
                              reg.country, "unlisted")
        out.append(f)
    return out


def moved_into(words: list[str], found: list[Found], home: str) -> list[Found]:
    """found, its towns under 100,000 people outside home moved to their namesake there,
    else to an unlisted place of home; unchanged when another region or a large town of
    another region is named."""
    if any(f.admin1 != home and (f.location is None or f.population >= 100_000)
           for f in found):
        return found
    reg = load().by_admin1[home]
    out = []
    for f in found:
        if f.location is not None and f.admin1 != home:
            there = [c for c in (f.entry.towns if f.entry else ()) if c.admin1 == home]
            f = town_found(f.start, f.end, max(there, key=lambda c: (c.primary, c.population)),
                      f.entry) if there else Found(
                f.start, f.end, " ".join(words[f.start:f.end]), home, reg.country,
                "unlisted")
        out.append(f)
    return out


def adjectival(words: list[str], lo: int, hi: int) -> set[str] | None:
    """"the village of Nikolskoye in the Belgorodsky district": a Russian district named in
    its region capital's adjective places the sentence's small towns in that region
    (None: no such district, or the sentence names another region or a large town)."""
    regs = set()
    for j in range(lo, hi - 1):
        w = words[j]
        if w.endswith(("sky", "skiy", "skii")) and words[j + 1].lower() in (
                "district", "urban", "municipal"):
            stem = w[:w.rindex("sk")]
            for key in (stem.lower(), stem.lower() + "sk"):
                reg = load().regions.get(key)
                if reg is not None and reg.country == "RUS":
                    regs.add(reg.admin1)
    return regs or None


def as_city(words: list[str], lo: int, found: list[Found], city: bool
             ) -> list[Found]:
    """A bare region stem after "near", or in a sentence about "the city": the city."""
    out = []
    for f in found:
        if f.location is None and f.end == f.start + 1 and f.entry is not None and (
                city or f.start > lo and words[f.start - 1] == "near"):
            big = [c for c in f.entry.towns if c.admin1 == f.admin1
                   and c.population >= 100_000]
            if big:
                f = town_found(f.start, f.end, big[0], f.entry)
        out.append(f)
    return out


def siblings(found: list[Found], ctx: tuple[str, ...]) -> list[Found]:
    """"the town of Kupiansk ... and a drone attack in Zolochiv": a town under 100,000
    people outside the regions of the sentence's other places, with a namesake in one of
    them, is that namesake (unless the article named its region)."""
    out = []
    for f in found:
        if f.location is not None and f.entry is not None and f.admin1 not in ctx \
                and len(f.entry.towns) > 1 and f.population < 100_000:
            others = {o.admin1 for o in found if o is not f and o.admin1}
            if f.admin1 not in others:
                there = [c for c in f.entry.towns if c.admin1 in others]
                if there:
                    c = max(there, key=lambda c: (c.primary, c.population))
                    f = town_found(f.start, f.end, c, f.entry)
        out.append(f)
    return out


def titled(words: list[str], at: int, hi: int) -> bool:
    """"Belgorod governor", "Kharkiv regional governor", "the Belgorod district" after a name."""
    w = [x.lower() for x in words[at:min(hi, at + 3)]]
    if w and w[0] in ("regional", "region", "oblast"):
        w = w[1:]
    if w and w[0] == "acting":
        w = w[1:]
    return bool(w) and (w[0] in ("governor", "gov.", "gov") or w[0] in ("district", "raion")
                        and words[at].lower() == w[0])

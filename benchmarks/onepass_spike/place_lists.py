"""Batch 2 of the token place finder: lists of names and districts.

"the Kiev, Vinnitsa and Odessa regions", "the regions of A and B", "A, B and C, two regions":
the names of one list (joined by ",", "and", "as well as") are regions; "the A and B districts"
stand for their oblasts unless their names are a city's districts; "X in the Y district": the
district only locates X. (places._listed's list, district and _district_located steps.)
"""

from __future__ import annotations

import re

from assets.extract.gazetteer import load

from . import place_rules as pr
from .place_found import Found, any_of, region_found, town_found

# adjectival city-district names ("Shevchenkivskyi"); a hyphenated town is not one
_CITY_DISTRICT = re.compile(r"^[^\-]*(?:sk[iy]i|skyy|sky|skoy|skoi|skiy|nyy|nyi|ny|noy)$")


def lists(text: str, words: list[str], lo: int, hi: int, found: list[Found], hint: bool,
          okrug: bool = True) -> list[Found]:
    """found with its lists and districts read; hint: the sentence speaks of "N regions" (three
    or more names that are a town and a region stem are the regions); okrug: a town of an okrug
    region before "district" is the town (batch 7)."""
    if len(found) == 1 and found[0].location is None and found[0].kind != "stem":
        return found    # one region: no list, no district to read
    regions = load().regions
    if hint:
        stems = [f for f in found if f.kind == "town" and f.entry and f.entry.region]
        if len(stems) >= 3:
            for f in stems:
                reg = f.entry.region  # type: ignore[union-attr]
                f.location, f.admin1, f.country, f.kind = None, reg.admin1, reg.country, \
                    "region"
    groups: list[list[Found]] = []
    for k, f in enumerate(found):
        a = found[k - 1].end if k else -9
        gap = tuple(map(str.lower, words[a:f.start])) if 0 < f.start - a <= 5 else None
        if gap in pr.LIST_GAPS:
            groups[-1].append(f)
        else:
            groups.append([f])
    out: list[Found] = []
    for grp in groups:
        last = grp[-1]
        nxt = words[last.end].lower() if last.end < hi else ""
        if nxt not in pr.DISTRICT_WORDS and last.location is not None and \
                _CITY_DISTRICT.search(last.location.lower()) and district_list(
                    words, last.end, hi):
            grp = grp[:-1]      # "the Shevchenkivskyi and Solomianskyi districts"
            if not grp:
                continue
            last = grp[-1]
        if nxt in pr.DISTRICT_WORDS:
            plural = nxt.endswith("s")
            for f in grp if plural else grp[-1:]:
                if f.location is not None and not _CITY_DISTRICT.search(
                        f.location.lower()):
                    reg = load().by_admin1.get(f.admin1 or "")
                    if reg is not None:     # (a town of an okrug region stays the town)
                        f.kind = "district"
                        if not (okrug and not plural and f.admin1 in
                                pr.OKRUG_REGIONS and not any_of(pr.CLAIM_CUES, text)):
                            f.location = None
            grp = [f for f in grp if f.kind == "district" or f.location is None
                   or (not plural and f is not last)]
            if not grp:
                continue
        as_regions = last.kind == "plural" or regions_of(words, lo, grp[0].start) \
            or regions_after(words, hi, last.end)
        upto = max((k for k, f in enumerate(grp) if f.kind == "plural"), default=-1) \
            if len(grp) > 1 else -1
        for k, f in enumerate(grp):
            if (as_regions or k < upto) and f.location is not None:
                reg = regions.get(f.location.lower()) or (f.entry.region if f.entry
                                                          else None)
                if reg is None:
                    continue
                f = region_found(f.start, f.end, reg, "region", f.entry)
            elif f.kind == "stem" and not as_regions:
                continue
            out.append(f)
    return district_located(words, hi, out) if len(out) > 1 else out


def district_located(words: list[str], hi: int, found: list[Found]) -> list[Found]:
    """"Mezhova in the Synelnykove district", "the village of Nikolskoye, Belgorod District":
    the district locates the town before it (moved to its namesake in the district's region)
    and gives no place of its own."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is None or prev.location is None or f.location is not None \
                or not (f.end < hi and words[f.end].lower() in pr.DISTRICT_WORDS):
            out.append(f)
            continue
        gap = tuple(w.lower() for w in words[prev.end:f.start])
        if gap in (("in", "the"), (",", "in", "the")):
            if prev.admin1 == f.admin1:
                continue
            there = [c for c in (prev.entry.towns if prev.entry else ())
                     if c.admin1 == f.admin1]
            if there:
                out[-1] = town_found(prev.start, prev.end, there[0], prev.entry)
                continue
            reg = load().by_admin1.get(f.admin1 or "")
            if reg is not None and prev.entry is not None and prev.entry.small:
                out[-1] = Found(prev.start, prev.end, " ".join(words[prev.start:prev.end]),
                                reg.admin1, reg.country, "unlisted")
                continue
        elif gap == (",",) and prev.start >= 2 and words[prev.start - 1] == "of" \
                and words[prev.start - 2] in ("village", "hamlet"):
            there = [c for c in (prev.entry.towns if prev.entry else ())
                     if c.admin1 == f.admin1]
            reg = load().by_admin1.get(f.admin1 or "")
            if there:
                out[-1] = town_found(prev.start, prev.end, there[0], prev.entry)
                continue
            if reg is not None:
                out[-1] = Found(prev.start, prev.end, " ".join(words[prev.start:prev.end]),
                                reg.admin1, reg.country, "unlisted")
                continue
        out.append(f)
    return out


def regions_of(words: list[str], lo: int, at: int) -> bool:
    """"the regions of A and B" before the list."""
    if at - 2 < lo or words[at - 1] not in ("of", "the"):
        return False
    w = [x.lower() for x in words[max(lo, at - 4):at]]
    if w and w[-1] == "the":
        w = w[:-1]
    return len(w) >= 2 and w[-1] == "of" and w[-2] in pr.REGIONS_OF and not (
        len(w) >= 3 and w[-3] in pr.NOT_REGIONS_OF)


def regions_after(words: list[str], hi: int, at: int) -> bool:
    """"A, B and C, two regions that ...": a region noun right after the list's comma."""
    if at >= hi or words[at] != ",":
        return False
    w = [x.lower() for x in words[at + 1:min(hi, at + 5)]]
    for j in (0, 1, 2):
        if j < len(w) and w[j] in pr.REGIONS_AFTER_NOUNS:
            return j + 1 >= len(w) or w[j + 1] not in ("of", "'s", "’s")
        if j < len(w) and not w[j].isalpha() and "-" not in w[j]:
            return False
    return False


def district_list(words: list[str], at: int, hi: int) -> bool:
    """(", " or " and ") and a capitalized word, once or more, then "districts"."""
    j = at
    while j + 1 < hi and words[j] in (",", "and") and words[j + 1][:1].isupper():
        j += 2
    return j > at and j < hi and words[j] == "districts"

"""Batches 4 and 5 of the token place finder: names that are no place, places the gazetteer lacks.

No place: "the Sea of Azov", "the Dnipro River", "across the Dnipro" (the river), "Pushkin
Street", "the Druzhba pipeline"; "the Ukrainian city of X" is that country's X. Missing from the
gazetteer: "the village of X", "X, a village", "the X community", "the X refinery", "residents
of X", placed in the sentence's region (its first region, else the article's last, else its
first place's). (places._listed's filters and places._unlisted.)
"""

from __future__ import annotations

from assets.extract.gazetteer import load

from . import place_rules as pr
from .place_found import SMALL_PLACE, Found, any_of, town_found
from .place_index import norm_word

# the substrings one of which the water and river tests need in the sentence (a few `in`
# tests cost less than one search of an alternation)
WATER_CUES = ("Sea", "ulf", "ank", "iver", "elta", "stuary", "Strait", "Bay", "eservoir",
              "the Dn")
# the tokens that cue a name missing from the gazetteer
UNLISTED_WORDS = frozenset({"village", "villages", "town", "city", "settlement", "hamlet",
                            "residents", "inhabitants", "villagers", "community", "hromada",
                            "refinery", "airfield", "base", "airbase"})


def not_places(text: str, words: list[str], lo: int, found: list[Found]
                ) -> list[Found]:
    """found without water, rivers and streets; a town after "the Ukrainian city of"
    moved to its namesake of that country. (Cue words in the text gate each test.)"""
    water = any_of(WATER_CUES, text)
    country = "Ukrain" in text or "Russia" in text
    out = []
    for f in found:
        a, b = f.start, f.end
        nxt = words[b] if b < len(words) else ""
        if f.location is not None and nxt in pr.STREET_AFTER:
            continue    # "a house on Pushkin Street"
        if f.location is not None and (nxt == "pipeline" or nxt == "oil" and b + 1 < len(
                words) and words[b + 1] == "pipeline"):
            continue    # "the Druzhba oil pipeline"
        if not water:
            if country and f.location is not None and f.entry is not None:
                f = country_before(words, lo, f)
            out.append(f)
            continue
        before = [w.lower() for w in words[max(lo, a - 3):a]]
        if before[-1:] == ["the"] and f.entry is not None and f.entry.key in pr.RIVERS \
                and (words[b].lower() if b < len(words) else "") not in pr.RIVER_CITY_NOUNS:
            continue    # "a bridge across the Dnipro": the river
        if before and before[-1] == "the" and len(before) > 1:
            before = before[:-1]
        if len(before) >= 2 and before[-1] == "of" and before[-2] in pr.WATER_BEFORE:
            continue    # "the Sea of Azov", "the left bank of the Dnipro"
        if nxt.lower() in pr.WATER_AFTER:
            continue    # "the Dnipro River", "the Kerch Strait"
        if country and f.location is not None and f.entry is not None:
            f = country_before(words, lo, f)
        out.append(f)
    return out


def country_before(words: list[str], lo: int, f: Found) -> Found:
    """"the southern Ukrainian city of Nikolayev": the Ukrainian place of that name."""
    w = [x.lower() for x in words[max(lo, f.start - 4):f.start]]
    if w and w[-1] == "of":
        w = w[:-1]
    if not w or w[-1] not in pr.TOWN_NOUNS:
        return f
    country = pr.COUNTRY_WORDS.get(w[-2]) if len(w) > 1 else None
    if country is None and len(w) > 2:
        country = pr.COUNTRY_WORDS.get(w[-3])
    if country is None or country == f.country or f.entry is None:
        return f
    cands = [c for c in f.entry.towns if c.country == country]
    return town_found(f.start, f.end, cands[0], f.entry) if cands else f


def no_village(words: list[str], lo: int, f: Found) -> bool:
    """"the village of Murom" is not the city of Murom: a village missing from the gazetteer
    when every place of the name has 15,000 people or more."""
    return f.location is not None and f.kind == "town" and f.entry is not None \
        and f.start - 2 >= lo and words[f.start - 1] == "of" \
        and words[f.start - 2] in ("village", "hamlet") \
        and min(c.population for c in f.entry.towns) >= SMALL_PLACE


def unlisted(words: list[str], lo: int, hi: int, found: list[Found],
              ctx: tuple[str, ...]) -> list[Found]:
    """"the village of X", "X, a village", "the X community", "the X oil refinery",
    "residents of X": X a settlement of the sentence's region (its first region, else the
    article's last, else its first place's)."""
    taken = {j for f in found for j in range(f.start, f.end)}
    spots: list[tuple[int, int]] = []
    for j in range(lo, hi):
        w = words[j]
        low = w.lower()
        if low == "of" and j > lo and (
                words[j - 1] in pr.UNLISTED_BEFORE or words[j - 1] in pr.RESIDENTS):
            n = name_len(words, j + 1, hi)
            if n and not (words[j - 1] in pr.RESIDENTS and words[j + 1] in pr.NOT_RESIDENTS):
                spots.append((j + 1, j + 1 + n))
        elif low in pr.UNLISTED_AFTER or low in pr.UNLISTED_FACILITY or (
                low == "air" and j + 1 < hi and words[j + 1] == "base"):
            a = j - 1 if j - 1 >= lo and words[j - 1] == "oil" and (
                low in pr.UNLISTED_FACILITY or low == "air") else j
            start = name_start(words, lo, a)
            if start is not None and not (low in pr.UNLISTED_AFTER and a - start >= 1 and (
                    start - 2 >= lo and words[start - 2] in ("village", "town")
                    and words[start - 1] == "the")):
                spots.append((start, a))
        elif w == "," and j + 2 < hi and words[j + 1] == "a":
            noun = next((k for k in range(j + 2, min(hi, j + 6))
                         if words[k] in pr.UNLISTED_BEFORE and words[k] != "hamlet"), None)
            start = name_start(words, lo, j) if noun is not None else None
            if start is not None and words[start] not in pr.WEEKDAYS:
                spots.append((start, j))
    if not spots:
        return []
    home = next((f.admin1 for f in found if f.location is None), None) or (
        ctx[-1] if ctx else None) or (found[0].admin1 if found else None)
    reg = load().by_admin1.get(home or "")
    if reg is None:
        return []
    out: list[Found] = []
    for a, b in spots:
        if any(j in taken for j in range(a, b)) or words[a] in pr.DETERMINERS:
            continue
        name = " ".join(words[a:b])
        if norm_word(words[a]) in load().regions and b == a + 1 \
                or name.lower() in pr.FACILITY_OWNERS:
            continue
        taken.update(range(a, b))
        out.append(Found(a, b, name, reg.admin1, reg.country, "unlisted"))
    return out


def is_name(w: str) -> bool:
    """w has a name's shape: a capital, then lowercase letters (hyphens and apostrophes)."""
    return w[0].isupper() and len(w) > 1 and w[1:].replace("-", "").replace("'", "").replace(
        "’", "").isalpha() and w[1].islower()


def name_len(words: list[str], at: int, hi: int) -> int:
    """1 or 2: the capitalized words of a name starting at token at (0: none)."""
    if at >= hi or not is_name(words[at]):
        return 0
    return 2 if at + 1 < hi and is_name(words[at + 1]) else 1


def name_start(words: list[str], lo: int, end: int) -> int | None:
    """The first token of a one- or two-word name ending right before token end ("the" before
    it allowed), or None."""
    if end - 1 < lo or not is_name(words[end - 1]):
        return None
    return end - 2 if end - 2 >= lo and is_name(words[end - 2]) else end - 1

"""Places of each sentence of an article, read from the shared tokens (the spike's place family).

One scan over the article's type string finds the capitalized tokens (code "C"); a token that can
open a name (place_index.head: one dict lookup, memoized) is tried as a 3-, 2- and 1-gram against
the one dict of normalized names (place_index.index). The words right after a hit decide its
kind as `places._raw` does: a stem before "region"/"oblast" is a region (plural "regions" marks a
list), a standalone name is a region, else a town picked as `places._pick` picks, else a bare
region stem. The rules of place_rules.BATCHES then work per sentence on the hits and their
neighbouring words: lists of names, districts, "the capital", names that are no place, names
missing from the gazetteer, namesakes moved to the region the sentence names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assets.extract.gazetteer import Region, Settlement, load

from . import place_rules as pr
from .place_index import HEADS, Entry, head, index, norm_word, pick, pick_key
from .tokens import Tokens

_CAP = re.compile("C")
# adjectival city-district names ("Shevchenkivskyi"); a hyphenated town is not one
_CITY_DISTRICT = re.compile(r"^[^\-]*(?:sk[iy]i|skyy|sky|skoy|skoi|skiy|nyy|nyi|ny|noy)$")
SMALL_PLACE = 15_000
# the substrings one of which each rule of a batch needs in the sentence: the cheap test first
# (a few `in` tests cost less than one search of an alternation)
_UNLISTED_WORDS = frozenset({"village", "villages", "town", "city", "settlement", "hamlet",
                             "residents", "inhabitants", "villagers", "community", "hromada",
                             "refinery", "airfield", "base", "airbase"})
_WATER_CUES = ("Sea", "ulf", "ank", "iver", "elta", "stuary", "Strait", "Bay", "eservoir",
               "the Dn")
_ADJ_CUES = ("sky ", "skiy ", "skii ")


def _any(cues: tuple[str, ...], text: str) -> bool:
    for c in cues:
        if c in text:
            return True
    return False


@dataclass(slots=True)
class Found:
    """One place of a sentence: its tokens [start, end) in the article, the place, and the kind
    of reading (town, region, plural, standalone, stem, district, capital, unlisted)."""

    start: int
    end: int
    location: str | None
    admin1: str | None
    country: str
    kind: str
    entry: Entry | None = None
    population: int = 0

    @property
    def key(self) -> tuple[str | None, str | None]:
        return self.location, self.admin1


def _town(start: int, end: int, s: Settlement, entry: Entry | None, kind: str = "town") -> Found:
    return Found(start, end, s.name, s.admin1, s.country, kind, entry, s.population)


def _region(start: int, end: int, reg: Region, kind: str, entry: Entry | None = None) -> Found:
    return Found(start, end, None, reg.admin1, reg.country, kind, entry)


class Places:
    """The place rules of batches up to `upto` (all by default)."""

    def __init__(self, upto: int | None = None) -> None:
        self.upto = max(pr.BATCHES) if upto is None else upto
        self.entries, self.firsts = index()
        self.gaz = load()
        self.surnames: frozenset[str] = frozenset()
        self.stems: frozenset[str] = frozenset()

    # -- the article -------------------------------------------------------------------------

    def by_sentence(self, tokens: Tokens, contexts: list[tuple[tuple[str, ...], bool]]
                    ) -> list[list[Found]]:
        """The places of each sentence of tokens, given each sentence's (ctx, hint): the
        regions of the article's earlier targets, and whether it speaks of "N regions"."""
        words = tokens.words
        memo = HEADS
        # the tokens that cue a name missing from the gazetteer ("village", "refinery"): one
        # set test for the article, their positions only when it has some
        cues = [i for i, w in enumerate(words) if w in _UNLISTED_WORDS] \
            if self.upto >= 5 and not _UNLISTED_WORDS.isdisjoint(words) else []
        cues.append(len(words))
        c = 0
        spans: list[tuple[int, int, list[tuple[int, str]], bool]] = []
        lo = 0
        for piece in tokens.types.split("|"):      # one type string per sentence
            hs: list[tuple[int, str]] = []
            if "C" in piece:
                for m in _CAP.finditer(piece):
                    i = lo + m.start()
                    h = memo.get(words[i], "")
                    if h == "":
                        h = head(words[i])
                    if h is not None:
                        hs.append((i, h))
            hi = lo + len(piece)
            cued = cues[c] < hi
            while cues[c] < hi:
                c += 1
            spans.append((lo, hi, hs, cued))
            lo = hi + 1
        heads = [hs for _, _, hs, _ in spans]
        self.surnames = self._surnames(words, heads) if self.upto >= 4 else frozenset()
        self.stems = self._stems(words, heads) if self.upto >= 6 else frozenset()
        out: list[list[Found]] = []
        capital = self.upto >= 3
        for k, (lo, hi, hs, cued) in enumerate(spans):
            text = tokens.sentences[k]
            if hs or cued or (capital and "capital" in text):
                ctx, hint = contexts[k]
                out.append(self.sentence(text, words, lo, hi, hs, ctx, hint, cued))
            else:
                out.append([])
        return out

    def _stems(self, words: list[str], heads: list[list[tuple[int, str]]]) -> frozenset[str]:
        """The names the article writes before "region" or "oblast" ("the Rostov region")."""
        n = len(words)
        return frozenset(h for hs in heads for i, h in hs
                         if i + 1 < n and words[i + 1] in pr.REGION_WORDS_AS_WRITTEN)

    def _surnames(self, words: list[str], heads: list[list[tuple[int, str]]]
                  ) -> frozenset[str]:
        """The names of towns under 100,000 people that follow a given name somewhere in the
        article ("Governor Alexander Gusev"): every bare mention of them is the person."""
        given = _given_names()
        out = set()
        for hs in heads:
            for i, h in hs:
                if i and words[i - 1].lower() in given:
                    e = self.entries.get(h)
                    if e is not None and e.towns and max(c.population for c in e.towns) \
                            < 100_000:
                        out.add(h)
        return frozenset(out)

    # -- one sentence ------------------------------------------------------------------------

    def sentence(self, text: str, words: list[str], lo: int, hi: int,
                 heads: list[tuple[int, str]], ctx: tuple[str, ...], hint: bool,
                 cued: bool = True) -> list[Found]:
        """The places of one sentence: text, its tokens [lo, hi) of words, the heads among
        them (place_index.head), the article's regions so far, the "N regions" hint and
        whether it holds a word that cues a name missing from the gazetteer."""
        found = self._raw(words, lo, hi, heads, ctx)
        if self.upto >= 4 and found:
            found = self._not_places(text, words, lo, found)
        if self.upto >= 6 and found:
            found = self._namesakes(text, words, hi, found)
        if self.upto >= 2 and found:
            found = self._lists(text, words, lo, hi, found, hint)
        else:
            found = [f for f in found if f.kind != "stem"]
        if self.upto >= 5 and cued:
            if "village of" in text or "hamlet of" in text:
                found = [f for f in found if not _no_village(words, lo, f)]
            found += self._unlisted(words, lo, hi, found, ctx)
            found.sort(key=lambda f: f.start)
        if self.upto >= 7 and len(found) > 1:
            found = self._siblings(found, ctx)
        if self.upto >= 6 and found:
            found = self._as_city(words, lo, found, "the city" in text)
        if self.upto >= 3 and "capital" in text:
            found += self._capitals(words, lo, hi, found)
            if self.upto >= 7 and "regional c" in text:
                found += self._regional_capital(words, lo, hi, found, ctx)
            found.sort(key=lambda f: f.start)
        elif self.upto >= 7 and "regional c" in text:
            found += self._regional_capital(words, lo, hi, found, ctx)
            found.sort(key=lambda f: f.start)
        return found

    # -- batch 7: siblings and regional capitals --------------------------------------------

    @staticmethod
    def _siblings(found: list[Found], ctx: tuple[str, ...]) -> list[Found]:
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
                        f = _town(f.start, f.end, c, f.entry)
            out.append(f)
        return out

    def _regional_capital(self, words: list[str], lo: int, hi: int, found: list[Found],
                          ctx: tuple[str, ...]) -> list[Found]:
        """"a fire ... in the regional capital" (the Oryol region's governor speaking): the
        region's main town, named as the region or else its largest."""
        out: list[Found] = []
        for j in range(lo, hi - 2):
            if words[j] != "the" or words[j + 1] != "regional" or words[j + 2] not in (
                    "capital", "centre", "center"):
                continue
            if j + 3 < hi and words[j + 3] == "," and j + 4 < hi and words[j + 4][:1].isupper():
                continue    # "in the regional centre, Bryansk": the place named next
            if any(f.start <= j + 2 and j <= f.end + 1 for f in found):
                continue
            regs = [f for f in found if f.location is None]
            if any(not _governor_after(words, f.end, hi) for f in regs):
                continue    # the region's row holds the figures
            admin1 = regs[0].admin1 if regs else ctx[-1] if ctx else None
            reg = self.gaz.by_admin1.get(admin1 or "")
            if reg is None:
                continue
            stem = admin1.rsplit(" ", 1)[0] if admin1.endswith((" Oblast", " Krai",
                                                                " Republic")) else admin1
            e = self.entries.get(stem.lower())
            towns = [c for c in (e.towns if e else ()) if c.admin1 == admin1]
            if towns:
                out.append(_town(j, j + 3, max(towns, key=lambda c: c.population), e,
                                 "capital"))
        return out

    # -- batch 6: namesakes ------------------------------------------------------------------

    def _namesakes(self, text: str, words: list[str], hi: int, found: list[Found]
                   ) -> list[Found]:
        """A town whose name has a namesake in a region the sentence names ("Belgorod region
        head ... the village of Dolgoye"; "Belgorod governor"): that one; with one region
        named, a small place elsewhere in its country is an unlisted place of that region."""
        adj = self._adjectival(words, found[0].start, hi) if _any(_ADJ_CUES, text) else None
        if adj is not None and len(adj) == 1:
            return self._moved_into(words, found, next(iter(adj)))
        named = {f.admin1 for f in found if f.location is None}
        for f in found:
            if f.location is not None and f.end < hi and f.entry is not None \
                    and f.entry.region is not None and f.entry.region.admin1 == f.admin1 \
                    and _titled(words, f.end, hi):
                named.add(f.admin1)
        if not named:
            return found
        out = []
        for f in found:
            if f.location is not None and f.entry is not None and f.admin1 not in named \
                    and f.kind == "town":
                there = [c for c in f.entry.towns if c.admin1 in named]
                if there:
                    f = _town(f.start, f.end, max(there, key=lambda c: pick_key(c, named)),
                              f.entry)
                elif len(named) == 1 and not any(c.population >= SMALL_PLACE
                                                 for c in f.entry.towns):
                    reg = self.gaz.by_admin1.get(next(iter(named)) or "")
                    if reg is not None and reg.country == f.country:
                        f = Found(f.start, f.end, " ".join(words[f.start:f.end]), reg.admin1,
                                  reg.country, "unlisted")
            out.append(f)
        return out

    def _moved_into(self, words: list[str], found: list[Found], home: str) -> list[Found]:
        """found, its towns under 100,000 people outside home moved to their namesake there,
        else to an unlisted place of home; unchanged when another region or a large town of
        another region is named."""
        if any(f.admin1 != home and (f.location is None or f.population >= 100_000)
               for f in found):
            return found
        reg = self.gaz.by_admin1[home]
        out = []
        for f in found:
            if f.location is not None and f.admin1 != home:
                there = [c for c in (f.entry.towns if f.entry else ()) if c.admin1 == home]
                f = _town(f.start, f.end, max(there, key=lambda c: (c.primary, c.population)),
                          f.entry) if there else Found(
                    f.start, f.end, " ".join(words[f.start:f.end]), home, reg.country,
                    "unlisted")
            out.append(f)
        return out

    def _adjectival(self, words: list[str], lo: int, hi: int) -> set[str] | None:
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
                    reg = self.gaz.regions.get(key)
                    if reg is not None and reg.country == "RUS":
                        regs.add(reg.admin1)
        return regs or None

    def _as_city(self, words: list[str], lo: int, found: list[Found], city: bool
                 ) -> list[Found]:
        """A bare region stem after "near", or in a sentence about "the city": the city."""
        out = []
        for f in found:
            if f.location is None and f.end == f.start + 1 and f.entry is not None and (
                    city or f.start > lo and words[f.start - 1] == "near"):
                big = [c for c in f.entry.towns if c.admin1 == f.admin1
                       and c.population >= 100_000]
                if big:
                    f = _town(f.start, f.end, big[0], f.entry)
            out.append(f)
        return out

    # -- batch 5: names missing from the gazetteer ------------------------------------------

    def _unlisted(self, words: list[str], lo: int, hi: int, found: list[Found],
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
                n = _name_len(words, j + 1, hi)
                if n and not (words[j - 1] in pr.RESIDENTS and words[j + 1] in pr.NOT_RESIDENTS):
                    spots.append((j + 1, j + 1 + n))
            elif low in pr.UNLISTED_AFTER or low in pr.UNLISTED_FACILITY or (
                    low == "air" and j + 1 < hi and words[j + 1] == "base"):
                a = j - 1 if j - 1 >= lo and words[j - 1] == "oil" and (
                    low in pr.UNLISTED_FACILITY or low == "air") else j
                start = _name_start(words, lo, a)
                if start is not None and not (low in pr.UNLISTED_AFTER and a - start >= 1 and (
                        start - 2 >= lo and words[start - 2] in ("village", "town")
                        and words[start - 1] == "the")):
                    spots.append((start, a))
            elif w == "," and j + 2 < hi and words[j + 1] == "a":
                noun = next((k for k in range(j + 2, min(hi, j + 6))
                             if words[k] in pr.UNLISTED_BEFORE and words[k] != "hamlet"), None)
                start = _name_start(words, lo, j) if noun is not None else None
                if start is not None and words[start] not in pr.WEEKDAYS:
                    spots.append((start, j))
        if not spots:
            return []
        home = next((f.admin1 for f in found if f.location is None), None) or (
            ctx[-1] if ctx else None) or (found[0].admin1 if found else None)
        reg = self.gaz.by_admin1.get(home or "")
        if reg is None:
            return []
        out: list[Found] = []
        for a, b in spots:
            if any(j in taken for j in range(a, b)) or words[a] in pr.DETERMINERS:
                continue
            name = " ".join(words[a:b])
            if norm_word(words[a]) in self.gaz.regions and b == a + 1 \
                    or name.lower() in pr.FACILITY_OWNERS:
                continue
            taken.update(range(a, b))
            out.append(Found(a, b, name, reg.admin1, reg.country, "unlisted"))
        return out

    def _raw(self, words: list[str], lo: int, hi: int, heads: list[tuple[int, str]],
             ctx: tuple[str, ...]) -> list[Found]:
        """The gazetteer hits, longest name first at each token, as places._raw reads them."""
        entries, firsts = self.entries, self.firsts
        out: list[Found] = []
        after = lo
        for i, h in heads:
            if i < after:
                continue
            for n in (3, 2, 1) if h in firsts else (1,):
                end = i + n
                if end > hi:
                    continue
                if n > 1:
                    parts = [norm_word(w) for w in words[i + 1:end]]
                    if None in parts:
                        continue
                    key = " ".join([h, *parts])  # type: ignore[list-item]
                else:
                    key = h
                e = entries.get(key)
                if e is None:
                    continue
                hit = self._read(words, i, end, hi, e, ctx)
                if hit is not None:
                    out.append(hit)
                    after = end if hit.end <= end else hit.end
                    break
        return out

    def _read(self, words: list[str], i: int, end: int, hi: int, e: Entry,
              ctx: tuple[str, ...]) -> Found | None:
        nxt = words[end].lower() if end < hi else ""
        if e.region is not None:
            if nxt in ("people's", "people’s") and end + 1 < hi and words[end + 1] == "Republic":
                return _region(i, end + 2, e.region, "region", e)
            if nxt.endswith(("'s", "’s")):
                nxt = nxt[:-2]      # "the Kharkiv Region's prosecutor"
            if nxt in pr.REGION_WORDS:
                kind = "plural" if nxt in pr.PLURAL_REGION_WORDS else "region"
                return _region(i, end + 1, e.region, kind, e)
            if nxt in pr.BORDER_WORDS and end + 1 < hi and words[end + 1] in pr.BORDER_NOUNS:
                return _region(i, end, e.region, "region", e)
        if e.standalone is not None:
            return _region(i, end, e.standalone, "standalone", e)
        if e.towns:
            if self.upto >= 4 and end == i + 1 and (self._person(words, i, hi, e.small)
                                                    or e.key in self.surnames):
                return None
            town = pick(e, ctx)
            if e.region is not None and e.key in self.stems and town.population < 100_000 \
                    and town.admin1 != e.region.admin1:
                # "44 drones downed over Rostov" in an article about "the Rostov region": the
                # region's stem, not a small namesake town elsewhere
                return _region(i, end, e.region, "stem", e)
            return _town(i, end, town, e)
        if e.region is not None:
            return _region(i, end, e.region, "stem", e)
        return None

    def _person(self, words: list[str], i: int, hi: int, small: bool) -> bool:
        """A small place's name before a capitalized word that names nothing ("Serhii Nadal"),
        or a name after a given name ("Governor Alexander Gusev")."""
        if small and i + 1 < hi and (nw := norm_word(words[i + 1])) is not None \
                and nw not in self.entries and words[i + 1][0].isupper():
            return True
        return i > 0 and words[i - 1].lower() in _given_names()

    # -- batch 4: names that are no place ---------------------------------------------------

    def _not_places(self, text: str, words: list[str], lo: int, found: list[Found]
                    ) -> list[Found]:
        """found without water, rivers and streets; a town after "the Ukrainian city of"
        moved to its namesake of that country. (Cue words in the text gate each test.)"""
        water = _any(_WATER_CUES, text)
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
                    f = self._country_before(words, lo, f)
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
                f = self._country_before(words, lo, f)
            out.append(f)
        return out

    def _country_before(self, words: list[str], lo: int, f: Found) -> Found:
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
        return _town(f.start, f.end, cands[0], f.entry) if cands else f

    # -- batch 2: lists and districts -------------------------------------------------------

    def _lists(self, text: str, words: list[str], lo: int, hi: int, found: list[Found],
               hint: bool) -> list[Found]:
        if len(found) == 1 and found[0].location is None and found[0].kind != "stem":
            return found    # one region: no list, no district to read
        regions = self.gaz.regions
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
                    _CITY_DISTRICT.search(last.location.lower()) and _district_list(
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
                        reg = self.gaz.by_admin1.get(f.admin1 or "")
                        if reg is not None:     # (a town of an okrug region stays the town)
                            f.kind = "district"
                            if not (self.upto >= 7 and not plural and f.admin1 in
                                    pr.OKRUG_REGIONS and not _any(pr.CLAIM_CUES, text)):
                                f.location = None
                grp = [f for f in grp if f.kind == "district" or f.location is None
                       or (not plural and f is not last)]
                if not grp:
                    continue
            as_regions = last.kind == "plural" or self._regions_of(words, lo, grp[0].start) \
                or self._regions_after(words, hi, last.end)
            upto = max((k for k, f in enumerate(grp) if f.kind == "plural"), default=-1) \
                if len(grp) > 1 else -1
            for k, f in enumerate(grp):
                if (as_regions or k < upto) and f.location is not None:
                    reg = regions.get(f.location.lower()) or (f.entry.region if f.entry
                                                              else None)
                    if reg is None:
                        continue
                    f = _region(f.start, f.end, reg, "region", f.entry)
                elif f.kind == "stem" and not as_regions:
                    continue
                out.append(f)
        return self._district_located(words, hi, out) if len(out) > 1 else out

    def _district_located(self, words: list[str], hi: int, found: list[Found]) -> list[Found]:
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
                    out[-1] = _town(prev.start, prev.end, there[0], prev.entry)
                    continue
                reg = self.gaz.by_admin1.get(f.admin1 or "")
                if reg is not None and prev.entry is not None and prev.entry.small:
                    out[-1] = Found(prev.start, prev.end, " ".join(words[prev.start:prev.end]),
                                    reg.admin1, reg.country, "unlisted")
                    continue
            elif gap == (",",) and prev.start >= 2 and words[prev.start - 1] == "of" \
                    and words[prev.start - 2] in ("village", "hamlet"):
                there = [c for c in (prev.entry.towns if prev.entry else ())
                         if c.admin1 == f.admin1]
                reg = self.gaz.by_admin1.get(f.admin1 or "")
                if there:
                    out[-1] = _town(prev.start, prev.end, there[0], prev.entry)
                    continue
                if reg is not None:
                    out[-1] = Found(prev.start, prev.end, " ".join(words[prev.start:prev.end]),
                                    reg.admin1, reg.country, "unlisted")
                    continue
            out.append(f)
        return out

    @staticmethod
    def _regions_of(words: list[str], lo: int, at: int) -> bool:
        """"the regions of A and B" before the list."""
        if at - 2 < lo or words[at - 1] not in ("of", "the"):
            return False
        w = [x.lower() for x in words[max(lo, at - 4):at]]
        if w and w[-1] == "the":
            w = w[:-1]
        return len(w) >= 2 and w[-1] == "of" and w[-2] in pr.REGIONS_OF and not (
            len(w) >= 3 and w[-3] in pr.NOT_REGIONS_OF)

    @staticmethod
    def _regions_after(words: list[str], hi: int, at: int) -> bool:
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

    # -- batch 3: the capital ---------------------------------------------------------------

    def _capitals(self, words: list[str], lo: int, hi: int, found: list[Found]) -> list[Found]:
        out: list[Found] = []
        for j in range(lo + 1, hi):
            if words[j] not in ("capital", "capital's", "capital’s"):
                continue
            before = words[j - 1].lower()
            ru = before in pr.CAPITAL_RU
            if not ru and before not in pr.CAPITAL_OTHER or words[j - 1] == "The":
                continue
            nxt = words[j + 1].lower() if j + 1 < hi else ""
            if nxt in ("region", "oblast"):
                continue
            if nxt == "of":
                w2 = words[j + 2].lower() if j + 2 < hi else ""
                w3 = words[j + 3].lower() if j + 3 < hi else ""
                if w2 not in pr.CAPITAL_OF_OK and not (w2 == "the" and w3 == "country"):
                    continue
            if nxt == "," and j + 2 < hi and words[j + 2][:1].isupper() \
                    and any(f.start > j for f in found):
                continue    # "in the capital, Cheboksary": the place named next
            w = [x.lower() for x in words[max(lo, j - 4):j - 1]]
            if len(w) >= 2 and w[-2] in ("region", "oblast") and w[-1] in (
                    "around", "surrounding", "near"):
                continue    # "the Kyiv region around the capital"
            if not ru and before == "the":
                own = [f for f in found if not self._from_before(words, lo, f.start)]
                ru = bool(own) and all(f.country == "RUS" for f in own)
            town = self.entries["moscow" if ru else "kyiv"].towns[0]
            out.append(_town(j - 1, j + 1, town, None, "capital"))
        return out

    @staticmethod
    def _from_before(words: list[str], lo: int, at: int) -> bool:
        w = [x.lower() for x in words[max(lo, at - 3):at]]
        while w and w[-1] in ("the", "occupied"):
            w.pop()
        return bool(w) and w[-1] == "from"


def _governor_after(words: list[str], at: int, hi: int) -> bool:
    """"Ryazan region Governor", "Oryol Oblast head" right after a region."""
    w = [x.lower() for x in words[at:min(hi, at + 2)]]
    if w and w[0] in ("region", "oblast"):
        w = w[1:]
    return bool(w) and w[0] in ("governor", "head")


def _no_village(words: list[str], lo: int, f: Found) -> bool:
    """"the village of Murom" is not the city of Murom: a village missing from the gazetteer
    when every place of the name has 15,000 people or more."""
    return f.location is not None and f.kind == "town" and f.entry is not None \
        and f.start - 2 >= lo and words[f.start - 1] == "of" \
        and words[f.start - 2] in ("village", "hamlet") \
        and min(c.population for c in f.entry.towns) >= SMALL_PLACE


def _titled(words: list[str], at: int, hi: int) -> bool:
    """"Belgorod governor", "Kharkiv regional governor", "the Belgorod district" after a name."""
    w = [x.lower() for x in words[at:min(hi, at + 3)]]
    if w and w[0] in ("regional", "region", "oblast"):
        w = w[1:]
    if w and w[0] == "acting":
        w = w[1:]
    return bool(w) and (w[0] in ("governor", "gov.", "gov") or w[0] in ("district", "raion")
                        and words[at].lower() == w[0])


def _district_list(words: list[str], at: int, hi: int) -> bool:
    """(", " or " and ") and a capitalized word, once or more, then "districts"."""
    j = at
    while j + 1 < hi and words[j] in (",", "and") and words[j + 1][:1].isupper():
        j += 2
    return j > at and j < hi and words[j] == "districts"


def _is_name(w: str) -> bool:
    return w[0].isupper() and len(w) > 1 and w[1:].replace("-", "").replace("'", "").replace(
        "’", "").isalpha() and w[1].islower()


def _name_len(words: list[str], at: int, hi: int) -> int:
    """1 or 2: the capitalized words of a name starting at token at (0: none)."""
    if at >= hi or not _is_name(words[at]):
        return 0
    return 2 if at + 1 < hi and _is_name(words[at + 1]) else 1


def _name_start(words: list[str], lo: int, end: int) -> int | None:
    """The first token of a one- or two-word name ending right before token end ("the" before
    it allowed), or None."""
    if end - 1 < lo or not _is_name(words[end - 1]):
        return None
    return end - 2 if end - 2 >= lo and _is_name(words[end - 2]) else end - 1


_GIVEN: frozenset[str] | None = None


def _given_names() -> frozenset[str]:
    global _GIVEN
    if _GIVEN is None:
        from assets.extract.places import _given_names as given
        _GIVEN = given()
    return _GIVEN

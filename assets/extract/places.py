"""Place mentions in a sentence: settlements, regions ("the Kharkiv region", "Kyiv Oblast",
"the Kiev, Vinnitsa and Odessa regions", "the regions of Zaporizhzhia, Kherson and Odesa"),
standalone regions ("Crimea") and "the capital" (Kyiv; "the Russian capital": Moscow).

Each mention carries its canonical admin1/location and coordinates; whether it is a *target* is
decided later (context.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import caseless
from .adjectival_districts import adjectival_districts
from .agency_credits import credit_spans, in_credit
from .article_surnames import is_article_surname
from .city_parts import city_parts
from .dates import WEEKDAY_ALT
from .facility_names import is_facility_owner, names_a_pipeline
from .gazetteer import Settlement, load, norm
from .lowtext import article_text, per_article
from .namesake_moves import (  # (unlisted_in lived here: imported from places still)
    in_regions,
    namesakes_of,
    placed_at,
    unlisted_in,
)
from .okrug_towns import okrug_district
from .rivers import is_river, may_name_a_river
from .sibling_namesakes import sibling_namesakes
from .sibling_villages import sibling_villages
from .titled_regions import titled_regions

# a namesake under this population is a village or a suburb: other rules may read the name as a
# place of the article's own region
SMALL_PLACE = 15000

# a capitalized word; not the head of a run-together name ("the DniproHES plant") (1.22.0)
_TOKEN = re.compile(r"[A-Z][a-z'’]+(?:-(?:[a-z]+-)?[A-Z]?[a-z'’]+)*(?:'s|’s)?(?!(?<=[a-z])[A-Z])")
_REGION_WORD = re.compile(r"(?:'s|’s)?\s+(?P<w>[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai|[Kk]ray|"
                          r"[Tt]erritory|[Pp]eninsula|People['’]s Republic)(?P<pl>s)?\b(?!al)")
_BORDER_AREAS = re.compile(r"\s+(?:border|frontline|front-line)\s+(?:communities|villages|"
                           r"settlements|areas|districts|towns|hromadas)\b")
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as well as\s+)(?:the\s+)?")
# "the regions of X and Y" (not "a residential area of X": a part of the city)
_REGIONS_OF = re.compile(r"(?<!residential )(?<!industrial )(?<!central )(?<!\ban )"
                         r"\b(?:regions?|oblasts?|areas?)\s+of\s+(?:the\s+)?$", re.I)
_REGIONS_AFTER = re.compile(r",\s+(?:an?\s+|the\s+|two\s+|three\s+|four\s+)?(?:[\w\-]+\s+)?"
                            r"(?:regions?|oblasts?|provinces?)\b(?!['’]s|\s+of)", re.I)
_NAME = r"(?P<n>[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?: [A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*)?)"
# (caseless.factored: the same matches, found faster: a first-letter filter instead of a try at
# every offset)
_UNLISTED = [caseless.factored(p) for p in (
    rf"\b(?:village|town|city|settlement|hamlet) of {_NAME}",
    # (not a day: "In a separate attack on Tuesday, a missile hit the town of X" (1.21.0))
    rf"\b(?!(?:{WEEKDAY_ALT})\b){_NAME},\s+a "
    rf"(?:[\w\-]+ ){{0,3}}(?:village|town|city|settlement)\b",
    rf"(?<!village in the )(?<!town in the )(?<!village of the )\b(?:the )?{_NAME} "
    rf"(?:community|hromada|village)\b",
    rf"\b(?:the )?{_NAME} (?:oil )?(?:refinery|airfield|air base|airbase)\b",
    rf"\b(?:residents|inhabitants|villagers) of (?!Russia\b|Ukraine\b|Europe\b){_NAME}",
)]
# literals (case as written) one of which each _UNLISTED pattern needs: the cheap test first
_UNLISTED_WORDS = (("village of", "town of", "city of", "settlement of", "hamlet of"),
                   ("village", "town", "city", "settlement"), ("community", "hromada", "village"),
                   ("refinery", "airfield", "air base", "airbase"),
                   ("residents of", "inhabitants of", "villagers of"))
_STREET_WORDS = ("Street", " St.", "Avenue", "Boulevard", "Prospekt", "Lane", "Embankment", " Park",
                 " Square", " street", " avenue",
                 "microd", "micro-d")
# "near a playground in Shevchenko Park" (Park, Square: 1.23.0)
# ("a shell hit her house on Sovetskaya street": street, avenue, 1.23.0)
_STREET = re.compile(r"\s+(?-i:Street|Avenue|Boulevard|Prospekt|Lane|Embankment|Park|Square|street|"
                     r"avenue)\b|"
                     r"\s+(?-i:St)\.|\s+micro-?districts?\b")
_DISTRICTS = re.compile(r"\s+(?:districts?|raions?)\b")
# adjectival city-district names; a hyphenated town ("Novhorod-Siverskyi") is not one
_CITY_DISTRICT = re.compile(r"^[^\-]*(?:sk[iy]i|skyy|sky|skoy|skoi|skiy|nyy|nyi|ny|noy)$")
# "the Shevchenkivskyi and Solomianskyi districts": the first name of a list of city districts
_DISTRICT_LIST = re.compile(r"(?:(?:,\s*|\s+and\s+)[A-Z][\w'\-]+)+\s+districts\b")
_CAPITAL = re.compile(r"\b(?:(?P<ru>Russian|Russia's)|Ukraine's|Ukrainian|the)\s+capital\b"
                      r"(?!\s+(?:region|oblast)"
                      # "Cheboksary, the capital of the Chuvash Republic": a region's capital,
                      # named before (1.22.0)
                      r"|\s+of\s+(?!Ukraine\b|Russia\b|the\s+country\b))")
# "the Kyiv region around the capital": the capital locates the region, no place of its own
# (1.23.0)
_AROUND_CAPITAL = re.compile(r"\b(?:region|oblast)\s+(?:around|surrounding|near)\s+$", re.I)
# "the Crimean port city", "the Crimean town of X": the adjective tells where the town is, no
# region struck (1.23.0)
_ADJ_TOWN = re.compile(r"\s+(?:(?:port|resort|coastal)\s+)?(?:city|town)\b|\s+port\s+of\b")


_APPOSITION = re.compile(r",\s+[A-Z]")
# "Zelenograd, a district of the capital", "Troieshchyna, a district of Kyiv": a part of the city
_DISTRICT_OF = re.compile(r",\s+(?:an?|one)\s+(?:[a-z\-]+\s+)?district\s+of\s+"
                          r"(?=[A-Z]|the\s+capital\b)")
# "fired at the capital from the Bryansk region": a launch site, not where the capital is
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:occupied\s+)?$")


def _russian(found: list[Mention]) -> bool:
    """A sentence whose places are all Russian speaks of Moscow as "the capital" ("Moscow Mayor
    X said two drones flying towards the capital were shot down")."""
    return bool(found) and all(m.country == "RUS" for m in found)


# one or two capitalised words: the shape of a place's name in a list the rules read around it
# ("outages in Kharkiv and Kryvyi Rih", "do not include Mariupol", "a forum in Kyiv": 1.36.0)
NAME_PATTERN = r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"

_COUNTRY_BEFORE = re.compile(r"\b(Ukrainian|Ukraine's|Russian|Russia's)\s+(?:[\w\-]+\s+)?"
                             r"(?:city|town|village|port|settlement)\s+(?:of\s+)?$")
_COUNTRY = {"Ukrai": "UKR", "Russi": "RUS"}
# a name that is a sea or river here ("the Sea of Azov", "the left bank of the Dnipro",
# "the Dnipro River"), not the town of that name
_WATER_BEFORE = re.compile(r"\b(?:Sea|[Gg]ulf|[Bb]anks?|[Rr]iver|[Dd]elta|[Ee]stuary) of "
                           r"(?:the )?$")
_WATER_GATE = re.compile(r"Sea of|anks? of|ulf of|iver|stuary|elta|Strait|Bay\b|eservoir")  # cheap
# the literals one of which every match of _WATER_GATE holds, tested first: nine are more than
# `caseless` gates a pattern with by itself, and a substring test is cheaper than the scan
_WATER_WORDS = ("Sea of", "ank", "ulf of", "iver", "stuary", "elta", "Strait", "Bay", "eservoir")
# "hit by a sea drone in the Kerch Strait", "off X Bay": a body of water (Strait, Bay: 1.23.0);
# "across the Kakhovka reservoir": the reservoir, not the town it is named after (1.36.0)
_WATER_AFTER = re.compile(r"\s+(?:[Rr]iver|[Ee]stuary|[Dd]elta|Strait|Bay|[Rr]eservoir)\b")


def _water(text: str, m: Mention) -> bool:
    return bool(_WATER_BEFORE.search(text, max(0, m.start - 20), m.start)
                or _WATER_AFTER.match(text, m.end))


@dataclass
class Mention:
    """A place named in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    country: str
    admin1: str | None
    iso: str | None
    location: str | None
    lat: float
    lon: float
    level: str          # "settlement" | "admin1"
    group: int = -1     # index of the first mention of its list ("A, B and C regions")


def _pick(cands: list[Settlement], context: set[str]) -> Settlement:
    return max(cands, key=lambda s: (s.primary or s.population >= 100_000, s.admin1 in context,
                                     s.primary,
                                     math.log10(s.population + 1), s.country == "UKR"))


def _region_mention(start: int, end: int, reg) -> Mention:
    return Mention(start, end, reg.country, reg.admin1, reg.iso, None, reg.lat, reg.lon, "admin1")


def _settlement_mention(start: int, end: int, s: Settlement) -> Mention:
    iso = load().by_admin1[s.admin1].iso if s.admin1 in load().by_admin1 else None
    return Mention(start, end, s.country, s.admin1, iso, s.name, s.lat, s.lon, "settlement")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of the multi-word gazetteer names ("kryvyi" of "kryvyi rih"): an n-gram whose
    first token is none of them cannot be a name, so it is not normalized and looked up."""
    g = load()
    return frozenset(k.split(" ")[0] for names in (g.regions, g.standalone, g.settlements)
                     for k in names if " " in k)


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    """Every normalized one-word-or-more gazetteer name (regions, standalone, settlements)."""
    g = load()
    return frozenset(g.regions) | frozenset(g.standalone) | frozenset(g.settlements)


@lru_cache(maxsize=1)
def _starts() -> frozenset[str]:
    """_first_words() | _names(): the lowercase tokens a name can start with."""
    return _first_words() | _names()


def _norm1(token: str) -> str:
    """norm() of one _TOKEN match (no whitespace in it), without the regexes."""
    s = token.lower().replace("\u2019", "'")
    return (s[:-2] if s.endswith("'s") else s).replace("'", "")


def _first_name(text: str, toks: list[re.Match[str]], i: int, g) -> bool:
    """A small place's name right before another capitalized word that names no place is a
    person's first name ("Serhii Nadal"; a village is also called Serhii)."""
    if i + 1 >= len(toks) or text[toks[i].end():toks[i + 1].start()] != " ":
        return False
    nxt = norm(toks[i + 1].group())
    if nxt in g.settlements or nxt in g.regions or nxt in g.standalone:
        return False
    return max(s.population for s in g.settlements[norm(toks[i].group())]) < SMALL_PLACE


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    path = Path(__file__).parent / "data" / "first_names.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def _surname(text: str, toks: list[re.Match[str]], i: int) -> bool:
    """A place name right after a given name is a surname ("Governor Alexander Gusev")."""
    return i > 0 and text[toks[i - 1].end():toks[i].start()] == " " and (
        toks[i - 1].group().lower() in _given_names())


def _raw(text: str, context: set[str]) -> list[tuple[Mention, str]]:
    g = load()
    firsts = _first_words()
    names = _names()
    starts = _starts()
    # (one scan serves the test and the loop: scanning again for the loop cost more than the
    # findall the test saves on sentences it rejects)
    toks = list(_TOKEN.finditer(text))
    words = [t.group() for t in toks]
    if "'" not in text and "\u2019" not in text and starts.isdisjoint(map(str.lower, words)):
        return []   # no token starts a name (the loop below would skip each one)
    spans = [t.span() for t in toks]
    n_toks = len(toks)
    regions, standalone, settlements = g.regions, g.standalone, g.settlements
    out: list[tuple[Mention, str]] = []
    i = 0
    while i < n_toks:
        hit = None
        tok = words[i]
        head = tok.lower()
        if "'" in head or "\u2019" in head:
            head = head.replace("\u2019", "").replace("'", "")
            if head not in firsts and _norm1(tok) not in names:
                i += 1      # no name starts here: the n-gram tests below would all fail
                continue
        elif head not in starts:     # (head is _norm1(tok) here: neither a first word nor a name)
            i += 1
            continue
        at = spans[i][0]
        if text[at - 1:at] == "-" and text[at - 2:at - 1].isalnum():
            i += 1      # the tail of a compound name: "the VNIIR-Progress plant" (1.41.0)
            continue
        for n in (3, 2, 1) if head in firsts else (1,):
            if i + n > n_toks:
                continue
            start, end = spans[i][0], spans[i + n - 1][1]
            if n > 1 and (text[spans[i][1]:spans[i + 1][0]] != " " or n == 3
                          and text[spans[i + 1][1]:spans[i + 2][0]] != " "):
                continue    # the words of a name are one space apart
            key = norm(text[start:end])
            if key not in names:
                continue    # no table below holds it (and rw serves only a hit)
            rw = _REGION_WORD.match(text, end)
            if rw and key in regions:
                hit = (_region_mention(start, rw.end(), regions[key]), "region", n)
            elif key in regions and _BORDER_AREAS.match(text, end):
                # "hit Sumy border communities": the region's, not the city (1.19.0)
                hit = (_region_mention(start, end, regions[key]), "region", n)
            elif key in standalone:
                hit = (_region_mention(start, end, standalone[key]), "standalone", n)
            elif key in settlements and not (n == 1 and (_first_name(text, toks, i, g)
                                                        or _surname(text, toks, i)
                                                        or is_article_surname(
                                                            key, text, _given_names))):
                s = _pick(settlements[key], context)
                hit = (_settlement_mention(start, end, s), "town", n)
                if key in regions and s.population < 100_000 \
                        and s.admin1 != regions[key].admin1 and re.search(
                        rf"\b{re.escape(text[start:end])}\s+(?:[Rr]egion|"
                        rf"[Oo]blast)\b", article_text(text)):
                    # "44 drones downed over Rostov" in an article about "the Rostov region":
                    # the region, not a small namesake town elsewhere (1.19.0)
                    hit = (_region_mention(start, end, regions[key]), "stem", n)
            elif key in regions:
                hit = (_region_mention(start, end, regions[key]), "stem", n)
            if hit:
                break
        if hit:
            if rw and rw.group("pl"):
                # (keeping the name's length: "the Belgorod and Nizhny Novgorod regions" read
                # Novgorod again as a region of its own (1.41.0))
                hit = (hit[0], "plural", hit[2])
            out.append(hit[:2])
            i += hit[2]
        else:
            i += 1
    return out


def _repick(text: str, m: Mention, named: set[str]) -> Mention:
    """A settlement name shared by several places: the one in a region the sentence names."""
    if m.level != "settlement" or m.admin1 in named:
        return m
    cands = in_regions(namesakes_of(text, m), named)
    return placed_at(m, _pick(cands, named)) if cands else m


def same_region_namesake(text: str, m: Mention, seen: frozenset[str]) -> Mention:
    """A settlement name shared by several places, one of them in a region the article already
    has a struck place in, when the first pick is a small place: that one."""
    if m.level != "settlement" or m.admin1 in seen:
        return m
    cands = namesakes_of(text, m)
    if len(cands) < 2:
        return m
    first = max((c.population for c in cands if c.admin1 == m.admin1 and c.name == m.location),
                default=0)
    return _repick(text, m, set(seen)) if first < SMALL_PLACE else m


def home_village(text: str, m: Mention, home: str) -> Mention:
    """"the village of Zhuravlevka" after rows in one region of the other country, when the only
    namesakes are small places of this country: an unlisted village of that region (1.17.0)."""
    reg = load().by_admin1.get(home)
    if m.level != "settlement" or reg is None or m.admin1 == reg.admin1 \
            or m.country == reg.country or not _VILLAGE_OF.search(text, max(0, m.start - 20),
                                                                  m.start):
        return m
    cands = namesakes_of(text, m)
    if in_regions(cands, (reg.admin1,)) or any(
            c.population >= SMALL_PLACE for c in cands if c.country == m.country):
        return m
    if not in_regions(cands, (m.admin1,)):
        return m    # placed by the sentence ("Belgorod governor ... Zhuravlevka") (1.36.0)
    return unlisted_in(text, m, reg)


_IN_THE = re.compile(r",? in the ")


def _district_located(text: str, out: list[Mention]) -> list[Mention]:
    """"the border village of Hremiach in the Novhorod-Siverskyi district": a small place whose
    namesakes lie in other regions is an unlisted place of the district's region, and the
    district only locates it (no row of its own) (1.17.0)."""
    res: list[Mention] = []
    for m in out:
        prev = res[-1] if res else None
        if prev is not None and prev.level == "settlement" and m.admin1 \
                and prev.admin1 != m.admin1 and _COMMA_DISTRICT.fullmatch(text, prev.end, m.start) \
                and _A_DISTRICT.match(text, m.end) \
                and _VILLAGE_OF.search(text, max(0, prev.start - 20), prev.start):
            # "In the village of Nikolskoye, Belgorod District": a village of the district's
            # region (a listed namesake there, else unlisted), the district no row (1.19.0)
            same = in_regions(namesakes_of(text, prev), (m.admin1,))
            reg = load().by_admin1.get(m.admin1)
            if same or reg is not None:
                res[-1] = placed_at(prev, same[0]) if same else unlisted_in(text, prev, reg)
                continue
        if prev is not None and m.level == "admin1" and prev.level == "settlement" and m.admin1 \
                and _IN_THE.fullmatch(text, prev.end, m.start) and _DISTRICTS.match(text, m.end):
            # "the village of Petropavlivka in the Kupiansk district": the namesake in the
            # district's region, and the district gives no row of its own (1.18.0)
            same = in_regions(namesakes_of(text, prev), (m.admin1,))
            if prev.admin1 == m.admin1 or same:
                if prev.admin1 != m.admin1:
                    res[-1] = placed_at(prev, same[0])
                continue
        if prev is not None and m.level == "admin1" and prev.level == "settlement" \
                and prev.admin1 != m.admin1 and _IN_THE.fullmatch(text, prev.end, m.start) \
                and _DISTRICTS.match(text, m.end) and m.admin1 and not in_regions(
                    namesakes_of(text, prev), (m.admin1,)):
            reg = load().by_admin1.get(m.admin1)
            if reg is not None and max(c.population for c in namesakes_of(text, prev)) \
                    < SMALL_PLACE:
                res[-1] = unlisted_in(text, prev, reg)
                continue
        res.append(m)
    return res


def _moved(text: str, m: Mention, named: set[str]) -> Mention:
    """A small place in a sentence that names one other region of the same country ("In Odesa
    Oblast, drones damaged port infrastructure in Pivdennyi") is an unlisted place of that
    region, not its namesake elsewhere."""
    reg = load().by_admin1.get(next(iter(named)))
    if m.level != "settlement" or reg is None or m.admin1 == reg.admin1 \
            or m.country != reg.country:
        return m
    if max(c.population for c in namesakes_of(text, m)) >= SMALL_PLACE:
        return m
    return unlisted_in(text, m, reg)


_DETERMINERS = frozenset({"A", "An", "The", "This", "That", "These", "Those", "Another", "Its",
                          "Their", "One", "Each", "Every", "Some", "Any", "No", "Our", "His",
                          "Her",
                          # "hit Russian airbase": a nationality, no name (1.19.0)
                          "Russian", "Ukrainian", "Belarusian", "Soviet", "Military", "Key",
                          "Major", "Main", "Strategic"})
_VILLAGE_OF = re.compile(r"\b(?:village|hamlet) of $")
_COMMA_DISTRICT = re.compile(r",\s+|,? in the ")
_A_DISTRICT = re.compile(r"\s+(?:[Dd]istrict|[Rr]aion)\b")


def _no_village(text: str, m: Mention) -> bool:
    """"the village of Murom" is not the city of Murom (a town of 100,000 elsewhere): a village
    missing from the gazetteer, found by _unlisted."""
    if m.level != "settlement" or not _VILLAGE_OF.search(text, max(0, m.start - 12), m.start):
        return False
    cands = load().settlements.get(norm(text[m.start:m.end]), ())
    return bool(cands) and min(c.population for c in cands) >= SMALL_PLACE


def _unlisted(text: str, found: list[Mention], context: list[str]) -> list[Mention]:
    """Settlements missing from the gazetteer, named as such ("the village of X")."""
    got = per_article(_unlisted, text, lambda: _live_words(text))
    live, cues = _live_words(text) if got is None else got
    for w in cues:
        if w in text:
            break
    else:
        return []   # (most sentences: none of the article's cue words)
    pats = [(rx, words) for rx, words in live if any(w in text for w in words)]
    if not pats:    # (most sentences: no home region is looked up for them)
        return []
    regions = [m for m in found if m.level == "admin1"]
    home = regions[0] if regions else None
    if home is None and context:
        reg = load().by_admin1.get(context[-1])
        home = _region_mention(0, 0, reg) if reg else None
    if home is None and found:      # "Belgorod Governor X said ... the village of Y"
        reg = load().by_admin1.get(found[0].admin1 or "")
        home = _region_mention(0, 0, reg) if reg else None
    if home is None:
        return []
    out: list[Mention] = []
    for rx, _ in pats:
        for m in rx.finditer(text):
            s, e = m.span("n")
            if "'s " in m.group("n"):     # "Rosneft's Syzran refinery": the place is Syzran
                s += m.group("n").rindex("'s ") + 3
            if any(f.start < e and s < f.end for f in found + out):
                continue
            if norm(m.group("n")) in load().regions or m.group("n").split(" ")[0] in _DETERMINERS \
                    or is_facility_owner(m.group("n")):     # "the Lukoil refinery" (1.36.0)
                continue    # "An oil refinery was damaged": no name
            if m.group("n").lower() in _given_names():
                continue    # "said Dmitry, a resident of the city": a person (1.41.0)
            out.append(Mention(s, e, home.country, home.admin1, home.iso, text[s:e], home.lat,
                               home.lon, "settlement"))
    return out


def _as_city(text: str, m: Mention) -> Mention:
    """A bare region stem in a sentence about "the city" is the city ("In Ternopil, oblast head
    X said a substation on the outskirts of the city was damaged")."""
    name = text[m.start:m.end]
    if m.level != "admin1" or " " in name:
        return m
    cands = [c for c in load().settlements.get(norm(name), ())
             if c.admin1 == m.admin1 and c.population >= 100_000]
    return _settlement_mention(m.start, m.end, cands[0]) if cands else m


def _listed(text: str, raw: list[tuple[Mention, str]], context: list[str] | None,
            regions_hint: bool) -> list[Mention]:
    """The gazetteer places of _raw(text) as find_places keeps them: water bodies, repicked
    namesakes, lists and districts resolved, streets dropped."""
    g = load()
    if any(w in text for w in _WATER_WORDS) and _WATER_GATE.search(text):
        raw = [(m, k) for m, k in raw if not _water(text, m)]
    if may_name_a_river(text):  # "a bridge across the Dnipro": the river, not the city (1.33.0)
        raw = [(m, k) for m, k in raw if not is_river(text, m.start, m.end)]
    if credits := credit_spans(text):    # "/Vostok Info/" (1.41.0)
        raw = [(m, k) for m, k in raw if not in_credit(credits, m.start, m.end)]
    if "ipeline" in text:     # "the Druzhba oil pipeline": no town of Druzhba (1.36.0)
        raw = [(m, k) for m, k in raw if not names_a_pipeline(text, m)]
    if "Crimean " in text:
        raw = [(m, k) for m, k in raw if not (m.level == "admin1" and text[m.start:m.end]
                                              == "Crimean" and _ADJ_TOWN.match(text, m.end))]
    raw = adjectival_districts(text, raw)   # "in the Belgorodsky district" (1.36.0)
    named = {m.admin1 for m, _ in raw if m.level == "admin1"}
    if "overnor" in text or "istrict" in text or "raion" in text:
        named |= titled_regions(text, [m for m, _ in raw])    # "Belgorod governor" (1.33.0)
    if named:
        raw = [(_repick(text, m, named), k) for m, k in raw]
    if len(named) == 1:
        raw = [(_moved(text, m, named), k) for m, k in raw]
        if "village of " in text:
            # "In the neighbouring Kursk region, ... had shelled the village of Krupets": a
            # village of the region the sentence names, not a small namesake across the border
            # (1.23.0)
            reg = next(iter(named))
            raw = [(home_village(text, m, reg), k) for m, k in raw]
    # (one test per sentence: _COUNTRY_BEFORE needs "Ukrain" or "Russia")
    for k, (m, kind) in enumerate(raw if "Ukrain" in text or "Russia" in text else ()):
        cm = _COUNTRY_BEFORE.search(text, max(0, m.start - 50), m.start)
        if cm and m.level == "settlement" and m.country != (want := _COUNTRY[cm.group(1)[:5]]):
            # "the southern Ukrainian city of Nikolayev": the Ukrainian place of that name
            cands = [c for c in g.settlements.get(norm(text[m.start:m.end]), ())
                     if c.country == want]
            if cands:
                raw[k] = (_settlement_mention(m.start, m.end, _pick(cands, set(context or ()))),
                          kind)
    # (the name as written first: "..., Ryazan and Leningrad" is the region, not the city's old
    # name (1.41.0))
    stems = [(k, reg) for k, (m, kind) in enumerate(raw) if kind == "town" and (
        reg := g.regions.get(norm(text[m.start:m.end])) or g.regions.get(norm(m.location or "")))
             ] if regions_hint else []
    if len(stems) >= 3:
        for k, reg in stems:
            m = raw[k][0]
            raw[k] = (_region_mention(m.start, m.end, reg), "region")
    groups: list[list[int]] = []
    for k in range(len(raw)):
        if k and _LIST_GAP.fullmatch(text[raw[k - 1][0].end:raw[k][0].start]):
            groups[-1].append(k)
        else:
            groups.append([k])
    out: list[Mention] = []
    for grp in groups:
        last_kind = raw[grp[-1]][1]
        dm = _DISTRICTS.match(text, raw[grp[-1]][0].end)
        last = raw[grp[-1]][0]
        if not dm and last.level == "settlement" and _CITY_DISTRICT.search(
                norm(text[last.start:last.end])) and _DISTRICT_LIST.match(text, last.end):
            grp = grp[:-1]      # a city district named in a list of districts: no place
            if not grp:
                continue
        if dm:
            # "the Bila Tserkva and Fastiv districts": rural districts stand for their oblast;
            # "the Darnytskyi and Podilskyi districts" (adjectival names) are city districts;
            # "Kochetok, Chuhuiv district": only the last name is a district
            plural = dm.group().rstrip().endswith("s")
            for k in (grp if plural else grp[-1:]):
                m = raw[k][0]
                reg = g.by_admin1.get(m.admin1 or "")
                if m.level == "settlement" and reg and not _CITY_DISTRICT.search(
                        norm(m.location or "")):
                    raw[k] = (m if okrug_district(text, m.end, m.admin1)    # (1.35.0)
                              else _region_mention(m.start, m.end, reg), "district")
            grp = [k for k in grp if raw[k][1] == "district" or raw[k][0].level == "admin1"
                   or (not plural and k != grp[-1])]
            if not grp:
                continue
        as_regions = (last_kind == "plural"
                      or bool(_REGIONS_OF.search(text, 0, raw[grp[0]][0].start))
                      or bool(_REGIONS_AFTER.match(text, raw[grp[-1]][0].end)))
        # "the Bryansk and Kursk regions and the Crimean peninsula": the names up to "regions"
        upto = max((k for k in grp if raw[k][1] == "plural"), default=-1) if len(grp) > 1 else -1
        for k in grp:
            m, kind = raw[k]
            if (as_regions or k < upto) and m.level == "settlement":
                reg = g.regions.get(norm(m.location or "")) or g.regions.get(
                    norm(text[m.start:m.end].split(" region")[0].split(" Region")[0]))
                if reg is None:
                    continue
                m = _region_mention(m.start, m.end, reg)
            elif kind == "stem" and not as_regions:
                continue
            m.group = grp[0]
            out.append(m)
    if (" district" in text or " District" in text) and len(out) > 1:
        out = _district_located(text, out)
    if "village of" in text or "hamlet of" in text:
        out = [m for m in out if not _no_village(text, m)]
    streets = per_article(_STREET_WORDS, text, lambda: tuple(
        w for w in _STREET_WORDS if w in article_text(text)))   # those of the article (1.23.0)
    if any(w in text for w in (_STREET_WORDS if streets is None else streets)):
        # "a house on Pushkin Street", "the Vostochny microdistrict": a street or a part of a
        # city that bears a town's name is no place (1.21.0)
        out = [m for m in out if not (m.level == "settlement" and _STREET.match(text, m.end))]
    return out


def find_places(text: str, context: list[str] | None = None,
                regions_hint: bool = False) -> list[Mention]:
    """Place mentions of one sentence; context = admin1 names seen in the article.
    regions_hint: the text speaks of "N regions", so three or more bare names that are both a
    city and a region stem ("in Lviv in the west, in Sumy and Kharkiv") are the regions."""
    # the extractor asks again about a sentence (the one before, its clauses' lists): within
    # one article the answer is the same, so it is worked out once (a fresh list each time;
    # no caller changes a Mention)
    memo = per_article(find_places, text, dict)
    if memo is None:
        return _find_places(text, context, regions_hint)
    key = (text, tuple(context or ()), regions_hint)
    got = memo.get(key)
    if got is None:
        got = memo[key] = _find_places(text, context, regions_hint)
    return list(got)


def _find_places(text: str, context: list[str] | None, regions_hint: bool) -> list[Mention]:
    g = load()
    raw = _raw(text, set(context or ()))
    # a sentence naming no gazetteer place: the steps of _listed would only filter nothing
    out = _listed(text, raw, context, regions_hint) if raw else []
    out += _unlisted(text, out, list(context or ()))
    # "Kupiansk ... and Zolochiv": the Kharkiv region's Zolochiv (1.36.0)
    out = sibling_namesakes(text, out, list(context or ()))
    out = sibling_villages(text, out, list(context or ()))  # "Stepnohirsk, Novoandriivka"
    if "the city" in text:
        out = [_as_city(text, m) for m in out]
    if "near " in text:     # "a training ground near Dnepropetrovsk": the city, not the region
        out = [_as_city(text, m) if text.endswith("near ", 0, m.start) else m for m in out]
    for cm in (_CAPITAL.finditer(text) if "capital" in text else ()):
        if _APPOSITION.match(text, cm.end()) and any(m.start > cm.end() for m in out):
            continue    # "in the capital, Cheboksary": the place named next
        if _AROUND_CAPITAL.search(text, max(0, cm.start() - 30), cm.start()):
            continue    # "In the Kyiv region around the capital, four people were killed"
        name = "moscow" if cm.group("ru") or (
            cm.group().startswith(("the", "The")) and _russian(
                [m for m in out if not _FROM_BEFORE.search(text, 0, m.start)])) else "kyiv"
        cand = g.settlements.get(name)
        if cand:
            out.append(_settlement_mention(cm.start(), cm.end(), _pick(cand, set())))
    if "regional c" in text:
        out += _regional_capital(text, out, context)
    if "district of" in text:   # "Zelenograd, a district of the capital": the city's row
        out = [m for m in out if not (m.level == "settlement" and (d := _DISTRICT_OF.match(
            text, m.end)) and any(o.start == d.end() and o.level == "settlement" for o in out))]
    out = city_parts(text, out)     # "the Balaklava district": Sevastopol (1.36.0)
    return sorted(out, key=lambda m: m.start)


_GOVERNOR_AFTER = re.compile(r"\s+(?:[Rr]egion\s+|[Oo]blast\s+)?(?:[Gg]overnor|[Hh]ead)\b")
_REGIONAL_CAPITAL = re.compile(r"\bthe regional (?:capital|centre|center)\b")
_REGION_SUFFIX = re.compile(r"\s+(?:Oblast|Krai|Republic)$")


def _regional_capital(text: str, found: list[Mention], context: list[str] | None
                      ) -> list[Mention]:
    """"a fire at a fuel facility in the regional capital" (the governor of the Oryol region
    speaking): the region's main town, named after the region or else its largest (1.23.0)."""
    g = load()
    out = []
    for rc in _REGIONAL_CAPITAL.finditer(text):
        if _APPOSITION.match(text, rc.end()) or any(
                m.start <= rc.start() < m.end or rc.end() <= m.start < rc.end() + 3
                for m in found):
            continue    # "in the regional centre, Bryansk": the place named next
        regs = [m for m in found if m.level == "admin1"]
        if any(not _GOVERNOR_AFTER.match(text, m.end) for m in regs):
            continue    # "attacks on the Kharkov region ..., listing strikes on the regional
            # capital and several communities": the region's row holds the figures
        region = regs[0].admin1 if regs else context[-1] if context else None
        if region is None or region not in g.by_admin1:
            continue
        towns = [c for cands in [g.settlements.get(norm(_REGION_SUFFIX.sub("", region)), ())]
                 for c in cands if c.admin1 == region]
        if not towns:
            continue
        out.append(_settlement_mention(rc.start(), rc.end(),
                                       max(towns, key=lambda c: c.population)))
    return out


def _live_words(text: str) -> tuple[list[tuple[re.Pattern[str], tuple[str, ...]]],
                                     tuple[str, ...]]:
    """_live_unlisted(text) and its patterns' words, each once (a sentence holding none of them
    needs no pattern tried)."""
    live = _live_unlisted(text)
    return live, tuple(dict.fromkeys(w for _, words in live for w in words))


def _live_unlisted(text: str) -> list[tuple[re.Pattern[str], tuple[str, ...]]]:
    """The _UNLISTED patterns with their literals that occur in text (a sentence: in its
    article)."""
    whole = article_text(text)
    out = []
    for rx, words in zip(_UNLISTED, _UNLISTED_WORDS, strict=True):
        words = tuple(w for w in words if w in whole)
        if words:
            out.append((rx, words))
    return out


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively

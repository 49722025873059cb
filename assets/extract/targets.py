"""Which places a sentence says were struck: the gazetteer's places in it, filtered.

`targets` takes the places `places.find_places` finds in a sentence and keeps those the text
says were struck (context.py's tests), dropping places named only as a reference point, an
office's seat, a venue, a plant's name or a region whose towns are named; it also decides when
an official's region or a city's district stands for the place struck. Used by extractor.py for
every sentence.
"""

from __future__ import annotations

import re

from . import caseless
from . import context as cx
from .boats_heading import without_boat_courses
from .capital_state import the_attacker
from .city_parts import city_parts
from .community_villages import locates_a_village
from .elided_shares import TOWN_OF
from .front_directions import without_fronts
from .gazetteer import load, norm
from .harmless_falls import without_harmless_falls
from .left_out import without_left_out
from .mostly_over import without_mostly_over
from .namesakes import home_namesake
from .near_objects import near_a_site
from .no_comment import without_no_comment
from .numbers import num_pattern
from .outage_places import without_outage_only
from .places import Mention, find_places, home_village, same_region_namesake
from .plant_towns import plant_towns
from .qualified_towns import qualified_towns
from .reference_points import measured_from
from .rows import Draft
from .seat_struck import seat_struck
from .sentences import Sentence
from .spared import spared
from .state_acts import without_state_acts
from .tallies import find_tallies
from .town_and_villages import WORDS as _AROUND_WORDS
from .town_and_villages import town_and_villages
from .town_shares import region_kept
from .venues import without_briefings, without_venues

OCCUPIED_BY_RUSSIA = {"Crimea", "Sevastopol"}

SHARE = re.compile(rf"(?P<n>{num_pattern()}) in $")
SHARE_AT = re.compile(rf"\b(?:{num_pattern()}) in [A-Z]")


def _shares_after_colon(text: str, places: list[Mention]) -> bool:
    """"killed five in the X region ...: two in A, two in B and one in C"."""
    colon = text.index(": ")
    regs = [m for m in places if m.start < colon]
    towns = [m for m in places if m.start > colon]
    return len(regs) == 1 and regs[0].level == "admin1" and len(towns) >= 2 and all(
        m.level == "settlement" and m.admin1 == regs[0].admin1
        and SHARE.search(text, colon, m.start) for m in towns)


_NUM = num_pattern()
_BY_PLACE_BEFORE = re.compile(rf"\b(?:{_NUM})\s+(?:more\s+)?(?:[\w\-]+\s+){{0,4}}?(?:over|above|in|"
                              rf"near)\s+(?:the\s+)?(?:skies\s+over\s+(?:the\s+)?|territory\s+of\s+"
                              rf"(?:the\s+)?)?$", re.I)
_REST_OVER = re.compile(r"\b(?:the rest|the remainder|the remaining (?:ones|drones|missiles|UAVs)|"
                        r"the others)\s+(?:\w+\s+)?(?:over|above|in)\s+(?:the\s+)?$", re.I)
_BY_PLACE_AFTER = re.compile(rf"\s+(?:for|with)\s+(?:{_NUM})\b", re.I)
_FELL = re.compile(r"accounted for|\bfell\b")
_ACCOUNTED = re.compile(r"\s+accounted for")


def _breakdown(text: str, places: list[Mention]) -> set[int]:
    """Places of a per-region interception breakdown ("four drones over the Belgorod region,
    two over Lipetsk"; "the Ryazan Region accounted for 29, the Voronezh Region for 27"): two or
    more places each with its own count. They are not struck places (GUIDELINES 4)."""
    if not (cx.intercepts(text) or _FELL.search(text)):
        return set()
    hits = {m.start for m in places
            if _BY_PLACE_BEFORE.search(text, max(0, m.start - 60), m.start)
            or _BY_PLACE_AFTER.match(text, m.end)
            or _ACCOUNTED.match(text, m.end)}
    if len(hits) >= 2 and ("rest" in text or "remaining" in text):
        # "18 over the Lipetsk region, 15 over Kursk and the rest over Bryansk, Oryol and
        # Voronezh": the remainder's list is part of the breakdown too (1.16.0)
        rest = {m.group for m in places if m.group >= 0 and _REST_OVER.search(
            text, max(0, m.start - 40), m.start)}
        hits |= {m.start for m in places if m.group in rest}
    return hits if len(hits) >= 2 else set()


def region_mention(admin1: str | None) -> Mention | None:
    """An admin1-level mention of a region by its canonical name (no offsets)."""
    reg = load().by_admin1.get(admin1 or "")
    return Mention(0, 0, reg.country, reg.admin1, reg.iso, None, reg.lat, reg.lon,
                   "admin1") if reg else None


_STRUCK = re.compile(r"\b(?:had been|has been|was|were) "
                     r"(?:struck|hit|damaged|attacked|targeted)\b|"
                     # "said the city's airport had come under a drone attack" (1.20.0)
                     r"\bthe city['’]s (?:[\w\-]+ ){1,2}(?:had|has) come under\b|"
                     r"\battack on the (?:port |regional )?city\b|"
                     r"\b(?:towards?|over|approaching) the city\b|"
                     # "debris from a downed drone damaged the roof of a house" (1.19.0)
                     r"\b(?:debris|wreckage|fragments)\b(?:\s+[\w\-]+){0,4}\s+(?:fell|damaged|hit|"
                     r"struck|landed)\b", re.I)
DISTRICT_AFTER = re.compile(r"\s+(?:district|raion)\b")
# a region's toll of one day ("Russian attacks on the X region over the past day killed four")
ROUNDUP = re.compile(r"\b(?:over|in|during) the past (?:day|24 hours)\b", re.I)
N_ATTACKS = re.compile(r"\b\d[\d,]*\s+(?:[\w\-]+\s+)?(?:strikes|attacks|munitions|shells|"
                         r"settlements)\b")
IN_TOTAL = re.compile(r"\bin total\b", re.I)
# (not an official's title: "Denis Pushilin, the Moscow-appointed head of the region, said")
THE_REGION = re.compile(r"(?<!head of )(?<!governor of )(?<!leader of )(?<!chief of )"
                         r"\bthe (?:region|oblast|republic)\b(?!'s)(?! of)", re.I)
ON_REGION = re.compile(r"\b(?:on|at|against) the (?:region|oblast)\b", re.I)
# "over the Crimean peninsula": the region's own airspace, like "over the region" (1.14.0)
PENINSULA = re.compile(r"\b(?:over|above) the (?:Crimean )?peninsula\b", re.I)
# "... and air defences brought most of them down, X said, but a fire started at": the count's
# clause ends in the defenders' claim, the town comes in the contrastive clause after (1.16.0)
DOWNED_BUT = re.compile(r"\bair defen[cs]es? (?:[\w\-]+ ){0,3}(?:brought|shot|downed|"
                         r"intercepted|destroyed)\b[^;]*?, but ", re.I)
IN_REGION = re.compile(r"\b(?:across|throughout|in|over|above) the (?:oblast|region)\b|"
                        r"\bthe (?:oblast|region)(?:'s|’s) air defen[cs]es?\b", re.I)


def countrywide(clause: str, regional: bool) -> bool:
    """A nationwide total; "in total ... across the oblast" (or in a named region) is the
    region's total, not the country's."""
    m = cx.COUNTRYWIDE.search(clause)
    return bool(m) and not (m.group().lower() == "in total" and (
        regional or IN_REGION.search(clause)))


_REFERENCE = re.compile(r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?\s+of|near|"
                        r"outside|(?:on )?the outskirts of|suburbs? of|not far from|"
                        # "Komyshany on the western edge of Kherson" (1.12.0)
                        r"(?:on|at) the (?:(?:north|south|east|west)(?:ern)? )?edge of|"
                        r"(?:km|kilomet\w+|miles)\s+(?:\w+\s+)?(?:from|of))\s+(?:the\s+)?"
                        r"(?:city\s+of\s+)?$", re.I)


WHOLE = re.compile(r"\b(?:settlements|towns|villages|communities|localities|hromadas)\s+"
                    r"(?:of|in|across|throughout)\s+(?:the\s+)?[A-Z][^.;]*, including\b")
_SETTLEMENTS_OF = re.compile(r"\b(?:settlements|towns|villages|communities|localities|hromadas)\s+"
                             r"(?:of|in|across|throughout)\s+(?:the\s+)?$", re.I)

# "attacked 41 settlements in the X region": a count of the region's places, its own row
N_SETTLEMENTS = re.compile(r"\b\d+\s+(?:settlements|towns|villages|communities|localities|"
                            r"hromadas)(?:\s+and\s+(?:villages|settlements|towns))?\s+"
                            r"(?:of|in|across|throughout)\s+(?:the\s+)?$", re.I)


def whole_region(text: str, m: Mention) -> bool:
    """A region named as the sum of its settlements ("on 13 settlements of the X region")."""
    return m.level == "admin1" and bool(_SETTLEMENTS_OF.search(text, max(0, m.start - 60),
                                                               m.start))


# "Chernechchyna, a border village in the Krasnopillia community": the community locates it
_COMMUNITY_AFTER = re.compile(r"\s+(?:community|hromada|territorial community)\b")
_IN_COMMUNITY = re.compile(r"\b(?:village|town|settlement)\s+in\s+(?:the\s+)?$")


def _reference(text: str, m: Mention) -> bool:
    """The place only locates another one ("Vidnoye, south of Moscow"; "near Kharkiv"; "a
    village in the X community")."""
    if ("communit" in text or "hromada" in text) and _COMMUNITY_AFTER.match(text, m.end) \
            and _IN_COMMUNITY.search(text, max(0, m.start - 40), m.start):
        return True
    return bool(_REFERENCE.search(text, max(0, m.start - 40), m.start))


_ENTERPRISE = re.compile(r"(?:\s+[a-z\-]+){0,2}\s+(?:plant|factory|works|refinery|depot|"
                         r"enterprise|combine)\b")
_ENTERPRISE_WORDS = ("plant", "factory", "works", "refinery", "depot", "enterprise", "combine")


def _enterprise(text: str, m: Mention, out: list[Mention]) -> bool:
    """A town's name used as a plant's name ("the Bryansk chemical plant in the town of Seltso";
    "the Kinef oil refinery in Kirishi") when another town of that region is named as well."""
    if m.level != "settlement" or not any(w in text for w in _ENTERPRISE_WORDS):
        return False
    return bool(_ENTERPRISE.match(text, m.end)) and any(
        o.level == "settlement" and o.admin1 == m.admin1 and o.location != m.location
        and not _ENTERPRISE.match(text, o.end) for o in out)


def _title_region(m: Mention) -> Mention | None:
    """The region an official's title names ("Kyiv Regional Administration": Kyiv Oblast, not
    the city)."""
    reg = load().regions.get(norm(m.location or "")) if m.level == "settlement" else None
    return region_mention(reg.admin1 if reg else m.admin1)


_IN_ITS_REGION = re.compile(r",?\s+in\s+(?:the\s+)?(?:occupied\s+|Russian-occupied\s+)?")


def _capital(text: str, m: Mention, home: str) -> Mention:
    """"the capital" in an article whose current rows are in Russia ("Drones flying towards the
    capital were shot down" after Russian towns) is Moscow, not Kyiv."""
    reg = load().by_admin1.get(home)
    if reg is None or reg.country != "RUS" or m.location != "Kyiv" \
            or text[m.start:m.end].lower() != "the capital":
        return m
    city = next(iter(load().settlements.get("moscow", [])), None)
    reg = load().by_admin1.get(city.admin1) if city else None
    if city is None or reg is None:
        return m
    return Mention(m.start, m.end, city.country, city.admin1, reg.iso, city.name, city.lat,
                   city.lon, "settlement")


def _located(text: str, m: Mention, out: list[Mention]) -> bool:
    """A town after "near" with its own region ("an airfield near X in the Y region", "near X in
    occupied Crimea") is the place struck, and the region only locates it."""
    if m.level != "settlement":
        return False
    own = [r for r in out if r.level == "admin1" and r.admin1 == m.admin1]
    if any(r.start >= m.end and _IN_ITS_REGION.fullmatch(text, m.end, r.start) for r in own):
        return True
    # "In the X region, a command post near T was destroyed": the region is all there is
    return bool(own) and all(r in own or _reference(text, r) for r in out if r is not m)


FIG_IN = re.compile(r"\S+(?:\s+[a-z\-]+){0,3}?\s+in\s+(?:the\s+)?" + TOWN_OF)   # (1.32.0: of)
# "attacked four settlements", "attacked villages in the X region" (no number: 1.16.0)
SOME_PLACES = re.compile(r"\b(?:attacked|struck|hit|shelled|"
                          # "in Ukrainian drone attacks on villages in X's Y region on Sunday"
                          # (1.17.0)
                          r"attacks on|strikes on)\s+(?:(?:two|three|four|five|six|"
                          r"seven|eight|nine|ten|\d+)\s+)?(?:settlements|villages|towns|"
                          r"communities)\b")
_WHAT_CALLED = re.compile(r"\bin what (?:(?:[\w\-]+ ){1,3}(?:called|described as|termed|dubbed)|"
                          # "in what appeared to be the largest drone attack on X" (1.17.0)
                          r"(?:appeared|appears|seemed|seems) to be)\b[^,;]*")
# "the mayor of Horlivka said a drone had dropped an explosive on a car in the Nikitovsky
# district": a district of the mayor's city (1.16.0)
_CITY_DISTRICT = re.compile(r"\b(?:in|on) the [A-Z][\w\-]+ district\b")
A_CITY_DISTRICT = re.compile(r"\b(?:hit|struck|on|in) the [A-Z][\w\-]+(?:skyi|skyy|sky|skiy|ckyi) "
                              r"district\b")
DATED_DISTRICT = re.compile(r"\b(?:in|hit|struck) the [A-Z][\w\-]+ district\b")


def one_town(drafts: list[Draft]) -> bool:
    """The article's rows so far are all of one town."""
    return len({(d.kind, d.location) for d in drafts}) == 1 and drafts[0].level == "settlement"


CITYS_DISTRICT = re.compile(r"\bthe (?:city|town)'s [A-Z][\w\-]+ (?:district|neighbou?rhood)\b")
_CITY_REF = re.compile(r"\bthe (?:port |regional |southern |northern |eastern )?city\b|"
                       # "officials in Energodar said a drone had hit a substation supplying
                       # the town" (1.16.0)
                       r"\bsupplying the (?:city|town)\b|"
                       # "Odesa's governor said four people were killed ... in his city" (1.23.0)
                       r"\b(?:in|on) (?:his|her|their) (?:city|town)\b")


# "Cherkasy regional governor X said 17 people had been wounded in the city" after a row of
# another town of his region: the town told before, not the region's namesake city (1.21.0)
_REGIONAL_TITLE = re.compile(r"\s+(?:regional|region's|Regional|Oblast)\s+(?:governor|Governor|"
                             r"head|Head|[Mm]ilitary|[Aa]dministration)\b")


# "Lviv regional governor", "Voronezh governor": a regional office named after its capital
_GOVERNOR_TITLE = re.compile(r"\s+(?:(?:regional|Regional|region|Region|Oblast|oblast)\s+)?"
                             r"(?:acting\s+)?(?:[Gg]overnor|Gov\.)|\s+(?:regional|Regional|Oblast)\s+"
                             r"(?:head|Head|[Mm]ilitary|[Aa]dministration)\b")


def find_targets(s: Sentence, ctx: list[str], hint: bool = False, strike: bool = True,
             home: str | None = None, seen: frozenset = frozenset()) -> list[Mention]:
    if not strike:
        return []
    places = find_places(s.text, ctx, hint)
    if not places and not ctx and home and " of " in s.text:
        # "the village of X" (not in the gazetteer) after a town's row: a village of its region
        places = find_places(s.text, [home], hint)
    if seen and all(m.level == "settlement" for m in places):
        # "Rovenki" after rows in Luhansk Oblast: the Luhansk town, not its namesake
        places = [same_region_namesake(s.text, m, seen) for m in places]
        if home and len(seen) == 1 and "of " in s.text and any(
                m.admin1 not in seen for m in places):
            # "the village of Zhuravlevka" after a row in the Belgorod region: its village, not
            # a small namesake across the border (1.17.0); also beside a town of that region
            # ("the village of Zhuravka ... and the border town of Suzemka", 1.33.0)
            places = [home_village(s.text, m, home) for m in places]
        if home and len(seen) == 1 and len(places) == 1 and places[0].admin1 not in seen:
            # "Debris fell on a house in Lyubimovka" after the city's row: its suburb, not a
            # small namesake in another region (1.27.0)
            places = [home_namesake(s.text, places[0], home)]
            places = city_parts(s.text, places)     # "the Lyubimovka area": Sevastopol (1.36.0)
    if home and "capital" in s.text:
        places = [_capital(s.text, m, home) for m in places]
    if places and "in what " in s.text:
        # "..., in what officials called the largest drone attack on the capital area so far":
        # a speaker's characterisation, not a place struck (1.16.0)
        spans = [a.span() for a in _WHAT_CALLED.finditer(s.text)]
        places = [m for m in places if not any(a <= m.start < b for a, b in spans)]
    places = [m for m in places if not measured_from(s.text, m, places)]    # (1.35.0)
    places = [m for m in places if not spared(s.text, m, places)]   # (1.35.0)
    places = [m for m in places if not the_attacker(s.text, m)]     # "Kyiv's raids" (1.36.0)
    places = without_outage_only(s.text, places)   # "outages in X" (1.36.0)
    places = without_left_out(s.text, places)     # "do not include X" (1.36.0)
    places = without_venues(s.text, places)      # "a forum in X" (1.36.0)
    places = without_harmless_falls(s.text, places)  # "debris fell on a field" (1.39.0)
    places = without_no_comment(s.text, places)  # "did not comment on the X strike" (1.39.0)
    places = without_boat_courses(s.text, places)  # "boats heading towards X" (1.39.0)
    places = without_state_acts(s.text, places)  # "since Moscow walked away" (1.40.0)
    places = without_mostly_over(s.text, places)  # "most of them over Kyiv" (1.40.0)
    if not places:      # what the steps below come to when the sentence names no place
        return [region_mention(home)] if cx.own_region(s.text) and region_mention(home) else []
    firsts: dict[int, Mention] = {}     # each list's first place (a group is named by the
    for m in places:                    # index of its first member before unlisted villages
        firsts.setdefault(m.group, m)   # and "the capital" were added: 1.23.0)
    skip = _breakdown(s.text, places)
    places = [m for m in places if m.start not in skip]
    out = [m for m in places if cx.is_target(s.text, m, firsts.get(m.group, m) if m.group >= 0
                                             else m)]
    out += [m for m in places if out and m not in out and seat_struck(s.text, m, places)]
    passed = {m.admin1 for m in out}    # regions of the places struck, not of an office's seat
    # "Zhytomyr's mayor said a drone struck a warehouse on the city's outskirts": the town
    town_ref = not out and bool(places) and places[0].level == "settlement" \
        and (bool(_CITY_REF.search(s.text)) or "mayor" in s.text and len(places) == 1
             and bool(_CITY_DISTRICT.search(s.text, places[0].end))) \
        and not (seen and _REGIONAL_TITLE.match(s.text, places[0].end))
    if not out and places and len({m.admin1 for m in places}) == 1 and (
            places[0].admin1 not in seen or town_ref) and (town_ref or _STRUCK.search(s.text)) \
            and all(cx.in_title(s.text, m) for m in places):
        # the official's region is the place struck ("The governor of the Ternopol region said
        # an energy facility had been struck"; "Odesa Gov. X said the attack on the port city
        # killed two": the city of that name)
        m = places[0]
        city = load().settlements.get(norm(s.text[m.start:m.end].split(" ")[0]), [])
        city = [c for c in city if c.admin1 == m.admin1 and c.population >= 100_000]
        if town_ref or _CITY_REF.search(s.text):
            if m.level == "settlement":
                return [m]
            if city:
                g = load().by_admin1[m.admin1]
                return [Mention(m.start, m.end, m.country, m.admin1, g.iso, city[0].name,
                                city[0].lat, city[0].lon, "settlement")]
        if m.level == "admin1":
            return [region_mention(m.admin1)]
        # "X governor Y said fragments of a drone landed in a district": a town named in a
        # regional official's title stands for the region (1.25.0)
        return [r for r in [_title_region(m)] if r] if _GOVERNOR_TITLE.match(s.text, m.end) \
            else []
    if not out and (cx.own_region(s.text) or cx.own_region_under(s.text) and not any(
            m.admin1 in seen for m in places)):
        own = [m for m in places if m.level == "admin1"][:1]
        if not own and len({m.admin1 for m in places}) == 1 and all(
                cx.in_title(s.text, m) for m in places):
            own = [r for r in [_title_region(places[0])] if r]   # "Bryansk regional governor"
        return own or ([region_mention(home)] if region_mention(home) and not places else [])
    if any(whole_region(s.text, m) for m in out):
        # "attacks on 13 settlements of the X region, including on A and B": X keeps its row
        return [m for m in out if m.level == "settlement" or whole_region(s.text, m)]
    if out and " district" in s.text and all(
            m.level == "settlement" and _reference(s.text, m) for m in out) and (
            _CITY_DISTRICT.search(s.text, 0, out[0].start)):
        # "a fire at the plant in the Krasnoyarsky district, some 60 kilometres north-east of
        # the city of Astrakhan": the district's region, not the town it is measured from
        # (1.17.0)
        out = [r for r in [region_mention(out[0].admin1)] if r]
    ref = {id(m): _reference(s.text, m) or locates_a_village(s.text, m, out) for m in out}
    rest = [m for m in out if not ref[id(m)] or _located(s.text, m, out)
            or near_a_site(s.text, m, out)]     # "a fuel depot near X and ..." (1.36.0)
    if any(not ref[id(m)] for m in rest):
        out = rest
    if " power " in s.text or "PP" in s.text or "CHP" in s.text or " plant in " in s.text:
        # "the Burshtyn TPP" (1.36.0), "the Burshtyn plant in the X region" (1.39.0)
        out = plant_towns(s.text, places, out)
    if " in " in s.text and any(m.level == "admin1" for m in out):
        out = qualified_towns(s.text, places, out)    # "T (airfield) in the R region" (1.40.0)
    if " and " in s.text and any(w in s.text for w in _AROUND_WORDS):
        out = town_and_villages(s.text, out)    # "T and nearby villages": the region (1.40.0)
    # (_enterprise's word test, once for the sentence rather than per place)
    if any(w in s.text for w in _ENTERPRISE_WORDS):
        out = [m for m in out if not _enterprise(s.text, m, out)]
    out = without_briefings(s.text, out)    # "told a briefing in X" (1.12.0)
    out = without_fronts(s.text, out)   # "in the Kupyansk direction" (1.37.0)
    if len(out) > 1 and any(not cx.heading(s.text, m) for m in out):
        out = [m for m in out if not cx.heading(s.text, m)]   # "flying towards A, downed over B"
    towns = {m.admin1 for m in out if m.level == "settlement"}
    if towns & OCCUPIED_BY_RUSSIA:
        towns |= OCCUPIED_BY_RUSSIA
    if not (": " in s.text and _shares_after_colon(s.text, out)) and not region_kept(s.text, out):
        out = [m for m in out if m.level == "settlement" or m.admin1 not in towns]
    if cx.intercept_only(s.text):
        regs = [m for m in out if m.level == "admin1"]
        out = [m for m in out if m.level == "settlement"]
        tl = find_tallies(s.text) if regs and not out else []
        n = len(tl)
        if n > 1 and len({c.wtype for c in tl}) == n and len({c.field for c in tl}) == 1:
            n = 1   # "shot down ten ATACMS missiles and six drones over the Crimean peninsula":
            # one mixed claim (a count per weapon), not a breakdown over places (1.17.0)
        if (not out and regs and len(passed) == 1
                and not cx.NATIONWIDE.search(s.text) and n <= 1 and (n or not passed & seen)):
            out = regs[:1]      # a claim about one region is that region's row (GUIDELINES 4)
            # but "several drones were shot down over the A and B districts" with no count,
            # after a town of that region was hit, is that attack, no row of its own (1.16.0)
    seen: set[tuple] = set()
    uniq = []
    for m in out:
        if (m.admin1, m.location) not in seen:
            seen.add((m.admin1, m.location))
            uniq.append(m)
    return uniq


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively

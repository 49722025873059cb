"""The words the place rules read around a name, and the batches the rules were added in.

A rule of place_finder.py tests the words next to a name's tokens (lowercased) against one of
these sets; each rule is switched on from its batch (`BATCHES`), so that the runner can measure
agreement and cost as the rules are added.
"""

from __future__ import annotations

from pathlib import Path

# batch -> what it adds (place_finder.Places(upto) runs the rules of batches <= upto)
BATCHES = {
    1: "n-gram lookup: a stem before region/oblast (or People's Republic, border communities), "
       "a standalone region, a town picked as _pick picks; a bare stem dropped",
    2: "lists ('the A, B and C regions', 'the regions of A and B', 'A, B, two regions'), "
       "districts ('the A and B districts', 'X in the Y district'), 'N regions' hint",
    3: "the capital: 'the capital' (Kyiv, or Moscow in a sentence of Russian places), "
       "'the Russian capital', not 'the capital of X' nor 'in the capital, X'",
    4: "no place: water, the Dnipro river, streets, pipelines, a given name before or after "
       "(and the article's surnames); 'the Ukrainian city of X'",
    5: "missing from the gazetteer: 'the village of X', 'X, a village', 'the X community', "
       "'the X refinery', 'residents of X'; 'the village of Murom' is no city",
    6: "namesakes: a town of a region the sentence names or titles ('Belgorod governor'), "
       "an adjectival district; 'near X', 'the city'; a small town named as an article's region",
    7: "siblings: a town moved to the region of the sentence's other places; 'the regional "
       "capital'; an okrug region's town before 'district'",
}

# words after a stem that make it a region ("the Kharkiv region", "Kyiv Oblast")
REGION_WORDS = frozenset({"region", "oblast", "province", "krai", "kray", "territory",
                          "peninsula", "regions", "oblasts", "provinces", "krais", "territories"})
PLURAL_REGION_WORDS = frozenset({"regions", "oblasts", "provinces", "krais", "territories"})
# "hit Sumy border communities": the region's
BORDER_WORDS = frozenset({"border", "frontline", "front-line"})
BORDER_NOUNS = frozenset({"communities", "villages", "settlements", "areas", "districts", "towns",
                          "hromadas"})
# between two names of one list: ",", "and", ", and", "as well as", each maybe with "the"
LIST_GAPS = frozenset({(",",), ("and",), (",", "and"), ("as", "well", "as"),
                       (",", "as", "well", "as"), (",", "the"), ("and", "the"),
                       (",", "and", "the"), ("as", "well", "as", "the")})
DISTRICT_WORDS = frozenset({"district", "districts", "raion", "raions"})
# "the regions of A and B" (not "a residential area of X": part of a city)
REGIONS_OF = frozenset({"regions", "region", "oblasts", "oblast", "areas", "area"})
NOT_REGIONS_OF = frozenset({"residential", "industrial", "central", "an"})
# "A, B and C, two regions that ...": the names are regions
REGIONS_AFTER_NOUNS = frozenset({"region", "regions", "oblast", "oblasts", "province",
                                 "provinces"})
# "the capital": whose
CAPITAL_RU = frozenset({"russian", "russia's", "russia’s"})
CAPITAL_OTHER = frozenset({"ukraine's", "ukraine’s", "ukrainian", "the"})
CAPITAL_OF_OK = frozenset({"ukraine", "russia"})
FROM_WORDS = frozenset({"from"})
# water: "the Sea of Azov", "the left bank of the Dnipro" / "the Dnipro River", "Kerch Strait"
WATER_BEFORE = frozenset({"sea", "gulf", "bank", "banks", "river", "delta", "estuary"})
WATER_AFTER = frozenset({"river", "estuary", "delta", "strait", "bay", "reservoir"})
# streets and parts of a city bearing a town's name
STREET_AFTER = frozenset({"Street", "Avenue", "Boulevard", "Prospekt", "Lane", "Embankment", "Park",
                          "Square", "street", "avenue", "St.", "St", "microdistrict",
                          "microdistricts", "micro-district", "micro-districts"})
# "the Ukrainian city of X", "Russia's town of X"
COUNTRY_WORDS = {"ukrainian": "UKR", "ukraine's": "UKR", "ukraine’s": "UKR", "russian": "RUS",
                 "russia's": "RUS", "russia’s": "RUS"}
TOWN_NOUNS = frozenset({"city", "town", "village", "port", "settlement"})
# names missing from the gazetteer
UNLISTED_BEFORE = frozenset({"village", "town", "city", "settlement", "hamlet"})
UNLISTED_AFTER = frozenset({"community", "hromada", "village"})
UNLISTED_FACILITY = frozenset({"refinery", "airfield", "airbase"})
DETERMINERS = frozenset({"A", "An", "The", "This", "That", "These", "Those", "Another", "Its",
                         "Their", "One", "Each", "Every", "Some", "Any", "No", "Our", "His", "Her",
                         "Russian", "Ukrainian", "Belarusian", "Soviet", "Military", "Key", "Major",
                         "Main", "Strategic"})
# "a bridge across the Dnipro": the river, unless a noun of the city's follows ("the Dnipro strike")
RIVERS = frozenset({"dnipro", "dnepr", "dnieper"})
RIVER_CITY_NOUNS = frozenset({
    "strike", "strikes", "attack", "attacks", "toll", "death", "block", "building", "apartment",
    "tower", "district", "districts", "raion", "raions", "region", "regions", "oblast", "city",
    "mayor", "council", "authorities", "administration", "residents", "tragedy", "bombing",
    "blast", "metro", "airport", "railway", "hospital", "governor", "military", "'s", "’s"})
RESIDENTS = frozenset({"residents", "inhabitants", "villagers"})
NOT_RESIDENTS = frozenset({"Russia", "Ukraine", "Europe"})
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                      "Sunday"})
# "the Lukoil refinery": an owner, no place (assets/extract/data/facility_owners.txt)
FACILITY_OWNERS = frozenset(
    w.strip().lower() for w in (Path(__file__).resolve().parents[2] / "assets" / "extract"
                                / "data" / "facility_owners.txt").read_text(
        encoding="utf-8").splitlines() if w.strip() and not w.startswith("#"))
# a town of these regions before "district" is the town's district, not the region
OKRUG_REGIONS = frozenset({"Moscow Oblast"})
REGION_WORDS_AS_WRITTEN = frozenset({"region", "Region", "oblast", "Oblast"})
# a sentence that tells of drones downed is a claim: "the X district" of an okrug region there is
# the region's
CLAIM_CUES = ("shot down", "downed", "brought down", "intercepted", "destroyed", "suppressed",
              "repelled")

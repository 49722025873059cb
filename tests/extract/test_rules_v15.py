"""Rules added in extractor 1.5.0 (error classes of data/eval/extra2, stated as phrasings):
canonical spellings, possessives and city-district lists, "the city" for a bare region stem,
claims about "the region" and towards a capital in Russia, implied counts (the driver, a
couple), "N days/weeks ago", region rows of a district or a list of oblasts kept unfolded."""

from datetime import date

from assets.extract.casualties import find_casualties
from assets.extract.dates import find_dates
from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places


def _rows(text: str, published: str = "2025-04-12") -> list[dict]:
    return extract_mentions({"article_id": "v15", "text": text, "published_at": published})


def _keys(rows: list[dict]) -> list[tuple]:
    return sorted((r["country"], r["admin1"] or "", r["location"] or "", str(r["event_date"]),
                   r["killed"], r["injured"], r["launched"], r["intercepted"]) for r in rows)


def _places(text: str, ctx: list[str] | None = None) -> list[tuple]:
    return [(m.location, m.admin1, m.level) for m in find_places(text, ctx or [])]


# --- places --------------------------------------------------------------------------------

def test_izmayil_spelling_gives_canonical_izmail():
    assert _places("A drone hit the port of Izmayil.") == [("Izmail", "Odesa Oblast",
                                                            "settlement")]


def test_possessive_company_name_is_not_part_of_the_place():
    places = _places("Drones attacked Lukoil's Syzran refinery in the Samara region.")
    assert places == [("Syzran", "Samara Oblast", "settlement"),
                      (None, "Samara Oblast", "admin1")]


def test_city_district_list_gives_no_place():
    assert _places("Debris fell on homes in the Shevchenkivskyi and Holosiivskyi districts.") == []


def test_russian_city_district_in_oy_is_not_a_region():
    places = _places("A depot burned in Orel's Zavodskoy district.")
    assert ("Tyumen Oblast" not in {a for _, a, _ in places}) and len(places) == 1


def test_bare_region_stem_in_a_sentence_about_the_city_is_the_city():
    assert _places("In Ternopil, officials said the city was hit by a drone.",
                   ["Ternopil Oblast"]) == [("Ternopil", "Ternopil Oblast", "settlement")]


# --- Russian regional claims ---------------------------------------------------------------

def test_drones_flying_towards_the_russian_capital_are_a_moscow_row():
    rows = _rows("Moscow Mayor Sergei Sobyanin said air defences had shot down 12 drones flying "
                 "towards the Russian capital overnight.")
    assert _keys(rows) == [("RUS", "Moscow", "Moscow", "2025-04-12", None, None, None, 12)]


def test_governor_total_for_the_region_is_an_admin1_row():
    rows = _rows("A drone hit a car in Shebekino in the Belgorod region on Saturday, injuring a "
                 "woman. In total, the governor said, the region came under attack from 30 "
                 "drones over the past day, with one civilian killed and five injured.")
    region = [r for r in rows if r["location"] is None]
    assert [(r["country"], r["admin1"], r["killed"], r["injured"], r["launched"])
            for r in region] == [("RUS", "Belgorod Oblast", 1, 5, 30)]
    assert all(r["kind"] == "impact" for r in rows)


# --- casualties ----------------------------------------------------------------------------

def test_the_driver_died_is_one_killed():
    assert [(f.field, f.value) for f in find_casualties(
        "The driver, a 52-year-old man, died in hospital.")] == [("killed", 1)]


def test_a_couple_is_two_people():
    assert [(f.field, f.value) for f in find_casualties(
        "A shell hit their house, wounding an elderly couple.")] == [("injured", 2)]
    assert [(f.field, f.value) for f in find_casualties(
        "A married couple was killed.")] == [("killed", 2)]


# --- dates ---------------------------------------------------------------------------------

def test_days_and_weeks_ago_count_back_from_publication():
    pub = date(2025, 4, 12)
    assert [d.value for d in find_dates("Exactly a week ago, drones hit the town.", pub)] == [
        date(2025, 4, 5)]
    assert [d.value for d in find_dates("Three days ago a missile struck it.", pub)] == [
        date(2025, 4, 9)]


# --- region rows kept beside towns ---------------------------------------------------------

def test_district_region_row_is_not_folded_into_the_next_town():
    rows = _rows("In the Fastiv district, drones hit a warehouse on Saturday, injuring three "
                 "people. In Bila Tserkva, a drone damaged a house on Saturday.")
    assert ("UKR", "Kyiv Oblast", "", "2025-04-12", None, 3, None, None) in _keys(rows)
    assert any(r["location"] == "Bila Tserkva" for r in rows)


def test_oblast_list_rows_are_kept_beside_a_city_of_one_of_them():
    rows = _rows("Hits were recorded in the Kharkiv, Poltava and Ternopil oblasts on Saturday. "
                 "In Ternopil, officials said the city was hit and two people were injured.")
    keys = _keys(rows)
    assert ("UKR", "Ternopil Oblast", "", "2025-04-12", None, None, None, None) in keys
    assert ("UKR", "Ternopil Oblast", "Ternopil", "2025-04-12", None, 2, None, None) in keys

"""Rules added in extractor 1.3.0 (generalization): districts, one-region claims, officials'
regions, Telegram bulletins, oblast totals, breakdowns of totals, small settlements and
transliteration skeletons, first names that are also village names."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions
from assets.extract.gazetteer import skeleton
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies


def _rows(text: str, published: str = "2024-12-01") -> list[dict]:
    return extract_mentions({"article_id": "v13", "text": text, "published_at": published})


def _where(rows: list[dict]) -> list[tuple]:
    return sorted((r["admin1"] or "", r["location"] or "", r["killed"], r["injured"],
                   r["intercepted"]) for r in rows)


def test_rural_districts_give_one_oblast_row():
    rows = _rows("Wreckage fell in the Bila Tserkva and Fastiv districts overnight, damaging a "
                 "barn. Nobody was hurt.")
    assert _where(rows) == [("Kyiv Oblast", "", 0, 0, None)]


def test_city_districts_are_not_settlements():
    places = find_places("Debris fell in the Darnytskyi and Podilskyi districts of the capital.")
    assert [(m.admin1, m.location) for m in places] == [("Kyiv City", "Kyiv")]


def test_singular_district_only_converts_the_last_name():
    rows = _rows("Kochetok, Chuhuiv district: a drone hit a barn; no one was injured.")
    assert _where(rows) == [("Kharkiv Oblast", "Kochetok", 0, 0, None)]


def test_interception_over_one_region_is_an_admin1_row():
    rows = _rows("The ministry said air defences had destroyed 17 drones over the Krasnodar "
                 "region overnight.")
    assert _where(rows) == [("Krasnodar Krai", "", None, None, 17)]
    assert rows[0]["geo_precision"] == "admin1"


def test_interception_over_the_governors_region():
    rows = _rows("A drone hit a shed in Shebekino, injuring a man. Gladkov added that air "
                 "defence had shot down six UAVs over the region.")
    assert _where(rows) == [("Belgorod Oblast", "", None, None, 6),
                            ("Belgorod Oblast", "Shebekino", None, 1, None)]


def test_officials_region_is_the_struck_place():
    rows = _rows("The governor of the Rovno region, Ivan Petrenko, said a boiler house had been "
                 "struck.")
    assert _where(rows) == [("Rivne Oblast", "", None, None, None)]


def test_official_title_and_the_port_city():
    rows = _rows("Odesa Gov. Oleh Kiper said the attack on the port city killed three people.")
    assert _where(rows) == [("Odesa Oblast", "Odesa", 3, None, None)]


def test_telegram_bulletin_place_prefix():
    rows = _rows('"Kupiansk: Russian troops dropped a KAB glide bomb on a market. Two men were '
                 'killed."')
    assert _where(rows) == [("Kharkiv Oblast", "Kupiansk", 2, None, None)]
    assert rows[0]["weapon"] == "glide_bomb"


def test_in_total_across_the_oblast_is_the_oblast_row():
    rows = _rows("Russian forces struck 9 settlements in Sumy Oblast. In total, three people were "
                 "killed and five injured across the oblast, the governor said.")
    assert _where(rows) == [("Sumy Oblast", "", 3, 5, None)]
    assert rows[0]["kind"] == "impact"


def test_total_followed_by_its_breakdown_is_not_added():
    got = [(c.field, c.wtype, c.value) for c in find_tallies(
        "Air defence neutralised 90 targets: 30 missiles and 60 drones.")]
    assert got == [("intercepted", "drone", 90)]


def test_model_number_after_slash_is_not_a_count():
    got = [(c.field, c.value) for c in find_tallies(
        "Russia launched 12 Shahed-136/131 drones at the south overnight.")]
    assert got == [("launched", 12)]


def test_killing_its_driver_is_one_killed():
    assert [(f.field, f.value) for f in find_casualties(
        "A drone hit a truck, killing its driver.")] == [("killed", 1)]


def test_small_settlements_and_russian_spellings_resolve():
    got = {m.location: m.admin1 for m in find_places(
        "Guided bombs hit Stepnohirsk, Huliaipole and Ochakov.")}
    assert got == {"Stepnohirsk": "Zaporizhzhia Oblast", "Huliaipole": "Zaporizhzhia Oblast",
                   "Ochakiv": "Mykolaiv Oblast"}


def test_skeleton_merges_transliterations():
    assert skeleton("Hulyaypole") == skeleton("Huliai-Pole") == skeleton("Guljajpole")
    assert skeleton("Kharkiv") != skeleton("Kherson")


def test_first_name_is_not_a_village():
    places = find_places("Mayor Serhii Nadal said a drone hit an energy facility in Ternopil.")
    assert [m.location for m in places] == ["Ternopil"]

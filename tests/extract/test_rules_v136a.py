"""Place rules added in extractor 1.36.0 (the fourth place round).
Sentences, places and figures are invented for these tests."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places


def _places(text: str) -> list[tuple]:
    return [(m.admin1, m.location, m.level) for m in find_places(text)]


def _rows(text: str, published: str = "2025-05-04T09:00:00Z") -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["admin1"] or "", r["location"] or "", r["geo_precision"], r["injured"])
                  for r in rows)


def test_a_district_of_a_city_region_is_the_city():
    assert _places("Debris broke the windows of a shop in the Balaklava district.") == [
        ("Sevastopol", "Sevastopol", "settlement")]


def test_an_area_of_a_city_region_is_the_city():
    assert _places("A drone fragment set fire to a garage in the Kacha area at night.") == [
        ("Sevastopol", "Sevastopol", "settlement")]


def test_a_district_of_the_russian_capital_is_the_capital():
    assert ("Moscow", "Moscow", "settlement") in _places(
        "A drone crashed into a depot in the Kapotnya district before dawn.")


def test_the_part_named_bare_stays_a_place_of_its_own():
    assert _places("Debris fell on a roof in Kacha on Monday.") == [
        ("Sevastopol", "Kacha", "settlement")]


def test_a_rural_district_still_stands_for_its_oblast():
    assert _places("Shelling damaged a farm in the Kupiansk district.") == [
        ("Kharkiv Oblast", None, "admin1")]


def test_the_governors_report_on_a_district_joins_the_citys_row():
    text = ("Air defences shot down nine drones over Sevastopol overnight, governor Pavel "
            "Ostapenko said on Sunday. Falling debris damaged a house in the Balaklava district "
            "and one man was hurt by glass.")
    assert _rows(text) == [("Sevastopol", "Sevastopol", "settlement", 1)]


def test_an_area_named_like_a_far_village_joins_the_citys_row():
    text = ("Air defences destroyed six missiles over Sevastopol overnight, the governor said. "
            "A woman was hurt when debris hit her house in the Lyubimovka area.")
    assert _rows(text) == [("Sevastopol", "Sevastopol", "settlement", 1)]


def test_a_pipeline_named_after_a_town_is_no_place():
    assert _places("Drones struck the Druzhba oil pipeline at a pumping station near Unecha.") \
        == [("Bryansk Oblast", "Unecha", "settlement")]


def test_a_pipeline_system_is_no_place_either():
    assert not any(loc == "Druzhba" for _, loc, _ in _places(
        "A valve of the Druzhba pipeline system near Sumy was damaged."))


def test_the_town_of_druzhba_is_still_a_place():
    assert any(loc == "Druzhba" for _, loc, _ in _places(
        "Shelling damaged two houses in the town of Druzhba in Sumy Oblast."))


def test_the_owner_of_a_refinery_is_no_place():
    assert _places("Debris started a fire at the Lukoil refinery in Volgograd on Tuesday.") == [
        ("Volgograd Oblast", "Volgograd", "settlement")]


def test_a_refinery_named_after_its_town_is_still_found():
    assert ("Ryazan Oblast", "Ryazan", "settlement") in _places(
        "Drones hit the Ryazan refinery early on Friday, the governor said.")


_DAY_LIST = ("Yesterday, May 3, Russian forces shelled nine settlements of the Kharkiv region, the "
             "regional administration said. It listed the attacks:\n"
             "- 07:40, Vovchansk (Vovchansk TG, Chuhuiv district): a glide bomb hit a shop; a "
             "55-year-old man was killed.\n"
             "- 19:05, Balakliia (Izium district), on the edge of town: a drone struck a garage; "
             "two women were injured.\n")


def test_each_timeline_entry_is_its_places_row():
    found = extract_mentions({"article_id": "t1", "text": _DAY_LIST,
                              "published_at": "2025-05-04T09:00:00Z", "title": None})
    rows = {r["location"]: (r["killed"], r["injured"], str(r["event_date"])) for r in found}
    assert rows == {"Vovchansk": (1, None, "2025-05-03"), "Balakliia": (None, 2, "2025-05-03")}


def test_the_bracketed_community_and_district_get_no_row():
    assert not {r[1] for r in _rows(_DAY_LIST)} & {"Chuhuiv", "Izium"}


def test_an_entry_without_brackets_is_read_too():
    assert ("Kharkiv Oblast", "Kupiansk", "settlement", 3) in _rows(
        "- 13:20, Kupiansk: shelling damaged a school; three civilians were injured.")


def _targets(text: str) -> list[tuple]:
    from assets.extract.sentences import split_sentences
    from assets.extract.targets import find_targets
    return [(m.admin1, m.location) for m in find_targets(split_sentences(text)[0], [])]


def test_a_plant_named_after_its_town_is_the_towns_row():
    assert _targets("The Dobrotvir power plant in the Lviv region, run by a private firm, was "
                    "struck again on Friday.") == [("Lviv Oblast", "Dobrotvir")]


def test_damage_to_a_town_plant_in_a_region_is_the_town():
    assert _targets("Officials confirmed damage to the Ladyzhyn thermal power plant in the "
                    "Vinnytsia region.") == [("Vinnytsia Oblast", "Ladyzhyn")]


def test_a_region_of_a_list_keeps_its_row_beside_the_plant():
    assert ("Khmelnytskyi Oblast", None) in _targets(
        "Power sites in the Rivne and Khmelnytskyi regions were struck, and the Burshtyn "
        "thermal power plant was reported damaged.")


def test_a_plant_named_after_its_region_leaves_the_region():
    from assets.extract.plant_towns import plant_towns
    text = "Debris fell near the Kursk nuclear power plant in the Kursk region."
    places = find_places(text)
    regions = [m for m in places if m.level == "admin1"]
    assert [m.admin1 for m in regions] == ["Kursk Oblast"]
    assert plant_towns(text, places, regions) == regions


def test_a_namesake_in_the_region_of_the_other_town_named():
    assert _places("Shelling hit Kupiansk, and a drone attack in Zolochiv wounded a man.") == [
        ("Kharkiv Oblast", "Kupiansk", "settlement"), ("Kharkiv Oblast", "Zolochiv", "settlement")]


def test_a_namesake_near_the_city_it_is_measured_from():
    assert ("Kharkiv Oblast", "Zolochiv", "settlement") in _places(
        "A drone struck a tractor in Zolochiv, some 45 km north-west of Kharkiv.")


def test_alone_the_larger_namesake_stays():
    assert _places("A drone struck a tractor in Zolochiv on Monday.") == [
        ("Lviv Oblast", "Zolochiv", "settlement")]


def test_a_city_keeps_its_pick_beside_a_village():
    assert ("Kharkiv Oblast", "Kharkiv", "settlement") in _places(
        "Drones hit Kharkiv and the village of Ruska Lozova overnight.")


def test_a_village_the_governor_places_stays_in_his_region():
    rows = _rows("Kharkiv mayor Ihor Terekhov said a drone hit a depot in Kharkiv, injuring two "
                 "workers. Across the border, Kursk governor Alexander Khinshtein said shelling "
                 "had wounded a man in the village of Plekhovo.")
    assert ("Kursk Oblast", "Plekhovo", "settlement", 1) in rows


def test_a_village_in_an_adjectival_district_is_of_that_region():
    assert _places("In the village of Nikolskoye in the Belgorodsky district, a shed burned.") \
        == [("Belgorod Oblast", "Nikolskoye", "settlement")]


def test_an_adjectival_district_opening_the_sentence_locates_its_village():
    assert _places("In the Belgorodsky district, a drone hit a barn near Zhuravlevka.") == [
        ("Belgorod Oblast", "Zhuravlevka", "settlement")]


def test_a_district_beside_another_regions_city_is_left():
    assert _places("Debris fell at a depot in the Krasnoyarsky district, 60 km from the city "
                   "of Astrakhan.") == [("Astrakhan Oblast", "Astrakhan", "settlement")]


def test_a_city_district_named_after_kyiv_moves_nothing():
    assert ("Donetsk Oblast", "Donetsk", "settlement") in _places(
        "Shells hit a market in the Kievsky district of Donetsk.")


def test_the_odesa_port_town_is_pivdennyi_of_odesa_oblast():
    assert _places("A drone damaged a grain silo in Pivdennyi on Sunday.") == [
        ("Odesa Oblast", "Pivdennyi", "settlement")]


def test_the_towns_older_name_is_the_same_place():
    assert _places("A drone damaged a grain silo in Yuzhne on Sunday.") == [
        ("Odesa Oblast", "Pivdennyi", "settlement")]

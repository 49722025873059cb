"""Rules added in extractor 1.24.0 (two mechanisms found across the four 100-article tuning sets:
places a report lists as hit, with no figure of their own, got no row; a counted claim over the
place the drones approached gave that place no row). A list of places is
struck when it follows "Damage was recorded in", when it is the subject of "reported hits on /
damage to", when "the A, B and C communities had also come under fire" follows "X said"; such a
list's rows keep weapon unknown when their sentence names none; "in several regions" in a later
clause does not turn the list's towns into regions. "N drones were shot down as they approached
/ flew towards the capital" gives the capital its row. Each fails on 1.23.0 but the five guards
(no damage recorded, a lone place as speaker, a habit with "has come under", "several drones on
approach to", "two of them on approach to X"), which keep the new cues from reaching what 1.23.0
already left alone."""

from assets.extract import context as cx
from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places


def _rows(text: str, published: str = "2025-03-22T12:00:00+02:00") -> list[dict]:
    return extract_mentions({"article_id": "v124", "text": text, "published_at": published,
                             "title": None})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"],
             r["launched"], r["weapon"]) for r in rows]


_LEAD = "Russia attacked Ukraine overnight with 120 drones and three missiles, the air force said."


def test_damage_was_recorded_in_a_list_of_regions_gives_each_region_a_row():
    rows = _rows(_LEAD + "\n\nDamage was recorded in the Poltava, Rivne and Volyn regions, the "
                 "air force said, without giving details.")
    assert _brief(rows) == [
        (None, None, "2025-03-22", None, None, 123, "mixed"),
        ("Poltava Oblast", None, "2025-03-22", None, None, None, "unknown"),
        ("Rivne Oblast", None, "2025-03-22", None, None, None, "unknown"),
        ("Volyn Oblast", None, "2025-03-22", None, None, None, "unknown"),
    ]


def test_no_damage_recorded_in_the_city_is_no_strike():
    assert not cx.is_strike_sentence("No damage was recorded in the city, the mayor said.")


def test_towns_reporting_hits_are_struck_places():
    rows = _rows(_LEAD + "\n\nVinnytsia and Uman reported hits on energy infrastructure.")
    assert _brief(rows)[1:] == [
        ("Cherkasy Oblast", "Uman", "2025-03-22", None, None, None, "unknown"),
        ("Vinnytsia Oblast", "Vinnytsia", "2025-03-22", None, None, None, "unknown"),
    ]


def test_towns_reporting_damage_stay_towns_beside_regions_of_another_clause():
    rows = _rows(_LEAD + "\n\nRivne, Lutsk and Uman also reported damage to energy sites, and "
                 "water supplies were disrupted in several regions.")
    assert [(r["admin1"], r["location"]) for r in rows][1:] == [
        ("Cherkasy Oblast", "Uman"), ("Rivne Oblast", "Rivne"), ("Volyn Oblast", "Lutsk")]


def test_a_lone_place_reporting_strikes_is_a_speaker():
    # "Kyiv reported strikes on refineries": the government speaks, no place of a list
    s = "Kyiv reported strikes on two refineries."
    m = find_places(s, [], False)[0]
    assert not cx.is_target(s, m, m)


def test_communities_that_had_also_come_under_fire_after_said_the_are_struck():
    rows = _rows("Russian drones struck Sumy overnight, injuring two people, the regional "
                 "administration said.\n\nThe administration said the Khotin, Esman and "
                 "Vorozhba communities had also come under fire, without giving details.")
    assert [(r["location"], r["injured"]) for r in rows] == [
        ("Sumy", 2), ("Esman", None), ("Khotin", None), ("Vorozhba", None)]


def test_a_region_that_has_come_under_frequent_attack_is_a_habit():
    assert not cx.is_strike_sentence(
        "The region, which borders Russia, has come under frequent fire since the spring.")


# --- an official's counted claim over the place the drones approached (second mechanism) ------

_RU_LEAD = ("Russian air defences destroyed 200 Ukrainian drones overnight, the Defence Ministry "
            "said.\n\n")


def test_drones_shot_down_as_they_approached_the_capital_give_the_city_its_claim():
    rows = _rows(_RU_LEAD + "Moscow Mayor Sergei Sobyanin said 31 drones had been shot down as "
                 "they approached the capital.")
    assert [(r["admin1"], r["location"], r["intercepted"]) for r in rows] == [
        (None, None, 200), ("Moscow", "Moscow", 31)]


def test_an_attack_repelled_by_counted_drones_flying_towards_the_capital_is_its_row():
    rows = _rows(_RU_LEAD + "Moscow Mayor Sergei Sobyanin said air defence forces had repelled "
                 "an attack by nine drones flying towards the capital.")
    assert [(r["location"], r["intercepted"]) for r in rows] == [(None, 200), ("Moscow", 9)]


def test_several_drones_on_approach_to_the_capital_give_no_row():
    rows = _rows(_RU_LEAD + "Moscow Mayor Sergei Sobyanin said several drones had been shot "
                 "down on approach to the capital.")
    assert [r["location"] for r in rows] == [None]


def test_two_of_a_regions_drones_on_approach_to_a_town_stay_the_regions():
    s = "He said air defences had destroyed five drones over the region, two of them on " \
        "approach to Orsk."
    m = find_places(s, [], False)[-1]
    assert m.location == "Orsk" and not cx.is_target(s, m, m)

"""Rules added in extractor 1.24.0 (one mechanism found across the four 100-article tuning sets:
places a report lists as hit, with no figure of their own, got no row). A list of places is
struck when it follows "Damage was recorded in", when it is the subject of "reported hits on /
damage to", when "the A, B and C communities had also come under fire" follows "X said"; such a
list's rows keep weapon unknown when their sentence names none; "in several regions" in a later
clause does not turn the list's towns into regions. Each fails on 1.23.0 but the three guards
(no damage recorded, a lone place as speaker, a habit with "has come under"), which keep the new
cues from reaching what 1.23.0 already left alone."""

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

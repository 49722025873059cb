"""Rules added in extractor 1.39.0, weapons and tallies (weapon, launched, intercepted and tally
rows pooled over unseen26, unseen27, unseen28, unseen29 and unseen30, twenty authors).
Sentences, places and figures are invented for these tests. The rule tests fail without the
rule's hook; the guards pass with and without it."""

from assets.extract.drone_shelling import joint_attack
from assets.extract.extractor import extract_mentions
from assets.extract.tallies import find_tallies
from assets.extract.weapons import find_weapons


def _rows(text: str, published: str, title: str | None = None) -> list[tuple]:
    rows = extract_mentions({"article_id": "v139w", "text": text, "published_at": published,
                             "title": title})
    return sorted((r["geo_precision"], r["admin1"] or "", r["location"] or "",
                   str(r["event_date"]), r["weapon"], r["injured"]) for r in rows)


def test_towns_hit_by_artillery_and_drones_in_one_phrase_are_mixed():
    text = ("Russian artillery and drones pounded Marhanets and Pokrovske on Tuesday, wounding "
            "a 49-year-old woman in Marhanets, regional governor Serhii Lysak said.")
    assert _rows(text, "2024-09-10") == [
        ("settlement", "Dnipropetrovsk Oblast", "Marhanets", "2024-09-10", "mixed", 1),
        ("settlement", "Dnipropetrovsk Oblast", "Pokrovske", "2024-09-10", "mixed", None)]


def test_towns_hit_by_artillery_and_uavs_in_one_phrase_are_mixed():
    # "UAVs" for "drones": the article's gate read "rone" alone and kept such towns `drone`
    text = ("Russian artillery and UAVs shelled Marhanets and Pokrovske on Tuesday, wounding "
            "a 61-year-old man in Pokrovske, regional governor Serhii Lysak said.")
    assert _rows(text, "2024-09-10") == [
        ("settlement", "Dnipropetrovsk Oblast", "Marhanets", "2024-09-10", "mixed", None),
        ("settlement", "Dnipropetrovsk Oblast", "Pokrovske", "2024-09-10", "mixed", 1)]


def test_a_regions_day_told_with_a_list_of_weapons_is_mixed():
    text = ("Over the past day, Russian forces attacked 27 settlements in the Kherson region "
            "with artillery, mortars, drones and aircraft, injuring six people, the regional "
            "military administration said on Wednesday.")
    assert _rows(text, "2024-10-16") == [
        ("admin1", "Kherson Oblast", "", "2024-10-16", "mixed", 6)]


def test_a_town_named_after_its_districts_joint_attack_is_mixed():
    text = ("Russian troops attacked the Nikopol district with kamikaze drones and heavy "
            "artillery 14 times on Friday, the governor said.\n\n"
            "In Nikopol, a 70-year-old man was injured and a shop was damaged.")
    rows = _rows(text, "2024-08-23")
    assert ("settlement", "Dnipropetrovsk Oblast", "Nikopol", "2024-08-23", "mixed", 1) in rows


def test_a_town_with_its_own_drone_sentence_stays_drone():
    text = ("Russian forces attacked the Nikopol district with drones and artillery on Monday, "
            "the governor said.\n\n"
            "In Marhanets, an FPV drone struck a car, injuring its 52-year-old driver.")
    rows = _rows(text, "2024-07-08")
    assert ("settlement", "Dnipropetrovsk Oblast", "Marhanets", "2024-07-08", "drone", 1) in rows


def test_a_shelled_town_is_mixed_and_the_drone_tally_over_its_region_stays_drone():
    text = ("Russian artillery and drones hit Kupiansk on Sunday, the governor said.\n\n"
            "Air defences shot down nine drones over the Kharkiv region overnight, the governor "
            "said.")
    rows = extract_mentions({"article_id": "v139w", "text": text, "published_at": "2024-06-02",
                             "title": None})
    assert sorted((r["location"] or "", r["weapon"], r["intercepted"]) for r in rows) == [
        ("", "drone", 9), ("Kupiansk", "mixed", None)]


def test_joint_attack_reads_drones_joined_with_guns_not_other_pairs():
    assert joint_attack("attacked with artillery, mortars, tanks and drones")
    assert joint_attack("Russian shelling and drone attacks killed two people")
    assert joint_attack("hit with kamikaze drones as well as heavy artillery")
    assert not joint_attack("a drone and a missile hit the port")
    assert not joint_attack("drones and aircraft attacked the town; shelling went on")
    assert not joint_attack("the town was shelled, and a drone hit a car")


def test_drones_locationally_lost_in_quotes_are_not_interceptions():
    text = ("Russia launched 60 missiles and 120 drones at Ukraine overnight, the air force "
            "said. Air defences shot down 50 missiles and 70 drones, and another 40 drones were "
            "\"locationally lost\", the air force said.")
    rows = extract_mentions({"article_id": "v139w", "text": text, "published_at": "2024-11-17",
                             "title": None})
    assert [(r["geo_precision"], r["weapon"], r["launched"], r["intercepted"]) for r in rows] == [
        ("country", "mixed", 180, 120)]


def test_find_tallies_reads_a_quoted_lost_count_as_no_count():
    counts = find_tallies("Air defences shot down 31 drones, while 12 decoys were "
                          "\u201clocally lost\u201d over the north.")
    assert [(c.field, c.value) for c in counts] == [("intercepted", 31)]


def test_uragan_smerch_and_tornado_rockets_are_artillery_with_their_model():
    assert find_weapons("Russian troops fired Uragan rockets at the town.") == (
        {"rocket"}, ["Uragan"])
    assert find_weapons("a Smerch multiple rocket launcher struck a school") == (
        {"rocket"}, ["Smerch"])
    text = ("Two people were wounded in Kurakhove on Monday when Russian forces fired Tornado-S "
            "rockets at a residential quarter, the governor said.")
    rows = extract_mentions({"article_id": "v139w", "text": text, "published_at": "2024-04-08",
                             "title": None})
    assert [(r["location"], r["weapon"], r["weapon_model"], r["injured"]) for r in rows] == [
        ("Kurakhove", "artillery", "Tornado-S", 2)]

"""Rules added in extractor 1.30.0, tallies (launched / intercepted errors and tally rows pooled
over unseen20, unseen21, unseen22 and unseen23, sixteen authors): a governor's interception
claim over districts of his region is the region's row; a defence ministry's count for the one
attack just told is that place's, not a country tally; a launch site is no place struck.
Sentences, places and figures are invented for these tests. Each rule test fails on 1.29.1 (the
helpers' tests too: the modules are new); the guards on rows pass on both
(test_drones_downed_over_districts_of_a_city_stay_the_citys,
test_a_ministrys_nightly_count_after_a_towns_attack_stays_the_countrys,
test_a_ministrys_large_count_after_a_towns_attack_stays_the_countrys,
test_rockets_fired_from_a_launcher_and_downed_over_a_region_keep_its_row, and the rows of
test_debris_from_a_launched_drone_falling_on_a_village_keeps_its_row)."""

from assets.extract.district_claims import district_claim_region
from assets.extract.extractor import extract_mentions
from assets.extract.launch_sites import launched_from
from assets.extract.ministry_own_attack import ministry_count_of_the_place
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v130a", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["admin1"] or "", r["location"] or "", r["launched"],
                   r["intercepted"]) for r in rows)


def test_drones_downed_over_a_city_and_districts_of_the_region_are_the_regions():
    text = ("Air defence forces destroyed nine drones over the city of Kursk and two districts "
            "of the region overnight, the governor said on Monday.\n\nIn Kursk, debris damaged "
            "the roof of a garage, he said.")
    assert _rows(text, "2025-03-10") == [
        ("admin1", "Kursk Oblast", "", None, 9),
        ("settlement", "Kursk Oblast", "Kursk", None, None),
    ]


def test_drones_repelled_in_a_town_and_named_districts_are_the_regions():
    text = ("Drones attacked Novoshakhtinsk overnight, setting a warehouse on fire, the acting "
            "governor said.\n\n\"Eleven UAVs were repelled in Novoshakhtinsk and in the "
            "Tarasovsky and Sholokhovsky districts,\" he wrote on Telegram.")
    assert _rows(text, "2025-06-02") == [
        ("admin1", "Rostov Oblast", "", None, 11),
        ("settlement", "Rostov Oblast", "Novoshakhtinsk", None, None),
    ]


def test_drones_downed_over_the_city_and_districts_naming_none_are_the_towns_region():
    text = ("Debris from a drone damaged a school in Lipetsk overnight, the regional governor "
            "said on Thursday.\n\n\"Air defence forces shot down seven UAVs over the city and "
            "two districts of the region,\" the governor wrote.")
    assert _rows(text, "2025-05-15") == [
        ("admin1", "Lipetsk Oblast", "", None, 7),
        ("settlement", "Lipetsk Oblast", "Lipetsk", None, None),
    ]


def test_drones_downed_over_districts_of_a_city_stay_the_citys():
    text = ("Air defence shot down four drones over the Darnytskyi and Obolonskyi districts of "
            "Kyiv overnight, the city administration said on Sunday.")
    assert _rows(text, "2024-09-01") == [("settlement", "Kyiv City", "Kyiv", None, 4)]


def test_district_claim_region_reads_only_interception_claims():
    text = "Nine drones hit homes in Kursk and two districts of the region overnight."
    assert district_claim_region(text, find_tallies(text), [], [], "Kursk Oblast") is None
    text = "Air defence destroyed nine drones over the city and two districts of the region."
    reg = district_claim_region(text, find_tallies(text), [], [], "Kursk Oblast")
    assert reg is not None and reg.admin1 == "Kursk Oblast"


def test_a_ministrys_count_at_the_target_just_told_is_the_towns():
    text = ("Ukraine attacked an oil depot in Feodosia with drones early on Friday, setting it "
            "on fire, the Russian-installed governor said.\n\nAccording to Russia's Defence "
            "Ministry, Kiev sent 14 drones at the depot, and 11 were shot down by air defences.")
    assert _rows(text, "2024-11-08") == [("settlement", "Crimea", "Feodosiya", 14, 11)]


def test_a_ministrys_terrorist_attack_involving_drones_is_the_towns():
    text = ("Drones struck two office buildings in Kaluga early on Wednesday, the governor "
            "said.\n\nRussia's Defence Ministry blamed Kyiv for what it called a terrorist "
            "attack involving six drones.")
    assert _rows(text, "2024-06-12") == [("settlement", "Kaluga Oblast", "Kaluga", 6, None)]


def test_a_ministrys_nightly_count_after_a_towns_attack_stays_the_countrys():
    text = ("Drones struck two office buildings in Kaluga early on Wednesday, the governor "
            "said.\n\nRussia's Defence Ministry said air defences destroyed 17 Ukrainian drones "
            "overnight.")
    assert _rows(text, "2024-06-12") == [
        ("country", "", "", None, 17),
        ("settlement", "Kaluga Oblast", "Kaluga", None, None),
    ]


def test_a_ministrys_large_count_after_a_towns_attack_stays_the_countrys():
    text = ("Drones struck two office buildings in Kaluga early on Wednesday, the governor "
            "said.\n\nRussia's Defence Ministry said air defences had destroyed 35 Ukrainian "
            "drones.")
    assert _rows(text, "2024-06-12") == [
        ("country", "", "", None, 35),
        ("settlement", "Kaluga Oblast", "Kaluga", None, None),
    ]


def test_ministry_count_of_the_place_needs_the_ministry_and_no_scope():
    text = "The ministry said Kiev fired six missiles at the plant."
    assert ministry_count_of_the_place(text, find_tallies(text))
    text = "The mayor said Kiev fired six missiles at the plant."
    assert not ministry_count_of_the_place(text, find_tallies(text))
    text = "The ministry said Kiev fired six missiles at the region's plants over the past day."
    assert not ministry_count_of_the_place(text, find_tallies(text))


def test_a_launch_site_region_gets_no_row():
    text = ("Ukraine's air force said on Tuesday that it had shot down 23 of the 27 Shahed drones "
            "Russia launched overnight.\n\nThe drones were launched from the Bryansk region and "
            "from Cape Chauda in occupied Crimea, the air force said.")
    assert _rows(text, "2024-10-22") == [("country", "", "", 27, 23)]


def test_missiles_fired_from_bombers_over_a_region_are_the_towns():
    text = ("Russian missiles hit a bus depot in Kremenchuk on Monday, killing two people, the "
            "governor said.\n\nThe air force said three Kh-22 missiles had been fired at the city "
            "from bombers flying over the Kursk region.")
    assert _rows(text, "2023-04-03") == [("settlement", "Poltava Oblast", "Kremenchuk", 3, None)]


def test_rockets_fired_from_a_launcher_and_downed_over_a_region_keep_its_row():
    text = ("The Russian Defence Ministry said air defences had destroyed nine rockets fired from "
            "a multiple launch rocket system and four drones over the Kursk region overnight.")
    assert _rows(text, "2024-09-14") == [("admin1", "Kursk Oblast", "", None, 13)]


def test_launched_from_reads_the_gap_before_the_place():
    text = "The drones were launched from the Bryansk region, the air force said."
    m = next(m for m in find_places(text, []) if m.admin1 == "Bryansk Oblast")
    assert launched_from(text, m)
    text = "Drones launched from the north hit a depot in the Bryansk region."
    m = next(m for m in find_places(text, []) if m.admin1 == "Bryansk Oblast")
    assert not launched_from(text, m)


def test_debris_from_a_launched_drone_falling_on_a_village_keeps_its_row():
    text = ("Russia launched 30 drones overnight, and debris from one fell in the village of "
            "Kalynivka in the Kyiv region, injuring a woman, the governor said.")
    m = next(m for m in find_places(text, []) if m.location == "Kalynivka")
    assert not launched_from(text, m)
    assert [r[:3] for r in _rows(text, "2024-03-22")] == [("settlement", "Kyiv Oblast",
                                                           "Kalynivka")]

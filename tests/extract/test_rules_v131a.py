"""Rules added in extractor 1.31.0, tallies (launched / intercepted / weapon errors and tally rows
pooled over unseen21, unseen22, unseen23 and unseen24, sixteen authors): the place a nationwide
tally was mainly aimed at is no place struck, and its count is the country's; an interception
claim naming "mobile fire groups" or "a total of N drones" is no impact, so the regions it lists
get no rows; a lone weapon named beside a tally's count ("all 19 drones and a missile", "as well
as the only drone", "shot down a Neptune missile and 12 drones") is one more.
Sentences, places and figures are invented for these tests. The rule tests fail on 1.30.0 (the
helper's test too: the module is new); the guards pass on both."""

from assets.extract import context as cx
from assets.extract.extractor import extract_mentions
from assets.extract.main_direction import aimed_split, mainly_aimed_at
from assets.extract.places import find_places
from assets.extract.single_weapons import as_well_as_one, downed_one_before, joined_to_all


def _rows(text: str, published: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "v131a", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["geo_precision"], r["admin1"] or "", r["location"] or "", r["weapon"],
                   r["launched"], r["intercepted"]) for r in rows)


def test_a_tally_mainly_targeting_a_region_is_the_countrys():
    text = ("Russia attacked Ukraine overnight with three Kh-101 cruise missiles and 27 Shahed "
            "drones, mainly targeting the Volyn region in the north-west, the air force said on "
            "Tuesday.\n\nTwenty-four were destroyed, it said.")
    assert _rows(text, "2024-09-17") == [("country", "", "", "mixed", 30, 24)]


def test_drones_mostly_aimed_at_a_region_told_later_keep_the_regions_own_row():
    text = ("Russia attacked Ukraine with 41 Shahed drones overnight, most of them aimed at the "
            "Chernihiv region, the air force said. Thirty-six were shot down.\n\nThe head of the "
            "Chernihiv regional administration said a warehouse in the Nizhyn district had been "
            "damaged. There were no casualties in the region.")
    assert _rows(text, "2023-11-06") == [
        ("admin1", "Chernihiv Oblast", "", "drone", None, None),
        ("country", "", "", "drone", 41, 36),
    ]


def test_a_tally_mostly_against_the_capital_is_the_countrys_and_the_capital_keeps_its_row():
    text = ("Falling debris injured four people in Kyiv overnight, the city's mayor said on "
            "Saturday.\n\nThe air force said Russia had launched 212 drones and eight missiles, "
            "mostly against the capital. It said 190 drones and seven missiles had been shot "
            "down.")
    assert _rows(text, "2025-02-08") == [
        ("country", "", "", "mixed", 220, 197),
        ("settlement", "Kyiv City", "Kyiv", "mixed", None, None),
    ]


def test_a_tally_mostly_targeting_named_cities_keeps_the_cities_rows():
    # guard: towns named after "mostly targeting the cities of" are places hit, as before
    text = ("The air force said Russia had launched 310 drones and missiles overnight, mostly "
            "targeting the western cities of Ternopil and Khmelnytskyi.")
    assert _rows(text, "2025-07-04") == [
        ("country", "", "", "mixed", 310, None),
        ("settlement", "Khmelnytskyi Oblast", "Khmelnytskyi", "mixed", None, None),
        ("settlement", "Ternopil Oblast", "Ternopil", "mixed", None, None),
    ]


def test_a_tally_aimed_at_the_capital_where_people_were_hurt_keeps_the_capitals_count():
    # guard: a casualty figure in the sentence tells the capital was struck
    text = ("Russia fired nine ballistic missiles and 180 drones overnight, most of them aimed "
            "at the capital, where 12 people were injured.")
    assert _rows(text, "2025-05-20") == [
        ("settlement", "Kyiv City", "Kyiv", "mixed", 189, None),
    ]


def test_mainly_aimed_at_reads_the_phrase_right_before_the_place():
    text = ("Russia fired 40 drones, most of them aimed at the Sumy region, and a drone hit "
            "Sumy.")
    region, town = find_places(text, [])
    assert mainly_aimed_at(text, region)
    assert not mainly_aimed_at(text, town)
    facilities = "Russia fired 40 drones, mostly at energy facilities in the Sumy region."
    assert not mainly_aimed_at(facilities, find_places(facilities, [])[0])
    kept, country = aimed_split(text, [region, town])
    assert (kept, country) == ([town], "UKR")


def test_regions_where_mobile_fire_groups_downed_drones_get_no_rows():
    text = ("Russia attacked Ukraine overnight with 24 Shahed drones, the air force said on "
            "Friday. Mobile fire groups and fighter jets took part in repelling the attack, with "
            "drones downed over the Poltava, Cherkasy and Zhytomyr regions.")
    assert _rows(text, "2024-10-11") == [("country", "", "", "drone", 24, None)]


def test_regions_of_a_claim_of_a_total_of_drones_destroyed_get_no_rows():
    text = ("Russia's defence ministry said its air defences had destroyed a total of 37 "
            "Ukrainian drones overnight over the Kursk, Voronezh and Tambov regions.")
    assert _rows(text, "2025-01-20") == [("country", "", "", "drone", None, 37)]


def test_intercept_only_reads_fire_crews_and_totals_of_weapons():
    assert cx.intercept_only("Mobile fire groups shot down 12 drones over the region.")
    assert cx.intercept_only("Air defences destroyed a total of 15 drones over the region.")
    # guards: a fire on the ground and a total of houses destroyed are impacts
    assert not cx.intercept_only("Air defence shot down 12 drones, but debris started a fire "
                                 "at a depot.")
    assert not cx.intercept_only("The strike destroyed a total of 15 houses in the village.")


def test_all_drones_and_a_missile_downed_count_the_missile_launched_too():
    text = ("Ukraine's air defences destroyed all 26 Shahed attack drones and a Kh-59 guided "
            "missile that Russia launched overnight, the air force said on Monday.")
    assert _rows(text, "2024-06-03") == [("country", "", "", "mixed", 27, 27)]


def test_the_only_drone_as_well_as_n_of_m_missiles_counts_one_more():
    text = ("The air force said it had shot down 17 of the 22 Kalibr cruise missiles Russia "
            "launched overnight, as well as the only Shahed drone sent in the attack.")
    assert _rows(text, "2023-03-14") == [("country", "", "", "mixed", 23, 18)]


def test_several_drones_as_well_as_n_of_m_missiles_add_no_count():
    # guard: a vague number adds nothing
    text = ("The air force said it had shot down 17 of the 22 missiles Russia launched "
            "overnight, as well as several drones.")
    assert _rows(text, "2023-03-14") == [("country", "", "", "mixed", 22, 17)]


def test_single_weapon_helpers_read_the_join_and_the_clause():
    text = "Air defences destroyed all 26 Shahed attack drones and a Kh-59 missile."
    assert joined_to_all(text, text.index("a Kh-59"), "a", text.index(" attack"))
    assert not joined_to_all(text, text.index("a Kh-59"), "a", -1)
    two = "It downed 17 of the 22 missiles, as well as the only drone."
    assert as_well_as_one(two, two.index(", as")) == ("drone", two.index("drone"))
    cut = "It downed 17 of the 22 missiles. Officials, as well as a drone expert, spoke."
    assert as_well_as_one(cut, cut.index(". Officials")) is None


def test_a_missile_and_n_drones_shot_down_over_a_region_are_n_plus_one():
    text = ("Russia's defence ministry said its air defences had shot down a Ukrainian Neptune "
            "missile and nine drones over the Kherson region overnight.")
    assert _rows(text, "2024-08-20") == [("admin1", "Kherson Oblast", "", "mixed", None, 10)]


def test_downed_one_before_reads_a_lone_weapon_of_the_claim():
    text = "Air defences shot down a Neptune missile and nine drones."
    assert downed_one_before(text, text.index("nine")) == "missile"
    other = "A drone hit a house, and nine drones were shot down."
    assert downed_one_before(other, other.index("nine")) is None

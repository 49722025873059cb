"""Rules added in extractor 1.4.0 (generalization): weapons not leaking from neighbouring
sentences, people named by role, toll updates, direction phrases, community lists, region sums
with "including", week-long tallies, country-qualified city names."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-03-15") -> list[dict]:
    return extract_mentions({"article_id": "v14", "text": text, "published_at": published})


def _row(rows: list[dict], location: str | None, admin1: str | None = None) -> dict:
    return next(r for r in rows if r["location"] == location
                and (admin1 is None or r["admin1"] == admin1))


# --- casualties: role nouns, pairs, toll updates -------------------------------------------

def test_role_noun_with_modifier_counts_people():
    assert _figs("Two railway workers were killed and five others injured.") == [
        ("killed", 2, "plain"), ("injured", 5, "plain")]


def test_plain_role_nouns_count_people():
    assert _figs("Three firefighters were injured.") == [("injured", 3, "plain")]
    assert _figs("Four rescuers were killed in a double-tap strike.") == [("killed", 4, "plain")]


def test_one_named_person_and_a_number_add_up():
    assert _figs("An FPV drone hit a minibus, wounding the driver and two passengers.") == [
        ("injured", 3, "plain")]


def test_person_and_relative_are_two():
    assert _figs("A drone attack on the village injured a woman and her son.") == [
        ("injured", 2, "plain")]


def test_role_plural_and_one_more_person():
    assert _figs("Two policemen and a medic were wounded.") == [("injured", 3, "plain")]


def test_bringing_the_death_toll_is_an_update():
    assert _figs("Another body was recovered, bringing the death toll to four.") == [
        ("killed", 4, "update")]


def test_raising_the_number_of_injured_is_an_update():
    assert _figs("Later reports raised the number of injured to 19.") == [
        ("injured", 19, "update")]


def test_claiming_the_lives_of_is_killed():
    assert _figs("The shelling went on all day, claiming the lives of two people and wounding "
                 "eleven.") == [("killed", 2, "plain"), ("injured", 11, "plain")]


def test_claimed_with_a_count_of_drones_is_no_casualty():
    assert _figs("Russia claimed 30 drones were destroyed overnight.") == []


def test_hospitalised_role_nouns_are_injured():
    assert _figs("Four pensioners were hospitalised with shrapnel wounds.") == [
        ("injured", 4, "plain")]


def test_toll_update_in_an_article_replaces_the_first_figure():
    rows = _rows("A glide bomb struck an apartment block in Kharkiv, killing three people. "
                 "Later rescuers found another body, bringing the death toll to four.")
    assert [(r["location"], r["killed"], r["weapon"]) for r in rows] == [
        ("Kharkiv", 4, "glide_bomb")]


# --- places: direction phrases, lists, region sums, country-qualified names ----------------

def test_direction_phrase_names_a_reference_not_a_target():
    rows = _rows("In the town of Vidnoye, south of Moscow, a drone hit a residential building, "
                 "killing one person and injuring seven.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Vidnoye", 1, 7)]


def test_near_a_city_keeps_the_village():
    rows = _rows("In the village of Kozacha Lopan, near Kharkiv, a guided bomb hit a house, "
                 "wounding the owner and two neighbours.")
    assert [(r["location"], r["injured"], r["weapon"]) for r in rows] == [
        ("Kozacha Lopan", 3, "glide_bomb")]


def test_near_a_city_alone_is_the_target():
    rows = _rows("A drone hit a warehouse near Kharkiv; no casualties were reported.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Kharkiv", 0, 0)]


def test_two_communities_before_a_plural_noun_are_two_rows():
    rows = _rows("The Myrove and Pokrovske communities were shelled with artillery; two houses "
                 "were damaged, with no casualties.")
    assert sorted((r["location"], r["killed"], r["weapon"]) for r in rows) == [
        ("Myrove", 0, "artillery"), ("Pokrovske", 0, "artillery")]


def test_region_sum_with_including_keeps_the_region_figures():
    rows = _rows("Over the past day Russian troops carried out 312 attacks on 29 settlements in "
                 "the Kherson region, including the city of Kherson, killing two people and "
                 "wounding eleven.")
    region = _row(rows, None, "Kherson Oblast")
    assert (region["killed"], region["injured"]) == (2, 11)
    assert all(r["killed"] is None for r in rows if r["location"] == "Kherson")


def test_country_qualified_city_picks_that_country():
    places = find_places("A missile hit the southern Ukrainian city of Nikolayev on Sunday.")
    assert [(m.country, m.location) for m in places] == [("UKR", "Mykolaiv")]


def test_mayor_city_interceptions_go_to_the_city():
    rows = _rows("Kharkiv Mayor Ihor Terekhov said 12 drones flying towards the city had been "
                 "shot down.")
    assert [(r["location"], r["admin1"], r["intercepted"]) for r in rows] == [
        ("Kharkiv", "Kharkiv Oblast", 12)]


# --- weapons: own strike, attack as a whole, sibling places --------------------------------

def test_place_struck_by_a_strike_of_its_own_keeps_unknown():
    rows = _rows("Russia attacked Odesa with Onyx missiles and Shahed drones overnight. "
                 "In Mykolaiv, a Russian strike destroyed a garage.")
    assert _row(rows, "Odesa")["weapon"] == "mixed"
    assert _row(rows, "Mykolaiv")["weapon"] == "unknown"


def test_place_hit_in_a_combined_attack_takes_the_attack_weapons():
    rows = _rows("Ukraine's Air Force said Russia fired 40 missiles and 100 Shahed-type drones "
                 "overnight. Air defence neutralised 90 targets. Another 20 drones were lost "
                 "to electronic warfare.\n\nKharkiv was also targeted; no casualties were "
                 "reported there.")
    assert _row(rows, "Kharkiv")["weapon"] == "mixed"


def test_sibling_town_weapon_does_not_leak():
    rows = _rows("A second man was killed by artillery shelling in Bilozerka. Russian troops "
                 "also struck Antonivka and Stanislav, damaging 14 private houses.")
    assert _row(rows, "Bilozerka")["weapon"] == "artillery"
    assert _row(rows, "Antonivka")["weapon"] == "unknown"


def test_follow_on_sentence_after_one_town_binds_its_weapon():
    rows = _rows("In Kherson, Russian forces attacked a bus stop, killing a man. Six more people "
                 "were wounded in the city when kamikaze drones attacked a high-rise building. "
                 "Russian troops also struck Antonivka, damaging a shop.")
    assert _row(rows, "Kherson")["weapon"] == "drone"
    assert _row(rows, "Antonivka")["weapon"] == "unknown"


def test_regional_sentence_gives_its_weapon_to_towns_of_the_region():
    rows = _rows("Last night the Russian army struck several communities in the Sumy region "
                 "with attack UAVs. In the Nedryhailiv community, a farm was damaged.")
    assert _row(rows, "Nedryhailiv")["weapon"] == "drone"


# --- tallies ---------------------------------------------------------------------------------

def test_single_weapon_with_an_article_is_no_launch_count():
    assert find_tallies("Russia hit Dnipro with a ballistic missile in the evening.") == []
    assert find_tallies("One drone hit a dormitory in Yelabuga.") == []


def test_two_missiles_hitting_a_city_still_count():
    assert [(c.field, c.value) for c in find_tallies("Two Kh-59 missiles hit the city.")] == [
        ("hit", 2)]


def test_week_long_tally_gives_no_figure():
    rows = _rows("A drone hit a car in Shebekino, killing its driver. Over the past week, the "
                 "governor said, more than 200 drones had been launched at the region.")
    assert [(r["location"], r["killed"], r["launched"]) for r in rows] == [
        ("Shebekino", 1, None)]


def test_electronic_warfare_losses_are_not_interceptions():
    rows = _rows("Air defence shot down 23 of the 30 drones, while 5 were neutralised by "
                 "electronic warfare, Ukraine's Air Force said.")
    assert [(r["kind"], r["launched"], r["intercepted"]) for r in rows] == [("wave", 30, 23)]


def test_naval_drones_are_no_air_tally():
    assert find_tallies("Three naval drones were destroyed at sea off the coast.") == []

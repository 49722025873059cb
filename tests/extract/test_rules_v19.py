"""Rules added in extractor 1.9.0 (error classes of data/eval/unseen4, stated as phrasings), each
checked on made-up sentences: animals are no casualties ("killing two cows"), a named person
"was not hurt" (0 and 0), "a resident of <town> was killed", minor injuries ("received a cut"),
shop staff and customers as people, "N of which were shot down", and "the capital" next to a
launch site in Russia ("fired at the capital from the Kursk region") is still Kyiv."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-03-04") -> list[dict]:
    return extract_mentions({"article_id": "v19", "text": text, "published_at": published})


# --- casualties -----------------------------------------------------------------------------------

def test_killed_animals_are_no_casualties():
    assert _figs("A shell hit a barn near the village, killing three horses.") == []
    assert _figs("A drone hit a farm, killing 40 cows and injuring a worker.") == [
        ("injured", 1, "plain")]


def test_named_person_not_hurt_is_zero():
    assert _figs("The tractor driver was not hurt.") == [("killed", 0, "zero"),
                                                          ("injured", 0, "zero")]
    assert _figs("Its passengers were unhurt, police said.") == [("killed", 0, "zero"),
                                                                 ("injured", 0, "zero")]


def test_not_hurt_does_not_zero_a_figure():
    assert _figs("The building was not damaged, but two people were hurt.") == [
        ("injured", 2, "plain")]


def test_resident_of_a_town_was_killed():
    assert _figs("A resident of Kupiansk was killed by shelling on Monday.") == [
        ("killed", 1, "plain")]
    assert _figs("A pensioner of Nikopol was wounded in a drone attack.") == [
        ("injured", 1, "plain")]


def test_received_a_cut_or_bruises_is_one_injured():
    assert _figs("A 45-year-old woman received a cut from flying glass.") == [
        ("injured", 1, "plain")]
    assert _figs("A passer-by suffered bruises and was treated on the spot.") == [
        ("injured", 1, "plain")]


def test_shop_staff_and_customers_are_people():
    assert _figs("A bomb hit a supermarket, wounding a cashier and three customers.") == [
        ("injured", 4, "plain")]
    assert _figs("A shop assistant was killed when a drone hit the kiosk.") == [
        ("killed", 1, "plain")]


def test_single_zero_rows_for_a_truck_and_a_driver_not_hurt():
    rows = _rows("On Monday, a Russian drone hit a truck near the village of Velykyi Burluk in "
                 "the Kharkiv region. The driver was not hurt, the regional governor said.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [
        ("Velykyi Burluk", 0, 0)]


# --- tallies --------------------------------------------------------------------------------------

def test_n_of_which_were_shot_down():
    counts = [(c.field, c.wtype, c.value) for c in find_tallies(
        "Russia launched 87 drones overnight, 61 of which were shot down, the Air Force said.")]
    assert counts == [("launched", "drone", 87), ("intercepted", "drone", 61)]


# --- places ---------------------------------------------------------------------------------------

def test_capital_with_a_launch_site_in_russia_is_kyiv():
    text = ("Six missiles were fired at the capital from the Kursk region, and five of them were "
            "shot down.")
    assert [(m.location, m.admin1) for m in find_places(text, [], False)] == [
        ("Kyiv", "Kyiv City"), (None, "Kursk Oblast")]


def test_capital_with_only_russian_places_is_still_moscow():
    text = "Two drones flying towards the capital were shot down over the Kaluga region."
    assert [(m.location, m.admin1) for m in find_places(text, [], False)] == [
        ("Moscow", "Moscow"), (None, "Kaluga Oblast")]


def test_tally_launched_at_the_towns_own_region_goes_on_the_town_row():
    rows = _rows("Russian drones hit a warehouse in Mykolaiv overnight, injuring two workers. "
                 "According to the Southern Defence Forces, nine drones were launched at the "
                 "Mykolaiv region and seven of them were shot down.")
    assert [(r["location"], r["geo_precision"], r["injured"], r["launched"], r["intercepted"])
            for r in rows] == [("Mykolaiv", "settlement", 2, 9, 7)]


def test_governors_region_claim_is_not_folded_into_the_next_town():
    rows = _rows("Debris from a drone shot down overnight fell on a warehouse in Kaluga, governor "
                 "Vladislav Shapsha said on Tuesday. \"No one was hurt,\" he wrote, adding "
                 "that air defence had destroyed five drones over the Kaluga region. In the "
                 "town of Lyudinovo, a drone damaged the roof of a factory. One worker was "
                 "injured.")
    assert [(r["location"], r["admin1"], r["killed"], r["injured"], r["intercepted"])
            for r in rows] == [("Kaluga", "Kaluga Oblast", 0, 0, None),
                               (None, "Kaluga Oblast", None, None, 5),
                               ("Lyudinovo", "Kaluga Oblast", None, 1, None)]


def test_graivoron_spelling_is_grayvoron():
    assert [(m.location, m.admin1) for m in find_places(
        "Ukrainian forces shelled Graivoron on Saturday.", [], False)] == [
        ("Grayvoron", "Belgorod Oblast")]


def test_a_vague_part_leaves_the_launched_sum_unknown():
    counts = [(c.field, c.wtype, c.value) for c in find_tallies(
        "Russian troops struck the town with three Iskander missiles and several drones.")]
    assert counts == [("launched", "missile", 3), ("launched", "drone", -1)]
    rows = _rows("Russian troops struck Kramatorsk with three Iskander missiles and several "
                 "drones on Monday, killing two people.")
    assert [(r["location"], r["killed"], r["launched"]) for r in rows] == [
        ("Kramatorsk", 2, None)]


def test_a_vague_count_alone_adds_no_tally():
    assert find_tallies("Dozens of missiles and hundreds of drones had struck energy sites.") == []


def test_part_of_a_larger_claim_is_the_total():
    counts = [(c.field, c.wtype, c.value) for c in find_tallies(
        "The ministry said 12 drones had been destroyed over the Bryansk region, part of 33 "
        "brought down over five regions.")]
    assert counts == [("intercepted", "drone", 33)]


def test_glide_bombs_on_the_region_are_not_the_towns_launched():
    rows = _rows("In Bohodukhiv, a drone hit a shop, injuring two people. Russian troops also "
                 "launched nine guided bombs on the region, according to the governor.")
    assert [(r["location"], r["injured"], r["launched"]) for r in rows] == [
        ("Bohodukhiv", 2, None)]


def test_a_district_of_a_city_is_the_citys_row():
    assert [(m.location, m.admin1) for m in find_places(
        "Debris struck a house in Troieshchyna, a district of Kyiv, injuring two.", [], False)] == [
        ("Kyiv", "Kyiv City")]
    rows = _rows("Moscow Mayor Sergei Sobyanin said air defences shot down five drones overnight. "
                 "Debris hit a house in Zelenograd, a district of the capital, injuring a man.")
    assert [(r["location"], r["injured"]) for r in rows if r["location"]] == [("Moscow", 1)]


def test_headline_figures_over_two_towns_go_to_neither():
    art = {"article_id": "v19", "published_at": "2025-03-04",
           "title": "Drones strike Kherson and Beryslav: three killed, five injured",
           "text": "Drones strike Kherson and Beryslav: three killed, five injured\n\n"
                   "In Kherson, a drone hit a bus stop, injuring four people. In Beryslav, a "
                   "drone struck a car, killing two men and wounding a woman."}
    rows = extract_mentions(art)
    assert sorted((r["location"], r["killed"], r["injured"]) for r in rows) == [
        ("Beryslav", 2, 1), ("Kherson", None, 4)]


def test_urban_district_named_as_its_town_is_the_town():
    rows = _rows("In the Moscow region, a drone hit a warehouse in the Ramenskoye urban district, "
                 "the governor said. No casualties were reported.")
    assert [(r["location"], r["admin1"], r["killed"], r["injured"]) for r in rows] == [
        ("Ramenskoye", "Moscow Oblast", 0, 0)]
    rows = _rows("Belgorod Governor Vyacheslav Gladkov said a drone struck the edge of the village "
                 "of Dolgoye in the Valuysky urban district.")
    assert [r["location"] for r in rows] == ["Dolgoye"]    # no Valuyki row


def test_a_weeks_shelling_count_is_no_incident():
    rows = _rows("A drone hit a shop in Nikopol on Monday, injuring two people. Over the past "
                 "week, Russian forces shelled 38 settlements in the region, the governor said.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Nikopol", 2)]


def test_declined_to_comment_names_no_struck_place():
    rows = _rows("Ukrainian drones attacked an oil depot in Bryansk overnight, the governor said. "
                 "In Kyiv, a military spokesman declined to comment on the attack.")
    assert [r["location"] for r in rows] == ["Bryansk"]


def test_ukrainian_drone_dropped_a_munition_on_occupied_town():
    rows = _rows("One man was injured when a Ukrainian drone dropped an explosive device on a car "
                 "in Horlivka, the Russian-installed mayor said.")
    assert [(r["location"], r["attacker"], r["injured"]) for r in rows] == [("Horlivka", "UKR", 1)]


def test_zero_before_a_regions_interception_claim_is_the_towns():
    rows = _rows("Debris from a downed drone fell on a fuel depot in Bryansk, causing a fire, "
                 "Governor Alexander Bogomaz said on Tuesday. \"There were no casualties, and the "
                 "fire was put out,\" he wrote, adding that air defence had destroyed six drones "
                 "over the Bryansk region.")
    assert [(r["location"], r["admin1"], r["killed"], r["injured"], r["intercepted"])
            for r in rows] == [("Bryansk", "Bryansk Oblast", 0, 0, None),
                               (None, "Bryansk Oblast", None, None, 6)]


def test_unlisted_village_after_a_towns_row_is_in_its_region():
    rows = _rows("A guided bomb hit the town of Zolochiv in Kharkiv region on Monday, killing one "
                 "person. Later in the day, a drone attacked the village of Zarichne Pole, "
                 "damaging a tractor.")
    assert [(r["location"], r["admin1"], r["killed"]) for r in rows] == [
        ("Zolochiv", "Kharkiv Oblast", 1), ("Zarichne Pole", "Kharkiv Oblast", None)]


def test_a_where_clause_telling_the_strike_dates_it():
    rows = _rows("Three people were injured in Kupiansk, where Russian forces dropped a guided "
                 "bomb on a residential area on Monday afternoon, the governor said on Tuesday.",
                 published="2025-03-04")
    assert [(r["location"], str(r["event_date"]), r["injured"]) for r in rows] == [
        ("Kupiansk", "2025-03-03", 3)]
    rows = _rows("In the Kursk region, where troops crossed the border on Monday, a drone hit a "
                 "car in Sudzha on Tuesday, injuring two people.", published="2025-03-04")
    assert [(r["location"], str(r["event_date"])) for r in rows] == [("Sudzha", "2025-03-04")]

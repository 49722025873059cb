"""Rules added in extractor 1.8.0 (error classes of data/eval/unseen3, stated as phrasings), each
checked on made-up sentences: "no reported casualties", "lost their lives", "sought medical help",
groups that add up ("N adults and M children"), the injured person who later died, implied single
victims ("a man suffered burns", "He was hospitalised", "a guard, 60, was wounded", "was killed
and her neighbour injured"), pairs with an apposition, curated Russian spellings of occupied towns,
namesakes in a region the article already has, and Ukraine as attacker in occupied areas."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str = "2025-04-12") -> list[dict]:
    return extract_mentions({"article_id": "v18", "text": text, "published_at": published})


# --- zero casualties ----------------------------------------------------------------------------

def test_with_no_reported_casualties_is_zero():
    assert _figs("Two hamlets were also shelled, with no reported casualties.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


def test_without_damage_or_casualties_is_zero():
    assert _figs("The governor said three drones were downed, without damage or casualties.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


# --- killed -------------------------------------------------------------------------------------

def test_lost_their_lives():
    assert _figs("Four people lost their lives in the strike on the depot.") == [
        ("killed", 4, "plain")]


def test_role_of_a_workplace_in_a_town_were_killed():
    assert _figs("Two workers of a bakery in Uman were killed and five more wounded.") == [
        ("killed", 2, "plain"), ("injured", 5, "plain")]


def test_injured_person_who_later_died_is_killed_not_injured():
    assert _figs("A bus driver injured when a drone hit his bus on Monday has died in hospital, "
                 "the mayor said.") == [("killed", 1, "plain")]
    assert _figs("A man who was wounded in shelling on Sunday died in hospital overnight.") == [
        ("killed", 1, "plain")]


# --- injured ------------------------------------------------------------------------------------

def test_adults_and_children_add_up():
    assert _figs("Twelve adults and three children sought medical help after the attack.") == [
        ("injured", 15, "plain")]
    assert _figs("Six adults and two children were injured.") == [("injured", 8, "plain")]


def test_sought_medical_help_is_injured():
    assert _figs("Nine people sought medical help.") == [("injured", 9, "plain")]


def test_listed_as_injured():
    assert _figs("Eleven people are now listed as injured.") == [("injured", 11, "plain")]


def test_group_and_one_more_person():
    assert _figs("Three adults and a 10-year-old boy were wounded, the governor said.") == [
        ("injured", 4, "plain")]


def test_implied_single_victim_phrasings():
    assert _figs("A 40-year-old woman suffered burns.") == [("injured", 1, "plain")]
    assert _figs("The 35-year-old driver received shrapnel wounds to his arm.") == [
        ("injured", 1, "plain")]
    assert _figs("He was hospitalised in a moderate condition.") == [("injured", 1, "plain")]
    assert _figs("Officials said a security guard, 58, was wounded at the depot.") == [
        ("injured", 1, "plain")]


def test_killed_and_neighbour_injured():
    assert _figs("An elderly man was killed and his neighbour injured when a drone hit the "
                 "house.") == [("killed", 1, "plain"), ("injured", 1, "plain")]


def test_pair_with_apposition_hospitalised():
    assert _figs("A drone hit a van; the driver and his passenger, both in their fifties, were "
                 "hospitalised.") == [("injured", 2, "plain")]


# --- places and attacker ------------------------------------------------------------------------

def test_russian_spellings_of_occupied_towns():
    got = [(m.admin1, m.location) for m in find_places(
        "A drone hit a car in Kamenka-Dneprovskaya and shells fell on Makeyevka.")]
    assert got == [("Zaporizhzhia Oblast", "Kamianka-Dniprovska"), ("Donetsk Oblast", "Makiivka")]
    got = [(m.admin1, m.location) for m in find_places(
        "Shells fell on Vasilyevka.", ["Zaporizhzhia Oblast"])]
    assert got == [("Zaporizhzhia Oblast", "Vasylivka")]


def test_fired_on_a_town_is_a_strike():
    rows = _rows("Ukrainian drones hit a substation in Energodar overnight, Balitsky said. "
                 "Ukrainian troops also fired on Vasilyevka with artillery, he claimed.",
                 "2024-06-04")
    got = sorted((r["admin1"], r["location"], r["attacker"], r["weapon"]) for r in rows)
    assert got == [("Zaporizhzhia Oblast", "Enerhodar", "UKR", "drone"),
                   ("Zaporizhzhia Oblast", "Vasylivka", "UKR", "artillery")]


def test_namesake_in_region_already_struck():
    rows = _rows("Ukrainian drones attacked a steel works in Alchevsk on Monday, the LPR leader "
                 "said. Earlier, a drone struck a house in Rovenki, injuring a woman.",
                 "2025-02-03")
    got = sorted((r["admin1"], r["location"], r["attacker"], r["injured"]) for r in rows)
    assert got == [("Luhansk Oblast", "Alchevsk", "UKR", None),
                   ("Luhansk Oblast", "Rovenky", "UKR", 1)]


def test_ukrainian_units_fired_on_occupied_town():
    rows = _rows("Ukrainian units fired on Horlivka with artillery overnight, damaging a school, "
                 "the Moscow-installed mayor said.", "2025-02-03")
    assert [(r["location"], r["attacker"]) for r in rows] == [("Horlivka", "UKR")]


def test_munition_from_a_ukrainian_drone_in_occupied_town():
    rows = _rows("Two people were wounded when a munition dropped from a Ukrainian drone hit a "
                 "shop in Makeyevka on Sunday, Pushilin said.", "2025-02-03")
    assert [(r["location"], r["attacker"], r["injured"]) for r in rows] == [
        ("Makiivka", "UKR", 2)]


# --- counts against one facility, source seats, one-region claims -----------------------------

def _brief(rows: list[dict]) -> list[tuple]:
    return sorted((r["kind"], r["country"], r["admin1"] or "", r["location"] or "", r["killed"],
                   r["injured"], r["launched"], r["intercepted"]) for r in rows)


def test_drones_in_the_attack_on_the_plant_are_the_plants():
    rows = _rows("Ukrainian drones struck a fertiliser plant in Nevinnomyssk early on Friday, the "
                 "governor said. Five drones took part in the attack on the plant. Nobody was "
                 "hurt.",
                 "2025-03-14")
    assert _brief(rows) == [("impact", "RUS", "Stavropol Krai", "Nevinnomyssk", 0, 0, 5, None)]


def test_ministry_in_moscow_is_a_source_not_a_place():
    rows = _rows("The Defence Ministry in Moscow said 30 Ukrainian unmanned aerial vehicles were "
                 "downed over the Bryansk, Kursk and Oryol regions overnight.", "2025-03-14")
    assert _brief(rows) == [("wave", "RUS", "", "", None, None, None, 30)]


def test_claim_over_the_crimean_peninsula_is_a_crimea_row():
    rows = _rows("Ukrainian drones hit a fuel depot in Feodosia overnight. Russian air defences "
                 "destroyed 12 Ukrainian drones over the Crimean peninsula, the Defence Ministry "
                 "in Moscow said. On March 2, a drone attack on the same depot injured a guard.",
                 "2025-03-14")
    got = sorted((r["admin1"], r["location"] or "", str(r["event_date"]), r["injured"],
                  r["intercepted"]) for r in rows)
    assert got == [("Crimea", "", "2025-03-14", None, 12),
                   ("Crimea", "Feodosiya", "2025-03-02", 1, None),
                   ("Crimea", "Feodosiya", "2025-03-14", None, None)]


# --- figures of a list of regions, towns of offices, live-blog zeros ----------------------------

def test_figure_in_a_list_of_regions_is_no_towns_and_lead_regions_fold():
    rows = _rows("Russian drones attacked central Ukraine overnight, killing a woman in Uman and "
                 "injuring at least four people in the Poltava and Vinnytsia regions, officials "
                 "said. In Kremenchuk, debris fell on a school and two residents were injured. "
                 "Vinnytsia's mayor said a drone struck a warehouse on the city's outskirts, "
                 "where a guard was wounded.", "2025-03-14")
    got = sorted((r["admin1"], r["location"] or "", r["killed"], r["injured"]) for r in rows)
    assert got == [("Cherkasy Oblast", "Uman", 1, None),
                   ("Poltava Oblast", "Kremenchuk", None, 2),
                   ("Vinnytsia Oblast", "Vinnytsia", None, 1)]


def test_live_blog_zero_goes_to_the_entrys_strike():
    rows = _rows("Updates in chronological order.\n\n07:10 — A drone hit a house in Lutsk; two "
                 "people were injured.\n\n09:30 — A missile struck an energy facility in the "
                 "Kovel district, the governor reports. Part of the region is without power. "
                 "No one was hurt, according to preliminary information.", "2025-03-14")
    got = sorted((r["admin1"], r["location"] or "", r["killed"], r["injured"]) for r in rows)
    assert got == [("Volyn Oblast", "", 0, 0), ("Volyn Oblast", "Lutsk", None, 2)]


def test_towns_and_villages_of_the_region_keep_the_region_row():
    rows = _rows("In the past day Russian troops launched 200 attacks on 9 towns and villages of "
                 "the Kherson region, leaving two people dead and four wounded, the governor "
                 "said. In Bilozerka, a drone hit a car; a man was killed.", "2025-03-14")
    got = sorted((r["admin1"], r["location"] or "", r["killed"], r["injured"]) for r in rows)
    assert got == [("Kherson Oblast", "", 2, 4), ("Kherson Oblast", "Bilozerka", 1, None)]


def test_residents_of_an_unlisted_village():
    rows = _rows("Russian drones hit the Zaporizhzhia region on Monday. In Vilniansk a house "
                 "burned. Shelling wounded two residents of Zarichchiaivka.", "2025-03-14")
    got = sorted((r["admin1"], r["location"] or "", r["injured"]) for r in rows)
    assert ("Zaporizhzhia Oblast", "Zarichchiaivka", 2) in got
    assert ("Zaporizhzhia Oblast", "Vilniansk", None) in got


# --- region claims after a town, dates carried from the lead --------------------------------

def test_region_air_defence_claim_after_a_town_is_the_regions():
    rows = _rows("A Ukrainian drone hit a house in Rylsk on Sunday, the governor said. He said "
                 "air defence had brought down 9 drones above the region overnight.", "2025-05-12")
    got = sorted((r["admin1"], r["location"] or "", r["intercepted"]) for r in rows)
    assert got == [("Kursk Oblast", "", 9), ("Kursk Oblast", "Rylsk", None)]


def test_around_the_same_time_takes_the_last_rows_day():
    rows = _rows("A drone struck a building in Kursk late on Sunday, injuring two people, the "
                 "governor said.\n\nAround the same time, drones attacked a substation in "
                 "Lgov. Nobody was hurt there.", "2025-05-12")
    got = sorted((r["location"], str(r["event_date"])) for r in rows)
    assert got == [("Kursk", "2025-05-11"), ("Lgov", "2025-05-11")]


def test_towns_under_a_dated_roundup_lead_take_its_day():
    rows = _rows("Ukrainian forces attacked three settlements of the Kursk region with drones on "
                 "Friday evening, the governor said on Saturday.\n\nIn the village of Tetkino, a "
                 "drone struck a car; the driver was wounded.\n\nIn Glushkovo, a drone hit a "
                 "barn.", "2025-07-05")
    got = {r["location"]: str(r["event_date"]) for r in rows if r["location"]}
    assert got == {"Tetkino": "2025-07-04", "Glushkovo": "2025-07-04"}


# --- models with a slash, alerts without strikes, hospitals, "destroying" ------------------------

def test_missile_model_with_a_slash_is_counted():
    from assets.extract.tallies import find_tallies
    got = [(c.field, c.wtype, c.value) for c in find_tallies(
        "Overnight Russia used 40 drones, four Kalibr missiles and three Kh-59/69 guided "
        "missiles.")]
    assert got == [("launched", "drone", 40), ("launched", "missile", 7)]


def test_alert_without_any_strikes_gives_no_row():
    assert _rows("An air-raid alert ended in Lviv at 05:10 on Friday without any strikes on the "
                 "city, officials said.") == []


def test_hospital_victims_were_taken_to_is_no_place_struck():
    rows = _rows("Three people were wounded when a drone hit a market in Horlivka on Sunday, "
                 "Pushilin said. A girl is among the wounded and has been taken to the children's "
                 "hospital in Donetsk, he added.", "2025-02-03")
    assert [r["location"] for r in rows] == ["Horlivka"]


def test_ministry_destroying_drones_over_several_regions_is_one_country_row():
    rows = _rows("Russia's Defence Ministry reported destroying 25 Ukrainian drones over the "
                 "Kursk, Belgorod and Oryol regions overnight.", "2025-05-12")
    assert _brief(rows) == [("wave", "RUS", "", "", None, None, None, 25)]


def test_near_a_bare_region_name_is_its_city():
    got = [(m.admin1, m.location) for m in find_places(
        "A missile destroyed a training ground near Dnepropetrovsk, the ministry claimed.")]
    assert got == [("Dnipropetrovsk Oblast", "Dnipro")]
    got = [(m.admin1, m.location) for m in find_places(
        "Drones were downed near the Dnepropetrovsk region.")]
    assert got == [("Dnipropetrovsk Oblast", None)]

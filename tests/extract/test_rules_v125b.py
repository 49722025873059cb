"""Field rules added in extractor 1.25.0 (field-value mechanisms pooled over unseen18 and unseen19,
each spanning three or more authors): an injury told by what the victim suffered ("taken to
hospital with shrapnel wounds", "suffered a concussion", "cut by glass", "needed hospital
treatment"); a no-casualty statement in other words ("without causing casualties", "no dead or
wounded", "Nobody on the night shift was hurt"); the latest figure told as "put the number of
injured at N"; interceptions told as "all the drones" / "every one of the drones" / "all six
Kalibrs" / "the missile and N of the drones"; weapons that "slammed into" or "fell on" a place;
zeros kept off the rows they are not about (a country's tally, a row counting its own wounded);
totals "over the past month" or "since the start of the year" in the pluperfect; a city district
with a Russian adjectival name. Sentences are invented for these tests; each test fails on
1.24.0."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs
from tests.extract.probes import tallies as _tally


def _rows(text: str, published: str = "2025-03-22T12:00:00+02:00") -> list[dict]:
    return extract_mentions({"article_id": "v125b", "text": text, "published_at": published,
                             "title": None})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"], r["launched"],
             r["intercepted"]) for r in rows]


# -- injuries told by what the victim suffered ------------------------------------------------

def test_pronoun_taken_to_hospital_with_wounds_is_one_injured():
    assert _figs("She was taken to hospital with shrapnel wounds to her arm.") == [
        ("injured", 1, "plain")]


def test_the_driver_suffered_wounds_is_one_injured():
    assert _figs("The driver suffered blast injuries and was taken to the district hospital.") \
        == [("injured", 1, "plain")]


def test_one_person_cut_by_glass_or_concussed_is_one_injured():
    assert _figs("A 45-year-old man was cut by flying glass, the mayor said.") == [
        ("injured", 1, "plain")]
    assert _figs("In Hlukhiv, a drone hit a garage; one woman suffered a concussion.") == [
        ("injured", 1, "plain")]


def test_two_people_taken_to_hospital_with_wounds_are_two_injured():
    assert _figs("A man aged 50 and a woman aged 47 were taken to the city hospital with "
                 "shrapnel wounds.") == [("injured", 2, "plain")]


def test_people_needing_hospital_treatment_are_injured():
    assert _figs("A shell killed a 70-year-old man, and three more people needed hospital "
                 "treatment.") == [("killed", 1, "plain"), ("injured", 3, "plain")]


def test_the_injured_told_in_the_next_sentence_join_the_town_row():
    rows = _rows("In Vovchansk, a drone struck a minibus on Monday morning. The driver "
                 "suffered shrapnel wounds to his legs, the governor said.")
    assert _brief(rows) == [("Kharkiv Oblast", "Vovchansk", None, 1, None, None)]


def test_a_victim_who_died_is_no_injured_figure():
    assert _figs("He was taken to hospital with shrapnel wounds and died there.") == [
        ("killed", 1, "plain")]


# -- no-casualty statements in other words ----------------------------------------------------

def test_without_causing_casualties_is_zero():
    assert _figs("Missiles hit a substation without causing casualties, officials said.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


def test_no_dead_or_wounded_is_zero():
    assert _figs('"There are no dead or wounded," the mayor said.') == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


def test_nobody_on_the_shift_was_hurt_is_zero():
    assert _figs("Nobody on the night shift was hurt, the operator said.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


# -- the latest figure told as "put the number at" ----------------------------------------------

def test_putting_the_number_of_injured_at_is_an_update():
    assert _figs("Two people were injured at first; by evening the governor put the number of "
                 "injured at five.") == [("injured", 2, "plain"), ("injured", 5, "update")]
    assert _figs('"Four are dead," he said, putting the number of injured at 17.') == [
        ("killed", 4, "plain"), ("injured", 17, "update")]


def test_an_initial_report_putting_the_number_at_is_stale():
    assert _figs("Initial reports put the number of injured at 40.") == [
        ("injured", 40, "stale")]


def test_a_corrected_figure_is_the_latest():
    assert _figs("Two people were wounded, not five as initially reported.") == [
        ("injured", 2, "update")]
    rows = _rows("Drones hit the port of Reni overnight, and officials said five workers had "
                 "been hurt. They later said two people were injured, not five as initially "
                 "reported.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Reni", 2)]


# -- interceptions told as all of a kind --------------------------------------------------------

def test_all_the_drones_are_as_many_as_launched():
    rows = _rows("Russia launched 12 missiles and 30 drones at Ukraine overnight, and air "
                 "defences shot down nine missiles and all the drones, the air force said.")
    assert _brief(rows) == [(None, None, None, None, 42, 39)]


def test_every_one_of_the_drones_in_the_next_sentence():
    rows = _rows("The air force said Russia had fired 20 cruise missiles and 15 drones. Air "
                 "defences destroyed 16 of the missiles and every one of the drones, it said.")
    assert _brief(rows) == [(None, None, None, None, 35, 31)]


def test_the_missile_and_n_of_the_drones():
    assert _tally("Air defences shot down the missile and 40 of the drones, the air force "
                  "said.") == [("intercepted", "missile", 1), ("intercepted", "drone", 40)]


def test_all_six_kalibrs_add_to_the_other_missiles_downed():
    assert _tally("Air defences destroyed 50 drones, 14 of the Kh-101 missiles and all four "
                  "Kalibrs.") == [("intercepted", "drone", 50), ("intercepted", "missile", 18),
                                  ("launched", "missile", 4)]


def test_all_among_them_is_a_part_not_an_addend():
    assert _tally("Air defences destroyed 60 of the missiles, among them all nine Kh-101 "
                  "cruise missiles, and 70 of the drones.") == [
        ("intercepted", "missile", 60), ("intercepted", "missile", 9),
        ("launched", "missile", 9), ("intercepted", "missile", 9),
        ("intercepted", "drone", 70)]


# -- weapons that slammed into or fell on a place ----------------------------------------------

def test_missiles_that_slammed_into_a_city_are_launched_there():
    rows = _rows("The toll from two missiles that slammed into the centre of Uman on Friday "
                 "rose to nine on Saturday.", "2025-03-22T12:00:00+02:00")
    assert [(r["location"], r["killed"], r["launched"]) for r in rows] == [("Uman", 9, 2)]


def test_bombs_that_fell_on_a_town_are_launched_there():
    assert _tally("Three KAB bombs fell on Kupiansk in the afternoon.") == [
        ("hit", "glide_bomb", 3)]


# -- zeros kept off the rows they are not about ------------------------------------------------

def test_a_governors_no_one_hurt_is_not_the_ministrys_claim():
    rows = _rows("Russia's defence ministry said it had destroyed 40 Ukrainian drones over "
                 "five regions overnight. Kaluga governor Vladislav Shapsha said debris fell in "
                 "the Lyudinovsky district. No one was hurt, he said.")
    country = [r for r in rows if r["admin1"] is None]
    assert [(r["killed"], r["injured"], r["intercepted"]) for r in country] == [(None, None, 40)]


def test_a_zero_with_no_place_stays_the_countrys():
    rows = _rows("Russia launched 50 drones at Ukraine overnight, and 41 were shot down, the "
                 "air force said. No casualties were reported.")
    assert _brief(rows) == [(None, None, 0, 0, 50, 41)]


def test_no_one_hurt_there_is_the_last_named_place():
    rows = _rows("A drone hit a house in Komyshany, wounding a 61-year-old woman, while in "
                 "Antonivka a shell struck a shed. No one was hurt there.")
    assert sorted((r["location"], r["killed"], r["injured"]) for r in rows) == [
        ("Antonivka", 0, 0), ("Komyshany", None, 1)]


def test_no_one_killed_stays_beside_the_wounded():
    rows = _rows("A drone hit a car in Nikopol, wounding two men. No one was killed.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Nikopol", 0, 2)]


# -- totals over a span ------------------------------------------------------------------------

def test_injured_over_the_past_month_is_no_incident_figure():
    rows = _rows("A drone hit a bus in Kherson on Friday, wounding four passengers. More than "
                 "70 civilians have been injured by drones in the city over the past month.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Kherson", 4)]


def test_since_the_start_of_the_year_in_the_pluperfect_is_no_incident_figure():
    rows = _rows("A drone hit a car in Shebekino on Friday, wounding two men. The governor said "
                 "that since the start of the year, more than 80 residents of the region had "
                 "been injured.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Shebekino", 2)]


def test_the_highest_since_the_invasion_keeps_the_days_figure():
    rows = _rows("A missile hit Kharkiv on Friday. The mayor said 93 people had been injured, "
                 "the highest number in the city since the invasion began.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Kharkiv", 93)]


# -- a city district with a Russian adjectival name --------------------------------------------

def test_a_citys_adjectival_district_is_no_other_region():
    rows = _rows("In Kursk, debris from a drone downed over the Vostochny district damaged a "
                 "garage. A woman was cut by broken glass, the mayor said.")
    assert [(r["admin1"], r["location"], r["injured"]) for r in rows] == [
        ("Kursk Oblast", "Kursk", 1)]

"""Rules added in extractor 1.6.0 (error classes of data/eval/extra3, stated as phrasings):
"a residential area of X" is the city, role nouns and burns as injuries, Ukrainian shelling of
Russian-held Donetsk-region towns, and definite remainders of an interception tally."""

from assets.extract.extractor import extract_mentions
from assets.extract.places import find_places
from assets.extract.tallies import find_tallies
from tests.extract.probes import figure_values as _figs


def _rows(text: str, published: str = "2025-03-08") -> list[dict]:
    return extract_mentions({"article_id": "v16", "text": text, "published_at": published})


def _counts(text: str) -> list[tuple]:
    return [(c.field, c.wtype, c.value) for c in find_tallies(text)]


def test_residential_area_of_a_city_is_the_city():
    assert [(m.location, m.level) for m in find_places(
        "A drone struck a residential area of Poltava.")] == [("Poltava", "settlement")]


def test_regions_of_still_reads_regions():
    assert [(m.admin1, m.level) for m in find_places(
        "Drones hit the regions of Sumy and Poltava.")] == [("Sumy Oblast", "admin1"),
                                                            ("Poltava Oblast", "admin1")]


def test_one_employee_suffered_minor_injuries_is_one_injured():
    assert _figs("One employee suffered minor injuries, the mayor said.") == [("injured", 1)]


def test_workers_suffered_burns_are_injured():
    assert _figs("Three workers suffered burns in the fire.") == [("injured", 3)]


def test_injured_a_teacher_is_one_injured():
    assert _figs("The shell damaged a school and injured a teacher.") == [("injured", 1)]


def test_ukrainian_shelling_of_held_donetsk_town_is_ukrainian_attack():
    rows = _rows("Ukrainian shelling hit a market in Horlivka on Friday, injuring two people.")
    assert [(r["location"], r["attacker"], r["injured"]) for r in rows] == [
        ("Horlivka", "UKR", 2)]


def test_russian_shelling_of_donetsk_town_stays_russian():
    rows = _rows("Russian shelling hit a market in Kramatorsk on Friday, injuring two people.")
    assert [(r["location"], r["attacker"]) for r in rows] == [("Kramatorsk", "RUS")]


def test_intercepted_of_the_missiles_and_both_drones_sum():
    assert _counts("Air defence destroyed 12 of the missiles and both drones.") == [
        ("intercepted", "missile", 12), ("intercepted", "drone", 2)]


def test_intercepted_drones_and_the_missile_sum():
    assert _counts("Air defence shot down fifteen drones and the missile overnight.") == [
        ("intercepted", "drone", 15), ("intercepted", "missile", 1)]


def test_and_the_plural_gives_no_extra_count():
    assert _counts("Air defence shot down fifteen drones and the missiles overnight.") == [
        ("intercepted", "drone", 15)]


def test_launch_count_with_two_model_names_reads_the_number():
    assert _counts("Russia launched 17 Kh-101 and Kh-555 cruise missiles overnight.") == [
        ("launched", "missile", 17)]


def test_attack_on_ukraines_energy_infrastructure_is_a_country_tally():
    rows = _rows("Russia pounded Ukraine's energy infrastructure overnight with 210 drones and "
                 "12 missiles, leaving parts of Odesa without power.")
    wave = [r for r in rows if r["kind"] == "wave"]
    assert [(r["country"], r["launched"]) for r in wave] == [("UKR", 222)]
    assert all(r["launched"] is None for r in rows if r["kind"] == "impact")

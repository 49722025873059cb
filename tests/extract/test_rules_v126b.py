"""Field rules added in extractor 1.26.0 (field-value mechanisms pooled over unseen18, unseen19 and
unseen20, twelve authors, each spanning three or more): a group named by what it belongs to ("two
employees of a bakery were injured"); a death among the wounded ("was badly wounded and later
died", "died of her injuries", "who was among the wounded died"); a toll update told in other
words ("the figure later rose to 19", "rose overnight to six", "recovered a fourth body") and the
day it rose on (the report's, not the attack's); figures told as earlier ones ("The previous toll
was", "officials had reported") and bodies found after an update ("two more bodies"); an area's
toll or count that is not its town's ("X and the villages around it", "in the surrounding
region", "at the region"); a place's state over time in a "which has" aside; an air force tally
with no time of its own in a follow-up; "one of ..." that counts no interception ("one of the
largest attacks", "one of them fell on", "two of them children"). Sentences, places and figures
are invented for these tests; each rule test fails on 1.25.0, the guards ("..._is_the_toll",
"..._do_not_add", "..._still_counts") pass on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs
from tests.extract.probes import tallies as _tally


def _rows(text: str, published: str = "2025-04-16T12:00:00+03:00") -> list[dict]:
    return extract_mentions({"article_id": "v126b", "text": text, "published_at": published,
                             "title": None})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], str(r["event_date"]), r["killed"], r["injured"],
             r["launched"]) for r in rows]


# -- a group named by what it belongs to -----------------------------------------------------

def test_employees_of_a_firm_were_injured_is_the_groups_count():
    assert _figs("In Lutsk, four employees of a bakery were injured when a drone struck the "
                 "building, the mayor said.") == [("injured", 4, "plain")]


def test_children_from_one_family_were_killed():
    assert _figs("Two children from one family were killed when a shell hit their yard, the "
                 "governor said.") == [("killed", 2, "plain")]


def test_workers_of_a_firm_wounded_join_the_town_row():
    rows = _rows("A Russian drone struck a warehouse in Uman on Tuesday morning, the regional "
                 "governor said. Three workers of a logistics firm were wounded.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Uman", None, 3)]


# -- a death among the wounded ----------------------------------------------------------------

def test_wounded_and_later_died_is_one_killed_and_no_injured():
    assert _figs('"A woman was badly wounded and later died on the way to hospital," the mayor '
                 'wrote.') == [("killed", 1, "plain")]


def test_died_of_her_injuries_is_one_killed():
    assert _figs("A 34-year-old cashier at a grocery store died of her injuries in hospital, "
                 "officials said.") == [("killed", 1, "plain")]


def test_one_among_the_wounded_died_adds_to_the_dead():
    rows = _rows("In Nikopol, artillery fire killed two people and wounded six on Tuesday, the "
                 "governor said. A man who was among the wounded died in hospital in the "
                 "evening, officials said.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Nikopol", 3, 6)]


def test_a_death_among_the_wounded_told_with_the_new_toll_is_the_toll():
    assert _figs("A man who was among the wounded died in hospital, bringing the toll to "
                 "four.") == [("killed", 4, "update")]


# -- a toll update told in other words --------------------------------------------------------

def test_the_figure_later_rose_takes_the_field_told_before_it():
    assert _figs("She initially reported 12 injured, but the figure later rose to 19.") == [
        ("injured", 12, "stale"), ("injured", 19, "update")]


def test_the_figure_had_risen_with_n_injured_is_the_dead():
    assert _figs("By the morning the figure had risen again, to 9, with 40 people injured.") == [
        ("killed", 9, "update"), ("injured", 40, "plain")]


def test_the_toll_rose_overnight_to_n():
    assert _figs("The toll in the town rose overnight to six after another body was "
                 "found.") == [("killed", 6, "update")]


def test_raising_the_toll_from_a_long_phrase_to_n():
    assert _figs("Divers found another body, raising the death toll from the Tuesday night "
                 "strike on the port town to 8.") == [("killed", 8, "update")]


def test_recovered_a_fourth_body_is_the_toll():
    assert _figs("Rescuers recovered a fourth body from the collapsed school on "
                 "Wednesday.") == [("killed", 4, "update")]


def test_the_day_a_toll_rose_is_not_the_attacks():
    rows = _rows("The death toll from Monday's missile strike on Sumy rose overnight to 14, "
                 "the regional governor said on Wednesday.")
    assert [(r["location"], str(r["event_date"]), r["killed"]) for r in rows] == [
        ("Sumy", "2025-04-14", 14)]


# -- figures told as earlier ones -------------------------------------------------------------

def test_the_previous_toll_is_stale():
    assert _figs("The previous toll was 9 dead and 30 injured.") == [
        ("killed", 9, "stale"), ("injured", 30, "stale")]


def test_officials_had_reported_is_stale():
    assert _figs("In the evening officials had reported two dead and 15 wounded.") == [
        ("killed", 2, "stale"), ("injured", 15, "stale")]


def test_more_bodies_after_an_update_add_to_it():
    assert _figs("By noon the toll had climbed to five, and two more bodies were recovered in "
                 "the afternoon.") == [("killed", 5, "update"), ("killed", 2, "more")]
    rows = _rows("A missile hit a hospital in Okhtyrka on Tuesday, the governor said. By noon "
                 "the toll had climbed to five, and two more bodies were recovered in the "
                 "afternoon.")
    assert [(r["location"], r["killed"]) for r in rows] == [("Okhtyrka", 7)]


def test_more_bodies_counted_by_the_update_after_them_do_not_add():
    assert _figs("Two more bodies were recovered, bringing the toll to 11.") == [
        ("killed", 2, "plain"), ("killed", 11, "update")]


# -- an area's toll or count is not its town's --------------------------------------------------

def test_a_town_and_the_villages_around_it_give_the_town_no_toll():
    rows = _rows("Russian forces shelled Nikopol and the villages around it on Tuesday, killing "
                 "two people and wounding nine, the governor said. In Nikopol, a shell hit a bus "
                 "stop, wounding three people.")
    assert [(r["location"], r["killed"], r["injured"]) for r in rows] == [("Nikopol", None, 3)]


def test_a_figure_in_the_surrounding_region_is_no_towns():
    rows = _rows("Drones hit Sumy early on Tuesday, injuring four people in the surrounding "
                 "region, officials said.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Sumy", None)]


def test_drones_launched_at_the_region_are_the_regions_count():
    rows = _rows("Five people were wounded in the Kursk region on Tuesday, the governor said.\n\n"
                 "In Rylsk, a drone hit a car, wounding a man.\n\nUkraine launched 40 drones at "
                 "the region over the past day, he said.")
    assert [(r["admin1"], r["location"], r["launched"]) for r in rows] == [
        ("Kursk Oblast", None, 40), ("Kursk Oblast", "Rylsk", None)]


# -- dates ------------------------------------------------------------------------------------

def test_a_which_has_aside_on_the_towns_state_dates_nothing():
    rows = _rows("Huliaipole, which has been largely deserted since the fighting in March, was "
                 "hit by four glide bombs on Tuesday. Police said two volunteers from a relief "
                 "group were wounded.")
    assert _brief(rows) == [("Zaporizhzhia Oblast", "Huliaipole", "2025-04-15", None, 2, 4)]


def test_a_follow_ups_air_force_tally_with_no_time_is_the_attacks():
    rows = _rows("The death toll from Monday's Russian attack on Kharkiv rose to 7 on Wednesday, "
                 "officials said.\n\nUkraine's air force said Russia had launched 60 drones and "
                 "four missiles in the attack, and that 50 drones were shot down.")
    wave = [r for r in rows if r["geo_precision"] == "country"]
    assert [(str(r["event_date"]), r["launched"], r["intercepted"]) for r in wave] == [
        ("2025-04-14", 64, 50)]


# -- "one of ..." that counts no interception ---------------------------------------------------

def test_one_of_the_largest_attacks_is_no_interception():
    assert _tally("Moscow said it had repelled one of the largest drone attacks of the "
                  "year.") == []


def test_one_of_them_that_fell_is_no_interception():
    assert _tally("Several drones were shot down near the port, and one of them fell on a "
                  "warehouse.") == []
    assert _tally("One of the bombs destroyed a school gym, the mayor said.") == []


def test_two_of_them_children_is_no_interception():
    assert _tally("Officials listed 20 reports of destroyed sheds over the day, and 11 people, "
                  "three of them children, were evacuated from the villages.") == []


def test_n_of_them_downed_still_counts():
    assert _tally("Air defences destroyed 30 drones, and two of them were downed over the "
                  "city.") == [("intercepted", "drone", 30), ("intercepted", "drone", 2)]

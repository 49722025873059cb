"""Rules added in extractor 1.35.0 for killed and injured (mechanisms pooled over unseen23,
unseen24, unseen25 and unseen26, sixteen authors). Sentences, places and figures are invented for
these tests. Each rule test fails on 1.34.0; the guards pass on both."""

from assets.extract.day_numbers import DAY_AFTER_MONTH
from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v135b", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


# -- the day of a date before the verb is no toll (day_numbers) ---------------------------------

def test_the_day_before_killed_is_no_toll():
    assert _figs("A glide bomb that hit a depot in the town on Oct. 19 killed 14 "
                 "workers.") == [("killed", 14, "plain")]


def test_the_day_before_killed_leaves_the_smaller_toll():
    assert _figs("The shelling of the market on September 27 killed at least four people and "
                 "injured 11.") == [("killed", 4, "plain"), ("injured", 11, "plain")]


def test_a_recalled_attacks_toll_is_not_its_day():
    rows = _rows("A Russian drone hit a warehouse in Sumy on Tuesday, injuring two workers, the "
                 "regional administration said.\n\nThe strike came three weeks after a missile "
                 "attack on Sumy on March 29 killed nine people.", "2025-04-22")
    assert ("Sumy Oblast", "Sumy", 9, None) in _brief(rows)
    assert not any(r["killed"] == 29 for r in rows)


def test_day_after_month_masks_the_day_only():
    assert [m.group() for m in DAY_AFTER_MONTH.finditer(
        "on Aug. 14 killed 3; on June 2nd, and in May 12 people")] == ["Aug. 14", "June 2nd"]


def test_a_count_of_people_after_a_month_is_kept():
    assert _figs("In April 16 civilians were killed in the district.") == [
        ("killed", 16, "plain")]


# -- a blast injury named barotrauma counts the hurt (blast_injuries) ---------------------------

def test_one_person_who_suffered_barotrauma_is_one_injured():
    assert _figs("A woman suffered barotrauma, and a shed and a fence were damaged, the "
                 "governor said.") == [("injured", 1, "plain")]


def test_a_count_that_suffered_barotrauma_is_that_many_injured():
    assert _figs("Three pensioners suffered barotrauma.") == [("injured", 3, "plain")]


def test_people_working_there_with_barotrauma_and_shrapnel_injuries():
    assert _figs("Four men working there suffered barotrauma and shrapnel injuries, the "
                 "governor said.") == [("injured", 4, "plain")]


def test_the_barotrauma_reaches_the_villages_row():
    rows = _rows("Ukrainian forces shelled the town of Shebekino in the Belgorod region on Monday, "
                 "the governor said. Two residents suffered barotrauma.", "2024-05-14")
    assert ("Belgorod Oblast", "Shebekino", None, 2) in _brief(rows)


def test_a_house_that_suffered_damage_counts_no_one():
    assert _figs("The school suffered damage to its roof, and no one was hurt.") == [
        ("killed", 0, "zero"), ("injured", 0, "zero")]


# -- an age list opened by a word or "between" is no toll (age_lists) ---------------------------

def test_ages_opened_by_a_word_are_no_toll():
    assert _figs("Two brothers aged nine and 14 were killed when the shell hit their "
                 "yard.") == [("killed", 2, "plain")]


def test_an_age_range_is_no_toll():
    assert _figs("Four residents aged between 35 and 81 were wounded in the "
                 "shelling.") == [("injured", 4, "plain")]


def test_the_age_list_reaches_the_row_with_its_toll():
    rows = _rows("A drone hit a house in the village of Velyka Pysarivka in the Sumy region on "
                 "Sunday. Three children aged six, 10 and 15 were injured, the regional "
                 "administration said.", "2025-06-02")
    assert ("Sumy Oblast", "Velyka Pysarivka", None, 3) in _brief(rows)


def test_a_count_after_an_age_keeps_its_people():
    assert _figs("A boy aged eleven and three women were hurt.") == [("injured", 4, "plain")]

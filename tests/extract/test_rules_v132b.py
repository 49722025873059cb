"""Rules added in extractor 1.32.0 for killed, injured and event dates (mechanisms pooled over
unseen22, unseen23, unseen24 and unseen25, sixteen authors). Sentences, places and figures are
invented for these tests. Each rule test fails on 1.31.0; the guards pass on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v132b", "text": text, "published_at": published,
                             "title": title})


def _day(row: dict) -> str | None:
    return None if row["event_date"] is None else str(row["event_date"])


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


# -- the damage and the casualties denied, the damage first (damage_zeros) ----------------------

def test_no_damage_or_casualties_is_a_zero_of_both_fields():
    assert _figs("A shell fell on a meadow outside the village, causing no damage or "
                 "casualties.") == [("killed", 0, "zero"), ("injured", 0, "zero")]


def test_no_damage_or_injuries_reported_by_officials_is_a_zero():
    assert _figs("The town council reported no damage or injuries after the "
                 "raid.") == [("killed", 0, "zero"), ("injured", 0, "zero")]


def test_the_zero_reaches_the_towns_row():
    rows = _rows("Russian drones attacked Poltava overnight, the governor said on Monday. Debris "
                 "fell on a car park in Poltava, and the city council reported no damage or "
                 "casualties.", "2024-05-13")
    assert ("Poltava Oblast", "Poltava", 0, 0) in _brief(rows)


def test_a_count_beside_no_damage_keeps_the_count():
    assert _figs("Two guards were wounded, but there was no damage or casualties at the "
                 "depot itself, the mayor said.") == [("injured", 2, "plain")]
    from assets.extract.damage_zeros import damage_first_zeros
    assert damage_first_zeros("There was no damage or casualties.", True) == []
    assert damage_first_zeros("There was no damage or casualties.", False) == [10]


def test_a_silent_report_of_damage_and_casualties_is_no_zero():
    assert _figs("The regional administration did not report any casualties or damage in "
                 "the village.") == []


# -- a toll's shares told for further places with the verb left out (elided_shares) -------------

def test_a_share_after_an_aside_about_the_first_place_is_read():
    assert _figs("Three people were killed in Lyman, where a shell hit a school, and two "
                 "in Siversk.") == [("killed", 3, "plain"), ("killed", 2, "plain")]


def test_the_share_after_an_aside_reaches_the_second_town():
    rows = _rows("Russian shelling killed five people in the Donetsk region on Monday, the "
                 "governor said on Tuesday. Three people were killed in Lyman, where a shell "
                 "hit a school, and two in Siversk.", "2024-06-11")
    brief = _brief(rows)
    assert ("Donetsk Oblast", "Lyman", 3, None) in brief
    assert ("Donetsk Oblast", "Siversk", 2, None) in brief


def test_another_in_the_village_of_is_that_villages():
    rows = _rows("Russian shelling killed two people in the Donetsk region on Monday, the "
                 "governor said on Tuesday. One person was killed in Kurakhove and another in "
                 "the village of Hirnyk, he said.", "2024-06-11")
    brief = _brief(rows)
    assert ("Donetsk Oblast", "Kurakhove", 1, None) in brief
    assert ("Donetsk Oblast", "Hirnyk", 1, None) in brief


def test_one_each_in_two_towns_is_one_for_every_town():
    rows = _rows("Russian attacks wounded seven people in the Donetsk region on Monday, the "
                 "governor said on Tuesday. Five people were wounded in Kurakhove, and one each "
                 "in Lyman and Siversk.", "2024-06-11")
    brief = _brief(rows)
    assert ("Donetsk Oblast", "Kurakhove", None, 5) in brief
    assert ("Donetsk Oblast", "Lyman", None, 1) in brief
    assert ("Donetsk Oblast", "Siversk", None, 1) in brief


def test_elided_share_helpers_read_the_aside_and_each():
    from assets.extract.elided_shares import each_share, past_aside
    t = "died in Lyman, where a shell hit a school, and two in Siversk"
    assert t[past_aside(t, len("died in Lyman")):].startswith(", and two")
    assert past_aside("died in Lyman, and two in Siversk", 13) == 13
    assert each_share("and one each in Lyman and Siversk", 4)
    assert not each_share("and one in Lyman and Siversk", 4)


def test_a_list_of_regions_after_a_figure_stays_no_ones():
    rows = _rows("Russian drones injured three people in the Kyiv and Zhytomyr regions overnight, "
                 "officials said on Monday.", "2024-06-10")
    assert all(r["injured"] is None for r in rows if r["kind"] == "impact")


# -- a new attack on the same town told with "again" on a later day (night_again) ---------------

_TOLL = ("A Russian missile struck a block of flats in Poltava on Thursday evening, killing four "
         "people and injuring 30, the governor said on Saturday. ")


def _poltava(rows: list[dict]) -> list[tuple]:
    return sorted((_day(r), r["killed"], r["injured"]) for r in rows
                  if r["kind"] == "impact" and r["location"] == "Poltava")


def test_the_city_attacked_again_overnight_is_a_row_of_the_later_day():
    rows = _rows(_TOLL + "Overnight into Saturday, Russian drones attacked the city again, "
                 "injuring a 52-year-old man.", "2024-03-09")
    assert _poltava(rows) == [("2024-03-07", 4, 30), ("2024-03-09", None, 1)]


def test_came_under_attack_again_takes_the_day_told_and_the_figures_after():
    rows = _rows(_TOLL + "The city came under attack again on Friday night. Drones hit two "
                 "houses, wounding three people.", "2024-03-09")
    assert _poltava(rows) == [("2024-03-07", 4, 30), ("2024-03-08", None, 3)]


def test_again_with_no_later_day_keeps_the_first_row():
    rows = _rows(_TOLL + "The city was attacked again, the mayor said, without giving "
                 "details.", "2024-03-09")
    assert _poltava(rows) == [("2024-03-07", 4, 30)]


def test_night_again_reads_the_later_day_and_the_old_midnight_form():
    from datetime import date

    from assets.extract.dates import find_dates
    from assets.extract.night_again import night_again
    pub, day = date(2024, 3, 9), date(2024, 3, 7)
    t = "The city came under attack again overnight into Saturday."
    assert night_again(t, find_dates(t, pub), day, pub) == date(2024, 3, 9)
    t = "Hours later, just after midnight, drones struck the city again."
    assert night_again(t, find_dates(t, pub), day, pub) == date(2024, 3, 8)
    t = "Drones attacked the region again overnight into Saturday."
    assert night_again(t, find_dates(t, pub), day, pub) is None


def test_a_weeks_total_lends_no_weapon_to_the_row_before():
    from assets.extract.week_totals import week_total
    rows = _rows(_TOLL + "Overnight into Saturday, Russian drones attacked the city again, "
                 "injuring a 52-year-old man. The president said Russia had launched 900 "
                 "drones, 700 guided bombs and 40 missiles against Ukraine this week alone.",
                 "2024-03-09")
    assert [r["weapon"] for r in rows if r["kind"] == "impact" and _day(r) == "2024-03-09"
            and r["location"] == "Poltava"] == ["drone"]
    assert week_total("over the past week alone") and not week_total("last Tuesday")


# -- an earlier attack recalled by its day inside the sentence (recalled_days) ------------------

_TODAY = ("A Russian missile hit a port warehouse in Mykolaiv on Thursday, killing seven people, "
          "the governor said on Friday. ")


def _mykolaiv(rows: list[dict]) -> list[tuple]:
    return sorted((_day(r), r["killed"], r["injured"]) for r in rows
                  if r["kind"] == "impact" and r["location"] == "Mykolaiv")


def test_since_a_day_when_is_a_row_of_that_earlier_day():
    rows = _rows(_TODAY + "It was the deadliest strike on the city since May 3, when a drone hit "
                 "a school and killed four people.", "2024-05-24")
    assert _mykolaiv(rows) == [("2024-05-03", 4, None), ("2024-05-23", 7, None)]


def test_on_a_day_after_a_colon_is_a_row_of_that_earlier_day():
    rows = _rows(_TODAY + "It is the second such day this month: on May 3, a Russian drone "
                 "smashed into a block of flats in the city, killing four people.", "2024-05-24")
    assert _mykolaiv(rows) == [("2024-05-03", 4, None), ("2024-05-23", 7, None)]


def test_since_a_day_with_no_when_clause_keeps_todays_row():
    rows = _rows(_TODAY + "The city has been shelled every day since May 3, and 40 people have "
                 "been wounded.", "2024-05-24")
    assert [d for d, _, _ in _mykolaiv(rows)] == ["2024-05-23"]


def test_recalled_day_reads_since_when_and_the_colon():
    from datetime import date

    from assets.extract.dates import find_dates
    from assets.extract.recalled_days import recalled_day
    pub = date(2024, 5, 24)
    t = "the deadliest on the city since May 3, when a drone hit a school"
    assert recalled_day(t, find_dates(t, pub))[0] == date(2024, 5, 3)
    t = "a second day of mourning: on May 3, a drone hit a school in the city"
    assert recalled_day(t, find_dates(t, pub))[0] == date(2024, 5, 3)
    t = "since May 3, when a drone hit a school in Kherson"
    assert recalled_day(t, find_dates(t, pub)) is None

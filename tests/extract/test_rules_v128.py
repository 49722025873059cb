"""Rules added in extractor 1.28.0 (mechanisms pooled over unseen19, unseen20, unseen21 and
unseen22, sixteen authors): zeros told as a hedged report, as damage and casualties denied
together, or as the one person present unhurt; the strike's day of an article led by a later
report (a headline without a date, a mourning day "after" the strike, a weekday's attack named
by four words, and the wave's other places moving with the lead); one more person told at a new
place ("and another in B", "a third person was hurt in the town of C"); a sentence opening with
a month and no year is an earlier attack; a toll told of the region around a capital is not the
capital's. Sentences, places and figures are invented for these tests. Each rule test fails on
1.27.0; the five guards pass on both (test_a_zero_beside_a_count_is_not_added,
test_a_place_with_no_time_given_keeps_the_report_day,
test_a_governors_roundup_of_drones_keeps_the_report_day,
test_an_ordinal_at_the_same_place_stays_the_running_count,
test_a_provincial_citys_toll_in_the_surrounding_region_stays_unowned)."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v128", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


def _days(rows: list[dict]) -> list[tuple]:
    return [(r["kind"], r["location"] or r["admin1"] or r["country"], str(r["event_date"]))
            for r in rows]


_ZERO = [("killed", 0, "zero"), ("injured", 0, "zero")]


# -- zeros in three more phrasings --------------------------------------------------------------

def test_no_one_was_reported_hurt_is_a_zero():
    assert _figs("Flames spread to a hayloft next to the mill, but no one was reported "
                 "hurt.") == _ZERO


def test_without_causing_any_damage_or_casualties_is_a_zero():
    assert _figs("Wreckage of a downed drone landed in a field near the bypass without causing "
                 "any damage or casualties.") == _ZERO


def test_the_owner_escaped_unhurt_is_a_zero():
    assert _figs("Its elderly owner escaped unhurt, the fire service said.") == _ZERO


def test_a_village_row_takes_the_zero_of_the_owner_who_escaped():
    rows = _rows("On Thursday evening, a Russian drone struck a garage in the village of "
                 "Velykyi Burluk, setting two cars alight. The owner escaped unhurt, police "
                 "said.", "2025-03-14T09:00:00+02:00")
    assert _brief(rows) == [("Kharkiv Oblast", "Velykyi Burluk", 0, 0)]


def test_a_zero_beside_a_count_is_not_added():
    assert _figs("Two farm workers were wounded, while the tractor driver escaped unhurt.") == [
        ("injured", 2, "plain")]


# -- the strike's day under a later report ---------------------------------------------------

_TOLL_TITLE = "Toll in Vinnytsia missile strike climbs to nine"
_TOLL = (_TOLL_TITLE + "\n\nThe number of people killed when a Russian missile hit an office "
         "block in Vinnytsia climbed to nine on Thursday, the regional governor said.\n\n"
         "The missile struck the city at about 10:40 a.m. on Tuesday, as workers were arriving.")


def test_a_headline_without_a_date_lets_the_strike_day_date_the_toll_row():
    rows = _rows(_TOLL, "2024-05-16T15:00:00+03:00", _TOLL_TITLE)
    assert _days(rows) == [("impact", "Vinnytsia", "2024-05-14")]


def test_a_mourning_day_after_the_strike_is_the_reports_day():
    title = "Zhytomyr mourns six dead in missile strike"
    text = (title + "\n\nThe northern city of Zhytomyr declared a day of mourning on Sunday after "
            "a Russian missile struck a residential block, killing six people.\n\nThe missile "
            "hit on Saturday night, shortly before the curfew.")
    rows = _rows(text, "2024-10-13T11:00:00+03:00", title)
    assert _days(rows) == [("impact", "Zhytomyr", "2024-10-12")]


def test_a_weekdays_attack_named_by_four_words_is_the_attacks_day():
    rows = _rows("Rescuers recovered two more bodies in Zhytomyr on Thursday, bringing the toll "
                 "from Wednesday's Russian drone and missile attack on the city to 15, officials "
                 "said.", "2024-10-17T18:00:00+03:00")
    assert _days(rows) == [("impact", "Zhytomyr", "2024-10-16")]


_WAVE = ("The toll from a Russian missile strike on a shopping street in Vinnytsia has risen to "
         "nine, the regional governor said on Thursday.\n\nThe missile hit the street before "
         "noon on Wednesday.\n\nUkraine's air force said Russia had launched 30 cruise missiles "
         "and that 24 of them were shot down.\n\nIn Zhytomyr, a missile hit a warehouse, "
         "injuring two guards, the mayor said.")


def test_the_waves_tally_and_its_other_places_follow_the_strike_day():
    rows = _rows(_WAVE, "2024-05-16T15:00:00+03:00")
    assert _days(rows) == [("impact", "Vinnytsia", "2024-05-15"), ("wave", "UKR", "2024-05-15"),
                           ("impact", "Zhytomyr", "2024-05-15")]


def test_a_place_with_no_time_given_keeps_the_report_day():
    rows = _rows(_WAVE.replace("the mayor said.", "the mayor said. He gave no time for that "
                               "attack."), "2024-05-16T15:00:00+03:00")
    assert _days(rows)[2] == ("impact", "Zhytomyr", "2024-05-16")


def test_a_governors_roundup_of_drones_keeps_the_report_day():
    rows = _rows("A woman was killed when a Ukrainian drone hit her house in Valuyki, Governor "
                 "Vyacheslav Gladkov said on Tuesday in his daily report.\n\nThe drone struck "
                 "the house on Monday night.\n\nIn Shebekino, a drone dropped a grenade on a "
                 "shop, wounding a saleswoman.", "2024-07-16T09:00:00+03:00")
    assert _days(rows) == [("impact", "Valuyki", "2024-07-15"),
                           ("impact", "Shebekino", "2024-07-16")]


# -- one more person at a new place ---------------------------------------------------------

def test_and_another_was_killed_in_a_second_town_is_one_there():
    rows = _rows("One civilian died in Siversk after shelling hit a bus stop, and another was "
                 "killed in Lyman, which was hit by a guided bomb.", "2024-08-03T10:00:00+03:00")
    assert _brief(rows) == [("Donetsk Oblast", "Lyman", 1, None),
                            ("Donetsk Oblast", "Siversk", 1, None)]


def test_another_with_its_verb_left_out_is_one_more_of_the_same_field():
    rows = _rows("Russian shelling hit the Donetsk region on Friday. One man was wounded in "
                 "Siversk and another in Lyman.", "2024-08-03T10:00:00+03:00")
    assert _brief(rows) == [("Donetsk Oblast", "Lyman", None, 1),
                            ("Donetsk Oblast", "Siversk", None, 1)]


def test_an_ordinal_person_hurt_in_a_named_town_is_one_there():
    rows = _rows("Ukrainian drones attacked the Kursk region on Sunday, wounding two women in "
                 "Rylsk, the governor said. A third person was hurt in the town of Oboyan when "
                 "debris fell on a roof.", "2025-06-02T10:00:00+03:00")
    assert _brief(rows) == [("Kursk Oblast", "Rylsk", None, 2),
                            ("Kursk Oblast", "Oboyan", None, 1)]


def test_an_ordinal_at_the_same_place_stays_the_running_count():
    assert ("injured", 3, "update") in _figs("Two workers were injured on Sunday; a third worker "
                                             "was hospitalised on Monday with a concussion.")


# -- a month with no year opening a sentence ------------------------------------------------

def test_a_month_opening_without_a_year_is_an_earlier_attack_of_its_own():
    rows = _rows("A Russian missile hit a school in Sumy on Monday, killing 13 people, the "
                 "governor said on Tuesday.\n\nSumy has been hit repeatedly. In October, a "
                 "Russian strike on a military academy there killed more than 20 people.",
                 "2025-02-11T10:00:00+02:00")
    assert [(r["location"], str(r["event_date"]), r["date_precision"], r["killed"])
            for r in rows] == [("Sumy", "2025-02-10", "day", 13), ("Sumy", "None", "month", 20)]


def test_earlier_in_the_same_month_is_an_earlier_attack_too():
    rows = _rows("A Russian missile hit a school in Sumy on Monday, killing three people, the "
                 "governor said on Tuesday.\n\nEarlier in February, a drone strike on a bus depot "
                 "in the city killed nine people.", "2025-02-11T10:00:00+02:00")
    assert [(r["location"], r["killed"]) for r in rows] == [("Sumy", 3), ("Sumy", 9)]


# -- a toll told of the region around a capital ----------------------------------------------

def test_a_toll_in_the_region_around_the_capital_is_the_surrounding_regions():
    rows = _rows("Drones attacked Kyiv overnight, killing four people and wounding nine in the "
                 "region around the Ukrainian capital, the governor said on Friday.",
                 "2025-05-09T10:00:00+03:00")
    assert _brief(rows) == [("Kyiv City", "Kyiv", None, None), ("Kyiv Oblast", None, 4, 9)]


def test_a_toll_of_the_capital_and_its_ring_together_is_not_the_capitals():
    rows = _rows("Russia attacked Kyiv and the surrounding region with drones overnight, killing "
                 "four people, officials said on Friday. In Kyiv itself, no one was hurt.",
                 "2025-05-09T10:00:00+03:00")
    assert _brief(rows) == [("Kyiv City", "Kyiv", 0, 0)]


def test_a_provincial_citys_toll_in_the_surrounding_region_stays_unowned():
    rows = _rows("Drones attacked Poltava overnight, killing four people in the surrounding "
                 "region, the governor said on Friday.", "2025-05-09T10:00:00+03:00")
    assert _brief(rows) == [("Poltava Oblast", "Poltava", None, None)]

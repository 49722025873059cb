"""Rules added in extractor 1.38.0 for killed, injured and event_date (mechanisms pooled over
unseen25-unseen29, twenty authors, with the older sets). Sentences, places and figures are
invented for these tests. Each rule test fails on the extractor before its rule; the guards pass
on both."""

from assets.extract.dates import find_dates, parse_published
from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v138c", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(str(r["event_date"]), r["admin1"], r["location"], r["killed"], r["injured"])
            for r in rows if r["kind"] == "impact"]


def _days(sentence: str, published: str) -> list[str]:
    return [str(d.value) for d in find_dates(sentence, parse_published(published))]


# -- a night told as a span of two days: the later day (night_spans) ----------------------------

def test_a_night_from_one_month_into_the_next_dates_by_its_second_day():
    text = ("Russian drones attacked Kharkiv on the night of Sept. 30 to Oct. 1. Debris fell on a "
            "school in the Saltivskyi district, injuring four people.")
    assert _brief(_rows(text, "2024-10-01T10:00:00+03:00")) == [
        ("2024-10-01", "Kharkiv Oblast", "Kharkiv", None, 4)]


def test_a_night_from_one_weekday_to_the_next_dates_by_the_second():
    # published on a Saturday: Thursday is the 12th, Friday the 13th
    text = ("Russia fired 70 drones at Ukraine during the night from Thursday to Friday. In "
            "Sumy, a drone hit a shop, injuring a saleswoman.")
    assert _brief(_rows(text, "2025-06-14")) == [("2025-06-13", "Sumy Oblast", "Sumy", None, 1)]


def test_hours_between_two_weekdays_date_by_the_second_and_carry_on():
    text = ("The ministry said 120 drones were destroyed between 23:00 on Saturday and 06:00 on "
            "Sunday.\n\nIn Podolsk, a drone hit a warehouse; two workers were hurt.")
    assert _brief(_rows(text, "2025-06-16T09:00:00+03:00")) == [
        ("2025-06-15", "Moscow Oblast", "Podolsk", None, 2)]


def test_a_span_of_days_without_a_night_keeps_both_days():
    # guard: "between Friday and Sunday" is a span of days, not one night
    assert _days("Shelling hit the town between Friday and Sunday.", "2025-06-16") == [
        "2025-06-13", "2025-06-15"]


# -- "with the death toll standing at N": the update (casualties._UPDATE) -----------------------

def test_a_toll_standing_at_a_figure_is_the_update():
    assert _figs("Rescuers ended the search, with the death toll standing at 23.") == [
        ("killed", 23, "update")]


def test_a_toll_standing_at_a_figure_overrides_an_earlier_report():
    text = ("Rescuers in Chernihiv finished clearing the rubble of the hotel hit by a Russian "
            "missile on Wednesday, with the confirmed death toll standing at 19.\n\n"
            "On Thursday officials had reported 14 dead. Sixty people were injured.")
    assert _brief(_rows(text, "2025-04-11")) == [
        ("2025-04-09", "Chernihiv Oblast", "Chernihiv", 19, 60)]


# -- an ordinal person: the running count, or one at a place of its own (ordinal_people) --------

def test_a_third_man_who_died_later_makes_the_toll_three():
    text = ("In Kolomna, a drone hit a depot, where two watchmen were killed. A third man died "
            "later in hospital, the governor said.")
    assert _brief(_rows(text, "2025-05-20")) == [
        ("2025-05-20", "Moscow Oblast", "Kolomna", 3, None)]


def test_a_third_resident_hit_by_shrapnel_makes_three_hurt():
    text = ("In Marhanets, a man and his daughter were wounded when a drone struck their yard, and "
            "a third resident was hit by shrapnel on a nearby street.")
    assert _brief(_rows(text, "2025-05-20")) == [
        ("2025-05-20", "Dnipropetrovsk Oblast", "Marhanets", None, 3)]


def test_a_reported_third_injured_person_makes_three_hurt():
    text = ("Two people were injured when a drone exploded near a tram stop in Kherson on Tuesday. "
            "By the evening the administration reported a third injured person, a tram driver.")
    assert _brief(_rows(text, "2025-05-20")) == [
        ("2025-05-20", "Kherson Oblast", "Kherson", None, 3)]


def test_a_third_person_who_died_in_another_district_is_one_there():
    text = ("Two workers were killed in the Podolsk district when debris fell on a warehouse. A "
            "third person died in hospital in the Ramenskoye district, the governor said.")
    rows = _brief(_rows(text, "2025-05-20"))
    assert ("2025-05-20", "Moscow Oblast", "Ramenskoye", 1, None) in rows


# -- a running total since a month, a date or the war's start: background (since_totals) -------

def test_a_total_since_a_date_makes_no_row():
    text = ("Russian artillery shelled Vovchansk on Monday, wounding two men, the governor said. "
            "Since April 3, he said, 41 civilians have been killed in the district.")
    assert _brief(_rows(text, "2024-05-20")) == [
        ("2024-05-20", "Kharkiv Oblast", "Vovchansk", None, 2)]


def test_a_total_since_the_start_of_the_invasion_gives_no_figure():
    assert _figs("Since the start of the full-scale invasion, 212 residents of the city have "
                 "been killed.") == []


def test_a_figure_compared_with_the_war_since_its_start_stays():
    # guard: a superlative makes the "since" a comparison, the figure is the attack's
    assert _figs("Officials said 64 people had been injured, the highest number in the city "
                 "since the full-scale invasion began.") == [("injured", 64, "plain")]


# -- a day inside a place's aside about its past strikes dates the past (past_asides) ----------

def test_a_day_in_an_aside_about_earlier_shelling_does_not_date_the_strike():
    # published on a Tuesday; the aside's Sunday is the 13th
    text = ("Missiles also hit Kramatorsk, which had already been shelled on Sunday, damaging a "
            "school.")
    assert _brief(_rows(text, "2025-04-15T20:00:00+03:00")) == [
        ("2025-04-15", "Donetsk Oblast", "Kramatorsk", None, None)]


def test_a_vague_span_in_an_already_aside_leaves_the_strike_dated():
    text = ("A glide bomb hit Sloviansk, already battered by strikes in recent days, injuring "
            "two women.")
    assert _brief(_rows(text, "2025-04-15")) == [
        ("2025-04-15", "Donetsk Oblast", "Sloviansk", None, 2)]


def test_a_day_after_people_who_had_been_injured_still_dates_the_strike():
    # guard: ", had been injured when drones hit ... late on Monday" follows people, not a place
    text = ("In Sumy, 14 people, including a child, had been injured when drones hit a "
            "residential block late on Monday, the mayor said.")
    assert _brief(_rows(text, "2025-04-15")) == [
        ("2025-04-14", "Sumy Oblast", "Sumy", None, 14)]


# -- a toll update's strike day told with the injury, the collapse or the fire (strike_day_told) -

def test_a_toll_update_takes_the_day_of_the_attack_the_injured_were_hurt_in():
    # published on a Saturday: Friday is the 13th, Thursday the 12th
    text = ("The number of people killed by a Russian missile strike on Uzhhorod rose to seven on "
            "Friday, the governor said.\n\nTwenty people were injured in the attack early on "
            "Thursday, which destroyed a hostel.")
    assert _brief(_rows(text, "2025-06-14")) == [
        ("2025-06-12", "Zakarpattia Oblast", "Uzhhorod", 7, 20)]


def test_a_toll_update_takes_the_day_the_building_came_down():
    text = ("The number of people killed when part of an apartment block collapsed in Kursk has "
            "risen to nine, the emergencies ministry said on Friday.\n\nThe block came down on "
            "Thursday after being hit by drone debris.")
    assert _brief(_rows(text, "2025-06-14"))[0][:4] == (
        "2025-06-12", "Kursk Oblast", "Kursk", 9)


def test_a_toll_update_takes_the_day_the_fire_broke_out():
    text = ("Three workers were killed while fighting a blaze at a fuel depot in Tambov that was "
            "set alight by a drone, the governor said on Friday.\n\nThe fire broke out early on "
            "Thursday.")
    assert _brief(_rows(text, "2025-06-14")) == [
        ("2025-06-12", "Tambov Oblast", "Tambov", 3, None)]

"""Rules added in extractor 1.39.0 for event_date (mechanisms pooled over unseen14-unseen30).
Sentences, places and figures are invented for these tests. Each rule test fails on the
extractor before its rule; the guards pass on both."""

from assets.extract.dates import find_dates, parse_published
from assets.extract.extractor import extract_mentions
from assets.extract.search_days import search_ended_day


def _rows(text: str, published: str) -> list[dict]:
    return extract_mentions({"article_id": "v139d", "text": text, "published_at": published,
                             "title": None})


def _dated(rows: list[dict]) -> list[tuple]:
    return sorted((str(r["event_date"]), r["location"] or r["admin1"] or r["country"])
                  for r in rows)


def _days(sentence: str, published: str) -> list[tuple[str, bool]]:
    return [(str(d.value), d.report) for d in find_dates(sentence, parse_published(published))]


# -- a capitals dateline before a dash dates the report ("KHERSON, March 6 - ") -----------------

def test_a_capitals_dateline_before_a_dash_is_the_report_s_day():
    assert _days("KHERSON, March 6 - The toll from the strike on a bus station has risen to 7.",
                 "2024-03-06") == [("2024-03-06", True)]


def test_a_toll_update_under_a_dash_dateline_takes_the_strike_day_told_below():
    text = ("KHERSON, March 6 - The death toll from the Russian strike on a bus station in Kherson "
            "has risen to 7, regional officials said on Wednesday.\n\n"
            "The bus station was hit on Monday evening, when passengers were waiting for a bus.")
    assert _dated(_rows(text, "2024-03-06")) == [("2024-03-04", "Kherson")]


def test_a_date_opening_a_sentence_without_a_dateline_is_not_the_report_s():
    # guard: a date before a dash that is no capitals dateline keeps telling the event
    assert _days("Shells hit Kherson on March 4 - the day the bus station burned.",
                 "2024-03-06") == [("2024-03-04", False)]


# -- the lead's day told as "N days after it was struck" is the aftermath's (strike_day_told) ----

def test_a_search_told_days_after_it_was_struck_leaves_the_row_to_the_strike_day():
    text = ("Rescue workers in Kryvyi Rih ended their search of a five-storey block on Thursday, "
            "two days after it was struck by a Russian missile, with the toll standing at nine.\n\n"
            "The air force said the block was hit on Tuesday by an Iskander-M ballistic missile.")
    assert _dated(_rows(text, "2024-06-13")) == [("2024-06-11", "Kryvyi Rih")]


# -- the day a search ended is the aftermath's (search_days); "during Sunday's wave" ------------

def test_the_day_a_search_ended_is_marked_as_the_aftermath_s():
    text = "Emergency crews wound up their search of the ruined block on Wednesday, with 12 dead."
    assert search_ended_day(text, text.index("Wednesday"))


def test_a_search_of_a_building_hit_on_a_day_keeps_that_day_as_the_strike_s():
    # guard: a strike verb between the search and the day makes the day the strike's
    text = ("Rescuers in Sumy ended their search of a building hit by a Russian missile on Friday "
            "after recovering a ninth body.")
    assert not search_ended_day(text, text.index("Friday"))


def test_a_search_ended_on_one_day_and_a_block_hit_in_an_earlier_wave_date_the_row_by_the_wave():
    text = ("Emergency crews in Zaporizhzhia wound up their search of the ruined block on "
            "Wednesday, with the number of dead at 12.\n\n"
            "The block was hit by a cruise missile during Sunday's wave of strikes on the city.")
    assert _dated(_rows(text, "2024-06-12")) == [("2024-06-09", "Zaporizhzhia")]


# -- "slammed into ... on Palm Sunday" after a later day: the strike's day (struck_days) ---------

def test_a_mourning_day_before_missiles_slammed_in_on_a_named_sunday_is_the_report_s():
    text = ("Poltava began two days of mourning on Tuesday after a Russian missile slammed into a "
            "dormitory on Easter Sunday morning, killing nine people.")
    assert _days(text, "2024-04-02") == [("2024-04-02", True), ("2024-03-31", False)]


def test_a_mourning_day_before_a_missile_slammed_in_on_a_weekday_is_the_report_s():
    text = ("Poltava began two days of mourning on Tuesday after a Russian missile slammed into a "
            "dormitory on Sunday morning, killing nine people.")
    assert _days(text, "2024-04-02") == [("2024-04-02", True), ("2024-03-31", False)]

"""Rules added in extractor 1.38.0 for event_date (mechanisms pooled over unseen14-unseen29,
64 authors). Sentences, places and figures are invented for these tests. Each rule test fails
on the extractor before its rule; the guards pass on both."""

from assets.extract.dates import find_dates, parse_published
from assets.extract.extractor import extract_mentions


def _rows(text: str, published: str) -> list[dict]:
    return extract_mentions({"article_id": "v138d", "text": text, "published_at": published,
                             "title": None})


def _dated(rows: list[dict]) -> list[tuple]:
    return sorted((str(r["event_date"]), r["location"] or r["admin1"] or r["country"])
                  for r in rows)


def _days(sentence: str, published: str) -> list[tuple[str, bool]]:
    return [(str(d.value), d.report) for d in find_dates(sentence, parse_published(published))]


# -- "came nine days after": number words past seven (earlier._CAME_AFTER) ----------------------

def test_an_attack_nine_days_before_is_dated_back_from_the_article_s_own():
    text = ("A Russian missile hit a market in Kharkiv on Sunday morning, killing six people. "
            "The strike came nine days after a drone killed four people in Poltava.")
    assert _dated(_rows(text, "2025-05-19")) == [("2025-05-09", "Poltava"),
                                                 ("2025-05-18", "Kharkiv")]


def test_an_attack_eleven_days_before_is_read_as_a_number():
    text = ("A Russian missile hit a market in Kharkiv on Sunday morning, killing six people. "
            "The strike came 11 days after a drone killed four people in Poltava.")
    assert _dated(_rows(text, "2025-05-19")) == [("2025-05-07", "Poltava"),
                                                 ("2025-05-18", "Kharkiv")]


# -- a later day told before a strike clause's day is the report's (struck_days) ---------------

def test_a_search_ended_on_a_later_day_leaves_the_strike_s_day():
    # published on a Wednesday: Monday is the 8th, Saturday the 6th
    assert _days("Rescuers ended their search on Monday at the block in Rivne that was "
                 "destroyed by a missile on Saturday.", "2024-04-10") == [
        ("2024-04-08", True), ("2024-04-06", False)]


def test_bodies_recovered_from_a_building_struck_a_day_earlier_date_the_day_before():
    text = ("Rescuers in Rivne on Friday recovered the last bodies from a building struck by a "
            "Russian missile a day earlier, bringing the death toll to 9.")
    assert _dated(_rows(text, "2024-04-12")) == [("2024-04-11", "Rivne")]


def test_a_consequence_s_day_before_after_leaves_the_strike_s_day():
    # published on a Saturday: Friday is the 14th, Thursday the 13th
    assert _days("Pumping stopped on Friday after drones hit the oil depot near Klintsy late on "
                 "Thursday night.", "2025-06-14") == [("2025-06-13", True), ("2025-06-12", False)]


def test_two_strikes_on_two_days_keep_their_days():
    # guard: no relative clause between the days, two attacks of their own
    assert _days("A drone struck a car in Rivne on Monday and on Tuesday shelling hit a school "
                 "in Lutsk.", "2024-04-10") == [("2024-04-08", False), ("2024-04-09", False)]


# -- holidays told as a day (holiday_dates) -----------------------------------------------------

def test_christmas_morning_told_days_later_dates_the_25th():
    text = ("Russia fired 40 drones at Ukraine overnight, the air force said on Sunday. The "
            "attack was smaller than on Christmas morning, when Russia fired 60 missiles and 90 "
            "drones at the power grid.")
    assert "2024-12-25" in [d for d, _ in _dated(_rows(text, "2024-12-29T09:00:00+02:00"))]


def test_new_year_s_eve_and_orthodox_christmas_resolve_to_their_days():
    assert _days("Drones hit Lviv on New Year's Eve and Odesa on Orthodox Christmas Day.",
                 "2025-01-09") == [("2024-12-31", False), ("2025-01-07", False)]


def test_a_holiday_still_to_come_or_the_bare_word_gives_no_day():
    # guard: "ahead of Christmas Day" in December, "before Christmas" alone
    assert _days("Officials warned of strikes ahead of Christmas Day.", "2024-12-20") == []
    assert _days("Officials warned of strikes before Christmas.", "2024-12-20") == []


# -- a row's strike day told next when its own sentence gave none (undated_rows) ----------------

def test_a_row_without_a_day_takes_the_day_told_in_the_next_sentence():
    text = ("Kherson region: shelling over the past day, the governor said on Sunday.\n\n"
            "Separately, occupation officials said artillery had hit Oleshky, killing two people. "
            "The town's head said a shell struck a private house on Saturday.")
    assert ("2024-06-08", "Oleshky") in _dated(_rows(text, "2024-06-09"))


def test_bombs_dropped_on_a_day_told_after_a_toll_update_date_the_row():
    text = ("The death toll from a Russian air raid on Sumy has risen to 12, officials said on "
            "Friday. Russian aircraft dropped bombs on a block of flats on Wednesday evening.")
    assert _dated(_rows(text, "2024-06-14")) == [("2024-06-12", "Sumy")]


def test_a_day_of_mourning_is_not_the_strike_s_day():
    text = ("The city of Poltava on Sunday mourned 9 people killed in a Russian missile attack. "
            "Russia fired two missiles at a college in the city on Saturday morning, the governor "
            "said.")
    assert _dated(_rows(text, "2024-06-16")) == [("2024-06-15", "Poltava")]


# -- a paragraph opening "Overnight," under a roundup lead (extractor: case of the test) --------

def test_an_overnight_paragraph_keeps_its_own_night_under_a_dated_roundup_lead():
    text = ("On June 3, Russian forces attacked four towns of the Donetsk region, killing two "
            "people, the governor said on Wednesday.\n\nIn Kurakhove, a bomb killed a man.\n\n"
            "Overnight, a missile struck Sloviansk, damaging a school.")
    assert _dated(_rows(text, "2024-06-05")) == [("2024-06-03", "Donetsk Oblast"),
                                                 ("2024-06-03", "Kurakhove"),
                                                 ("2024-06-05", "Sloviansk")]


# -- an undated paragraph after one told on the publication day (latest_row_day) ---------------

def test_an_undated_paragraph_after_the_publication_day_s_attack_keeps_that_day():
    text = ("A Russian drone struck a bus in Nikopol on Monday evening, killing the driver, the "
            "governor said.\n\nOn Tuesday morning, Russian forces shelled Marhanets, wounding a "
            "woman.\n\nThe governor added that in Pokrovske a drone wounded two men.")
    assert _dated(_rows(text, "2024-07-02T12:00:00+03:00")) == [
        ("2024-07-01", "Nikopol"), ("2024-07-02", "Marhanets"), ("2024-07-02", "Pokrovske")]


def test_an_undated_paragraph_after_the_lead_s_day_keeps_the_lead_s_day():
    # guard: the paragraph before told the lead's own day, nothing moves
    text = ("A Russian drone struck a bus in Nikopol on Monday evening, killing the driver, the "
            "governor said.\n\nThe governor added that in Pokrovske a drone wounded two men.")
    assert _dated(_rows(text, "2024-07-02T12:00:00+03:00")) == [
        ("2024-07-01", "Nikopol"), ("2024-07-01", "Pokrovske")]

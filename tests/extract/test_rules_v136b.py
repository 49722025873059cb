"""Rules added in extractor 1.36.0 for killed, injured and event_date (mechanisms pooled over
unseen24, unseen25, unseen26 and unseen27, sixteen authors). Sentences, places and figures are
invented for these tests. Each rule test fails on the extractor before its rule; the guards pass
on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v136b", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(str(r["event_date"]), r["admin1"], r["location"], r["killed"], r["injured"])
            for r in rows if r["kind"] == "impact"]


# -- a timed item of a regional report names its place (places' timeline_entries) ------------

_TIMED = ("Russian forces attacked nine settlements of the Kharkiv region, the governor said on "
          "Tuesday.\n\nHe listed the attacks:\n\n"
          "- 08:15, Balakliia (Izium district): a drone hit a bakery; two workers were wounded.\n"
          "- 19:40, Zolochiv (Zolochiv TG, Bohodukhiv district): a shell hit a barn; "
          "an 81-year-old man was killed.\n")


def test_a_timed_item_makes_a_row_with_its_figures():
    brief = _brief(_rows(_TIMED, "2025-02-11"))
    assert ("2025-02-11", "Kharkiv Oblast", "Balakliia", None, 2) in brief
    assert ("2025-02-11", "Kharkiv Oblast", "Zolochiv", 1, None) in brief


# -- a list's introduction keeps the day of the paragraph before (list_intros) ------------------

_LISTED = ("Sumy region: day of shelling\n\nSumy • Northern Courier\n\n"
           "Yesterday, March 4, Russian forces attacked eight communities of the Sumy region, "
           "the regional administration said on Wednesday.\n\n"
           "The administration listed the main incidents:\n\n"
           "- 10:25, Krasnopillia (Sumy district): a mortar shell hit a shed; a woman was "
           "wounded.\n\n"
           "- 16:50, Bilopillia (Sumy district): a drone hit a car, killing the driver.\n")


def test_items_after_a_list_introduction_keep_the_round_ups_day():
    brief = _brief(_rows(_LISTED, "2025-03-05"))
    assert ("2025-03-04", "Sumy Oblast", "Krasnopillia", None, 1) in brief
    assert ("2025-03-04", "Sumy Oblast", "Bilopillia", 1, None) in brief


def test_a_background_heading_is_no_continuation():
    rows = _rows("Yesterday, March 4, a drone hit a shop in Bilopillia, wounding two people, "
                 "the administration said on Wednesday.\n\nBackground:\n\n"
                 "- A shell hit a school in Krasnopillia, wounding a guard.\n", "2025-03-05")
    assert ("2025-03-05", "Sumy Oblast", "Krasnopillia", None, 1) in _brief(rows)


# -- "a day before <an event>" is the event's eve, no day before publication (eve_dates) --------

def test_a_day_before_an_anniversary_keeps_the_report_day():
    rows = _rows("Russia launched 140 drones at Ukraine overnight, the air force said on "
                 "Monday, a day before the country's Independence Day.\n\nIn Poltava, a drone "
                 "hit a grain silo, injuring two workers, the governor said.", "2025-08-23")
    assert ("2025-08-23", "Poltava Oblast", "Poltava", None, 2) in _brief(rows)
    assert {str(r["event_date"]) for r in rows} == {"2025-08-23"}


def test_a_day_before_with_no_event_is_the_previous_day():
    rows = _rows("A day before, a drone hit a grain silo in Poltava, injuring two workers, "
                 "the governor said.", "2025-08-23")
    assert _brief(rows) == [("2025-08-22", "Poltava Oblast", "Poltava", None, 2)]


# -- people told only as in hospital are injured (in_hospital) ----------------------------------

def test_a_count_of_people_in_hospital_is_that_many_injured():
    assert _figs("By the evening, 14 people were in hospital in Cherkasy.") == [
        ("injured", 14, "plain")]


def test_a_relative_in_hospital_is_one_injured():
    rows = _rows("A Russian shell hit a private house in Bilozerka on Friday, killing a "
                 "62-year-old man, the governor said. His wife is in hospital with burns.",
                 "2025-05-09")
    assert _brief(rows) == [("2025-05-09", "Kherson Oblast", "Bilozerka", 1, 1)]


def test_patients_in_a_hospital_are_no_toll():
    assert _figs("About 300 patients were in the hospital complex when the missile hit.") == []


def test_people_in_hospital_after_an_injured_count_are_a_part():
    assert _figs("Nine people were injured; four residents remain in hospital.") == [
        ("injured", 9, "plain")]


def test_a_pronoun_in_hospital_is_left_to_the_sentence_before():
    assert _figs("She is in hospital in a moderate condition.") == []


def test_an_items_second_sentence_keeps_the_round_ups_day():
    text = _LISTED.replace("a mortar shell hit a shed; a woman was wounded.",
                           "a mortar shell hit a shed. A woman was wounded.")
    brief = _brief(_rows(text, "2025-03-05"))
    assert ("2025-03-04", "Sumy Oblast", "Krasnopillia", None, 1) in brief
    assert ("2025-03-04", "Sumy Oblast", "Bilopillia", 1, None) in brief


# -- the toll after a round-up of settlements is the region's (round_up_tolls) ------------------

def test_the_toll_after_a_round_up_goes_to_the_region():
    rows = _rows("Over the past day, Russian troops shelled 41 settlements in the Mykolaiv "
                 "region, including the city of Ochakiv, with artillery and drones, the governor "
                 "said on Friday. Two people were killed and five were injured.", "2025-06-06")
    brief = _brief(rows)
    assert ("2025-06-06", "Mykolaiv Oblast", None, 2, 5) in brief
    assert ("2025-06-06", "Mykolaiv Oblast", "Ochakiv", None, None) in brief


def test_the_town_keeps_its_own_sentence_after_a_round_up():
    rows = _rows("Over the past day, Russian troops shelled 41 settlements in the Mykolaiv "
                 "region, including the city of Ochakiv, the governor said on Friday. Two "
                 "people were killed and five were injured.\n\nIn Ochakiv, a drone hit a car, "
                 "wounding the driver.", "2025-06-06")
    brief = _brief(rows)
    assert ("2025-06-06", "Mykolaiv Oblast", None, 2, 5) in brief
    assert ("2025-06-06", "Mykolaiv Oblast", "Ochakiv", None, 1) in brief

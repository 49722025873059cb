"""Rules added in extractor 1.39.0 for event_date (mechanisms pooled over unseen14-unseen30).
Sentences, places and figures are invented for these tests. Each rule test fails on the
extractor before its rule; the guards pass on both."""

from assets.extract.dates import find_dates, parse_published
from assets.extract.extractor import extract_mentions


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

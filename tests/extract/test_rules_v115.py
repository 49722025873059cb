"""Rules added in extractor 1.15.0 (error classes of data/eval/unseen9, stated as phrasings),
each checked on made-up sentences: "In the same night, ..." and "Later in the evening, ..." take
the day of the row told just before; "damaged a shop but injured no one" is 0 and 0; "the
injured count now stands at 19" is an update of the injured."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figure_values as _figs


def _rows(text: str, published: str = "2025-03-05") -> list[dict]:
    return extract_mentions({"article_id": "v115", "text": text, "published_at": published})


def test_same_night_takes_the_previous_rows_day():
    text = ("A Russian missile hit a warehouse in Kremenchuk on Monday evening, injuring three "
            "people, the governor said on Tuesday.\n\n"
            "In the same night, Russian drones hit a power line in Lubny, the governor added.")
    dates = {r["location"]: str(r["event_date"]) for r in _rows(text, "2025-03-04")}
    assert dates.get("Kremenchuk") == "2025-03-03"
    assert dates.get("Lubny") == "2025-03-03"


def test_later_in_the_evening_takes_the_previous_rows_day():
    text = ("A Russian drone hit a car in Nikopol on Sunday, wounding the driver, officials "
            "said.\n\n"
            "Later in the evening, Russian drones struck a farm in Marhanets, damaging a barn.")
    dates = {r["location"]: str(r["event_date"]) for r in _rows(text, "2025-03-04")}
    assert dates.get("Marhanets") == "2025-03-02"


def test_injured_no_one_is_zero():
    assert _figs("A drone attack on Sumy damaged a shop but injured no one, officials said.") == [
        ("killed", 0), ("injured", 0)]
    assert _figs("The blast hurt nobody.") == [("killed", 0), ("injured", 0)]
    assert _figs("The second drone injured no one else.") == []


def test_injured_count_stands_at():
    figs = _figs("The injured count now stands at 19, the mayor said.")
    assert ("injured", 19) in figs
    assert ("killed", 7) in _figs("The death count has risen to seven.")

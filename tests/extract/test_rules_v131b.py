"""Rules added in extractor 1.31.0 for killed, injured and event dates (mechanisms pooled over
unseen21, unseen22, unseen23 and unseen24, sixteen authors). Sentences, places and figures are
invented for these tests. Each rule test fails on 1.30.0; the guards pass on both."""

from assets.extract.extractor import extract_mentions
from tests.extract.probes import figures as _figs


def _rows(text: str, published: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "v131b", "text": text, "published_at": published,
                             "title": title})


def _brief(rows: list[dict]) -> list[tuple]:
    return [(r["admin1"], r["location"], r["killed"], r["injured"]) for r in rows
            if r["kind"] == "impact"]


# -- the hurt told by the wound they suffered (wound_phrasings) ---------------------------------

def test_a_count_receiving_cuts_is_that_many_injured():
    assert _figs("Four pensioners received cuts from flying glass, and the roof "
                 "collapsed.") == [("injured", 4, "plain")]


def test_an_aside_between_the_count_and_the_wound_is_skipped():
    assert _figs("Two cyclists, including a 12-year-old boy, suffered cuts from the "
                 "blast, the mayor said.") == [("injured", 2, "plain")]


def test_both_taken_to_hospital_with_wounds_are_two():
    assert _figs("Both women inside were taken to the regional hospital with shrapnel "
                 "wounds.") == [("injured", 2, "plain")]


def test_one_person_of_any_trade_suffering_a_concussion_is_one():
    assert _figs("A beekeeper suffered a concussion and was treated at home.") == [
        ("injured", 1, "plain")]


def test_a_pronoun_left_with_a_wound_is_one():
    assert _figs("A drone chased a tractor near the farm, leaving him with a shrapnel "
                 "injury to his arm.") == [("injured", 1, "plain")]


def test_the_wound_reaches_the_village_row():
    rows = _rows("A Russian drone hit a bakery in Kupiansk on Monday, the governor said. A baker "
                 "suffered a concussion.", "2024-05-07")
    assert ("Kharkiv Oblast", "Kupiansk", None, 1) in _brief(rows)


def test_damage_suffered_by_things_counts_no_one():
    assert _figs("Two houses received minor damage and the school suffered broken "
                 "windows.") == []


def test_people_already_counted_with_their_wounds_are_not_counted_again():
    assert _figs("Three people were injured and received cuts from glass.") == [
        ("injured", 3, "plain")]

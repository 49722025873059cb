"""Rules added in extractor 1.32.0 for killed, injured and event dates (mechanisms pooled over
unseen22, unseen23, unseen24 and unseen25, sixteen authors). Sentences, places and figures are
invented for these tests. Each rule test fails on 1.31.0; the guards pass on both."""

from assets.extract.damage_zeros import damage_first_zeros
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
    assert damage_first_zeros("There was no damage or casualties.", True) == []


def test_a_silent_report_of_damage_and_casualties_is_no_zero():
    assert _figs("The regional administration did not report any casualties or damage in "
                 "the village.") == []

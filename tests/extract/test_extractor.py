"""Behaviour of extract_mentions on short made-up articles."""

from assets.extract.extractor import extract_mentions
from assets.schema import MENTIONS


def _article(text: str, published: str = "2025-03-14") -> dict:
    return {"article_id": "t1", "text": text, "published_at": published, "title": None}


def test_extractor_columns_and_evidence_invariant():
    art = _article("A Russian missile struck Poltava on Tuesday, killing three people.")
    rows = extract_mentions(art)
    assert len(rows) == 1
    r = rows[0]
    assert list(r) == MENTIONS.column_names
    assert art["text"][r["evidence_start"]:r["evidence_end"]] == r["evidence"]
    assert (r["location"], r["killed"], r["weapon"], r["attacker"]) == ("Poltava", 3, "missile",
                                                                     "RUS")
    assert str(r["event_date"]) == "2025-03-11"


def test_extractor_wave_from_nationwide_tally():
    rows = extract_mentions(_article(
        "Russia launched 120 drones against Ukraine overnight, and 100 were shot down."))
    assert [(r["kind"], r["geo_precision"], r["launched"], r["intercepted"]) for r in rows] == [
        ("wave", "country", 120, 100)]


def test_extractor_russian_mod_claim():
    rows = extract_mentions(_article(
        "Russia's Defence Ministry said it destroyed 25 Ukrainian drones overnight."))
    assert [(r["country"], r["attacker"], r["intercepted"]) for r in rows] == [("RUS", "UKR", 25)]


def test_extractor_attribution_to_nearest_place():
    rows = extract_mentions(_article(
        "Two people were killed in Kherson, while four were injured in Nikopol."))
    got = {r["location"]: (r["killed"], r["injured"]) for r in rows}
    assert got == {"Kherson": (2, None), "Nikopol": (None, 4)}


def test_extractor_talks_article_has_no_rows():
    text = "Delegations from Kyiv and Moscow met in Istanbul for talks on a prisoner exchange."
    assert extract_mentions(_article(text)) == []


def test_extractor_odd_input_never_raises():
    assert extract_mentions({"article_id": "x", "text": "", "published_at": None}) == []
    assert extract_mentions({}) == []


def test_extractor_no_duplicate_keys():
    rows = extract_mentions(_article(
        "A drone hit Sumy overnight. Later another drone hit Sumy, injuring two people."))
    keys = [(r["kind"], r["country"], r["admin1"], r["location"], r["event_date"],
             r["attacker"]) for r in rows]
    assert len(keys) == len(set(keys)) == 1

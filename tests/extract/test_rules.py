"""Rules added in extractor 1.1.0: article-level weapons, clause scope, elided and repeated
casualty figures, own-region claims, regions named by their capitals, numbers inside model names."""

from assets.extract.casualties import find_casualties
from assets.extract.extractor import extract_mentions
from assets.extract.tallies import find_tallies
from assets.extract.weapons import find_weapons


def _rows(text: str, title: str | None = None) -> list[dict]:
    return extract_mentions({"article_id": "r1", "text": text, "published_at": "2025-03-14",
                             "title": title})


def _by_place(rows: list[dict]) -> dict:
    return {r["location"] or r["admin1"] or r["country"]: r for r in rows}


def test_casualties_elided_figures_per_place():
    got = [(f.value, f.pos) for f in find_casualties(
        "Three residents were wounded in Izium, another two in Balakliia and one in Kupiansk.")]
    assert got == [(3, 0), (2, 47), (1, 68)]


def test_casualties_left_people_injured_is_not_killed():
    got = [(f.field, f.value) for f in find_casualties("The strike left 5 people injured.")]
    assert got == [("injured", 5)]


def test_extractor_second_strike_figure_adds_up():
    rows = _rows("A Russian missile hit Kharkiv on Thursday, injuring 20 people. Officials said "
                 "later that 7 people had been hurt in the second strike on the city.")
    assert [(r["location"], r["injured"]) for r in rows] == [("Kharkiv", 27)]


def test_extractor_elided_figures_go_to_their_places():
    rows = _rows("Russian shelling wounded three residents in Izium, another two in Balakliia "
                 "and one in Kupiansk.")
    assert {r["location"]: r["injured"] for r in rows} == {
        "Izium": 3, "Balakliia": 2, "Kupiansk": 1}


def test_extractor_weapon_from_headline_when_row_names_none():
    rows = _rows("A port facility in Odesa was damaged overnight, officials said.",
                 title="Russian drones hit Odesa port")
    assert [(r["location"], r["weapon"]) for r in rows] == [("Odesa", "drone")]


def test_extractor_weapon_from_nearest_earlier_sentence():
    rows = _rows("Russia launched a missile-and-drone barrage overnight. Two people were killed "
                 "in Poltava, officials said.")
    assert [(r["location"], r["weapon"]) for r in rows] == [("Poltava", "mixed")]


def test_extractor_weapons_scoped_to_clause():
    rows = _by_place(_rows("Russian shelling hit Kupiansk, while a drone struck a house in Izium."))
    assert (rows["Kupiansk"]["weapon"], rows["Izium"]["weapon"]) == ("artillery", "drone")


def test_extractor_governor_claim_over_own_region():
    rows = _rows("Volyn Governor Ivan Rudnytskyi said drones were shot down over the region. "
                 "He added that no one was hurt.")
    assert [(r["admin1"], r["geo_precision"], r["killed"], r["injured"]) for r in rows] == [
        ("Volyn Oblast", "admin1", 0, 0)]


def test_extractor_regions_named_by_capitals():
    rows = _rows("Russian strikes damaged energy sites in six regions overnight. Facilities came "
                 "under attack in Lviv in the west, in Sumy and Kharkiv in the northeast.")
    assert sorted((r["admin1"], r["geo_precision"]) for r in rows) == [
        ("Kharkiv Oblast", "admin1"), ("Lviv Oblast", "admin1"), ("Sumy Oblast", "admin1")]


def test_extractor_city_as_speaker_is_not_target():
    rows = _rows("Kyiv said Russian drones struck Odesa overnight.")
    assert [r["location"] for r in rows] == ["Odesa"]


def test_weapons_key_gate_and_models():
    assert find_weapons("Kharkiv and Kherson were quiet.") == (set(), [])
    assert find_weapons("two Kh-101 cruise missiles") == ({"missile"}, ["Kh-101"])


def test_tallies_model_number_is_not_a_count():
    assert find_tallies("The attack involved Geran-2 drones, officials said.") == []

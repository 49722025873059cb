"""Rules of 1.39.0 on spurious rows (spurious-rows round). Sentences, places and figures are
invented for these tests."""

from assets.extract.extractor import extract_mentions
from assets.extract.harmless_falls import fell_harmlessly


def _rows(text: str, published: str = "2024-11-20T09:00:00Z") -> list[tuple]:
    rows = extract_mentions({"article_id": "t1", "text": text, "published_at": published,
                             "title": None})
    return sorted((r["admin1"] or "", r["location"] or "", r["geo_precision"],
                   str(r["event_date"]), r["killed"], r["injured"]) for r in rows)


_LEAD = ("Russian drones struck an apartment block in Sumy early on Wednesday, injuring two "
         "people, the regional administration said. ")
_SUMY = ("Sumy Oblast", "Sumy", "settlement", "2024-11-20", None, 2)


def test_debris_that_fell_harmlessly_in_a_field_names_no_place_struck():
    for told in ("In the Lubny district of the Poltava region, debris fell on a field without "
                 "causing damage.",
                 "Officials in Poltava said debris from downed drones had fallen on open ground "
                 "without causing harm.",
                 "Wreckage of a downed drone landed in a field near Lubny, the district head "
                 "said.",
                 "Farmers found debris from a drone in a field near the village of Lubny."):
        assert _rows(_LEAD + told) == [_SUMY], told


def test_a_fall_in_a_field_that_tells_harm_or_a_count_keeps_its_place():
    hurt = _rows(_LEAD + "Debris fell on a field near Lubny, injuring a tractor driver.")
    assert ("Poltava Oblast", "Lubny", "settlement", "2024-11-20", None, 1) in hurt
    counted = _rows(_LEAD + "Wreckage of two drones fell in a field near Lubny, officials said.")
    assert [r[1] for r in counted] == ["Lubny", "Sumy"]


def test_fell_harmlessly_reads_the_fall_the_count_and_the_harm():
    assert fell_harmlessly("Debris fell in a field near the village, causing no damage.")
    assert not fell_harmlessly("Debris fell in a field near the village and set a barn on fire.")
    assert not fell_harmlessly("Wreckage of one missile fell in an open field near the town.")
    assert not fell_harmlessly("A drone hit a tractor working in a field near the village.")
    assert not fell_harmlessly("Debris hit the airfield near the town.")
    assert not fell_harmlessly("A drone crashed in a field near the village, causing no damage.")


def test_a_place_named_only_in_a_sides_silence_about_a_strike_has_no_row():
    for told in ("Kyiv has not commented on the Lubny strike.",
                 "Russian officials did not comment on the strike on Lubny.",
                 "The defence ministry made no comment on the Lubny attack."):
        assert _rows(_LEAD + told) == [_SUMY], told


def test_a_place_after_the_silence_and_a_but_stays_a_row():
    rows = _rows(_LEAD + "The ministry did not comment on the Lubny strike but said drones had "
                 "hit a depot in Okhtyrka, injuring one worker.")
    assert ("Sumy Oblast", "Okhtyrka", "settlement", "2024-11-20", None, 1) in rows
    assert "Lubny" not in [r[1] for r in rows]


def test_a_place_sea_drones_were_heading_for_has_no_row():
    for told in ("The navy said it had destroyed four uncrewed boats heading towards Odesa.",
                 "A patrol ship sank two sea drones that were heading for the port of Odesa."):
        assert _rows(_LEAD + told) == [_SUMY], told

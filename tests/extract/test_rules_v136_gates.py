"""The word gates of 1.36.0's rules hold every cue their patterns read (review of 1.36.0): a cue
missing from a gate left its pattern unreachable. Sentences, places and figures are invented for
these tests; each fails on the rules before the gate mend."""

from assets.extract.extractor import extract_mentions


def _places(text: str) -> list[tuple]:
    rows = extract_mentions({"article_id": "g1", "text": text, "published_at": "2025-05-04",
                             "title": None})
    return sorted((r["admin1"] or "", r["location"] or "") for r in rows)


def test_outrage_in_the_capital_is_no_place_struck():
    assert _places("The missile strike on Sumy, which killed five people, drew outrage in "
                   "Kyiv.") == [("Sumy Oblast", "Sumy")]


def test_an_exhibition_in_the_capital_is_no_place_struck():
    assert _places("Two drones hit a warehouse in Odesa overnight, the minister said at an arms "
                   "exhibition in Kyiv.") == [("Odesa Oblast", "Odesa")]


def test_the_capitals_barrage_on_other_places_is_the_state_attacking():
    assert _places("Drones hit a depot in Bryansk on Tuesday, in the second night of Kyiv's "
                   "barrage on Russian oil plants.") == [("Bryansk Oblast", "Bryansk")]


def test_a_share_headed_for_the_capital_makes_no_capital_row():
    assert _places("The ministry said it downed 40 drones over seven regions, 12 of them headed "
                   "for Moscow.") == [("", "")]


def test_a_chp_named_after_its_town_is_the_towns_row():
    assert _places("The Kremenchuk CHP in the Poltava region was hit by a missile, the operator "
                   "said.") == [("Poltava Oblast", "Kremenchuk")]

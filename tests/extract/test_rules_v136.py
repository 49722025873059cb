"""Rules added in extractor 1.36.0 (leftovers of the twelfth session's review and a place round).
Sentences, places and figures are invented for these tests."""

from assets.extract.places import find_places


def _places(text: str) -> list[tuple]:
    return [(m.admin1, m.location, m.level) for m in find_places(text)]


def test_a_reservoir_named_after_a_town_is_no_place_struck():
    text = "Shells flew across the Kakhovka reservoir and hit a pier in Marhanets at dawn."
    assert _places(text) == [("Dnipropetrovsk Oblast", "Marhanets", "settlement")]


def test_the_reservoir_spelled_with_a_capital_is_water_too():
    assert not any(loc == "Nova Kakhovka" or loc == "Kakhovka"
                   for _, loc, _ in _places("Boats crossed the Kakhovka Reservoir overnight."))


def test_the_town_itself_is_still_found():
    assert ("Kherson Oblast", "Kakhovka", "settlement") in _places(
        "A glide bomb struck a school in Kakhovka on Monday.")

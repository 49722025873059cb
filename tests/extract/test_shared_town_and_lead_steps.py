"""The steps that two rules share since the 1.40.0 tidy (rows identical): the town named before
"in the R region" (`qualified_towns.towns_before`, read by `plant_towns` too) and the lead toll's
move to the country row (`lead_tolls.the_wave`, `split_at`, `to_country`, read by `wide_tolls`
too). Sentences, places and figures are invented for these tests."""

from datetime import date

from assets.extract.casualties import Figure
from assets.extract.lead_tolls import split_at, the_wave, to_country
from assets.extract.places import find_places
from assets.extract.qualified_towns import _QUALIFIER, IN_REGION, towns_before
from assets.extract.rows import Draft
from assets.extract.sentences import Sentence


def test_towns_before_gives_a_town_with_the_start_of_the_region_after_its_site():
    text = "A drone hit the Millerovo airfield in Russia's Rostov region on Tuesday."
    places = find_places(text)
    region = [m for m in places if m.level == "admin1"]
    found = towns_before(text, places, region, _QUALIFIER)
    assert [(m.location, q.end()) for m, q in found] == [("Millerovo", region[0].start)]


def test_towns_before_leaves_a_town_already_a_target_and_one_named_like_its_region():
    text = ("Shelling hit Zaporizhzhia in the Zaporizhzhia region and Millerovo in the Rostov "
            "region.")
    places = find_places(text)
    towns = [m for m in places if m.level == "settlement"]
    assert [m.location for m in towns] == ["Zaporizhzhia", "Millerovo"]
    assert towns_before(text, places, [], _QUALIFIER)[0][0].location == "Millerovo"
    assert towns_before(text, places, [towns[1]], _QUALIFIER) == []


def test_in_region_reads_the_words_between_a_site_and_its_region():
    text = "the plant, in Ukraine's western Lviv region"
    assert IN_REGION.match(text, len("the plant")).end() == text.index("Lviv")
    assert IN_REGION.match("the plant near Lviv", len("the plant")) is None


def _draft(kind: str, figures: list[tuple[int, Figure]]) -> Draft:
    return Draft(kind=kind, country="Ukraine", admin1=None, iso="UA", location=None, lat=0.0,
                 lon=0.0, level="country", event_date=date(2024, 5, 1), precision="day",
                 date_strength=1, attacker="Russia", figures=figures)


def test_the_wave_is_the_one_wave_row_or_none():
    one, two = _draft("wave", []), _draft("wave", [])
    town = _draft("impact", [])
    assert the_wave([town, one]) is one
    assert the_wave([one, town, two]) is None
    assert the_wave([town]) is None


def test_split_at_parts_figures_told_in_a_sentence_from_the_rest():
    s = Sentence(start=100, end=160, text="x" * 60, para=1)
    a, b, c = (Figure("killed", 4, 0, "plain"), Figure("injured", 9, 5, "plain"),
               Figure("killed", 2, 3, "plain"))
    assert split_at([(99, a), (100, b), (159, c), (160, a)], s) == (
        [(100, b), (159, c)], [(99, a), (160, a)])


def test_to_country_gives_only_the_fields_the_country_row_lacks():
    old = Figure("killed", 3, 0, "plain")
    wave = _draft("wave", [(10, old)])
    killed, injured = Figure("killed", 7, 0, "plain"), Figure("injured", 20, 9, "plain")
    to_country(wave, [(50, killed), (59, injured)])
    assert wave.figures == [(10, old), (59, injured)]

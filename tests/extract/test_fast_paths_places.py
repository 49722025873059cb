"""Fast paths of the seventh speed pass (places, targets, context) give what they stand in for."""

import re

from assets.extract import caseless, context, lowtext, places


def test_find_places_within_an_article_gives_a_fresh_equal_list_each_call():
    sent = "Drones hit Kharkiv and the village of Zolochiv overnight."
    lowtext.begin(sent, [sent])
    try:
        first = places.find_places(sent, ["Kharkiv Oblast"])
        first.append("changed by the caller")
        again = places.find_places(sent, ["Kharkiv Oblast"])
    finally:
        lowtext.end()
    assert [m.location for m in again] == ["Kharkiv", "Zolochiv"]
    assert again == places.find_places(sent, ["Kharkiv Oblast"])   # outside any article


def test_find_places_answer_is_not_carried_to_the_next_article():
    # the same sentence in two articles: only the one naming "the Rostov region" makes Rostov
    # the region's stem (dropped here), not the small town of that name
    sent = "44 drones were downed over Rostov overnight."
    got = []
    for lead in ("Drones attacked the Rostov region.", "Drones attacked a town."):
        lowtext.begin(lead + " " + sent, [lead, sent])
        try:
            got.append([(m.location, m.admin1) for m in places.find_places(sent)])
        finally:
            lowtext.end()
    assert got == [[], [("Rostov", "Yaroslavl Oblast")]]


def test_hand_gate_answers_as_the_pattern():
    rx = caseless.wrap(re.compile(r"\b(?:alpha|beta|gamma)\s+\w+", re.I))
    caseless.gate(rx, ("alpha", "beta", "gamma"))
    assert rx.gate == ("alpha", "beta", "gamma")
    for text in ("The GAMMA wave", "no such word here", "Beta  two", "gammas"):
        assert bool(rx.search(text)) == bool(rx.rx.search(text))
    assert rx.search("The GAMMA wave").group() == "GAMMA wave"


def test_countrywide_gate_leaves_its_answers_alone():
    for text, want in (
            ("Drones hit 14 Ukrainian regions overnight.", True),
            ("Air defences worked across Ukraine overnight.", True),
            ("In total, 40 drones were downed.", True),
            ("Ukrainian drones hit a warehouse across the river in Kursk.", False)):
        assert bool(context.COUNTRYWIDE.search(text)) is want
        assert bool(context.COUNTRYWIDE.rx.search(text)) is want


def test_sentence_gated_place_filters_answer_as_the_per_place_tests():
    from assets.extract import left_out, outage_places, venues
    pairs = ((venues.without_venues, venues.a_venue),
             (venues.without_briefings, venues.told_there),
             (left_out.without_left_out, left_out.left_out),
             (outage_places.without_outage_only, outage_places.power_cut_only))
    dropped = set()
    for sent in ("Speaking at a forum in Kharkiv, he said drones hit Sumy overnight.",
                 "The figures do not include Kharkiv, where drones hit Sumy and Poltava.",
                 "Power outages in Kharkiv and Sumy followed the strike on Poltava.",
                 "The mayor told reporters in Kharkiv that drones hit Sumy.",
                 "Drones hit Kharkiv, Sumy and Poltava overnight."):
        found = places.find_places(sent)
        assert len(found) >= 2
        for gated, each in pairs:
            got = gated(sent, found)
            assert got == [m for m in found if not each(sent, m)]
            dropped |= {m.location for m in found if m not in got}
        assert gated(sent, []) == []
    assert dropped == {"Kharkiv", "Sumy"}     # the filters do drop places here

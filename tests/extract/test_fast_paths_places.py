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


def test_gate_with_own_literals_answers_as_the_pattern():
    rx = caseless.wrap(re.compile(r"\b(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota)"
                                  r"\s+\w+", re.I))
    assert rx.gate == ()        # more than the wrapper keeps by itself
    caseless.gate(rx)
    assert rx.gate == ("alpha", "beta", "delta", "epsilon", "eta", "gamma", "iota", "theta",
                       "zeta")
    for text in ("The ZETA wave", "no such word here", "Beta  two", "zetas"):
        assert bool(rx.search(text)) == bool(rx.rx.search(text))
    assert rx.search("The ZETA wave").group() == "ZETA wave"


def test_hand_gates_leave_the_background_and_countrywide_answers_alone():
    for text, bg, cw in (
            ("The city has been shelled daily since the spring.", True, False),
            ("The attack came two days after the missile strike on Sumy.", True, False),
            ("Drones hit 14 Ukrainian regions overnight.", False, True),
            ("Drones hit a warehouse in Kharkiv.", False, False)):
        assert bool(context.BACKGROUND.search(text)) is bg
        assert bool(context.BACKGROUND.rx.search(text)) is bg
        assert bool(context.COUNTRYWIDE.search(text)) is cw
        assert bool(context.COUNTRYWIDE.rx.search(text)) is cw

"""cued_places.cued_filter: cue words tested once a sentence, the per-place test only past them."""

from assets.extract import places, venues
from assets.extract.cued_places import cued_filter


def _recording(drop: str, calls: list[str]):
    """A per-place test that drops the place named drop and records each place it is asked."""
    def named_only(text: str, m: places.Mention) -> bool:
        calls.append(m.location)
        return m.location == drop
    return named_only


def test_cued_filter_asks_no_place_when_the_sentence_holds_no_cue():
    sent = "Drones hit Kharkiv and Sumy overnight."
    found = places.find_places(sent)
    calls: list[str] = []
    assert cued_filter(("forum",), _recording("Kharkiv", calls))(sent, found) is found
    assert calls == []


def test_cued_filter_asks_each_place_once_past_a_cue():
    sent = "Speaking at a forum in Kharkiv, he said drones hit Sumy overnight."
    found = places.find_places(sent)
    calls: list[str] = []
    got = cued_filter(("summit", "forum"), _recording("Kharkiv", calls))(sent, found)
    assert [m.location for m in got] == ["Sumy"]
    assert calls == ["Kharkiv", "Sumy"]


def test_cued_filter_leaves_an_empty_list_alone():
    calls: list[str] = []
    assert cued_filter(("forum",), _recording("Kharkiv", calls))("A forum in Kharkiv.", []) == []
    assert calls == []


def test_without_briefings_drops_the_place_of_the_briefing_only():
    sent = "The governor told a briefing in Kharkiv that drones hit Sumy."
    got = venues.without_briefings(sent, places.find_places(sent))
    assert [m.location for m in got] == ["Sumy"]


def test_without_briefings_keeps_its_case_sensitive_cue_words():
    # the cue words are lower case as shipped (1.12.0): a capitalised "Briefing" passes no gate
    sent = "The governor told a Briefing in Kharkiv that drones hit Sumy."
    got = venues.without_briefings(sent, places.find_places(sent))
    assert [m.location for m in got] == ["Kharkiv", "Sumy"]

"""Vocabularies two rules read from one place: the state's verbs and the small number words."""

from __future__ import annotations

from assets.extract.context import _AGENT_AFTER
from assets.extract.numbers import parse_number, words_up_to
from assets.extract.places import find_places
from assets.extract.region_downed import _downed
from assets.extract.state_acts import acts_as_state
from assets.extract.state_nouns import STATE_VERBS
from assets.extract.town_and_villages import _AROUND


def test_state_verbs_read_by_both_state_patterns():
    for verb in STATE_VERBS:
        said = verb.replace(r"\s+", " ")
        text = f"Drones hit a depot in Odesa after Moscow {said} the offer"
        moscow = [m for m in find_places(text, [], False) if m.location == "Moscow"]
        assert [acts_as_state(text, m) for m in moscow] == [True], said
        assert _AGENT_AFTER.match(text, moscow[0].end), said


def test_words_up_to_gives_the_number_words_in_order():
    assert words_up_to(3) == ("one", "two", "three")
    twenty = words_up_to(20)
    assert [parse_number(w) for w in twenty] == list(range(1, 21))


def test_number_words_read_by_region_downed_and_town_and_villages():
    text = ("The ministry said seventeen drones had been intercepted over the Belgorod region "
            "on Sunday.")
    assert [count for _, count, _, _ in _downed(text)] == [17]
    assert not _downed(text.replace("seventeen", "thirty"))
    assert _AROUND.match(" and nine nearby villages")
    assert not _AROUND.match(" and eleven nearby villages")

"""`benchmarks.pattern_profile`: a recorder answers as its pattern does and logs each call; the
in-place timing, the `--module` filter and the replay of what was recorded."""

from __future__ import annotations

import re

import pytest

from assets.extract import caseless
from benchmarks import pattern_profile as pp

_TEXT = "Air defence downed 12 drones and 3 missiles over the region"


@pytest.fixture
def fresh(monkeypatch):
    """The profiler's tables empty and its switches off, for this test only."""
    for name, value in (("RULES", {}), ("SRE", {}), ("OBJ", {}), ("IN_PLACE", {})):
        monkeypatch.setattr(pp, name, pp.defaultdict(list if name in ("RULES", "SRE") else int)
                            if name != "OBJ" else value)
    monkeypatch.setattr(pp, "_DEPTH", [0])
    monkeypatch.setattr(pp, "_TIMING", [False])
    monkeypatch.setattr(caseless, "_LOWS_MAX", caseless._LOWS_MAX)


def test_recorder_answers_as_the_pattern_and_logs_each_call(fresh):
    rx = re.compile(r"(?P<n>\d+) (?:drones|missiles)")
    low = pp._own(rx, "casualties._N", set())
    assert low.search(_TEXT).group("n") == "12"
    assert low.search(_TEXT, 22).group("n") == "3"
    assert [m.span() for m in low.finditer(_TEXT)] == [(19, 28), (33, 43)]
    assert low.match(_TEXT) is None
    assert low.groupindex == {"n": 1} and pp.OBJ["casualties._N"] is rx
    assert pp.RULES["casualties._N"] == [
        ("search", (_TEXT,)), ("search", (_TEXT, 22)), ("finditer", (_TEXT,)), ("match", (_TEXT,))]
    assert [c[0] for c in pp.SRE["casualties._N"]] == ["rx"] * 4


def test_calls_beneath_a_rule_are_sre_calls_only(fresh):
    low = pp._own(re.compile(r"\bkilled\b"), "tallies._K", set())
    pp._DEPTH[0] = 1    # (as inside a wrapper's method)
    assert low.search("two were killed").span() == (9, 15)
    assert pp.RULES == {} and pp.SRE["tallies._K"] == [("rx", "search", ("two were killed",))]


def test_a_timed_pass_records_nothing_and_times_the_rules_calls(fresh):
    low = pp._own(re.compile(r"\d+"), "places._D", set())
    pp._TIMING[0] = True
    got = low.finditer("12 drones, 3 missiles")
    assert [m.group() for m in got] == ["12", "3"]
    assert pp.RULES == {} and pp.SRE == {}
    assert pp.IN_PLACE["places._D"] > 0 and list(pp.IN_PLACE) == ["places._D"]


def test_names_inside_dicts_and_tuples_say_where_the_pattern_is(fresh):
    a, b = re.compile("a"), re.compile("b")
    held = {"killed": a}
    pp._own(held, "scan._X", set())
    got = pp._own((1, b), "scan._Y", set())
    assert sorted(pp.OBJ) == ["scan._X['killed']", "scan._Y[1]"]
    assert isinstance(held["killed"], pp._Low) and got[0] == 1 and got[1]._rx is b
    assert pp.home("scan._X['killed']") == "scan"


def test_replay_times_each_pattern_and_keeps_only_the_modules_asked(fresh):
    for owner, src, text in (("casualties._A", r"\d+ killed", "3 killed"),
                             ("places._B", r"in (\w+)", "a strike in Kharkiv")):
        pp._own(re.compile(src), owner, set()).search(text)
    got = pp.replay(2)
    assert sorted(got) == ["casualties._A", "places._B"]
    assert got["casualties._A"][2:] == (1, 1) and got["casualties._A"][0] >= 0
    assert list(pp.replay(1, ["places"])) == ["places._B"]


def test_answers_compare_every_group_span():
    rx = re.compile(r"(\d+) (drones)?")
    assert pp._answer(rx.search("x 12 drones")) == ((2, 11), (2, 4), (5, 11))
    assert pp._answer(rx.finditer("1 2 drones")) == [((0, 2), (0, 1), (-1, -1)),
                                                     ((2, 10), (2, 3), (4, 10))]
    assert pp._answer(rx.sub("N", "5 drones")) == "N"
    assert pp._answer(None) is None

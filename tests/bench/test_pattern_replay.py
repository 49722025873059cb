"""`benchmarks.pattern_replay`: a recorder answers as its pattern does and logs each call."""

from __future__ import annotations

import re

from benchmarks import pattern_replay as pr


def test_recorder_answers_as_the_pattern_and_logs_each_call():
    rx = re.compile(r"(?P<n>\d+) (?:drones|missiles)")
    rec = pr.Recorder(rx, "test.rx")
    pr.CALLS.pop("test.rx", None)
    text = "Air defence downed 12 drones and 3 missiles over the region"
    assert rec.search(text).group("n") == "12"
    assert rec.search(text, 22).group("n") == "3"
    assert [m.span() for m in rec.finditer(text)] == [(19, 28), (33, 43)]
    assert rec.match(text) is None
    assert [c[:2] for c in pr.CALLS["test.rx"]] == [
        ("search", (text,)), ("search", (text, 22)), ("finditer", (text,)), ("match", (text,))]
    assert pr.PATTERNS["test.rx"] is rx and rec.groupindex == {"n": 1}
    pr.CALLS.pop("test.rx")


def test_replay_runs_the_recorded_calls_again():
    rx = re.compile(r"\bkill(?:ed|ing)\b")
    calls = [("search", ("two were killed",), ()), ("finditer", ("killing one, killed two",), ()),
             ("match", ("killed", 0, 4), ())]
    seen = []

    class Spy:
        def __getattr__(self, method):
            def run(*args):
                seen.append(method)
                return getattr(rx, method)(*args)
            return run

    pr._replay(calls, Spy())
    assert seen == ["search", "finditer", "match"]

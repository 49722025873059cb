"""`benchmarks.pattern_identity`: which patterns count as restated, and what counts as a
difference."""

from __future__ import annotations

import re

from assets.extract import caseless
from benchmarks.pattern_identity import _code, _patterns


def test_restated_means_other_source_or_other_code():
    src = r"\b(?:killed|kills)\s+(?P<n>\d+)"
    plain, again = re.compile(src, re.I), re.compile(src, re.I)
    assert _code(plain) == _code(again)
    assert _code(plain) != _code(caseless.factored(src, re.I))     # same source, other code
    assert _code(caseless.wrap(re.compile(src, re.I))) != _code(caseless.wrap(re.compile(
        src.replace(r"\d+", r"\d++"), re.I)))


def test_patterns_are_found_inside_dicts_and_tuples():
    a, b = re.compile("a"), re.compile("b")
    got = _patterns({"_X": {"killed": a}, "_Y": (1, b), "__doc__": "x", "_Z": 3})
    assert got == {"_X[killed]": a, "_Y[1]": b}


"""`benchmarks.pattern_identity`: which patterns count as restated, and what counts as a
difference."""

from __future__ import annotations

import re

from assets.extract import caseless
from benchmarks.pattern_identity import _code, _patterns, differs


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


def test_differs_names_the_first_answer_that_differs():
    old = re.compile(r"(?P<n>\d+) (?:people|civilians)")
    assert differs(re.compile(r"(?P<n>\d++) (?:people|civilians)"), old,
                   "Two raids: 5 people and 12 civilians were hurt") is None
    assert differs(re.compile(r"(?P<n>\d+) people"), old, "12 civilians were hurt") == "search"
    assert differs(re.compile(r"(?P<n>\d) (?:people|civilians)"), old,
                   "12 civilians") == "search"
    assert differs(re.compile(r"(?P<n>\d+) (?:people|civilians)(?!\s+and)"), old,
                   "5 people and 7 civilians were hurt, in all 3 people") == "search"

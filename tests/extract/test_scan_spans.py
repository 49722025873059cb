"""scan.spans: where a pattern's matches lie, as its own finditer (or scan.finditer) says."""

from __future__ import annotations

import re

from assets.extract import caseless, casualties, tallies
from assets.extract.scan import finditer, literal_starts, number_starts, spans

_SENTENCES = [
    "Two people were KILLED and 14 were wounded; the Bodies of three more were found.",
    "Of the 40 Shahed drones, 31 of them were shot down and five of THE missiles hit.",
    "A drone struck a car; the driver died and his passenger was hospitalised.",
    "ſeven drones were downed",     # (the long s: the pattern itself scans, no lowercased twin)
    "No casualties were reported.",
]


def test_scan_spans_equal_the_patterns_own_matches() -> None:
    rxs = [casualties._END_WORD["killed"], casualties._END_WORD["injured"], tallies._OF_ANCHOR,
           tallies._BE_ANCHOR, tallies._NOUN_RE]
    found = 0
    for text in _SENTENCES:
        caseless.forget()
        for rx in rxs:
            got = spans(rx, text)
            assert got == [m.span() for m in rx.finditer(text)], (rx.pattern[:30], text)
            assert spans(rx, text, False, 10, 50) == [m.span() for m in rx.finditer(text, 10, 50)]
            found += len(got)
    assert found >= 15


def test_scan_spans_at_starts_equal_scan_finditer() -> None:
    for text in _SENTENCES:
        caseless.forget()
        for rx, starts in ((tallies._NOUN_RE, literal_starts(text, tallies._NOUN_STARTS)),
                           (tallies._OF_THEM, number_starts(text)),
                           (casualties._END_WORD["killed"], None)):
            for a, b in ((0, None), (5, 45)):
                assert spans(rx, text, starts, a, b) == [
                    m.span() for m in finditer(rx, text, starts, a, b)], (rx.pattern[:30], text)
    # Shahed, drones, missiles
    assert spans(tallies._NOUN_RE, _SENTENCES[1], literal_starts(
        _SENTENCES[1], tallies._NOUN_STARTS)) == [(10, 16), (17, 23), (67, 75)]


def test_scan_spans_of_a_case_sensitive_pattern() -> None:
    rx = re.compile(r"\bof (?:the|them)\b")
    assert spans(rx, "Of the 40, 31 of them and five of THE") == [(14, 21)]

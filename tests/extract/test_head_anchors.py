"""Relaxed patterns whose `^` alternatives are tried at offset 0 only (head_anchors.py) answer as
the patterns they wrap."""

from __future__ import annotations

import re

from assets.extract import caseless, casualties, head_anchors
from assets.extract.caseless import Relaxed

_SENTENCES = [
    "He died of his wounds on the way to hospital.",
    "  He died of his wounds on the way to hospital.",
    "She was taken to hospital with blast injuries and later died there.",
    "HE DIED OF HIS WOUNDS; a woman was killed in Kherson.",
    "The driver was killed, and a passenger was injured.",
    "A 70-year-old woman was killed and her neighbour was wounded.",
    "Officials said he died of his wounds.",    # "he died" not at the start: no `^` match
    "His son-in-law was wounded by shrapnel; the driver was injured.",
    "He was injured. He was injured.",
    "a resident of Lyman was killed",
    "a resident of lyman was killed",           # a capital the pattern needs: no match there
    "The driver suffered shrapnel wounds to his legs.",
    "",
    "He",
]


def _spans(ms) -> list[tuple]:
    return [(m.span(), m.groups()) for m in ms]


def test_head_anchors_casualty_patterns_answer_as_their_own() -> None:
    rxs = [casualties._IMPLIED["killed"], casualties._IMPLIED["injured"], casualties._ONE_HURT]
    assert all("rest" in vars(rx) for rx in rxs)
    hits = 0
    for rx in rxs:
        for text in _SENTENCES:
            caseless.forget()
            got = _spans(rx.finditer(text))
            assert got == _spans(rx.rx.finditer(text)), (rx.pattern[:40], text)
            hits += len(got)
            for pos in (-2, 0, 1, 3):     # (sre reads a negative pos as 0)
                a, b = rx.search(text, pos), rx.rx.search(text, pos)
                assert (a and a.span()) == (b and b.span()), (text, pos)
    assert hits >= 8    # (the examples do match, at offset 0 and beyond)


def test_head_anchors_rest_twin_drops_start_alternatives() -> None:
    twin = re.compile(r"\b(?:(?:^\s*|;\s+)he died|a (?:man|woman) died)")
    rest = head_anchors.rest_twin(twin)
    assert rest is not None
    text = "he died; he died and a man died"
    assert [m.span() for m in rest.finditer(text)] == [(7, 16), (21, 31)]
    assert [m.span() for m in twin.finditer(text)] == [(0, 7), (7, 16), (21, 31)]
    # nothing to drop, or nothing left of an alternation: no rest twin
    assert head_anchors.rest_twin(re.compile(r"\ba man died")) is None
    assert head_anchors.rest_twin(re.compile(r"(?:^he|^she) died")) is None


def test_head_anchors_start_match_that_the_pattern_rejects() -> None:
    # the twin reads (?-i:[A-Z]) as [a-z]: at offset 0 it matches, the pattern does not, and the
    # scan goes on to the later match
    rx = Relaxed(re.compile(r"(?:^\s*|;\s+)of (?-i:[A-Z])\w+ died", re.I),
                 r"(?:^\s*|;\s+)of [a-z]\w+ died")
    head_anchors.anchored(rx)
    assert "rest" in vars(rx)
    text = "of lyman died; of Lyman died"
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in rx.rx.finditer(text)] \
        == [(13, 28)]
    assert rx.search("Of Lyman died").span() == (0, 13)


def test_head_anchors_leave_other_patterns_alone() -> None:
    assert "rest" not in vars(casualties._PASSIVE["killed"])
    plain = re.compile(r"^a")
    assert head_anchors.anchored(plain) is plain

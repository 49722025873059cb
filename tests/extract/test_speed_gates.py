"""Gates of the eleventh speed pass: a scan skipped by a literal test finds nothing it could."""

from __future__ import annotations

import re
from re import _parser

from assets.extract import tallies


def _alternatives(src: str) -> list[str]:
    """Every string a pattern of literals, alternations and one-character classes matches."""
    out = [""]
    for op, av in _parser.parse(src).data:
        if op is _parser.LITERAL:
            out = [s + chr(av) for s in out]
        elif op is _parser.IN:
            out = [s + chr(c) for s in out for o, c in av if o is _parser.LITERAL]
        elif op is _parser.BRANCH:
            out = [s + alt for s in out for b in av[1] for alt in _alternatives_of(b)]
        else:
            raise AssertionError(f"unexpected {op} in {src!r}")
    return out


def _alternatives_of(sub: _parser.SubPattern) -> list[str]:
    out = [""]
    for op, av in sub.data:
        if op is _parser.LITERAL:
            out = [s + chr(av) for s in out]
        elif op is _parser.IN:
            out = [s + chr(c) for s in out for o, c in av if o is _parser.LITERAL]
        else:
            raise AssertionError(f"unexpected {op}")
    return out


def test_every_interception_phrase_holds_a_stem_of_the_bare_count_gate():
    phrases = _alternatives(tallies._INTER)
    assert "neutralised" in phrases and "taken down" in phrases and len(phrases) == 16
    for phrase in phrases:
        assert any(w in phrase for w in tallies._INTER_STEM_WORDS), phrase


def test_bare_count_read_with_an_interception_word():
    got = tallies.find_tallies("Russia launched 12 drones overnight. Nine were shot down.")
    assert ("intercepted", 9) in [(c.field, c.value) for c in got]


def test_bare_count_without_an_interception_word_is_no_interception():
    got = tallies.find_tallies("Russia launched 12 drones at the town, and nine were fired back.")
    assert [(c.field, c.value) for c in got if c.field == "intercepted"] == []
    assert ("launched", 12) in [(c.field, c.value) for c in got]


def test_bare_count_of_an_odd_letter_text_still_read():
    # "ſ" (long s) matches "s" case-insensitively: the gate falls back to its regex
    got = tallies.find_tallies("Russia launched 12 drones. Nine were deſtroyed over the region.")
    assert ("intercepted", 9) in [(c.field, c.value) for c in got]
    assert re.fullmatch(tallies._INTER, "deſtroyed", re.I)
    assert not any(w in "nine were deſtroyed" for w in tallies._INTER_STEM_WORDS)


ARTICLE = {
    "article_id": "speed1", "published_at": "2025-05-06T08:00:00Z", "title": None,
    "text": ("Russia launched 40 drones and three missiles at Ukraine overnight, the air force "
             "said. Of them, 31 drones were shot down; the rest, including all the missiles, "
             "were lost. Two naval drones were destroyed at sea, and five were downed over the "
             "Odesa region.\nIn Odesa, a drone hit a warehouse, killing one worker and injuring "
             "three, while in Izmail a woman was wounded rather than killed."),
}


def test_tallies_casualties_and_the_extractor_look_up_no_pattern_string_at_run_time(
        monkeypatch):
    """The patterns of the three modules are compiled once: a call of re.search(pattern
    string, ...) from their code while an article is extracted is a regression (each looks the
    pattern up in re's cache)."""
    import sys

    from assets.extract.extractor import extract_mentions

    callers: list[str] = []
    for name in ("search", "match", "fullmatch", "split", "findall", "finditer", "sub"):
        plain = getattr(re, name)

        def spy(*args, _plain=plain, **kwargs):
            callers.append(sys._getframe(1).f_code.co_filename)
            return _plain(*args, **kwargs)
        monkeypatch.setattr(re, name, spy)
    rows = extract_mentions(ARTICLE)
    assert {r["location"] for r in rows} >= {"Odesa"}
    assert not [c for c in callers if c.endswith(("tallies.py", "casualties.py", "extractor.py"))]

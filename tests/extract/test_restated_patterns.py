"""The figure patterns restated for speed (ninth pass) match exactly as they were written before:
possessive runs in `_BETWEEN` and `_ROLE`, `_PASSIVE`'s factored confirming pattern,
`region_shares._ITEM` factored, and `numbers.has_digit` for the `\\d` search."""

from __future__ import annotations

import re

import pytest

from assets.extract import casualties, numbers, region_shares

# each restatement, undone: the patterns as they read before the ninth pass
_UNDO = ((r"[a-z\-]++(?<=[a-z\-]ian|[a-z\-]ish|[a-z\-]ese)", r"[a-z\-]+(?:ian|ish|ese)"),
         (r",[^,.;:]{1,50}+,", r",[^,.;:]{1,50},"),
         (r"[\w'’\-]*+", r"[\w'’\-]*"),
         (r"(?:[a-z\-]++\s+)?(?:workers", r"(?:[a-z\-]+\s+)?(?:workers"))

TRICKY = [
    "Three Ukrainian-Canadian volunteers were killed.",
    "Two Britishers were injured.",          # "-ish" inside a word: no nationality
    "Four Ukrainian were injured.",
    "Two Kenyanese, Danish and Polish residents were wounded.",
    "five, including a child under ten and two women, were killed in the strike",
    "five, all of them living in the building were killed",    # no closing comma
    "Three residents of Kramatorsk Oblast were killed, two of Sloviansk were injured.",
    "Three residents of Druzhkivka's centre were killed",
    "two railway workers were killed and two off-duty police officers were injured",
    "2 ex-railway-workers were hurt",
    "Seven people have reportedly been hospitalised",
    "TWO UKRAINIAN CIVILIANS WERE KILLED",
    "two ukrainian civilians were killed",
    "Two Ab's Xyz were killed",
    "One\u017f workers were injured",         # long s: matches [a-z] case-insensitively
    "20 Polish-ish people were killed",
]


def _before(src: str) -> str:
    for new, old in _UNDO:
        src = src.replace(new, old)
    return src


def _regs(found: list[re.Match[str]]) -> list[tuple]:
    return [m.regs for m in found]


@pytest.mark.parametrize("name", ["_PASSIVE", "_PLUS_ONE", "_ONE_AND_N", "_ONE_AND"])
def test_restated_casualty_patterns_match_as_written_before(name: str):
    for field, rx in getattr(casualties, name).items():
        old = re.compile(_before(rx.pattern), rx.flags)
        assert old.pattern != rx.pattern
        for text in TRICKY:
            assert _regs(list(rx.finditer(text))) == _regs(list(old.finditer(text))), (field, text)
            for k in range(len(text)):
                got, want = rx.match(text, k), old.match(text, k)
                assert (got and got.regs) == (want and want.regs), (field, text, k)


def test_passive_finds_the_figures_it_did():
    got = [(m.group("n"), m.group()) for m in casualties._PASSIVE["injured"].finditer(
        "Four Ukrainian-Canadian volunteers were injured")]
    assert got == [("Four", "Four Ukrainian-Canadian volunteers were injured")]
    assert casualties._PASSIVE["killed"].search("Two Britishers were killed") is None
    m = casualties._PASSIVE["killed"].search("five, including a child, were killed")
    assert m is not None and m.group("n") == "five"


def test_passive_confirms_with_a_factored_form_of_its_own_source():
    for rx in casualties._PASSIVE.values():
        plain = re.compile(rx.pattern, rx.flags)
        assert rx.rx.pattern == rx.pattern and rx.rx != plain    # (same source, other code)
        for text in TRICKY:
            for k in range(len(text)):
                got, want = rx.rx.match(text, k), plain.match(text, k)
                assert (got and got.regs) == (want and want.regs), (text, k)


def test_region_item_is_factored_and_finds_the_same_items():
    plain = re.compile(region_shares._ITEM.pattern, region_shares._ITEM.flags)
    assert region_shares._ITEM != plain
    for text in ["17 of them over the Belgorod region and 14 over the Kursk Oblast",
                 "Twenty were downed over the Bryansk region, 12 above the Kaluga Region",
                 "one over over the Oryol region", "in 2024 over the Tula region"]:
        assert _regs(list(region_shares._ITEM.finditer(text))) == _regs(
            list(plain.finditer(text)))
    assert region_shares.share_span("17 of them over the Belgorod region") == (0, 35)


@pytest.mark.parametrize("text, digit", [
    ("no figures here", False), ("", False), ("killed 2 people", True), ("9", True),
    ("Ukraine\u2019s air force", False),     # non-ASCII, no digit
    ("\u0663 killed", True),                 # Arabic-Indic three: \d, not ASCII
    ("\uff17 drones", True),                 # fullwidth seven
    ("\u00b2 squared", False),               # superscript two: isdigit() but not \d
])
def test_has_digit_answers_as_the_digit_regex(text: str, digit: bool):
    assert numbers.has_digit(text) is digit
    assert bool(re.search(r"\d", text)) is digit

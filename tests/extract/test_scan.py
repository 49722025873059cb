"""The fast scans give exactly what the regexes they stand in for give."""

import re

from assets.extract import casualties, tallies
from assets.extract.lowtext import gated, lowered
from assets.extract.numbers import _alt
from assets.extract.scan import finditer, literal_starts, number_starts

SENTENCES = [
    "Russia launched 46 Shahed drones and three Iskander-M missiles; 32 of the drones were downed.",
    "At least 12 people were killed and more than twenty others wounded in Odesa on Tuesday.",
    "Air defences shot down all 14 drones, a dozen over the region and two more over Sumy.",
    "The cover 5 drones story: nearly 150 drones, up to 40 missiles and an attack drone hit it.",
    "A 51-year-old man was wounded; another three were hurt in Kherson and one in Nikopol.",
]


def _spans(matches: list[re.Match[str]]) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


def test_scan_finditer_equals_re_finditer_for_number_patterns():
    for text in SENTENCES:
        starts = number_starts(text)
        assert starts is not None
        for rx in (tallies._COUNT, tallies._OF_TOTAL, tallies._BARE, casualties._PASSIVE["injured"],
                   casualties._PASSIVE["killed"]):
            for a, b in ((0, len(text)), (10, 60), (30, len(text))):
                assert _spans(finditer(rx, text, starts, a, b)) == _spans(
                    list(rx.finditer(text, a, b)))


def test_scan_number_starts_finds_mid_word_qualifiers():
    # "over 5" inside "cover 5" starts a number phrase, as the regex says
    starts = number_starts("cover 5 drones")
    assert 1 in starts and 6 in starts


def test_scan_literal_starts_case_insensitive():
    assert literal_starts("UAV and drone, Drone", ("drone", "uav")) == [0, 8, 15]


def test_lowtext_lowered_refuses_letters_folding_to_ascii():
    assert lowered("Kyiv – Odesa") == "kyiv – odesa"
    assert lowered("\u017fhot down") is None          # long s matches "s" under IGNORECASE
    assert lowered("\u0130zmir") is None              # lowercases to two characters


def test_lowtext_gated_equals_search():
    rx = re.compile(r"\b(?:shot down|intercepted)\b", re.I)
    for text in ("Drones were SHOT DOWN", "no interception", "intercepted-ish", "\u017fhot down"):
        assert bool(gated(rx, ("shot down", "intercepted"), text)) == bool(rx.search(text))


def test_numbers_alt_trie_matches_like_plain_alternation():
    words = ["seven", "seventeen", "seventy", "a dozen", "a", "at least", "all of the", "all"]
    trie = re.compile(rf"(?:{_alt(words)})\b", re.I)
    plain = re.compile("(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(
        words, key=len, reverse=True)) + r")\b", re.I)
    text = "Seventeen, seventy-one, a  dozen, at least, all of the, all, seven, A"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lowtext_narrow_drops_literals_absent_from_the_article():
    from assets.extract import lowtext
    lowtext.begin("Drones hit Kyiv. Two died.", ["Drones hit Kyiv.", "Two died."])
    try:
        assert lowtext.narrow(("hit", "shell", "shot down"), "Drones hit Kyiv.") == (
            "hit", "shot down")                       # spaced literals are kept
        assert lowtext.narrow(("hit", "shell"), "not a part") == ("hit", "shell")
        assert lowtext.in_article(re.compile("Kyiv"), "Two died.") is True
        assert lowtext.in_article(re.compile("Odesa"), "Two died.") is False
    finally:
        lowtext.end()
    assert lowtext.narrow(("shell",), "Two died.") == ("shell",)   # no article: all kept


def test_places_norm1_equals_norm_on_tokens():
    from assets.extract.gazetteer import norm
    from assets.extract.places import _TOKEN, _norm1
    text = "Kharkiv's Kryvyi Rih O’Neill Bila-Tserkva Zaporizhzhia’s Kyiv"
    toks = [m.group() for m in _TOKEN.finditer(text)]
    assert len(toks) == 8          # "O’" and "Neill" are two tokens
    assert [_norm1(t) for t in toks] == [norm(t) for t in toks]

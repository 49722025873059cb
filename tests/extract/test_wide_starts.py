"""A twin split where a few alternatives start anywhere (wide_starts): the same search and match."""

import re

from assets.extract import caseless, context
from assets.extract.caseless import Caseless
from assets.extract.wide_starts import Split, parts, split
from tests.extract.answers import every_answer

SRC = (r"\b(?:(?:at|on|in) (?:Ukraine|Russia)\b(?!'s)|nationwide|in total|"
       r"\w+ (?:Ukrainian|Russian) (?P<kind>regions|oblasts)|(?:Ukraine|Russia)'s grid)")
TEXTS = [
    "Drones hit several Ukrainian regions and three Russian oblasts overnight, nationwide.",
    "Strikes on Ukraine's grid; in total 40 drones; attacks in Russia's Belgorod region.",
    "In Ukraine, NINE UKRAINIAN REGIONS lost power; at Russia the Kursk Russian oblasts.",
    "x Ukrainian regions: ten-Ukrainian regions, 5 Russian oblasts and_ Russian regions",
    "Nothing here at all, Ukrainian forces said; regions of Russia.",
    "Ukrainian regions",
    "",
]


# (windows that start and stop inside the wide alternatives' matches)
_WINDOWS = ((0, None), (5, None), (0, 30), (12, 60))


def _answers(rx: re.Pattern[str] | Caseless, text: str) -> list:
    return every_answer(rx, text, _WINDOWS)


def test_split_searches_and_matches_as_the_pattern() -> None:
    plain = re.compile(SRC, re.I)
    fast = split(Caseless(plain))
    assert isinstance(fast, Split)
    assert fast.wide_gate == (" russian oblasts", " russian regions", " ukrainian oblasts",
                              " ukrainian regions")
    for text in TEXTS:
        caseless.forget()
        assert _answers(fast, text) == _answers(plain, text), text
        assert [m.regs for m in fast.finditer(text)] == [m.regs for m in plain.finditer(text)]


def test_split_keeps_the_wide_alternatives_apart() -> None:
    low = caseless.lower_source(SRC)
    narrow, wide, gate = parts(low, 0)      # type: ignore[misc]
    assert (narrow, wide) == ([0, 1, 2, 4], [3])
    assert min(map(len, gate)) >= 3
    # no alternative starts anywhere, every one does, or no phrase every wide match holds: none
    assert parts(r"\b(?:at|on) (?:ukraine|russia)", 0) is None
    assert parts(r"\b(?:\w+ regions|\d+ oblasts)", 0) is None
    assert parts(r"\b(?:nationwide|\w+ \d+)", 0) is None
    assert parts(r"\b(?:nationwide|\w+ (?:ukrainian|russian) regions)(?! of)", 0) is None


def test_nationwide_and_countrywide_run_split() -> None:
    assert isinstance(context.NATIONWIDE, Split) and isinstance(context.COUNTRYWIDE, Split)
    # COUNTRYWIDE's hand-picked gate holds on the split wrapper too
    assert "nationwide" in context.COUNTRYWIDE.gate
    plain = context.NATIONWIDE.rx
    for text in TEXTS:
        caseless.forget()
        assert _answers(context.NATIONWIDE, text) == _answers(plain, text), text

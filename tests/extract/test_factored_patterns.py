"""Case-sensitive patterns run factored (caseless.wrap): the same answers, with a start filter."""

import re
from re import _compiler, _parser
from re import _constants as C  # noqa: N812 - sre opcodes

from assets.extract import caseless, extractor, places
from assets.extract.caseless import Caseless, factored, factored_tree
from tests.extract.answers import every_answer

SOURCES = [
    r"\b[Tt]he (?:city|town|region|oblast|village|port)\b|\bover our (?:territory|region|city)",
    r"\b(?P<last>[Ll]ast\s+)?(?P<wd>Monday|Tuesday|Thursday)\b(?:\s+(?P<part>night|evening))?",
    r"accounted for|\bfell\b",
    r"\s+(?:districts?|raions?)\b",
    r"\b(?:(?P<ru>Russian|Russia's)|Ukraine's|Ukrainian|the)\s+capital\b(?!\s+(?:region|oblast))",
    r"\b(?:[Dd]efen[cs]e [Mm]inistry|[Aa]ir [Ff]orce)\b",
    r"(?<!village in the )\b(?:the )?(?P<n>[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*) (?:district|raion)",
]
TEXTS = [
    "The city was hit; the town of Sumy and the region's port were struck last Monday night.",
    "Drones fell over our territory and over our region, the Defence Ministry said on Tuesday.",
    "Eight drones were accounted for; one fell near Kupiansk district, Kharkiv raions, Ukraine's "
    "capital region and the Russian capital.",
    "Russia's capital, Moscow; the air force and the Air Force; thecity; Lathe Monday; Monday's",
    "in the Kyivskyi district, the village in the Shevchenkivskyi district and Novo-Ivanivka raion",
    "THE CITY, OVER OUR CITY, LAST THURSDAY EVENING, FELL, DEFENSE MINISTRY",
    "",
    "   districts  raion  Monday\u00a0night fell.",
]


def _start_filter(code: list) -> str | None:
    """What sre's compile info gives search to skip offsets by: a literal prefix, a set of first
    characters, or nothing."""
    assert code[0] is C.INFO
    if code[2] & C.SRE_INFO_PREFIX:
        return "prefix"
    return "charset" if code[2] & C.SRE_INFO_CHARSET else None


def test_factored_answers_as_the_plain_pattern_with_every_group_span() -> None:
    for src in SOURCES:
        plain, fast = re.compile(src), factored(src)
        assert (fast.pattern, fast.flags, fast.groupindex) == (src, plain.flags, plain.groupindex)
        for text in TEXTS:
            assert every_answer(fast, text) == every_answer(plain, text), (src, text)


def test_factored_gives_sre_a_start_filter_the_plain_pattern_lacks() -> None:
    for src in SOURCES:
        plain = _compiler._code(_parser.parse(src), 0)
        fast = caseless._code(factored_tree(src), 0)
        assert _start_filter(plain) is None
        assert _start_filter(fast) in ("prefix", "charset"), src
    assert _start_filter(caseless._code(factored_tree(r"accounted for|\bfell\b"), 0)) == "charset"
    assert _start_filter(caseless._code(factored_tree(r"\bfell\b"), 0)) == "prefix"


def test_wrap_puts_the_factored_form_in_place_of_a_case_sensitive_pattern() -> None:
    # (no literal of two characters every match holds: no gate, so no wrapper)
    plain = re.compile(r"\b[A-Z](?P<w>[a-z]+)(?P<s>s)?\b|\b\d+(?:[.:]\d+)?|[Tt]he")
    got = caseless.wrap(plain)
    assert type(got) is re.Pattern and got is not plain
    assert (got.pattern, got.flags) == (plain.pattern, plain.flags)
    for text in TEXTS:
        assert every_answer(got, text) == every_answer(plain, text)
    # a re.I pattern is still wrapped; one with a case-sensitive part other than capitals is left
    assert isinstance(caseless.wrap(re.compile(r"\bthe city\b", re.I)), Caseless)
    odd = re.compile(r"\bthe (?-i:City)\b", re.I)
    assert caseless.wrap(odd) is odd


def test_gated_case_sensitive_wrappers_scan_with_their_factored_twin() -> None:
    # extractor._LOCAL is case-sensitive and gated: its twin is the factored pattern
    local = extractor._LOCAL
    assert isinstance(local, Caseless) and not local.folds and local.twin is not local.rx
    assert local.twin.pattern == local.rx.pattern
    for text in TEXTS:
        assert every_answer(local, text) == every_answer(local.rx, text)
    assert isinstance(places._COUNTRY_BEFORE, re.Pattern | Caseless)

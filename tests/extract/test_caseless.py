"""The gated/lowercased patterns (caseless.py) answer exactly what the patterns they wrap answer."""

import json
import re
from pathlib import Path

from assets.extract import (
    caseless,
    casualties,
    context,
    dates,
    extractor,
    lowtext,
    places,
    tallies,
    weapons,
)
from assets.extract.caseless import Caseless, lower_source, needed, simple_lower
from assets.extract.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[2]
MADE_UP = [
    "Russia launched 46 Shahed drones and three Iskander-M missiles; 32 of the drones were downed.",
    "At least 12 people were KILLED and more than twenty others wounded in Odesa on Tuesday.",
    "THE DEATH TOLL ROSE TO 14, the Governor said; a 51-year-old man was hurt at 10:30.",
    "No one was killed or hurt, Kyiv’s mayor said “on Sunday” – the UAVs hit the city’s grid.",
    "\u017fhot down over Kharkiv, a \u212Aelvin-sign drone; \u0130zmir; Київ, ХАРКІВ and Sumy.",
    "Ukrainian drones attacked the Novoshakhtinsk refinery overnight, the Defence Ministry said.",
]


def _texts() -> list[str]:
    out = list(MADE_UP)
    for path in sorted((ROOT / "data" / "eval").glob("*/articles.jsonl"))[:2]:
        for line in path.read_text(encoding="utf-8").splitlines()[:15]:
            text = json.loads(line)["text"]
            out += [s.text for s in split_sentences(text)]
    return out + [t.upper() for t in out[:40]] + [t.lower() for t in out[:40]]


def _patterns() -> list[Caseless]:
    found: list[Caseless] = []

    def walk(value: object) -> None:
        if isinstance(value, Caseless):
            found.append(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list | tuple):
            for v in value:
                walk(v)

    for mod in (casualties, context, dates, extractor, places, tallies):
        for name, value in vars(mod).items():
            if not name.startswith("__"):
                walk(value)
    walk([rx for rx, _, _ in weapons._vocab()])
    walk([rx for rx, _ in weapons._targets()] + [weapons._targets_gate()])
    return found


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    if a is None or b is None:
        return a is b
    # (every group's span; the pattern by source and flags: a case-sensitive pattern answers
    # with its factored twin, another re.Pattern of the same source)
    return a.regs == b.regs and a.groups() == b.groups() and (a.re.pattern, a.re.flags) == (
        b.re.pattern, b.re.flags)


def test_every_case_insensitive_rule_pattern_is_wrapped():
    pats = _patterns()
    assert len(pats) > 100
    assert all(p.folds or p.gate for p in pats)
    assert isinstance(context.STRONG, Caseless) and isinstance(casualties._MASKS[0], Caseless)


def test_wrapped_patterns_answer_as_the_originals():
    texts = _texts()
    for p in _patterns():
        rx = p.rx
        for t in texts:
            assert [m.span() + m.groups() for m in p.finditer(t)] == [
                m.span() + m.groups() for m in rx.finditer(t)], (rx.pattern, t)
            assert _same(p.search(t), rx.search(t))
            assert _same(p.search(t, 5, 60), rx.search(t, 5, 60))
            for k in range(0, len(t), 7):
                assert _same(p.match(t, k), rx.match(t, k))
            assert p.sub("#", t) == rx.sub("#", t)
            assert _same(p.fullmatch(t), rx.fullmatch(t))
            assert p.findall(t) == rx.findall(t)
            assert p.split(t) == rx.split(t)


def test_needed_literals_are_in_every_match():
    texts = _texts()
    for p in _patterns():
        lits = needed(p.twin.pattern, p.twin.flags)
        if not lits:
            continue
        for t in texts:
            view = t.lower() if p.folds else t
            for m in p.twin.finditer(view):
                assert any(w in m.group() for w in lits), (p.pattern, m.group())


def test_needed_reads_runs_groups_and_alternations():
    assert needed(r"\bkill(?:ed|ing)\b") == {"kill"}
    assert needed(r"(?:death toll|number of \w+)") == {"death toll", "number of "}
    assert needed(r"(?:a|b)?c") == {"c"}
    assert needed(r"x(?:ab|\w+)") == {"x"}
    assert needed(r"(?:ab|\w+)") is None
    assert needed(r"(?:drones?){1,3}") == {"drone"}
    assert needed(r"(?=attack)\w+") is None


def test_lower_source_keeps_escapes_and_group_names():
    assert lower_source(r"(?P<N>Kh-\d+)\S(?P=N)\N{EM DASH}[A-Z]") == (
        r"(?P<N>kh-\d+)\S(?P=N)\N{EM DASH}[a-z]")


def test_simple_lower_refuses_odd_letters():
    assert simple_lower("Kyiv’s – Odesa") == "kyiv’s – odesa"
    assert simple_lower("\u017fhot") is None            # long s matches "s" under IGNORECASE
    assert simple_lower("\u212Aelvin") is None          # Kelvin sign lowercases to "k"
    assert simple_lower("ХАРКІВ") is None               # a capital outside ASCII
    assert simple_lower("харків") == "харків"


def test_adopt_wraps_nested_patterns_only_when_useful():
    ns = {"a": re.compile("x", re.I), "b": [re.compile(r"\d")], "c": {"k": (1, re.compile("ab"))}}
    caseless.adopt(ns)
    assert isinstance(ns["a"], Caseless)
    assert not isinstance(ns["b"][0], Caseless)     # no flag, no literal gate: left as it is
    assert isinstance(ns["c"]["k"][1], Caseless)


def test_lowtext_blanked_text_narrows_like_its_source():
    text = "Two people were killed at 10:30 in Kyiv."
    lowtext.begin(text, [text])
    try:
        masked = lowtext.blanked(casualties.mask(text), text)
        assert masked != text
        assert lowtext.narrow(("kill", "wound", "at "), masked) == ("kill", "at ")
        assert lowtext.narrow(("kill", "wound"), "other text") == ("kill", "wound")
        assert lowtext.per_article("k", text, lambda: 1) == 1
        assert lowtext.per_article("k", "not a part", lambda: 2) is None
    finally:
        lowtext.end()


def test_wrap_leaves_patterns_with_case_sensitive_parts():
    rx = re.compile(r"\bthe (?-i:Kyiv) region\b", re.I)
    assert caseless.wrap(rx) is rx
    assert isinstance(caseless.wrap(re.compile(r"\bthe (?:kyiv) region\b", re.I)), Caseless)


def test_folding_equals_every_character_matching_an_ascii_letter():
    brute = {c for c in map(chr, range(0x80, 0x10000)) if re.fullmatch("[a-z]", c, re.I)}
    assert caseless.folding() == brute


def _all(rx: re.Pattern[str], t: str) -> list[tuple]:
    return [m.span() + m.groups() for m in rx.finditer(t)] + [
        (k, m.span() + m.groups()) for k in range(len(t) + 1) if (m := rx.match(t, k))]


def test_factored_twin_matches_like_plain_twin():
    texts = _texts()
    views = [t.lower() for t in texts] + texts
    for p in _patterns():
        if not p.folds:
            continue
        plain = re.compile(p.twin.pattern, p.twin.flags)
        relaxed = "[a-z]" if isinstance(p, caseless.Relaxed) else caseless.Relaxed.CAPITAL
        assert p.twin.pattern == lower_source(p.pattern.replace(caseless.Relaxed.CAPITAL, relaxed))
        assert p.twin.groupindex == plain.groupindex and p.twin.groups == plain.groups
        for t in views:
            assert _all(p.twin, t) == _all(plain, t), (p.pattern, t)
            a, b = p.twin.search(t, 5, 60), plain.search(t, 5, 60)
            assert (a and a.span() + a.groups()) == (b and b.span() + b.groups())


def test_factored_keeps_branch_order_and_backtracking():
    cases = [
        (r"hit|hits|hitting|(?<!no )strikes?|struck|set|s", "no strikes hits hitting struck set s"),
        (r"(?:ab|a|abc)c", "abc abcc ac"),
        (r"(?P<x>a|ab)(?P<y>bc|c)", "abc abbc"),
        (r"\b(?:on fire|on|one|o)\b", "on fire, one, o, on"),
        (r"(?:a(?:b|bc)|abd|ab)+d", "abd abcd ababd"),
        (r"x(?:|y|yy)z", "xz xyz xyyz"),
        (r"(?:kill|kills|killed)(?=ed|\b)", "killed kills kill"),
        (r"(?:(a)|ab)(?(1)c|d)", "ac abd abc"),
        (r"\bdrones?\b(?! show)", "drone drones, drone show, xdrone, drones-"),
        (r"\b(?:killed|killing|kills)\s+(?P<n>\d+)", "killed 3, skills 4, kills 5 killing  6"),
        (r"\b(?:of|on)\b", "of on off one of"),
        (r"\b-\d", "a-1 -2 b -3"),
        (r"\bé\w*", "café école é"),
        (r"\b\d{1,2}:\d{2}\b", "at 10:30, 1:5 and 123:45 x9:00 9:00"),
        (r"\b\d[\d,.]*\s*(?:km|miles?)\b", "5 km 1,000miles a5km 2.5 mile"),
        (r"\b[a-c]+?x", "abx cx dx aax"),
        (r"\b\d++x|\b\d{2}", "12x 3x a4x 1 12 123"),
        (r"\b\d{2}", "1 12 123 a12"),
    ]
    for src, t in cases:
        fast, plain = caseless.factored(src), re.compile(src)
        assert fast.pattern == src
        for k in range(len(t)):
            assert _all(fast, t[k:]) == _all(plain, t[k:]), (src, t[k:])
            for j in range(k, len(t) + 1, 3):
                a, b = fast.search(t, k, j), plain.search(t, k, j)
                assert (a and a.span() + a.groups()) == (b and b.span() + b.groups()), (src, k, j)
    # the trie is really built: one branch per first character
    from re import _constants as C
    from re import _parser
    tree = _parser.parse("hit|hits|hitting|attacked")
    caseless._factor(tree)
    branch = tree.data[0][1][1]
    assert [alt.data[0] for alt in branch] == [(C.LITERAL, ord("h")), (C.LITERAL, ord("a"))]
    # a leading boundary before literals becomes a lookbehind after them (a literal prefix)
    tree = caseless.factored_tree(r"\b(?:killed|kills)\b")
    assert [op for op, _ in tree.data][:5] == [C.LITERAL] * 4 + [C.ASSERT]
    tree = caseless.factored_tree(r"\b\d+(?:\.\d+)?")     # a class, its repeat one shorter
    assert [op for op, _ in tree.data][:3] == [C.IN, C.ASSERT, C.MAX_REPEAT]
    assert tree.data[2][1][0] == 0


def test_factored_first_character_filter():
    from re import _constants as C
    from re import _parser

    def first(src: str) -> tuple:
        got, empty = caseless.first_chars(_parser.parse(src).data)
        return (None if got is None else sorted({chr(av) for op, av in got if op is C.LITERAL}),
                empty)

    assert first(r"\b(?:struck|(?<!no )strikes?|hit)") == (["h", "s"], False)
    assert first(r"(?:a|)b") == (["a", "b"], False)     # an empty branch: what follows counts
    assert first(r"x*y?") == (["x", "y"], True)         # can match empty: no filter
    assert first(r"(?:[^a]|b)c") == (None, False)       # a negated class: no filter
    assert first(r"(?=a)\w")[1] is False
    cases = [
        (r"\b(?:struck|(?<!no )strikes?|hit)\b", "no strikes, strike hit struck xhit"),
        (r"\b(?:ab|[0-9]+|c)d?", "ab 12d cd xab 3"),
        (r"(?<!x)(?:a|)b+", "ab b xb xab bb"),
        (r"\b(?:(?:north|south)(?:ern)?\s+of|near)\b", "northern of, near, south of nearby"),
    ]
    for src, t in cases:
        fast, plain = caseless.factored(src), re.compile(src)
        for k in range(len(t)):
            assert _all(fast, t[k:]) == _all(plain, t[k:]), (src, t[k:])
            for j in range(k, len(t) + 1, 2):
                a, b = fast.search(t, k, j), plain.search(t, k, j)
                assert (a and a.span() + a.groups()) == (b and b.span() + b.groups()), (src, k, j)


def test_relaxed_pattern_checks_each_twin_match():
    # "(?-i:[A-Z])" read as [a-z] by the twin: "a man of lyman" matches the twin, not the pattern
    rx = re.compile(r"\b(?:a|an)\s+man(?:\s+of\s+(?-i:[A-Z])\w*)?\s+(?:was\s+)?killed\b", re.I)
    p = caseless.wrap(rx)
    assert isinstance(p, caseless.Relaxed)
    texts = ["A man of lyman was killed; a MAN of Lyman killed, an man of X killed",
             "a man of lyman killed", "A Man Of Lyman Was Killed", "\u017fome a man killed"]
    for t in texts:
        for k in range(len(t)):
            for j in range(k, len(t) + 1, 5):
                assert _same(p.search(t, k, j), rx.search(t, k, j)), (t, k, j)
            assert _same(p.match(t, k), rx.match(t, k))
            assert [m.span() + m.groups() for m in p.finditer(t, k)] == [
                m.span() + m.groups() for m in rx.finditer(t, k)]
        assert p.sub("#", t) == rx.sub("#", t)
    # not relaxed: a capital test under a negative lookahead, another case-sensitive part, or
    # a pattern that can match empty
    for src in (r"a(?!(?-i:[A-Z]))", r"a(?-i:[a-z])", r"(?-i:[A-Z])?"):
        assert not isinstance(caseless.wrap(re.compile(src, re.I)), caseless.Caseless)


def test_lowered_memo_gives_each_text_its_own_form_until_forget():
    texts = ["Drones hit KYIV.", "\u017fhot down", "Kyiv’s Mayor", "ХАРКІВ", "Drones hit KYIV."]
    try:
        for _ in range(2):      # alternating texts: each read back from the memo the second time
            assert [caseless.lowered(t) for t in texts] == [
                "drones hit kyiv.", None, "kyiv’s mayor", None, "drones hit kyiv."]
        assert caseless._LOWS       # noqa: SLF001 - the memo holds the texts of the article
    finally:
        caseless.forget()
    assert not caseless._LOWS       # noqa: SLF001 - and nothing after it


def test_lowtext_lowered_equals_its_plain_definition():
    def plain(t: str) -> str | None:
        low = t.lower()
        return None if len(low) != len(t) or any(c in caseless.folding() for c in t) else low

    texts = ["Drones hit KYIV.", "\u017fhot down", "\u212Aelvin", "ХАРКІВ обстріляли", "Kyiv’s",
             "İstanbul", ""]
    lowtext.begin(" ".join(texts), texts)
    try:
        assert [lowtext.lowered(t) for t in texts] == [plain(t) for t in texts]
        assert lowtext.lowered("ХАРКІВ обстріляли") == "харків обстріляли"     # lowtext's own
    finally:
        lowtext.end()
    assert [lowtext.lowered(t) for t in texts] == [plain(t) for t in texts]

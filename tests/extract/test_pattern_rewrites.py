"""The ninth pass's rewrites of factored patterns: the same answers as the plain compile."""

import random
import re
from re import _constants as C  # noqa: N812 - sre opcodes

from assets.extract import caseless, context
from assets.extract.caseless import Caseless, factored, factored_tree
from tests.extract.answers import every_answer


def _same(src: str, texts: list[str]) -> None:
    plain, fast = re.compile(src), factored(src)
    for text in texts:
        assert every_answer(fast, text) == every_answer(plain, text), (src, text)


def _ops(tree: list) -> list:
    """Every opcode of a parsed sequence, nested ones included."""
    out = []
    for op, av in tree:
        out.append(op)
        subs = ([av[3]] if op is C.SUBPATTERN else [av[2]] if op in (
            C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) else [av[1]] if op in (
            C.ASSERT, C.ASSERT_NOT) else av[1] if op is C.BRANCH else [])
        for sub in subs:
            out += _ops(sub.data)
    return out


def test_lookbehind_led_alternatives_answer_as_the_pattern() -> None:
    src = (r"\b(?:struck|(?<!without any )(?<!without )(?<!no )strikes? (?:on|hit)|hit|"
           r"(?<!no )hits|(?<=the )targets (?:were|included)|(?<!sanctions )targeting)\b")
    _same(src, ["no hits here, the hits there", "without any strikes on Kyiv; strikes hit Lviv",
                "without strikes on, no strike on it", "the targets were; sanctions targeting",
                "targeting the targets included hits", "hits", "no hit", "xno hits"])


def test_lookbehind_led_alternative_joins_its_letter_trie() -> None:
    # one "hit" trie, so the leading boundary becomes a lookbehind after its literal prefix
    tree = factored_tree(r"\b(?:hit|(?<!no )hits)\b")
    assert [(op, chr(av)) for op, av in tree.data[:3]] == [(C.LITERAL, c) for c in "hit"]


def test_lookbehind_reaching_before_pos_answers_as_the_pattern() -> None:
    plain, fast = re.compile(r"(?:a|(?<=no )hits)"), factored(r"(?:a|(?<=no )hits)")
    text = "no hits, yes hits"
    for pos in range(len(text)):
        assert (plain.search(text, pos) or re.match("", "")).span() == (
            fast.search(text, pos) or re.match("", "")).span()


def test_group_led_alternatives_keep_their_order() -> None:
    # "(?:a|ab)c": the first inner alternative that lets the rest match wins, in order
    _same(r"(?:(?:a|ab)c|(?:x|yy)(z)|abd|(?:q|r)(w)|(?:q|r)w)",
          ["abc", "ac", "abd", "yyz", "xz", "rw", "qw", "abcabdxz"])
    _same(r"\b(?:(?:is|are) (?:\w+ )?(?:shelled|hit)|hit|(?:it|this) was|(?:rarely|seldom))\b",
          ["it is shelled daily", "they are often hit", "this was it", "Rarely seldom", "isle"])


def test_group_led_alternative_is_spelled_out() -> None:
    tree = factored_tree(r"\b(?:(?:has|have) been|hit)")
    # has/have/hit: one "h" trie, the boundary a lookbehind after it (sre's literal prefix)
    assert tree.data[0] == (C.LITERAL, ord("h")) and tree.data[1][0] is C.ASSERT


def test_alternative_with_a_group_after_its_lead_is_kept() -> None:
    # (the rest holds a capturing group: spelling it out would copy the group)
    tree = factored_tree(r"(?:(?:a|b)(c)|d)")
    assert C.SUBPATTERN in _ops(tree.data)
    _same(r"(?:(?:a|b)(c)|d)", ["ac", "bc", "d", "abcd"])


def test_few_letter_class_lead_is_spelled_out() -> None:
    src = r"\b[Tt]he (?:city|town)\b|[Ll]ast\s+week|(?:[Dd]efen[cs]e|x)y|[ab](c)d"
    _same(src, ["The city", "the town", "Last  week", "Defensey", "defency", "acd", "bcd"])


def test_optional_lead_is_spelled_out_in_greedy_order() -> None:
    src = r"\b(?:(?:oil )?depot|(?:a*)?b|(?:x(y))?z|(?:thermal |hydro)?power (?:plant|station))\b"
    alts = factored_tree(r"\b(?:(?:oil )?depot|(?:thermal |hydro)?power plant)").data[1][1][1]
    assert [chr(a.data[0][1]) for a in alts] == ["o", "d", "t", "h", "p"]  # each in a trie
    _same(src, ["oil depot", "depot", "aab", "b", "xyz", "z", "thermal power plant",
                "hydropower station", "power plant"])
    _same(r"(?:ab)?(?:abc|c)", ["abc", "ababc", "abcabc", "c"])


def test_word_repeat_before_a_space_becomes_possessive() -> None:
    src = r"\b(?:in|on|at|over)\s+(?:[\w'’\-]+,?\s+){0,4}$"
    assert C.POSSESSIVE_REPEAT in _ops(factored_tree(src).data)
    _same(src, ["attacks in the Kharkiv and ", "in a b c d e ", "in the city of ", "in  x,  ",
                "struck on Monday", "in x \n", "in x\n\n", "on Kyiv's "])


def test_overlapping_or_open_followers_stay_greedy() -> None:
    for src in (r"\w+\w", r"a+a", r"\s+$", r"\w+(?:,|x)", r"[a-z]+\d?b", r"\d+\w"):
        assert factored_tree(src).data[0][0] is C.MAX_REPEAT, src    # (the leading repeat)
    _same(r"\w+\w|[a-z]+\d?b|\d+\w", ["abc", "ab1b", "12a", "x"])


def test_ignorecase_patterns_are_not_made_possessive() -> None:
    assert C.POSSESSIVE_REPEAT not in _ops(factored_tree(r"a+B", re.I).data)


def test_categories_taken_as_apart_share_no_character() -> None:
    every = "".join(map(chr, range(0x110000))).replace("\n", "")
    for pair in caseless._APART:
        a, b = (caseless._CATEGORY[c] for c in pair)
        assert re.search(f"(?={a}){b}", every) is None, pair


def test_match_without_gate_answers_as_the_pattern() -> None:
    rx = context.STRONG       # a gated re.I wrapper
    assert isinstance(rx, Caseless)
    plain = re.compile(rx.pattern, rx.flags)
    for text in ("Drones struck Kyiv", "nothing here", "It was hit.", "HIT", ""):
        for k in range(len(text) + 1):
            got, want = rx.match(text, k), plain.match(text, k)
            assert (got and got.regs) == (want and want.regs)


_ATOMS = ["a", "b", "ab", "ba", "c", " ", r"\w", r"\s", r"\d", "[ab]", "[Aa]", ",", "-", "'"]


def _atom(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth > 2 or r < 0.45:
        x = rng.choice(_ATOMS)
    elif r < 0.6:
        x = "(?:" + "|".join(_seq(rng, depth + 1) for _ in range(rng.randint(2, 3))) + ")"
    elif r < 0.7:
        x = "(" + _seq(rng, depth + 1) + ")"
    elif r < 0.8:
        return rng.choice(["(?<!", "(?<="]) + rng.choice(["a", "b ", "ab", " ", r"\ba"]) + ")"
    elif r < 0.85:
        return rng.choice([r"\b", "$", "^", r"\B"])
    else:
        return "(?=" + rng.choice(["a", "b", r"\s", "c"]) + ")"
    if rng.random() < 0.3:
        x = (x if len(x) == 1 or x[0] in "([\\" else f"(?:{x})") + rng.choice(
            ["+", "*", "?", "{0,3}", "{1,2}", "+?", "??"])
    return x


def _seq(rng: random.Random, depth: int = 0) -> str:
    return "".join(_atom(rng, depth) for _ in range(rng.randint(1, 4)))


def test_random_patterns_answer_as_plain_compiles() -> None:
    # alternations of lookbehinds, groups, classes, optional parts and repeats, where the
    # rewrites apply, on short strings of their own characters (every offset, pos/endpos)
    rng = random.Random(23)
    tried = 0
    while tried < 400:
        alts = "|".join(_seq(rng) for _ in range(rng.randint(2, 5)))
        src = rf"\b(?:{alts})" if rng.random() < 0.5 else alts
        try:
            plain = re.compile(src)
        except re.error:
            continue
        tried += 1
        fast = factored(src)
        for _ in range(12):
            text = "".join(rng.choice("aabbc ,-'A\n1") for _ in range(rng.randint(0, 14)))
            for k in range(len(text) + 1):
                for a, b in ((plain.match(text, k), fast.match(text, k)),
                             (plain.search(text, k, len(text) - 1), fast.search(text, k,
                                                                               len(text) - 1))):
                    assert (a and a.regs) == (b and b.regs), (src, text, k)

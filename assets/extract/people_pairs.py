"""Two people named as a pair of nouns sharing one casualty verb (1.31.0).

The older patterns count a pair when both nouns are on the closed list of person nouns and the
articles fit ("injuring a woman and her son"). Authors join any two people, with any articles,
and the pair was read as one person or not at all:
- after an active verb: "injuring a paramedic and the driver", "killed a father and his son";
- as a subject: "The driver and a passenger, both men, died at the scene";
- a count and one more after it: "wounded two women, aged 40 and 45, and an elderly man" (three).
The verb decides, as in one_person: a singular noun after an article or possessive is one
person, whatever the noun. The pair replaces the one-person figures read inside it.
"""

from __future__ import annotations

import re

from . import caseless
from .numbers import num_pattern, parse_number
from .person_nouns import is_one_person

Item = tuple[str, int, int, str]     # (field, value, position, kind), as toll_phrasings'

_N = num_pattern()
_DET = r"(?:a|an|the|one|his|her|their|its)"
_MODS = r"(?:(?!(?:and|or|but|who|which|that)\b)(?:§+|[a-z\-]+)\s+){0,2}?"
_NOUN = r"(?P<{}>[a-z][a-z\-]*[a-z])(?![\w'’\-])"
_PAIR = (rf"{_DET}\s+{_MODS}{_NOUN.format('a')}\s+and\s+{_DET}\s+{_MODS}{_NOUN.format('b')}")
_STEMS = (("killed", r"kill(?:ed|ing)"), ("injured", r"(?:injur|wound)(?:ed|ing)"))
_ACTIVE = {f: re.compile(rf"\b{stem}\s+{_PAIR}", re.I) for f, stem in _STEMS}
_SUBJECT = {f: re.compile(rf"(?:^|[;:]|,\s+and|\band)\s*[\"“]?\s*{_PAIR}(?:,[^,.;]{{1,40}},)?\s+"
                          rf"(?:were\s+(?:both\s+)?{verb}|(?:both\s+)?{died})\b", re.I)
            for f, verb, died in (("killed", r"killed", r"died"),
                                  ("injured", r"(?:injured|wounded|hurt)", r"(?!)"))}
# "wounded two women, aged 40 and 45, and an elderly man": the count and one more (an aside
# between them only when masked, the ages; the one more ends its clause)
_COUNT_AND_ONE = {f: re.compile(rf"\b{stem}\s+(?P<n>{_N})\s+(?:[a-z\-]+\s+)?(?P<nouns>people|men|"
                                rf"women|children|[a-z\-]+s)(?:\s*,[\s§]*)?,?\s+and\s+"
                                rf"(?:a|an|one)\s+{_MODS}{_NOUN.format('b')}"
                                r"(?=\s*(?:[,.;]|$)|\s+(?:in|at|on|near|who|aged)\b)", re.I)
                  for f, stem in _STEMS}
# nouns no person is: animals and things a verb of harm can still take
_NOT_PEOPLE = frozenset(("dog", "cat", "cow", "horse", "goat", "pig", "sheep", "animal", "house",
                         "building", "car", "vehicle", "school", "shop", "number", "total",
                         "strike", "attack", "fire", "blast"))


def _person(noun: str) -> bool:
    return is_one_person(noun) and noun not in _NOT_PEOPLE


def _figures(t: str, have: list[Item]) -> tuple[list[Item], set[tuple[str, int]]]:
    """(figures to add, (field, position) of the one-person figures of have they replace) for
    the pairs of people in t (masked); a pair already counted as two or more adds nothing."""
    if " and " not in t:
        return [], set()
    add: list[Item] = []
    gone: set[tuple[str, int]] = set()
    for field in ("killed", "injured"):
        found = [(m, 2) for rx in (_ACTIVE[field], _SUBJECT[field]) for m in rx.finditer(t)
                 if _person(m.group("a").lower()) and _person(m.group("b").lower())]
        for m in _COUNT_AND_ONE[field].finditer(t):
            n = parse_number(m.group("n"))
            if n is not None and _person(m.group("b").lower()) and m.group("nouns").lower() \
                    not in ("others", "times", "houses", "buildings", "cars"):
                found.append((m, n + 1))
        for m, value in found:
            inside = [(f, v, p) for f, v, p, _ in have if f == field
                      and m.start() - 10 <= p < m.end()]
            if any(v >= value for _, v, _ in inside) or any(
                    p >= m.start() and (f, p) in gone for f, _, p in inside):
                continue    # (counted already: "killing a woman and her two children")
            gone.update((f, p) for f, _, p in inside)
            add.append((field, value, m.start(), "plain"))
    return add, gone


pair_figures = caseless.kept_per_text(_figures)     # (_figures, kept per text)

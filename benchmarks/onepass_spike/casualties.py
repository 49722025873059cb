"""Casualty figures (killed, injured) of an article from the rules over its type string.

Every rule of casualty_rules.py runs once over the article's type string (or the joined type
strings of its cue sentences); a match gives a figure whose value is read from the number token
of the rule's group "n" (tokens.value) or fixed by the rule. A sentence's figures reduce to one
value per field as the extractor's drafts do (`rows.Draft.figure`): the latest update, else the
largest plain figure, else a zero.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from .casualty_rules import BOTH, CUES, FIELD, RULES, Rule
from .tokens import Tokens, tokenize, value


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: its sentence (index), field, value, number token and kind."""

    sentence: int
    field: str
    value: int
    token: int
    kind: str


class Casualties:
    """The rules of batches up to `upto`, compiled once. With cue_only, the rules scan only the
    sentences that hold a cue token (CUES), joined: a shorter type string to scan. Grouped, the
    rules that start with the same token type run as one regex (_groups): at a position the
    first of them in rule order that matches wins, and the scan goes on after its match, where
    separately each rule scans the whole string (6 of the 23,970 compared sentences differ)."""

    def __init__(self, upto: int | None = None, cue_only: bool = True,
                 grouped: bool = True) -> None:
        rules = [r for r in RULES if upto is None or r.batch <= upto]
        self.rules = [(r, re.compile(r.pattern)) for r in rules]
        self.cue_only = cue_only
        self.grouped = grouped
        self.groups = _groups(rules)

    def _view(self, types: str) -> tuple[str, list[int], list[int], list[int]]:
        """The type string the rules scan, with for each of its sentences the start in it, the
        start in the article's type string and the sentence's index."""
        if not self.cue_only:
            return types, [0], [0], [0]
        return cue_view(types, CUES)

    def _matches(self, view: str) -> Iterator[tuple[Rule, tuple[str, str, str], re.Match[str]]]:
        """(rule, the names of its number, field and added-number groups, match) in rule
        order, or group by group in grouped mode."""
        if not self.grouped:
            for rule, rx in self.rules:
                for m in rx.finditer(view):
                    yield rule, ("n", "f", "p"), m
            return
        for (rule, *names), m in scan(self.groups, view):
            yield rule, tuple(names), m     # type: ignore[misc]

    def figures(self, tokens: Tokens) -> list[Figure]:
        """Every rule's figures over the whole article (in rule order; a match's tokens serve
        one figure: a later rule's number or anchor among them is skipped)."""
        view, view_starts, starts, ids = self._view(tokens.types)
        single = len(view_starts) == 1
        taken: set[int] = set()
        out: list[Figure] = []
        for rule, (n, f, p), m in self._matches(view):
            at = m.start(n) if rule.fixed is None else m.start()
            if at in taken:
                continue
            k = 0 if single else bisect_right(view_starts, at) - 1
            token = starts[k] + at - view_starts[k]
            v = rule.fixed if rule.fixed is not None else value(tokens, token)
            if v is None and rule.field != "none":
                continue
            v = (v or 0) + rule.add
            if "?P<p>" in rule.pattern:     # "13 adults and 4 children": the two summed
                w = value(tokens, starts[k] + m.start(p) - view_starts[k])
                if w is None:
                    continue
                v += w
            taken.update(range(m.start(), m.end()))
            field = rule.field or FIELD[view[m.start(f)]]
            if field == "none":
                continue
            sentence = ids[k] if self.cue_only else tokens.types.count("|", 0, token)
            for name in BOTH if field == "both" else (field,):
                out.append(Figure(sentence, name, v, token, rule.kind))
        return out

    def by_sentence(self, sentences: list[str]) -> list[tuple[int | None, int | None]]:
        """(killed, injured) of each of an article's sentences."""
        out: list[tuple[int | None, int | None]] = [(None, None)] * len(sentences)
        per: dict[int, list[Figure]] = {}
        for f in self.figures(tokenize(sentences)):
            per.setdefault(f.sentence, []).append(f)
        for k, figs in per.items():
            out[k] = (reduce(figs, "killed"), reduce(figs, "injured"))
        return out


# a pattern's first part when it is one token type, perhaps named ("(?P<f>[KI])", the number
# N, "a"): the rules that share it are matched as one regex, that part written once
_LEAD = re.compile(r"(?:\(\?P<\w+>(?:\[[^]]+\]|\w)\)(?:\(\?<!\[~N\]n\))?|\[[^]]+\]|[\w&,])"
                   r"(?![?*{])")


# a rule of a group, and the names of its number, field and added-number groups
Branch = tuple[Rule, str, str, str]


def _groups(rules: list[Rule]) -> list[tuple[re.Pattern[str], dict[str, Branch]]]:
    """The rules as one regex per leading part (_LEAD), in the order of each part's first rule:
    the part, then an alternation whose branch rK is the rest of rule K, its groups renamed nK,
    fK and pK unless the part holds them. A rule without such a part is a group of its own."""
    by_lead: dict[str, list[int]] = {}
    for k, r in enumerate(rules):
        m = _LEAD.match(r.pattern)
        by_lead.setdefault(m.group() if m else f"#{k}", []).append(k)
    out = []
    for lead, ks in by_lead.items():
        head = "" if lead.startswith("#") else lead
        alts, names = [], {}
        for k in ks:
            rest = rules[k].pattern[len(head):]
            n = "n" if "?P<n>" in head else f"n{k}"
            f = "f" if "?P<f>" in head else f"f{k}"
            rest = rest.replace("?P<n>", f"?P<{n}>").replace("?P<f>", f"?P<{f}>").replace(
                "?P<p>", f"?P<p{k}>")
            alts.append(f"(?P<r{k}>{rest})")
            names[f"r{k}"] = (rules[k], n, f, f"p{k}")
        out.append((re.compile(head + "(?:" + "|".join(alts) + ")"), names))
    return out


def cue_view(types: str, cues: re.Pattern[str]) -> tuple[str, list[int], list[int], list[int]]:
    """The type strings of the sentences of types that hold a cue, joined by "|", with for each
    of them its start in that view, its start in types and its sentence's index."""
    at = 0
    kept: list[str] = []
    view_starts: list[int] = []
    starts: list[int] = []
    ids: list[int] = []
    pos = 0
    search = cues.search
    for k, piece in enumerate(types.split("|")):
        if search(piece):
            view_starts.append(pos)
            starts.append(at)
            ids.append(k)
            kept.append(piece)
            pos += len(piece) + 1
        at += len(piece) + 1
    return "|".join(kept), view_starts, starts, ids


def scan(groups: list[tuple[re.Pattern[str], dict[str, Branch]]],
         view: str) -> Iterator[tuple[Branch, re.Match[str]]]:
    """The matches of grouped rules (_groups) over view, group by group: each with its branch
    (the rule and the names of its number, field and added-number groups)."""
    for rx, branches in groups:
        for m in rx.finditer(view):
            yield branches[m.lastgroup], m     # type: ignore[index]


def reduce(figs: list[Figure], field: str) -> int | None:
    """One value of a field from a sentence's figures: the last update, else the largest plain
    figure, else a zero (as `rows.Draft.figure` picks)."""
    mine = [f for f in figs if f.field == field]
    if not mine:
        return None
    for kind in ("update",):
        ups = [(f.token, f.value) for f in mine if f.kind == kind]
        if ups:
            return max(ups)[1]
    for kind in ("plain", "zero"):
        vals = [f.value for f in mine if f.kind == kind]
        if vals:
            return max(vals)
    return None

"""Launch and interception counts of an article from the tally rules over its type string.

Every rule of tally_rules.py runs over the joined type strings of the sentences that hold a cue
(a weapon noun or an interception verb), grouped by leading token type as the casualty spike
groups its rules (casualties._groups). A match gives a count: its value read from the number
token (group "n"), its weapon type from the noun's code (group "f"), its field from the rule or,
for "clause" rules, from the verbs around it (`clause_field`, the present finder's `_field`
restated on codes). A sentence's counts reduce as a row reads them (`reduce_counts`): per field,
the sum over weapon types of each type's count (plain counts of a type add up, parts bound it
from below, a vague one makes the field unknown); its weapon is the types of its counts.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .casualties import _groups, cue_view, scan
from .tally_fields import fields_of
from .tally_rules import CUES, RULES, TallyRule
from .tally_tokens import tally_tokenize
from .tokens import Tokens, value

TYPES = {"D": "drone", "M": "missile", "G": "glide_bomb"}
Reading = tuple[int | None, int | None, str | None]


@dataclass(frozen=True, slots=True)
class TallyCount:
    """One count: its sentence, field, weapon type, value (-1 vague), number token and kind."""

    sentence: int
    field: str
    wtype: str
    value: int
    token: int
    kind: str


class Tallies:
    """The rules of batches up to `upto`, compiled once and grouped by leading token type."""

    def __init__(self, upto: int | None = None) -> None:
        self.rules: list[TallyRule] = [r for r in RULES if upto is None or r.batch <= upto]
        self.groups = _groups(self.rules)     # type: ignore[arg-type]

    def counts(self, tokens: Tokens) -> list[TallyCount]:
        """Every rule's counts over the article's cue sentences (a match's tokens serve one
        count: a later rule's number among them is skipped)."""
        view, view_starts, starts, ids = cue_view(tokens.types, CUES)
        taken: set[int] = set()
        out: list[TallyCount] = []
        for (rule, n, f, p), m in scan(self.groups, view):     # type: ignore[misc]
            names = m.re.groupindex
            at = m.start(n) if n in names else m.start()
            if at in taken:
                continue
            taken.update(range(m.start(), m.end()))
            if rule.field == "none":
                continue
            k = bisect_right(view_starts, at) - 1
            shift = starts[k] - view_starts[k]
            v = -1 if rule.kind in ("vague", "several") else rule.fixed \
                if rule.fixed is not None else value(tokens, at + shift)
            if v is None or v > 1500:
                continue    # (the present finder reads no count above 1,500)
            wtype = rule.wtype or (TYPES[view[m.start(f)]] if f in names and m.start(f) >= 0
                                   else "any")
            second = value(tokens, m.start(p) + shift) if p in names and \
                m.start(p) >= 0 else None
            for field, w in fields_of(rule, view, m.start(), m.end(), at, v, second):
                # (a count of no field still types the sentence's counts without a noun)
                out.append(TallyCount(ids[k], field or "seen", wtype, w, at + shift,
                                      rule.kind))
        return _follow(out) if any(c.field in ("prev", "all_of", "whole", "part_of")
                                   for c in out) else out

    def by_sentence(self, sentences: list[str]) -> list[Reading]:
        """(launched, intercepted, weapon) of each of an article's sentences."""
        out: list[Reading] = [(None, None, None)] * len(sentences)
        per: dict[int, list[TallyCount]] = {}
        for c in self.counts(tally_tokenize(sentences)):
            per.setdefault(c.sentence, []).append(c)
        for k, counts in per.items():
            out[k] = reduce_counts(counts)
        return out


def _follow(counts: list[TallyCount]) -> list[TallyCount]:
    """Counts read from the counts before them in their sentence: one that follows another
    ("and five over the Tula region") takes its field and type; "all of them were destroyed"
    after launch counts of one type, and "every one of the drones", give as many intercepted;
    "out of 77 shot down" replaces the smaller interception counts before it."""
    out: list[TallyCount] = []
    for c in sorted(counts, key=lambda c: c.token):
        mine = [o for o in out if o.sentence == c.sentence]
        if c.field == "whole":
            got = [o.value for o in mine if o.field == "launched" and o.wtype == c.wtype]
            if got and not any(o.field == "intercepted" and o.wtype == c.wtype for o in mine):
                out.append(TallyCount(c.sentence, "intercepted", c.wtype, max(got), c.token,
                                      c.kind))
            continue
        if c.field == "part_of":
            before = [o for o in mine if o.field == "intercepted" and o.value <= c.value]
            if before:
                out = [o for o in out if o not in before]
                out.append(TallyCount(c.sentence, "intercepted", before[0].wtype, c.value,
                                      c.token, c.kind))
            continue
        if c.field == "all_of":
            launched = [o for o in out if o.sentence == c.sentence and o.field == "launched"
                        and o.value >= 0]
            if len({o.wtype for o in launched}) == 1 and not any(
                    o.sentence == c.sentence and o.field == "intercepted" for o in counts):
                out.append(TallyCount(c.sentence, "intercepted", launched[0].wtype,
                                      sum(o.value for o in launched), c.token, c.kind))
            continue
        if c.field == "prev":
            before = next((o for o in reversed(out) if o.sentence == c.sentence), None)
            if before is None:
                continue
            c = TallyCount(c.sentence, before.field, before.wtype if c.wtype == "any"
                           else c.wtype, c.value, c.token, c.kind)
        out.append(c)
    return out


def reduce_counts(counts: list[TallyCount]) -> Reading:
    """(launched, intercepted, weapon) of one sentence's counts. A count with no weapon noun
    ("277 were shot down") takes the type of the sentence's last typed count."""
    typed = sorted((c.token, c.wtype) for c in counts if c.wtype not in ("any", "all"))
    last = typed[-1][1] if typed else "any"
    values: list[int | None] = []
    for name in ("launched", "intercepted"):
        plain: dict[str, int] = {}
        part: dict[str, int] = {}
        vague = False
        for c in counts:
            if c.field != name:
                continue
            if c.value < 0:
                vague = True
                continue
            t = last if c.wtype == "any" else c.wtype
            if c.kind == "part":
                part[t] = max(part.get(t, 0), c.value)
            else:
                plain[t] = plain.get(t, 0) + c.value
        per = {t: max(plain.get(t, 0), part.get(t, 0)) for t in plain.keys() | part.keys()}
        whole = per.pop("all", None)
        total = sum(per.values()) if whole is None else max(whole, sum(per.values()))
        values.append(None if vague or (not per and whole is None) else total)
    # the types of the counts a row takes: not those of vague counts alone in their field
    launch = any(c.field == "launched" and c.value >= 0 for c in counts)
    kinds = sorted({last if c.wtype == "any" else c.wtype for c in counts
                    if c.field in ("launched", "intercepted") and (launch or c.kind != "several")}
                   - {"any", "all"})
    return values[0], values[1], "+".join(kinds) if kinds else None

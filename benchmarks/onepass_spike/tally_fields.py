"""The field of a tally count (launched, intercepted, hit, none) from the codes around it.

`clause_field` restates the present finder's `_field` (assets/extract/tallies.py) on type codes:
the verb right after the count ("were shot down", "were lost"), else the last verb of its clause
before it ("launched 315 drones", "hit by 12 drones"), else launched in a sentence that tells an
attack. `fields_of` gives the (field, value) pairs of one rule match by the rule's field.
"""

from __future__ import annotations

import re

from .tally_rules import TallyRule

# after the count: "were shot down", "had been launched", "were not intercepted", "were lost",
# "were detected and destroyed"
_AFTER = re.compile(r"[^|.;,:\"()\-]{0,4}?b{1,3}(?P<neg>N)?[xC\"]{0,2}"
                    r"(?:(?P<i>I|kv|L&(?:I|kv))|(?P<l>l)|(?P<L>L))|(?P<i2>I|kv)")
# "two missiles hit the city", "and two drones that struck ...": hits, no launch count
_HIT_AFTER = re.compile(r"(?:,?&n[xCgw]{0,4}?[DMG])?m?b{0,2}[HU]")
# the verbs of the clause before a count: interception, launch ("with"), hit ("hit by")
_VERB = re.compile(r"(?P<i>I|k)|(?P<L>[LW])|(?P<h>[HY]y)")
# a sentence that tells an attack: a count with no verb is launched only there (`_ATTACK`)
_ATTACK = re.compile(r"[XHYLO]")
_INTER = re.compile(r"I|kv")


def _end(view: str, at: int) -> int:
    """The end of the sentence of token at in view."""
    k = view.find("|", at)
    return k if k >= 0 else len(view)


def clause_field(types: str, start: int, end: int) -> str | None:
    """The field of a count whose tokens are types[start:end]: the verb right after it, else the
    last verb of its clause before it, else launched; None when it is "not intercepted" or
    "lost", "hit" for a hit."""
    if _HIT_AFTER.match(types, end):
        return "hit"
    after = _AFTER.match(types, end)
    if after:
        if after.group("neg") or after.group("l"):
            return None
        return "intercepted" if after.group("i") or after.group("i2") else "launched"
    lo = max(types.rfind("|", 0, start), types.rfind(";", 0, start), types.rfind(".", 0, start))
    verb = None
    for verb in _VERB.finditer(types, lo + 1, start):     # noqa: B007 (the last one is wanted)
        pass
    if verb is None:
        # (the present finder looks for the attack in the whole sentence)
        return "launched" if _ATTACK.search(types, types.rfind("|", 0, start) + 1,
                                            _end(types, end)) else None
    return "intercepted" if verb.group("i") else "hit" if verb.group("h") else "launched"


def _clause(view: str, at: int) -> tuple[int, int]:
    """The clause of token at: from after the last boundary or stop before it to the next."""
    lo = max(view.rfind("|", 0, at), view.rfind(";", 0, at), view.rfind(".", 0, at))
    hi = min(x for x in (view.find("|", at), view.find(";", at), view.find(".", at), len(view))
             if x >= 0)
    return lo + 1, hi


def fields_of(rule: TallyRule, view: str, start: int, end: int, at: int, v: int,
              second: int | None) -> list[tuple[str | None, int]]:
    """The (field, value) pairs one match of rule gives (types view[start:end], its number at
    token at, value v; second: group p's value). A None field gives no count."""
    field = rule.field
    if field == "clause":
        got = clause_field(view, start, end)
        # (the present finder reads "several drones" in launch counts only)
        return [(got if rule.kind != "several" or got == "launched" else None, v)]
    if field == "ordinal":      # "A fourth missile was shot down": four launched, one downed
        return [("launched", v), ("intercepted", 1)]
    if field in ("other_hit", "of_total"):    # "two downed, the other three hit"; "2 of the 5"
        total = None if second is None else second + v if field == "other_hit" else second
        return [("launched", total), ("intercepted", v)] if total is not None \
            else [("intercepted", v)]
    if field == "of_them":      # "31 of them": downed only in a clause that tells downing
        return [("intercepted" if _INTER.search(view, *_clause(view, at)) else None, v)]
    if field == "all":          # "shot down all 35 drones": as many launched as downed
        got = clause_field(view, start, end)
        if got == "intercepted":
            return [(got, v), ("launched", v)]
        if got == "launched" and _INTER.search(view, end, _end(view, at)):
            return [(got, v), ("intercepted", v)]
        return [(got, v)]
    return [(field, v)]

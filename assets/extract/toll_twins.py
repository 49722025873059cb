"""A town's toll told again on a later day is the strike's row, not a second one (1.40.0).

"The number of people killed by the missiles that hit two apartment blocks in X rose to 26 on
Thursday" ... "Russian forces hit X early on Wednesday"; "The death toll from the overnight
attack on X rose to 23 on Friday" ... "More than 60 people were wounded during Thursday's
attack"; "X declared a day of mourning on Wednesday after a missile attack that officials now
say killed 20" ... "Russia fired two missiles at X on Tuesday morning". The update sentence is
dated by the day it was told (or by "overnight" before publication), the strike sentence by the
strike's day: the town made two rows, the later one holding only the updated toll. The gold
makes one row, dated by the strike, with the latest toll (GUIDELINES 1 and 7). 1.23.0's
`extractor._fold_reported` folds such a row when the update says "toll" and its only days are
report days; this one reads "the number of people killed", a day of mourning "after" the attack
and "now say killed", and an update whose night is the report's.

A later town row folds into its twin of the same town when its first sentence tells a toll
update, it holds casualty figures and no weapon count, and the twin is dated by a day the text
named (a weekday or a date), one to three days earlier.
"""

from __future__ import annotations

import re

from .rows import Draft
from .sentences import Sentence

# cheap literal gate: one of these must be in the update sentence before the pattern runs
CUES = ("rose to", "risen to", "climbed to", "mourning", "now say")
_UPDATE = re.compile(
    r"\b(?:toll|number\s+of\s+(?:people\s+|those\s+)?(?:killed|dead|deaths|victims|injured|"
    r"wounded))\b[^.;]{0,160}?\b(?:rose|risen|climbed)\s+to\b"
    r"|\bmourning\b[^.;]{0,80}?\bafter\b[^.;]{0,120}?\b(?:now\s+say|has\s+risen\s+to)\b"
    r"|\b(?:attack|strike)\s+that\s+(?:officials|authorities)\s+now\s+say\s+killed\b")


def is_update(text: str) -> bool:
    """text tells a toll rising to a figure (behind the literal cues)."""
    for w in CUES:
        if w in text:
            return bool(_UPDATE.search(text))
    return False


def fold_toll_twins(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Fold each later town row opened by a toll update into the one earlier row of that town
    dated by a named day (in place)."""
    towns = [d for d in drafts if d.kind == "impact" and d.level == "settlement"
             and d.event_date is not None]
    if len(towns) < 2:
        return
    for d in list(towns):
        if d.counts or not d.figures or not is_update(sents[min(d.sents)].text):
            continue
        twin = [o for o in towns if o is not d and o.location == d.location
                and o.admin1 == d.admin1 and o.date_strength >= 2
                and 1 <= (d.event_date - o.event_date).days <= 3]
        if len(twin) == 1:
            twin[0].merge(d)
            drafts.remove(d)
            towns.remove(d)

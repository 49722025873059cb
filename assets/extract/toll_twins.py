"""A town's toll told again on a later day is the strike's row, not a second one (1.23.0, 1.40.0).

"The death toll from a Russian missile strike on a building in X rose to 40 on Monday" ... "The
building ... was hit on Saturday afternoon": the update sentence is dated by the day it was told,
the strike sentence by the strike's day, and the town made two rows, the later one holding only
the updated toll. The gold makes one row, dated by the strike, with the latest toll (GUIDELINES 1
and 7). Both folds below merge such a later town row into its one twin of the same town one to
three days earlier; they differ in what tells the update:

- `fold_reported` (1.23.0): the row's first sentence says "toll" with a verb of change
  (`_TOLL_REPORT`) and every day it names is a report day, the row's own.
- `fold_toll_twins` (1.40.0): the first sentence reads "the number of people killed rose to 26 on
  Thursday", a day of mourning "after" the attack, "officials now say killed" or an update whose
  night is the report's (`_UPDATE`, any day); so the row must hold casualty figures and no weapon
  count, and the twin must be dated by a day the text named (a weekday or a date).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .dates import find_dates
from .rows import Draft
from .sentences import Sentence

# "the death toll ... rose to 40 on Monday", "the toll reached 11 on Saturday": a toll's report
# (no figure need follow: the dates, all report days, are the test; behind the literal "toll")
_TOLL_REPORT = re.compile(r"\btoll\b[^.;]{0,120}?\b(?:rose|risen|climbed|reached|increased|"
                          r"went up|gone up|stood)\b")
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


def _fold_twins(drafts: list[Draft], opens_update: Callable[[Draft], bool],
                named_twin: bool) -> None:
    """Fold each dated town row that opens_update into the one other row of that town dated one
    to three days earlier (by a named day when named_twin), in place."""
    towns = [d for d in drafts if d.kind == "impact" and d.level == "settlement"
             and d.event_date is not None]
    if len(towns) < 2:
        return
    for d in list(towns):
        if not opens_update(d):
            continue
        twin = [o for o in towns if o is not d and o.location == d.location
                and o.admin1 == d.admin1 and (o.date_strength >= 2 or not named_twin)
                and 1 <= (d.event_date - o.event_date).days <= 3]
        if len(twin) == 1:
            twin[0].merge(d)
            drafts.remove(d)
            towns.remove(d)


def fold_reported(drafts: list[Draft], sents: list[Sentence], pub: date | None) -> None:
    """Fold a town row dated only by the report day of its toll update into the attack the
    article dates a few days earlier (1.23.0)."""
    def opens_update(d: Draft) -> bool:
        first = sents[min(d.sents)].text
        if "toll" not in first:
            return False
        told = [x for x in find_dates(first, pub) if x.value is not None]
        return bool(told) and all(x.report for x in told) and d.event_date in {
            x.value for x in told} and bool(_TOLL_REPORT.search(first))

    _fold_twins(drafts, opens_update, named_twin=False)


def fold_toll_twins(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Fold each later town row opened by a toll update into the one earlier row of that town
    dated by a named day (in place)."""
    _fold_twins(drafts, lambda d: not d.counts and bool(d.figures)
                and is_update(sents[min(d.sents)].text), named_twin=True)

"""A zero an official gave before the toll rose is no zero of the row (1.37.0).

"Two firefighters have been killed while battling a blaze at an oil depot ... He had earlier said
that an industrial enterprise had been damaged ... and that there were no casualties"; "Busargin
had said on Wednesday morning that ... nobody was hurt"; "Busargin had initially said nobody was
hurt in Wednesday's attack". The later deaths overtake the first report: the killed figure wins
over the zero, but the zero stayed as the row's injured 0 where the report, now outdated, tells
no number of injured (null; GUIDELINES 1: the latest report counts). A zero told in an earlier
report ("had (earlier / initially / first) said / reported", "initially said") is dropped from a
row whose place has a casualty figure above zero; alone it stays (nothing overtook it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .sentences import Sentence, sentence_at

if TYPE_CHECKING:
    from .rows import Draft

# the report is an earlier one: "had (earlier) said", "had initially reported", "first said"
_EARLIER_REPORT = re.compile(r"\bhad\s+(?:earlier\s+|initially\s+|first\s+|previously\s+)?"
                             r"(?:said|reported|written|stated)\b|\b(?:initially|first|earlier)\s+"
                             r"(?:said|reported|wrote)\b", re.I)
# literals one of which every match of _EARLIER_REPORT holds (the cheap test first)
_REPORT_WORDS = ("had ", "initially", "first", "earlier")


def _earlier_report(pos: int, sents: list[Sentence]) -> bool:
    """Whether the sentence holding pos tells an earlier report."""
    if (k := sentence_at(sents, pos)) is None:
        return False
    t = sents[k].text
    low = t.lower()     # (the pattern is re.I: "Initially said" opens a sentence)
    return any(w in low for w in _REPORT_WORDS) and bool(_EARLIER_REPORT.search(t))


def drop_overtaken_zeros(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Remove the zeros of an earlier report from each row whose place (any draft of it: the
    drafts of one place are merged later) counts someone killed or hurt."""
    stale: list[tuple[Draft, int]] = []
    for d in drafts:
        for pos, f in d.figures:
            if f.kind == "zero" and _earlier_report(pos, sents):
                stale.append((d, pos))
    if not stale:
        return      # (most articles: no zero of an earlier report)
    counted = {(d.admin1, d.location) for d in drafts if any(
        f.value > 0 and f.kind in ("plain", "update") for _, f in d.figures)}
    for d, pos in stale:
        if (d.admin1, d.location) in counted:
            d.figures = [(p, f) for p, f in d.figures if p != pos or f.kind != "zero"]

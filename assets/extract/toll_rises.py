"""A toll's rise told with words between the verb and its new figure (1.40.0).

The update patterns (`casualties._UPDATE`, `toll_verbs`) read "the number of injured rose to 22"
and "grew, to 52". Authors also put the time of the rise or the figure it rose from between the
verb and the new figure: "the number of injured rose through the day to 49", "The death toll
there rose during the day to seven", "The number of injured grew from 26 to 31", "rose through
the evening, from 16 in the first report to 22 by 10 p.m.", and tell the count by a pronoun
after its first figure: "The initial count was eight injured, but by Thursday morning it had
risen to 11". None was read, or only the first figure was; the new figure is the latest
(GUIDELINES 1: "When an article updates a figure, take the latest").
"""

from __future__ import annotations

import re

from .numbers import num_pattern
from .toll_verbs import TOLL_SUBJECT

_N = num_pattern()
_VERB_WORDS = ("rose", "risen", "climbed", "grew", "grown", "increased", "went up", "gone up")
_VERB = "(?:" + "|".join(w.replace(" ", r"\s+") for w in _VERB_WORDS) + ")"     # (one list)
# "rose through the day to 49", "grew from 26 to 31", "rose through the evening, from 16 in the
# first report to 22": no digit and no clause end between the verb and "to N"
_SPAN = re.compile(rf"\b{TOLL_SUBJECT}(?:\s+there)?\s+(?:had\s+|has\s+|also\s+)?{_VERB}"
                   rf"(?:\s+(?:during|through|throughout|over|overnight|by|in)\b[^.;:,\d]{{0,30}}?)?"
                   rf",?(?:\s+from\s+(?:{_N})\b[^.;:\d]{{0,30}}?)?\s+to\s+(?P<n>{_N})\b", re.I)
# "The initial count was eight injured, but by Thursday morning it had risen to 11"
_PRONOUN = re.compile(rf"\b(?:count|toll|figure|tally)\s+was\s+(?:{_N})\s+(?:people\s+)?"
                      rf"(?P<what>injured|wounded|hurt|killed|dead)\b[^.;:]{{0,60}}?\bit\s+"
                      rf"(?:had\s+|has\s+)?{_VERB}\s+to\s+(?P<n>{_N})\b", re.I)
_SPAN_WORDS = ("oll", "umber of")     # (the cheap tests: every match holds one of each)


def risen_spans(t: str, found: list[re.Match[str]]) -> list[re.Match[str]]:
    """Updates of t (masked) with words between the verb and "to N" that found does not read."""
    span = "oll" in t or "umber of" in t     # (_SPAN_WORDS, tested inline: the cheap tests)
    pronoun = " it " in t
    if not (span or pronoun) or " to " not in t:
        return []
    for v in _VERB_WORDS:
        if v in t:
            break
    else:
        return []
    taken = {m.start("n") for m in found}
    out = [m for m in _SPAN.finditer(t) if m.start("n") not in taken] if span else []
    if pronoun:
        out += [m for m in _PRONOUN.finditer(t) if m.start("n") not in taken]
    return out

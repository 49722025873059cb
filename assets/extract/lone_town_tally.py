"""A few weapons told without a place, in a report of one town's strike, are that town's (1.40.0,
spurious rows).

"Ukraine's navy said the attack was carried out with three Kalibr cruise missiles fired from a
submarine"; "According to the ministry, the Ukrainian side launched ten cruise missiles, seven
of which were shot down"; "None of the missiles was intercepted." The article tells one town's
strike; the sentence counts that strike's weapons but names no place, so the counts made a
country row of their own beside the town's. The gold puts them on the town's row (GUIDELINES 2:
a count of weapons used against one place goes on that place's row) and makes no country row.
A country row here is a nationwide tally only when told as one: by the air force, "across the
country", "against Ukraine", over regions, or by a count too large for one town.

A country row whose sentences name no nationwide cue, whose counts are few (at most 12 of each
kind) and whose figures are a casualty count at most, folds into the one town row of its day and
country that holds its weapon (in place).
"""

from __future__ import annotations

from .rows import Draft
from .sentences import Sentence

# a tally told as a nationwide one (literal tests on the lowercased sentence)
NATIONWIDE = ("ir force", "across", "nationwide", "country", "region", "oblast",
              "against ukraine", "at ukraine", "on ukraine", "against russia", "at russia",
              "on russia", "russia launched", "russia fired", "russia had", "overnight",
              "over the past", "during the day", "himars", "front")
_FEW = 12


def _told_nationwide(text: str) -> bool:
    text = text.lower()
    for w in NATIONWIDE:
        if w in text:
            return True
    return False


def lone_town_tally(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Fold each few-weapon country row told without a nationwide cue into its one town."""
    for w in [d for d in drafts if d.kind == "wave" and d.counts]:
        if any(c.value > _FEW or c.value < 0 for c in w.counts):
            continue
        if any(_told_nationwide(sents[k].text) for k in w.sents):
            continue
        towns = [d for d in drafts if d.kind == "impact" and d.level == "settlement"
                 and d.country == w.country and d.event_date == w.event_date
                 and (not w.weapons or d.weapons & w.weapons)]
        if len(towns) == 1:
            towns[0].merge(w)
            drafts.remove(w)

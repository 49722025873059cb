"""A town where "aerial targets" were shot down and their fragments fell names no weapon (1.38.0).

"Air defence systems shot down eight air targets over Belgorod in the afternoon. Falling
fragments damaged the facades of three apartment buildings": the governor does not say what the
targets were. The tally reader counts "targets" as drones (its default type), so the town's row
took `drone` from its own count, or another sentence's weapon; the gold gives such a row
`unknown` with the count as intercepted (GUIDELINES 10: no weapon named). Now a town's row whose
counts are all interceptions, whose sentences name no weapon and speak of "targets", keeps its
count with no weapon type and no borrowed weapon.
"""

from __future__ import annotations

from .rows import Draft
from .sentences import Sentence
from .tallies import Count
from .weapons import find_weapons


def target_rows_unknown(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Clear the weapons of a town's row that only counts aerial targets shot down."""
    for d in drafts:
        if d.kind != "impact" or d.level != "settlement" or not d.counts or any(
                c.field != "intercepted" for c in d.counts):
            continue
        if not any(" targets" in sents[k].text for k in d.sents) or any(
                find_weapons(sents[k].text)[0] for k in d.sents):
            continue
        d.counts = [Count(c.field, "any", c.value, c.pos) for c in d.counts]
        d.clear_weapons()

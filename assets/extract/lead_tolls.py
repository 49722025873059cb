"""A town named in the lead of a wide attack keeps only its own paragraph's toll (1.39.0).

A report opens with the whole attack and names the capital in it: "Russia hit Kyiv and cities
across Ukraine with missiles, killing at least 14 people and injuring 97"; "Russia struck Kyiv
and at least a dozen other Ukrainian cities ..., killing at least 11"; a headline "Russian
missiles slam into Kyiv and cities across Ukraine, killing at least 11". Later the town gets a
paragraph of its own with its own toll ("In the capital, five people were killed and 51
wounded"). The town's row gathered both, and the lead's larger figures won; the gold gives the
lead's toll to the country row of the night's tally and the town its own (GUIDELINES 3 and 4:
each row the figures told at its level). Here a town row whose first sentence names it beside
"other cities" or "cities across Ukraine", and whose later sentences tell each field the lead
told, gives the lead's figures to the article's one country row (which keeps a figure it has).
Without a country row the figures stay: the town's reading is then the only one the text has.
"""

from __future__ import annotations

import re

from .rows import Draft
from .sentences import Sentence

# "Kyiv and cities across Ukraine", "Kyiv and at least a dozen other Ukrainian cities",
# "central Kyiv and a string of other Ukrainian cities"
_WIDE_LEAD = re.compile(
    r"\band (?:(?:at least|more than|over|some) )?(?:(?:a dozen|a string of|a number of|"
    r"several|dozens of|\w+) )?other (?:Ukrainian |Russian )?(?:cities|towns)\b|"
    r"\band (?:other )?cities (?:across|throughout) (?:Ukraine|Russia|the country)\b")
# (the cheap test: every match holds one of them)
_GATE = ("other ", "cities across", "cities throughout")


def _wide_lead(text: str) -> bool:
    return any(w in text for w in _GATE) and bool(_WIDE_LEAD.search(text))


def lead_tolls_to_country(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Move a wide lead's toll from the town it names to the country row (when the town's own
    sentences tell their own)."""
    waves = [d for d in drafts if d.kind == "wave"]
    if len(waves) != 1:
        return
    wave = waves[0]
    for d in drafts:
        if d.kind != "impact" or d.level != "settlement" or len(d.sents) < 2 or not d.figures:
            continue
        first = sents[min(d.sents)]
        if not _wide_lead(first.text) or wave.event_date != d.event_date:
            continue
        lead = [(p, f) for p, f in d.figures if first.start <= p < first.end]
        own = [(p, f) for p, f in d.figures if not first.start <= p < first.end]
        told = {f.field for _, f in lead}
        if not lead or not told <= {f.field for _, f in own}:
            continue
        d.figures = own
        have = {f.field for _, f in wave.figures}
        wave.figures += [(p, f) for p, f in lead if f.field not in have]

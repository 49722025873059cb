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

`the_wave`, `split_at` and `to_country` are shared with `wide_tolls` (1.40.0), which gives the
country row a lead's toll told for several places or none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rows import Draft
from .sentences import Sentence

if TYPE_CHECKING:
    from .casualties import Figure

    Figured = tuple[int, Figure]    # a figure with its offset in the article

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


def the_wave(drafts: list[Draft]) -> Draft | None:
    """The article's one wave row (None when it has none or several)."""
    waves = [d for d in drafts if d.kind == "wave"]
    return waves[0] if len(waves) == 1 else None


def split_at(figures: list[Figured], s: Sentence) -> tuple[list[Figured], list[Figured]]:
    """figures as (those told in the sentence s, those told elsewhere)."""
    inside = [(p, f) for p, f in figures if s.start <= p < s.end]
    return inside, [(p, f) for p, f in figures if not s.start <= p < s.end]


def to_country(wave: Draft, figures: list[Figured]) -> None:
    """Give the country row each of figures whose field it does not have yet."""
    have = {f.field for _, f in wave.figures}
    wave.figures += [(p, f) for p, f in figures if f.field not in have]


def lead_tolls_to_country(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Move a wide lead's toll from the town it names to the country row (when the town's own
    sentences tell their own)."""
    wave = the_wave(drafts)
    if wave is None:
        return
    for d in drafts:
        if d.kind != "impact" or d.level != "settlement" or len(d.sents) < 2 or not d.figures:
            continue
        first = sents[min(d.sents)]
        if not _wide_lead(first.text) or wave.event_date != d.event_date:
            continue
        lead, own = split_at(d.figures, first)
        told = {f.field for _, f in lead}
        if not lead or not told <= {f.field for _, f in own}:
            continue
        d.figures = own
        to_country(wave, lead)

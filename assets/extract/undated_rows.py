"""A row its own sentence gave no day takes the strike's day told next in its paragraph (1.38.0).

"Separately, officials said Ukrainian artillery had hit Nova Kakhovka, killing two people. The
head of the town said a shell struck a private house on Saturday."; "Russian aircraft dropped
aerial bombs on a cluster of apartment buildings on Thursday around midday", after "the toll
from an air raid on Chernihiv has risen to 47, officials said on Friday". `extractor._redate`
moves a row to the strike's day told after it only when the row's first sentence named a day
and that day was the report's; a row whose sentence named none kept the publication day, and
the later sentence counted as its first told day, so nothing moved; "Odesa on Saturday mourned
20 people killed in a missile attack" told a day that was not read as the report's. Here a row
dated by no sentence (strength 0) reads as dated by its report, a day of mourning is the
report's, and "dropped" joins the strike verbs.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .dates import WEEKDAY_ALT, DateExpr, find_dates
from .strike_day import first_told

if TYPE_CHECKING:
    from .rows import Draft
    from .sentences import Sentence

# "dropped (guided) aerial bombs on a cluster of buildings on Thursday"
_DROPPED_ON = re.compile(rf"\bdropped\b[^.;]{{0,100}}?\b(?:on|late on|early on) "
                         rf"(?=(?:{WEEKDAY_ALT})\b)")


def dropped_on(text: str) -> re.Match[str] | None:
    """A match ending where the weekday of "dropped bombs on X on <weekday>" starts."""
    return _DROPPED_ON.search(text) if "dropped " in text else None


# "Odesa on Saturday mourned 20 people killed in a missile attack": the mourning's day
_MOURNED = re.compile(r"\s+(?:mourned|mourns|buried|held funerals for|laid flowers)\b")


def told_before(row: Draft, sents: list[Sentence], pub: date | None, i: int) -> list[DateExpr]:
    """The days told in the row's first dated sentence, a day of mourning as the report's; for a
    row dated by no sentence before sentence i (strength 0, the publication day), that day as a
    report's."""
    if row.date_strength == 0 and pub is not None and row.event_date == pub and not any(
            find_dates(sents[k].text, pub) for k in row.sents if k < i):
        return [DateExpr(0, 0, pub, "day", True, 0)]
    told = first_told(row, sents, pub)
    text = sents[min(row.sents)].text
    return [replace(d, report=True) if _MOURNED.match(text, d.end) else d for d in told] \
        if told and (" mourn" in text or " buried" in text or " laid flowers" in text) else told

"""The strike's day in an article led by a later report (1.28.0).

A toll update leads with the day the toll was told ("rose to 12 on Wednesday") and names the
strike's own day further down ("Two missiles struck the city at about 3:30 a.m. on Tuesday").
`extractor._redate` moves such a row to the strike's day when every date of the row's first
sentence is the report's. A headline is often the row's first sentence and has no date at all
("Death toll in X missile strike rises to 12"); the lede below it is then the sentence that
dated the row, so the dates asked about are those of the row's first dated sentence. A day
told as coming after the strike ("declared three days of mourning on Saturday after a Russian
missile struck a neighbourhood") is the aftermath's, a report's day as much as "said on
Saturday" is.

When the lead row moves so, the article's other rows that only the report's day dated were
dated by the lede's report day too. Whether they are the lead's attack depends on the attack:
missiles come in waves, launched together in one night, so when the article tells the wave (the
air force's tally of what was launched) or the lead and the other place were both hit by
missiles ("In Kharkiv, two missiles hit an industrial site, the governor said at the time"),
they are one attack and move with the lead. A governor's round-up of drone drops and shelling
tells separate attacks of the past day, and a place told without a day keeps the report's day
(GUIDELINES 7), as does a row whose report says it gives no time ("He gave no time for that
attack") or whose own sentences tell a day; a tally of the lead's weapons told by a relative night
only ("during the night") tells none (`night_tallies`, 1.40.0).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import DateExpr, find_dates
from .night_tallies import night_only
from .rows import Draft
from .sentences import Sentence
from .strike_day_told import aftermath_day

# "on Saturday after a Russian ballistic missile struck", "on Sunday following the strike"
_AFTER_STRIKE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:after|following)\s+"
                           r"(?:a|an|the|Russia['’]s|Ukraine['’]s)\s+(?:[\w\-]+\s+){0,3}?"
                           r"(?:missiles?|drones?|strikes?|attacks?|bombs?|barrage|shelling)\b")


def first_told(row: Draft, sents: list[Sentence], pub: date | None) -> list[DateExpr]:
    """The date expressions of the first of row's sentences that has any."""
    for k in sorted(row.sents):
        if told := find_dates(sents[k].text, pub):
            text = sents[k].text
            return [DateExpr(d.start, d.end, d.value, d.precision, True, d.strength)
                    if d.precision == "day" and (_AFTER_STRIKE.match(text, d.end)
                                                 or aftermath_day(text, d.start, d.end)) else d
                    for d in told]
    return []


# "He gave no time for that attack", "did not say when the village was hit"
_NO_TIME = re.compile(r"\b(?:gave|give|giving|with) no (?:time|date|day)\b|\b(?:did not|didn't|"
                      r"without) (?:say|saying|specify|specifying) when\b", re.I)


def _no_time(row: Draft, sents: list[Sentence]) -> bool:
    """A sentence of row, or the one after it in its paragraph, says no time was given."""
    for k in row.sents:
        near = [k, k + 1] if k + 1 < len(sents) and sents[k + 1].para == sents[k].para else [k]
        if any(_NO_TIME.search(sents[j].text) for j in near):
            return True
    return False


def _own_day(row: Draft, sents: list[Sentence], pub: date | None) -> bool:
    return any(d.value is not None and not d.report
               for k in row.sents for d in find_dates(sents[k].text, pub))


def follow_strike_day(drafts: list[Draft], redated: list[tuple[Draft, date | None]],
                      sents: list[Sentence], pub: date | None) -> None:
    """Rows dated by the report's day a redated lead row left take the lead's new day."""
    for lead, was in redated:
        if was is None or lead.event_date is None or lead.event_date >= was:
            continue
        followers = [d for d in drafts if d is not lead and d.event_date == was
                     and d.country == lead.country and (not _own_day(d, sents, pub)
                                                        or night_only(d, lead, sents, pub))
                     and not _no_time(d, sents)]
        wave = any(d.kind == "wave" for d in followers)
        for d in followers:
            if wave or d.weapon() == lead.weapon() == "missile":
                d.event_date, d.precision = lead.event_date, lead.precision

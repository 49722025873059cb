"""A tally told after "came N days after" is the earlier attack's, dated by it (1.38.0).

"The attack came three days after Russia fired 502 drones and 24 missiles at Ukraine"; "The attack
came exactly a week after Russia fired more than 80 missiles at Ukrainian cities, killing 19
people": the counts are another night's, a country row of their own (GUIDELINES 6), but they
went to the wave of the article's date and were added to today's tally (launched 43 + 80, weapon
`mixed` for a drone night). `earlier.after_date` (1.25.0) already dates the earlier attack of
such a clause for a town's row; now the country row of a tally that lies wholly in that clause
takes the date it gives (the anchor less the days told; no day for weeks), so the two nights'
counts stay apart. The clause ends at the next ";" (1.38.0 tidy): a count past it is not the
earlier attack's, and the tally keeps its own date.
"""

from __future__ import annotations

from datetime import date

from .dates import DateExpr
from .earlier import after_date
from .tallies import Count

When = tuple[date | None, str, int]


def earlier_tally_when(text: str, dates: list[DateExpr], anchor: date | None,
                       counts: list[Count], when: When) -> When:
    """The date of the earlier attack whose counts the sentence's "came N days after" clause
    holds; else when, unchanged."""
    if not counts or " after " not in text:
        return when
    after = after_date(text, dates, anchor)
    if after is None:
        return when
    # the clause ends at the next ";" ("...; overnight 75 drones were launched" is today's); not
    # at ". ", which inside a sentence is an abbreviation's ("on Dec. 29, when Russia fired 158")
    start = after[0]
    end = text.find(";", start)
    if not all(start <= c.pos and (end < 0 or c.pos < end) for c in counts):
        return when
    return after[1]

"""A toll update's lead: the day of the attack it updates, not the report's (1.40.0).

"Ukraine on Sunday raised the death toll from Friday's air assault to 45": the lead sentence's
first date is the report's, and the lead row takes the strike's day ("Friday's assault"). The
article's later undated paragraphs ("Dnipro was among the hardest-hit cities: six people were
killed there") tell that attack, as they do under a lead dated by the strike itself ("killed in X
on Saturday, the governor said" in a Sunday article: `extractor`'s lead carry, 1.19.0). So when
the lead tells a new toll and its row is dated by the text before the report's day, the lead's
day is the row's.
"""

from __future__ import annotations

from datetime import date

from .follow_ups import toll_lead
from .rows import Draft


def strike_lead(lead: tuple, rows: list[Draft], text: str, pub: date | None) -> tuple:
    """lead, or the earlier day of the lead sentence's row when the lead updates a toll."""
    if pub is None or lead[0] != pub or not rows or not toll_lead(text):
        return lead
    row = rows[0]
    if row.kind != "impact" or row.event_date is None or row.event_date >= pub \
            or row.date_strength < 2:
        return lead
    return (row.event_date, row.precision, 2)

"""An undated paragraph after one that told the publication day is of that day (1.38.0).

"The driver was killed when a drone struck the minibus on Thursday evening, the head of the
town said." ... "On Friday morning forces also shelled X." / "Saldo added that in Y a drone
wounded two men."; "Overnight into Thursday, drones attacked an energy site in Shostka." / "In
the Esman community, a woman was injured by artillery fire." A paragraph reset the carried day
to the lead's earlier day (a night or evening before publication dates the article's later
undated paragraphs, 1.16.0 and 1.19.0), so the last paragraph moved back to the lead's day
although the one just before it had already told the publication day. The authors keep the day
last told. Only forward to the publication day, and only after a row dated by a day the text
named (strength 2: a weekday or a date, not "overnight" alone nor no day): carrying an earlier
day into later paragraphs, or a day the row only inherited, split the authors.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rows import Draft
    from .sentences import Sentence


def latest_row_day(drafts: list[Draft], sents: list[Sentence], i: int, carry: tuple,
                   pub: date | None) -> tuple:
    """The day carried into the paragraph opening at sentence i: the publication day when the
    carry is an earlier day and the last row, told in the paragraph before, was dated to the
    publication day by a day the text named."""
    if pub is None or not drafts or i == 0 or carry[0] is None or carry[0] >= pub:
        return carry
    last = next((d for d in reversed(drafts) if d.kind == "impact"), None)
    if last is None or last.event_date != pub or last.precision != "day" \
            or last.date_strength < 2 or sents[max(last.sents)].para != sents[i - 1].para:
        return carry
    return last.event_date, "day", 0     # as the publication day's own default

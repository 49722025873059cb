"""A toll update's air force tally told by a relative night only: the lead's attack (1.40.0).

"Rescuers recovered the last bodies on Saturday from a building struck by a missile a day
earlier, bringing the toll to 23. ... The air force said Russia fired 23 cruise missiles and two
drones during the night": the lead row moves to the strike's day (`strike_day.follow_strike_day`)
and the rows the report's day dated follow it unless they tell a day of their own. A tally dated
by nothing but a relative night ("overnight", "during the night", "in the overnight attack") tells
no day of its own in such an article: the night is the attack's the lead updates, as the 1.27.0
rule (`follow_ups.attack_night`) reads it when the lead names the strike's day itself.
"""

from __future__ import annotations

from datetime import date

from .dates import find_dates
from .follow_ups import attack_night, tally_of_lead
from .rows import Draft
from .sentences import Sentence

_CLASSES = {"mixed": {"missile", "drone"}, "unknown": set()}


def night_only(row: Draft, lead: Draft, sents: list[Sentence], pub: date | None) -> bool:
    """row is a tally of lead's weapons whose dated sentences tell a relative night and no day
    of their own (drones alone after a missile strike are another night's attack)."""
    if row.kind != "wave":
        return False
    weapon = lead.weapon()
    if (classes := _CLASSES.get(weapon, {weapon})) and not tally_of_lead(
            {c.wtype for c in row.counts}, classes):
        return False
    dated = [sents[k].text for k in row.sents if "night" in sents[k].text
             or find_dates(sents[k].text, pub)]
    return bool(dated) and all(attack_night(t) for t in dated)

"""A follow-up article's air force tally: the night of the attack it follows, not the night before
the report.

"The death toll from Thursday's missile strike on X rose to 10 on Friday ... The air force said
Russia had fired 10 missiles overnight and that seven of them were shot down": in an article whose
lead updates the toll of an earlier day's attack, a ministry's or air force's tally told with only
a relative night ("overnight", "during the night", "in the overnight attack", 1.40.0: "began
shortly after midnight") counts that attack's weapons. A day of its own ("on Saturday night", "last
night", "this morning", a date) keeps it apart.
"""

from __future__ import annotations

import re

from .dates import MONTH_ALT, WEEKDAYS, either_case
from .weapons import find_weapons

# Not built from the toll words of casualties._UPDATE / _BRING, toll_subjects or toll_phrasings
# on purpose: those find a figure and its field, case-blind; this only asks whether a lead tells
# a new toll, with a subset of their words: its six verbs are among _UPDATE's, its "number
# of" is of the dead only (theirs count the injured too: "number of injured rose" is no lead
# here), no figure need follow, 160 characters rather than their 120 or 240, case kept. Sharing
# would mean cutting _UPDATE's and _WIDE's alternations into a core and the rest, and any word
# added to their core for a casualty phrasing would silently change which leads this reads.
_TOLL_LEAD = re.compile(r"\b(?:toll|number of (?:people |civilians )?(?:dead|killed|victims))\b"
                        r"[^.;]{0,160}?\b(?:rose|risen|climbed|reached|reaches|increased)\b|"
                        r"\b(?:bringing|raising|raised|raises) the (?:death )?toll\b|"
                        r"\b(?:rescuers|crews|workers) (?:had |have )?(?:finished|completed) "
                        r"(?:clearing|searching|sifting)\b")
# (1.40.0: "said on Sunday after rescuers finished clearing the rubble" tells a follow-up too)
TOLL_WORDS = ("toll", "number of", "finished", "completed")     # _TOLL_LEAD's literal gate
_NIGHT = re.compile(r"\b(?:overnight|during the night|the night|after midnight)\b")
_OWN_DAY = re.compile(r"\d:\d\d|\b(?:last|yesterday|today|tonight|earlier|this|"
                      rf"{either_case(WEEKDAYS)}|{MONTH_ALT})\b")


def toll_lead(text: str) -> bool:
    """The lead updates a toll ("rose to 10", "has risen to 31", "bringing the death toll to") or
    tells the rescue done ("after rescuers finished clearing the rubble", 1.40.0)."""
    return any(w in text for w in TOLL_WORDS) and bool(_TOLL_LEAD.search(text))


def lead_weapons(text: str) -> set[str]:
    """The weapon classes of a toll lead, both when it names none ("hit in Thursday's Russian
    attack, and the death toll has risen to 31": any tally may be that attack's, 1.40.0); none
    when the lead tells no new toll."""
    if not toll_lead(text):
        return set()
    return find_weapons(text)[0] or {"missile", "drone"}


def tally_of_lead(wtypes: set[str], lead: set[str]) -> bool:
    """The tally counts the lead's weapons: only them, or them and another class (1.40.0: "23
    cruise missiles and two drones" after a missile strike is that wave; drones alone are
    another night's attack)."""
    return bool(wtypes) and (wtypes <= lead or (len(wtypes) > 1 and bool(wtypes & lead)))


def attack_night(text: str) -> bool:
    """The sentence dates its tally by a relative night only."""
    return ("night" in text) and bool(_NIGHT.search(text)) and not _OWN_DAY.search(text)

"""A place named only where people met, reacted, arrived or mourned is no place struck (1.36.0).

"Speaking at a defence industry forum in Kyiv, Umerov said ..."; "came under criticism at home
and in Kyiv for the call"; "a claim dismissed in Kyiv as empty words"; "Boris Johnson, who
arrived in the Ukrainian capital on Saturday, announced ..."; "Russians who had laid flowers at
monuments in Moscow and St Petersburg in memory of the victims"; "In Kyiv and other cities,
people brought flowers ... to improvised memorials for the victims". A strike word elsewhere in
the sentence (missiles, victims, strikes) made each capital a row. 1.12.0's `told_there` (once
`targets._venue`, moved here at the review of 1.36.0) reads "told a briefing in X"; `a_venue`
reads the other venues: a forum or summit, a reaction, a visitor's arrival, a memorial. The place
after such a phrase (each place of a list after it), or opening "In X (and other cities), people
brought / laid flowers", is dropped.
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import NAME_PATTERN, Mention

# (every cue of _BEFORE and _MOURNERS_AFTER: a place after one is read only when it is here)
_WORDS = ("forum", "summit", "ceremony", "exhibition", "criticism", "condemnation", "outrage",
          "dismissed", "welcomed", "arrive", "arriving", "flowers", "candles", "memorial", "vigil")
_NAME = NAME_PATTERN
_BEFORE = re.compile(
    r"\b(?:(?:forum|summit|ceremony|vigil|exhibition)\s+(?:[\w\-]+\s+){0,2}?in|"
    r"(?:criticism|condemnation|outrage|dismissed|welcomed)\s+(?:(?:at\s+home|abroad)\s+and\s+)?"
    r"in|(?:arrived|arriving|arrives)\s+in|"
    r"(?:flowers|candles)\s+(?:[\w\-]+\s+){0,4}?(?:at|to)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:monuments?|memorials?)\s+in)\s+(?:the\s+)?"
    rf"(?:{_NAME}(?:,\s+(?:and\s+)?|\s+and\s+))*$")
_MOURNERS_AFTER = re.compile(r"(?:\s+and\s+other\s+(?:cities|towns))?,\s+(?:people|residents|"
                             r"mourners)\s+(?:brought|laid|left|gathered)\b")


# "told a briefing in Kyiv", "told reporters in Kyiv" (1.12.0, formerly targets._venue)
_BRIEFING = re.compile(r"\b(?:(?:told|at|during|gave|held)\s+(?:a|the|an)\s+(?:\w+\s+)?(?:briefing|"
                       r"(?:news |press )?conference)|told reporters)\s+in\s+(?:the\s+)?$", re.I)
BRIEFING_WORDS = ("briefing", "conference", "reporters")


def told_there(text: str, m: Mention) -> bool:
    """"told a briefing in Kyiv": where it was said, not where anything was struck (1.12.0;
    read once text holds one of BRIEFING_WORDS)."""
    return bool(_BRIEFING.search(text, max(0, m.start - 50), m.start))


# places without those named only where something was told, when the sentence holds one of
# BRIEFING_WORDS (`targets.find_targets` applies it to the places left after the slot test)
without_briefings = cued_filter(BRIEFING_WORDS, told_there)


def a_venue(text: str, m: Mention) -> bool:
    """m is named only where people met, reacted, arrived or mourned (read once text holds one
    of _WORDS)."""
    return bool(_BEFORE.search(text, max(0, m.start - 120), m.start)) or (
        m.start < 4 and bool(_MOURNERS_AFTER.match(text, m.end)))


# places without those named only as venues, when the sentence holds one of _WORDS
without_venues = cued_filter(_WORDS, a_venue)

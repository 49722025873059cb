"""A town that opens a sentence mourning its dead is the town struck (1.39.0).

"Kherson on Sunday mourned the victims of Saturday's shelling of the city centre", "Chernihiv
held a day of mourning on Thursday after three missiles struck the city centre", "Kryvyi Rih has
declared three days of mourning after a ballistic missile exploded above a neighbourhood":
a toll-update lead names its town only as the subject of the mourning, and tells the strike
with "the city" or no place at all. The town sat in no target slot, so the lead gave no row
(or a row with no place) and the article's main row was lost. `mourns` reads the town as
struck when a mourning phrase follows it ("held funerals", "buried its dead" too: "Kryvyi Rih
held funerals on Tuesday for more children killed in last Friday's missile strike"), behind the
literals "mourn", "funerals" and "buried".

Not the headline's present tense ("Kryvyi Rih mourns 20 dead as drones return"): a headline
takes the article's figures of several days. Not where the sentence names "the capital"
("Kyiv observed a day of mourning on Tuesday after a barrage a day earlier killed 33 people in
the capital"): the capital is the target there already, and the town opening the sentence
would take the mourning's day. Nor a sentence that tells no strike after the mourning ("Kyiv
buried its dead on Thursday."): its day is the mourning's, and the strike's sentence finds the
town itself.
"""

from __future__ import annotations

import re

# "<Town> (on Sunday) mourned / is mourning", "<Town> held / declared / has declared /
# observed a day (three days) of mourning"
_MOURNS = re.compile(
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:(?:mourned|(?:is|was)\s+mourning)\b|"
    r"(?:has\s+|had\s+)?(?:held|declared|observed|announced|began|is\s+holding|is\s+observing)"
    r"\s+(?:a|an|one|two|three|\d+)\s+(?:official\s+)?days?\s+of\s+(?:official\s+)?mourning\b|"
    # "<Town> held funerals on Tuesday for ...", "<Town> buried its dead"
    r"(?:held|began\s+holding|was\s+holding)\s+(?:more\s+)?funerals\b|buried\s+(?:its|their|the)\s+)")

# the strike the mourning is for, told after it in the same sentence
_STRIKE = re.compile(r"\b(?:strikes?|shelling|attacks?|missiles?|drones?|bombs?|shells?|"
                     r"barrage|rockets?)\b")


def mourns(text: str, end: int) -> bool:
    """The place ending at `end` is the subject of a mourning phrase, a strike word follows the
    phrase in the sentence, and the sentence does not name "the capital"."""
    return ("mourn" in text or "funerals" in text or "buried" in text) \
        and " capital" not in text and bool(m := _MOURNS.match(text, end)) \
        and bool(_STRIKE.search(text, m.end()))

"""A place named only as where the wounded were taken is not a place struck (1.27.0).

Reports follow the wounded: "taken to hospital in X", "later transferred to X for treatment",
"taken to the X district hospital". Before 1.27.0 only "taken to a / the ... hospital in X" was
read so (`context._TREATED`); with no article, with the place before "hospital" or with "for
treatment" the town of the hospital became the figure's place, so the town attacked, named in
the sentence before, lost its wounded (and a town with a row of its own took them). The verb of
moving a person to care ("taken", "transferred", "evacuated", ...) followed by "to" decides,
whichever way the destination is written.
"""

from __future__ import annotations

import re

# "taken to hospital in X", "transferred to a burns unit in X", "evacuated to X"
_TO_BEFORE = re.compile(r"\b(?:taken|admitted|brought|transferred|evacuated|rushed|airlifted|"
                        r"flown|moved|sent)\s+(?:later\s+)?to\s+(?:(?:a|the)\s+)?(?:(?:[\w'’\-]+"
                        r"\s+){0,3}(?:hospitals?|clinic|unit|centre|center|ward)\s+in\s+"
                        r"(?:the\s+)?(?:city\s+of\s+)?)?$", re.I)
# after the place: "... to X for treatment", "... to the X district / regional hospital"
_CARE_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:district|regional|city|central|clinical|"
                         r"children['’]s|military)\s+){0,2}(?:hospital|clinic)\b|"
                         r"\s+for\s+(?:further\s+)?"
                         r"(?:treatment|care|surgery)\b", re.I)


# (a stem of each verb of _TO_BEFORE, either case of its first letter: a substring test first)
_VERB_STEMS = ("aken ", "dmitted ", "rought ", "ransferred ", "vacuated ", "ushed ", "irlifted ",
               "lown ", "oved ", "ent ")


def taken_for_care(text: str, start: int, end: int, clause: str) -> bool:
    """Whether the place at text[start:end] (whose clause before it is `clause`) is where the
    wounded were taken: "taken to hospital in X", "transferred to X for treatment", "taken to
    the X district hospital"."""
    if not any(w in clause for w in _VERB_STEMS) or not _TO_BEFORE.search(clause):
        return False
    tail = clause[-40:]
    if re.search(r"(?:hospitals?|clinic|unit|centre|center|ward)\s+in\s+(?:the\s+)?"
                 r"(?:city\s+of\s+)?$", tail, re.I):
        return True
    return bool(_CARE_AFTER.match(text, end))

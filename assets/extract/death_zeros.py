"""A zero of deaths only is the killed field's alone (1.30.0).

GUIDELINES 1 gives killed 0 and injured 0 for an explicit "no casualties" and null for what is
not mentioned. "Nobody was killed", "no one died" and "there were no deaths" deny deaths and say
nothing of the hurt: the authors of six sets give killed 0 and leave injured null (or to the
figure told beside it: "No one was killed, he said, but a boy and a woman were injured"). The
zero patterns of casualties.py read them as both fields, so a row with no other injured figure
took injured 0. A zero whose words, or the 40 characters after them ("Nobody was killed or
injured"), name the hurt or casualties stays a zero of both.
"""

from __future__ import annotations

import re

# A zero statement that speaks of deaths only, and words of the hurt within 40 characters of
# one. zeros.py asks the same of a row's zeros, case-sensitively (it compiles these sources
# without re.I); it imports casualties.py's figures, so the sources live here.
DEATHS_ONLY = (r"[^.;]{0,40}?\b(?:killed|dead|deaths?|died|fatalities)\b(?![^.;]{0,20}"
               r"\b(?:hurt|injur\w*|wounded)\b)")
HURT_WORD = r"[^.;]{0,40}?\b(?:hurt|injur\w*|wounded|casualties|victims)\b"
_DEATHS = re.compile(DEATHS_ONLY, re.I)
_HURT = re.compile(HURT_WORD, re.I)


def zero_fields(t: str, start: int, end: int) -> tuple[str, ...]:
    """The fields a zero statement at t[start:end] speaks of."""
    said = t[start:end]
    if _DEATHS.match(said) and not _HURT.match(t, start):
        return ("killed",)
    return ("killed", "injured")

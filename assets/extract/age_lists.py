"""Ages told as a list are no toll: "three children aged eight, 12 and 17 were killed" (1.35.0).

The casualty masks blanked an age list only when it opened with digits ("aged 8, 12 and 17").
Authors spell a small first age ("aged eight, 12 and 17") or give a range ("three residents aged
between 41 and 78 were wounded"), and the last age stood next to the verb and was read as the
toll: 17 killed for three, 78 wounded for three. AGE_MASKS blank the whole list in both forms:
the first for lists opened by digits (a digit-gated mask), the second, with [0-9] for the later
digits so that it is no digit-gated mask, for lists opened by a word ("aged four and six").
An item after "and" followed by a people noun is a count of its own ("a boy aged seven and two
women were hurt" keeps its two).
"""

from __future__ import annotations

from .numbers import vocab

_v = vocab()
_WORD = "|".join(sorted((w for w in (*_v["units"], *_v["tens"])
                         if w not in ("a", "an", "both", "single", "zero", "no")),
                        key=len, reverse=True))
# an age: digits or a number word ("eight", "twenty"), optionally "twenty-one"
_WORDS = rf"(?:{_WORD})(?:-(?:{_WORD}))?"
_AGE = rf"(?:[0-9]{{1,3}}|{_WORDS})"
_PEOPLE = (r"people|persons|civilians|residents|children|men|women|boys|girls|others|workers|"
           r"passengers|teenagers|pensioners|employees")
_NEXT = r"\s*(?:,\s*(?:and\s+)?|and|to|-)\s*"


def _list(first: str) -> str:
    return (rf"\baged?\s+(?:between\s+|from\s+)?{first}\b(?:{_NEXT}{_AGE}\b"
            rf"(?!\s+(?:{_PEOPLE})\b))*")


# (the first opens with \d, so every match holds a digit: a digit-gated mask; the second holds no
# \d and runs on every casualty sentence)
AGE_MASKS = (_list(r"\d{1,3}"), _list(_WORDS))

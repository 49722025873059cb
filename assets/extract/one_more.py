"""One more person, told at a new place (1.28.0).

News adds a casualty at a second place by pointing back at the first figure rather than
counting again: "One person died in A after shelling, and another was killed in B"; "One person
was killed in A and another in B" (the verb left out); "A third person was hurt in the town of
C" after two hurt elsewhere. "Another" is one person, whose field is the verb's or, with no verb,
the figure's it follows; it belongs to the place it is told at. An ordinal ("a third person was
hurt") reads as the running count of one place ("two were injured; a third man was
hospitalised": three), but told at a named place it is the one person hurt there, the earlier
ones being elsewhere.
"""

from __future__ import annotations

import re

Item = tuple[str, int, int, str]     # (field, value, position, kind), as toll_phrasings'

_PLACE = (r"(?:in|at|near)\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+|"
          # "in the Ramenskoye district" (1.38.0)
          r"the\s+(?=(?-i:[A-Z])[\w'’\-]+\s+(?:district|community|hromada)\b))?(?-i:[A-Z])")
# "..., and another was killed in B", "and another died in B", "and another in B"
_AND_ANOTHER = re.compile(r"\band\s+(?P<a>another)\s+(?:(?:was|were|has been|had been)\s+"
                          r"(?:also\s+)?(?P<v>killed|injured|wounded|hurt)\s+|(?P<d>died)\s+)?"
                          rf"{_PLACE}", re.I)
# what follows "a third person was hurt": a place named in the same clause
_AT_PLACE = re.compile(rf"[^.;,]{{0,20}}?\s+{_PLACE}", re.I)


def another_figures(t: str, have: list[Item]) -> list[Item]:
    """The one person "another" adds at a new place in t (a masked sentence); have: the
    sentence's figures so far."""
    if "another" not in t and "Another" not in t:
        return []
    out: list[Item] = []
    for m in _AND_ANOTHER.finditer(t):
        if m.group("v"):
            field = "killed" if m.group("v").lower() == "killed" else "injured"
        elif m.group("d"):
            field = "killed"
        else:
            before = [h for h in have if h[2] < m.start() and h[1] > 0]
            if not before:
                continue
            field = max(before, key=lambda h: h[2])[0]
        if not any(h[0] == field and h[2] == m.start("a") for h in have):
            out.append((field, 1, m.start("a"), "plain"))
    return out


def at_new_place(t: str, end: int) -> bool:
    """An ordinal person ending at end is told at a named place of its own."""
    return bool(_AT_PLACE.match(t, end))

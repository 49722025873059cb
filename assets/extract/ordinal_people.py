"""An ordinal person told in phrasings the older ordinal patterns miss (1.38.0).

"Two guards were killed. A third man died later in hospital" (the toll is three); "a woman and
her son were wounded, and a third resident was hit by shrapnel" (three hurt); "two people were
injured ... By noon the administration reported a third injured person" (three). Like the older
ordinals (`casualties._NTH_DIED`, `_NTH_HURT`), the ordinal is the place's running count, and
told at a named place of its own it is the one person there (`one_more.at_new_place`).
"""

from __future__ import annotations

import re

from .one_more import at_new_place

Item = tuple[str, int, int, str]     # (field, value, position, kind), as one_more's

# the ordinal words and the running count each tells (the older ordinal patterns of
# `casualties` and `toll_phrasings` read them from here too)
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
_NTH = r"\b(?:a|the)\s+(?P<o>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
# one person, with up to two modifiers ("§" runs are masked ages)
_WHO = (r"(?:(?:§+|[\w\-]+)\s+){0,2}?(?:person|man|woman|resident|civilian|worker|employee|"
        r"guard|passenger|driver|child|boy|girl|pensioner|victim|local)")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "A third man died later in hospital"
    ("killed", re.compile(rf"{_NTH}{_WHO}\s+died\s+later\b", re.I)),
    # "and a third resident was hit by shrapnel"
    ("injured", re.compile(rf"{_NTH}{_WHO}\s+was\s+(?:also\s+)?hit\s+by\s+(?:shrapnel|debris|"
                           rf"fragments|a\s+fragment)\b", re.I)),
    # "the administration reported a third injured person"
    ("injured", re.compile(rf"\b(?:reported|registered|recorded|confirmed)\s+{_NTH}"
                           rf"(?:injured|wounded)\s+(?:person|resident|civilian|victim|man|woman)\b",
                           re.I)),
)


def nth_item(field: str, t: str, m: re.Match[str]) -> Item:
    """What an ordinal person matched by m (its word in group "o") tells in t: at a place named
    right after, that one person there (1.28.0); else the running count, an update."""
    if at_new_place(t, m.end()):
        return field, 1, m.start("o"), "plain"
    return field, ORDINALS[m.group("o").lower()], m.start("o"), "update"


def ordinal_figures(t: str) -> list[Item]:
    """The running counts (or, at a named place, the one person) ordinals tell in t (a masked
    sentence)."""
    return [nth_item(field, t, m) for field, rx in _PATTERNS for m in rx.finditer(t)]

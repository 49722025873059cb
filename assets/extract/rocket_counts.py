"""A count of rockets is no missile for the row's weapon class (1.32.0).

A tally counts rockets as missiles: "shot down 10 rockets of the Vampire multiple launch rocket
system" gives an intercepted count whose weapon type is `missile` (tallies.py sums rockets and
missiles alike, GUIDELINES 2). The row's weapon class then saw a missile beside the rocket the
sentence names and gave `mixed` (a missile with rockets), where GUIDELINES 10 has MLRS alone as
artillery. When the place's own weapons are rockets alone (or with shelling), a count's
`missile` type is those rockets. With drones named too ("ten rockets and six drones downed over
the region") the count stays a missile: the gold gives those rows `mixed` (k02, zd15, wc05, vd25,
uc06, sd05, v017).
"""

from __future__ import annotations


def count_types(weapons: set[str], types: set[str]) -> set[str]:
    """The weapon types a row's counts add to its own weapons: `missile` is dropped when the
    weapons named are rockets (or shelling) alone."""
    if "rocket" in weapons and weapons <= {"rocket", "artillery"}:
        return types - {"missile"}
    return types

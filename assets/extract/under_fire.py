"""A place that only "came under fire" has no weapon named (1.32.0).

GUIDELINES 10 lists "came under fire" among the phrasings that give `unknown`. A report tells
places beside others that have a weapon ("One person died in A after Russian artillery shelled
the town, and another was killed in B, which came under fire during the day"; "The A and B
communities also came under fire" after a drone paragraph), and the place took a weapon from its
sentence's other clause or from the sentence before. Here a place whose clause, up to a bare
"came under fire", names no weapon, and whose row's other sentences name none either, keeps
`unknown`. "came under fire 21 times" stays out: a count of shelling attacks, which the gold reads
as artillery.
"""

from __future__ import annotations

import re

from .places import find_places
from .rows import Draft
from .sentences import Sentence
from .weapons import find_weapons

# a bare "came under fire": no weapon word before "fire" ("artillery fire", "mortar fire"), no
# "from <launcher>" and no count of times after it
_UNDER_FIRE = re.compile(r"\b(?:came|come|comes|coming) under fire\b"
                         r"(?!\s+(?:from\b|\w+\s+times\b|\d+\s+times\b))")


def _bare_fire_place(text: str, d: Draft) -> bool:
    """The row's place is named in text before a bare "came under fire", with no weapon named
    from its clause's start to the phrase."""
    fire = _UNDER_FIRE.search(text)
    if fire is None:
        return False
    for m in find_places(text):
        if m.location == d.location and m.start < fire.start():
            start = max(text.rfind(",", 0, m.start), text.rfind(";", 0, m.start)) + 1
            return ";" not in text[m.start:fire.start()] \
                and not find_weapons(text[start:fire.end()])[0]
    return False


def under_fire_unknown(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Clear the weapons a place that only came under fire borrowed from other clauses."""
    for d in drafts:
        if d.kind != "impact" or d.counts or "under fire" not in sents[min(d.sents)].text:
            continue
        if _bare_fire_place(sents[min(d.sents)].text, d) and not any(
                find_weapons(sents[k].text)[0] for k in d.sents if k != min(d.sents)):
            d.clear_weapons()

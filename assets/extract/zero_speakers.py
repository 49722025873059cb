"""A zero told by one place's official is that place's alone (1.40.0).

"In the western Ternopil region, an energy facility was damaged, and in the Odesa region, a drone
strike set off a fire. Odesa Governor Oleh Kiper said no one was hurt"; "Energy facilities were
also hit in the Ivano-Frankivsk and Lviv regions. Lviv governor Maksym Kozytskyi said a strike
... caused a fire but no casualties"; "... damage to gas infrastructure in the Poltava region.
Khmelnytskyi regional officials said there were no casualties". A zero with no place of its own
goes to the places of the sentence before, so every place named there got it, and in the last
case a place the speaker does not govern got it while the speaker's own place kept none. The
speaker's title names the place the zero is told of (GUIDELINES 1 and 5: a place's casualties
are what is said of that place): here the zero stays only on the rows of that place, and goes
to that place's row (of the same day, told before, with no such figure yet) when no holder is
it.
"""

from __future__ import annotations

import re

from .rows import Draft
from .sentences import Sentence, sentence_at

# "Odesa Governor Oleh Kiper", "Lviv governor", "Khmelnytskyi regional officials", "Kharkiv's
# mayor"
_SPEAKER = re.compile(r"\b(?P<name>[A-Z][\w'’\-]{3,})(?:'s|’s)?\s+(?:(?:regional|region|oblast|"
                      r"city|Region|Oblast|City)\s+)?(?:[Gg]overnor|[Mm]ayor|officials|"
                      r"administration|authorities)\b")
_WORDS = ("overnor", "ayor", "officials", "administration", "authorities")


def _of(d: Draft, name: str) -> bool:
    """The row is of the place name (a spelling variant sharing its first four letters)."""
    key = name[:4].lower()
    return any((w or "").lower().startswith(key) for w in (d.admin1, d.location))


def speaker_zeros(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Keep a zero told by one place's official on that place's rows only."""
    holders: dict[int, list[Draft]] = {}
    for d in drafts:
        for p, f in d.figures:
            if f.kind == "zero" and d.kind == "impact":
                holders.setdefault(p, []).append(d)
    for pos, rows in holders.items():
        k = sentence_at(sents, pos)
        if k is None or not any(w in sents[k].text for w in _WORDS):
            continue
        s = sents[k]
        names = [m.group("name") for m in _SPEAKER.finditer(s.text) if m.end() <= pos - s.start]
        if len(names) != 1:
            continue
        own = [d for d in rows if _of(d, names[0])]
        if own and len(own) < len(rows):
            for d in rows:
                if d not in own:
                    d.figures = [(p, f) for p, f in d.figures if p != pos]
        elif not own:
            day = {d.event_date for d in rows}
            there = [d for d in drafts if d.kind == "impact" and d.event_date in day
                     and _of(d, names[0]) and d.sents and min(d.sents) < k]
            if len(there) != 1:
                continue
            zeros = [(p, f) for p, f in rows[0].figures if p == pos]
            have = {f.field for _, f in there[0].figures}
            there[0].figures += [(p, f) for p, f in zeros if f.field not in have]
            for d in rows:
                d.figures = [(p, f) for p, f in d.figures if p != pos]

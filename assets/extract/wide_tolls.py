"""A lead's toll over several places (or none) is the night's country total (1.40.0).

A report of a wide attack opens with its whole toll and names no place, or several: "Russia
struck the power grid on Sunday ..., killing at least seven people"; "Missiles and drones slammed
into Odesa and Mykolaiv overnight, killing at least four people"; "Russia hit power plants in
several regions overnight. At least five people were killed." Each city gets its own toll further
down, and the Air Force tally makes the country row. A figure told for several places was read
for none of them (and a placeless one had no row), so the country row had no toll; the gold gives
it the lead's (GUIDELINES 3: a nationwide total stated as such, each place keeping its own).

Here, with one country row lacking the field and at least two place rows told of it, a figure of
the article's opening sentences (before the first sentence that belongs to one place alone) goes
to the country row when it is larger than every place's own figure for that field: a sum over the
places, not one place's toll retold. The country row, the split of figures at a sentence and
the move to the country row are `lead_tolls`' (`the_wave`, `split_at`, `to_country`).
"""

from __future__ import annotations

import re

from .casualties import Figure, find_casualties
from .lead_tolls import split_at, the_wave, to_country
from .rows import Draft
from .sentences import Sentence

_LEAD = 3   # opening sentences read at most
# a toll told for regions ("in the Kyiv and Zhytomyr regions": no row, authors agree), over
# several days ("Three days, four cities, at least 23 dead") or abroad ("in eastern Poland")
_NOT_WIDE = ("region", "Oblast", "oblast", " days", "weekend", " week", "Poland", "Polish",
             "Moldova", "Romania", "Belarus")
# "killing two people in Odesa": one place's toll
_ONE_PLACE = re.compile(r"\s*(?:[a-z]+\s+){0,2}?in\s+[A-Z]")
_WORD = re.compile(r"[\w\-]+")     # the figure's word, whose end _ONE_PLACE reads from


def wide_lead_tolls(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Give the opening sentences' toll, told for several places or none, to the country row."""
    wave = the_wave(drafts)
    if wave is None or wave.level != "country":
        return
    places = [d for d in drafts if d.kind == "impact"]
    # a sum over places needs two places told of the field (the cheap test, before any reading)
    told = [f.field for d in places for f in {g.field: g for _, g in d.figures}.values()]
    have = {f.field for _, f in wave.figures} | {
        x for x in ("killed", "injured") if told.count(x) < 2}
    if {"killed", "injured"} <= have:
        return
    for k, s in enumerate(sents[:_LEAD]):
        owners = [d for d in places if k in d.sents]
        if len(owners) == 1:
            return
        if any(w in s.text for w in _NOT_WIDE):
            continue
        elsewhere: list[Figure] | None = None    # the places' figures told outside s
        for f in find_casualties(s.text):
            if f.field in have or f.kind != "plain" or f.value <= 0 \
                    or _ONE_PLACE.match(s.text, _word_end(s.text, f.pos)) \
                    or "dozen" in s.text[f.pos:f.pos + 24]:
                continue
            if elsewhere is None:
                elsewhere = [g for d in places for _, g in split_at(d.figures, s)[1]]
            own = [g.value for g in elsewhere if g.field == f.field]
            if own and f.value > max(own):
                to_country(wave, [(s.start + f.pos, f)])
                have.add(f.field)


def _word_end(text: str, pos: int) -> int:
    """Offset just past the word (the figure) starting at pos."""
    m = _WORD.match(text, pos)
    return m.end() if m else pos

"""Where a local official's "no one was hurt" goes when a country row gave it up (1.27.0).

`zeros.drop_local_zeros` takes from an air force's or a ministry's country row the zero a
governor, a mayor or "our air defence" told of one place. Before 1.27.0 that zero then went
nowhere, so the place's own row lost it: a governor's count of drones downed over his region
followed by his quote "There were no casualties", or "X authorities reported no casualties"
after a ministry's list naming X's region. The speaker speaks for the place he is named with,
so the zero goes to that place's row: the row of a place the zero's sentence (or the sentence
before it in its paragraph) names, else, when neither names one, the last row told before it in
that paragraph or the one before. Only a row with no figure of that field takes it; a zero
never outranks a count.

Likewise a zero told "there" of a place ("In X, fragments fell in a courtyard. Nobody was hurt
there") that went to the row before, another town's which counts wounded, was dropped by
`zeros.drop_contradicted_zeros`; it goes to the row of the place it was told of, when that place
has one.
"""

from __future__ import annotations

from .casualties import Figure
from .places import Mention, find_places
from .rows import Draft
from .sentences import Sentence, sentence_at


def _named(k: int, sents: list[Sentence], ctx: list[str]):
    here = find_places(sents[k].text, ctx)
    if not here and k and sents[k - 1].para == sents[k].para:
        here = find_places(sents[k - 1].text, ctx)
    return here


def _owner(k: int, drafts: list[Draft], sents: list[Sentence], ctx: list[str]) -> Draft | None:
    rows = [d for d in drafts if d.kind == "impact" and d.level != "country"]
    named = _named(k, sents, ctx)
    if named:
        for m in named:     # the place's own row, else its region's
            same = [d for d in rows if d.admin1 == m.admin1 and d.location == m.location]
            if not same and m.level == "settlement":
                same = [d for d in rows if d.admin1 == m.admin1 and d.level == "admin1"]
            if len(same) == 1:
                return same[0]
        return None
    told = [d for d in rows if any(j < k for j in d.sents)]
    if not told:
        return None
    last = max(told, key=lambda d: max(j for j in d.sents if j < k))
    j = max(j for j in last.sents if j < k)
    return last if sents[k].para - sents[j].para <= 1 else None


def rehome_zeros(dropped: list[tuple[int, Figure]], drafts: list[Draft],
                 sents: list[Sentence], ctx: list[str]) -> None:
    """Give each zero a country row gave up to the row of the place its speaker spoke of."""
    for pos, f in dropped:
        k = sentence_at(sents, pos)
        if k is None:
            continue
        d = _owner(k, drafts, sents, ctx)
        if d is not None and not any(g.field == f.field for _, g in d.figures):
            d.figures.append((pos, f))


def give_to_place(moved: list[tuple[int, Figure, Mention]], drafts: list[Draft]) -> None:
    """Give each zero taken from another town's row to the row of the place it was told of."""
    for pos, f, m in moved:
        rows = [d for d in drafts if d.kind == "impact" and d.admin1 == m.admin1
                and d.location == m.location]
        if len(rows) == 1 and not any(g.field == f.field for _, g in rows[0].figures):
            rows[0].figures.append((pos, f))

"""The one more weapon shot down after a place's hits is that place's (1.39.0).

"Three Iskander-M missiles hit the centre of the city ... A fourth missile was shot down, the
air force said": four missiles came at the place, one was downed (GUIDELINES 2: the weapons used
against one place go into its row). `tallies` reads "A second missile was shot down" as two
launched and one downed since 1.13.0, now up to "sixth"; where the sentence names a speaker of
its own ("the air force said") the count opened a country row, so the place kept only its hits.
`ordinal_downed` moves such a count to the one place row told in the two sentences before, whose
hits are one fewer than the ordinal and which has no interceptions.
"""

from __future__ import annotations

from .rows import Draft
from .sentences import Sentence
from .tallies import NTH_WORDS

# "A fourth ", "The third ", "Another second ": the openings of `tallies._SECOND_DOWNED` it joins
_ORDINALS = tuple(f"{a} {w} " for a in ("A", "The") for w in NTH_WORDS) + ("Another second ",)


def ordinal_downed(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Join an ordinal's count ("A fourth missile was shot down") to the place it belongs to."""
    for p in [d for d in drafts if d.kind == "wave" and d.counts and not d.figures]:
        i = min(p.sents)
        if len(p.sents) != 1 or not sents[i].text.startswith(_ORDINALS):
            continue
        n, down = p.count("launched"), p.count("intercepted")
        if n is None or down != 1:
            continue
        told = [d for d in drafts if d.kind == "impact" and d.count("intercepted") is None
                and d.count("launched") == n - 1 and any(i - 2 <= k < i for k in d.sents)]
        if len(told) != 1:
            continue
        told[0].counts += p.counts
        told[0].sents = sorted(set(told[0].sents) | {i})
        drafts.remove(p)

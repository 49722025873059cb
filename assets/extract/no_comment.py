"""A place named only in a side's silence about a strike is no new place struck (1.39.0,
spurious rows).

"Kiev has not commented on the Lisichansk strike"; "Russian officials did not comment on the
strike on Zaporizhzhia"; "The Kremlin did not comment on the Uman strike"; "Russia's defence
ministry made no comment on the Kherson attack". The strike was told before (or elsewhere), and
the sentence only says a side is silent about it; with no figure and no day of its own, its
place became a row of the publication day beside the strike's own row. A place inside the
clause opened by "did / has not comment(ed) on", "declined / refused to comment on" or "(made)
no comment on" is dropped; the clause ends at "but" or ";" ("did not comment on the Tatarstan
attacks but said three drones had been destroyed over the Belgorod region" keeps Belgorod).
"""

from __future__ import annotations

import re

from .cued_places import cued_filter
from .places import Mention

# the silence, then the rest of its clause up to the place (no "but", no ";" between)
_SILENT_ON = re.compile(
    r"\b(?:(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)?"
    r"comment(?:ed)?|(?:declined|refused)\s+to\s+comment|(?:made\s+)?no\s+(?:immediate\s+)?"
    r"comment)\s+on\b(?:(?!\bbut\b)[^;])*$")


def silent_on(text: str, m: Mention) -> bool:
    """m, named by its name, is named only in a side's silence about a strike (read once text
    holds "comment"). "the capital" is left: "did not comment on the attack on the capital's
    refinery" is the only mention that keeps one matched row (unseen19 xa19) whose strike
    sentence ("crashed into the Moscow Oil Refinery") is not read as the city's."""
    return text[m.start:m.start + 1].isupper() and bool(
        _SILENT_ON.search(text, max(0, m.start - 100), m.start))


# places without those named only in a side's silence about a strike
without_no_comment = cued_filter(("comment",), silent_on)

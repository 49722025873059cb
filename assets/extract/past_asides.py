"""A day told inside a place's aside about its past strikes dates the past, not the row (1.38.0).

"Strikes were also reported in Zaporizhzhia, which had already been shelled on Sunday, and in
Kharkiv"; "Missiles also hit Zaporizhzhia, already battered by strikes in recent days, damaging
a residential building"; "Vovchansk, the border town that has been under near-constant fire
since the offensive began on May 10". The day (or the vague span) in the aside gave the new
strike its date, or none. An aside opening with a perfect tense ("which had already been",
"that has been") or with "already", up to its closing comma, is background, so its dates are
dropped; the older `_outside_asides` only reads ", where" / ", which" asides without a strike
verb, and "shelled" is one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import DateExpr

# an aside in the perfect tense or with "already", after a name or "town" / "city" / "village" /
# "region" (not "32 people, ..., had been injured when drones hit ... late on Tuesday", nor "a
# missile that had been shot down"); any verb, unlike `extractor._STRUCK_ASIDE` (a strike verb
# after ", which has been", cut before the extractor reads background cues)
_PERFECT_ASIDE = re.compile(r"(?:\b[A-Z][\w'’\-]+|\b(?:town|city|village|region))"
                            r"(?P<aside>(?:,\s+(?:which\s+|that\s+)?|\s+(?:which|that)\s+)"
                            r"(?:(?:has|had|have)\s+(?:already\s+)?been|already)\b[^,;]*)")


def drop_past_aside_dates(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """The dates of a sentence outside its asides about a place's past strikes."""
    spans = [m.span("aside") for m in _PERFECT_ASIDE.finditer(text)]
    return [d for d in dates if not any(a <= d.start < b for a, b in spans)] if spans else dates

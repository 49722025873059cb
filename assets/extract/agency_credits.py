"""A news agency's credit after a dateline names no place (1.41.0).

"MOSCOW, May 21. /Vostok Info/.", "BELGOROD, May 13. /Severnaya Pravda/.": the agency's name
between slashes opens the story, and a word of it that the gazetteer also holds (the village of
Vostok in Primorsky Krai, Severka in Sakhalin Oblast) is no place of the sentence.
"""

from __future__ import annotations

import re

# "/Name Words/" standing alone: after the start, a space or a full stop, before a full stop, a
# space or the end
_CREDIT = re.compile(r"(?:^|(?<=[\s.]))/[A-Z][^/\n]{0,40}/(?=[\s.]|$)")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """The spans of text's agency credits ("/TASS/", "/Vostok Info/")."""
    return [m.span() for m in _CREDIT.finditer(text)] if "/" in text else []


def in_credit(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of spans."""
    return any(s < start and end < e for s, e in spans)

"""Lowercased sentence text for substring tests that stand in for case-insensitive regexes.

`"shot down" in text.lower()` is what `re.search("shot down", text, re.I)` answers, and costs far
less, as long as lowercasing keeps every offset and no non-ASCII character of the text matches an
ASCII letter case-insensitively (the long s, the Kelvin sign): `lowered` returns None otherwise,
and callers fall back to their regex.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _folding() -> re.Pattern[str]:
    """Non-ASCII characters that match an ASCII letter case-insensitively (the long s, the Kelvin
    sign, ...): a text holding one is scanned the slow way."""
    odd = [c for c in map(chr, range(0x80, 0x10000)) if re.fullmatch("[a-z]", c, re.I)]
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "]")


def lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset and a case-insensitive match of ASCII words
    equals a substring test on it; else None (callers then run their regex)."""
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _folding().search(text)):
        return None
    return low


def any_word(rx: re.Pattern[str], words: tuple[str, ...], text: str) -> bool:
    """bool(rx.search(text)) for an rx (IGNORECASE) that is the alternation of the lowercase
    literals in words: a few substring tests instead of a regex scan."""
    low = lowered(text)
    if low is None:
        return bool(rx.search(text))
    return any(w in low for w in words)


def gated(rx: re.Pattern[str], words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """rx.search(text) for a case-insensitive rx none of whose matches lacks one of the lowercase
    literals in words: the regex runs only when one of them occurs."""
    low = lowered(text)
    if low is not None and not any(w in low for w in words):
        return None
    return rx.search(text)

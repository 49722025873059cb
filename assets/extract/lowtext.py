"""Lowercased sentence text for substring tests that stand in for case-insensitive regexes.

`"shot down" in text.lower()` is what `re.search("shot down", text, re.I)` answers, and costs far
less, as long as lowercasing keeps every offset and no non-ASCII character of the text matches an
ASCII letter case-insensitively (the long s, the Kelvin sign): `lowered` returns None otherwise,
and callers fall back to their regex.

While an article is extracted (`begin` ... `end`), the lowercased form of each text is computed
once, and `narrow` drops from a tuple of literals those absent from the whole article: a literal
missing from the article is missing from each of its sentences, so a sentence's tests need only
the rest. That pays for literal lists tested many times per sentence (weapon keys, number-phrase
starts); the one-test gates (`any_word`, `gated`) test the sentence directly. Nothing is kept
from one article to the next.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from . import caseless
from .caseless import folding

T = TypeVar("T")


@lru_cache(maxsize=1)
def _folding() -> re.Pattern[str]:
    """Non-ASCII characters that match an ASCII letter case-insensitively (the long s, the Kelvin
    sign, ...): a text holding one is scanned the slow way."""
    return re.compile("[" + "".join(re.escape(c) for c in sorted(folding())) + "]")


class _Scope:
    """The article being extracted: its lowercased text, its sentences, per-article memos."""

    def __init__(self, text: str, parts: list[str]) -> None:
        self.text = text
        self.low = text.lower()
        self.parts = set(parts)
        self.blanked: set[str] = set()
        self.lows: dict[str, str | None] = {}
        self.words: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.found: dict[re.Pattern[str], bool] = {}
        self.memo: dict[object, object] = {}


_SCOPE: list[_Scope] = []


def begin(text: str, parts: list[str]) -> None:
    """Start extracting an article; parts are substrings of text (its sentences)."""
    _SCOPE[:] = [_Scope(text, parts)]


def end() -> None:
    """Forget the article (nothing is carried over to the next one)."""
    _SCOPE.clear()


def narrow(words: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The literals of words that can occur in text.lower(): all of them, unless text is a part
    of the current article, when ASCII literals absent from the article's lowercased text go (a
    part's lowercased text is a substring of the article's, up to the final-sigma rule, which
    touches no ASCII letter). Literals holding a space are kept (callers may test them against
    a text whose whitespace they changed)."""
    if not _SCOPE:
        return words
    sc = _SCOPE[0]
    if text not in sc.parts and text not in sc.blanked:
        return words
    got = sc.words.get(words)
    if got is None:
        low = sc.low
        got = sc.words[words] = tuple([w for w, kept in _tested(words) if kept or w in low])
    return got


@lru_cache(maxsize=64)
def _tested(words: tuple[str, ...]) -> tuple[tuple[str, bool], ...]:
    """Each literal of words and whether `narrow` keeps it untested (a fact of the vocabulary,
    found once, not once per article)."""
    return tuple((w, not w.isascii() or " " in w) for w in words)


def blanked(text: str, source: str) -> str:
    """text, a copy of source (a part of the current article) with some characters replaced by
    spaces or non-ASCII marks: `narrow` may treat it as a part (an ASCII literal without a space
    that occurs in it occurs in source at the same offset). Returns text."""
    if _SCOPE and text is not source and (source in _SCOPE[0].parts
                                           or source in _SCOPE[0].blanked):
        _SCOPE[0].blanked.add(text)
    return text


def per_article(key: object, text: str, build: Callable[[], T]) -> T | None:
    """build(), computed once per article, when text is a part of the current article; else
    None (the caller then works on text alone). build must give the same for every part (it may
    use `narrow` and `in_article`, which answer for the whole article)."""
    if not _SCOPE or text not in _SCOPE[0].parts:
        return None
    sc = _SCOPE[0]
    if key not in sc.memo:
        sc.memo[key] = build()
    return sc.memo[key]      # type: ignore[return-value]


def article_text(text: str) -> str:
    """The current article's text when text is one of its parts, else text."""
    return _SCOPE[0].text if _SCOPE and text in _SCOPE[0].parts else text


def in_article(rx: re.Pattern[str], text: str) -> bool:
    """False when text is a part of the current article and rx finds nothing in the whole
    article; else True. Only for patterns without anchors, lookarounds or \\b, whose matches in
    a part are matches in the article."""
    if not _SCOPE or text not in _SCOPE[0].parts:
        return True
    sc = _SCOPE[0]
    if rx not in sc.found:
        sc.found[rx] = bool(rx.search(sc.text))
    return sc.found[rx]


def lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset and a case-insensitive match of ASCII words
    equals a substring test on it; else None (callers then run their regex)."""
    low = caseless.lowered(text)    # (the patterns' memo: when it has a form, it is this one)
    if low is not None:
        return low
    if _SCOPE:
        lows = _SCOPE[0].lows
        low = lows.get(text, text)     # (text itself: not lowered yet)
        if low is text:
            low = lows[text] = _lowered(text)
        return low
    return _lowered(text)


def _lowered(text: str) -> str | None:
    low = text.lower()
    if len(low) != len(text) or (not text.isascii() and _folding().search(text)):
        return None
    return low


def any_word(rx: re.Pattern[str], words: tuple[str, ...], text: str) -> bool:
    """bool(rx.search(text)) for an rx (IGNORECASE) that is the alternation of the lowercase
    literals in words: a few substring tests instead of a regex scan (on the text itself, not
    narrowed: a gate tested once per sentence costs less so than scanning the article first)."""
    low = lowered(text)
    if low is None:
        return bool(rx.search(text))
    for w in words:
        if w in low:
            return True
    return False


def gated(rx: re.Pattern[str], words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """rx.search(text) for a case-insensitive rx none of whose matches lacks one of the lowercase
    literals in words: the regex runs only when one of them occurs."""
    low = lowered(text)
    if low is not None:
        for w in words:
            if w in low:
                return rx.search(text)
        return None
    return rx.search(text)

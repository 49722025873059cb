"""Numbers as articles write them: digits, words ("two", "a dozen", "three dozen"), qualifiers.

"at least 60" gives 60, "almost 20" and "dozens" give None (GUIDELINES 1). The vocabulary is in
data/numbers.json. Written by hand rather than with a number-words library because only the small
closed set of casualty/launch phrasings matters here and the qualifier rules are project-specific.
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from pathlib import Path

from .lowtext import lowered

DATA = Path(__file__).parent / "data" / "numbers.json"


@lru_cache(maxsize=1)
def vocab() -> dict:
    return json.loads(DATA.read_text(encoding="utf-8"))


def _alt(words: list[str]) -> str:
    """Alternation of words (longest first, a space matching any whitespace run) written as a
    trie ("s(?:even(?:t(?:een|y))?|ix...)"): the same matches, tried in the same order (only one
    branch of a node can match, and a longer word before its prefix), but a failing position
    costs one branch test instead of one per word, which is what makes number scans cheap."""
    trie: dict = {}
    for w in sorted(words, key=len, reverse=True):
        node = trie
        for sym in re.findall(r"\s+|.", w):
            node = node.setdefault(r"\s+" if sym.isspace() else re.escape(sym), {})
        node[""] = {}
    return _trie(trie)


def _trie(node: dict) -> str:
    branches = [sym + _trie(child) for sym, child in node.items() if sym]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def num_pattern() -> str:
    """Regex source (no groups) of a number with its optional qualifier."""
    v = vocab()
    units = _alt([u for u in v["units"] if u not in ("a", "an", "both", "single")])
    tens = _alt(list(v["tens"]))
    word = (rf"(?:(?:{tens})(?:[\s-](?:{units}))?|(?:{units}))"
            rf"(?:\s+(?:hundred|thousand|dozen))?")
    digits = (r"(?<![\w:.,$£€-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d:.,]\d)"
              r"(?!\s*(?:-|%|percent|per cent))")
    quals = _alt(v["exact_qualifiers"] + v["null_qualifiers"])
    return rf"(?:(?:{quals})\s+)?(?:{digits}|\b{word}\b)(?![\w-])"


@lru_cache(maxsize=1)
def num_re() -> re.Pattern[str]:
    return re.compile(num_pattern(), re.IGNORECASE)


@cache
def words_up_to(n: int) -> tuple[str, ...]:
    """The number words of one to n ("one" ... "twenty"), in their order, as data/numbers.json
    spells them, for a pattern that reads small counts by their words alone."""
    v = vocab()
    words = {**v["units"], **v["tens"]}
    return tuple(sorted((w for w, k in words.items() if 1 <= k <= n and " " not in w
                         and w not in ("a", "an", "single", "both")), key=words.get))


@lru_cache(maxsize=1)
def _words() -> tuple[str, ...]:
    v = vocab()
    words = [w for w in list(v["units"]) + list(v["tens"]) + list(v["multipliers"])
             if w not in ("a", "an", "both", "single")]
    return tuple(sorted({w.split()[-1] for w in words}))


def has_number(text: str) -> bool:
    """Cheap gate: a digit or a number word occurs (lowercased substring test)."""
    low = lowered(text)
    if low is None:
        return bool(_number_gate().search(text))
    if has_digit(text):
        return True
    for w in _words():
        if w in low:
            return True
    return False


_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def has_digit(text: str) -> bool:
    """_DIGIT.search(text) is not None. In ASCII text `\\d` can only be 0-9, and ten substring
    tests cost a fifth of sre's category test at every offset (dev sentences: 0.66 -> 0.14 ms per
    pass); any other text keeps the regex (other scripts' digits)."""
    if text.isascii():
        for d in _ASCII_DIGITS:
            if d in text:
                return True
        return False
    return _DIGIT.search(text) is not None


@lru_cache(maxsize=1)
def _number_gate() -> re.Pattern[str]:
    return re.compile(r"\d|" + "|".join(re.escape(w) for w in _words()), re.I)


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Null and exact qualifiers, each with its trailing space, longest first."""
    v = vocab()
    return (tuple(q + " " for q in sorted(v["null_qualifiers"], key=len, reverse=True)),
            tuple(q + " " for q in sorted(v["exact_qualifiers"], key=len, reverse=True)))


_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"[\d,]+")
_PARTS = re.compile(r"[\s-]+")


def parse_number(text: str) -> int | None:
    """Value of a matched number phrase, or None when vague or hedged ("almost 20")."""
    v = vocab()
    s = _SPACES.sub(" ", text.strip().lower())
    null, exact = _qualifiers()
    if s.startswith(null):
        return None
    for q in exact:
        if s.startswith(q):
            s = s[len(q):]
            break
    if s in v["vague"]:
        return None
    if _DIGITS.fullmatch(s):
        return int(s.replace(",", ""))
    total, current = 0, 0
    units, tens, mult = v["units"], v["tens"], v["multipliers"]
    for part in _PARTS.split(s):
        if part in units:
            current += units[part]
        elif part in tens:
            current += tens[part]
        elif part in mult:
            current = max(current, 1) * mult[part]
            if mult[part] >= 1000:
                total, current = total + current, 0
        elif part in ("a", "an"):
            current += 1
        else:
            return None
    return total + current if (total + current) or s == "zero" else None


def find_numbers(text: str) -> list[tuple[int, int, int | None]]:
    """All number phrases in text as (start, end, value)."""
    return [(m.start(), m.end(), parse_number(m.group())) for m in num_re().finditer(text)]

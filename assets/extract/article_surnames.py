"""A town's name the article gives as a person's surname is the person throughout the article
(1.36.0, names).

"regional governor Alexander Gusev said ...", then "Gusev wrote on Telegram", "Gusev's
statement made no mention of the airfield": `places._surname` reads the first (a given name
before the name), but the bare surname later in the article was the town of Gusev (Kaliningrad
Oblast), and "blasts heard in the town" in the sentence of "Gusev's statement" became a row
there. The surnames are the place names (under 100,000 people: "Oleg Nikolayev" leaves
Nikolayev, the city of Mykolaiv, a city) that follow a given name of data/first_names.txt
somewhere in the article; each of their bare mentions is the person (Gusev, Smirnov,
Trukhanov: governors and mayors of several articles).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .gazetteer import load, norm
from .lowtext import article_text, per_article

# a capitalized word and the name after it; the word's own start is tested in `_surnames` (a
# pattern opening with a capital lets sre skip to the capitals: twice as fast as one opening
# with \b, same matches: a match's first word holds no capital after its first letter)
_PAIR = re.compile(r"([A-Z][a-z]+) (?=([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b)")
_CITY = 100_000


def _surnames(text: str, given: frozenset[str]) -> frozenset[str]:
    g = load()
    out = set()
    for m in _PAIR.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] == "_"):
            continue    # not a word's start (what \b tests)
        if m.group(1).lower() in given:
            key = norm(m.group(2))
            cands = g.settlements.get(key)
            if cands and max(c.population for c in cands) < _CITY:
                out.add(key)
    return frozenset(out)


def article_surnames(text: str, given: Callable[[], frozenset[str]]) -> frozenset[str]:
    """The normalized surnames of the article of sentence text (of text alone outside one)."""
    got = per_article(article_surnames, text, lambda: _surnames(article_text(text), given()))
    return _surnames(text, given()) if got is None else got


def is_article_surname(key: str, text: str, given: Callable[[], frozenset[str]]) -> bool:
    """key (a normalized settlement name) is a surname of the article of sentence text.

    Only a name all of whose towns have under 100,000 people can be one (what `_surnames`
    keeps), so the article is read only when such a name is tested.
    """
    cands = load().settlements.get(key)
    if not cands or max(c.population for c in cands) >= _CITY:
        return False
    return key in article_surnames(text, given)

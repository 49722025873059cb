"""A toll told of the region around a city that is a region of its own (1.28.0).

Moscow (and Kyiv, admin1 "Kyiv City") is a region by itself, ringed by another region (Moscow
Oblast, Kyiv Oblast). Reports of an attack on the capital tell the toll of the ring by pointing
at it rather than naming it: "killing three people and injuring 18 in the region around the
Russian capital", "killing two people in the surrounding region", "Ukraine attacked Moscow and
the surrounding region, killing two", "the region's governor said two were killed and 18
injured across the region". The city is the sentence's only place, so the figure went to the
city's row; it is not the city's. Told of the ring, it goes to the row of the region around the
city; told of the city and its ring together, it is a sum of places (the towns the report goes
on to name), so it goes to the ring's row only if the article has one, else nowhere. The sentence
must name the city: "the region, which surrounds the capital" alone may have been read as
another country's capital.
"""

from __future__ import annotations

import re

from .casualties import Figure
from .gazetteer import load
from .rows import Draft
from .sentences import Sentence, sentence_at

# after the figure: "... in the region around the Russian capital", "in the surrounding region",
# "across the region"
_AFTER = re.compile(r"[^.;]{0,60}?\b(?:in|across) the (?:surrounding (?:region|area)|"
                    r"(?:region|area) (?:around|surrounding) (?:the (?:[A-Z][\w\-]+ )?"
                    r"(?:capital|city)|it)|region)\b")
# before it: "attacked Moscow and the surrounding region overnight, killing two"
_BEFORE = re.compile(r"\b(?:and|or) the surrounding (?:region|area)\b[^.;]{0,60}$")
_WORDS = ("surrounding", " around ", "across the region", "in the region")


def surrounding_region(row: Draft) -> str | None:
    """The region around row's city when the city is a region of its own."""
    if row.kind != "impact" or row.level != "settlement" or not row.location:
        return None
    name = "Kyiv Oblast" if row.admin1 == "Kyiv City" else (
        f"{row.location} Oblast" if row.admin1 == row.location else None)
    return name if name and name in load().by_admin1 else None


def ring_figures(row: Draft, sents: list[Sentence]
                 ) -> list[tuple[int, bool, tuple[int, Figure]]]:
    """(sentence index, told of the ring itself, figure) of row's figures told of the region
    around its city: of the ring itself ("in the region around the capital", "across the
    region"), or of the city and its ring together ("Moscow and the surrounding region")."""
    out = []
    for p, f in row.figures:
        if f.kind == "zero" or (k := sentence_at(sents, p)) is None:
            continue
        text, at = sents[k].text, p - sents[k].start
        if not any(w in text for w in _WORDS) or row.location not in text and not (
                "the capital" in text and any(row.location in s.text for s in sents[:k])):
            continue    # (the city by name: "the capital" alone may be another country's,
            # unless the article named the city before: 1.36.0)
        if _AFTER.match(text, at):
            out.append((k, True, (p, f)))
        elif _BEFORE.search(text[:at]):
            out.append((k, False, (p, f)))
    return out

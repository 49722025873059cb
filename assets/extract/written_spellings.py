"""A place with two common English spellings keeps the one the article wrote (1.34.0).

Most variant spellings have a canonical name ("Kiev" is Kyiv, "Volchansk" is Vovchansk), but a
Russian town like Grayvoron is as often written Graivoron, and neither is the more canonical:
the gold rows of the tuning sets follow the article (14 Graivoron and 17 Grayvoron rows each
as their article spells it, one exception). data/written_spellings.txt lists such places; a
settlement mention of one, written in a listed spelling, takes that spelling as its location.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .gazetteer import norm

if TYPE_CHECKING:
    from .places import Mention


@lru_cache(maxsize=1)
def written_spellings() -> dict[tuple[str, str], str]:
    """(gazetteer name, normalized spelling) -> the spelling as listed."""
    path = Path(__file__).parent / "data" / "written_spellings.txt"
    out: dict[tuple[str, str], str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names = [n.strip() for n in line.split("|") if n.strip()]
            for n in names:
                out[(names[0], norm(n))] = n
    return out


def as_written(text: str, m: Mention) -> Mention:
    """m with the article's spelling as its location when data/written_spellings.txt lists it
    for m's place; else m unchanged."""
    if m.level != "settlement" or m.location is None:
        return m
    spelled = written_spellings().get((m.location, norm(text[m.start:m.end])))
    return m if spelled is None or spelled == m.location else replace(m, location=spelled)


@lru_cache(maxsize=1)
def gate() -> tuple[str, ...]:
    """Every listed spelling as written: a sentence holding none needs no look-up."""
    return tuple(set(written_spellings().values()))

"""What the casualty and tally finders give for one sentence, as tuples the rule tests compare."""

from __future__ import annotations

from assets.extract.casualties import find_casualties
from assets.extract.tallies import find_tallies


def figures(text: str) -> list[tuple[str, int, str]]:
    """(field, value, kind) of each casualty figure."""
    return [(f.field, f.value, f.kind) for f in find_casualties(text)]


def figure_values(text: str) -> list[tuple[str, int]]:
    """(field, value) of each casualty figure."""
    return [(f.field, f.value) for f in find_casualties(text)]


def tallies(text: str) -> list[tuple[str, str, int]]:
    """(field, weapon type, value) of each launch/interception count."""
    return [(c.field, c.wtype, c.value) for c in find_tallies(text)]

"""Weapon class and model names of a text span, from the vocabulary in data/weapons.csv.

Classes combine per GUIDELINES 10: drones plus missiles (or rockets plus missiles) are "mixed";
"artillery" only when shelling is the only weapon named; nothing named gives "unknown".
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def _vocab() -> list[tuple[re.Pattern[str], str, str]]:
    with (DATA / "weapons.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return [(re.compile(r["pattern"], re.I), r["class"], r["model"]) for r in rows]


@lru_cache(maxsize=1)
def _gate() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{rx.pattern})" for rx, _, _ in _vocab()), re.I)


def find_weapons(text: str) -> tuple[set[str], list[str]]:
    """Weapon classes and normalized model names (in text order) named in text."""
    classes: set[str] = set()
    models: list[tuple[int, str]] = []
    if not _gate().search(text):
        return classes, []
    taken: list[tuple[int, int]] = []
    for rx, cls, model in _vocab():
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            classes.add(cls)
            if model:
                models.append((m.start(), model.format(*m.groups())))
    seen: list[str] = []
    for _, name in sorted(models):
        if name not in seen and not any(s.startswith(name) for s in seen):
            seen.append(name)
    return classes, seen


def weapon_class(classes: set[str]) -> str:
    """One schema weapon value for a set of classes."""
    air = classes - {"artillery"}
    if "missile" in air and ("drone" in air or "rocket" in air):
        return "mixed"
    if "drone" in air and "glide_bomb" in air:
        return "mixed"
    for c in ("drone", "missile", "glide_bomb"):
        if c in air:
            return c
    if classes & {"artillery", "rocket"}:
        return "artillery"
    return "unknown"


@lru_cache(maxsize=1)
def _targets() -> list[tuple[re.Pattern[str], str]]:
    with (DATA / "targets.csv").open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return [(re.compile(r["pattern"], re.I), r["target_type"]) for r in rows]


def target_type(text: str) -> str:
    """The first stated target type in vocabulary order, else "unknown"."""
    for rx, kind in _targets():
        if rx.search(text):
            return kind
    return "unknown"

"""Weapon class and model names of a text span, from the vocabulary in data/weapons.csv.

Classes combine per GUIDELINES 10: drones plus missiles (or rockets plus missiles) are "mixed";
"artillery" only when shelling is the only weapon named; nothing named gives "unknown".
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from .caseless import wrap
from .lowtext import narrow

DATA = Path(__file__).parent / "data"
# a row whose place was hit by drones and artillery told in one phrase (`drone_shelling`, 1.39.0)
JOINT = "drones_with_artillery"


@lru_cache(maxsize=1)
def _table() -> list[dict[str, str]]:
    with (DATA / "weapons.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


@lru_cache(maxsize=1)
def _vocab() -> list[tuple[re.Pattern[str], str, str]]:
    return [(wrap(re.compile(r["pattern"], re.I)), r["class"], r["model"]) for r in _table()]


@lru_cache(maxsize=1)
def _keys() -> tuple[str, ...]:
    """Literal words one of which must occur for any vocabulary entry to match."""
    return tuple(sorted({k for r in _table() for k in r["key"].split("|")}))


@lru_cache(maxsize=1)
def _by_key() -> dict[str, tuple[int, ...]]:
    """Key word -> the vocabulary entries (indices) it gates."""
    index: dict[str, list[int]] = {}
    for k, r in enumerate(_table()):
        for key in r["key"].split("|"):
            index.setdefault(key, []).append(k)
    return {key: tuple(ks) for key, ks in index.items()}


def present_keys(text: str) -> tuple[str, ...] | None:
    """The key words that occur in text.lower(), when they are all that can occur in a part of
    it (lowercasing maps each character to one, so a part's lowercase form is a part of text's);
    else None."""
    low = text.lower()
    if len(low) != len(text):
        return None
    return tuple(k for k in narrow(_keys(), text) if k in low)


def find_weapons(text: str, keys: tuple[str, ...] | None = None) -> tuple[set[str], list[str]]:
    """Weapon classes and normalized model names (in text order) named in text; keys: the key
    words that can occur in text (`present_keys` of a text it is part of), else all.

    Only the entries whose key word occurs are run, in vocabulary order; a span taken by an
    earlier entry (a model name) is not matched again by a later one (a class word)."""
    classes: set[str] = set()
    low = text.lower()
    present = {k for k in (narrow(_keys(), text) if keys is None else keys) if k in low}
    if not present:
        return classes, []
    vocab = _vocab()
    models: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    by_key = _by_key()
    for k in sorted({k for key in present for k in by_key[key]}):
        rx, cls, model = vocab[k]
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
    if "drone" in air and ("glide_bomb" in air or JOINT in air):
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
        return [(wrap(re.compile(r["pattern"], re.I)), r["target_type"]) for r in rows]


@lru_cache(maxsize=1)
def _targets_gate() -> re.Pattern[str]:
    return wrap(re.compile("|".join(f"(?:{rx.pattern})" for rx, _ in _targets()), re.I))


def target_type(text: str) -> str:
    """The first stated target type in vocabulary order, else "unknown"."""
    if not _targets_gate().search(text):
        return "unknown"
    for rx, kind in _targets():
        if rx.search(text):
            return kind
    return "unknown"

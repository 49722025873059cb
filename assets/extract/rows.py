"""An incident under construction: the figures gathered for one place and date in one article,
and how they are settled into single values (latest update, else the largest plain figure).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .casualties import Figure
from .rocket_counts import count_types
from .tallies import Count
from .weapons import weapon_class


@dataclass
class Draft:
    """One row being built; `sents` are indices of the sentences that contributed."""

    kind: str
    country: str
    admin1: str | None
    iso: str | None
    location: str | None
    lat: float
    lon: float
    level: str
    event_date: date | None
    precision: str
    date_strength: int
    attacker: str
    sents: list[int] = field(default_factory=list)
    figures: list[tuple[int, Figure]] = field(default_factory=list)
    counts: list[Count] = field(default_factory=list)
    weapons: set[str] = field(default_factory=set)
    models: list[str] = field(default_factory=list)
    extra: set[str] = field(default_factory=set)
    extra_models: list[str] = field(default_factory=list)
    shared: set[str] = field(default_factory=set)     # named for several places at once
    shared_models: list[str] = field(default_factory=list)
    target: str = "unknown"
    whole: bool = False     # a region total ("the region came under attack"): never folded

    @property
    def key(self) -> tuple:
        return (self.kind, self.country, self.admin1, self.location, self.event_date,
                self.attacker)

    def add_weapons(self, classes: set[str], models: list[str], own: bool = True) -> None:
        """Weapons named with the place itself (own) or in follow-on sentences (extra)."""
        have, names = (self.weapons, self.models) if own else (self.extra, self.extra_models)
        have |= classes
        names += [m for m in models if m not in names]

    def add_shared(self, classes: set[str], models: list[str]) -> None:
        """Weapons of a sentence naming several places ("a missile and drone attack killed one
        in A and hit B"): the place's own sentence, if any, names its weapon better."""
        self.shared |= classes
        self.shared_models += [m for m in models if m not in self.shared_models]

    def clear_weapons(self, own: bool = True) -> None:
        """Forget the weapons the row borrowed (shared, extra) and, with own, its own: a row
        whose text names no weapon (`under_fire`, `region_tolls`, `aerial_targets`)."""
        if own:
            self.weapons, self.models = set(), []
        self.shared, self.shared_models = set(), []
        self.extra, self.extra_models = set(), []

    def merge(self, other: Draft) -> None:
        self.sents = sorted(set(self.sents) | set(other.sents))
        self.figures += other.figures
        self.counts += other.counts
        self.add_weapons(other.weapons, other.models)
        self.add_weapons(other.extra, other.extra_models, own=False)
        self.add_shared(other.shared, other.shared_models)
        if self.target == "unknown":
            self.target = other.target

    def figure(self, name: str) -> int | None:
        """Latest update if any; else the largest plain figure; else stale; else zero."""
        figs = [(pos, f) for pos, f in self.figures if f.field == name]
        if not figs:
            return None     # (what the rules below give for no figure, without their scans)
        for kind in ("update",):
            ups = [(pos, f.value) for pos, f in figs if f.kind == kind]
            more = sum(f.value for _, f in figs if f.kind == "more")
            if ups:
                return max(ups)[1] + more
        more = sum(f.value for _, f in figs if f.kind == "more")
        for kind in ("plain", "stale", "zero"):
            vals = [f.value for _, f in figs if f.kind == kind]
            if vals:
                return max(vals) + more
        return more or None

    def count(self, name: str) -> int | None:
        """Sum over weapon types of the largest count per type; a type counted only vaguely
        ("nearly 150 drones", value -1) makes the sum unknown."""
        if not self.counts:
            return None     # (what the rules below give for no count, without their scans)
        per: dict[str, int] = {}
        for c in self.counts:
            if c.field == name:
                per[c.wtype] = max(per.get(c.wtype, -1), c.value)
        if name == "intercepted" and any(c.field == "whole" for c in self.counts):
            for c in self.counts:   # "and all the drones": as many as launched (1.25.0)
                got = [o.value for o in self.counts if o.field == "launched" and o.wtype == c.wtype]
                if c.field == "whole" and c.wtype not in per and got:
                    per[c.wtype] = max(got)
        if "any" in per:    # a count with no weapon noun ("four of them") joins the one type
            typed = [k for k in per if k != "any"] or [
                c.wtype for c in self.counts if c.wtype != "any"][:1]
            if len(typed) == 1:
                per[typed[0]] = max(per.pop("any"), per.get(typed[0], -1))
        if "all" in per:    # "158 missiles and drones" beside its parts: the larger (1.23.0)
            whole = per.pop("all")
            if whole < 0 or any(v < 0 for v in per.values()):
                return None
            return max(whole, sum(per.values()))
        if any(v < 0 for v in per.values()):
            return None
        if name == "launched" and not per and self.kind == "impact":
            return self.count("hit")    # "two missiles hit the city" (GUIDELINES 2)
        if name == "intercepted" and not per and any(c.field == "rest" for c in self.counts):
            launched, hit = self.count("launched"), self.count("hit")
            return launched - hit if launched is not None and hit is not None else None
        return sum(per.values()) if per else None

    def _own(self) -> set[str]:
        types = {c.wtype for c in self.counts if c.field in ("launched", "intercepted")
                 and c.wtype not in ("any", "all")}
        types = count_types(self.weapons, types)   # "10 rockets shot down": no missile (1.32.0)
        return self.weapons | types

    def weapon(self) -> str:
        """Class of the weapons named with the place (alone, else with other places); else of
        those named after it."""
        return weapon_class(self._own() or self.shared or self.extra)

    def model_names(self) -> list[str]:
        return self.models if self._own() else (
            self.shared_models if self.shared else self.extra_models)

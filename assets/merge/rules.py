"""When two reports can describe the same incident: place, date and weapon compatibility.

Plain functions over `Group`s (mentions that share the extractor's natural key). The rules are
conservative: a wrong merge hurts more than a duplicate, so anything unsure stays apart and is
listed as a near-miss by `strikes merge-report`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

# Weapon classes that one combined overnight air attack is often reported by piecewise
# ("drones" in one report, "missiles and drones" in another): they do not conflict.
AIR_ATTACK = frozenset({"drone", "missile", "mixed"})
WEEK_DAYS = 6


@dataclass
class Group:
    """Mentions with the same natural key (or one mention whose date is not day-precise)."""

    key: str
    kind: str
    country: str
    admin1: str | None
    location: str | None
    geo_precision: str
    event_date: date | None
    date_precision: str
    attacker: str
    mention_ids: list[str] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    weapons: set[str] = field(default_factory=set)
    first_reported: str = "~"

    @property
    def day_dated(self) -> bool:
        return self.event_date is not None and self.date_precision == "day"

    @property
    def is_target(self) -> bool:
        """A precise impact (settlement, day) that vaguer reports may join."""
        return self.kind == "impact" and self.geo_precision == "settlement" and self.day_dated

    @property
    def is_coarse(self) -> bool:
        """A dated impact known only at oblast level or to the week/month."""
        return (self.kind == "impact" and not self.is_target and self.event_date is not None
                and self.geo_precision in ("settlement", "admin1")
                and self.date_precision in ("day", "week", "month"))

    def label(self) -> str:
        place = self.location or self.admin1 or self.country
        when = self.event_date.isoformat() if self.event_date else "no date"
        return f"{self.kind} {place} ({self.country}) {when}/{self.date_precision} by " \
               f"{self.attacker}"


def weapons_compatible(a: set[str], b: set[str]) -> bool:
    """Unknown fits anything; drones, missiles and 'mixed' fit each other; else equal."""
    known = (a | b) - {"unknown"}
    return len(known) <= 1 or known <= AIR_ATTACK


def place_inside(coarse: Group, fine: Group) -> bool:
    """The same settlement, or a settlement inside the oblast the coarse report names."""
    return (coarse.country == fine.country and coarse.admin1 is not None
            and coarse.admin1 == fine.admin1
            and (coarse.location is None or coarse.location == fine.location))


def date_within(coarse: Group, fine: Group) -> bool:
    """The precise date lies inside the vaguer report's precision (day: equal)."""
    if coarse.event_date is None or fine.event_date is None:
        return False
    if coarse.date_precision == "day":
        return coarse.event_date == fine.event_date
    if coarse.date_precision == "week":
        return abs((coarse.event_date - fine.event_date).days) <= WEEK_DAYS
    if coarse.date_precision == "month":
        return (coarse.event_date.year, coarse.event_date.month) == (
            fine.event_date.year, fine.event_date.month)
    return False


def date_window(coarse: Group) -> tuple[date, date] | None:
    """The first and last day a precise date may fall on for `date_within` to hold (None: no
    date does)."""
    d = coarse.event_date
    if d is None:
        return None
    if coarse.date_precision == "day":
        return d, d
    if coarse.date_precision == "week":
        return d - timedelta(days=WEEK_DAYS), d + timedelta(days=WEEK_DAYS)
    if coarse.date_precision == "month":
        after = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return date(d.year, d.month, 1), after - timedelta(days=1)
    return None


def why_not(coarse: Group, fine: Group) -> str | None:
    """None when the coarse report may join the precise one, else the reason it may not."""
    if (coarse.kind, coarse.country, coarse.attacker) != (fine.kind, fine.country, fine.attacker):
        return "different kind, country or attacker"
    if not place_inside(coarse, fine):
        return "different place"
    if not date_within(coarse, fine):
        return "date outside the reported precision"
    if not weapons_compatible(coarse.weapons, fine.weapons):
        return f"weapons conflict ({', '.join(sorted(coarse.weapons | fine.weapons))})"
    if coarse.articles & fine.articles:
        return "one article reports both separately"
    return None

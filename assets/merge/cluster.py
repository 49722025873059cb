"""Cluster mentions into incidents, deterministically and whatever the input order.

1. Mentions sharing the extractor's natural key (kind, country, admin1, location, event_date,
   attacker) with a day-precise date form one group: the same place, day and attacker is one
   incident, as the annotation guidelines define it. A mention without a day-precise date stays
   its own group (two undated reports of a town are not known to be the same strike).
2. A vaguer impact group (known only at oblast level, or dated only to the week or month) joins
   a precise one (settlement and day) when exactly one precise group is compatible with it
   (rules.why_not); with none or several it stays apart, and several are a near-miss.
3. Stable id: the incident takes the id of its earliest-reported group (ties: the smaller id);
   a group's id is the extractor's natural-key id, made unique per article for undated ones.
   So an incident keeps its id when later reports join it.
"""

from __future__ import annotations

import difflib
import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from assets.ids import incident_id_for
from assets.merge.rules import Group, date_window, date_within, place_inside, why_not

SIMILAR_NAMES = 0.75


@dataclass(frozen=True)
class Decision:
    """A merge made or a near-miss not made, for `strikes merge-report`."""

    merged: bool
    incident_id: str
    other_id: str
    reason: str
    detail: str


@dataclass
class Clustering:
    """mention_id -> incident_id, and the decisions taken on the way."""

    members: dict[str, str] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)


def _group_key(m: dict) -> str:
    natural = incident_id_for(m["kind"], m["country"], m["admin1"], m["location"],
                              m["event_date"], m["attacker"])
    if m["event_date"] is not None and m["date_precision"] == "day":
        return natural
    digest = hashlib.sha256(f"{natural}\x1f{m['article_id']}".encode()).hexdigest()[:16]
    return f"inc-{digest}"


def build_groups(mentions: Iterable[dict]) -> dict[str, Group]:
    """Step 1: natural-key groups. Each mention dict needs the mentions columns + published_at."""
    groups: dict[str, Group] = {}
    for m in sorted(mentions, key=lambda r: r["mention_id"]):
        k = _group_key(m)
        g = groups.get(k)
        if g is None:
            g = groups[k] = Group(k, m["kind"], m["country"], m["admin1"], m["location"],
                                  m["geo_precision"], m["event_date"], m["date_precision"],
                                  m["attacker"])
        g.mention_ids.append(m["mention_id"])
        g.articles.add(m["article_id"])
        g.weapons.add(m["weapon"] or "unknown")
        g.first_reported = min(g.first_reported, m.get("published_at") or "~")
    return groups


# The reason of a near-miss between the same place on two days in a row.
NEXT_DAY = "same place, dates one day apart"


def cluster(mentions: Iterable[dict]) -> Clustering:
    """Steps 1-3 over all mentions; see the module docstring."""
    out, targets = _cluster_groups(build_groups(mentions))
    out.decisions += _near_misses(targets)
    out.decisions.sort(key=decision_order)
    return out


def decision_order(d: Decision) -> tuple:
    return (not d.merged, d.incident_id, d.other_id, d.reason)


def _cluster_groups(groups: dict[str, Group]) -> tuple[Clustering, dict[tuple, list[Group]]]:
    """Steps 2-3 over natural-key groups: members and merge decisions (near-misses not yet),
    and the precise groups by block."""
    out = Clustering()
    targets = defaultdict(list)
    for g in groups.values():
        if g.is_target:
            targets[(g.kind, g.country, g.attacker, g.admin1)].append(g)
    owner = {k: k for k in groups}  # group key -> key of the precise group it joined
    joined: dict[str, set[str]] = {k: set(g.articles) for k, g in groups.items()}
    by_date = {block: _by_date(cands) for block, cands in targets.items()}
    for g in sorted((g for g in groups.values() if g.is_coarse), key=lambda g: g.key):
        block = (g.kind, g.country, g.attacker, g.admin1)
        cands = _admitted(g, targets.get(block, []), by_date.get(block, {}))
        fits = [t for t in cands if why_not(g, t) is None]
        if len(fits) == 1 and not joined[fits[0].key] & g.articles:
            owner[g.key] = fits[0].key
            joined[fits[0].key] |= g.articles
            continue
        if len(fits) > 1:
            out.decisions.append(Decision(False, g.key, ", ".join(t.key for t in fits),
                                          f"{len(fits)} settlements fit", g.label()))
        for t in fits if len(fits) == 1 else []:
            out.decisions.append(Decision(False, g.key, t.key, "one article reports both "
                                          "separately", f"{g.label()} ~ {t.label()}"))
        for t in cands:
            reason = why_not(g, t)
            if reason and reason not in ("different place", "date outside the reported "
                                         "precision"):
                out.decisions.append(Decision(False, g.key, t.key, reason,
                                              f"{g.label()} ~ {t.label()}"))
    incident_of = _stable_ids(groups, owner)
    for k, g in groups.items():
        for mid in g.mention_ids:
            out.members[mid] = incident_of[k]
        if owner[k] != k:
            out.decisions.append(Decision(True, incident_of[k], k, "vaguer report inside "
                                          "the only precise one", g.label()))
        elif len(g.articles) > 1:
            out.decisions.append(Decision(True, incident_of[k], k, f"{len(g.articles)} "
                                          "articles, same place, day and attacker", g.label()))
    return out, targets


def _by_date(block: list[Group]) -> dict[date, list[int]]:
    """Positions of a block's precise groups, by event date."""
    out: dict[date, list[int]] = defaultdict(list)
    for i, t in enumerate(block):
        if t.event_date is not None:
            out[t.event_date].append(i)
    return out


def _admitted(g: Group, block: list[Group], by_date: dict[date, list[int]]) -> list[Group]:
    """The precise groups of g's block whose place and date g's report admits, in block order.

    Only these can fit g, or be kept apart for a reason worth recording (weapons, one article
    reporting both): every other one fails `why_not` on place or date. Looking them up by date
    keeps step 2 linear in the number of groups, not quadratic in a block's size.
    """
    window = date_window(g)
    if window is None or g.admin1 is None:  # place_inside or date_within fails for all
        return []
    first, last = window
    positions = [i for n in range((last - first).days + 1)
                 for i in by_date.get(first + timedelta(days=n), ())]
    return [block[i] for i in sorted(positions)
            if place_inside(g, block[i]) and date_within(g, block[i])]


def _stable_ids(groups: dict[str, Group], owner: dict[str, str]) -> dict[str, str]:
    """Each group's incident id: the key of the earliest-reported group in its cluster."""
    clusters: dict[str, list[Group]] = defaultdict(list)
    for k, g in groups.items():
        clusters[owner[k]].append(g)
    ids = {}
    for members in clusters.values():
        first = min(members, key=lambda g: (g.first_reported, g.key)).key
        for g in members:
            ids[g.key] = first
    return ids


@functools.lru_cache(maxsize=65536)
def _similar(a: str, b: str) -> bool:
    """Whether two place names are similar (difflib ratio >= SIMILAR_NAMES). The same pairs
    recur on many days of a block, so answers are cached, and the cheap upper bounds of the
    ratio (`real_quick_ratio` >= `quick_ratio` >= `ratio`) rule most pairs out first."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return (matcher.real_quick_ratio() >= SIMILAR_NAMES and matcher.quick_ratio() >= SIMILAR_NAMES
            and matcher.ratio() >= SIMILAR_NAMES)


def _near_misses(targets: dict[tuple, list[Group]]) -> list[Decision]:
    """Precise groups kept apart that a reviewer may want to see: the same place one day apart,
    or similar settlement names (a spelling the gazetteer did not resolve) on the same day."""
    found = []
    for block in targets.values():
        found += _block_near_misses(block)
    return found


def _block_near_misses(block: list[Group]) -> list[Decision]:
    """The near-misses of one block. Groups are looked up by day, and the next day's by place,
    so only same-day pairs (few) are compared by name: linear in the block for a realistic
    number of groups a day, not quadratic in its size."""
    by_day: dict[date, list[Group]] = defaultdict(list)
    for g in block:
        by_day[g.event_date].append(g)
    found = []
    for day, today in by_day.items():
        next_day: dict[str | None, list[Group]] = defaultdict(list)
        for g in by_day.get(day + timedelta(days=1), ()):
            next_day[g.location].append(g)
        for g in today:
            found += [_miss(g, h, NEXT_DAY)
                      for h in next_day.get(g.location, ())]
        for i, first in enumerate(today):
            for second in today[i + 1:]:
                a, b = (first, second) if first.key < second.key else (second, first)
                if a.location != b.location and _similar(a.location or "", b.location or ""):
                    found.append(_miss(a, b, "similar place names, same day"))
    return found


def _miss(first: Group, second: Group, reason: str) -> Decision:
    """A near-miss between two precise groups, named in key order."""
    a, b = (first, second) if first.key < second.key else (second, first)
    return Decision(False, a.key, b.key, reason, f"{a.label()} ~ {b.label()}")


class WindowClusterer:
    """Clusters a stream of mentions in closed date windows (merge.py `stream_windows`), a
    batch of whole windows at a time, with the same members and decisions as `cluster` over all
    of them at once.

    A window is a block's (kind, country, attacker, admin1) run of dates that no coarse
    report's window (`rules.date_window`) crosses: every precise group a coarse report admits,
    and so every cluster, lies inside one window. Only a near-miss can cross a window's edge
    (the same place on its last day and the next window's first day), so the precise groups of
    each block's last day are kept for the next batch. Batches must come block by block, each
    block's windows in date order.
    """

    def __init__(self) -> None:
        self._edge: dict[tuple, list[Group]] = {}
        self.groups: dict[str, Group] = {}  # the last batch's groups
        self.targets: dict[tuple, list[Group]] = {}  # and its precise groups by block

    def __call__(self, mentions: Iterable[dict]) -> Clustering:
        self.groups = build_groups(mentions)
        out, targets = _cluster_groups(self.groups)
        self.targets = targets
        out.decisions += _near_misses(targets)
        edge: dict[tuple, list[Group]] = {}
        for block, groups in targets.items():
            before = self._edge.get(block, [])
            if before:
                after = before[0].event_date + timedelta(days=1)
                next_day: dict[str | None, list[Group]] = defaultdict(list)
                for h in groups:
                    if h.event_date == after:
                        next_day[h.location].append(h)
                out.decisions += [_miss(g, h, NEXT_DAY)
                                  for g in before for h in next_day.get(g.location, ())]
            last = max(g.event_date for g in groups)
            edge[block] = [g for g in groups if g.event_date == last]
        # Blocks come in order, so one missing here has ended; one whose windows here hold no
        # precise group cannot pair across them (its next window starts two days on at least).
        self._edge = edge
        out.decisions.sort(key=decision_order)
        return out

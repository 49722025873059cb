"""The near-miss scan (looked up by day and place) finds exactly the pairs the definition names:
every pair of a block's precise groups at the same place one day apart, or with similar names
on the same day, each named in key order."""

from __future__ import annotations

import difflib
import random
from datetime import date, timedelta

from assets.merge.cluster import SIMILAR_NAMES, _near_misses
from assets.merge.rules import Group

PLACES = ["Kharkiv", "Kharkov", "Kharkiv ", "Izium", "Izyum", "Balakliia", "Balakleya", None]


def _brute_force(targets: dict[tuple, list[Group]]) -> set[tuple]:
    out = set()
    for block in targets.values():
        for i, x in enumerate(block):
            for y in block[i + 1:]:
                a, b = sorted((x, y), key=lambda g: g.key)
                days = abs((a.event_date - b.event_date).days)
                if a.location == b.location and days == 1:
                    reason = "same place, dates one day apart"
                elif a.location != b.location and days == 0 and difflib.SequenceMatcher(
                        None, a.location or "", b.location or "").ratio() >= SIMILAR_NAMES:
                    reason = "similar place names, same day"
                else:
                    continue
                out.add((a.key, b.key, reason, f"{a.label()} ~ {b.label()}"))
    return out


def test_near_misses_match_the_pairwise_definition():
    rng = random.Random(7)
    reasons = set()
    for _ in range(30):
        targets: dict[tuple, list[Group]] = {}
        for block in range(rng.randint(1, 3)):
            seen, groups = set(), []
            for _ in range(rng.randint(0, 40)):
                place, day = rng.choice(PLACES), date(2025, 1, 1) + timedelta(rng.randint(0, 6))
                if (place, day) in seen:  # one precise group per place and day
                    continue
                seen.add((place, day))
                groups.append(Group(f"inc-{rng.getrandbits(40):010x}", "impact", "UKR",
                                    f"Oblast {block}", place, "settlement", day, "day", "RUS"))
            targets[("impact", "UKR", "RUS", f"Oblast {block}")] = groups
        found = _near_misses(targets)
        assert all(not d.merged for d in found)
        got = [(d.incident_id, d.other_id, d.reason, d.detail) for d in found]
        assert len(got) == len(set(got))
        assert set(got) == _brute_force(targets)
        reasons |= {g[2] for g in got}
    assert len(reasons) == 2  # both kinds were found

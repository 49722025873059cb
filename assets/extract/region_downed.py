"""A ministry's count of weapons downed over one named region is that region's row (1.40.0).

"The ministry said 19 missiles and rockets, including Tochka-U, Vampire and Olkha, had been
intercepted over the Belgorod region on Sunday"; "the ministry said, 10 Tochka-U missiles and 7
Vilkha rockets fired by the Ukrainian armed forces were intercepted over the Belgorod region":
the count stands apart from its verb (a list of models, a second weapon), so `tallies` read no
count, and the region, named only after "over the", sat in no target slot: the region's row
was lost beside the town row of the same report. "... shot down 26 drones over the A, B and C
regions and intercepted 12 rockets of a Vampire multiple launch rocket system over the B
region": the second clause's count went into the country's total, but it is one region's own
claim, a weapon the total does not count (GUIDELINES 4: a one-region claim keeps its admin1
row). `region_downed` gives the region its row with the count, dated as the row the sentence
already serves, and takes the count out of the country's row where it went there.

Only in a ministry's voice ("ministry" / "Ministry" in the sentence), only for one region named
singly ("over the A region", not "over the A and B regions"), not for a share told with "of
them", and not across a clause ("5 people were hurt when drones were shot down over the A
region").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbers import parse_number, words_up_to
from .places import Mention, find_places
from .rows import Draft
from .sentences import Sentence
from .tallies import Count
from .targets import region_mention
from .weapons import find_weapons

# digits or a word from "one" to "twenty" (`numbers.words_up_to`)
_NUM = r"(?:\d+|" + "|".join(words_up_to(20)) + ")"
_REGION = r"over\s+the\s+(?P<reg>(?:[A-Z][\w\-]+\s+)+(?:[Rr]egion|[Oo]blast))\b"
_DOWN = r"(?:intercepted|shot\s+down|destroyed)"
# "19 missiles and rockets, including A, B and C, had been intercepted over the X region"
_PASSIVE = re.compile(rf"(?<![\w,\-])(?P<what>{_NUM}\s[^.;:]{{0,90}}?),?\s+"
                      rf"(?:had\s+been|have\s+been|were|was)\s+{_DOWN}(?:\s+and\s+destroyed)?\s+{_REGION}")
# "... and intercepted 12 rockets of a Vampire multiple launch rocket system over the X region"
_SECOND = re.compile(rf"\band\s+{_DOWN}\s+(?P<what>{_NUM}\s[^.;:,\d]{{0,70}}?)\s+{_REGION}")
# the numbers of the weapons counted: "10 Tochka-U missiles and 7 Vilkha rockets"
_EACH = re.compile(rf"(?:^|\band\s+)({_NUM})\s+[A-Za-z]")
_WEAPON_WORD = re.compile(r"\b(?:missiles?|rockets?|drones?|UAVs?|shells|bombs)\b")
# a verb or a casualty word inside the count: another clause ("5 people were hurt when drones")
_CLAUSE = re.compile(r"\b(?:were|was|had|has|have|killed|injured|wounded|hurt|people|civilians)\b")


def _downed(text: str) -> list[tuple[re.Match[str], int, Mention, bool]]:
    """(match, count, region, second clause) of each one-region downed count of the text."""
    out = []
    for rx, second in ((_PASSIVE, False), (_SECOND, True)):
        for m in rx.finditer(text):
            what = m.group("what")
            if "of them" in what or "of which" in what or not _WEAPON_WORD.search(what) \
                    or _CLAUSE.search(what):
                continue
            regs = find_places(m.group("reg"), [])
            if len(regs) != 1 or regs[0].level != "admin1":
                continue
            n = sum(parse_number(x) or 0 for x in _EACH.findall(what))
            if n:
                out.append((m, n, regs[0], second))
    return out


def region_downed(drafts: list[Draft], sents: list[Sentence],
                  place: Callable[[Mention, tuple, int], Draft]) -> None:
    """Give a region the downed count a ministry's sentence tells over it alone (place makes a
    row, as the builder's)."""
    for i, s in enumerate(sents):
        if " over the " not in s.text or "inistry" not in s.text or s.text.startswith("Of "):
            continue
        for m, n, reg, second in _downed(s.text):
            owner = [d for d in drafts if i in d.sents]
            wave = [d for d in owner if d.kind == "wave"]
            if second:
                took = [c for d in wave for c in d.counts if c.field == "intercepted"
                        and c.value == n and c.pos >= m.start()]
                if len(wave) != 1 or len(took) != 1 or len(wave[0].counts) < 2:
                    continue
                wave[0].counts.remove(took[0])
            elif wave:
                # "6 Tochka-U missiles and 4 Vilkha rockets fired by Ukrainian forces were
                # intercepted over the X region" read as the other side's country tally: the
                # region's alone when that sentence is all the country row holds
                took = [c for c in wave[0].counts if m.start() <= c.pos < m.end()]
                if len(wave) != 1 or wave[0].sents != [i] or len(took) != len(wave[0].counts) \
                        or not all(c.field == "intercepted" and c.value in (
                            parse_number(x) for x in _EACH.findall(m.group("what")))
                            for c in took):
                    continue
                wave[0].counts.clear()
            elif len(owner) != 1:
                continue
            src = wave[0] if wave else owner[0]
            if any(d.kind == "impact" and d.level == "admin1" and d.admin1 == reg.admin1
                   and d.count("intercepted") is not None for d in drafts):
                continue
            r = place(region_mention(reg.admin1) or reg,
                      (src.event_date, src.precision, src.date_strength), i)
            r.counts.append(Count("intercepted", "any", n, m.start("what")))
            r.add_weapons(*find_weapons(m.group("what")))

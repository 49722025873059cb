"""After the sentence pass: weapons for rows whose sentences named none, then the rows settled.

`fill_weapons` gives a row with no weapon of its own the article's (the nearest earlier same-day
sentence naming one, the headline's, or the attack described as a whole); `settle` folds rows
that are one incident told twice (a default-dated row and the same place's dated row a day
away, a region row and the town of that region the next sentences name, a region's figures that
are its towns' sum), keeps regional totals beside their towns, and drops empty waves. Used by
extractor.py once per article.
"""

from __future__ import annotations

import re

from . import caseless
from .rows import Draft
from .sentences import Sentence
from .targets import IN_REGION, SHARE_AT, WHOLE
from .told_totals import told_total, town_shares

# "In Mykolaiv, a Russian strike destroyed ...": a strike of its own with no weapon named
_A_STRIKE = re.compile(r"\ba (?:(?:Russian|Ukrainian|separate|single|missile-less) )?(?:strike|"
                       r"attack) (?:on|in|destroyed|damaged|hit|killed|wounded|injured)\b")


_DAY_SUMMARY = re.compile(r"\b(?:attacked|shelled|struck|hit|attacks on|strikes on)\s+\d+\s+"
                          r"(?:settlements|localities|towns and villages|communities)\b|"
                          # "killed one and injured four in attacks on the Kursk region over
                          # the past day" (1.20.0)
                          r"\b(?:attacks|strikes|shelling)\b[^.;]{0,60}\bover the past "
                          r"(?:day|24 hours)\b")


# "A, B and C reported damage to energy sites"; "Damage was recorded in the A and B regions": a
# list of places reported hit, with no weapon and no figure of its own (1.24.0)
_DAMAGE_LIST = re.compile(r"[A-Z][\w'’\-]+(?: (?:regions|oblasts))? (?:also )?reported "
                          r"(?:[\w\-]+ )?(?:hits|strikes|damage) (?:on|to|in)\b|"
                          r"\b[Dd]amage (?:was|has been|had been) (?:recorded|reported) in "
                          r"(?:the )?[A-Z][\w'’\-]+,? ")


def _damage_list(d: Draft, drafts: list[Draft], sents: list[Sentence]) -> bool:
    """The row is one of two or more places a damage report lists, told nowhere else."""
    if len(d.sents) != 1 or d.figures or d.counts:
        return False
    k = d.sents[0]
    t = sents[k].text
    return ("reported" in t or "recorded" in t) and bool(_DAMAGE_LIST.search(t)) and sum(
        1 for x in drafts if x.sents == [k]) >= 2


_TOLD_BESIDE = re.compile(r"\b(?:[Tt]hat|[Tt]he same) night\b|\b(?:lost|left without) (?:power|"
                          r"electricity|heating|water)\b")


def fill_weapons(drafts: list[Draft], head: tuple, named: list[tuple],
                  sents: list[Sentence]) -> None:
    """Rows with no weapon of their own take the article's: the nearest earlier same-day
    sentence naming one, else the headline's, else the union of the same-day strike sentences
    that name no place (the attack described as a whole), those without launch tallies first."""
    for d in drafts:
        if d.weapon() != "unknown" or _A_STRIKE.search(sents[min(d.sents)].text):
            continue
        if _damage_list(d, drafts, sents):
            continue    # a report's list of places hit names no weapon: unknown (GUIDELINES
            # 10), not the attack's (1.24.0)
        if d.kind == "impact" and not d.counts and (" night" in (t := sents[min(d.sents)].text)
                                                   or "power" in t or "electric" in t
                                                   or "heating" in t or "water" in t) \
                and _TOLD_BESIDE.search(t) and all(f.kind == "zero" for _, f in d.figures):
            continue    # "A substation in the X region was knocked out the same night"; "X was
            # left without power after strikes": a place told beside the attack, its weapon not
            # named: unknown (GUIDELINES 10) (1.25.0)
        if d.level == "admin1" and d.whole and any(
                ": " in (t := sents[k].text) and SHARE_AT.search(t, t.index(": "))
                for k in d.sents):
            continue    # "Russian attacks killed five in the X region: two in A, ...": the
            # region's toll names no weapon, its towns' rows have their own (1.17.0)
        if d.level == "admin1" and d.kind == "impact" and (d.figure("killed") is not None or (
                d.figure("injured") is not None)) and (t := sents[min(d.sents)].text) and (
                "settlements" in t or "localities" in t or "villages" in t or "communities" in t
                or "the past " in t) and _DAY_SUMMARY.search(t):
            # "Across the region, Russia carried out 412 attacks on 11 settlements over the day,
            # killing two": a day's regional toll takes only the weapons of a place-less
            # sentence right after it ("the enemy used artillery, drones and aircraft"), none
            # from the towns' sentences (1.18.0)
            for x in named:
                if x[0] == min(d.sents) + 1 and not x[2]:
                    d.add_weapons(x[4], x[5], own=False)
            continue
        same = [x for x in named if x[1] is None or d.event_date is None or x[1] == d.event_date]
        # a sentence about other towns gives them its weapon, not this row; one about the
        # whole attack or this row's region does ("struck the Sumy region with attack UAVs")
        before = [x for x in same if x[0] < min(d.sents) and (not x[2] or d.admin1 in x[6])]
        if before:
            last = before[-1]
            # a place-less paragraph about the attack as a whole gives all its weapons ("fired
            # 66 missiles ... and 145 drones. ... Another 39 drones were lost": mixed)
            run = [x for x in before if not x[2] and not last[2]
                   and sents[x[0]].para == sents[last[0]].para] or [last]
            for x in run:
                d.add_weapons(x[4], x[5], own=False)
            continue
        classes, models = head
        for tally in (False, True):
            if classes:
                break
            for _, _, targeted, t, c, m, _ in same:
                if t == tally and not targeted:
                    classes = classes | c
                    models = models + [x for x in m if x not in models]
        d.add_weapons(classes, models, own=False)


def settle(drafts: list[Draft], sents: list[Sentence]) -> list[Draft]:
    """Fold a default-dated row into the same place's dated row one day away; fold a region
    row into the settlement of that region named in the next sentences; drop empty waves."""
    keep = []
    for d in drafts:
        if d.kind == "wave" and all(v is None for v in (
                d.figure("killed"), d.figure("injured"), d.count("launched"),
                d.count("intercepted"))):
            continue
        keep.append(d)
    out: list[Draft] = []
    for d in sorted(keep, key=lambda d: -d.date_strength):
        twin = next((o for o in out if o.kind == d.kind == "impact" and o.location == d.location
                     and o.admin1 == d.admin1 and d.date_strength == 0 and o.event_date
                     # "X's forces said separately that they had destroyed a depot near Y on
                     # Tuesday evening": another attack than the one of the day on Y (1.17.0)
                     and not any(" separately" in sents[k].text for k in o.sents)
                     and d.event_date and abs((o.event_date - d.event_date).days) <= 1), None)
        if twin:
            twin.merge(d)
        else:
            out.append(d)
    final = []
    for d in out:
        town = None
        if d.level == "admin1" and not d.whole and not any(
                IN_REGION.search(sents[k].text) or WHOLE.search(sents[k].text)
                for k in d.sents):
            town = next((o for o in out if o.level == "settlement" and o.admin1 == d.admin1
                         and (o.event_date == d.event_date or d.date_strength == 0 and not (
                             d.figures or d.counts) and _near_dates(o, d))
                         and 0 < min(o.sents) - min(d.sents) <= 2), None)
            if town is not None and (_region_total(d, out) or _more_than_town(d, town)
                                     or d.figures and told_total(d.sents, town.sents, sents)):
                town.figures += town_shares(d, town, sents)     # "Both of the dead" (1.39.0)
                town = None     # "Seven hurt in X Oblast ... three in A, three in B, one in C"
            if town is not None and d.count("intercepted") is not None \
                    and town.count("intercepted") is None and min(town.sents) > min(d.sents):
                town = None     # "destroyed seven drones over the Tula region. In the town of
                # Y, a drone damaged a factory": the region's own claim, not the next town's
        if town is None and d.level == "admin1" and not d.whole and not d.figures \
                and not d.counts and len(d.sents) == 1 and (
                    " regions" in (lead := sents[d.sents[0]].text)
                    or lead.count(" region") >= 2):      # "in the A region and ... the B region"
            # "injuring three people in the Kyiv and Zhytomyr regions" in the lead, the towns
            # later: the region row says nothing the town rows do not
            town = next((o for o in out if o.level == "settlement" and o.admin1 == d.admin1
                         and o.event_date == d.event_date and min(o.sents) > min(d.sents)),
                        None)
        if town is None and d.level == "admin1" and not d.whole and not d.counts and any(
                "the city" in sents[k].text.lower() for k in range(min(d.sents),
                                                         min(min(d.sents) + 2, len(sents)))):
            # "attacked the Odesa region with missiles and drones. The city's port was hit"
            # after a row for Odesa: the region's capital told before is the place (1.16.0)
            town = next((o for o in out if o.level == "settlement" and o.admin1 == d.admin1
                         and o.event_date == d.event_date and min(o.sents) < min(d.sents)
                         and d.admin1.startswith(o.location or "\0")), None)
        if town is None and d.level == "admin1" and not d.whole and not d.figures \
                and not d.counts and d.sents == [0]:
            # a headline or lead naming the region with nothing of its own ("Drone attack on
            # the Lviv region: a family killed"), a town of the region told later: the region
            # row says nothing the town's row does not (1.19.0)
            town = next((o for o in out if o.level == "settlement" and o.admin1 == d.admin1
                         and o.event_date == d.event_date and min(o.sents) > 0), None)
        if d.level == "admin1" and not d.whole and " towns" in sents[min(d.sents)].text \
                and _towns_summed(d, out, sents[min(d.sents)].text):
            continue
        if town is None:
            final.append(d)
            continue
        have = {f.field for _, f in town.figures}
        # a region figure that another town of the region already reports is that town's
        # ("killed a woman" in the region, "a woman died" in Borova): not this town's
        seen = {(f.field, o.figure(f.field)) for o in out if o.level == "settlement"
                and o.admin1 == d.admin1 and o is not town and _near_dates(o, d)
                for _, f in o.figures}
        town.figures += [(p, f) for p, f in d.figures
                         if f.field not in have and (f.field, f.value) not in seen]
        town.add_weapons(d.weapons | d.shared | d.extra,
                         d.models + d.shared_models + d.extra_models, own=False)
    return final


_N_TOWNS = re.compile(r"\b(?:hit|struck|attacked|shelled|bombed)\s+(?P<n>two|three|four|five)\s+"
                      r"towns\b")


def _towns_summed(d: Draft, rows: list[Draft], lead: str) -> bool:
    """"Russian warplanes hit two towns with guided bombs in Kharkiv Oblast, killing four" and
    then the two towns with three and one: the region's figures are the towns' sum, no row of
    their own (1.16.0)."""
    m = _N_TOWNS.search(lead)
    if m is None or not d.figures:
        return False
    towns = [o for o in rows if o.level == "settlement" and o.admin1 == d.admin1
             and o.event_date == d.event_date and min(o.sents) > min(d.sents) and o.figures]
    if len(towns) != ("two", "three", "four", "five").index(m.group("n")) + 2:
        return False
    return all(d.figure(f) is None or d.figure(f) == sum(o.figure(f) or 0 for o in towns)
               for f in ("killed", "injured"))


def _region_total(d: Draft, rows: list[Draft]) -> bool:
    """A region's casualty figure at least as large as what two or more of its towns report
    that day together ("Seven people were hurt in X Oblast ... three in A, three in B and one in
    C") is the regional total, a row of its own, not one town's figure."""
    for name in ("killed", "injured"):
        v = d.figure(name)
        parts = [f for o in rows if o.level == "settlement" and o.admin1 == d.admin1
                 and o.event_date == d.event_date and (f := o.figure(name))]
        if v and len(parts) >= 2 and v >= sum(parts):
            return True
    return False


def _more_than_town(d: Draft, town: Draft) -> bool:
    """"Two civilians died in the X region. A man was killed in A; shelling also hit B": the
    region counts more dead than the town it would fold into reports, so it is the region's
    total, a row of its own (1.25.0)."""
    return any((v := d.figure(name)) is not None and (w := town.figure(name)) is not None
               and v > w for name in ("killed", "injured"))


def _near_dates(a: Draft, b: Draft) -> bool:
    if a.event_date is None or b.event_date is None:
        return a.event_date == b.event_date
    return abs((a.event_date - b.event_date).days) <= 1


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively

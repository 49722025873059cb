"""Rule-based extraction of strike incidents from one article: the public entry point.

Per sentence: places (places.py) filtered to struck targets (targets.py, context.py), casualties
(casualties.py), launch/interception counts (tallies.py), weapons and dates. Figures go to the
sentence's target (the nearest one when several are named); a sentence without a target adds its
figures to the incident the previous sentence was about, or, for nationwide tallies, to a
country-level 'wave' row. Rows sharing (kind, country, admin1, location, date, attacker) merge;
then settle.py fills in weapons and folds rows told twice.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from assets.ids import incident_id_for, mention_id_for
from assets.schema import MENTIONS

from . import caseless, follow_ups, lowtext, region_shares, span_counts, town_shares
from . import context as cx
from .aerial_targets import target_rows_unknown
from .attack_parts import whole_attack
from .capital_region import ring_figures, surrounding_region
from .capital_state import of_the_state
from .casualties import Figure, find_casualties
from .dates import (
    MONTH_ALT,
    MONTH_NAMES,
    WEEKDAY_ALT,
    WEEKDAYS,
    DateExpr,
    either_case,
    find_dates,
    parse_published,
)
from .district_claims import district_claim_region
from .district_leads import drop_district_leads
from .drone_shelling import drone_shelling_mixed
from .earlier import after_date, before_date, opening_date, striking_weapons
from .earlier_tallies import earlier_tally_when
from .elided_shares import each_share
from .figure_places import place_after
from .front_counts import front_counts
from .gazetteer import load, norm
from .ground_fighting import before_fighting
from .heading_shares import heading_share
from .included_towns import included_town_tolls
from .kiev_claims import kiev_claim
from .latest_row_day import latest_row_day
from .launch_sites import launched_from
from .lead_tolls import lead_tolls_to_country
from .list_intros import in_item, list_intro
from .lone_town_tally import lone_town_tally
from .made_weapons import strike_weapons
from .main_direction import aimed_split, to_the_wave
from .mayor_claims import mayor_claim
from .ministry_own_attack import ministry_count_of_the_place
from .night_again import night_again
from .numbers import num_pattern, parse_number
from .ordinal_downed import ordinal_downed
from .overtaken_zeros import drop_overtaken_zeros
from .own_paragraph import own_paragraph_weapons
from .paragraph_town import paragraph_town
from .part_interceptions import part_interceptions
from .past_asides import drop_past_aside_dates
from .past_months import month_opening
from .places import Mention, find_places
from .recalled_days import recalled_day
from .recalled_months import recalled_month
from .region_downed import region_downed
from .region_tolls import region_toll_unknown
from .retaliation import cause_start
from .round_up_tolls import round_up_row
from .rows import Draft
from .sea_drones import port_interceptions
from .sentences import Sentence, split_sentences
from .settle import fill_weapons, settle
from .shell_counts import shell_counts
from .shelling_clauses import shelling_cuts
from .since_totals import PAST_WEEK, since_record
from .strike_day import follow_strike_day
from .strike_day_told import MORE_DAY_CUES, strike_day_told
from .superlatives import unsince
from .taken_for_care import taken_for_care
from .tallies import Count, find_tallies
from .targets import (
    A_CITY_DISTRICT,
    CITYS_DISTRICT,
    DATED_DISTRICT,
    DISTRICT_AFTER,
    DOWNED_BUT,
    FIG_IN,
    IN_REGION,
    IN_TOTAL,
    N_ATTACKS,
    N_SETTLEMENTS,
    OCCUPIED_BY_RUSSIA,
    ON_REGION,
    PENINSULA,
    ROUNDUP,
    SHARE,
    SOME_PLACES,
    THE_REGION,
    countrywide,
    find_targets,
    one_town,
    region_mention,
    whole_region,
)
from .told_place import told_place
from .toll_lead_days import strike_lead
from .toll_twins import fold_reported, fold_toll_twins
from .took_part import took_part
from .undated_rows import dropped_on, told_before
from .under_fire import under_fire_unknown
from .unfigured_recalls import recalled_unfigured
from .weapon_clauses import weapon_cuts
from .weapons import find_weapons, present_keys, target_type
from .week_totals import week_total
from .wide_tolls import wide_lead_tolls
from .zero_owner import give_to_place, rehome_zeros
from .zero_scopes import NEITHER, spread_anywhere_zero
from .zero_speakers import speaker_zeros
from .zeros import drop_contradicted_zeros, drop_local_zeros

EXTRACTOR_VERSION = "1.41.0"


def _pick_date(dates: list[DateExpr], pos: int, carry: tuple) -> tuple[date | None, str, int]:
    event = [d for d in dates if not d.report]
    if not event and carry[2] < 2:    # a report date ("said on Saturday") only when the
        event = [d for d in dates if d.strength >= 2   # paragraph gave no attack date
                 # "..., the governor wrote on Telegram early on Tuesday" under a lead telling
                 # Monday night: the report of the night after, not a new day (1.23.0)
                 and not (carry[2] == 1 and carry[0] is not None and d.value is not None
                          and (d.value - carry[0]).days == 1)]
    if not event:
        return carry
    best = max(event, key=lambda d: (d.strength, -abs(d.start - pos)))
    if best.strength < carry[2] and best.strength == 1:
        return carry
    return best.value, best.precision, best.strength


_N_REGIONS = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|"
                        r"multiple)\s+(?:\w+\s+)?regions\b|,\s+(?:all\s+)?regions\s+in\b")
_NO_CAPITAL = re.compile(r"[^A-Z]*")
_ANAPHORA = re.compile(r"\b(?:in the course of the attack|in that attack|"
                       r"the rest(?!\s+(?:\w+\s+)?(?:over|above)\b)|"
                       # "One was shot down, while the other hit a grain terminal" (1.16.0)
                       r"the other (?:one )?(?:hit|struck|landed|exploded)|(?:the attack on|"
                       r"attacked|struck|hit|targeted) the (?:plant|station|refinery|depot|"
                       r"facility|enterprise|terminal|airfield|airbase|warehouse|substation)|"
                       # '"... launched six drones at the city's energy infrastructure. Four were
                       # shot down by air defence,"': a bare number opening the sentence (1.17.0)
                       # "Russia used two Iskander-M ballistic missiles in the strike" (1.17.0)
                       r"\bused (?:[\w\-]+ ){1,4}in the (?:strike|attack)(?! on)|"
                       r"^[\"“]?(?:one|two|three|four|five|six|seven|eight|nine|ten|all|both|\d+) "
                       r"(?:were|was) (?:shot down|intercepted|downed|"
                       r"destroyed|neutrali[sz]ed)\b)",
                       re.I)
_OF_THEM = re.compile(r"\S+\s+of\s+(?:them|these|those)\b", re.I)


# "Among those who died in the early-morning strike on Thursday ...": the attack's own day
_THE_STRIKE_ON = re.compile(r"\bthe (?:[\w\-]+ ){0,2}(?:strike|attack) (?:(?:took place|happened|"
                            # "Balitsky wrote that the attack took place on Wednesday afternoon"
                            # (1.17.0)
                            r"occurred) )?on (?:the night of |"
                            r"the evening of |the morning of )?(?=[A-Z0-9])")


# "Two missiles hit the town on Monday night" after a lead dated by its report day (1.19.0)
_HIT_THE_TOWN_ON = re.compile(r"\b(?:hit|struck|attacked|targeted|shelled) the (?:town|city|"
                              r"village) on (?:the night of |the evening of |the morning of )?"
                              r"(?=[A-Z0-9])")


# "75 people were wounded in Saturday afternoon's strike"; "The restaurant was hit at about
# 19:30 on Tuesday": the attack's day after a row dated by its report day (1.20.0)
_DAYS_STRIKE = re.compile(rf"\b(?=(?:{WEEKDAY_ALT})"
                          r"(?: (?:morning|afternoon|evening|night))?['’]s (?:[\w\-]+ ){0,2}"
                          r"(?:strike|attack|bombing|wave|barrage)\b)")
# "The missile hit a pizza restaurant in the city centre at about 7:30 p.m. on Tuesday",
# "Russia fired two Iskander-M missiles at a neighbourhood of the Black Sea city on Friday
# morning", "Cruise missiles hit the upper floors in the early hours of Wednesday": the
# attack's day after a row dated by its report day (1.21.0)
# ("The missile tore a gaping hole through the building on Tuesday morning": 1.23.0)
_FIRED_ON = re.compile(r"\b(?:hit|struck|fired|launched|tore)\b(?:[ap]\.m\.|[^.;]){0,100}?"
                       r"\b(?:on|late on|early on|in the early hours of|"
                       r"on the (?:morning|evening|night) of) "
                       rf"(?=(?:{WEEKDAY_ALT})\b)")
_WAS_HIT_ON = re.compile(r"\b(?:was|were) (?:hit|struck) (?:at (?:about |around )?\d{1,2}[:.]\d\d "
                         r"(?:[ap]\.m\. )?)?on (?=[A-Z0-9])")


_REGION_COUNT = re.compile(r"\b\d+\s+(?:settlements|communities|localities|hromadas|towns and "
                           r"villages)\s+of the region\b")
_LOCAL = re.compile(r"\b[Tt]he (?:city|town|region|oblast|village|port)\b|\bover our "
                    r"(?:territory|region|city|town)\b")
_CITY_AND_DISTRICTS = re.compile(r"\b(?:over|above)\s+[A-Z][\w'’\-]+\s+and\s+(?:\w+\s+)?"
                                 r"districts of the region\b")
# ("a substation was hit the same night", "N drones were launched that night": 1.25.0)
# (1.40.0: "That night Russia attacked ..." opening the sentence; never mid-sentence "That")
_THAT_DAY = re.compile(r"(?:^That|\b(?:that|the same)) (?:day|night)\b"
                       r"(?!\s+(?:before|after|earlier))")
_THAT_OPENS = ("That day", "That night")


def _redate(d: Draft, dates: list[DateExpr], m: re.Match[str], told: list[DateExpr]) -> None:
    """A row dated only by its report day ("the toll reached 11 on Saturday") takes the day of a
    follow-on "the strike on Thursday" that names no place (GUIDELINES 7) (1.16.0)."""
    day = next((x for x in dates if x.start == m.end() and not x.report and x.value), None)
    if day is None or not told or not all(x.report for x in told) or d.event_date is None \
            or day.value >= d.event_date:
        return
    d.event_date, d.precision, d.date_strength = day.value, day.precision, day.strength


# "revenge for Monday's attack on the X bridge": the day of an attack on something named, not
# the row's place (1.25.0)
_ON_NAMED = re.compile(r"[\w'’\-]*(?:[ap]\.m\.)?(?: [\w\-]+){0,3}? on (?:the )?"
                       r"(?P<n>[A-Z][\w'’\-]+)")


def _elsewhere(text: str, m: re.Match[str], row: Draft) -> bool:
    """The weekday's attack is told as one on a named place other than the row's."""
    on = _ON_NAMED.match(text, m.end())
    return bool(on) and bool(row.location) and not (row.location or "").startswith(
        on.group("n")[:5]) and on.group("n") not in ("Monday", "Tuesday", "Wednesday",
                                                     "Thursday", "Friday", "Saturday", "Sunday")


def _last_two(drafts: list[Draft], i: int) -> list[Draft]:
    """The two impact rows told last within the three sentences before sentence i (any fewer or
    more: none)."""
    near = [d for d in drafts if d.kind == "impact" and any(i - 3 <= k < i for k in d.sents)]
    near.sort(key=lambda d: max(k for k in d.sents if k < i))
    return near[-2:] if len(near) >= 2 else []


def _anaphoric(text: str, counts: list) -> bool:
    """The counts refer back to the previous sentence's attack ("Air defence intercepted four
    of them"; "shot down five missiles in the course of the attack")."""
    return bool(_ANAPHORA.search(text)) or all(_OF_THEM.match(text, c.pos) for c in counts)
_CLAUSE = re.compile(r";|,\s+in addition to\s+|,?\s+(?:while|whereas|but)\s+|"
                     # "Aerial bombs hit A, drones attacked B, and artillery pounded C": a new
                     # weapon subject starts a clause (1.23.0)
                     r",\s+(?:and\s+)?(?=(?:[a-z\-]+\s+)?(?:drones|missiles|bombs|artillery|shells|"
                     r"rockets)\s+(?:hit|attacked|struck|pounded|shelled|targeted)\b)|"
                     r",\s+and\s+(?=(?:a|an|the|two|three)\s)|"
                     r"\s+and\s+(?=(?:also\s+)?(?:struck|hit|attacked|shelled|targeted)\s)")


_PERIOD = re.compile(r"\b(?:(?:over|in|during|for) the (?:past|last|previous) (?:week|month|year|"
                     r"(?:\w+ )?(?:weeks|months|years))|"
                     # "over 600 missiles since the start of the year"; "The attack followed a
                     # weekend in which Russia launched 200 drones": totals of other days (1.12.0)
                     r"(?<!attack )(?<!attacks )(?<!raid )(?<!strike )(?<!barrage )"
                     r"since (?:the (?:start|beginning) of (?:the |this )?(?:year|month|summer|"
                     # "Since the start of January, Russia has launched 800 drones" (1.18.0)
                     rf"autumn|winter|spring|{MONTH_ALT})|{MONTH_ALT}|20\d\d)|"
                     r"(?:followed|follows|came after|comes after) an? (?:\w+ )?(?:weekend|week|"
                     r"month|night|day) (?:in which|when|during which))\b", re.I)



# "Missiles also hit A and B, which has been shelled repeatedly for days": an aside on the place's
# past strikes told with a strike verb, cut before the sentence is read for background cues
# (1.23.0; `past_asides._PERFECT_ASIDE` reads a wider aside, for its dates only)
_STRUCK_ASIDE = re.compile(r",\s+which\s+(?:has|have|had)\s+(?:already\s+|also\s+)?been\s+"
                           r"(?:shelled|hit|struck|attacked|targeted|bombed|pounded)\b[^,;.]*|"
                           # "Zaporizhzhia, shelled repeatedly over the past week, came under fire
                           # again": a participle's aside on the place's past (1.36.0)
                           r"(?<=[a-z]),\s+(?:shelled|hit|struck|attacked|targeted|bombed|pounded)\s+"
                           r"(?:repeatedly|regularly|daily|almost daily)\b[^,;.]*(?=,)")


_STATE_ASIDE = re.compile(r",\s+which\s+(?:has|have|had)\s+[^,;]+(?=,)")


def _unaside(text: str) -> str:
    """The sentence without its asides on a place's past (", which has been shelled ...")."""
    if ", which " not in text and not ("repeatedly" in text or "daily" in text
                                        or "regularly" in text):
        return text
    # "Vovchansk, which has been almost emptied of civilians since the offensive in May, was
    # hit by six bombs": the place's state over time, told with no strike (1.26.0)
    return _STATE_ASIDE.sub(lambda m: "" if not cx.STRONG.search(m.group()) else m.group(),
                            _STRUCK_ASIDE.sub("", text))


_UPDATE_AT = re.compile(r"\s*(?:(?:UPDATE|Update)d?,?(?:\s+at)?\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*"
                        r"(?P<pm>[ap]\.?m\.?)?|"
                        # a live blog's time stamp ("17:45 — The latest figures: ...")
                        r"(?P<h2>[0-2]?\d):(?P<m2>[0-5]\d)\s+[—–-]\s)", re.I)


_DAYS_LATER = re.compile(r"(?:(?P<n>A|One|Two|Three|Four|Five|Six) days? later|The (?:next|"
                         r"following) day),? ")
_LATER_N = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _minutes(m: re.Match[str]) -> int:
    """Minutes since midnight of an "Update at 6:38 p.m." or "17:45 —" stamp (later updates
    rank higher)."""
    if m.group("h2"):
        return int(m.group("h2")) * 60 + int(m.group("m2"))
    h = int(m.group("h")) % 12 if m.group("pm") else int(m.group("h"))
    if m.group("pm") and m.group("pm").lower().startswith("p"):
        h += 12
    return h * 60 + int(m.group("m"))


def _clause_dates(text: str, dates: list[DateExpr], pos: int) -> list[DateExpr]:
    """The dates in the clause of pos ("fired 16 drones ..., while two more missiles had hit
    ... on Thursday evening": Thursday is not the date of the 16 drones)."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    a, b = next((a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a <= pos < b)
    return [d for d in dates if a <= d.start < b]


def _scoped_weapons(text: str, targets: list[Mention]) -> dict[int, tuple[set[str], list[str]]]:
    """Weapons per target: those of its own clause, else those of the clauses naming no other
    target ("X was shelled, while a drone hit Y": X artillery, Y drone)."""
    cuts = [0] + [m.end() for m in _CLAUSE.finditer(text)] + [len(text) + 1]
    cuts = sorted({*cuts, *shelling_cuts(text)})    # ", and shelling hit B" (1.32.0)
    if len(targets) > 1:    # "A was shelled and a drone hit B" (1.40.0)
        cuts = sorted({*cuts, *weapon_cuts(text, [m.start for m in targets])})
    spans = list(zip(cuts, cuts[1:], strict=False))
    keys = present_keys(text)   # (a clause can only hold the key words of its sentence)
    found = [find_weapons(text[a:b], keys) for a, b in spans]
    where = {m.start: next(k for k, (a, b) in enumerate(spans) if a <= m.start < b)
             for m in targets}
    busy = set(where.values())
    out = {}
    for m in targets:
        k = where[m.start]
        if found[k][0]:
            out[m.start] = found[k]
            continue
        classes: set[str] = set()
        models: list[str] = []
        for j, (c, names) in enumerate(found):
            if j not in busy:
                classes |= c
                models += [x for x in names if x not in models]
        out[m.start] = (classes, models)
    return out


_FRONT_CW = re.compile(r"(?:Across|Throughout) (?:Ukraine|Russia|the country),\s")  # 1.13.0


def _clause_at(text: str, pos: int) -> str:
    """The comma/semicolon-delimited clause of text around pos."""
    a = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos)) + 1
    ends = [k for k in (text.find(",", pos), text.find(";", pos)) if k >= 0]
    return text[a:min(ends) if ends else len(text)]


def _semi_apart(text: str, a: int, b: int) -> bool:
    """Positions a and b lie in different parts of a ';'-joined sentence or headline ("87 UAVs
    destroyed overnight; two hurt in Rylsk"): a figure of one part is not the other's (1.10.0)."""
    return ";" in text and ";" in text[min(a, b):max(a, b)]


_PART = re.compile(r";|,?\s+(?:while|whereas)\s+")


def _part(text: str, pos: int) -> int:
    """Which ';' / 'while' part of the sentence pos lies in."""
    return sum(1 for m in _PART.finditer(text, 0, pos))


_CLAUSE_BREAKS = re.compile(r"[,;]| while | whereas ")     # (compiled once: _nearest's)


def _nearest(text: str, here: list[tuple[Mention, Draft]], pos: int) -> Draft:
    """The target in the figure's own clause, else the nearest one in its ';'-part ("In A, a
    drone ..., seriously wounding him; in B, a woman was killed": A's) (1.17.0), else the
    nearest one."""
    def clause(i: int) -> int:
        return len(_CLAUSE_BREAKS.findall(text[:i]))
    # "dropped bombs on A, injuring three people, and shelled B, where ...": a participle's
    # figure tells the strike before it, not the place named after (1.22.0)
    back = ("ing " in text and any(md[0].start < pos for md in here)
            and bool(_PARTICIPLE.search(text, max(0, pos - 60), pos)))
    return min(here, key=lambda md: (clause(md[0].start) != clause(pos),
                                     _semi_apart(text, md[0].start, pos) or (
                                         " while " in text or " whereas " in text) and _part(
                                             text, md[0].start) != _part(text, pos),
                                     back and md[0].start > pos,
                                     abs(md[0].start - pos)))[1]


_PARTICIPLE = re.compile(r",\s+(?:(?:[a-z]+ing|and)\s+(?:[\w\-]+\s+){0,3})*?(?:killing|injuring|"
                         r"wounding|leaving)\s+(?:[\w\-]+\s+){0,3}$")


# a Telegram-style item of a roundup ("Pisochyn: ...", "Kupiansk, Kupiansk district: ...")
_LABELLED = re.compile(r"(?!Background|Context|Reminder)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
                       r"(?:,\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:district|raion|community))?:\s")
_DATED_OPEN = re.compile(r"\s*(?:On|Earlier,? on|Back on)\s+$")


def _background(drafts: list[Draft], focus: list[Draft], dates: list[DateExpr],
                sents: list[Sentence], i: int, ctx: list[str],
                pub: date | None) -> tuple[Mention, tuple] | None:
    """The place and date of a place-less sentence opening with its own date ("On July 21, a
    drone attack on the plant injured two workers"; "In April 2022, a missile attack ... killed
    50"), an earlier attack: the place of the row the sentence before names ("X has been hit
    almost daily. On August 27, ..."), else of the current row, else (no row yet) the one town
    the article's first sentence names ("Dnipro residents laid flowers ..."); with the
    sentence's date (a month alone gives no day: event_date null, GUIDELINES 6)."""
    text = sents[i].text
    first = dates[0] if dates else None
    if first is not None and first.value is not None and not first.report \
            and first.strength >= 3 and (_DATED_OPEN.fullmatch(text[:first.start]) or (
                # "A depot serving the base was hit in a strike on January 8 last year, killing
                # two": a date a month or more before publication, anywhere (1.16.0)
                pub is not None and (pub - first.value).days >= 30)):
        when, month = (first.value, first.precision, first.strength), None
    elif (m := _MONTH_YEAR.match(text)) is not None and (m.group("y") or pub is not None):
        # ("In June last year, a missile attack on the city killed 12": the year before
        # publication's, 1.26.0)
        year = int(m.group("y")) if m.group("y") else pub.year - 1  # type: ignore[union-attr]
        when, month = (None, "month", 0), (year, _month(m.group("m")))
    elif text.startswith("Last month, ") and pub is not None:
        # "Last month, three people were injured when drones struck a warehouse on the outskirts
        # of the town": the month before publication, no day (GUIDELINES 6) (1.16.0)
        when = (None, "month", 0)
        month = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
    elif text.startswith(("In ", "Earlier in ", "Back in ")) and (
            opened_month := month_opening(text, pub)) is not None:
        when, month = opened_month     # "In September, a strike ... killed 50" (1.28.0)
    elif (told := recalled_month(text, pub)) and (town := _last_named_town(sents, i, ctx, drafts)):
        return _earlier(_mention_of(town), *told, town.event_date or pub)     # (1.31.0)
    elif (day := recalled_day(text, dates)) and (town := _last_named_town(sents, i, ctx, drafts)):
        return _earlier(_mention_of(town), day, None, town.event_date or day[0])    # (1.32.0)
    elif (opened := opening_date(text, dates)) is not None:
        # "Two weeks ago, four residents died when a bomb hit the town"; "Earlier this month a
        # drone hit a shop in the X district, killing two": the town last named (1.25.0)
        when, month = opened, None
        if (told := _town_told(drafts, sents, i, ctx, pub)) is not None:
            return _earlier(told[0], when, month, told[1] or when[0])     # (1.34.0)
        if _THE_TOWN.search(text) and (
                town := _last_named_town(sents, i, ctx, drafts)) is not None:
            return _earlier(_mention_of(town), when, month, town.event_date or when[0])
    else:
        return None
    before = _places_before(sents, i, ctx)
    old = next((d for d in drafts if d.kind == "impact" and d.location and d.location in before),
               None)
    if old is None and text.startswith("It ") and i and sents[i - 1].para == sents[i].para:
        # "The Sheskharis complex ... handles crude exports. It was previously attacked on the
        # night of 16-17 May": the row whose sentences name what the sentence before is about
        # (1.19.0)
        old = _named_thing_row(sents, i - 1, drafts)
    if old is None and (told := _town_told(drafts, sents, i, ctx, pub)) is not None \
            and told[1] is not None:
        # "Belgorod, a city of 330,000, ... The deadliest attack came on December 30, 2023,
        # when 25 people were killed in the city centre" (1.34.0)
        return _earlier(told[0], when, month, told[1])
    if old is None:
        # (a region's interception claim is no place attacked earlier: the last town is)
        old = focus[0] if len(focus) == 1 and focus[0].kind == "impact" and not (
            focus[0].level == "admin1" and focus[0].counts) else next(
            (d for d in reversed(drafts) if d.kind == "impact" and d.level == "settlement"), None)
    if old is None and not any(d.kind == "impact" for d in drafts):
        towns = [m for m in find_places(sents[0].text, ctx) if m.level == "settlement"]
        if len(towns) == 1 and pub is not None:
            return _earlier(towns[0], when, month, pub)
    if old is None or old.event_date is None:
        return None
    return _earlier(_mention_of(old), when, month, old.event_date)


def _town_told(drafts: list[Draft], sents: list[Sentence], i: int, ctx: list[str],
               pub: date | None) -> tuple[Mention, date | None] | None:
    """The town of sentence i's paragraph its "the city" speaks of (paragraph_town), as its
    row's place and date if it has one, else as named with the publication date."""
    town = paragraph_town(sents, i, ctx)
    if town is None:
        return None
    row = next((d for d in drafts if d.kind == "impact" and d.level == "settlement"
                and d.location == town.location), None)
    return (_mention_of(row), row.event_date) if row is not None else (town, pub)


_PROPER = re.compile(r"(?<=[a-z,] )(?-i:[A-Z])[a-z]{3,}\b")


def _named_thing_row(sents: list[Sentence], j: int, drafts: list[Draft]) -> Draft | None:
    """The one town row whose sentences share a proper name with sentence j (not first words)."""
    words = {w.group() for w in _PROPER.finditer(sents[j].text)}
    rows = [d for d in drafts if d.kind == "impact" and d.level == "settlement" and any(
        w in sents[k].text for k in d.sents for w in words)]
    return rows[0] if words and len({d.location for d in rows}) == 1 else None


def _earlier(m: Mention, when: tuple, month: tuple | None,
             current: date) -> tuple[Mention, tuple] | None:
    """(place, date) when the date is another day (month) than the current row's."""
    if when[0] is None and month is None:
        return m, when  # "Earlier this month, ...": told as earlier, no day (1.25.0)
    if month is not None:
        same = month == (current.year, current.month)
    else:
        same = abs((when[0] - current).days) <= 1
    return None if same else (m, when)


_MONTH_YEAR = re.compile(rf"(?:In|Back in)\s+(?P<m>{MONTH_ALT})\s+(?:(?:of\s+)?(?P<y>20\d\d)|"
                         r"last year),")


def _month(name: str) -> int:
    return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
            "dec"].index(name[:3].lower()) + 1


def _places_before(sents: list[Sentence], i: int, ctx: list[str]) -> list[str | None]:
    """Places named in the sentence before, in the same paragraph (only for a sentence that
    may open with its own date)."""
    s = sents[i]
    if s.text.startswith("Last month, "):
        # "Myrhorod, a spa town, ... Pronin did not say whether the base had been hit. Last
        # month, ...": the town of the paragraph's last sentence naming one (1.16.0)
        for j in range(i - 1, max(-1, i - 3), -1):
            if sents[j].para != s.para:
                break
            if found := [m.location for m in find_places(sents[j].text, ctx)]:
                return found
        return []
    if not i or sents[i - 1].para != s.para or not s.text.startswith(("On ", "Earlier", "Back",
                                                                      "In ")):
        return []
    return [m.location for m in find_places(sents[i - 1].text, ctx)]


def _para_rows(sents: list[Sentence], i: int, ctx: list[str], drafts: list[Draft]) -> list[Draft]:
    """The one row a place named earlier in sentence i's paragraph has, if exactly one."""
    out: list[Draft] = []
    for j in range(i - 1, -1, -1):
        if sents[j].para != sents[i].para:
            break
        out += [d for d in _named_rows(sents[j].text, ctx, drafts) if d not in out]
    return out if len(out) == 1 else []


def _last_named_town(sents: list[Sentence], i: int, ctx: list[str],
                     drafts: list[Draft]) -> Draft | None:
    """The town row of the last sentence before i that names a town with a row."""
    towns = {d.location: d for d in drafts if d.kind == "impact" and d.level == "settlement"}
    for j in range(i - 1, -1, -1):
        for m in reversed(find_places(sents[j].text, ctx)):
            if m.level == "settlement" and m.location in towns:
                return towns[m.location]
    return None


_NEAR_COUNT = re.compile(r"\b\d+\s+(?:(?:[\w\-]+\s+)?(?:attacks|assaults|strikes|clashes|"
                         r"engagements)\s+)?(?:near|around)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$")
_LATER_ATTACK = re.compile(r"(?:Later (?:in the day|that day|the same day|in the evening|that "
                           r"evening|in the afternoon|that afternoon),\s+(?:another |a (?:second|"
                           r"further|new|separate) |an? )|"
                           # "Another drone attack in the X district wounded a man" (1.20.0)
                           r"Another )(?:[\w\-]+ ){0,2}?(?:attack|strike|drone|missile|shell|bomb)")
_ALONE = re.compile(rf"\b(?:in|during|throughout|over) (?:(?:{MONTH_ALT})(?: 20\d\d)?|"
                    r"(?:the )?(?:past|last|this) (?:week|month|year)|20\d\d) alone\b", re.I)
# "of the Black Sea city", "the southern port city": the article's town by an epithet (1.21.0)
_EPITHET_TOWN = re.compile(r"\bthe (?:(?:[A-Z][\w\-]*|southern|northern|eastern|western|central|"
                           r"frontline|front-line|border|coastal|port|industrial) ){1,3}"
                           r"(?:city|town|port)\b(?! of\b)")
# a count told with the whole country or an air force: a tally of the attack (1.21.0)
_COUNTRY_WORD = re.compile(r"\b(?:Ukraine|Russia|Ukrainian|Russian|air force|Air Force|country|"
                           r"nationwide|overnight|regions)\b")
_REGION_ZERO = re.compile(r"\bno (?:casualties|victims|injuries)\s+(?:anywhere\s+)?in\s+the\s+"
                         r"(?:region|oblast)\b|\bno (?:casualties|victims) anywhere\b")
AT_THE_TOWN = re.compile(r"\b(?:at|on|against|towards) the (?:city|town|village)\b")
_AS_WAVE = re.compile(r"\bas (?:Russia|Ukraine|Moscow|Kyiv|Kiev) (?:sends|launches|fires|"
                     r"unleashes|sent|launched|fired|unleashed)\b")
_OVER_LAND = re.compile(r"\b(?:over|above)\s+(?!the\s+(?:Black|Azov|Caspian|Baltic)\s+Sea\b)"
                        r"(?:the\s+)?[A-Z]")
_OVER_SEA = re.compile(r"\b(?:over|above|in) (?:the )?(?:waters of the )?(?:Black|Azov|Caspian|"
                      r"Baltic) Sea\b|\bover the Sea of Azov\b")
_FROM_SEA = re.compile(r"\bfrom\s+(?:[\w\-]+\s+){0,3}$")
_WEEK_AFTER = re.compile(r",\s+(?:(?:just|only)\s+)?(?:a|one|two|three|four|five|six|several|"
                         r"\d+)\s+(?:weeks?|months?)\s+after\s+[^.;]*")
_FROM_WHICH = re.compile(r"\b(?:from|with) which\b[^.;]*?\b(?:bombers|aircraft|jets|warplanes|"
                         r"planes|ships|launchers)\b[^.;]*")
# "two drones", "two unmanned aerial vehicles": a count of the weapons themselves (1.20.0)
_N_WEAPONS = re.compile(r"\S+\s+(?:[\w\-]+\s+){0,2}?(?:drones|UAVs|unmanned|missiles|rockets|"
                        r"Shaheds|bombs)\b")
# "in either community", "in both cases": two places told just before (1.20.0)
_EITHER = re.compile(r"\b(?:in|at) (?:either|both) (?:of the )?(?:communit|case|village|town|"
                     r"place|location|attack|strike|incident|settlement|hromada|district)")
# a paragraph's opening label: "Kupiansk." / "Zolochiv hromada." (1.20.0)
_PLACE_LABEL = re.compile(r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?(?: (?:community|hromada|"
                          r"district|raion|region|oblast|Oblast|Region))?\.")
_CITYS = re.compile(r"\bthe (?:city|town)'s\b")
_ASIDE = re.compile(r",\s+where\s+[^,;]+,")
# ", a village near the border where troops crossed on Friday." closing the sentence, no
# strike told in it (1.25.0)
_END_ASIDE = re.compile(r"\s+where\s+[^,;]+$")


def _outside_asides(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """Dates of a relative clause ("In the Kursk region, where troops crossed the border on
    Tuesday, a drone hit a car") date the background, not the attack."""
    # "in X, where Russian forces dropped two guided bombs ... on Tuesday afternoon,": a clause
    # telling the strike itself (a weapon and a strike verb) dates the attack
    spans = [m.span() for m in _ASIDE.finditer(text)
             if not (find_weapons(m.group())[0] and cx.STRONG.search(m.group()))]
    spans += [m.span() for m in _END_ASIDE.finditer(text, text.rfind(",") + 1)
              if not cx.STRONG.search(m.group()) and not find_weapons(m.group())[0]]
    if ", which " in text:      # ("Vovchansk, which has been emptied since May, ...": 1.26.0)
        spans += [m.span() for m in _STATE_ASIDE.finditer(text) if not cx.STRONG.search(m.group())]
    return [d for d in dates if not any(a <= d.start < b for a, b in spans)]


# "The toll in the capital rose overnight to four", "the death toll ... rose to 23 on Friday":
# when the count changed, the report's time, not the attack's (1.26.0)
_ROSE_BEFORE = re.compile(r"\b(?:toll|figure|number of [a-z]+)\b[^.;:]{0,80}?\b(?:rose|risen|"
                          r"climbed|increased|jumped)\s+(?P<to>to\s+(?:\d[\d,]*|[a-z\-]+)\s+)?"
                          r"(?:on\s+|late\s+|early\s+)?$")
_TO_AFTER = re.compile(r"\s+to\s+\w")


def _toll_rise_days(text: str, dates: list[DateExpr]) -> list[DateExpr]:
    """dates, those telling when a toll rose marked as the report's."""
    return [DateExpr(d.start, d.end, d.value, d.precision, True, d.strength)
            if not d.report and (m := _ROSE_BEFORE.search(text, max(0, d.start - 120), d.start))
            and (m.group("to") or _TO_AFTER.match(text, d.end)) else d for d in dates]


# a town and the area around it ("attacked X and the villages around it", "struck the city of X
# and a district to its east"); a figure of an unnamed area ("injuring three in the surrounding
# region", "four people in the X area") (1.26.0)
_AROUND = re.compile(r"\s+and\s+(?:the\s+|its\s+|a\s+)?(?:(?:villages|towns|settlements|"
                     r"communities|"
                     r"suburbs|areas?|districts?)\s+(?:around|near|surrounding)\s+it|(?:district|"
                     r"area)\s+to\s+its\s+(?:north|south|east|west)\w*|suburbs|outskirts|"
                     r"surroundings|environs)\b")
_AREA_FIG = re.compile(r"[^.;,]{0,40}?\bin\s+the\s+(?:surrounding\s+(?:region|area|villages|"
                       r"district)|[A-Z][\w'’\-]+\s+area)\b")


def _article_side(drafts: list[Draft]) -> str | None:
    """The one country of the article's impact rows so far, if they share one."""
    countries = {d.country for d in drafts if d.kind == "impact"}
    return countries.pop() if len(countries) == 1 else None


def _air(counts: list[Count]) -> list[Count]:
    """Counts of an air tally: drones and missiles, not glide bombs launched (those count for
    the place they hit, GUIDELINES 2); guided bombs shot down are part of the air-defence claim
    ("brought down four Hammer guided bombs, two HIMARS rockets and 52 drones": 58) (1.16.0)."""
    return [c for c in counts if c.wtype != "glide_bomb" or c.field == "intercepted"]


def _district_total(text: str, here: list[tuple[Mention, Draft]]) -> bool:
    """"In total, 22 UAVs were destroyed over T and the A, B and C districts": a governor's total
    over one region's town and districts is that region's row, not the country's."""
    return ("district" in text and bool(IN_TOTAL.search(text))
            and not cx.nationwide(IN_TOTAL.sub("", text))
            and len({m.admin1 for m, _ in here}) == 1
            and region_mention(here[0][0].admin1) is not None)


def _side(text: str, here: list[tuple[Mention, Draft]]) -> str:
    """Whose territory a tally is about: the side cue, else the country of the places named."""
    countries = {m.country for m, _ in here}
    if not cx.has_side_cue(text) and len(countries) == 1:
        return countries.pop()
    return cx.target_side(text)


_THE_TOWN = re.compile(r"\bthe (?:city|town|village)\b")
_IN_THE_TOWN = re.compile(r"\b(?:in|on|at) the (?:city|town|village)\b|"
                          # "shelled residential areas in the north of the city" (1.23.0)
                          r"\bin the (?:north|south|east|west|centre|center|outskirts) of the "
                          r"(?:city|town|village)\b|"
                          # "a drone damaged a trolleybus in the same district" (1.23.0)
                          r"\bin the same (?:district|neighbou?rhood|area|city|town)\b")


def _last_town(drafts: list[Draft]) -> list[Draft]:
    """The latest settlement row: "the city" of a figure sentence after a country tally."""
    return next(([d] for d in reversed(drafts) if d.kind == "impact"
                 and d.level == "settlement"), [])


_MINISTRY = re.compile(r"\b(?:[Dd]efen[cs]e [Mm]inistry|[Aa]ir [Ff]orce)\b")
_OWN_TIME = re.compile(r"\d:\d\d|\b(?:overnight|night|past|last|morning|afternoon|evening|today|"
                       rf"yesterday|earlier|{either_case(WEEKDAYS)}|{either_case(MONTH_NAMES)})\b")
_NIGHT_AFTER = re.compile(r"\s+(?:night|evening)\b")
_LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?$")


_MONTH_YEAR_WHEN = re.compile(rf"\bin (?:{MONTH_ALT}) 20\d\d(?:,\s+when\b|\s+"
                              # "a strike on the port in December 2023 killed one" (1.20.0)
                              r"(?:that\s+)?(?:killed|wounded|injured))")


# "The printing plant, one of the largest in Ukraine, was also hit in May 2024, when a Russian
# missile strike killed seven"; "The refinery was also targeted on August 7, when ..." (1.17.0)
_ALSO_HIT = re.compile(r"\b[Tt]he (?:[\w\-]+ ){0,3}?(?P<noun>[a-z]+)(?:, [^,]+,)? (?:was|were) "
                       r"also (?:hit|struck|targeted|attacked|shelled|damaged) (?:on|in) "
                       r"(?P<when>[^,]+), when\b")


def _thing_place(noun: str, drafts: list[Draft], sents: list[Sentence]) -> Draft | None:
    """The first town row whose sentences name the thing ("the plant", "the refinery"): where
    the article brought it in (a later "struck the X refinery as well as a radar near Y" is Y's
    row only by sharing the sentence)."""
    return next((d for d in drafts if d.kind == "impact" and d.level == "settlement"
                 and any(noun in sents[k].text for k in d.sents)), None)


def _past_place(text: str, targets: list[Mention], focus: list[Draft]) -> Mention | None:
    """The place of an earlier attack told inside a sentence: the town named, else the row told
    just before when the sentence speaks of "the city" / "the town"."""
    towns = [m for m in targets if m.level == "settlement"]
    if len(towns) == 1:
        return towns[0]
    if not targets and len(focus) == 1 and focus[0].kind == "impact" \
            and focus[0].level == "settlement" and _THE_TOWN.search(text):
        return _mention_of(focus[0])
    return None


def _past_town(text: str, targets: list[Mention], sents: list[Sentence], i: int,
               ctx: list[str], drafts: list[Draft]) -> Mention | None:
    """ "The city was last hit this hard in August 2023, when ...": a sentence whose subject is
    "the city" speaks of the town last named, when it names no place (1.26.0)."""
    if targets or not _THE_TOWN_OPENS.match(text):
        return None
    town = _last_named_town(sents, i, ctx, drafts)
    return _mention_of(town) if town is not None else None


_AND_SURROUNDING = re.compile(r"\s+and\s+(?:the|its)\s+surrounding\s+(?:region|oblast|area)\b")
_EVENT_WORDS = ("came ", "comes ", "retaliation", "revenge", "reprisal", "response", "follow")
_HABIT_WORDS = (" times", " used ", "under ", "most ", " reach ")
_THE_TOWN_OPENS = re.compile(r"The (?:city|town|village)\b")


_BARE_RISE = re.compile(rf"\bthe (?:number|figure|toll) (?:had |has )?(?:risen|rose|climbed|"
                        rf"increased|grown|grew) to (?P<n>{num_pattern()})\b")


def _colon_split(text: str, here: list[tuple[Mention, Draft]],
                 figs: list[Figure]) -> tuple[Draft, list[tuple[Draft, Figure]]] | None:
    """One region named before ": " with the sentence's figures, and after it only towns each
    told as "N in Town": the region's row and the towns' shares of its first figure's field."""
    colon = text.index(": ")
    regs = [(m, d) for m, d in here if m.start < colon]
    towns = [(m, d) for m, d in here if m.start > colon]
    if len(regs) != 1 or regs[0][0].level != "admin1" or len(towns) < 2 or any(
            m.level != "settlement" for m, _ in towns) or any(f.pos > colon for f in figs):
        return None
    shares = []
    for m, d in towns:
        n = SHARE.search(text, colon, m.start)
        v = parse_number(n.group("n")) if n else None
        if v is None:
            return None
        shares.append((d, Figure(figs[0].field, v, n.start(), "plain")))
    return regs[0][1], shares


def _district_in(text: str, admin1: str | None, ctx: list[str]) -> bool:
    """"In the Dnipropetrovsk region, a missile hit an enterprise in Pavlohrad district, injuring
    three": the region's row is told by a district of it, and with a figure it stands beside its
    towns (1.16.0)."""
    return any(m.level == "admin1" and m.admin1 == admin1 and DISTRICT_AFTER.match(text, m.end)
               for m in find_places(text, ctx))


def _region_named(clause: str, town: Mention, ctx: list[str]) -> bool:
    """"shot down six missiles over Crimea ..., while the head reported damage in Dzhankoi": the
    count's clause names the town's own region (1.16.0)."""
    return any(m.level == "admin1" and m.admin1 == town.admin1
               for m in find_places(clause, ctx))


_OF_DISTRICT = re.compile(r"\b(?:communities|villages|settlements|hromadas|towns)\s+of\s+the\s+$")


def _district_town(text: str, m: Mention, drafts: list[Draft], dated: bool = True) -> Mention:
    """"power was cut in the Morozovsk district" after a row for the town of Morozovsk: the
    district named after a town already struck is that town's row, not its region's (1.16.0);
    so is "the city's X district" after a town's row (1.17.0).
    A district named as its region ("the Sumy district" after a row for Sumy) stays the oblast's.
    A sentence with no date of its own also finds the town by the gazetteer's name for the one
    written (1.34.0)."""
    if m.level != "admin1" or not DISTRICT_AFTER.match(text, m.end):
        return m
    name = text[m.start:m.end]
    if m.admin1 and m.admin1.startswith(name):
        return m    # "the Sumy district" around the regional capital: the oblast's row
    # ("An attack was repelled in the Chernomorskoye district" after a row for Chornomorske,
    # the village's name in the gazetteer; not "said the previous day that shelling had hit the
    # Kupyansk district": another day's, a district's villages (1.34.0))
    names = {name} | ({c.name for c in load().settlements.get(norm(name), ())
                       if c.admin1 == m.admin1} if not dated else set())
    town = next((d for d in drafts if d.kind == "impact" and d.level == "settlement"
                 and d.admin1 == m.admin1 and d.location in names), None)
    if town is None and text.endswith(("city's ", "town's ", "city’s ", "town’s "), 0, m.start):
        # "a drone strike in the city's Inhulets district" after a row for Kryvyi Rih: a
        # district of the town told before (1.17.0)
        town = next((d for d in reversed(drafts) if d.kind == "impact"
                     and d.level == "settlement" and d.admin1 == m.admin1), None)
    if town is None:
        return m
    return Mention(m.start, m.end, town.country, town.admin1, town.iso, town.location, town.lat,
                   town.lon, "settlement", m.group)


def _mention_of(d: Draft) -> Mention:
    return Mention(0, 0, d.country, d.admin1, d.iso, d.location, d.lat, d.lon, d.level)


_PARTLY_OCCUPIED = {"Donetsk Oblast", "Luhansk Oblast", "Zaporizhzhia Oblast", "Kherson Oblast"}
# literals one of which a sentence naming such a region holds (a cheap test first)
_OCCUPIED_NAMES = ("Donetsk", "Luhansk", "Lugansk", "Zaporizh", "Zaporozh", "Kherson")
# "Ukrainian shelling damaged a school" in Russian-held Horlivka: Ukraine is the attacker
_BY_UKRAINE = re.compile(r"\b(?:Ukrainian|Kyiv's|Kiev's)\s+"
                         r"(?:armed forces'?\s+|army\s+|military\s+)?(?:(?:missile|drone|rocket|"
                         r"artillery)\s+)?(?:shelling|shells|strikes?|attacks?|artillery|rockets?|"
                         r"shell)\b|\bUkrainian\s+(?:armed forces|army|military|troops|forces|"
                         r"drones?|missiles?|UAVs?|units)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+)?(?:struck|"
                         r"hit|attacked|shelled|dropped|fired\s+(?:on|at)|"
                         # "a Ukrainian drone had injured two people in Vasylivka" (1.18.0)
                         r"injured|wounded|killed|damaged)\b|\b(?:from|by)\s+an?\s+Ukrainian\s+"
                         r"(?:drone|UAV)\b")


# "Russian-occupied Donetsk", "on the occupied left bank", "the Russian-installed head of the
# town said", "The Kiev regime fired ... at Melitopol", "blaming Ukrainian forces": a strike on a
# town Russia holds, told by its side (1.20.0)
_OCCUPIED_CUE = re.compile(r"\b(?:Russian-occupied|Russian-held|occupied left bank|(?:Russian|"
                           r"Moscow)-installed|Kiev regime|blam(?:ing|ed) Ukrain|"
                           # "the Russian-appointed administration of the Kherson region", "the
                           # head of the Donetsk People's Republic" (1.23.0)
                           r"(?:Russian|Moscow)-appointed|People['’]s Republic)")


def _attacker(country: str, admin1: str | None, text: str = "") -> str:
    if country == "UKR":
        if admin1 in _PARTLY_OCCUPIED and (_BY_UKRAINE.search(text) or _OCCUPIED_CUE.search(
                text) or (
                cx.RUS_TARGET.search(text) and cx.intercept_only(text))):
            return "UKR"    # also a Russian interception claim over an occupied area
        return "UKR" if admin1 in OCCUPIED_BY_RUSSIA else "RUS"
    return "UKR"


# "the city's Russian-appointed mayor": an occupation official's title, no Russian attacker
_OCC_TITLE = re.compile(r"\bRussian-(?:appointed|installed|backed|controlled)\b")  # 1.13.0


class _Builder:
    """Accumulates drafts for one article."""

    def __init__(self, pub: date | None) -> None:
        self.drafts: list[Draft] = []
        self.default = (pub, "day" if pub else "unknown", 0)
        # regions a sentence told of as struck by Ukraine or held by Russia ("Ukrainian forces
        # had shelled several towns on the left bank, the Russian-appointed administration of
        # the Kherson region said"): its towns told next are Ukraine's targets (1.23.0)
        self.occupied: set[str] = set()

    def place(self, m: Mention, when: tuple, i: int, text: str = "") -> Draft:
        who = _attacker(m.country, m.admin1, text)
        if who == "RUS" and m.admin1 in _PARTLY_OCCUPIED and "Russia" not in _OCC_TITLE.sub(
                "", text) and any(
                d.attacker == "UKR" and d.admin1 == m.admin1 and d.kind == "impact"
                for d in self.drafts):
            who = "UKR"     # "In Kamenka-Dneprovskaya, a drone ...": after Ukraine's strikes there
        elif who == "RUS" and m.admin1 in self.occupied and "Russia" not in _OCC_TITLE.sub(
                "", text):
            who = "UKR"     # "two women died in Novaya Kakhovka" after the occupation
            # authorities' lead "Ukrainian forces had shelled several towns" (1.23.0)
        d = Draft("impact", m.country, m.admin1, m.iso, m.location, m.lat, m.lon, m.level,
                  when[0], when[1], when[2], who, [i])
        return self._add(d)

    def wave(self, country: str, when: tuple, i: int) -> Draft:
        lat, lon = load().countries[country]
        d = Draft("wave", country, None, None, None, lat, lon, "country", when[0], when[1],
                  when[2], "RUS" if country == "UKR" else "UKR", [i])
        return self._add(d)

    def _add(self, d: Draft) -> Draft:
        key = d.key     # (a property: built once, not once per draft compared)
        for old in self.drafts:
            if old.key == key:
                if d.sents[0] not in old.sents:
                    old.sents.append(d.sents[0])
                return old
        self.drafts.append(d)
        return d


_REGIONAL_AFTER = re.compile(r"\s+(?:Regional|Oblast|region)\b")    # (_named_rows')


def _named_rows(text: str, ctx: list[str], drafts: list[Draft]) -> list[Draft]:
    """Rows of the places a sentence names without reporting them struck ("A 70-year-old
    Semenivka resident has been killed"; "the head of the Kyiv Regional Administration said
    there were no victims in the region")."""
    g = load()
    out: list[Draft] = []
    for m in find_places(text, ctx):
        if " to " in text and taken_for_care(text, m.start, m.end, text[max(0, m.start - 80):
                                                                          m.start]):
            continue    # "transferred to X for treatment": where the wounded went (1.27.0)
        region = m.admin1 if m.level == "admin1" else None
        if m.level == "settlement" and _REGIONAL_AFTER.match(text[m.end:]):
            reg = g.regions.get(norm(m.location or ""))
            region = reg.admin1 if reg else None
        for d in drafts:
            if d.kind != "impact" or d in out:
                continue
            if (region and d.level == "admin1" and d.admin1 == region) or (
                    region is None and d.location == m.location):
                out.append(d)
    return out


_AT_REGION = re.compile(r"\b(?:launched|fired|sent|directed|aimed) (?:at|against|towards) the ")


def _own_region_named(text: str, ctx: list[str], focus: list[Draft]) -> bool:
    """"12 drones were launched at the Odesa region and 10 of them were shot down" after the
    Odesa row: the one town's own region named as what was attacked, the town's tally (as "the
    region" is, dev a010)."""
    if len(focus) != 1 or focus[0].level != "settlement" or not _AT_REGION.search(text):
        return False
    places = find_places(text, ctx)
    return bool(places) and all(m.level == "admin1" and m.admin1 == focus[0].admin1
                                and _AT_REGION.search(text, 0, m.start) for m in places)


def _zero_then_claim(text: str, pos: int, here: list[tuple[Mention, Draft]],
                     focus: list[Draft]) -> bool:
    """"There were no casualties," the governor wrote, adding that air defence had destroyed seven
    drones over the Tula region: after a town's strike, the zero is that town's; the region named
    only in the interception claim after it is a row of its own."""
    if len(focus) != 1 or focus[0].kind != "impact" or focus[0].level != "settlement":
        return False
    return all(m.level == "admin1" and m.admin1 == focus[0].admin1 and m.start > pos
               and cx.INTERCEPT_ONLY.search(text, pos, m.start) for m, _ in here)


def _several_towns(text: str, ctx: list[str]) -> bool:
    """A headline naming two towns ("Drones strike A and B: one killed, 13 injured"): its
    figures are the two towns' total, no one town's."""
    return (" and " in text or ", " in text) and len(
        {m.location for m in find_places(text, ctx) if m.level == "settlement"}) >= 2


def _extract(article: dict) -> list[dict]:
    text = article.get("text") or ""
    pub = parse_published(article.get("published_at"))
    b = _Builder(pub)
    sents = split_sentences(text)
    lowtext.begin(text, [s.text for s in sents])
    occ_names = tuple(w for w in _OCCUPIED_NAMES if w in text)    # those of the article
    ctx: list[str] = []
    focus: list[Draft] = []
    pending: list = []
    redated: list = []     # (row, the report's day it left; 1.28.0)
    head_figs: list[tuple[str, list]] = []
    prev_regions = False
    upd: tuple[int, int] = (-1, 0)      # paragraph and time of the last "Update at ..." line
    updates: list = []
    carry, carry_para = b.default, -1
    lead: tuple | None = None   # the attack date of the article's lead sentence
    roundup_lead = False        # the lead counts the settlements attacked that day
    night_lead = False          # the lead dates a night attack the day before publication
    shell_lead = False          # the lead is about shelling
    lead_wide = False           # the lead tells the attack on the whole country
    toll_lead: set[str] = set()     # the weapons of a lead updating an earlier attack's toll
    title = str(article.get("title") or "")
    head = find_weapons(title) if title and not text.startswith(title) else (set(), [])
    named: list[tuple] = []     # (sentence, date, has targets, has tallies, classes, models)
    for i, s in enumerate(sents):
        # (1.36.0: a list's introduction and an item's later sentences keep the day)
        if s.para != carry_para and not s.text.startswith(("-", "•")) \
                and not (list_intro(sents, i) if s.text.endswith(":") else in_item(sents, i)):
            carry, carry_para = b.default, s.para
            under = roundup_lead and not any(w in s.text for w in (
                "the past", "the last", "vernight")) and not s.text.startswith(
                ("Background", "Context", "Reminder", "Earlier"))
            if lead is not None and (_LABELLED.match(s.text) or under):
                # "Pisochyn: at about 14:40, ..." under a lead dated "on Tuesday"; "In the
                # village of X, ..." under "attacked four settlements ... on Friday evening"
                carry = lead
            elif lead is not None and (night_lead or (
                    # "killed in X on Saturday, the governor said" in a Sunday article: the
                    # later undated paragraphs tell Saturday too, except a ministry's bulletin
                    # items ("the ministry added") and "Background: ..." (1.19.0)
                    pub is not None and lead[0] is not None and lead[0] < pub
                    and ("ministry" not in s.text or "energy ministry" in s.text)
                    and "bulletin" not in s.text
                    and not s.text.startswith(("Background", "Context", "Reminder", "Earlier")))) \
                    and not s.text.startswith(
                    ("Separately", "Elsewhere", "Meanwhile", "In a separate")) \
                    and ("shell" not in s.text or shell_lead) and "past" not in s.text \
                    and "last 24" not in s.text \
                    and (lead_wide or not _MINISTRY.search(s.text) or (
                        # "The air force said Russia launched 309 drones in the attack" in a
                        # follow-up: no time of its own, the lead's attack (1.26.0)
                        s.para > 0 and not _OWN_TIME.search(s.text)
                        and bool(find_tallies(s.text)))):
                # a paragraph told apart ("Separately, ...") or about shelling is another
                # attack, a claim "over the past day" and a ministry's or air force's tally are
                # the report's day; an "overnight" of its own still wins (strength 1)
                carry = (lead[0], lead[1], 1)
            if carry[0] is not None and pub is not None and carry[0] < pub:     # (1.38.0)
                carry = latest_row_day(b.drafts, sents, i, carry, pub)
        if s.text.startswith(("Around the same time", "At the same time", "At about the same time",
                              "About the same time", "At around the same time",
                              "In the same night", "The same night", "That same night",
                              "Later that night", "Later in the evening", "Later that evening",
                              "Later that day", "Later the same day",
                              # "The same morning, a drone struck a farm" (1.19.0)
                              "The same morning", "That same morning", "The same day",
                              "That same day", "The same evening", "That same evening",
                              # "On the same evening, Russian forces shelled X" (1.21.0)
                              "On the same day", "On the same evening", "On the same night",
                              "On the same morning", "On that same ", "On that day",
                              # "The strike also hit the town of X": the strike told (1.19.0)
                              "The strike also ", "The attack also ",
                              # "The barrage also hit the town of X" (1.22.0)
                              "The barrage also ", "The bombardment also ",
                              "The assault also ")) and focus \
                and focus[-1].event_date is not None:
            # "Around the same time, drones attacked a substation in X": the last row's day;
            # likewise "In the same night, ..." and "Later in the evening, ..." (1.15.0)
            carry = (focus[-1].event_date, focus[-1].precision, max(focus[-1].date_strength, 2))
        elif s.text.startswith(("Hours later, ", "A few hours later, ", "Several hours later, ")) \
                and "midnight" not in s.text and (dated := next((
                    d for d in reversed(b.drafts) if d.kind == "impact" and d.date_strength >= 2
                    and d.event_date is not None), None)) is not None:
            # "Hours later, drones attacked the town of X" (not "after midnight"): the day of
            # the last row dated by the text (a ministry's claim between keeps no day) (1.17.0)
            carry = (dated.event_date, dated.precision, max(dated.date_strength, 2))
        elif (" that day" in s.text or " the same day" in s.text or " that night" in s.text
              or " the same night" in s.text or s.text.startswith(_THAT_OPENS)) \
                and _THAT_DAY.search(s.text) \
                and (dated := next((d for d in reversed(b.drafts) if d.kind == "impact"
                                    and d.date_strength >= 2 and d.event_date is not None),
                                   None)) is not None:
            # "Russia fired 38 missiles across Ukraine that day, of which 25 were shot down":
            # the day of the last row dated by the text (1.23.0)
            carry = (dated.event_date, dated.precision, max(dated.date_strength, 2))
        if s.text.startswith(("A", "O", "T", "F", "S")) and (later := _DAYS_LATER.match(s.text)) \
                and (dated := next((d for d in reversed(b.drafts) if d.date_strength >= 2
                                    and d.event_date is not None), None)) is not None \
                and (day := dated.event_date + timedelta(days=_LATER_N[(
                    later.group("n") or "a").lower()])) and (pub is None or day <= pub):
            # "Two days later, a drone attack on the Syzran refinery killed one worker" after a
            # row dated the 14th: the 16th; likewise "The next day, ..." (1.18.0)
            carry = (day, "day", 2)
        stamp = _UPDATE_AT.match(s.text)
        if stamp:
            upd = (s.para, _minutes(stamp))
        dates = find_dates(s.text, pub)
        if dates and (" where " in s.text or ", which " in s.text):
            dates = _outside_asides(s.text, dates)
        if dates and ("been " in s.text or "already " in s.text):
            dates = drop_past_aside_dates(s.text, dates)     # (1.38.0: "which had already been")
        if dates and (" rose " in s.text or " risen " in s.text or " climbed " in s.text):
            dates = _toll_rise_days(s.text, dates)
        n_regions = "regions" in s.text and bool(nr := _N_REGIONS.search(s.text))
        if n_regions and ", and " in s.text[:nr.start()]:
            cut = s.text.rindex(", and ", 0, nr.start())
            # "A, B and C reported damage to energy sites, and supplies were cut in several
            # regions": the regions are another clause's, A, B and C stay towns (1.24.0)
            n_regions = not _NO_CAPITAL.fullmatch(s.text, cut + 6)
        hint, prev_regions = n_regions or prev_regions, n_regions
        strike = cx.is_strike_sentence(s.text)
        home = next((d.admin1 for d in reversed(b.drafts) if d.kind == "impact"),
                    ctx[-1] if ctx else None)
        # (find_targets gives nothing for a sentence telling no strike)
        targets = find_targets(s, ctx, hint, strike, home, frozenset(
            d.admin1 for d in b.drafts if d.kind == "impact")) if strike else []
        if occ_names and any(w in s.text for w in occ_names) and (
                "Ukrain" in s.text or "-appointed" in s.text or "Republic" in s.text) and (
                _BY_UKRAINE.search(s.text) or _OCCUPIED_CUE.search(s.text)):
            b.occupied |= {m.admin1 for m in find_places(s.text, ctx)
                           if m.admin1 in _PARTLY_OCCUPIED}
        if not targets and strike and " district" in s.text and (
                cd := ("'s " in s.text and CITYS_DISTRICT.search(s.text)) or (
                    dates and s.text.startswith(("On ", "Last ")) and dates[0].start < 9
                    and DATED_DISTRICT.search(s.text))) and (
                    town := _last_named_town(sents, i, ctx, b.drafts)) is not None and (
                    "'s " in cd.group() or one_town(b.drafts) or (
                        i > 0 and sents[i - 1].para == s.para and any(
                            m.location == town.location
                            for m in find_places(sents[i - 1].text, ctx)))):
            # "On Sunday, a drone strike on the city's Komunarskyi district injured four" after
            # a row for Zaporizhzhia: the town last named (its own day makes it another row);
            # a sentence opening with its day, "Last Tuesday, a drone struck a bakery in the
            # Slobidskyi district, killing two", too, in an article about one town or right
            # after a sentence naming the town ("Kharkiv had been hit three nights in a row.")
            # (1.17.0)
            targets = [Mention(cd.start(), cd.end(), town.country, town.admin1, town.iso,
                               town.location, town.lat, town.lon, "settlement")]
        if not targets and strike and i > 0 and sents[i - 1].para == s.para \
                and sents[i - 1].text.endswith(".") and len(sents[i - 1].text) < 40 and (
                    i == 1 or sents[i - 2].para != s.para) \
                and _PLACE_LABEL.fullmatch(sents[i - 1].text) \
                and len(lab := find_places(sents[i - 1].text, ctx)) == 1:
            # "Kupiansk. An FPV drone hit a car in the town centre.": a paragraph opening with
            # a place's name alone labels the entry's place, as "Kupiansk:" does (1.20.0)
            targets = [Mention(0, 0, lab[0].country, lab[0].admin1, lab[0].iso,
                               lab[0].location, lab[0].lat, lab[0].lon, lab[0].level)]
        figs = find_casualties(s.text)
        if figs and s.text.startswith(("Later ", "Another ")) and (
                later := _LATER_ATTACK.match(s.text)):
            # "Later in the day, a drone attack on the city's X district wounded a woman and her
            # son": another attack on the same place, its victims add to the earlier ones
            # (1.19.0)
            figs = [Figure(f.field, f.value, f.pos, "more") if f.kind == "plain"
                    and f.pos >= later.end() else f for f in figs]
        if not targets and figs and strike and dates and "'s " in s.text and (
                cs := _CITYS.search(s.text)) and (
                town := _last_named_town(sents, i, ctx, b.drafts)) is not None and any(
                    sents[j].para == s.para and any(m.location == town.location
                                                    for m in find_places(sents[j].text, ctx))
                    for j in range(max(0, i - 3), i)):
            # "Has Chernihiv been hit before? Yes. In August last year, a missile struck the
            # city's theatre square on August 19, killing seven": the town of the paragraph,
            # on its own day (1.19.0)
            targets = [Mention(cs.start(), cs.end(), town.country, town.admin1, town.iso,
                               town.location, town.lat, town.lon, "settlement")]
        if figs and " 20" in s.text and (past := _MONTH_YEAR_WHEN.search(s.text)) and all(
                f.pos > past.start() for f in figs) and (
                old := _past_place(s.text, targets, focus) or _past_town(
                    s.text, targets, sents, i, ctx, b.drafts)) is not None:
            # "X was last hit with such force in July 2022, when cruise missiles killed 28";
            # "the deadliest attack on the city since a strike ... in June 2023 that killed 12":
            # an earlier attack on the place, month only (GUIDELINES 6) (1.16.0)
            d = b.place(old, (None, "month", 0), i, s.text)
            d.figures += [(s.start + f.pos, f) for f in figs]
            d.add_weapons(*find_weapons(s.text[past.start():]))
            figs, targets = [], []
        if figs and " also " in s.text and (also := _ALSO_HIT.search(s.text)) and all(
                f.pos > also.end() for f in figs) and not any(
                m.level == "settlement" for m in targets) and (
                old := _thing_place(also.group("noun"), b.drafts, sents)) is not None:
            # "The refinery was also targeted on August 7, when a drone strike injured one
            # worker": an earlier attack on the thing of the town's row (a month alone gives
            # no day, GUIDELINES 6) (1.17.0)
            day = [e for e in dates if also.start("when") <= e.start < also.end("when")
                   and e.value is not None and not e.report]
            when = (day[0].value, day[0].precision, day[0].strength) if day else (
                None, "month", 0)
            if old.event_date is not None and (when[0] is None or when[0] < old.event_date):
                d = b.place(_mention_of(old), when, i, s.text)
                d.figures += [(s.start + f.pos, f) for f in figs]
                d.add_weapons(*find_weapons(s.text[also.end():]))
                figs, targets = [], []
        if not figs and len(focus) == 1 and focus[0].figures and " to " in s.text and (
                rise := _BARE_RISE.search(s.text)) and (v := parse_number(rise.group("n"))):
            # "Seven people have been wounded. ... An hour later he said the number had risen
            # to nine": the field of the figure told before (1.16.0)
            figs = [Figure(focus[0].figures[-1][1].field, v, rise.start("n"), "update")]
        if figs and since_record(s.text):
            figs, targets = [], []  # a war-long total "since 2022": no incident
        if (figs or targets) and " alone" in s.text and _ALONE.search(s.text):
            figs, targets = [], []  # "In March alone, more than 20 civilians were killed in the
            # region": a month's total, no incident (1.19.0); "more than 150 incidents recorded
            # in June alone in the X region" (no figure; 1.23.0)
        if targets and not figs and "past" in s.text and PAST_WEEK.search(_unaside(s.text)):
            targets = []    # "Over the past week, troops shelled 46 settlements": no incident
        if targets and not figs and "past" in s.text and all(m.level == "admin1" for m in targets) \
                and ROUNDUP.search(s.text) and N_ATTACKS.search(s.text) and not (
                    i + 1 < len(sents) and find_casualties(sents[i + 1].text)):
            targets = []    # "fired 76 munitions at the X region over the past day": a day's
            # count of attacks on the region with no figure here or next, no incident (1.12.0)
        if targets and not figs and "past" in s.text and " near " in s.text \
                and ROUNDUP.search(s.text) and N_ATTACKS.search(s.text):
            # "Over the past day, the Russians carried out 7 attacks near Vovchansk and 5 near
            # Kupiansk": a front report's count of attacks near a town, no incident (1.19.0)
            targets = [m for m in targets if not _NEAR_COUNT.search(s.text, max(0, m.start - 60),
                                                                     m.start)]
        if targets and not figs and cx.BACKGROUND.search(unsince(_unaside(s.text))):  # (1.35.0)
            targets = []    # "has regularly shelled X": background with no figure, no row
        if targets and not figs and recalled_unfigured(s.text):
            targets = []    # "the 14th attack on the capital in May", "hit in January" (1.37.0)
        if targets and not figs:
            targets = before_fighting(s.text, targets)  # "a new offensive in X" (1.37.0)
        if targets and any(w in s.text for w in _EVENT_WORDS) and (
                ev := cx.ANOTHER_EVENT.search(s.text)):
            # "The attack came hours before talks in X"; "... in what Moscow called
            # retaliation for the blast on the X bridge": the places after the cue (1.26.0)
            targets = [m for m in targets if m.start < ev.start()]
        if targets and not figs and (cause := cause_start(s.text)) is not None:
            # "the strikes were a response to Ukrainian attacks on A": the cause's places (1.29.0)
            targets = [m for m in targets if m.start < cause]
        if targets and ("s " in s.text or " regime" in s.text):
            targets = [m for m in targets if not of_the_state(s.text, m)]  # "Kyiv's arsenal"
        if targets and " from " in s.text:
            # "the drones were launched from the A region": a launch site, not struck (1.30.0)
            targets = [m for m in targets if not launched_from(s.text, m)]
        if targets and (" toward" in s.text or "ing for " in s.text or "headed for " in s.text):
            targets = [m for m in targets if not heading_share(s.text, m)]  # (1.36.0)
        if targets and not figs and any(w in s.text for w in _HABIT_WORDS) \
                and cx.HABIT.search(s.text) and not any(d.precision == "day" for d in dates):
            targets, focus = [], []   # "the airfield, which drones have attacked several times"
            # (a sentence naming a day tells an incident, not a habit) (1.26.0)
        if targets and " surrounding region" in s.text and cx.intercept_only(
                s.text):
            # "destroyed seven missiles fired at Belgorod and the surrounding region": the
            # region's claim, not the city's row (1.26.0)
            targets = [region_mention(m.admin1) or m if m.level == "settlement"
                       and _AND_SURROUNDING.match(s.text, m.end) else m for m in targets]
        if targets and " district" in s.text:
            if " of the " in s.text and any(m.level == "settlement" for m in targets):
                # "The A and B communities of the Nikopol district were also shelled": the
                # district locates them, no row of its own (1.18.0)
                targets = [m for m in targets if not (
                    m.level == "admin1" and _OF_DISTRICT.search(s.text, 0, m.start)
                    and DISTRICT_AFTER.match(s.text, m.end))]
            targets = [_district_town(s.text, m, b.drafts, bool(dates)) for m in targets]
        ctx += [m.admin1 for m in targets if m.admin1 and m.level == "admin1"]
        counts = find_tallies(s.text)
        counts = front_counts(s.text, counts, targets, b.drafts)    # (1.36.0)
        port_interceptions(s.text, bool(targets), counts, focus)    # sea drones (1.37.0)
        if counts and not targets and "ayor " in s.text:    # "Moscow Mayor said ..." (1.36.0)
            counts = mayor_claim(b, s.text, counts, ctx, _pick_date(dates, 0, carry), i)
        if counts and targets and not figs and (aim := aimed_split(s.text, targets)):
            w = b.wave(aim[1], _pick_date(dates, counts[0].pos, carry), i)     # (1.31.0)
            targets, counts, focus = to_the_wave(w, s.text, counts, aim[0], focus)
        targets, counts, focus, carry = whole_attack(b, s.text, counts, targets, figs, dates,
                                                     carry, focus, i)    # (1.36.0)
        if counts and targets and " districts of the region" in s.text \
                and len({m.admin1 for m in targets}) == 1 and _CITY_AND_DISTRICTS.search(s.text) \
                and (reg := region_mention(targets[0].admin1)) is not None:
            # "More than 10 UAVs were destroyed over Voronezh and three districts of the region":
            # the region's claim, not the city's (1.23.0)
            targets = [reg]
        elif counts and " districts" in s.text and (reg := district_claim_region(
                s.text, counts, targets, ctx, focus[0].admin1 if len(focus) == 1 else None)):
            # "over the city of A and three districts of the region", "in T and in the D and E
            # districts": a governor's count over his region (1.30.0)
            targets = [reg]
        if counts and figs:
            # "injuring 144 during a drone exhibition": a number read as a casualty figure
            # counts no weapons (1.19.0)
            counts = [c for c in counts if all(c.pos != f.pos for f in figs)]
        if counts and targets and s.text.startswith(("Of those", "Of them", "Of these",
                                                             "Of the total", "Of this number",
                                                             "Of that number")) and all(
                m.level == "admin1" for m in targets) and cx.intercept_only(s.text):
            # "Of those, 18 were downed over the Oryol region": one region's share of the claim
            # told before, no admin1 row (GUIDELINES 4) (1.12.0)
            targets, counts = [], []
        if counts and not targets and not figs and " Sea" in s.text and _OVER_SEA.search(s.text) \
                and cx.intercept_only(s.text) and not cx.nationwide(s.text) \
                and not _OVER_LAND.search(s.text, 0, _OVER_SEA.search(s.text).start()) \
                and not _FROM_SEA.search(s.text, 0, _OVER_SEA.search(s.text).start()):
            # ("missiles fired from warships in the Black Sea", "from strategic bombers over the
            # Caspian Sea": where they were launched from, not downed; 1.27.0)
            # ("destroyed 102 drones over Crimea, Krasnodar Krai and Belgorod region, as well as
            # nine unmanned boats in the Black Sea": the drones were over land, 1.23.0)
            counts = []     # "shot down 22 drones over the Black Sea": no place attacked, no row
            # (the sea is not a place) (1.19.0)
        if counts and (_PERIOD.search(s.text) or span_counts.many_days(s.text)):
            counts = []     # "over the past week, more than 200 drones": a tally of many days
            # ("in recent weeks", "this month alone": 1.27.0)
        scope = s.text
        if counts and (span := region_shares.share_span(s.text)) and cx.intercept_only(s.text):
            # "destroyed 88 drones overnight, 17 of them over the X region"; "40 over the X
            # region, 20 over the Y region ..." after the total: shares of the country's total,
            # no region row and no count of their own (GUIDELINES 4) (1.27.0)
            before = [c for c in counts if c.pos < span[0]]
            if any(c.field == "intercepted" for c in before) or (
                    focus and focus[0].kind == "wave" and focus[0].count("intercepted")
                    and focus[0].country in {m.country for m in find_places(
                        s.text[span[0]:span[1]], ctx)}):
                counts = before + [c for c in counts if c.pos >= span[1]]
                targets = [m for m in targets if not (m.level == "admin1"
                                                      and span[0] <= m.start < span[1])]
        elif counts and targets and (tot := region_shares.out_of_total(s.text)) and all(
                m.level == "admin1" and m.start < tot[0] for m in targets) and (
                own := find_tallies(s.text[:tot[0]])):
            # "destroyed 22 drones over the X region, out of a total of 70 brought down across
            # six regions": the region's claim, and the country's total beside it (1.27.0)
            w = b.wave(targets[0].country, _pick_date(dates, tot[0], carry), i)
            w.counts.append(Count("intercepted", own[0].wtype, tot[1], tot[0]))
            w.add_weapons(*find_weapons(s.text))
            counts, scope = own, s.text[:tot[0]]
        wtext = s.text
        if " which " in wtext and (fw := _FROM_WHICH.search(wtext)):
            # "struck the Morozovsk airfield, the base from which Su-34 bombers drop glide
            # bombs on Ukrainian towns": what the target does, not the attack's weapon (1.19.0)
            wtext = wtext[:fw.start()] + " " * (fw.end() - fw.start()) + wtext[fw.end():]
        if " after " in wtext and (wa := _WEEK_AFTER.search(wtext)):
            # "..., a week after a barrage of missiles hit the capital": the weapons of an
            # earlier attack, not this one's (1.23.0)
            wtext = wtext[:wa.start()] + " " * (wa.end() - wa.start()) + wtext[wa.end():]
        classes, models = find_weapons(wtext)
        wtext, classes, models = strike_weapons(wtext, classes, models)     # (1.37.0)
        nationwide = cx.nationwide(scope)
        if not targets and title and s.text.strip() == title.strip():
            # a headline's figures serve only when the body has none: a nationwide one goes
            # to the country row if the body has one, else to the first place's row
            if figs and nationwide:
                head_figs.append((cx.target_side(s.text), figs))
            elif not _several_towns(s.text, ctx):
                pending += figs
            continue
        # "Two missiles hit the port area" after the port town's row: the town's (1.12.0)
        # '"Air defence forces destroyed nine UAVs over our territory," the governor wrote': the
        # speaker's region told before (1.20.0)
        # ("The city was targeted by 28 drones" opening the sentence: 1.23.0)
        local = bool(_LOCAL.search(s.text)) or told_place(s.text) or (    # (1.37.0)
            took_part(s.text)) or (     # "eight drones took part in the attack" (1.38.0)
            # "Russia fired two missiles at a district of the Black Sea city": the town told
            # before, named by its epithet (1.21.0)
            bool(counts) and not targets and bool(_EPITHET_TOWN.search(s.text))) or (
            # "A spokesman said three missiles had been fired from strategic bombers": a count
            # with no place, no side and no nationwide cue after one town's row (1.21.0)
            bool(counts) and not targets and len(focus) == 1 and focus[0].kind == "impact"
            and focus[0].level == "settlement" and not nationwide
            and not cx.has_side_cue(s.text) and not _COUNTRY_WORD.search(s.text)
            # (a town's few weapons: "On January 1 alone, 103 drones were launched" is no
            # town's)
            and all(c.field == "launched" and c.value <= 20 for c in counts)) or (
            # '"Air defence worked in the region. Five enemy drones were shot down"': the
            # region of the sentence before (1.16.0)
            bool(counts) and i > 0 and sents[i - 1].para == s.para
            and any(w in sents[i - 1].text for w in ("the region", "The region", "the oblast",
                                                     "The oblast"))
            and not find_places(sents[i - 1].text, ctx)
            and bool(IN_REGION.search(sents[i - 1].text))) or (
            # "The mayor said two bombs hit the Kyivskyi district": a district of the city told
            # before (1.16.0)
            bool(counts) and not targets and " district" in s.text
            and bool(A_CITY_DISTRICT.search(s.text))) or (
            # "Two drones struck a refinery in X." then '"Two drones hit the plant this
            # morning," the governor wrote' / "the facility was hit by two drones": drones that
            # hit something, with no place, are the one town's told just before (1.20.0)
            bool(counts) and not targets and strike and all(
                c.field == "hit" and _N_WEAPONS.match(s.text, c.pos) for c in counts)
            and len(focus) == 1 and focus[0].kind == "impact" and focus[0].level == "settlement"
            and sents[focus[0].sents[-1]].para >= s.para - 1) or (
            # "the ministry said Kiev fired ten cruise missiles at the shipyard": its version of
            # the one attack just told, with no place or scope of its own (1.30.0)
            not targets and not nationwide and len(focus) == 1 and focus[0].kind == "impact"
            and focus[0].level == "settlement" and ministry_count_of_the_place(s.text, counts))
        if classes and strike and not cx.BACKGROUND.search(_unaside(s.text)):
            # a place-less sentence right after one town's sentence is about that town ("Six more
            # were wounded in the city when drones attacked"): its weapon is the town's
            bound = (not targets and not counts and not nationwide and len(focus) == 1
                     and focus[0].level == "settlement"
                     and sents[max(focus[0].sents)].para == s.para)
            named.append((i, _pick_date(dates, 0, carry)[0], bool(targets) or bound, bool(counts),
                          classes, models, {m.admin1 for m in targets if m.level == "admin1"}))
        if not targets and "again" in s.text and strike and len(focus) == 1 \
                and focus[0].kind == "impact" and focus[0].level == "settlement" \
                and focus[0].event_date is not None and (again := night_again(
                    s.text, dates, focus[0].event_date, pub)) is not None:
            # "Hours later, just after midnight, Russian drones struck the city again": a new
            # attack on the town, the next day (1.16.0); "The city came under attack again
            # overnight into Sunday": on the day told (1.32.0: night_again)
            focus = [b.place(_mention_of(focus[0]), (again, "day", 2), i, s.text)]
        if targets and counts and focus and focus[0].kind == "wave" and all(
                m.level == "admin1" for m in targets) and all(
                c.field == "intercepted" and _OF_THEM.match(s.text, c.pos) for c in counts) \
                and focus[0].count("intercepted"):
            # "shot down 162 drones over 11 regions. It said 46 of them had been downed over
            # the Kursk region": a part of the ministry's total, no region row (GUIDELINES 4)
            # (1.23.0)
            targets, counts = [], []
        # "The barrage came two days after missiles hit a school in X, killing nine": an
        # earlier attack, dated from the article's own (1.25.0)
        anchor = focus[0].event_date if len(focus) == 1 and focus[0].event_date else carry[0]
        after = after_date(s.text, dates, anchor) if (
            (targets or figs) and " after " in s.text) else None
        before = None
        if after is None and figs and (" before" in s.text or " earlier, " in s.text) and (
                before := before_date(s.text, dates, anchor)) is not None:
            # "Two days before the missile strike, a drone attack on X injured seven"; "X had
            # already been hit two days earlier, when a strike on Tuesday injured three": an
            # earlier attack dated from the article's own; its place the one named there, or
            # the town the sentence opens with (1.26.0)
            after = before
            targets = targets or [m for m in find_places(s.text, ctx)
                                  if m.start == 0 and m.level == "settlement"]
        if not targets and not figs and not counts and home and " of the region" in s.text \
                and i + 1 < len(sents) and _REGION_COUNT.search(s.text) \
                and ROUNDUP.search(s.text) and find_casualties(sents[i + 1].text) \
                and not find_places(sents[i + 1].text, ctx):
            # "Over the past day, N settlements of the region came under fire. Two people were
            # killed, the governor said": the region's day total, its figures told next (1.25.0)
            focus = [b.place(region_mention(home), _pick_date(dates, 0, carry), i, s.text)]
            focus[0].whole = True
        if targets:
            here = []
            scoped = _scoped_weapons(wtext, targets) if classes else {}
            kind = None     # the sentence's target type, found once
            for m in targets:
                d = b.place(m, after[1] if after and m.start >= after[0] else _pick_date(
                    dates, m.start, carry), i, _clause_at(s.text, m.start)
                            if len(targets) > 1 else s.text)
                if len(targets) > 1:
                    d.add_shared(*scoped.get(m.start, (set(), [])))
                elif "," in s.text and title and s.text.strip() == title.strip() and (
                        own := find_weapons(_clause_at(s.text, m.start)))[0]:
                    d.add_weapons(*own)     # "bomb kills man in X, drones hit Y": X's clause
                elif before is not None and m.start >= before[0]:
                    d.add_weapons(*striking_weapons(s.text, before[0]))
                else:
                    d.add_weapons(*scoped.get(m.start, (set(), [])))
                if d.target == "unknown":
                    kind = target_type(s.text) if kind is None else kind
                    d.target = kind
                here.append((m, d))
            shared = len(here) > 1 and len({m.group for m, _ in here}) == 1
            roundup = bool(ROUNDUP.search(s.text)) if "past" in s.text else False
            # "intercepted ten missiles over the Belgorod Region": a one-region claim keeps its
            # admin1 row beside the towns named next (GUIDELINES 4)
            roundup = roundup or bool(counts) and len(here) == 1 and cx.intercept_only(s.text)
            for m, d in here:   # "In the Bila Tserkva district, drones hit ...": the oblast
                if m.level == "admin1" and (DISTRICT_AFTER.match(s.text, m.end) or roundup
                                            or N_SETTLEMENTS.search(s.text, max(0, m.start - 60),
                                                                     m.start)
                                            or bool(figs) and " district" in s.text
                                            and _district_in(s.text, m.admin1, ctx)):
                    d.whole = True      # row stands beside the towns named next
            if sum(m.level == "admin1" for m, _ in here) >= 3:
                for m, d in here:   # "Hits were recorded in the Kharkiv, ... and Odesa
                    d.whole = d.whole or m.level == "admin1"    # oblasts": kept, not folded
            whole = [(m, d) for m, d in here if whole_region(s.text, m)]
            split = _colon_split(s.text, here, figs) if ": " in s.text and figs else None
            if split is None and figs and len(here) > 1:
                split = town_shares.split(s.text, here, figs)   # (the comma form, 1.30.0)
            if split is not None:
                # "Russian attacks killed five civilians in the X region on Monday, the governor
                # said: two in A, two in B and one in C": the region's toll, then each town's
                # share, and the region row stands beside the towns (1.17.0)
                split[0].whole = True
                whole = [(m, d) for m, d in here if d is split[0]]
                for d, f in split[1]:
                    d.figures.append((s.start + f.pos, f))
            for f in figs:
                owners = [d for _, d in here] if f.kind == "zero" else [
                    d for m, d in whole if not _semi_apart(s.text, m.start, f.pos)][:1] or [
                    _nearest(s.text, here, f.pos)]
                if f.kind != "zero" and ";" in s.text and title and s.text.strip() == \
                        title.strip() and all(_semi_apart(s.text, m.start, f.pos) for m, _ in here):
                    owners = []     # "Drone hits X, two injured; debris hits Y district"
                if f.kind == "zero" and len(here) > 1 and (
                        ";" in s.text or "while " in s.text or "whereas " in s.text) and (
                        part := [d for m, d in here if _part(s.text, m.start) == _part(
                            s.text, f.pos)]):
                    # "In A a resident was wounded, while in B a house was destroyed with no
                    # casualties": the zero is B's alone (1.19.0)
                    owners = part
                if f.kind == "zero" and _zero_then_claim(s.text, f.pos, here, focus):
                    owners = focus[:1]  # the town of the sentence before, not the claim's region
                if shared and f.kind != "zero":
                    owners = []     # "four wounded across the A and B regions": no one place
                elif f.kind != "zero" and " in " in s.text and (
                        fin := FIG_IN.match(s.text, f.pos)) and (
                        at := [m for m, _ in here if m.start == fin.end()]):
                    # "injuring three people in the Kyiv and Zhytomyr regions": those places,
                    # and no one of them when they are a list
                    group = [d for m, d in here if m.group == at[0].group]
                    owners = group if len(group) == 1 or each_share(s.text, f.pos) else []
                if f.kind != "zero" and len(here) > 1 and (own := place_after(s.text, here, f.pos)):
                    owners = [own]     # (1.37.0: "shelled A and B, wounding a man in A")
                if f.kind != "zero" and (countrywide(_clause_at(s.text, f.pos), all(
                        m.level == "admin1" for m, _ in here)) or (
                        s.text.startswith(("Across ", "Throughout ")) and (
                            fr := _FRONT_CW.match(s.text)) and "," not in s.text[fr.end():f.pos])):
                    # "Across Ukraine, at least 30 people were killed, ..., with strikes also
                    # reported in A and B": the fronted phrase makes the figure the country's
                    owners = [b.wave(cx.target_side(s.text), _pick_date(dates, 0, carry), i)]
                if f.kind != "zero" and " in the " in s.text[f.pos:] and _AREA_FIG.match(
                        s.text, f.pos):
                    owners = []     # "injuring three in the surrounding region": no one place
                    # named (1.26.0)
                elif f.kind != "zero" and " and " in s.text and (town := [
                        m for m, _ in here if m.level == "settlement" and m.start < f.pos
                        and _AROUND.match(s.text, m.end)]):
                    # "attacked X and the villages around it, killing one and wounding 12": the
                    # area's toll, its region's row's if there is one, never the town's (1.26.0)
                    owners = [d for d in b.drafts if d.level == "admin1"
                              and d.admin1 == town[0].admin1][:1]
                for d in owners:
                    d.figures.append((s.start + f.pos, f))
            if counts and _district_total(s.text, here):
                own = b.place(region_mention(here[0][0].admin1), _pick_date(dates, 0, carry), i)
                own.counts += counts
                own.whole = True
            elif counts and (nationwide or len(here) > 1):
                w = b.wave(_side(s.text, here), _pick_date(
                    _clause_dates(s.text, dates, counts[0].pos), counts[0].pos, carry), i)
                w.counts += _air(counts)
                w.add_weapons(classes, models)
            elif counts and here[0][0].level == "settlement" and (
                    ", while " in s.text or ", adding that " in s.text) and (
                    mid := s.text[counts[-1].pos:here[0][0].start]) and (
                    cut := next((w for w in (", while ", ", adding that ") if w in mid), None)) \
                    and (IN_REGION.search(mid) or ("peninsula" in mid and PENINSULA.search(mid))
                         or _region_named(s.text[:s.text.index(cut, counts[-1].pos)],
                                          here[0][0], ctx)):
                # "53 drones were shot down over the region, while sources said warplanes were
                # destroyed at the X airbase": the region's count, not the town's (1.13.0);
                # "destroyed 28 drones over the X region, the governor said, adding that debris
                # had damaged a hangar in Y" (1.23.0)
                own = b.place(region_mention(here[0][0].admin1), _pick_date(dates, 0, carry), i)
                own.counts += counts
            elif counts and here[0][0].level == "settlement" and ", but " in s.text \
                    and "air defen" in s.text and DOWNED_BUT.search(
                        s.text[counts[-1].pos:here[0][0].start]):
                # "Ukraine fired 36 drones and three missiles and regional air defences brought
                # most of them down, the governor said, but a fire started at the X refinery":
                # the attack on the region is the region's row, not the town's (1.16.0)
                own = b.place(region_mention(here[0][0].admin1), _pick_date(_clause_dates(
                    s.text, dates, counts[0].pos), counts[0].pos, carry), i)
                own.counts += counts
                cut = s.text.index(", but ", counts[-1].pos)
                own.add_weapons(*find_weapons(s.text[:cut]))
                own.whole = True    # the region's own tally: not folded into the town
            elif counts and " as " in s.text and (asw := _AS_WAVE.search(s.text)) and all(
                    c.pos > asw.end() > here[0][0].start for c in counts):
                # "Woman killed in Kyiv Oblast as Russia sends 133 drones overnight": the
                # attack on the country, not the place's tally (1.19.0)
                w = b.wave(cx.target_side(s.text[asw.start():]), _pick_date(dates, 0, carry), i)
                w.counts += _air(counts)
                w.add_weapons(classes, models)
            elif counts and not all(_semi_apart(s.text, c.pos, here[0][0].start) for c in counts):
                here[0][1].counts += counts
            focus = [split[0]] if split is not None else [d for _, d in here]
        elif counts and figs and s.text.startswith(("In ", "Back in ")) \
                and _MONTH_YEAR.match(s.text) and (
                    bg := _background(b.drafts, focus, dates, sents, i, ctx, pub)):
            # "In April last year, three missiles struck the city centre, killing 18": an
            # earlier attack with its own count, not the current row's (1.26.0)
            d = b.place(bg[0], bg[1], i, s.text)
            d.figures += [(s.start + f.pos, f) for f in figs]
            d.counts += counts
            d.add_weapons(*striking_weapons(s.text, 0))
            focus = [d]
        elif (counts and (local or _anaphoric(s.text, counts) or _own_region_named(
                s.text, ctx, focus)) and (not nationwide or (
                    # "In total, four drones were launched at the city": the town's (1.19.0)
                    "total" in s.text and AT_THE_TOWN.search(s.text)
                    and not cx.nationwide(IN_TOTAL.sub("", s.text))))
              and len(focus) == 1 and focus[0].kind == "impact"):
            own = focus[0]
            if focus[0].level == "admin1" and "the city" in s.text \
                    and not IN_REGION.search(s.text) and not THE_REGION.search(s.text) \
                    and (town := _last_town(b.drafts)) and town[0].admin1 == focus[0].admin1:
                # "six drones hit a substation on the northern edge of the city" after the
                # governor's sentence about his region: the city told before (1.21.0)
                own = town[0]
            elif focus[0].level == "settlement" and IN_REGION.search(s.text):
                own = b.place(region_mention(focus[0].admin1), _pick_date(dates, 0, carry), i)
            elif focus[0].level == "settlement" and ("region" in s.text or "oblast" in s.text) \
                    and ON_REGION.search(s.text):
                counts = _air(counts)   # "14 guided bombs on the region": not the town's
                if counts and all(c.field == "intercepted" for c in counts) \
                        and cx.intercept_only(s.text):
                    # "two other missiles aimed at the region were shot down": the region's
                    # own claim beside the town's row (1.26.0)
                    own = b.place(region_mention(focus[0].admin1), _pick_date(dates, 0, (
                        focus[0].event_date, focus[0].precision, focus[0].date_strength)), i)
                elif counts and (reg := [d for d in b.drafts if d.level == "admin1"
                                       and d.admin1 == focus[0].admin1]):
                    own = reg[0]    # "launched 71 drones at the region over the past day": the
                    # region's row told before, not the town's (1.26.0)
            own.counts += counts
            own.figures += [(s.start + f.pos, f) for f in figs]
        elif figs and not counts and home and IN_REGION.search(s.text) and countrywide(
                s.text, True) is False and cx.COUNTRYWIDE.search(s.text):
            own = b.place(region_mention(home), _pick_date(dates, 0, carry), i)
            own.figures += [(s.start + f.pos, f) for f in figs]
            focus = [own]
        elif (counts or figs) and home and THE_REGION.search(s.text) and not countrywide(
                s.text, True) and not cx.nationwide(IN_TOTAL.sub("", s.text)) \
                and not find_places(s.text, ctx):
            # "In total, the governor said, the region came under attack from 56 drones, with
            # two civilians killed": the region of the article's rows, not a country row
            own = b.place(region_mention(home), _pick_date(dates, 0, carry), i, s.text)
            own.counts += counts
            own.figures += [(s.start + f.pos, f) for f in figs]
            own.whole = True
            focus = [own]
        elif figs and not counts and nationwide and "total" in s.text \
                and (" in the city" in s.text or " in the town" in s.text) \
                and not cx.COUNTRYWIDE.search(bare := IN_TOTAL.sub("", s.text)) \
                and not cx.nationwide(bare) and (town := _last_town(b.drafts)):
            # '"In total 97 people were injured in the city yesterday," the governor wrote': the
            # town's figures, not a country row (1.20.0)
            town[0].figures += [(s.start + f.pos, f) for f in figs]
            if i not in town[0].sents:
                town[0].sents.append(i)
            focus = town
        elif _air(counts) or (figs and (cx.COUNTRYWIDE.search(s.text) or nationwide)):
            counts = _air(counts)   # glide bombs are counted for a named place only
            first = counts[0].pos if counts else figs[0].pos
            side = cx.target_side(s.text)
            if not cx.has_side_cue(s.text) and len(focus) == 1 and focus[0].kind == "wave":
                side = focus[0].country
            elif counts and not cx.has_side_cue(s.text) and "Ukrain" not in s.text:
                # a tally in an article about Russia; "the defence ministry said it had destroyed
                # a drone over Bryansk region and two more over the Kaluga region": the country
                # of the regions named (1.16.0)
                lands = {m.country for m in find_places(s.text, ctx)}
                if not lands:
                    side = _article_side(b.drafts) or side
                elif len(lands) == 1:
                    side = lands.pop()
            side = "UKR" if kiev_claim(s.text) else side     # "Kiev claimed 81 shot down" (1.40.0)
            when = _pick_date(_clause_dates(s.text, dates, first), first, carry)
            if toll_lead and counts and lead is not None and lead[0] is not None \
                    and pub is not None and lead[0] < pub and when[0] != lead[0] \
                    and when[2] <= 1 and _MINISTRY.search(s.text) \
                    and follow_ups.tally_of_lead({c.wtype for c in counts}, toll_lead) \
                    and follow_ups.attack_night(s.text):
                # "The death toll from Thursday's missile strike rose to 10 on Friday. ... The air
                # force said Russia had fired ten missiles overnight": that attack's night, when
                # the tally counts the lead's weapons (drones after a missile strike are another
                # night's attack) (1.27.0)
                when = carry = (lead[0], lead[1], 2)
            when = earlier_tally_when(s.text, dates, anchor, counts, when)     # (1.38.0)
            w = b.wave(side, when, i)
            w.counts += counts
            w.add_weapons(classes, models)
            w.figures += [(s.start + f.pos, f) for f in figs]
            focus = [w]
        elif figs and not counts and not targets and ("either " in s.text or " both " in s.text) \
                and all(f.kind == "zero" for f in figs) and (_EITHER.search(s.text) or (
                    NEITHER.search(s.text))) and len(     # (1.37.0: "Neither place ...")
                    two := _last_two(b.drafts, i)) == 2:
            # "In A, debris damaged a roof. In B, a shell hit a house. No one was hurt in either
            # community": the zero of both places told just before, not of the last one only
            # (1.20.0)
            for d in two:
                d.figures += [(s.start + f.pos, f) for f in figs]
                d.sents.append(i)
            focus = two
        elif figs and not counts and after and all(f.pos >= after[0] for f in figs) \
                and _THE_TOWN.search(s.text, after[0]) and (
                    town := _last_named_town(sents, i, ctx, b.drafts)) is not None:
            # "It came a day after glide bombs hit a market in the city on Saturday, killing
            # two": the town's earlier attack, a row of its own (1.25.0)
            d = b.place(_mention_of(town), after[1], i, s.text)
            d.figures += [(s.start + f.pos, f) for f in figs]
            d.add_weapons(*striking_weapons(s.text, after[0]))
        elif figs and not counts and (bg := _background(b.drafts, focus, dates, sents, i, ctx,
                                                        pub)):
            # "On Dec. 11, debris injured four people": an earlier attack on the same place
            d = b.place(bg[0], bg[1], i, s.text)
            d.figures += [(s.start + f.pos, f) for f in figs]
            d.add_weapons(*(striking_weapons(s.text, 0) if opening_date(s.text, dates)
                            else (classes, models)))
            d.whole = d.level == "admin1"
            focus = [d]
        elif figs and s.para == upd[0] and len(focus) == 1 and focus[0].kind == "impact" \
                and sents[focus[0].sents[-1]].para == s.para and not targets:
            # "09:10 — In the city of Odesa, a drone hit a residential building. One person was
            # killed and 17 were injured": a live-blog entry's figures are its own strike's, not
            # an update of the main one (1.18.0); also when the entry names the main row's
            # place again ("09:58 - A missile struck Odesa. Preliminary: eight killed") (1.19.0)
            focus[0].figures += [(s.start + f.pos, f) for f in figs]
            if i not in focus[0].sents:
                focus[0].sents.append(i)
        elif figs and s.para == upd[0]:
            updates += [(10 ** 7 + upd[1], Figure(f.field, f.value, f.pos, "update"))
                        for f in figs if f.kind != "zero"]
            if len(focus) == 1 and focus[0].kind == "impact" \
                    and sents[focus[0].sents[-1]].para == s.para:
                # "08:40 — A missile struck ... in the Rivne district. No one was hurt.": the
                # zero of the entry's own strike
                focus[0].figures += [(s.start + f.pos, f) for f in figs if f.kind == "zero"]
        elif figs or classes:
            rows = _named_rows(s.text, ctx, b.drafts) if figs else []
            if not rows and figs and len(focus) == 1 and focus[0].kind == "wave" \
                    and not nationwide and all(sents[k].para != s.para for k in focus[0].sents):
                # "The main blow fell on Kyiv. ... the toll had risen to 12" after a paragraph
                # of the air force's tally: the row of the place this paragraph named, not the
                # tally's (1.19.0)
                rows = _para_rows(sents, i, ctx, b.drafts)
            if len(rows) == 1 and rows[0].level == "admin1" and len(focus) == 1 \
                    and focus[0].kind == "impact" and focus[0].level == "settlement" \
                    and focus[0].admin1 == rows[0].admin1 and "the region" not in s.text \
                    and sents[focus[0].sents[-1]].para == s.para and all(
                        cx.in_title(s.text, m) for m in find_places(s.text, ctx)):
                # "In Feodosia, a fire broke out at an oil depot. Sergei Aksyonov, the head of
                # Crimea, said one person had been injured": the region names the speaker's
                # office; the figure is the town's told just before (1.18.0)
                rows = [focus[0]]
            if not rows and figs and len(focus) == 1 and focus[0].kind == "wave" \
                    and _THE_TOWN.search(s.text):
                rows = _last_town(b.drafts)     # "..., according to the city's mayor"
            town = rows if len(rows) == 1 else focus if len(focus) == 1 else []
            if town and figs and strike and town[0].kind == "impact" \
                    and town[0].level == "settlement" and town[0].event_date is not None \
                    and s.text.startswith(("Last ", "On ", "In a separate attack ",
                                           "In another attack ")) and dates \
                    and _IN_THE_TOWN.search(s.text) and not nationwide \
                    and (when := _pick_date(_clause_dates(s.text, dates, 0), 0, carry))[0] \
                    and when[2] >= 2 and (when[0] < town[0].event_date or (
                        when[0] != town[0].event_date and s.text.startswith("In a"))):
                # "Last Thursday, a glide bomb attack on an industrial enterprise in the city
                # injured six people" after the city's Sunday row: an earlier attack on the
                # city, a row of its own (1.21.0); "In a separate attack on Thursday night,
                # Russian forces shelled residential areas in the north of the city" (1.23.0)
                rows = [b.place(_mention_of(town[0]), when, i, s.text)]
            elif town and figs and strike and town[0].kind == "impact" \
                    and town[0].level == "settlement" and town[0].event_date is not None \
                    and s.text.startswith(("In ", "Last ")) and len(dates) == 1 \
                    and dates[0].start < 20 and dates[0].precision == "month" \
                    and _IN_THE_TOWN.search(s.text) and not nationwide:
                # "In early October, a guided bomb hit a residential block in the city, killing
                # two people": an earlier attack on the city, month only (GUIDELINES 6) (1.23.0)
                rows = [b.place(_mention_of(town[0]), (None, "month", 0), i, s.text)]
            if len(rows) == 1:
                rows[0].figures += [(s.start + f.pos, f) for f in figs]
                if strike:
                    rows[0].add_weapons(classes, models, own=False)
                if i not in rows[0].sents:
                    rows[0].sents.append(i)
            elif len(focus) == 1:
                focus[0].figures += [(s.start + f.pos, f) for f in figs]
                if strike and not week_total(s.text):     # (1.32.0: a week's total)
                    focus[0].add_weapons(classes, models, own=False)
                if i not in focus[0].sents:
                    focus[0].sents.append(i)
            elif figs and (own := round_up_row(focus)) is not None:     # (1.36.0)
                own.figures += [(s.start + f.pos, f) for f in figs]
            elif focus:
                for d in focus:
                    d.figures += [(s.start + f.pos, f) for f in figs if f.kind == "zero"]
            elif s.para == 0:
                pending += figs
        if not targets and dates and len(focus) == 1 and focus[0].kind == "impact" and (
                "strike on " in s.text or "attack on " in s.text or " place on " in s.text
                or "happened on " in s.text or "occurred on " in s.text
                or " the town on " in s.text or " the city on " in s.text
                or " the village on " in s.text or "'s " in s.text or "’s " in s.text
                or " was hit " in s.text or " was struck " in s.text or " hit " in s.text
                or " struck " in s.text or " fired " in s.text or " launched " in s.text
                or " tore " in s.text or " dropped " in s.text
                or any(w in s.text for w in MORE_DAY_CUES)) and (
                m_on := _THE_STRIKE_ON.search(s.text) or _HIT_THE_TOWN_ON.search(s.text)
                or _WAS_HIT_ON.search(s.text) or _DAYS_STRIKE.search(s.text)
                or _FIRED_ON.search(s.text) or strike_day_told(s.text) or dropped_on(s.text)) \
                and not _elsewhere(s.text, m_on, focus[0]):     # (1.31.0: strike_day_told)
            was = focus[0].event_date
            _redate(focus[0], dates, m_on, told_before(focus[0], sents, pub, i))     # (1.38.0)
            if focus[0].event_date != was:
                redated.append((focus[0], was))
        if dates:
            carry = _pick_date(dates, 0, carry)
            if lead is None and s.para <= 1 and strike and carry[2] >= 2:
                lead = strike_lead(carry, focus, s.text, pub)     # (1.40.0: a toll update's)
                # "drones attacked X on Friday night" / "late on Friday" in an article of the
                # next day: the article's later undated and "overnight" paragraphs tell that
                # same night (GUIDELINES 7) (1.16.0)
                night_lead = pub is not None and carry[0] is not None and \
                    (pub - carry[0]).days == 1 and any(
                        d.value == carry[0] and (_NIGHT_AFTER.match(s.text, d.end)
                                                 or _LATE_BEFORE.search(s.text, max(0, d.start - 9),
                                                                        d.start)) for d in dates)
                roundup_lead = bool(SOME_PLACES.search(s.text))
                # "The X district came under fire 20 times on Wednesday": a lead about shelling
                # dates the shelling paragraphs too (1.20.0)
                # "Russia's missile strikes on Wednesday caused the first complete blackout of
                # Ukraine's power system": a lead about the attack on the whole country dates the
                # air force's tally and the energy ministry's list too (1.20.0)
                lead_wide = cx.nationwide(s.text) and not targets
                toll_lead = follow_ups.lead_weapons(s.text)     # (1.40.0: or none named)
                shell_lead = "shell" in s.text or "under fire" in s.text \
                    or "under Russian fire" in s.text
            if lead is not None and not roundup_lead and s.para <= 1 and strike \
                    and carry[0] == lead[0] and lead[0] is not None and pub is not None \
                    and lead[0] < pub and figs and targets \
                    and all(m.level == "admin1" for m in targets):
                # "Russian forces killed four civilians and wounded 11 in Donetsk Oblast on 14
                # October, the governor reported on Tuesday": a region's toll for an earlier
                # day; the paragraphs telling its towns are that day (1.19.0)
                roundup_lead = True
    for side, figs in head_figs:
        wave = next((d for d in b.drafts if d.kind == "wave" and d.country == side), None)
        if wave is None:
            pending += figs
            continue
        have = {f.field for _, f in wave.figures}
        wave.figures += [(0, f) for f in figs if f.field not in have]
    impacts = [d for d in b.drafts if d.kind == "impact"]
    if updates and impacts:
        min(impacts, key=lambda d: d.sents[0]).figures += updates
    if pending and impacts:
        first = min(impacts, key=lambda d: d.sents[0])
        have = {f.field for _, f in first.figures}
        first.figures += [(0, f) for f in pending if f.field not in have]
    for r in impacts:
        if r.level == "admin1" and r.figures and all(f.kind == "zero" for _, f in r.figures) \
                and any(_REGION_ZERO.search(sents[k].text) for k in r.sents):
            # '"There are no casualties anywhere in the region," the governor wrote' and the
            # towns of his report with no figure of their own: their zero too (1.21.0)
            for d in impacts:
                if d.level == "settlement" and d.admin1 == r.admin1 and not d.figures \
                        and d.event_date == r.event_date:
                    d.figures += list(r.figures)
    if "anywhere" in text:
        spread_anywhere_zero(impacts, sents)     # (1.37.0: "no casualties ... anywhere")
    for d in [d for d in b.drafts if surrounding_region(d)]:
        # "killing three ... in the region around the Russian capital": the ring's (1.28.0)
        if ring := ring_figures(d, sents):
            name = surrounding_region(d)
            r = next((o for o in b.drafts if o.kind == "impact" and o.level == "admin1"
                      and o.admin1 == name), None)
            if r is None and any(own for _, own, _ in ring):
                r = b.place(region_mention(name), (d.event_date, d.precision, d.date_strength),
                            ring[0][0])
            if r is not None:
                r.figures += [x for _, _, x in ring]
            d.figures = [x for x in d.figures if x not in [y for _, _, y in ring]]
    included_town_tolls(b.drafts, sents, b.place)     # "N settlements, including X" (1.39.0)
    lead_tolls_to_country(b.drafts, sents)     # "Kyiv and cities across Ukraine, killing" (1.39.0)
    wide_lead_tolls(b.drafts, sents)     # "hit Odesa and Mykolaiv, killing 4": country (1.40.0)
    speaker_zeros(b.drafts, sents)     # "Odesa Governor ... said no one was hurt" (1.40.0)
    fill_weapons(b.drafts, head, named, sents)
    own_paragraph_weapons(b.drafts, sents)     # "In Kyiv, a drone hit ..." after the lead (1.32.0)
    shell_counts(b.drafts, sents)   # "firing 14 artillery rounds" at one town (1.37.0)
    part_interceptions(b.drafts, sents)     # "Five of them were shot down" (1.38.0)
    ordinal_downed(b.drafts, sents)     # "A fourth missile was shot down" (1.39.0)
    region_downed(b.drafts, sents, b.place)     # "intercepted over the X region" (1.40.0)
    under_fire_unknown(b.drafts, sents)     # "B, which came under fire": unknown (1.32.0)
    region_toll_unknown(b.drafts, sents)     # "Russian attacks killed 3 in X Oblast" (1.38.0)
    target_rows_unknown(b.drafts, sents)     # "shot down eight air targets over X" (1.38.0)
    drone_shelling_mixed(b.drafts, sents, text)     # "artillery and drones hit X": mixed (1.39.0)
    follow_strike_day(b.drafts, redated, sents, pub)     # (1.28.0)
    fold_reported(b.drafts, sents, pub)     # "the toll rose to 40 on Monday" (1.23.0)
    fold_toll_twins(b.drafts, sents)     # "the number killed rose to 26 on Thursday" (1.40.0)
    lone_town_tally(b.drafts, sents)     # "the attack was carried out with 3 missiles" (1.40.0)
    given_up = [z for d in b.drafts for z in drop_local_zeros(d, sents, ctx)]    # (1.25.0)
    rehome_zeros(given_up, b.drafts, sents, ctx)     # (1.27.0)
    moved = [z for d in b.drafts for z in drop_contradicted_zeros(d, text, sents, ctx)]
    give_to_place(moved, b.drafts)     # (1.27.0)
    drop_overtaken_zeros(b.drafts, sents)     # (1.37.0: "had initially said nobody was hurt")
    drop_district_leads(b.drafts, sents)    # "shelled the Nikopol district", its towns (1.38.0)
    return _rows(article, text, sents, settle(b.drafts, sents))


_COLUMNS = tuple(MENTIONS.column_names)


def _rows(article: dict, text: str, sents: list[Sentence], drafts: list[Draft]) -> list[dict]:
    merged: dict[tuple, Draft] = {}
    for d in drafts:
        key = d.key
        if key in merged:
            merged[key].merge(d)
        else:
            merged[key] = d
    aid = str(article.get("article_id") or article.get("id") or "")
    out = []
    for d in merged.values():
        idx = sorted(set(d.sents))
        run = [idx[0]]
        for k in idx[1:]:
            if k == run[-1] + 1 and sents[k].para == sents[run[0]].para:
                run.append(k)
        start, end = sents[run[0]].start, sents[run[-1]].end
        figs = {f: d.figure(f) for f in ("killed", "injured")}
        cnts = {f: d.count(f) for f in ("launched", "intercepted")}
        n_fig = sum(v is not None for v in (*figs.values(), *cnts.values()))
        row = {
            "mention_id": mention_id_for(aid, d.kind, d.country, d.admin1, d.location, start, end),
            "incident_id": incident_id_for(d.kind, d.country, d.admin1, d.location, d.event_date,
                                           d.attacker),
            "article_id": aid, "kind": d.kind, "event_date": d.event_date,
            "date_precision": d.precision if d.event_date or d.precision != "day" else "unknown",
            "country": d.country, "admin1": d.admin1, "admin1_code": d.iso,
            "location": d.location, "latitude": round(d.lat, 5), "longitude": round(d.lon, 5),
            "geo_precision": d.level, "attacker": d.attacker, "weapon": d.weapon(),
            "weapon_model": ", ".join(d.model_names()) or None, **figs, **cnts,
            "target_type": d.target, "evidence": text[start:end], "evidence_start": start,
            "evidence_end": end, "confidence": round(min(0.95, 0.55 + 0.1 * n_fig), 2),
            "extractor_version": EXTRACTOR_VERSION,
            "corrected_by": None,  # only curation (assets/curate) sets it
        }
        out.append({c: row[c] for c in _COLUMNS})
    return sorted(out, key=lambda r: (r["evidence_start"], r["country"], r["admin1"] or "",
                                      r["location"] or ""))


def extract_mentions(article: dict, crashes: list[tuple[str, Exception]] | None = None
                     ) -> list[dict]:
    """Incident mentions of one article as MENTIONS rows; never raises. An article the
    extractor crashes on gives no rows; its id and the exception go to `crashes` if given."""
    try:
        return _extract(article)
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop a batch
        if crashes is not None:
            crashes.append((str(article.get("article_id") or article.get("id") or ""), exc))
        return []
    finally:
        lowtext.end()
        caseless.forget()


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively

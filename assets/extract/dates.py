"""Date expressions in a sentence, resolved against the article's publication date.

Explicit dates ("July 8", "8 July 2024", "Oct. 22"), night ranges ("the night of 15-16 September"
gives the 16th), weekdays ("on Tuesday", "late Sunday", "overnight Friday": the latest such day
not after publication), relative words ("yesterday", "overnight", "last night": GUIDELINES 7) and
vague spans ("earlier this week": no date, precision week). Each expression is flagged `report`
when it dates the reporting ("officials said on Saturday", "rose to 10 on Sunday") rather than the
attack. Hand-written: dateparser cannot return spans nor tell the attack date from the report date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from assets.publication_day import publication_day

from . import caseless
from .eve_dates import eve_of_an_event
from .holiday_dates import HOLIDAY_WORDS, holiday_dates
from .lowtext import in_article, narrow, per_article
from .night_spans import drop_night_eves
from .struck_days import strike_clause_days

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
MONTHS = {m[:3]: i + 1 for i, m in enumerate(MONTH_NAMES)}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def capitalized(names: tuple[str, ...] | list[str]) -> str:
    """The names as a regex alternation, capitalized ("January|February|...")."""
    return "|".join(n.capitalize() for n in names)


def either_case(names: tuple[str, ...] | list[str]) -> str:
    """The names as a regex alternation, first letter in either case ("[Jj]anuary|...")."""
    return "|".join(f"[{n[0].upper()}{n[0]}]{n[1:]}" for n in names)


MONTH_ALT = capitalized(MONTH_NAMES)      # "January|February|...|December"
WEEKDAY_ALT = capitalized(WEEKDAYS)      # "Monday|...|Sunday"
_MON = (rf"(?:{MONTH_ALT}|"
        r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_WD = rf"(?:{WEEKDAY_ALT})"
_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range_dm", re.compile(rf"\b(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d>\d{{1,2}})\s+(?P<m>{_MON})"
                            rf"{_YEAR}")),
    ("range_md", re.compile(rf"\b(?P<m>{_MON})\s+(?P<d1>\d{{1,2}})\s*[-–]\s*(?P<d>\d{{1,2}})\b"
                            rf"{_YEAR}")),
    ("md", re.compile(rf"\b(?P<m>{_MON})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR}")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MON}){_YEAR}")),
    ("weekday", re.compile(rf"\b(?P<last>[Ll]ast\s+)?(?P<wd>{_WD})(?:'s|’s)?\b")),
    ("ago", re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<u>days?|weeks?)\s+"
                       r"ago\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|the previous day|the day before|a day earlier|"
                             # "a raid on Ukraine the previous night" (1.16.0)
                             r"the previous night|"
                             r"(?:a|one) day (?:after|before|earlier))\b", re.I)),
    ("today", re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight|"
                         r"overnight|last night|during the night|at night|"
                         r"the past night|past 24 hours)\b", re.I)),
    ("week", re.compile(r"\b(?:earlier this week|this week|last week|earlier in the week|"
                        r"in recent days|recently|days earlier|earlier this month|"
                        # "Earlier in the month, Russia fired 48 drones" (1.23.0)
                        r"earlier in the month)\b", re.I)),
    # ("Last August, a Russian missile struck ...": 1.23.0)
    ("month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Ee]arlier in|most recently in|[Ll]ast)\s+"
                         rf"(?:early\s+|late\s+|mid-)?(?P<m>{_MON})"
                         rf"(?!\s+\d)\b")),
]
_MONTH_GATE = re.compile(_MON)
# the holidays' literals, unpacked for a cheap test on every call (a generator costs more)
_XMAS, _NEW_YEAR, _INDEPENDENCE = HOLIDAY_WORDS
_AGO_N = ["one", "two", "three", "four", "five", "six", "seven"]
# literal words one of which a pattern needs (cheap tests before the regexes)
_GATES: dict[str, object] = {
    "range_dm": "month", "range_md": "month", "md": "month", "dm": "month",
    "weekday": ("day",), "ago": ("ago",),
    "yesterday": ("yesterday", "previous day", "previous night", "day before", "day earlier",
                  "day after"),
    "today": ("today", "this ", "tonight", "night", "24 hours"),
    "week": ("week", "recent", "days earlier", "month"),
    "month": "month",
}
_STRENGTH = {"range_dm": 3, "range_md": 3, "md": 3, "dm": 3, "today": 1}
# a wire dateline's place before its date: "KYIV, ", "DNIPRO, Ukraine, " (1.20.0)
_DATELINE = re.compile(r"[A-Z][A-Z'\- ]+,(?: [A-Z][a-z]+,)? ")
# "Rivne, 3 May - The toll from ...": a dateline with the place as written (1.25.0)
_TITLE_DATELINE = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+)?, ")
_REPORT_BEFORE = re.compile(
    r"(?:said|says|say|reported|reports|wrote|announced|added|confirmed|stated|posted|told|"
    r"claimed|(?:rose|risen|climbed|reached|increased|went up|gone up)\s+(?:to\s+)?\S+)"
    # "Khinshtein wrote on Telegram early on Tuesday" (1.23.0)
    r"(?:\s+on\s+(?:Telegram|Facebook|social media|his Telegram channel|her Telegram channel)|"
    r"\s+\w+)?\s+(?:on|early on|late on|early|late)?\s*$", re.I)


# "Friday's Russian missile strike", "Wednesday's attack": a weekday's own attack (1.22.0)
_POSS_ATTACK = re.compile(r"\s+(?:[\w\-]+\s+){0,4}(?:strike|strikes|attack|barrage|bombing|"
                          r"bombardment|shelling)\b")


# "Zaporizhzhia was struck again after several deadly attacks last week": the span dates the
# earlier attacks, not the strike told (1.23.0)
_AFTER_ATTACKS = re.compile(r"\bafter (?:[\w\-]+ ){0,3}(?:attacks|strikes|attack|strike)\s+$")


# "a day after a Russian cruise missile tore through it", "a day after the strike": what
# follows "a day after" is the attack (1.23.0)
_AFTER_STRIKE = re.compile(r"\s+(?:(?:a|an|the|its|Russia['’]s|Ukraine['’]s)\s+)?"
                           r"(?:[\w\-]+\s+){0,3}"
                           r"(?:missiles?|strikes?|attacks?|drones?|bombs?|barrage|shelling)\b",
                           re.I)


_BEFORE_MIDNIGHT = re.compile(r"\b[Ll]ate last night\b|\b(?:1[01]|[6-9])(?::[0-5]\d)?\s*p\.?m\b|"
                              r"\b2[0-3]:[0-5]\d\b")
_UNTIL = re.compile(r"\s+until\s+(?:the\s+(?:morning|evening|night)\s+of\s+)?")
# "a fire ... burned for hours before it was put out shortly before 7am local time on Thursday":
# when the fire ended, not the attack's day (1.16.0)
_PUT_OUT = re.compile(r"\b(?:put out|extinguished)\b[^.;,]{0,40}?\s+(?:on|early on|late on|"
                      r"by)?\s*$", re.I)


@dataclass(frozen=True)
class DateExpr:
    """A date expression: span in the sentence, resolved date (or None) and its precision."""

    start: int
    end: int
    value: date | None
    precision: str
    report: bool
    strength: int = 1


# The day relative dates are resolved against: one reading shared with ingest, which stores it
# as the articles table's published_date (assets/publication_day.py).
parse_published = publication_day


def _month(tok: str) -> int:
    return MONTHS[tok.lower()[:3]]


def _explicit(m: re.Match[str], pub: date | None) -> date | None:
    try:
        mon, day = _month(m.group("m")), int(m.group("d"))
        if m.group("y"):
            return date(int(m.group("y")), mon, day)
        if pub is None:
            return None
        if m.string.startswith((" last year", ", last year"), m.end()):
            return date(pub.year - 1, mon, day)     # "on January 8 last year" (1.16.0)
        d = date(pub.year, mon, day)
        return date(pub.year - 1, mon, day) if d > pub + timedelta(days=2) else d
    except ValueError:
        return None


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> tuple[date | None, str]:
    if kind in ("range_dm", "range_md", "md", "dm"):
        v = _explicit(m, pub)
        return v, "day" if v else "unknown"
    if kind == "week":
        return None, "week"
    if kind == "month":
        return None, "month"
    if pub is None:
        return None, "unknown"
    if kind == "weekday":
        back = (pub.weekday() - WEEKDAYS.index(m.group("wd").lower())) % 7
        if m.group("last") and back == 0:
            back = 7
        return pub - timedelta(days=back), "day"
    if kind == "yesterday":
        return pub - timedelta(days=1), "day"
    if kind == "ago":       # "exactly a week ago", "three days ago"
        n = m.group("n").lower()
        n = int(n) if n.isdigit() else _AGO_N.index(n) + 1 if n in _AGO_N else 1
        return pub - timedelta(days=n * (7 if m.group("u").lower().startswith("w") else 1)), "day"
    if m.group(0).lower() == "last night" and _BEFORE_MIDNIGHT.search(m.string):
        # "Late last night, at around 11:40 p.m., ..." in a morning article: the evening
        # before (GUIDELINES 7) (1.16.0)
        return pub - timedelta(days=1), "day"
    return pub, "day"


def _live(text: str) -> tuple[bool, list[tuple[str, re.Pattern[str], object]]]:
    """Whether a month name can occur in text, and the patterns with their gates narrowed to
    the literals that can occur in text (text: a sentence; within an article, the same for all
    its sentences, as `narrow` and `in_article` answer for the whole article)."""
    month = in_article(_MONTH_GATE, text)
    out = []
    for kind, rx in _PATTERNS:
        gate = _GATES.get(kind)
        if gate and gate != "month":
            gate = narrow(gate, text)
            if not gate:
                continue
        elif gate == "month" and not month:
            continue
        out.append((kind, rx, gate))
    return month, out


def find_dates(text: str, pub: date | None) -> list[DateExpr]:
    """Date expressions of a sentence in text order (overlaps resolved first come, first kept)."""
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    low = text.lower()
    live = per_article(find_dates, text, lambda: _live(text))
    month = (live is None or live[0]) and bool(_MONTH_GATE.search(text))
    for kind, rx, gate in _live(text)[1] if live is None else live[1]:
        if gate == "month":
            if not month:
                continue
        elif gate:
            for g in gate:
                if g in low:
                    break
            else:
                continue
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if ("put out" in low or "extinguish" in low) and _PUT_OUT.search(
                    text, max(0, m.start() - 60), m.start()):
                taken.append((m.start(), m.end()))
                continue    # "the fire ... was put out shortly before 7am on Thursday" (1.16.0)
            if kind in ("week", "month") and "after " in low and _AFTER_ATTACKS.search(
                    text, max(0, m.start() - 60), m.start()):
                taken.append((m.start(), m.end()))
                continue    # "struck again after several deadly attacks last week" (1.23.0)
            value, precision = _resolve(kind, m, pub)
            report = bool(_REPORT_BEFORE.search(text[max(0, m.start() - 40):m.start()])) or (
                # "KYIV, April 5 (Meridian Wire) - ...": a wire dateline dates the report
                # (1.20.0)
                m.start() < 40 and _DATELINE.fullmatch(text, 0, m.start())
                and text.startswith((" (", " - ", " \u2013 ", " \u2014 "), m.end())) or (
                m.start() < 30 and text.startswith((" - ", " \u2013 ", " \u2014 "), m.end())
                and bool(_TITLE_DATELINE.fullmatch(text, 0, m.start())))
            found.append(DateExpr(m.start(), m.end(), value, precision, report,
                                  _STRENGTH.get(kind, 2)))
            taken.append((m.start(), m.end()))
    if _XMAS in text or _NEW_YEAR in text or _INDEPENDENCE in text:   # (1.38.0)
        found += [DateExpr(a, b, v, "day", False, 2) for a, b, v in holiday_dates(text, pub, taken)]
    found.sort(key=lambda d: d.start)
    if "day before " in low:    # "a day before the anniversary": its eve, no date (1.36.0)
        found = [d for d in found if not eve_of_an_event(text, d.start)]
    if " until " in text and len(found) > 1:
        # "from the morning of May 27 until the morning of May 28": the span's end (1.16.0)
        found = [d for k, d in enumerate(found) if not (
            k + 1 < len(found) and _UNTIL.fullmatch(text, d.end, found[k + 1].start))]
    if len(found) > 1 and ("'s " in text or "’s " in text):
        # "raising the death toll from Friday's missile strike to 23" after "on Saturday": the
        # attack's day; a later day in the same sentence is the report's (1.22.0)
        poss = [d for d in found if d.value is not None and text[d.end - 2:d.end] in ("'s", "’s")
                and _POSS_ATTACK.match(text, d.end)]
        if poss:
            found = [DateExpr(d.start, d.end, d.value, d.precision, True, d.strength)
                     if d.value is not None and d not in poss and d.precision == "day"
                     and d.value > poss[0].value and d.strength <= 2 else d for d in found]
    if len(found) > 1 and " after " in text:
        # "Rescuers finished their search on Saturday, a day after a Russian missile tore through
        # the block": the day after which is the attack's; the other days are the report's
        # (1.23.0)
        aft = [d for d in found if d.value is not None and text.startswith(" after ", d.end - 6)
               and _AFTER_STRIKE.match(text, d.end)]
        if aft:
            found = [DateExpr(d.start, d.end, d.value, d.precision, True, d.strength)
                     if d.value is not None and d not in aft and d.precision == "day"
                     and d.value > aft[0].value and d.strength <= 2 else d for d in found]
    if len(found) > 1:
        found = strike_clause_days(text, found)     # (1.38.0: "ended the search on Tuesday ...")
    if len(found) > 1 and any(d.strength == 1 and d.value is not None for d in found):
        # "the ministry reported on Friday that N drones were downed overnight", told in a Sunday
        # roundup: the night before the report's day, not before publication (1.25.0)
        said = [d for d in found if d.report and d.value is not None and d.precision == "day"]
        found = [DateExpr(d.start, d.end, r.value, d.precision, d.report, d.strength)
                 if d.strength == 1 and d.value is not None and (r := next((
                     x for x in said if x.start < d.start and x.value < d.value), None))
                 else d for d in found]
    if len(found) > 1 and ("night" in low or "between " in low):
        found = drop_night_eves(text, found)    # (1.38.0: "the night of Aug. 31 to Sept. 1")
    if "week, on " in text:     # "earlier in the week, on Wednesday": the day refines the week
        found = [d for k, d in enumerate(found) if not (
            d.precision == "week" and d.value is None and k + 1 < len(found)
            and found[k + 1].precision == "day"
            and re.fullmatch(r",\s+on\s+", text[d.end:found[k + 1].start]))]   # 1.13.0
    return found


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively

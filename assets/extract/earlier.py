"""Earlier attacks told relative to the article's own (1.25.0).

News reports recall the last attack on the same place by its distance from today's: "Two weeks
ago, four residents died when a bomb hit the town", "Earlier this month a drone hit a shop in the
X district, killing two", "It came only a day after glide bombs hit a market in the city on
Saturday, killing three". Such a sentence is another incident (GUIDELINES 6), dated by
the day it names, else by the distance it gives, else left without a day; these helpers find
that date and where in the sentence the earlier attack is told.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import context as cx
from .dates import MONTH_ALT, DateExpr
from .weapons import find_weapons

_MONTHS = MONTH_ALT
# ("Last month, ..." has its own rule: the month before publication, 1.16.0)
_PAST_OPEN = re.compile(rf"(?:Earlier (?:this|in the) (?:week|month)|Last (?:week|{_MONTHS})|"
                        r"(?:A|One|Two|Three|Four|Five|Six|Seven|\d) (?:days?|weeks?) ago)\b,?\s")
# ("exactly a week after": 1.38.0; "nine days after", "12 days after": 1.38.0)
_CAME_AFTER = re.compile(r"\b(?:came|comes|followed|follows|happened)\s+(?:(?:just|only|barely|"
                         r"exactly|about|nearly|almost|some)\s+)?(?P<n>a|an|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<u>days?|weeks?)\s+after\s+")
_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
      "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def opening_date(text: str, dates: list[DateExpr]) -> tuple[date | None, str, int] | None:
    """The date of an earlier attack a sentence opens with ("Two weeks ago, ...", "Earlier in
    the week, one man died when a drone struck his car in the city on Wednesday"): a day the
    sentence names, else the day the distance gives, else none (only the week or month is
    known)."""
    if not text.startswith(("Earlier ", "Last ", "A ", "One ", "Two ", "Three ", "Four ",
                            "Five ", "Six ", "Seven ")) and not text[:1].isdigit():
        return None
    if not _PAST_OPEN.match(text) or not dates or dates[0].start != 0 or dates[0].report:
        return None
    day = next((d for d in dates[1:] if d.value is not None and d.precision == "day"
                and not d.report), None) or (dates[0] if dates[0].value is not None else None)
    if day is not None:
        return day.value, "day", 2
    return None, dates[0].precision, 0


def after_date(text: str, dates: list[DateExpr], anchor: date | None
               ) -> tuple[int, tuple[date | None, str, int]] | None:
    """Where the earlier attack of "X came two days after Y" starts in the sentence, and its
    date: a day named after "after" that is before the anchor (the article's attack), else the
    anchor less the days given, else none (weeks: the day is not known). One such clause only:
    "three days after A, and six weeks after B" is left to the dates the sentence names."""
    if anchor is None or " after " not in text:
        return None
    found = list(_CAME_AFTER.finditer(text))
    if len(found) != 1:
        return None
    m = found[0]
    named = [d for d in dates if d.start >= m.end() and d.value is not None
             and d.precision == "day" and d.value < anchor]
    if named:
        return m.end(), (named[0].value, "day", 2)
    if m.group("u").startswith("day") or " exactly " in m.group():
        n = _N.get(m.group("n").lower()) or int(m.group("n"))
        if m.group("u").startswith("week"):
            n *= 7      # "exactly a week after": the same weekday (1.38.0)
        return m.end(), (anchor - timedelta(days=n), "day", 2)
    return m.end(), (None, "week", 0)


# "Two days before the missile strike, a drone attack on X injured seven" (the opener);
# "X had already been hit by glide bombs two days earlier, when a strike on Tuesday ..." (1.26.0)
_DAYS_BEFORE = re.compile(r"(?P<n>A|One|Two|Three|Four|Five|Six|Seven|\d)\s+(?P<u>days?)\s+"
                          r"before\s+the\s+(?:[\w\-]+\s+){0,2}(?:strike|attack|bombing)s?,\s+")
_DAYS_EARLIER = re.compile(r"\b(?:already|also)\s+(?:been\s+)?(?:hit|struck|attacked|targeted)\b"
                           r"[^.;]{0,60}?\s(?P<n>a|one|two|three|four|five|six|seven|\d)\s+"
                           r"(?P<u>days?)\s+(?:earlier|before),\s+when\s+")


def before_date(text: str, dates: list[DateExpr], anchor: date | None
                ) -> tuple[int, tuple[date | None, str, int]] | None:
    """Where the earlier attack of "Two days before the strike, a drone attack on X ..." or "X
    had already been hit two days earlier, when ..." is told (from the opener's end; the whole
    sentence for "earlier, when", whose subject is the place), and its date: a day named in it
    before the anchor, else the anchor less the days given (1.26.0)."""
    if anchor is None:
        return None
    m = _DAYS_BEFORE.match(text) if " before the " in text else None
    start = m.end() if m else 0
    if m is None and (" earlier, when " in text or " before, when " in text):
        m = _DAYS_EARLIER.search(text)
    if m is None:
        return None
    named = [d for d in dates if d.start >= m.start() and d.value is not None
             and d.precision == "day" and d.value < anchor]
    if named:
        return start, (named[0].value, "day", 2)
    n = _N.get(m.group("n").lower()) or int(m.group("n"))
    return start, (anchor - timedelta(days=n), "day", 2)


def striking_weapons(text: str, start: int) -> tuple[set[str], list[str]]:
    """The weapons named from start up to the first strike verb: what struck ("Last March, a
    missile hit a gym during a charity display of drones": a missile), else all from start."""
    verb = cx.STRONG.search(text, start)
    found = find_weapons(text[start:verb.end()]) if verb else (set(), [])
    return found if found[0] else find_weapons(text[start:])

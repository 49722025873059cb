"""Launch and interception counts of a sentence ("launched 315 drones, 277 were shot down",
"downed 52 of the 103 drones", "All 14 drones ... were destroyed", "the rest were shot down").

Each count is typed drone or missile so that mixed attacks sum per type (GUIDELINES 2). Decoys
"lost" to jamming are not interceptions. A count with no launch/interception verb near it
(production, supply figures) is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import caseless
from .all_downed import all_downed
from .dates import MONTH_NAMES
from .lowtext import any_word
from .numbers import has_number, num_pattern, parse_number
from .ordinal_people import ORDINALS
from .scan import finditer, literal_starts, number_starts, spans
from .single_weapons import as_well_as_one, downed_one_before, joined_to_all

_N = num_pattern()
# (a model's slash joins two names: "23 Kh-101/Kh-555 cruise missiles" (1.41.0))
_MOD = (r"(?:(?!(?:of|in|on|at|by|from|over|to|into|killed|injured|wounded|people|were|was|had|"
        r"have|barrage|wave|swarm|group|groups|mix|combination|salvo|after|before|since|ago|days?|"
        r"hours?|weeks?|months?|years?)\b)[A-Za-z][\w\-]*"
        r"(?:/[A-Za-z0-9][\w\-]*)?\s+){0,4}?")
_NOUN = (r"(?P<noun>drones?|UAVs?|Shaheds?|Gerans?|decoys?|unmanned aerial vehicles|missiles?|"
         # "all six Kalibrs": a missile model's plural names the missiles (1.25.0)
         r"rockets?|Kalibrs|Kinzhals|Iskanders|(?:aerial )?targets|"
         r"(?:guided |glide |aerial )*bombs|KABs)\b")
# "on July 31 drones attacked", "on December 11 with six missiles": the day of a date (1.41.0);
# one lookbehind per word length, tried only before a digit
_MONTH_WORDS = (*MONTH_NAMES, *(m[:3] + "." for m in MONTH_NAMES), "sept.")
_NO_MONTH = "(?:(?=\\d)" + "".join(
    "(?<!(?:{}) )".format("|".join(re.escape(w) for w in _MONTH_WORDS if len(w) == n))
    for n in sorted({len(w) for w in _MONTH_WORDS})) + "|(?!\\d))"
# "on 31 July with drones": a date; "more than 20 times with drones": attacks counted (1.41.0)
_NO_DATE_AFTER = rf"(?!(?:times|{'|'.join(MONTH_NAMES)})\b)"
_COUNT = re.compile(rf"(?P<all>\ball(?: the)?\s+)?(?<![/\-]){_NO_MONTH}"
                    rf"(?P<n>{_N}|(?<=and )an?|(?<=with )an?)\s+{_NO_DATE_AFTER}"
                    rf"(?P<mod>{_MOD}){_NOUN}", re.I)
_OF_TOTAL = re.compile(rf"(?P<n>{_N})\s+of\s+(?:the\s+)?(?P<m>{_N})\s+{_MOD}{_NOUN}", re.I)
_AS_WELL = re.compile(rf",?\s+as well as\s+(?P<n>{_N})\s+{_MOD}{_NOUN}", re.I)
_WAS_ONE = re.compile(r"\b(?:was|is|as)\s+$", re.I)     # "it was one of six bombs" (1.10.0)
_OF_THEM = re.compile(rf"(?P<n>{_N})\s+of\s+(?:the|these|them|those|which)(?:\s+{_MOD}{_NOUN})?",
                      re.I)
# "one of the bombs destroyed a shelter", "one of them fell on the refinery": the weapons that
# struck; "14 people, two of them children, were evacuated": people (1.26.0)
_NOT_DOWNED = re.compile(r"\w*\s+(?:(?:children|child|women|men|people|residents|civilians|"
                         r"pensioners|teenagers|workers)\b|(?:also\s+)?(?:fell|hit|struck|landed|"
                         r"exploded|crashed|destroyed|damaged|slammed)\b)")
# "repelled one of the largest drone attacks": a superlative, no count (1.26.0)
_SUPERLATIVE = re.compile(r"\S+\s+of\s+the\s+(?:most|biggest|largest|heaviest|worst|deadliest|"
                          r"[a-z]+est)\b")
# "11 apartment buildings and 39 private houses were damaged, five of them destroyed": the
# houses, no weapons (1.23.0)
_PROPERTY_BEFORE = re.compile(r"\b(?:buildings|houses|homes|flats|apartments|cars|vehicles|shops|"
                              r"garages|structures|blocks)\b[^.;]{0,30}$")
_BARE = re.compile(rf"(?P<n>{_N})\s+(?:were|was|had been|have been)\s+(?P<v>\w+(?: down)?)", re.I)
_INTER = (r"shot down|shooting down|downed|downing|destroyed|destroying|intercepted|intercepting|"
          r"brought down|bringing down|neutrali[sz]ed|eliminated|repelled|knocked out|taken down")
_LAUNCH = (r"launched|launching|fired|firing|sent|sending|hurled|used|deployed|unleashed|dropped|"
           r"detected|attacked with|struck with|involving|aimed|with")
_VERB = re.compile(rf"\b(?P<inter>{_INTER})\b|\b(?P<launch>{_LAUNCH})\b|"
                   # "The city was targeted by 28 drones" (1.23.0)
                   rf"\b(?P<hit>hit by|struck by|targeted by|attacked by)\b",
                   re.I)
_AFTER = re.compile(rf"\s*(?:(?:\w+\s+){{0,4}}?(?:were|was|had been|have been|are|"
                    # "14 drones had also been destroyed" (1.23.0)
                    # 'were "locationally lost"': the quote before the adverb too (1.39.0)
                    rf"had also been|have also been)\s+[\"“'‘]?(?:\w+\s+)?|"
                    rf"(?=(?:shot down|destroyed|intercepted|downed)\b))"
                    rf"[\"“'‘]?(?:(?P<inter>{_INTER})|(?P<lost>lost|vanished|suppressed|missing)|"
                    rf"(?P<launch>{_LAUNCH}))\b", re.I)
_REST = re.compile(rf"\b(?:the rest|all the other|all other|the remaining|the others)\b[^.]*?"
                   rf"\b(?:{_INTER})\b", re.I)
_ATTACK = re.compile(r"\b(?:attack|attacks|attacked|overnight|barrage|strike|strikes|launched|hit|"
                     r"struck|"
                     r"night|air force|air defen[cs]es?)\b", re.I)


_ARTICLE_COUNT = re.compile(r"\b(?:and|with) an? ", re.I)
_GATE = re.compile(r"drone|UAV|missile|rocket|Shahed|Geran|decoy|target|unmanned|shot down|"
                   r"downed|destroyed|intercepted|brought down|bombs|KABs", re.I)

_GATE_WORDS = ("drone", "uav", "missile", "rocket", "shahed", "geran", "decoy", "target",
               "unmanned", "shot down", "downed", "destroyed", "intercepted", "brought down",
               "bombs", "kabs")


@dataclass(frozen=True)
class Count:
    """A launch/interception count: field, weapon type, value, offset in the sentence."""

    field: str      # "launched" | "intercepted" | "hit" | "rest"
    wtype: str      # "drone" | "missile"
    value: int
    pos: int


# (the patterns of the functions below, compiled once rather than looked up in re's cache
# at each call)
_BOMB_NOUN = re.compile(r"bomb|KAB", re.I)
_MISSILE_NOUN = re.compile(r"missile|rocket|kalibr|kinzhal|iskander", re.I)
_STOP = re.compile(r"[.;]")
_CLAUSE_STOP = re.compile(r"[.;,]")
_FIRST_WORD = re.compile(r"\w+")
_SHELLS = re.compile(r"\b(?:shells|munitions)\b")
_NAVAL = re.compile(r"\b(?:naval|sea|maritime|surface)\b", re.I)
_WITH_A = re.compile(r"\bwith\s+an?\s*$", re.I)
_INTER_RX = re.compile(_INTER, re.I)
_INTER_WORD = re.compile(rf"\b(?:{_INTER})\b", re.I)
_NEGATED = re.compile(r"\b(?:not|none|neither)\b", re.I)
_LAUNCH_RX = re.compile(_LAUNCH, re.I)
_PARTS_AFTER = re.compile(r"[^.;]*?[:,(—–-]\s*$")
# a part of every _INTER phrase ("down" of "shot down", "downed", "taken down", ...)
_INTER_STEM_WORDS = ("down", "destroy", "intercept", "neutrali", "eliminated", "repelled",
                     "knocked out")
_INTER_STEMS = re.compile("|".join(_INTER_STEM_WORDS), re.I)


def _wtype(noun: str | None) -> str:
    if noun and _BOMB_NOUN.search(noun):
        return "glide_bomb"     # "three KAB-500 bombs hit the outskirts" (GUIDELINES 2)
    return "missile" if noun and _MISSILE_NOUN.match(noun) \
        else "drone"


_HIT_AFTER = re.compile(rf"(?:,?\s+and\s+(?:{_N})\s+{_MOD}{_NOUN})?\s+(?:that\s+|which\s+)?"
                        rf"(?:had\s+|have\s+)?(?:also\s+)?(?:hit|struck|slammed|"
                        # "Two UMPB bombs fell on X", "two missiles that slammed into X" (1.25.0)
                        rf"(?:fell|landed)\s+(?:on|in)\b)\b", re.I)


# the rest of a weapon's name after the head the count's noun ends at: "two Geran-2 drones hit",
# "Shahed-136/131 attack drones were shot down", "two Shahed drones hit": its verb comes after
# the whole name (1.41.0)
_NAME_TAIL = re.compile(r"(?:[\-/][\w\-/]*)?\s+(?:(?!and\b|or\b)[a-z][\w\-]*\s+){0,2}?"
                        r"(?:drones?|UAVs?|missiles?)\b|[\-/][\w\-/]*")
_MODEL_HEADS = ("shahed", "shaheds", "geran", "gerans")    # (nouns a class noun may follow)


def _field(text: str, start: int, end: int) -> str | None:
    if (text[end:end + 1] in "-/" or text.startswith(" ", end) and text[max(0, end - 7):end]
            .lower().endswith(_MODEL_HEADS)) and (tail := _NAME_TAIL.match(text, end)):
        end = tail.end()
    if _HIT_AFTER.match(text, end):
        return "hit"    # "two missiles hit the city": launched for the place, hits for a wave
    after = _AFTER.match(text, end)
    if after:
        if after.group("lost") or " not " in after.group():
            return None     # "the two missiles were not intercepted": no interception count
        if after.group("launch") and text.startswith(" and ", after.end()) \
                and after.group("launch") == "detected" and _AND_INTER.match(text, after.end()):
            return "intercepted"    # "were detected and destroyed" (1.23.0)
        return "intercepted" if after.group("inter") else "launched"
    clause = _STOP.split(text[:start])[-1]
    verbs = list(_VERB.finditer(clause))
    if not verbs:
        return "launched" if _ATTACK.search(text) else None
    v = verbs[-1]
    if _DESCRIBES_BEFORE.search(clause, 0, v.start()):
        v = next((o for o in reversed(verbs[:-1]) if not _DESCRIBES_BEFORE.search(
            clause, 0, o.start()) and not _IN_RELATIVE.search(clause, 0, o.start())), v)
    return "intercepted" if v.group("inter") else "hit" if v.group("hit") else "launched"


# "shot down ten rockets fired from a launcher and six drones", "destroyed eight missiles over
# the peninsula, along with 14 drones": the participle tells of the count before it and "along
# with" joins the next one to it; the verb of both is the one before (1.27.0)
_DESCRIBES_BEFORE = re.compile(r"(?:\b(?:drones?|UAVs?|Shaheds?|missiles?|rockets?|bombs)\s+|"
                               r"\b(?:along|together)\s+)$", re.I)
# "launched 23 missiles, of which 21 were shot down, along with two drones": the verb of a
# relative clause is not the one the joined count shares
_IN_RELATIVE = re.compile(r",\s+(?:of\s+)?which\s+[^,]*$", re.I)


# "more than 250 drone attacks", "12 missile strikes", "a missile fragment hit": the noun
# qualifies attacks or pieces, it counts no weapons (1.12.0)
_NOT_WEAPONS = re.compile(r"\s+(?:attacks?|strikes?|raids?|fragments?|debris|wreckage|parts?|"
                          r"operators?)\b(?!\s+(?:drones?|UAVs?|missiles?))", re.I)
_NOUN_RE = re.compile(_NOUN, re.I)
_NOUN_STARTS = ("drone", "uav", "shahed", "geran", "decoy", "unmanned aerial vehicles",
                "missile", "rocket", "aerial targets", "target", "guided", "glide", "aerial",
                "bombs", "kabs", "kalibrs", "kinzhals", "iskanders")


def _nouns(text: str) -> list[tuple[int, int]]:
    """Where the weapon nouns of text lie (the spans of _NOUN_RE's matches)."""
    return spans(_NOUN_RE, text, literal_starts(text, _NOUN_STARTS))


def _windows(rx: re.Pattern[str], text: str, starts: list[int] | None,
             nouns: list[tuple[int, int]]) -> list[re.Match[str]]:
    """Matches of rx (which ends with a weapon noun) found only in the 90 characters before each
    noun (nouns: `_nouns(text)`): the same matches as a whole-sentence scan, at a fraction of the
    cost."""
    out: dict[int, re.Match[str]] = {}
    for ns, ne in nouns:
        for m in finditer(rx, text, starts, max(0, ns - 90), ne):
            if m.end() == ne:
                out.setdefault(m.start(), m)
    return [out[k] for k in sorted(out)]


# "with two ballistic missiles and several Shahed drones": a vague part, so no launched total
_VAGUE_WORDS = ("several", "a few", "dozens", "scores of", "numerous", "Several", "A few",
                "Dozens", "Scores of", "Numerous")     # (tested on the text as written)
_VAGUE = re.compile(rf"\b(?:several|a few|dozens of|scores of|numerous)\s+(?P<mod>{_MOD}){_NOUN}",
                    re.I)
_HEDGES = {"almost", "nearly", "up", "fewer", "less", "under", "close", "just"}
_SUBSET = re.compile(r"\b(?:including|of which|among them|of them|incl\.)\s*$", re.I)
# "nine missiles, six of them Iskander-M ballistic missiles and three Kh-101 cruise missiles":
# the count after "and" is the second part of the breakdown, no addend (1.10.0)
_PART_AND = re.compile(r"\b(?:of them|of which|including)\s+(?:(?!(?:were|was|have|had|been|are)\b)"
                       r"[\w\-]+\s+){1,4}and\s+$", re.I)
_MORE = re.compile(rf"(?:,|\band)\s+(?:another\s+)?(?P<n>{_N})\s+more\s+(?:over|above|in|near)\b",
                   re.I)
# "two drones over the Kursk region and one over the Bryansk region", "14 over the peninsula and
# another three over the Belgorod region" (1.23.0)
_MORE_OVER = re.compile(rf"(?:\band\s+(?:another\s+)?|,\s+another\s+)(?P<n>{_N})\s+"
                        rf"(?:over|above)\s+the\s+(?-i:[A-Z])", re.I)
_AND_INTER = re.compile(rf"\s+and\s+(?:{_INTER})\b")


# "destroyed a drone over the Bryansk region and two more over the Kaluga region": the "a" of a
# weapon followed by "N more over ..." is a count of one (1.16.0)
_A_THEN_MORE = re.compile(rf"\b[Aa](?=\s+(?:[\w\-]+\s+){{0,2}}?{_NOUN}\s+(?:over|above|in|near)\b"
                          rf"[^.;]{{0,60}}?(?:,|\band)\s+(?:another\s+)?(?:{_N})\s+more\s+"
                          rf"(?:over|above|in|near)\b)")


def _more(text: str, end: int, c: Count, taken: set[int]) -> list[Count]:
    """"four drones over A, two more over B and one more above C": 2 and 1 more."""
    stop = _STOP.search(text[end:])
    span = text[end:end + stop.start()] if stop else text[end:]
    out = []
    for m in finditer(_MORE, span, literal_starts(span, (",", "and"))):
        v = parse_number(m.group("n"))
        if v is None or end + m.start("n") in taken:
            break
        taken.add(end + m.start("n"))
        out.append(Count(c.field, c.wtype, v, end + m.start("n")))
    if not out and (" over the " in span or " above the " in span) \
            and _OVER_FIRST.match(text, end):     # the first count told over a place too
        for m in finditer(_MORE_OVER, span, literal_starts(span, (",", "and"))):
            v = parse_number(m.group("n"))
            if v is None or end + m.start("n") in taken:
                break
            taken.add(end + m.start("n"))
            out.append(Count(c.field, c.wtype, v, end + m.start("n")))
    return out


_OVER_FIRST = re.compile(r"\s+(?:had\s+)?(?:also\s+)?(?:(?:been|were)\s+)?(?:\w+\s+)?(?:down\s+)?"
                         r"(?:over|above)\s+the\s+")
_AND_KIND = re.compile(r"\s+and\s+(?:attack\s+|combat\s+|strike\s+|Shahed\s+)?"
                       r"(?P<k>drones|missiles|UAVs|rockets)\b")
_CUT = re.compile(r";|\b(?:while|whereas|but|separately)\b", re.I)


def _summed(plain: list[Count], text: str) -> list[Count]:
    """Distinct counts of one field and weapon type in one sentence add up ("two Iskander-M
    missiles ... and two Kh-59 missiles"); counts introduced by "including" are parts, not
    addends."""
    out = []
    for c in plain:
        if _SUBSET.search(text, max(0, c.pos - 40), c.pos):
            continue
        same = [o for o in out if o.field == c.field and o.wtype == c.wtype
                and not _CUT.search(text, o.pos, c.pos)]
        if same and ("of " in text[max(0, c.pos - 80):c.pos] or "including" in text) \
                and _PART_AND.search(text, max(0, c.pos - 80), c.pos):
            continue    # the whole is already counted
        if same:
            out.remove(same[0])
            c = Count(c.field, c.wtype, same[0].value + c.value, same[0].pos)
        out.append(c)
    return out


_OF_ANCHOR = re.compile(r"\bof\s+(?:the|these|them|those|which)\b", re.I)
_BE_ANCHOR = re.compile(r"\b(?:were|was|had been|have been)\s", re.I)


def _anchored(rx: re.Pattern[str], anchor: re.Pattern[str], text: str,
              starts: list[int] | None) -> list[re.Match[str]]:
    """Matches of rx that cover an anchor word, found by scanning only up to 40 characters
    before each anchor (rx starts with a number, which is costly to try everywhere)."""
    out: dict[int, re.Match[str]] = {}
    for at, ae in spans(anchor, text):
        for m in finditer(rx, text, starts, max(0, at - 40), min(len(text), ae + 160)):
            if m.start() <= at < m.end():
                out.setdefault(m.start(), m)
    return [out[k] for k in sorted(out)]


_AND_DEFINITE = re.compile(rf"\s+and\s+(?P<d>both|the)\s+{_MOD}{_NOUN}", re.I)


def _and_definite(text: str, end: int, c: Count) -> list[Count]:
    """"destroyed 21 of the missiles and both drones" (+2), "twenty-four drones and the
    missile" (+1): a definite remainder of the same field."""
    m = _AND_DEFINITE.match(text, end)
    if not m:
        return []
    noun = m.group("noun").lower()
    if m.group("d").lower() == "both" and noun.endswith("s"):
        return [Count(c.field, _wtype(noun), 2, m.start("d"))]
    if m.group("d").lower() == "the" and not noun.endswith("s"):
        return [Count(c.field, _wtype(noun), 1, m.start("d"))]
    return []


_OF_WHOLE = re.compile(rf"\b[Oo]f (?:the|its|all|some)\s+(?:{_N})\s+(?P<what>[^,;.]*)")


def _other_whole(text: str, pos: int) -> bool:
    """"Of the 236 flats in the building, 72 were destroyed": a part of something that is not a
    weapon (flats, houses, vehicles), no interception."""
    if "of " not in text[:pos].lower():
        return False
    wholes = list(_OF_WHOLE.finditer(text, 0, pos))
    if not wholes:
        return False
    what = wholes[-1].group("what")
    words = what.split()
    # "Of the 50 launched, 45 were shot down": the weapons, with the noun left out
    return not _NOUN_RE.search(what) and not (words and _LAUNCH_RX.fullmatch(words[0]))


# "a drone had been shot down over the city of X", "shot down a missile over the eastern part
# of the city": one weapon downed over a place is an interception of one (1.21.0); "destroyed a
# Ukrainian drone over the X district" (1.38.0)
_ONE_DOWNED = re.compile(r"\b(?:(?<![Oo]ne )[Aa]n?\s+(?:[\w\-]+\s+){0,2}?(?P<noun>drone|missile|"
                         r"UAV|rocket)\s+(?:was|had been|has been)\s+(?:shot down|downed|"
                         r"intercepted|destroyed)|(?:shot down|downed|intercepted|destroyed)\s+"
                         r"an?\s+(?:[\w\-]+\s+){0,2}?(?P<noun2>drone|missile|UAV|rocket))\s+"
                         r"over\b")


def find_tallies(text: str) -> list[Count]:
    """Launch, interception and hit counts of one sentence."""
    if not any_word(_GATE, _GATE_WORDS, text):
        return []
    if not (has_number(text) or _ARTICLE_COUNT.search(text) or _REST.search(text)
            or "second" in text or "third" in text or "fifth" in text):
        # the ordinals with no number word inside ("fourth", "sixth" hold one) reach
        # _SECOND_DOWNED
        return _one_downed(text)
    if " more " in text and (one := _A_THEN_MORE.search(text)):
        text = text[:one.start()] + "1" + text[one.end():]     # same length: offsets hold
    starts = number_starts(text)
    out: list[Count] = []
    taken: set[int] = set()
    last_type = "any"   # no weapon noun in the sentence: the type of the row it joins
    alls: set[int] = set()
    of_them: set[int] = set()
    nouns = _nouns(text)    # (both window scans below end at these)
    for m in _windows(_OF_TOTAL, text, starts, nouns):
        if _WAS_ONE.search(text, max(0, m.start() - 8), m.start()):
            taken.update({m.start("n"), m.start("m")})
            continue    # "It was one of six glide bombs dropped on ...": which bomb, no tally
        n, total, wt = parse_number(m.group("n")), parse_number(m.group("m")), _wtype(m["noun"])
        if n is not None and total is not None:
            out += [Count("intercepted", wt, n, m.start()), Count("launched", wt, total, m.start())]
            taken.update({m.start("n"), m.start("m")})
            w = _AS_WELL.search(text, m.end()) if "as well as" in text else None
            if w is None and "as well as" in text and (one := as_well_as_one(text, m.end())):
                # "shot down 10 of the 14 missiles, as well as the only drone" (1.31.0)
                out += [Count(f, _wtype(one[0]), 1, one[1]) for f in ("intercepted", "launched")]
            if w and w.start() - m.end() < 80 and not _STOP.search(text[m.end():w.start()]):
                # "downed 21 of the 23 drones, as well as two missiles": both downed (1.13.0)
                k, wk = parse_number(w.group("n")), _wtype(w.group("noun"))
                if k is not None and w.start("n") not in taken:
                    out += [Count("intercepted", wk, k, w.start("n")),
                            Count("launched", wk, k, w.start("n"))]
                    taken.add(w.start("n"))
    plain: list[Count] = []
    alls_end = -1
    for m in _windows(_COUNT, text, starts, nouns):
        v, wt = parse_number(m.group("n")), _wtype(m.group("noun"))
        last_type = wt
        if " and " in text and (ak := _AND_KIND.match(text, m.end())) \
                and _wtype(ak.group("k")) != wt:
            wt = "all"  # "with 158 missiles and drones": the total of both kinds (1.23.0)
        if (v is not None and v > 1500) or m.start("n") in taken:
            continue
        taken.add(m.start("n"))
        field = _field(text, m.start(), m.end())
        if field and v is None:
            if _FIRST_WORD.match(m.group("n")).group().lower() in _HEDGES:
                out.append(Count(field, wt, -1, m.start("n")))
            continue
        if _NOT_WEAPONS.match(text, m.end()):
            continue    # "250 drone attacks", "a missile fragment": no weapons counted (1.12.0)
        if ("shell" in m.group("mod") or "munition" in m.group("mod")) and _SHELLS.search(
                m.group("mod")):
            continue    # "fired 412 shells and drones at 28 settlements": a roundup's count of
            # munitions, no tally of drones launched (1.13.0)
        if _NAVAL.search(m.group("mod")):
            continue    # "three naval drones were destroyed at sea": boats, no air tally
        if field and v == 1 and (field == "hit" or _WITH_A.search(
                text[max(0, m.start("n") - 8):m.end("n")])):
            continue    # "hit X with a ballistic missile", "One drone hit X": the weapon, no count
        if field:
            c = Count(field, wt, v, m.start("n"))
            plain.append(c)
            if field == "intercepted":
                plain += _and_definite(text, m.end(), c)
            if _SUBSET.search(text, max(0, m.start() - 25), m.start()):
                out.append(c)
            else:
                plain += _more(text, m.end(), c, taken)
            if field == "intercepted" and (m.group("all") or joined_to_all(
                    text, m.start(), m.group("n"), alls_end)):    # "and a missile" (1.31.0)
                out.append(Count("launched", wt, v, m.start("n")))
                alls.add(m.start("n"))
                alls_end = m.end()
            elif m.group("all") and _INTER_WORD.search(text):
                out.append(Count("intercepted", wt, v, m.start("n")))
    if any(c.field == "launched" for c in plain) and any(w in text for w in _VAGUE_WORDS):
        for m in _VAGUE.finditer(text):     # "two missiles and several drones": no total
            if _field(text, m.start(), m.end()) == "launched":
                plain.append(Count("launched", _wtype(m.group("noun")), -1, m.start()))
    out += _summed(_no_breakdown(plain, text), text)
    for m in _anchored(_OF_THEM, _OF_ANCHOR, text, starts):
        v = parse_number(m.group("n"))
        clause = _STOP.split(text[:m.start()])[-1] + _CLAUSE_STOP.split(text[m.end():])[0]
        if v is not None and m.start("n") not in taken and _INTER_RX.search(clause) \
                and not _PROPERTY_BEFORE.search(text, max(0, m.start() - 50), m.start()) \
                and not text.endswith(("every ", "Every "), 0, m.start()) \
                and not _NOT_DOWNED.match(text, m.end()) \
                and not _SUPERLATIVE.match(text, m.start()):
            # ("every one of the drones" is all of them, _whole's (1.25.0))
            taken.add(m.start("n"))
            c = Count("intercepted", _wtype(m.group("noun")) if m.group("noun")
                      else last_type, v, m.start("n"))
            out += [c, *_and_definite(text, m.end(), c)]
            of_them.add(c.pos)
    if alls and of_them:
        out = _and_all(text, out, alls, of_them)
    # (a bare count needs an interception word, which the sentence must then hold: the scan is
    # skipped without one)
    for m in _anchored(_BARE, _BE_ANCHOR, text, starts) if any_word(
            _INTER_STEMS, _INTER_STEM_WORDS, text) else ():
        v = parse_number(m.group("n"))
        if v is not None and m.start("n") not in taken and _INTER_RX.fullmatch(
                m.group("v")) and not _other_whole(text, m.start()):
            out.append(Count("intercepted", last_type, v, m.start("n")))
    if _REST.search(text):
        out.append(Count("rest", last_type, 0, _REST.search(text).start()))
    if " other " in text or " remaining " in text:
        out += _other_hit(text, out)
    if " and " in text and (" a " in text or " an " in text):
        out += [Count("launched", "missile", 1, c.pos - 1) for c in out
                if c.field == "launched" and c.wtype == "drone" and not any(
                    o.field == "launched" and o.wtype == "missile" for o in out)
                and _A_MISSILE_AND.search(text, max(0, c.pos - 90), c.pos)]
    if " and " in text and (" a " in text or " an " in text):
        for c in [c for c in out if c.field == "intercepted"]:
            # "shot down a Neptune missile and 12 drones": 13 downed (1.31.0)
            if (one := downed_one_before(text, c.pos)) and _wtype(one) != c.wtype:
                out.append(Count("intercepted", _wtype(one), 1, c.pos - 1))
    if "part of" in text or "out of" in text:
        out = _part_of(text, out, last_type)
    out += _all_of_them(text, out)
    if "ntercepted" in text or " down" in text:
        out += _none_intercepted(text, out, last_type)
    if any(w in text for w in (" all ", " every one ", " each ", " the missile and ",
                               " the drone and ", " the rocket and ")):
        out += _whole(text, out)
    if "as well as" in text or ", which " in text or "every one of them" in text:  # (1.40.0)
        out += [Count("intercepted", _wtype(n), v, p) for n, v, p in all_downed(text, out, _wtype)]
    if not out and any(w in text for w in NTH_WORDS) and (m := _SECOND_DOWNED.search(text)):
        # "A second missile was shot down over the city": one hit, one downed (1.13.0); "Three
        # missiles hit the centre ... A fourth missile was shot down": four, one downed (1.39.0)
        wt = _wtype(m.group("noun"))
        n = ORDINALS[m.group("nth").lower()]
        out += [Count("intercepted", wt, 1, m.start()), Count("launched", wt, n, m.start())]
    if not out:
        return _one_downed(text)
    return _no_breakdown(sorted(out, key=lambda c: c.pos), text)


# "shot down 15 missiles and all the drones", "54 of the missiles and every one of the drones":
# as many of that kind downed as were launched, a "whole" count the row resolves (1.25.0)
_WHOLE = re.compile(r"\b(?:all|every one|each)\s+(?:of\s+)?(?:the|its)\s+(?:[\w\-]+\s+){0,2}?"
                    r"(?P<noun>drones|missiles|rockets|UAVs|Shaheds)\b", re.I)
# "shot down the missile and 46 of the drones": the one missile of the tally (1.25.0)
_THE_ONE = re.compile(rf"\b(?:{_INTER})\s+the\s+(?:[\w\-/]+\s+){{0,2}}?(?P<noun>missile|drone|"
                      rf"rocket)\s+and\s+(?=[^.;]*\b(?:of the|all)\b)", re.I)


def _whole(text: str, counts: list[Count]) -> list[Count]:
    """Interceptions told as all of a kind, or as the one weapon of a kind, in a tally."""
    out = []
    for m in _WHOLE.finditer(text):
        clause = _STOP.split(text[:m.start()])[-1]
        if _INTER_WORD.search(clause) and not _NEGATED.search(clause[-40:]):
            out.append(Count("whole", _wtype(m.group("noun")), 0, m.start()))
    for m in _THE_ONE.finditer(text):
        if any(c.field == "intercepted" and c.pos >= m.end() for c in counts):
            out.append(Count("intercepted", _wtype(m.group("noun")), 1, m.start("noun")))
    return out


_ALL_SUBSET = re.compile(r"\b(?:including|of which|among them|of them|incl\.)\s+all\s+"
                         r"(?:the\s+)?$", re.I)


def _and_all(text: str, out: list[Count], alls: set[int], of_them: set[int]) -> list[Count]:
    """"shot down 26 of the Kh-101 cruise missiles and all six Kalibrs": two parts of one kind
    downed, which add up (1.25.0)."""
    for a in [c for c in out if c.field == "intercepted" and c.pos in alls]:
        if _ALL_SUBSET.search(text, max(0, a.pos - 40), a.pos):
            continue    # "81 of the missiles, among them all 11 Kh-101s": a part of the 81
        prior = [o for o in out if o.field == "intercepted" and o.wtype == a.wtype
                 and o.pos in of_them and o.pos < a.pos and not _CUT.search(text, o.pos, a.pos)]
        if len(prior) == 1:
            out = [o for o in out if o is not a and o is not prior[0]]
            out.append(Count("intercepted", a.wtype, prior[0].value + a.value, prior[0].pos))
    return out


def _one_downed(text: str) -> list[Count]:
    if " over " in text and (one := _ONE_DOWNED.search(text)):
        return [Count("intercepted", _wtype(one.group("noun") or one.group("noun2")), 1,
                      one.start())]
    return []


# "attacked Ukraine with an Iskander-M ballistic missile and 72 drones": one missile counts
# (GUIDELINES 2: the sum of the component counts) (1.18.0)
_A_MISSILE_AND = re.compile(r"\b(?:with|launched|fired|using)\s+an?\s+(?:[\w\-]+\s+){0,3}?"
                            r"(?:missile|rocket)\s+and\s+$")
# "Two drones were shot down over the city, the other three hit": launched is the sum (1.18.0)
_OTHER_HIT = re.compile(rf"^[^.;]{{0,40}}?(?:,|;|\band)\s+(?:while\s+)?the\s+(?:other|remaining)\s+"
                        rf"(?P<n>{_N})\s+(?:(?:drones?|missiles?|rockets?)\s+)?(?:hit|struck|"
                        rf"reached|got through)\b", re.I)


def _other_hit(text: str, out: list[Count]) -> list[Count]:
    """The launched total of "N were shot down, the other M hit" (GUIDELINES 2)."""
    inter = [c for c in out if c.field == "intercepted"]
    if len(inter) != 1 or any(c.field == "launched" for c in out):
        return []
    c = inter[0]
    m = _OTHER_HIT.match(text[c.pos:])
    v = parse_number(m.group("n")) if m else None
    return [Count("launched", c.wtype, c.value + v, c.pos)] if v is not None else []


NTH_WORDS = tuple(w for w, n in ORDINALS.items() if n <= 6)    # "second" to "sixth"
_SECOND_DOWNED = re.compile(r"^(?:An?other|A|The) (?P<nth>second|third|fourth|fifth|sixth) "
                            r"(?P<noun>missile|drone|rocket)\s+"
                            r"(?:was|had been)\s+(?:shot down|intercepted|downed|destroyed)\b",
                            re.I)
_PART_OF = re.compile(rf"\b(?:as )?(?:part of|out of)\s+(?:a total of\s+|the\s+)?(?P<m>{_N})\s+"
                      rf"(?:{_MOD}{_NOUN}\s+)?(?:(?:that were|which were)\s+)?(?:{_INTER})\b",
                      re.I)


def _part_of(text: str, counts: list[Count], last_type: str) -> list[Count]:
    """"16 drones were destroyed over the X region, part of 41 brought down over six regions":
    the claim's total is the 41; the 16 is one region's share of it."""
    m = _PART_OF.search(text)
    v = parse_number(m.group("m")) if m else None
    if m is None or v is None:
        return counts
    before = [c for c in counts if c.field == "intercepted" and c.pos < m.start() and c.value <= v]
    if not before:
        return counts
    return [c for c in counts if c not in before] + [
        Count("intercepted", before[0].wtype if last_type == "any" else last_type, v,
              m.start("m"))]


_ALL_OF = re.compile(rf"\b(?:(?:{_INTER})\s+all\s+(?:of\s+)?(?:them|these|those)\b|"
                     rf"\ball\s+(?:of\s+(?:them|which)\s+)?(?:were|was|had been|have been)\s+"
                     rf"(?:{_INTER})\b)",     # (", all of which were destroyed": 1.36.0)
                     re.I)


def _all_of_them(text: str, counts: list[Count]) -> list[Count]:
    """"fired 10 missiles ..., and air defence shot down all of them" (or "all were destroyed"):
    as many intercepted as launched, when one launch count of one type comes before."""
    if ("all" not in text and "All" not in text) or any(c.field == "intercepted" for c in counts):
        return []
    m = _ALL_OF.search(text)
    launched = [c for c in counts if c.field == "launched" and c.value > 0
                and m is not None and c.pos < m.start()]
    if m is None or len(launched) != 1:
        return []
    return [Count("intercepted", launched[0].wtype, launched[0].value, m.start())]


_NONE = re.compile(r"\b(?:(?:neither|none)(?:\s+of\s+(?:them|these|those|the\s+\w+))?(?:\s+\w+)?"
                   r"\s+(?:was|were)\s+(?:intercepted|shot down|downed)|"
                   r"(?:was|were)\s+not\s+(?:intercepted|shot down|downed))\b", re.I)


def _none_intercepted(text: str, counts: list[Count], last_type: str) -> list[Count]:
    """"neither was intercepted", "The missiles were not intercepted": zero intercepted of the
    type launched (a drone tally beside it keeps its own count)."""
    m = _NONE.search(text)
    if m is None:
        return []
    nouns = list(_NOUN_RE.finditer(text, max(0, m.start() - 30), m.end()))
    wtype = _wtype(nouns[-1].group()) if nouns else last_type
    if any(c.field == "intercepted" and c.wtype == wtype for c in counts):
        return []
    return [Count("intercepted", wtype, 0, m.start())]


def _no_breakdown(counts: list[Count], text: str) -> list[Count]:
    """A total followed by its parts ("neutralised 112 targets: 48 missiles and 64 drones";
    "destroyed 18 of them, five Kalibr missiles and 13 drones"): the parts are not addends."""
    for k, c in enumerate(counts):
        if c.value <= 0 or not _PARTS_AFTER.match(text[c.pos:counts[k + 1].pos]
                                                  if k + 1 < len(counts) else ""):
            continue
        parts, total = [], 0
        for o in counts[k + 1:]:
            if o.field != c.field or total >= c.value:
                break
            parts.append(o)
            total += o.value
        if len(parts) >= 2 and total == c.value:
            return [o for o in counts if o not in parts]
    return counts


caseless.adopt(globals())     # re.I patterns scan lowercased text case-sensitively

"""A casualty's subject read as a whole noun phrase (1.30.0).

The older patterns read a person or a count right before its verb ("a woman was injured", "two
workers died"), with up to two modifiers before the noun. Reports name the people hurt with
longer noun phrases, and the figure was lost: a role of two words ("The tractor driver was
wounded", "One security guard was hurt"), a phrase after the noun telling where or whose they
were ("A man in the village was injured", "two employees of an energy company died", "Another
nine people in the region were wounded"), a relative clause ("A man who was waiting outside was
killed") or a second clause's subject ("..., and the driver was wounded"). The verb decides as in
one_person: a singular person noun after a/an/one/the is one, a number before a plural noun is
that number, and a noun of things or animals is no casualty.
"""

from __future__ import annotations

import re

from . import caseless
from .lowtext import lowered
from .numbers import num_pattern, num_re, parse_number
from .person_nouns import PLURAL_THINGS, is_one_person
from .scan import finditer, literal_starts

Item = tuple[str, int, int, str]     # (field, value, position, kind), as toll_phrasings'

_N = num_pattern()
# (a modifier: never a joint, a partitive "of" or an article, so "Two of the victims were killed"
# stays a part the older patterns leave)
_WORD = r"(?:§+|(?!(?:of|and|or|but|in|at|on|the|who|which|that)\b)[a-z][\w\-]*)"
# what follows the noun before the verb: one place or owner phrase, or one relative clause
_POST = (r"(?:\s+(?:in|at|from|of|near|inside)\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-§]+\s+){0,3}?"
         r"[\w'’\-]+|\s+who\s+(?:[\w'’\-§]+\s+){1,5}?[\w'’\-§]+)?")
_VERB = (r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|reportedly|"
         r"seriously|critically|badly|severely|slightly|lightly)\s+)?"
         r"(?P<v>killed|injured|wounded|hurt|hospitali[sz]ed|(?:taken|admitted)\s+to\s+"
         r"(?:a\s+|the\s+)?(?:[\w\-]+\s+){0,3}?hospital)|(?:later\s+)?(?P<d>died)(?!\s+down))\b")
_ONE = (rf"(?P<one>(?:an?|one|the))\s+(?:{_WORD}\s+){{0,2}}?(?P<noun>[a-z][a-z\-]*[a-z])"
        r"(?![\w'’\-])")
_MANY = (rf"(?:another\s+)?(?P<n>{_N})\s+(?:{_WORD}\s+){{0,2}}?"
         r"(?P<nouns>[a-z][a-z\-]*s|people|children|men|women)(?![\w'’\-])"
         # "two other passengers and the driver were wounded": one more
         rf"(?:\s+and\s+(?P<plus>an?|one|the)\s+(?:{_WORD}\s+){{0,2}}?(?P<noun2>[a-z][a-z\-]*[a-z]))?")
# the subject opens a sentence or a clause: the start, after ";", ":", ",", "and", or a "."
# the sentence splitter left inside ("shortly after 4 a.m. One guard was hurt"); the pattern is
# matched only at those offsets (a scan of every offset cost 1 % of the extractor's time)
_SUBJECT = re.compile(rf"[\"“]?\s*(?:{_ONE}|{_MANY}){_POST}\s+{_VERB}", re.I)
_OPENINGS = re.compile(r"[;:,.]\s*|\band\s+", re.I)
# (the verb is found first, and a subject is tried only at the openings of the 160 characters
# before it: most casualty sentences have no such verb, "killing two", "Three were injured")
_TAIL = re.compile(rf"\b{_VERB}", re.I)
# (every offset a verb of _TAIL can start at: only those are tried)
_TAIL_STARTS = ("was ", "were ", "has been", "have been", "had been", "later died", "died")
# nouns after "the" that are no one person: plurals without an "s", and the hurt themselves
# ("The wounded were taken to hospital")
_NOT_ONE_AFTER_THE = frozenset((
    "men", "women", "people", "children", "police", "staff", "personnel", "crew", "wounded",
    "injured", "dead", "killed", "victims", "rest"))


def _figures(t: str, have: list[Item]) -> list[Item]:
    """Figures of the noun-phrase subjects of casualty verbs in t (masked) that no figure in
    have (what the older patterns read in t) already counts. (have depends on t alone, so the
    answer is kept per text, as the extractor asks about a sentence more than once.)"""
    low = lowered(t) or t.lower()
    if "was " not in low and "were " not in low and "been " not in low and "died" not in low:
        return []   # (spelled out: a generator over these four words cost a third of the time)
    if not ("kill" in low or "injur" in low or "wound" in low or "hurt" in low or "died" in low
            or "hospital" in low):
        return []
    out: list[Item] = []
    taken = list(have)
    tried: set[int] = set()
    for tail in finditer(_TAIL, t, literal_starts(t, _TAIL_STARTS)):
        field = _field(tail)
        if any(f == field and tail.start() - 60 <= p < tail.end() + 60 for f, _, p, _ in taken):
            continue    # (a subject ending here starts at or before the verb, so _count would
            # find this figure near it: "Three people were injured" is the older patterns')
        lo = max(0, tail.start() - 160)
        starts = [0] if lo == 0 else []
        starts += [o.end() for o in _OPENINGS.finditer(t, lo, tail.start())]
        for k in starts:
            if k in tried:
                continue
            m = _SUBJECT.match(t, k)
            if m is None or m.end() != tail.end():
                continue
            tried.add(k)
            _count(m, out, taken)
    return out


def _field(m: re.Match[str]) -> str:
    return "killed" if m.group("d") or (m.group("v") or "").lower() == "killed" else "injured"


def _count(m: re.Match[str], out: list[Item], taken: list[Item]) -> None:
    """Add the figure of subject match m unless it is no person or already counted."""
    field = _field(m)
    if any(f == field and m.start() - 60 <= p < m.end() + 60 for f, _, p, _ in taken):
        return  # (the older patterns count these people already: asked first, as it is cheap)
    if m.group("noun") is not None:
        noun = m.group("noun").lower()
        if not is_one_person(noun) or noun in _NOT_ONE_AFTER_THE or num_re().search(
                m.string, m.end("one"), m.start("noun")):
            return  # ("The two men were hurt": a count the older patterns read)
        value, at = 1, m.start("one")
    else:
        value = parse_number(m.group("n"))
        if value is None or m.group("nouns").lower() in PLURAL_THINGS:
            return
        if m.group("plus") is not None:
            if not is_one_person(m.group("noun2").lower()):
                return
            value += 1
        at = m.start("n")
    out.append((field, value, at, "plain"))
    taken.append((field, value, at, "plain"))


subject_figures = caseless.kept_per_text(_figures)     # (_figures, kept per text)

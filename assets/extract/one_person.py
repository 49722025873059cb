"""One person hurt or killed, named by any noun a casualty verb can take (1.27.0).

The older patterns count one person only when the noun is on a closed list (woman, driver,
guard, ...), so every new trade or relation an author writes ("injuring a saleswoman", "wounding
his companion", "A shepherd was wounded") loses the figure. Injure and wound take only living
beings as objects, and "a X was killed / wounded" has one person as subject whatever X is, so the
verb decides, not the noun: one lowercase singular noun after an article or a possessive, with
up to two modifiers, counts one. A number word, a collective or a plural there is a count the
number patterns read ("wounding a dozen", "injuring a further three", "a group of ... was hurt")
and counts nothing here. A quoted sentence that opens "The driver was injured" is the same
subject as the unquoted one the older patterns read. "Both were injured" (after "attacked two
men") is two people, the same way: the word counts them, whoever they are.
"""

from __future__ import annotations

import re

from . import caseless
from .person_nouns import is_one_person
from .scan import literal_starts

Item = tuple[str, int, int, str]     # (field, value, position, kind), as toll_phrasings'

_NOUN = r"(?P<noun>[a-z][a-z\-]*[a-z])"
# (modifiers: words, ages masked as "§"; never a clause's joint: "a substation but nobody was")
_MODS = (r"(?:(?!(?:and|but|or|when|while|as|where|which|who|that|no|nobody)\b)"
         r"(?:§+|[\w\-]+)\s+){0,2}?")
_ADV = r"(?:(?:also|later|reportedly|seriously|critically|badly|severely|slightly|lightly)\s+)?"
_VERB = {"injured": r"(?:injured|wounded|hurt)", "killed": r"killed"}
# "injuring a saleswoman", "wounding his companion", "killing a shepherd"
_ACTIVE = {f: re.compile(rf"\b{stem}\s+(?:a|an|its|his|her|the)\s+{_MODS}{_NOUN}\b(?![\-'’])")
           for f, stem in (("injured", r"(?:injur|wound)(?:ed|ing)"),
                           ("killed", r"kill(?:ed|ing)"))}
# "A saleswoman was wounded in the leg"; "\"The cashier was injured ...,\" he wrote"
_PASSIVE = {f: re.compile(rf"(?:\b(?:[Aa]n?)|(?:^|[;])\s*[\"“]?\s*The)\s+{_MODS}{_NOUN}\s+"
                          rf"(?:was|has been|had been)\s+{_ADV}{verb}\b")
            for f, verb in _VERB.items()}
# (the passive's verb, found first: the subject is then matched only in the 100 characters before
# it, not tried at every "a" of the sentence)
_TAIL = {f: re.compile(rf"\b(?:was|has been|had been)\s+{_ADV}{verb}\b")
         for f, verb in _VERB.items()}
_ACTIVE_WORDS = {"injured": ("injuring ", "wounding ", "injured ", "wounded "),
                 "killed": ("killing ", "killed ")}
# one of which every match holds
_ANY_WORDS = ("was ", "been ", "both ", *_ACTIVE_WORDS["injured"], *_ACTIVE_WORDS["killed"])
# "Both were injured and taken to hospital", "both of them were wounded"
_BOTH = {f: re.compile(rf"(?:^|[;,]\s+|\band\s+)[\"“]?[Bb]oth\s+(?:of\s+them\s+|men\s+|women\s+)?"
                       rf"(?:were|have\s+been|had\s+been)\s+{_ADV}{verb}\b")
         for f, verb in _VERB.items()}
def _at(t: str, words: tuple[str, ...]) -> list[int] | range:
    """Offsets in t where one of the lowercase words starts, case-insensitively (a substring
    search, cheaper than a regex scan); every offset when lowercasing t moves offsets ("İ"
    lowers to two characters), as the patterns then decide alone."""
    starts = literal_starts(t, words)
    return range(len(t)) if starts is None else starts


def _active(t: str, field: str) -> list[re.Match[str]]:
    return [m for k in _at(t, _ACTIVE_WORDS[field])
            if (m := _ACTIVE[field].match(t, k)) is not None]


def _passive(t: str, field: str, verbs: list[int] | range) -> list[re.Match[str]]:
    out = []
    for k in verbs:
        tail = _TAIL[field].match(t, k if t[k:k + 4].lower() == "was " else max(0, k - 4))
        if tail is None:
            continue
        m = _PASSIVE[field].search(t, max(0, tail.start() - 100), tail.end())
        if m is not None and m.end() == tail.end():
            out.append(m)
    return out


def _figures(t: str, have: list[Item]) -> list[Item]:
    """Figures of one person in t (masked) that no figure in have already reads (have is what
    the older patterns read in t, so the answer depends on t alone: kept per text, as the
    extractor asks about a sentence more than once)."""
    low = t.lower()
    if not any(w in low for w in _ANY_WORDS):
        return []   # (most casualty sentences: "Three people were injured")
    add: list[Item] = []
    verbs: list[int] | range | None = None     # (where "was " / "been " stand, found once)
    for field, words in (("injured", ("injur", "wound", "hurt")), ("killed", ("kill",))):
        if not any(w in low for w in words):
            continue
        mine = [pos for f, _, pos, _ in have if f == field]
        if verbs is None:
            verbs = _at(t, ("was ", "been "))
        found = [*_active(t, field), *_passive(t, field, verbs)]
        if "both " in low:
            for m in _BOTH[field].finditer(t):
                if not any(m.start() - 60 <= p < m.end() + 60 for p in mine):
                    add.append((field, 2, m.start(), "plain"))
                    mine.append(m.start())
        for m in found:
            if not is_one_person(m.group("noun").lower()) or any(
                    m.start() - 60 <= p < m.end() + 60 for p in mine):
                continue    # (a figure of the older patterns in or near it counts this person:
                # "wounded the driver and two passengers" is their three)
            add.append((field, 1, m.start(), "plain"))
            mine.append(m.start())
    return add


one_person_figures = caseless.kept_per_text(_figures)     # (_figures, kept per text)

"""The town of a background sentence about "the city": the one its paragraph names (1.34.0).

A paragraph of background often names the article's town only to describe it, and the sentence
after it tells an earlier attack on "the city": "Belgorod, a city of 330,000, has been shelled
regularly since 2022. The deadliest attack came on December 30, 2023, when 25 people were
killed in the city centre"; "Kramatorsk lies about 30 km from the front. ... In April 2022, a
missile strike on the city's railway station killed 61". The city is the town the paragraph
named last (up to two sentences back; a sentence opening its paragraph looks into the one
before), whether or not it has a row yet; before this the attack went to the current row (a
village named earlier), or to the last town with a row when the named town's own report had
none.
"""

from __future__ import annotations

import re

from .places import Mention, find_places
from .sentences import Sentence

# "the city", "the city's", "the town centre" (not "the city of X": that names its place)
_THE_CITY = re.compile(r"\b[Tt]he (?:city|town)\b(?! of\b)")
_OPENS = re.compile(r"(?:The (?:city|town) of )?")


def paragraph_town(sents: list[Sentence], i: int, ctx: list[str]) -> Mention | None:
    """The settlement the nearest earlier sentence naming places (two back at most, within
    sentence i's paragraph unless i opens it) names alone or opens with, when sentence i
    speaks of "the city"."""
    if not _THE_CITY.search(sents[i].text):
        return None
    for j in range(i - 1, max(-1, i - 3), -1):
        if sents[j].para != sents[i].para and sents[i - 1].para == sents[i].para:
            return None
        found = find_places(sents[j].text, ctx)
        if not found:
            continue
        towns = {m.location: m for m in found if m.level == "settlement"}
        if len(towns) == 1:
            return next(iter(towns.values()))
        # "Nikopol, which lies across the reservoir from the Zaporizhzhia plant, is shelled
        # almost every day": the town the sentence opens with is its subject
        return found[0] if found[0].level == "settlement" and _OPENS.fullmatch(
            sents[j].text[:found[0].start]) else None
    return None

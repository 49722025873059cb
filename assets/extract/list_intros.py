"""A list's introduction keeps the day of the paragraph before it (1.36.0).

"Yesterday, June 13, Russian troops attacked 11 settlements in the region." then a paragraph of
its own, "The governor listed the main attacks:", then the items ("- 07:20, Kupiansk: ..."). Each
new paragraph starts from the publication day (GUIDELINES 7: no day given), and the items, which
do not open a paragraph of their own for the date, kept the introduction's: the publication day,
not the day the round-up told. A paragraph that is only a one-sentence introduction ending in a
colon, with no date or figure of its own, now continues the paragraph before it; so does a later
sentence of an item ("- 13:45, Zolochiv: a drone hit a warehouse. Two employees were injured."),
which started the day afresh as a paragraph of its own where the item's dash had not.
"""

from __future__ import annotations

import re

from .sentences import Sentence

# a heading of background or a timeline is no continuation of the day before
_NOT_THE_DAY = re.compile(r"(?:Background|Context|Reminder|Timeline|Earlier|Previously)\b")
_OWN_DATE = re.compile(r"\d|\b(?:[Yy]esterday|[Tt]oday|overnight|night|day|week|month|year)\b|"
                       r"\b[A-Z][a-z]+day\b")


def list_intro(sents: list[Sentence], i: int) -> bool:
    """Sentence i is a paragraph of its own that introduces a list ("X listed the attacks:")."""
    s = sents[i]
    return s.text.endswith(":") and len(s.text) <= 120 and i + 1 < len(sents) \
        and sents[i + 1].para != s.para and (i == 0 or sents[i - 1].para != s.para) \
        and not _NOT_THE_DAY.match(s.text) and not _OWN_DATE.search(s.text)


def in_item(sents: list[Sentence], i: int) -> bool:
    """Sentence i continues a list item: its paragraph opens with a dash or a bullet."""
    j = i
    while j > 0 and sents[j - 1].para == sents[i].para:
        j -= 1
    return j < i and sents[j].text.startswith(("-", "•"))

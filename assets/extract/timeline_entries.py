"""The head of a bulletin or timeline entry names the place struck (1.3.0, 1.19.0, 1.20.0, 1.36.0).

A regional administration's bulletin or a live blog opens each entry with its place and a colon,
and the entry tells what hit it. Three heads are read:
- the place at the start: "Vovchansk: at 14:10 a glide bomb hit ...", "Vovchansk, Chuhuiv
  district: ..." (1.3.0), "Krasnopillia community: ...", "X hromada: ..." (1.20.0);
- the same after a live blog's time stamp: "09:10 - Kharkiv: ...", "11:05 - UPDATE Kherson:
  ..." (1.19.0), "16:20 - Kharkiv update: ..." (1.20.0);
- a dash, a clock time, a comma, then the place, its community and district in brackets, and a
  colon: "- 21:30, Velykyi Burluk (Kupiansk district): a guided aerial bomb destroyed a house",
  "- 06:10, Vovchansk (Vovchansk TG, Chuhuiv district): ...", "- 08:00, Borova village (Borivska
  TG, Izyum district): ..." (the Kharkiv administration's daily list, 1.36.0). The bracketed
  community and district only locate the place: they stay no target.
The first two lived in `context` until the third was added beside them.
"""

from __future__ import annotations

import re

# "Vovchansk, Chuhuiv district: ...", "Krasnopillia community: ...", "Kharkiv update: ..."
_BULLETIN = re.compile(r"(?:,\s+[\w\-]+(?:\s+[\w\-]+)?\s+(?:district|raion|community)"
                       r"|\s+(?:community|hromada|update|Update|UPDATE))?:\s")
# a live blog's time stamp before an entry's place label ("09:10 - Kharkiv: ...", "10:35 -
# UPDATE Kharkiv: ...")
_STAMP = re.compile(r"\s*[0-2]?\d[:.][0-5]\d\s+[—–-]\s+(?:UPDATE\s+|Update\s+)?")
# the timeline entry's head before the place: "- 21:30, " (the dash may be missing)
_HEAD = re.compile(r"\s*(?:[-•–—]\s*)?[0-2]?\d[:.][0-5]\d,\s+")
# after the place: "village", "(X TG, Y district)", ", on the bank of the Oskil reservoir", ":"
_TAIL = re.compile(r"(?:\s+(?:village|town|city|settlement))?(?:\s+\([^()]{1,60}\))?"
                   r"(?:,\s+[^:;,()]{1,60})?:\s")


def timeline_entry(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] heads a timeline entry ("- 21:30, X (Y district): ...")."""
    return start < 16 and bool(_HEAD.fullmatch(text, 0, start)) and bool(_TAIL.match(text, end))


def bulletin_label(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] is a bulletin's label ("X: ...", "09:10 - X: ...")."""
    return (start < 3 or start < 24 and bool(_STAMP.fullmatch(text, 0, start))) \
        and bool(_BULLETIN.match(text, end))


def entry_head(text: str, start: int, end: int) -> bool:
    """The place at text[start:end] heads a bulletin or timeline entry."""
    return timeline_entry(text, start, end) or bulletin_label(text, start, end)

"""A nationwide roundup of regional reports names no weapon of its own (1.37.0).

"Russian attacks across Ukraine killed five people and injured 22 over the past day, regional
authorities reported" opens a digest of the regions' own reports; the country row it makes sums
their tolls. Each region's paragraph names its own weapons (guided bombs on one front, shells on
another), and the country row took them (glide_bomb, artillery), where the gold of every such row
(eight, over eight authors) is `unknown`: the lead names only "attacks" (GUIDELINES 10). Now a
country row that opens with such a lead and holds no launch or interception count takes no
weapon.
"""

from __future__ import annotations

import re

from .rows import Draft
from .sentences import Sentence

# "Russian attacks (across Ukraine) (over the past day) killed ..., regional authorities reported"
_ROUNDUP_LEAD = re.compile(
    r"\b(?:Russian|Ukrainian) attacks\b[^.;]*\b(?:killed|injured|wounded)\b[^.;]*,\s+regional "
    r"(?:authorities|officials|administrations) (?:reported|said)\b")


def roundup_unknown(drafts: list[Draft], sents: list[Sentence]) -> None:
    """Clear the weapons of a country row led by a roundup of regional reports."""
    for d in drafts:
        if d.kind != "wave" or d.level != "country" or not d.sents:
            continue
        text = sents[d.sents[0]].text
        if "regional " not in text or " attacks" not in text or not _ROUNDUP_LEAD.search(text):
            continue
        if d.count("launched") is not None or d.count("intercepted") is not None:
            continue
        d.weapons, d.extra, d.shared = set(), set(), set()
        d.models, d.extra_models, d.shared_models = [], [], []

"""A record told with "since" is no background: "the most powerful attack on the city since the
start of the full-scale war" (1.35.0).

"Russian forces pounded Kharkiv ... with 48 drones, two missiles and four guided aerial bombs,
the mayor said, calling it the most powerful attack on the city since the start of the
full-scale war"; "Kharkiv was hit overnight by ... in what the mayor called the most powerful
attack on the city since the full-scale invasion began"; "fired at least 12 S-300 missiles at
Mykolaiv early on Friday, in what the mayor called the most powerful shelling of the city since
the war began". `context.BACKGROUND` reads "since the ..." as a habit or a back-reference
("has been shelled since the summer"), so a sentence with no casualty figure lost its place and
its weapon counts went to a country row. A superlative attack "since ..." ranks this strike
against the war's: the sentence still tells it, when a speaker ranks it ("calling it", "in what
the mayor called", "described the night as"). Not so when the sentence names Ukraine ("Russia
launched 75 drones at Ukraine, most of them aimed at Kyiv, in what officials called the largest
drone attack since ...": the country's tally) or tells interceptions only ("Air defences
destroyed 52 of the drones, describing it as the largest attack on the capital since ..."), nor
a sentence of its own ("It was the deadliest attack on the capital since ..."). `unsince`
blanks the record before the test.
"""

from __future__ import annotations

import re

from . import context as cx

# "calling it", "in what the mayor called", "described the night as (probably)"
_RANKED = re.compile(r"\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing))\b[^,;.]*$")
_RECORD = re.compile(
    r"\b(?:the\s+)?(?:most\s+\w+|\w+est|biggest|worst)\s+(?:\w+\s+){0,2}"
    r"(?:attacks?|strikes?|shelling|bombardments?|barrages?|assaults?|raids?)"
    r"(?:\s+(?:on|of|against)\s+(?:the\s+)?(?:city|town|capital|region)(?:'s|’s)?)?"
    r"\s+since\s+[^,;.]*")


def unsince(text: str) -> str:
    """The sentence with a speaker's superlative record ("calling it the heaviest attack on the
    city since ...") blanked; other sentences unchanged."""
    if "since" not in text or "Ukrain" in text or cx.intercept_only(text):
        return text
    return _RECORD.sub(lambda m: " " * len(m.group()) if _RANKED.search(
        text, max(0, m.start() - 60), m.start()) else m.group(), text)

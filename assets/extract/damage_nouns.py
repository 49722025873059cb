"""Damage told as a noun reports a strike (1.40.0).

"According to Ukrainian sources, the Ladyzhin thermal power plant in the Vinnitsa region and the
Burshtyn thermal power plant in the Ivano-Frankovsk region sustained serious damage"; "The Kiev
regime also acknowledged damage to the Burshtyn thermal power plant in the Ivano-Frankovsk
Region": a Russian-voice report tells the other side's losses by the damage the places took,
with no strike verb ("damaged", "hit") and no strike noun, so the sentence was no strike
sentence and its places gave no row. `damage_told` makes "sustained / suffered (serious)
damage" and "acknowledged / confirmed / admitted damage to" a strike cue, as "reported damage
in / to" has been since 1.20.0. Not "sustained no damage" or "suffered little damage": the
adjectives allowed are of a real loss.
"""

from __future__ import annotations

import re

_DAMAGE = re.compile(r"\b(?:(?:sustained|suffered)\s+(?:(?:serious|heavy|severe|significant|"
                     r"considerable|major|extensive|critical)\s+)?damage\b|"
                     r"(?:acknowledged|confirmed|admitted)\s+damage\s+(?:to|at|in)\b)")


def damage_told(text: str) -> bool:
    """The sentence tells damage a place took as a noun ("sustained serious damage")."""
    return "damage" in text and bool(_DAMAGE.search(text))

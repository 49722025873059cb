"""The attack told as a response to another: the places of the cause were not struck (1.29.0).

"The ministry described the strikes as a response to Ukrainian attacks on Russian territory,
including raids in the A and B regions", "said the strikes were retaliation for the Oct. 8
explosion on the X bridge", "described the strikes as "retaliation" for Monday's attack on the X
bridge": the attacker's stated reason names an earlier attack, and its places are not today's
targets. 1.26.0's `context.ANOTHER_EVENT` read only "retaliation for a / the ... blast /
explosion"; these say "response to", quote the word, date the cause ("Monday's", "the Oct. 8")
or name attacks, raids or strikes as the cause. The cue must follow a word for the attack itself
("the strikes were ...", "a massive strike in response to"), so "air defence was activated in
response to a drone attack on X" keeps X. A cause told with its weapon ("Saturday's attack by
Ukrainian drones on ships in the bay of X", "an attack on an airfield in X with six ATACMS
missiles") is a strike of the kind the dataset records, and the gold keeps its row; a bridge
blast, a raid or "attacks on Russian territory" name none, and are not rows.
"""

from __future__ import annotations

import re

_WORDS = ("retaliation", "revenge", "reprisal", "response")
_CAUSE = re.compile(r"\b(?:(?:retaliation|revenge|reprisal)[\"“”'’]?\s+for|response\s+to)\s+"
                    r"(?:[\w'’\-.]+\s+){0,5}?(?:explosions?|blasts?|attacks?|strikes?|raids?|"
                    r"incursions?|shelling|bombing)\b", re.I)
_WEAPON_AFTER = re.compile(r"\b(?:drones?|UAVs?|missiles?|rockets?|bombs?|ATACMS|HIMARS|shells?|"
                           r"artillery)\b", re.I)
_ATTACK_BEFORE = re.compile(r"\b(?:strikes?|attacks?|barrage|bombardment)\b", re.I)


def cause_start(text: str) -> int | None:
    """Where a stated cause of the attack ("a response to Ukrainian attacks on ...") begins in
    text, or None; places named after it are not struck."""
    if not any(w in text for w in _WORDS):
        return None
    m = _CAUSE.search(text)
    if m is None or _ATTACK_BEFORE.search(text, 0, m.start()) is None \
            or _WEAPON_AFTER.search(text, m.start()) is not None:
        return None
    return m.start()

"""Blast injuries named by their medical word: "A man suffered barotrauma" (1.35.0).

Governors in border regions tell a person hurt by a blast as "suffered barotrauma" (the pressure
injury of an explosion), often with no "injured" or "wounded" in the sentence: "Two residents
suffered barotrauma", "A man suffered barotrauma, and the roofs of four homes were damaged",
"Two men working there suffered barotrauma and shrapnel injuries". The word is a wound like
"a concussion" (wound_phrasings): it opens the casualty gate and counts the people who got it.
"""

from __future__ import annotations

# the words, as a regex alternation and as the lowercase literals the casualty gate looks for
BLAST = r"barotraumas?|blast\s+traumas?"
BLAST_WORDS = ("barotrauma", "blast trauma")

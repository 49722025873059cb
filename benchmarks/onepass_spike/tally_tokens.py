"""The tally spike's token types: the shared tokens (tokens.words_of) coded for tallies.

The words are those of the casualty spike's tokenizer; their codes come from tally_lexicon.csv
(weapon nouns by type, launch and interception verbs, "of", "them", qualifiers, ...), else from
the weapon vocabulary the extractor uses (assets/extract/data/weapons.csv, through
`assets.extract.weapons`): a word one of its patterns finds ("Kh-101", "Iskander-M",
"Shahed-type", "ballistic") is a weapon word `w`. The vocabulary's multi-word entries ("unmanned
aerial vehicles", "Storm Shadow", "guided aerial bombs") are looked up as n-grams from their first
word (code `u` until then): the phrase's words become `w`, its last one the weapon noun of its
class when it is a noun ("vehicles" after "unmanned aerial" is a drone). Else a code by shape as
in tokens.py (n number, g number compound, C capitalized, x word, marks by kind).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from assets.extract.weapons import _table

from .tokens import VALUES, CodeMemo, Tokens, article_words, shape_code

LEXICON = Path(__file__).with_name("tally_lexicon.csv")
NOUN = {"drone": "D", "missile": "M", "glide_bomb": "G", "rocket": "M"}


def _load() -> dict[str, str]:
    with LEXICON.open(encoding="utf-8") as f:
        return {r["word"]: r["code"] for r in csv.DictReader(
            line for line in f if not line.startswith("#"))}


def _vocabulary() -> tuple[list[re.Pattern[str]], dict[str, list[tuple[re.Pattern[str], str]]]]:
    """weapons.csv's one-word patterns, and its multi-word ones by their first word (air weapons
    only: drones, missiles, glide bombs)."""
    single: list[re.Pattern[str]] = []
    phrases: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for row in _table():
        rx = re.compile(row["pattern"], re.I)
        first = re.match(r"\\b(?:\(\?:)?([\w-]+)", row["pattern"])
        if row["class"] not in NOUN or row["class"] == "rocket":
            continue    # artillery and launchers: no air weapon a tally counts
        if " " in row["pattern"].split("(?!")[0] and first:
            phrases.setdefault(first.group(1).lower(), []).append((rx, row["class"]))
        else:
            single.append(rx)
    return single, phrases


CODES = _load()
SINGLE, PHRASES = _vocabulary()


def _code(word: str) -> str:
    """The tally code of one token as written, unquoted (code_of remembers it)."""
    c = word[0]
    low = word.lower()
    if low in CODES:
        code = CODES[low]
    elif "-" in low and CODES.get(low.split("-", 1)[0], "") in ("D", "M", "G"):
        code = CODES[low.split("-", 1)[0]]     # "Shahed-136", "Geran-2": the noun, as the
        # present finder's _NOUN reads it (its match ends before the hyphen)
    elif low in PHRASES:
        code = "u"
    elif c.isdigit():
        code = "w" if any(rx.search(word) for rx in SINGLE) else "g" if "-" in word else "n"
    elif low in VALUES or ("-" in low and all(p in VALUES for p in low.split("-"))):
        code = "n"
    elif any(rx.search(word) for rx in SINGLE):
        code = "w"
    elif "-" in low and low.split("-", 1)[0] in VALUES:
        code = "g"
    elif low.endswith("est") and c.isalpha():
        code = "z"      # "one of the largest": as the present finder's _SUPERLATIVE reads it
    else:
        code = shape_code(c)
    return code


code_of = CodeMemo(_code)


def _phrases(words: list[str], types: str) -> str:
    """Resolve the `u` tokens: a multi-word weapon entry that starts there codes its words."""
    codes = list(types)
    i = types.find("u")
    while i >= 0:
        k = 1
        tail = " ".join(words[i:i + 6])
        for rx, cls in PHRASES[words[i].lower()]:
            m = rx.match(tail)
            if m:
                k = m.group().count(" ") + 1
                codes[i:i + k] = ["w"] * k
                last = words[i + k - 1].lower()
                if CODES.get(last) in ("D", "M", "G") or last.startswith("vehicle"):
                    codes[i + k - 1] = NOUN[cls]
                break
        else:
            codes[i] = "C" if words[i][0].isupper() else "x"
        i = types.find("u", i + k)
    return "".join(codes)


def tally_codes(words: list[str]) -> str:
    """The tally type string of tokens as written (a NUL is the boundary `|`)."""
    types = code_of.types(words)
    return _phrases(words, types) if "u" in types else types


def tally_tokenize(sentences: list[str]) -> Tokens:
    """Tokens of an article's sentences with the tally codes (offsets one after the other)."""
    starts, words = article_words(sentences)
    return Tokens(starts, sentences, words, tally_codes(words))

"""sentences.py's abbreviation test searches only the head's trailing word run: same match."""

import random
import re

from assets.extract import sentences


def test_last_word_search_from_trailing_run_equals_full_search():
    rng = random.Random(3)
    alphabet = "ab.Z. -,1é'"
    heads = ["Gov.", "the U.S.", "at 5 a.m.", "Mr. Smith.", "..a.b.", "x .", ".", "", "1.",
             "said Gen. Lt.", "é.", "word!", "a.b.c. d.e."]
    heads += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(5000)]
    rx = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
    for h in heads:
        fast = sentences._LAST_WORD.search(h, len(h.rstrip(sentences._WORD_CHARS)))
        plain = rx.search(h)
        assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1)))

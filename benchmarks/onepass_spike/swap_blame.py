"""The sentence to blame for a difference between the swap's rows and the present rows.

Of an article's sentences, those where the present finder and the spike give different figures
(field, value, kind) are the candidates; the one blamed is in the first given evidence (the gold
row's, the swap row's, the present row's) that holds one, else the first. Its kind says how the
two differ: "same values, other kinds" (the spike has no "stale" or "more" figures, and reads
some stale tolls as updates), "this field's figures agree, the other's differ", or else the
first of KINDS whose words the sentence holds (the kinds of the disagreement table in
docs/onepass.md, found by words here, not by hand).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from assets.extract.casualties import Figure
from assets.ingest.clean import article_row
from assets.ingest.readers import RawArticle, iter_file

from .reference import finder_figures, split
from .swap import SpikeFinder

Differing = list[tuple[str, list[Figure], list[Figure]]]

# a kind and the words that mark it, the first that fits wins
KINDS = [
    ("zeros and negations", r"\bno\b|\bnot\b|\bnobody\b|\bnone\b|\bwithout\b|n't\b"),
    ("running totals, earlier and stale figures",
     r"\bsince\b|\bearlier\b|\bhad (?:put|stood|been)\b|\bso far\b|\bin total\b|\btotal\b"),
    ("tolls and counts of a whole", r"\btoll\b|\bcount\b|\bnumber of\b|\bfigure\b"),
    ("ordinals", r"\b(?:second|third|fourth|fifth|sixth|another)\b"),
    ("parts and shares", r"\bof (?:them|whom|the)\b|\bamong\b"),
    ("hospital, treated, pronouns", r"hospital|\btreat|\b(?:he|she|they|his|her)\b"),
    ("pairs and lists of people", r"\band\b"),
]
_KINDS = [(k, re.compile(p, re.I)) for k, p in KINDS]


def _kind(sentence: str) -> str:
    return next((k for k, rx in _KINDS if rx.search(sentence)), "other phrasings")


def texts(path: Path) -> dict[str, str]:
    """Article id -> clean text, as extract_files reads the file."""
    path = path.resolve()
    out = {}
    for item in iter_file(path, path.parent):
        if isinstance(item, RawArticle):
            row = article_row(item)
            out[str(row["article_id"])] = row["text"] or ""
    return out


def _figs(figs: list[Figure], field: str | None) -> tuple[tuple[str, int, str], ...]:
    return tuple(sorted((f.field, f.value, f.kind) for f in figs
                        if field is None or f.field == field))


def differing(text: str, spike: SpikeFinder) -> Differing:
    """The sentences of text where the two finders' figures (field, value, kind) differ, with
    both finders' figures."""
    sents = split(text)
    out = []
    for s, ref in zip(sents, finder_figures(text, sents), strict=True):
        mine = spike(s.text)
        if _figs(ref, None) != _figs(mine, None):
            out.append((s.text, ref, mine))
    return out


def blame(diffs: Differing, field: str | None,
           evidences: list[str]) -> tuple[str, str, str]:
    """(sentence, the kind of its difference, both finders' figures) for a loss of field (None:
    a row), from the differing sentences in the first evidence that holds one."""
    mine = [d for d in diffs if _figs(d[1], field) != _figs(d[2], field)]
    other = not mine and bool(diffs)    # only the other field's figures differ
    mine = mine or diffs
    if not mine:
        return "", "no sentence's figures differ", ""
    pick = next((d for ev in evidences if ev for d in mine if d[0] in ev), mine[0])
    text, ref, spk = pick
    shown = f"present {_show(ref)}; spike {_show(spk)}"
    if other:
        return text, "this field's figures agree, the other's differ", shown
    fields = (field,) if field else ("killed", "injured")
    if all(sorted(f.value for f in ref if f.field == n) == sorted(
            f.value for f in spk if f.field == n) for n in fields):
        a, b = Counter(_figs(ref, field)), Counter(_figs(spk, field))
        kinds = [" ".join(sorted({k for _, _, k in c.elements()})) for c in (a - b, b - a)]
        return text, f"same values, other kinds: {kinds[0]} -> {kinds[1]}", shown
    return text, _kind(text), shown


def _show(figs: list[Figure]) -> str:
    return "[" + ", ".join(f"{f.field} {f.value}" + ("" if f.kind == "plain" else f" {f.kind}")
                           for f in figs) + "]"

"""Where the swap loses on the check sets, grouped by the shape of the sentence that did it.

A loss is a field of a matched gold row that the present finder's rows get right and the swap's
do not (compared as multisets of `evaluate`'s mismatches: article, field, gold value, place), a
gold row the present rows match and the swap's do not (a false negative more), or a swap row
that matches no gold row where the present rows have no such row (a false positive more); gains
are the same the other way round. For each loss the sentence to blame is one of the article's
sentences where the two finders' figures (field, value, kind) for the field differ, in the gold
row's evidence if one is, else in the swap row's or the present row's, else the first. Its kind
is "same values, other kinds" when the two give the same values (the spike has no "more" or
"stale" figures), else the first of KINDS whose words the sentence holds (the kinds of the
disagreement table in docs/onepass.md, found by words here, not by hand).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from assets.extract.casualties import Figure
from assets.ingest.clean import article_row
from assets.ingest.readers import RawArticle, iter_file

from .reference import finder_figures, split
from .swap import SpikeFinder
from .swap_scores import SetScore, _key

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


@dataclass(frozen=True)
class Loss:
    """One lost (or gained) field or match, with the sentence to blame."""

    set: str
    article: str
    what: str           # the field, or "match"
    how: str            # "value" (a field), "missed row" or "extra row"
    gold: object        # the gold value (a field) or None
    present: object     # the present rows' value (a field)
    swap: object        # the swap's
    sentence: str
    finders: str        # both finders' figures on the sentence
    kind: str


def _kind(sentence: str) -> str:
    return next((k for k, rx in _KINDS if rx.search(sentence)), "other phrasings")


def _texts(path: Path) -> dict[str, str]:
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


def _differing(text: str, spike: SpikeFinder) -> list[tuple[str, list[Figure], list[Figure]]]:
    """The sentences of text where the two finders' figures (field, value, kind) differ, with
    both finders' figures."""
    sents = split(text)
    out = []
    for s, ref in zip(sents, finder_figures(text, sents), strict=True):
        mine = spike(s.text)
        if _figs(ref, None) != _figs(mine, None):
            out.append((s.text, ref, mine))
    return out


def _blame(diffs: list[tuple[str, list[Figure], list[Figure]]], field: str | None,
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


def _row_at(rows: list[dict], article: str, place: object) -> dict | None:
    return next((r for r in rows if str(r["article_id"]) == article and (
        r.get("location") or r.get("admin1")) == place), None)


def _compare(s: SetScore, first: str, second: str) -> list[tuple]:
    """What first's rows get right and second's do not: (article, what, how, gold value, place,
    the gold row missed or the extra row predicted, second's wrong value)."""
    a, b = s.results[first], s.results[second]
    out = []
    wrong: dict[tuple, list[object]] = {}
    for m in b["mismatches"]:
        key = (m["article_id"], m["field"], str(m["gold"]), str(m["location"]))
        wrong.setdefault(key, []).append(m["pred"])
    mis = Counter(k for k, v in wrong.items() for _ in v) - Counter(
        (m["article_id"], m["field"], str(m["gold"]), str(m["location"])) for m in a["mismatches"])
    for (art, f, g, place), n in mis.items():
        out += [(art, f, "value", g, place, None, v) for v in wrong[(art, f, g, place)][-n:]]
    out += [(str(r["article_id"]), "match", "missed row", None, r.get("location"), r, None)
            for r in _more(b["false_negatives"], a["false_negatives"])]
    out += [(str(r["article_id"]), "match", "extra row", None, r.get("location"), r, None)
            for r in _more(b["false_positives"], a["false_positives"])]
    return out


def _more(rows: list[dict], than: list[dict]) -> list[dict]:
    """The rows of rows beyond those of than (multisets, rows compared whole)."""
    left = Counter(_key(r) for r in than)
    out = []
    for r in rows:
        if left[_key(r)]:
            left[_key(r)] -= 1
        else:
            out.append(r)
    return out


def losses(sets: list[SetScore], groups: tuple[str, ...] = ("check",)) -> dict[str, list[Loss]]:
    """The swap's losses and gains on the sets of groups."""
    spike = SpikeFinder()
    out: dict[str, list[Loss]] = {"lost": [], "gained": []}
    for s in (s for s in sets if s.group in groups):
        texts = _texts(s.articles)
        for label, (first, second) in (("lost", ("present", "swap")),
                                       ("gained", ("swap", "present"))):
            for art, what, how, g, place, row, bad in _compare(s, first, second):
                gold_row = row if how == "missed row" else _row_at(s.gold, art, place)
                pred = row if how == "extra row" else _row_at(s.rows["swap"], art, place)
                old = _row_at(s.rows["present"], art, place)
                evidences = [(r or {}).get("evidence") or "" for r in (gold_row, pred, old)]
                sentence, kind, finders = _blame(
                    _differing(texts.get(art, ""), spike),
                    what if what in ("killed", "injured") else None, evidences)
                values = (g, bad) if label == "lost" else (bad, g)
                out[label].append(Loss(s.name, art, what, how, g, *values, sentence, finders,
                                       kind))
    return out


def print_losses(found: dict[str, list[Loss]], samples: int = 3) -> None:
    """Counts by kind and by (what, how), then samples of each kind."""
    for label in ("lost", "gained"):
        items = found[label]
        print(f"\n{label} by the swap ({len({x.set for x in items})} sets): {len(items)} ("
              + ", ".join(f"{w} {h}: {n}" for (w, h), n in sorted(
                  Counter((x.what, x.how) for x in items).items())) + ")")
        kinds = Counter(x.kind for x in items)
        for kind, n in kinds.most_common():
            print(f"  {n:3d} {kind}")
            for x in [x for x in items if x.kind == kind][:samples if label == "lost" else 1]:
                vals = (f"gold {x.gold}: present {x.present}, swap {x.swap}"
                        if x.how == "value" else x.how)
                fin = x.finders
                print(f"       {x.set}/{x.article} {x.what} ({vals}; {fin}) | {x.sentence[:200]}")

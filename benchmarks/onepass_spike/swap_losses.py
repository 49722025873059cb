"""Where the swap loses (and gains) on a group of sets, grouped by the kind of sentence to blame.

A loss is a field of a matched gold row that the present finder's rows get right and the swap's
do not (compared as multisets of `evaluate`'s mismatches: article, field, gold value, place), a
gold row the present rows match and the swap's do not (a false negative more), or a swap row
that matches no gold row where the present rows have no such row (a false positive more); gains
are the same the other way round. Each comes with the sentence to blame and its kind
(swap_blame.py); they are counted and sampled by kind.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from .swap import SpikeFinder
from .swap_blame import blame, differing, texts
from .swap_scores import SetScore, row_key


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


def _row_at(rows: list[dict], article: str, place: object) -> dict | None:
    return next((r for r in rows if str(r["article_id"]) == article and (
        r.get("location") or r.get("admin1")) == place), None)


class _Miss(NamedTuple):
    """One thing the second finder's rows get wrong and the first's right."""

    article: str
    what: str           # the field, or "match"
    how: str            # "value", "missed row" or "extra row"
    gold: object        # the gold value of a field
    place: object       # the gold row's location (or admin1)
    row: dict | None    # the gold row missed, or the extra row predicted
    wrong: object       # the second's value of a field


def _compare(s: SetScore, first: str, second: str) -> list[_Miss]:
    """What first's rows get right and second's do not."""
    a, b = s.results[first], s.results[second]
    out: list[_Miss] = []
    wrong: dict[tuple, list[object]] = {}
    for m in b["mismatches"]:
        key = (m["article_id"], m["field"], str(m["gold"]), str(m["location"]))
        wrong.setdefault(key, []).append(m["pred"])
    mis = Counter(k for k, v in wrong.items() for _ in v) - Counter(
        (m["article_id"], m["field"], str(m["gold"]), str(m["location"])) for m in a["mismatches"])
    for (art, f, g, place), n in mis.items():
        out += [_Miss(art, f, "value", g, place, None, v) for v in wrong[(art, f, g, place)][-n:]]
    out += [_Miss(str(r["article_id"]), "match", "missed row", None, r.get("location"), r, None)
            for r in _more(b["false_negatives"], a["false_negatives"])]
    out += [_Miss(str(r["article_id"]), "match", "extra row", None, r.get("location"), r, None)
            for r in _more(b["false_positives"], a["false_positives"])]
    return out


def _more(rows: list[dict], than: list[dict]) -> list[dict]:
    """The rows of rows beyond those of than (multisets, rows compared whole)."""
    left = Counter(row_key(r) for r in than)
    out = []
    for r in rows:
        if left[row_key(r)]:
            left[row_key(r)] -= 1
        else:
            out.append(r)
    return out


def losses(sets: list[SetScore], groups: tuple[str, ...] = ("check",)) -> dict[str, list[Loss]]:
    """The swap's losses and gains on the sets of groups."""
    spike = SpikeFinder()
    out: dict[str, list[Loss]] = {"lost": [], "gained": []}
    for s in (s for s in sets if s.group in groups):
        articles = texts(s.articles)
        for label, (first, second) in (("lost", ("present", "swap")),
                                       ("gained", ("swap", "present"))):
            for m in _compare(s, first, second):
                rows = (m.row if m.how == "missed row" else _row_at(s.gold, m.article, m.place),
                        m.row if m.how == "extra row" else _row_at(s.rows["swap"], m.article,
                                                                    m.place),
                        _row_at(s.rows["present"], m.article, m.place))
                sentence, kind, finders = blame(
                    differing(articles.get(m.article, ""), spike),
                    m.what if m.what in ("killed", "injured") else None,
                    [(r or {}).get("evidence") or "" for r in rows])
                values = (m.gold, m.wrong) if label == "lost" else (m.wrong, m.gold)
                out[label].append(Loss(s.name, m.article, m.what, m.how, m.gold, *values,
                                       sentence, finders, kind))
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
                print(f"       {x.set}/{x.article} {x.what} ({vals}; {x.finders}) | "
                      f"{x.sentence[:200]}")

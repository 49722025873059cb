"""Score extracted mentions against gold incidents, with the same semantics as the shared
eval/score.py: per article, pairs must share the country, have compatible places (normalized
settlement names; else both regional or national) and dates at most one day apart; pairs are
taken greedily by a compatibility score. Field accuracy counts pairs where either side has a value.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

NUMERIC = ("killed", "injured", "launched", "intercepted")
CATEGORICAL = ("attacker", "weapon")
_SPELLINGS = {  # the scorer's transliteration table: variant -> canonical
    "kiev": "kyiv", "odessa": "odesa", "kharkov": "kharkiv", "zaporozhye": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia", "zaporozhzhia": "zaporizhzhia", "nikolaev": "mykolaiv",
    "mykolayiv": "mykolaiv", "nikolayev": "mykolaiv", "lvov": "lviv", "dnepr": "dnipro",
    "dnipropetrovsk": "dnipro", "dnepropetrovsk": "dnipro", "chernigov": "chernihiv",
    "rovno": "rivne", "krivoy rog": "kryvyi rih", "kryvyi rig": "kryvyi rih",
    "krivyi rih": "kryvyi rih", "vinnitsa": "vinnytsia", "vinnytsya": "vinnytsia",
    "zhitomir": "zhytomyr", "khmelnitsky": "khmelnytskyi", "khmelnytskyy": "khmelnytskyi",
    "ivano-frankovsk": "ivano-frankivsk", "ternopol": "ternopil", "uzhgorod": "uzhhorod",
    "kropyvnytskyy": "kropyvnytskyi", "kirovohrad": "kropyvnytskyi", "bilhorod": "belgorod",
    "guryev kozachok": "huriiv kozachok", "izyum": "izium", "kupyansk": "kupiansk",
    "slavyansk": "sloviansk", "elabuga": "yelabuga", "orel": "oryol",
}
_NOISE = re.compile(r"\b(?:city|town|village|oblast|region|province|district|raion|hromada|krai|"
                    r"republic|of)\b")


def place_key(value: object) -> str | None:
    if value is None or str(value).strip().lower() in ("", "none", "null", "nan"):
        return None
    s = unicodedata.normalize("NFKD", str(value).strip()).encode("ascii", "ignore").decode()
    s = _NOISE.sub(" ", s.lower().replace("'", "").replace("\u2019", ""))
    s = re.sub(r"\s+", " ", re.sub(r"[^a-z\- ]", " ", s)).strip()
    return _SPELLINGS.get(s, s)


def _same(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or (min(len(a), len(b)) >= 5 and a[:5] == b[:5] and abs(len(a) - len(b)) <= 3)


def _day(v: object) -> date | None:
    try:
        return date.fromisoformat(str(v)[:10]) if v is not None else None
    except ValueError:
        return None


def _int(v: object) -> int | None:
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return None if f != f else int(f)


def _pair_score(g: dict, p: dict) -> int | None:
    if str(g.get("country") or "").upper() != str(p.get("country") or "").upper():
        return None
    gl, pl = place_key(g.get("location")), place_key(p.get("location"))
    if gl is not None or pl is not None:
        if not _same(gl, pl):
            return None
        score = 3
    else:
        ga, pa = place_key(g.get("admin1")), place_key(p.get("admin1"))
        if ga is not None and pa is not None and not _same(ga, pa):
            return None
        score = 2 if ga == pa else 1
    gd, pd = _day(g.get("event_date")), _day(p.get("event_date"))
    if gd and pd:
        if abs((gd - pd).days) > 1:
            return None
        score += 2 if gd == pd else 1
    return score + sum(1 for f in NUMERIC if _int(g.get(f)) is not None
                       and _int(g.get(f)) == _int(p.get(f)))


def _article_of(row: dict) -> str:
    return str(row.get("article_id") or row.get("source_article_id") or "")


def evaluate(gold_rows: list[dict], pred_rows: list[dict]) -> dict:
    """Precision, recall, F1 and per-field accuracy on matched incidents, plus the errors."""
    gold, pred = defaultdict(list), defaultdict(list)
    for g in gold_rows:
        gold[_article_of(g)].append(g)
    for p in pred_rows:
        pred[_article_of(p)].append(p)
    pairs, fns, fps = [], [], []
    for art in sorted(set(gold) | set(pred)):
        gs, ps = gold.get(art, []), pred.get(art, [])
        cands = sorted(((s, i, j) for i, g in enumerate(gs) for j, p in enumerate(ps)
                        if (s := _pair_score(g, p)) is not None), key=lambda t: (-t[0], t[1], t[2]))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, i, j in cands:
            if i not in used_g and j not in used_p:
                used_g.add(i)
                used_p.add(j)
                pairs.append((gs[i], ps[j]))
        fns += [g for i, g in enumerate(gs) if i not in used_g]
        fps += [p for j, p in enumerate(ps) if j not in used_p]
    tp, n_pred = len(pairs), len(pred_rows)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / len(gold_rows) if gold_rows else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    fields, mismatches = {}, []
    for f in (*NUMERIC, *CATEGORICAL, "event_date"):
        n = ok = 0
        for g, p in pairs:
            conv = _int if f in NUMERIC else _day if f == "event_date" else (
                lambda v: str(v or "unknown").lower())
            gv, pv = conv(g.get(f)), conv(p.get(f))
            if gv is None and pv is None:
                continue
            n += 1
            ok += gv == pv
            if gv != pv:
                mismatches.append({"article_id": _article_of(g), "field": f, "gold": gv,
                                   "pred": pv, "location": g.get("location") or g.get("admin1")})
        fields[f] = {"n": n, "accuracy": round(ok / n, 3) if n else None}
    return {"gold": len(gold_rows), "pred": n_pred, "matched": tp,
            "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "fields": fields, "false_negatives": fns, "false_positives": fps,
            "mismatches": mismatches}


def write_errors(result: dict, path: str | Path) -> None:
    """Write false negatives, false positives and field mismatches as JSON lines for review."""
    with Path(path).open("w", encoding="utf-8") as f:
        for kind, key in (("false_negative", "false_negatives"),
                          ("false_positive", "false_positives"), ("mismatch", "mismatches")):
            for row in result.get(key, []):
                f.write(json.dumps({"error": kind, **row}, default=str) + "\n")

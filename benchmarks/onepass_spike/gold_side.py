"""Which side the gold rows take where the spike and the present finder disagree.

A proxy, not a score: for a sentence where the two give a field different values, the gold
rows of its article whose evidence holds the sentence are looked up; if one of them states the
reference's value for the field and none the spike's, the reference counts as right, and the
other way round; else (no such row, both values or neither stated) undecided. A row's figure
can come from several sentences (a toll update, "more" figures), so a value stated in its
sentence may lose to a later one: the counts say where gold sides, not a sentence's accuracy.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from .agreement import FIELDS
from .casualties import Casualties
from .reference import SHARED_DEV, article_files, reference, split


def _gold_rows(articles: Path) -> dict[str, list[dict]]:
    gold = articles.with_name("gold.jsonl")
    rows: dict[str, list[dict]] = {}
    if gold.exists():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.setdefault(row["article_id"], []).append(row)
    return rows


def sides(spike: Casualties, files: list[Path] | None = None) -> Counter:
    """Counts of (field, class, side) over the disagreements of every article with gold rows
    (each text once); class is missed, spurious or value as in agreement.py."""
    out: Counter = Counter()
    seen: set[str] = set()
    for path in files or article_files():
        gold = _gold_rows(path)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            art = json.loads(line)
            text = art.get("text") or ""
            if not text or text in seen or art["id"] not in gold:
                continue
            seen.add(text)
            sents = split(text)
            ref, _ = reference(text, sents)
            mine = spike.by_sentence([s.text for s in sents])
            for s, a, b in zip(sents, ref, mine, strict=True):
                rows = [r for r in gold[art["id"]] if s.text in (r.get("evidence") or "")]
                for j, name in enumerate(FIELDS):
                    if a[j] == b[j]:
                        continue
                    cls = "missed" if b[j] is None else "spurious" if a[j] is None else "value"
                    stated = {r.get(name) for r in rows}
                    side = ("no gold row" if not rows else "reference" if a[j] in stated
                            and b[j] not in stated else "spike" if b[j] in stated
                            and a[j] not in stated else "undecided")
                    out[(name, cls, side)] += 1
    return out


def main() -> None:
    counts = sides(Casualties())
    print(f"disagreements on articles with gold rows ({SHARED_DEV.parent.name} and eval sets):")
    for side in ("reference", "spike", "undecided", "no gold row"):
        n = sum(v for (_, _, s), v in counts.items() if s == side)
        per = ", ".join(f"{f} {c} {v}" for (f, c, s), v in sorted(counts.items()) if s == side)
        print(f"  gold sides with the {side}: {n} ({per})" if side in ("reference", "spike")
              else f"  {side}: {n} ({per})")


if __name__ == "__main__":
    main()

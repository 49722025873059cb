"""Extraction speed on the development articles: articles/s and MB/s on one core.

    python benchmarks/extract_speed.py [articles.jsonl] [repeats]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assets.extract.extractor import extract_mentions  # noqa: E402

DEFAULT = ROOT / ".." / "shared" / "eval" / "dev" / "articles.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    arts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    arts = [{"article_id": a["id"], "text": a["text"], "published_at": a["published_at"],
             "title": a.get("title")} for a in arts]
    extract_mentions(arts[0])  # warm-up: gazetteer and regexes are built once
    size = sum(len(a["text"].encode("utf-8")) for a in arts) * repeats
    t0 = time.process_time()
    for _ in range(repeats):
        for a in arts:
            extract_mentions(a)
    dt = time.process_time() - t0
    n = len(arts) * repeats
    print(f"{n} articles in {dt:.2f} s CPU: {n / dt:,.0f} articles/s/core, "
          f"{size / dt / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()

"""Extraction speed on the development articles: articles/s and MB/s per core (CPU time).

    python benchmarks/extract_speed.py [articles.jsonl | raw_dir] [repeats] [rounds]

A directory is read as a raw corpus (`python -m benchmarks.generate OUT` writes one): its
articles as ingestion cleans them.
Each round extracts every article `repeats` times (nothing is cached between calls: each call
splits and scans its article afresh) and is timed with time.process_time, so other processes on a
shared machine count less; the best round is reported, with the median beside it. Issue 3's bar:
1,000 articles/s/core on the dev articles.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assets.extract.extractor import extract_mentions  # noqa: E402

# the shared dev articles beside the repository, else the repository's copy of them
# (data/eval/dev holds the same 71 articles; a clean checkout may have no ../shared)
SHARED = ROOT / ".." / "shared" / "eval" / "dev" / "articles.jsonl"
DEFAULT = SHARED if SHARED.is_file() else ROOT / "data" / "eval" / "dev" / "articles.jsonl"


def _raw_corpus(raw_dir: Path) -> list[dict]:
    """The articles of a raw corpus directory, cleaned as ingestion cleans them."""
    from assets.ingest.clean import article_row
    from assets.ingest.readers import RawArticle, iter_raw_dir

    rows = [article_row(r) for r in iter_raw_dir(raw_dir) if isinstance(r, RawArticle)]
    return [{"id": r["article_id"], "text": r["text"] or "", "title": r.get("title"),
             "published_at": None if r.get("published_at") is None else str(r["published_at"])}
            for r in rows]


def load_articles(path: Path) -> list[dict]:
    """The articles of a JSONL file (or a raw corpus directory, cleaned as ingestion cleans
    them) as the extractor takes them."""
    arts = _raw_corpus(path) if path.is_dir() else [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [{"article_id": a["id"], "text": a["text"], "published_at": a["published_at"],
             "title": a.get("title")} for a in arts]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    arts = load_articles(path)
    extract_mentions(arts[0])  # warm-up: gazetteer and regexes are built once
    size = sum(len(a["text"].encode("utf-8")) for a in arts) * repeats
    n = len(arts) * repeats
    times = []
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(repeats):
            for a in arts:
                extract_mentions(a)
        times.append(time.process_time() - t0)
    best, median = min(times), statistics.median(times)
    print(f"{n} articles x {rounds} rounds, best {best:.2f} s CPU: {n / best:,.0f} articles/s/core "
          f"(median {n / median:,.0f}), {size / best / 1e6:.2f} MB/s")


if __name__ == "__main__":
    main()

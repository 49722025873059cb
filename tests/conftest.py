"""Shared fixtures: a small raw corpus written for the tests, in all three input formats, and the
stages up to the merge run on it in one warehouse session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import duckdb

REPO = Path(__file__).resolve().parents[1]

FEED = [
    {"id": "t-001", "published_at": "2025-03-04", "outlet": "Test Wire",
     "title": "Drones hit Kharkiv overnight",
     "text": "Russian drones struck Kharkiv overnight, killing two people and injuring five, "
             "the regional governor said on Tuesday.\n\nA residential building was damaged."},
    {"id": "t-002", "published_at": "2025-03-05T09:15:00+02:00", "outlet": "Test Wire",
     "text": "Russia launched 120 drones and 4 missiles at Ukraine overnight, the air force "
             "said. Air defences shot down 98 of the drones and 3 missiles."},
    {"id": "t-003", "published_at": "2025-03-06", "title": "Talks resume in Geneva",
     "text": "Delegations met in Geneva on Thursday to discuss a ceasefire. No agreement was "
             "announced."},
]

MARKDOWN = """---
id: t-004
published_at: 2025-03-07
outlet: Test Gazette
title: Odesa port hit by missile
---
A Russian missile hit the port of Odesa on Thursday night, injuring three workers, the
regional administration said on Friday.
"""

HTML = """<!doctype html><html lang="en"><head><title>Sumy strike</title>
<meta property="article:published_time" content="2025-03-08T07:00:00+00:00">
<meta name="article-id" content="t-005"><script>var tracker = 1;</script>
<style>p { color: red; }</style></head><body><nav>Home | World</nav>
<article><h1>Glide bombs hit Sumy</h1>
<p>Russian forces dropped guided aerial bombs on Sumy on Friday, killing one man, the city
military administration said.</p>
<p>Two private houses were destroyed in the attack, officials added.</p></article>
<footer>Copyright Test Pages</footer></body></html>
"""


def write_corpus(raw: Path, feed: list[dict] | None = None, *, extras: bool = True) -> Path:
    """Write the fixture corpus into raw/ (JSONL + Markdown + HTML, plus one bad file)."""
    raw.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(a) for a in (FEED if feed is None else feed)]
    (raw / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if extras:
        (raw / "odesa.md").write_text(MARKDOWN, encoding="utf-8")
        (raw / "sumy.html").write_text(HTML, encoding="utf-8")
        (raw / "broken.html").write_bytes(b"\x00\x01\x02 not a page \xff\xfe")
    return raw


def run_to_merge(con: duckdb.DuckDBPyConnection, raw: Path, home_root: Path) -> None:
    """Ingest raw/, build the articles, extract them (one process), curate and merge: the stages
    before validation, as a run does them, on the open warehouse connection."""
    from assets.curate.store import run_curate
    from assets.extract.batches import extract_pending
    from assets.ingest.load import build_articles, ingest_raw_dir
    from assets.merge.run import run_merge
    ingest_raw_dir(con, raw)
    build_articles(con)
    extract_pending(con, workers=1)
    run_curate(con, home_root)
    run_merge(con)


@pytest.fixture
def raw_corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "raw")

"""`benchmarks.compare_extractors`: which sets it reads, and the rows it records per article."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

from benchmarks.compare_extractors import corpora, dump


def test_corpora_leave_out_skipped_sets():
    got = corpora({"unseen19", "dev"})
    assert "unseen19" not in got and "dev" not in got
    assert "extra" in got and got["extra"].name == "articles.jsonl"


def test_dump_records_each_article_as_written_upper_and_lower_cased(tmp_path: Path):
    src = tmp_path / "articles.jsonl"
    art = {"id": "a1", "published_at": "2024-05-02T10:00:00+03:00", "title": None,
           "text": "A Russian drone struck Kharkiv on Wednesday night, killing two people."}
    src.write_text(json.dumps(art) + "\n", encoding="utf-8")
    dump({"tiny": str(src)}, str(tmp_path / "out.pkl"))
    rows = pickle.loads((tmp_path / "out.pkl").read_bytes())["tiny"]
    assert [r[0] for r in rows] == ["a1#0", "a1#1", "a1#2"]
    first = dict(rows[0][1][0])
    assert first["location"] == "'Kharkiv'" and first["killed"] == "2"
    assert rows[0][2] == []

"""The benchmark corpus generator: deterministic by seed, in the three raw formats, readable."""

from __future__ import annotations

from pathlib import Path

from assets.ingest.readers import RawArticle, iter_file, list_raw_files
from benchmarks.generate import article, generate


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_generate_same_seed_same_bytes(tmp_path: Path) -> None:
    a = generate(tmp_path / "a", 300, seed=3)
    b = generate(tmp_path / "b", 300, seed=3)
    assert a == b
    assert _snapshot(tmp_path / "a") == _snapshot(tmp_path / "b")


def test_generate_other_seed_other_text() -> None:
    assert article(3, 0)["text"] != article(4, 0)["text"]
    assert article(3, 5) == article(3, 5)


def test_generate_writes_all_formats_that_ingest_reads(tmp_path: Path) -> None:
    counts = generate(tmp_path, 400, seed=1)
    assert counts["jsonl"] + counts["md"] + counts["html"] == 400
    assert counts["md"] > 0 and counts["html"] > 0 and counts["jsonl"] > 350
    read = [item for p in list_raw_files(tmp_path) for item in iter_file(p, tmp_path)]
    assert all(isinstance(item, RawArticle) for item in read)
    assert sorted(a.article_id for a in read) == [f"b{i:07d}" for i in range(400)]


def test_generate_start_adds_new_articles_only(tmp_path: Path) -> None:
    generate(tmp_path, 100, seed=2)
    before = _snapshot(tmp_path)
    generate(tmp_path, 50, seed=2, start=100)
    after = _snapshot(tmp_path)
    assert set(before) <= set(after)
    ids = [a.article_id for p in list_raw_files(tmp_path) for a in iter_file(p, tmp_path)]
    assert len(ids) == len(set(ids)) == 150

"""`strikes evaluate` reports an article the extractor crashes on (id and exception on stderr)
and counts it, instead of silently scoring it as an article with no rows."""

from __future__ import annotations

import json
from pathlib import Path

import assets.extract.extractor as extractor
from pipelines.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _sample(tmp_path: Path) -> tuple[Path, Path]:
    src = ROOT / "data" / "eval" / "unseen4"
    arts = [json.loads(x) for x in (src / "articles.jsonl").read_text().splitlines() if x][:2]
    ids = {a["id"] for a in arts}
    gold = [x for x in (src / "gold.jsonl").read_text().splitlines()
            if x and json.loads(x)["article_id"] in ids]
    a, g = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    a.write_text("".join(json.dumps(x) + "\n" for x in arts))
    g.write_text("".join(x + "\n" for x in gold))
    return a, g


def test_evaluate_reports_and_counts_crashed_articles(tmp_path, capsys, monkeypatch):
    arts, gold = _sample(tmp_path)
    real = extractor._extract
    crash_id = json.loads(arts.read_text().splitlines()[0])["id"]

    def flaky(article: dict) -> list[dict]:
        if article.get("article_id") == crash_id:
            raise ValueError("boom")
        return real(article)

    monkeypatch.setattr(extractor, "_extract", flaky)
    assert main(["evaluate", "--gold", str(gold), "--articles", str(arts),
                 "--errors", str(tmp_path / "errors.jsonl")]) == 0
    out, err = capsys.readouterr()
    assert f"extractor crashed on article {crash_id}: ValueError: boom" in err
    assert "extractor crashed on 1 articles" in out


def test_evaluate_without_crashes_prints_no_crash_line(tmp_path, capsys):
    arts, gold = _sample(tmp_path)
    assert main(["evaluate", "--gold", str(gold), "--articles", str(arts),
                 "--errors", str(tmp_path / "errors.jsonl")]) == 0
    out, err = capsys.readouterr()
    assert "crashed" not in out and "crashed" not in err


def test_extract_mentions_collects_crashes(monkeypatch):
    def broken(article: dict) -> list[dict]:
        raise KeyError("text")

    monkeypatch.setattr(extractor, "_extract", broken)
    crashes: list[tuple[str, Exception]] = []
    assert extractor.extract_mentions({"article_id": "a1", "text": "x"}, crashes) == []
    assert [(aid, type(e).__name__) for aid, e in crashes] == [("a1", "KeyError")]
    assert extractor.extract_mentions({"article_id": "a2", "text": "x"}) == []

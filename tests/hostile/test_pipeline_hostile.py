"""`strikes run` on the hostile raw folder: nothing lost, nothing let in, nothing written outside
HOME, and a release whose CSV cannot run code in a spreadsheet."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from assets.warehouse import Home, release_dirs
from pipelines.cli import main
from tests.hostile.conftest import (
    FORMULA_FIELDS,
    MARKUP_TEXT,
    TRAP_IDS,
    run_cli,
    tree_digest,
    write_hostile_corpus,
)

pytestmark = pytest.mark.slow
ESCAPE = Path("/tmp/strikes-hostile-escape")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory):
    """One `strikes run` in a subprocess: raw outside HOME, cwd/HOME/TMPDIR in empty folders."""
    top = tmp_path_factory.mktemp("hostile-run")
    expected = write_hostile_corpus(top / "raw")
    for name in ("home", "cwd", "userhome", "tmp"):
        (top / name).mkdir()
    raw_before = tree_digest(top / "raw")
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("STRIKES_", "XDG_", "MPLCONFIGDIR"))}
    env |= {"HOME": str(top / "userhome"), "TMPDIR": str(top / "tmp")}
    done = run_cli("run", "--home", str(top / "home"), "--raw-dir", str(top / "raw"),
                   cwd=top / "cwd", env=env)
    return top, Home.at(top / "home"), expected, raw_before, done


def _query(home: Home, sql: str, params: list | None = None) -> list[tuple]:
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()


def test_hostile_run_succeeds_and_publishes(hostile):
    _, home, _, _, done = hostile
    assert done.returncode == 0, done.stderr[-3000:]
    assert [d.name for d in release_dirs(home)] == ["v1.0.0"]


def test_hostile_run_keeps_every_good_article(hostile):
    _, home, expected, _, _ = hostile
    ids = {r[0] for r in _query(home, "SELECT article_id FROM articles")}
    assert ids == expected["ids"]
    published = {r[0] for r in _query(home, "SELECT article_id FROM valid_articles")}
    assert published == expected["ids"]


def test_hostile_run_quarantines_every_bad_item_with_its_reason(hostile):
    _, home, expected, _, _ = hostile
    got = {(p, n): why for p, n, why in _query(
        home, "SELECT source_path, source_line, reason FROM quarantine")}
    assert set(got) == set(expected["quarantined"])
    for where, reason in got.items():
        assert reason.startswith(expected["quarantined"][where]), (where, reason)


def test_duplicates_are_kept_once_with_both_paths_recorded(hostile):
    _, home, _, _, _ = hostile
    paths = _query(home, "SELECT source_path FROM raw_articles WHERE article_id = 'h-plain' "
                         "ORDER BY source_path")
    assert paths == [("feed-copy.jsonl",), ("feed.jsonl",)]
    dupes = _query(home, "SELECT article_id, source_path FROM raw_articles WHERE source_path "
                         "IN ('dupe-a.md', 'copies/dupe-b.md') ORDER BY source_path")
    assert [p for _, p in dupes] == ["copies/dupe-b.md", "dupe-a.md"]
    assert dupes[0][0] == dupes[1][0]
    for article_id in ("h-plain", dupes[0][0]):
        assert _query(home, "SELECT count(*) FROM articles WHERE article_id = ?",
                      [article_id]) == [(1,)]


def test_trap_ids_are_stored_as_text_and_never_used_as_paths(hostile):
    top, home, _, _, _ = hostile
    stored = {r[0] for r in _query(home, "SELECT article_id FROM valid_articles")}
    assert set(TRAP_IDS) <= stored
    assert {r[0] for r in _query(home, "SHOW TABLES")} >= {"articles", "raw_files"}
    assert not ESCAPE.exists()
    names = {p.name for p in top.rglob("*")}
    assert not any("strikes-hostile-escape" in n or "DROP TABLE articles" in n for n in names)


def test_nothing_is_written_outside_home(hostile):
    top, _, _, raw_before, _ = hostile
    assert sorted(p.name for p in top.iterdir()) == ["cwd", "home", "raw", "tmp", "userhome"]
    for name in ("cwd", "userhome", "tmp"):
        assert list((top / name).rglob("*")) == [], name
    assert tree_digest(top / "raw") == raw_before


def test_evidence_is_verbatim_text_and_slices_the_article(hostile):
    _, home, _, _, _ = hostile
    [(evidence, start, end, text)] = _query(
        home, "SELECT m.evidence, m.evidence_start, m.evidence_end, a.text FROM mentions m "
              "JOIN articles a USING (article_id) WHERE article_id = 'h-markup'")
    assert text == MARKUP_TEXT and text[start:end] == evidence
    assert "<script>alert(1)</script>" in evidence


def _csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_published_csv_neutralizes_formula_cells(hostile):
    _, home, _, _, _ = hostile
    rel = release_dirs(home)[-1]
    rows = {r["sha256"]: r for r in _csv(rel / "articles.csv")}
    parquet = {r["sha256"]: r for r in pq.read_table(rel / "articles.parquet").to_pylist()}
    by_id = {p["article_id"]: rows[sha] for sha, p in parquet.items()}
    formula_id = '=HYPERLINK("http://evil.example","x")'
    assert by_id[formula_id]["article_id"] == "'" + formula_id
    assert by_id["\tTAB-first"]["article_id"] == "'\tTAB-first"
    assert by_id["\rCR-first"]["article_id"] == "'\rCR-first"
    for field, value in FORMULA_FIELDS.items():
        assert by_id["h-formulas"][field] == "'" + value
        assert parquet[by_id["h-formulas"]["sha256"]][field] == value  # Parquet keeps the value
    triggers = ("=", "+", "-", "@", "\t", "\r")
    for name in ("articles", "mentions", "incidents"):
        for row in _csv(rel / f"{name}.csv"):
            for column, cell in row.items():
                if cell.startswith(triggers):
                    # only numbers may start with '-'; text cells with a trigger were quoted
                    float(cell)
                    assert column not in ("article_id", "title", "outlet", "url", "evidence")


def test_quarantine_command_lists_every_item_as_json(hostile, capsys):
    _, home, expected, _, _ = hostile
    assert main(["quarantine", "--home", str(home.root), "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    raw = [i for i in items if i["stage"] == "ingest"]
    assert {(i["source"], i["line"]) for i in raw} == set(expected["quarantined"])
    assert all(i["reason"] and i["when"] and i["when"].endswith("+00:00") for i in raw)


def test_quarantine_table_escapes_control_characters(hostile, tmp_path, capsys):
    _, home, _, _, _ = hostile
    with duckdb.connect(str(home.warehouse)) as con:  # a quarantined line of a trap file name
        con.execute("INSERT INTO quarantine VALUES ('ingest', ?, 3, ?, 'bad JSON', 'now')",
                    ["ctl\x1b[31m.jsonl", "id\x07\x1b[2J"])
    try:
        assert main(["quarantine", "--home", str(home.root)]) == 0
        out = capsys.readouterr().out
    finally:
        with duckdb.connect(str(home.warehouse)) as con:
            con.execute("DELETE FROM quarantine WHERE quarantined_at = 'now'")
    assert "\x1b" not in out and "\x07" not in out
    assert "ctl\\x1b[31m.jsonl:3" in out

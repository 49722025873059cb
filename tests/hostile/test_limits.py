"""Limits: maximum file size and article length, from flags or the environment, with reasons."""

from __future__ import annotations

import json

import duckdb
import pytest

from assets.ingest.load import ingest_raw_dir
from assets.ingest.readers import MAX_CHARS, MAX_FILE_BYTES
from assets.warehouse import ensure_schema
from pipelines.cli import main
from pipelines.resources import limits_from_env, lock_wait_from_env, warehouse_from_env

LONG = {"id": "long", "published_at": "2025-01-01", "text": "Drones hit Sumy. " * 40}
SHORT = {"id": "short", "published_at": "2025-01-01", "text": "Drones hit Lviv."}


def _ingest(con, raw, **limits) -> dict[str, str]:
    ingest_raw_dir(con, raw, **limits)
    got = {r[0]: "in" for r in con.execute("SELECT article_id FROM raw_articles").fetchall()}
    got |= {f"{p}:{n or ''}": why for p, n, why in con.execute(
        "SELECT source_path, source_line, reason FROM quarantine").fetchall()}
    return got


@pytest.fixture
def raw(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "feed.jsonl").write_text(json.dumps(LONG) + "\n" + json.dumps(SHORT) + "\n")
    (raw / "page.md").write_text("---\nid: md\npublished_at: 2025-01-02\n---\n" + "x" * 300)
    return raw


def test_limits_give_clear_reasons(raw):
    with duckdb.connect() as con:
        ensure_schema(con)
        got = _ingest(con, raw, max_file_bytes=200, max_chars=100)
    assert got == {"short": "in",
                   "feed.jsonl:1": "line too large (over 200 bytes)",
                   "page.md:": "file too large: 340 bytes (max 200)"}
    with duckdb.connect() as con:
        ensure_schema(con)
        got = _ingest(con, raw, max_chars=100)
    assert got["feed.jsonl:1"] == "article too long: 680 characters (max 100)"
    assert got["page.md:"] == "article too long: 300 characters (max 100)"


def test_changed_limits_reread_unchanged_files(raw):
    with duckdb.connect() as con:
        ensure_schema(con)
        assert "long" not in _ingest(con, raw, max_chars=100)
        raised = _ingest(con, raw, max_chars=1000)
        assert {k for k, v in raised.items() if v == "in"} == {"long", "short", "md"}
        assert not [k for k in raised if ":" in k]
        lowered = _ingest(con, raw, max_chars=100)
        assert "long" not in lowered and lowered["feed.jsonl:1"].startswith("article too long")
        n = con.execute("SELECT count(*) FROM raw_articles").fetchone()[0]
        assert _ingest(con, raw, max_chars=100) == lowered  # same limits: nothing re-read
        assert con.execute("SELECT count(*) FROM raw_articles").fetchone()[0] == n


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.delenv("STRIKES_MAX_FILE_BYTES", raising=False)
    monkeypatch.delenv("STRIKES_MAX_CHARS", raising=False)
    default = warehouse_from_env()
    assert (default.max_file_bytes, default.max_chars) == (MAX_FILE_BYTES, MAX_CHARS)
    monkeypatch.setenv("STRIKES_MAX_FILE_BYTES", "1000")
    monkeypatch.setenv("STRIKES_MAX_CHARS", "50")
    assert warehouse_from_env().reader_limits == {"max_file_bytes": 1000, "max_chars": 50}
    monkeypatch.setenv("STRIKES_MAX_CHARS", "lots")
    with pytest.raises(ValueError, match="STRIKES_MAX_CHARS must be a positive whole number"):
        limits_from_env()


def test_lock_wait_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("STRIKES_LOCK_WAIT_SECONDS", "2.5")
    assert lock_wait_from_env() == 2.5
    monkeypatch.setenv("STRIKES_LOCK_WAIT_SECONDS", "-1")
    with pytest.raises(ValueError, match="STRIKES_LOCK_WAIT_SECONDS"):
        lock_wait_from_env()


def test_cli_rejects_bad_limits_with_exit_2(raw, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("STRIKES_MAX_CHARS", raising=False)
    assert main(["run", "--home", str(tmp_path), "--raw-dir", str(raw),
                 "--max-chars", "0"]) == 2
    assert "--max-chars must be at least 1" in capsys.readouterr().err
    monkeypatch.setenv("STRIKES_MAX_FILE_BYTES", "-5")
    assert main(["run", "--home", str(tmp_path), "--raw-dir", str(raw)]) == 2
    assert "STRIKES_MAX_FILE_BYTES must be a positive whole number" in capsys.readouterr().err
    assert not (tmp_path / ".state").exists()

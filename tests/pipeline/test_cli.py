"""The `strikes` command line: clear errors on bad arguments, extract == the mentions asset."""

from __future__ import annotations

import json

import duckdb
import pytest

from assets.warehouse import Home
from pipelines.cli import main
from pipelines.runner import materialize_pipeline


def test_cli_missing_raw_dir_exits_2(tmp_path, capsys):
    assert main(["run", "--home", str(tmp_path), "--raw-dir", str(tmp_path / "nope")]) == 2
    assert "raw folder not found" in capsys.readouterr().err


def test_cli_extract_rejects_unknown_output_suffix(raw_corpus, tmp_path, capsys):
    assert main(["extract", str(raw_corpus / "feed.jsonl"), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "-o must end in" in capsys.readouterr().err


def test_cli_extract_missing_file_exits_2(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "o.jsonl")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_cli_release_without_warehouse_exits_2(tmp_path, capsys):
    assert main(["release", "--home", str(tmp_path)]) == 2
    assert "run `strikes run` first" in capsys.readouterr().err


@pytest.mark.slow
def test_cli_extract_gives_same_rows_as_mentions_asset(raw_corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    files = sorted(p for p in raw_corpus.iterdir() if p.name != "broken.html")
    assert main(["extract", *map(str, files), "-o", str(out)]) == 0
    cli_rows = sorted((json.loads(line) for line in out.read_text().splitlines()),
                      key=lambda r: r["mention_id"])
    home = Home.at(tmp_path / "home")
    assert materialize_pipeline(home, raw_corpus).success
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        cur = con.execute("SELECT * FROM mentions ORDER BY mention_id")
        names = [d[0] for d in cur.description]
        asset_rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for r in asset_rows:
        r["event_date"] = r["event_date"].isoformat() if r["event_date"] else None
    assert cli_rows == asset_rows
    assert len(cli_rows) >= 4

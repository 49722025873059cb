"""`benchmarks.compare_homes` finds a changed row, a changed file, and nothing in equal HOMEs."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from assets.warehouse import Home, connect
from benchmarks.compare_homes import main


def _home(root: Path) -> Path:
    con = connect(Home.at(root))
    con.execute("INSERT INTO settings VALUES ('a', '1'), ('b', '2')")
    con.execute("INSERT INTO raw_files (source_path, sha256, run_id) VALUES ('f', 'x', 'run-1')")
    con.close()
    (root / "releases" / "v1.0.0.validation").mkdir(parents=True)
    (root / "releases" / "v1.0.0.validation" / "index.html").write_text("rendered at 1")
    (root / "CHANGELOG.md").write_text("same\n")
    return root


def test_equal_homes_and_their_differences(tmp_path: Path):
    a = _home(tmp_path / "a")
    b = tmp_path / "b"
    shutil.copytree(a, b)
    (b / "releases" / "v1.0.0.validation" / "index.html").write_text("rendered at 2")
    con = duckdb.connect(str(b / ".state" / "warehouse.duckdb"))
    con.execute("UPDATE raw_files SET run_id = 'run-2'")  # differs between any two runs
    con.close()
    assert main([str(a), str(b)]) == 0
    con = duckdb.connect(str(b / ".state" / "warehouse.duckdb"))
    con.execute("UPDATE settings SET value = '3' WHERE key = 'b'")
    con.close()
    assert main([str(a), str(b)]) == 1
    shutil.rmtree(b)
    shutil.copytree(a, b)
    (b / "CHANGELOG.md").write_text("other\n")
    assert main([str(a), str(b)]) == 1

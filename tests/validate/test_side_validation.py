"""Validation with GE in the run's side process (suites.SideSuiteRunner) writes what it writes
in-process: the same results, quarantine, kept verdicts and `valid_*` rows, on a first
validation with failing rows and on a later one that reuses verdicts and judges new rows."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from assets import sidecar
from assets.schema import PUBLISHED_TABLES
from assets.validate import suites
from assets.validate.apply import Bounds
from assets.validate.run import run_validate
from assets.warehouse import Home, session, validation_docs_dir
from benchmarks.generate import generate
from tests.conftest import run_to_merge

pytestmark = pytest.mark.slow


def _state(con: duckdb.DuckDBPyConnection) -> dict:
    out = {q: con.execute(q).fetchall() for q in (
        "SELECT * FROM validation_results ORDER BY ALL",
        "SELECT * FROM row_quarantine ORDER BY ALL",
        "SELECT * FROM row_failures ORDER BY ALL",
        "SELECT * FROM validated_rows ORDER BY ALL",
        "SELECT * FROM settings WHERE key LIKE 'validate_%' ORDER BY ALL")}
    for t in PUBLISHED_TABLES:
        out[t.name] = con.execute(
            f"SELECT * FROM valid_{t.name} ORDER BY {t.primary_key}").fetchall()
    return out


def _build(home: Home, raw: Path) -> None:
    with session(home) as con:
        run_to_merge(con, raw, home.root)
        con.execute("UPDATE incidents SET kind = 'bogus' WHERE incident_id IN "
                    "(SELECT incident_id FROM incidents ORDER BY incident_id LIMIT 3)")
        con.execute("UPDATE articles SET published_at = NULL WHERE article_id IN "
                    "(SELECT article_id FROM articles ORDER BY article_id DESC LIMIT 2)")


def _validate(home: Home, raw: Path, side: bool) -> dict:
    """Validate, add articles, validate again; the state after each."""
    states = []
    with sidecar.running() if side else _nothing():
        for step in range(2):
            if step:
                generate(raw, 30, seed=4, start=90)
                with session(home) as con:
                    run_to_merge(con, raw, home.root)
            with session(home) as con:
                # small batches: several frames per table are in flight at once
                run_validate(con, home, bounds=Bounds(batch_rows=40, witness_rows=12))
                states.append(_state(con))
    return {"states": states,
            "docs": (validation_docs_dir(home) / "index.html").is_file()}


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_validation_in_the_side_process_equals_in_process(tmp_path: Path,
                                                          monkeypatch) -> None:
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")  # whatever the load
    raw = tmp_path / "raw"
    generate(raw, 90, seed=4)
    here = Home.at(tmp_path / "here")
    _build(here, raw)
    there = Home.at(tmp_path / "there")
    shutil.copytree(here.root, there.root)
    raw_there = tmp_path / "raw-there"
    shutil.copytree(raw, raw_there)

    in_parent: list[str] = []
    original = suites.SuiteRunner.run

    def run(self, table, level, frame, primary_key):
        in_parent.append(table)
        return original(self, table, level, frame, primary_key)

    monkeypatch.setattr(suites.SuiteRunner, "run", run)
    expected = _validate(here, raw, False)
    judged_here = len(in_parent)
    got = _validate(there, raw_there, True)
    assert judged_here > 8 and len(in_parent) == judged_here  # none judged in this process
    assert got["docs"] and expected["docs"]
    first, later = expected["states"]
    assert any(r[5] is False for r in first["SELECT * FROM validation_results ORDER BY ALL"])
    assert len(later["incidents"]) > len(first["incidents"])
    assert got["states"] == expected["states"]

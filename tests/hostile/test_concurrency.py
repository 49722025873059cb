"""Two `strikes run` at once on one HOME: one waits for the other (or refuses, when told not to
wait long), with a clear message, and the warehouse and releases come out as from one run."""

from __future__ import annotations

import os
import subprocess

import duckdb
import pytest

from assets.warehouse import Home, WarehouseBusyError, release_dirs, run_lock
from pipelines.cli import EXIT_BUSY
from tests.conftest import write_corpus
from tests.hostile.conftest import STRIKES, tree_digest

pytestmark = pytest.mark.slow


def _env(**extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRIKES_")}
    return env | extra


def test_two_runs_at_once_one_waits_and_nothing_is_corrupted(base_home, tmp_path):
    home = Home.at(tmp_path / "home")
    raw = write_corpus(home.root / "raw")
    cmd = [str(STRIKES), "run", "--home", str(home.root), "--raw-dir", str(raw)]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=_env(STRIKES_LOCK_WAIT_SECONDS="240")) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e[-2000:] for _, e in outs]
    waited = [e for _, e in outs if "waiting up to 240 s for another strikes run" in e]
    assert len(waited) == 1
    stdout = "".join(o for o, _ in outs)
    assert stdout.count("published release v1.0.0") == 1
    assert stdout.count("no new release: no change since v1.0.0") == 1
    assert [d.name for d in release_dirs(home)] == ["v1.0.0"]
    # The same release and the same rows as one uninterrupted run of the same corpus.
    assert tree_digest(home.releases / "v1.0.0") == tree_digest(base_home.releases / "v1.0.0")
    for table in ("raw_files", "articles", "mentions", "incidents", "valid_incidents"):
        assert _rows(home, table) == _rows(base_home, table), table


def _rows(home: Home, table: str) -> list[tuple]:
    """The table's rows, sorted, without the run id (it differs between any two runs)."""
    exclude = " EXCLUDE (run_id)" if table == "raw_files" else ""
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        return sorted(con.execute(f"SELECT *{exclude} FROM {table}").fetchall(), key=repr)


def test_a_run_refuses_with_a_clear_message_when_the_wait_runs_out(tmp_path):
    home = Home.at(tmp_path / "home")
    raw = write_corpus(home.root / "raw")
    with run_lock(home):  # another run holds HOME
        done = subprocess.run(
            [str(STRIKES), "run", "--home", str(home.root), "--raw-dir", str(raw)],
            capture_output=True, text=True, timeout=120, env=_env(STRIKES_LOCK_WAIT_SECONDS="1"))
    assert done.returncode == EXIT_BUSY
    assert f"another strikes run (pid {os.getpid()}) is working in {home.root}" in done.stderr
    assert "try again when it has finished" in done.stderr
    assert "Traceback" not in done.stderr
    assert not home.warehouse.exists() and not home.releases.exists()


def test_run_lock_waits_then_proceeds_when_released(tmp_path):
    home = Home.at(tmp_path)
    told: list[str] = []
    with run_lock(home):
        with pytest.raises(WarehouseBusyError, match="waited 0.3 s"):
            with run_lock(home, wait_seconds=0.3, on_wait=told.append):
                pass
    assert len(told) == 1 and "waiting up to 0.3 s" in told[0]
    with run_lock(home, wait_seconds=0):  # free again once the holder is done
        assert (home.state / "run.lock").read_text().strip() == str(os.getpid())

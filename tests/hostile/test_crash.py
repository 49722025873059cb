"""Crash safety: a failure injected at each stage (an exception at the worst moment, or the
process killed outright) leaves the warehouse consistent and the published releases intact, and
the next run publishes exactly what an uninterrupted run publishes."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from assets.warehouse import Home, release_dirs
from pipelines.runner import materialize_pipeline
from tests.faults import Crash, FailingConnection
from tests.hostile.conftest import copy_home, line, strike, table_rows, tree_digest

pytestmark = pytest.mark.slow
REPO_ROOT = Path(__file__).resolve().parents[2]

# New articles that make the next release v1.1.0; two small files, which ingest commits in one
# transaction (assets/ingest/file_groups.py).
NEW_FEED = [line("n-001", strike("Kryvyi Rih", 6)), line("n-002", strike("Chernivtsi", 1))]
NEW_MD = "---\nid: n-003\npublished_at: 2025-04-10\n---\n" + strike("Vinnytsia", 2) + "\n"

# stage -> (asset module, stage function, which COMMIT fails, Dagster step, tables it writes)
STAGES = {
    "ingest": ("assets.ingest.assets", "ingest_raw_dir", 1, "raw_articles", []),
    "articles": ("assets.ingest.assets", "build_articles", 1, "articles", ["articles"]),
    "extract": ("assets.extract.assets", "extract_pending", 1, "mentions",
                ["mentions", "extractions"]),
    "merge": ("assets.merge.assets", "run_merge", 1, "incidents", ["incidents", "claims"]),
    "validate": ("assets.validate.assets", "run_validate", 1, "validated",
                 ["validation_results", "row_quarantine", "valid_articles", "valid_mentions",
                  "valid_incidents"]),
}


def add_new_articles(home: Home) -> Path:
    raw = home.root / "raw"
    (raw / "more.jsonl").write_text("\n".join(NEW_FEED) + "\n", encoding="utf-8")
    (raw / "more.md").write_text(NEW_MD, encoding="utf-8")
    return raw


def published(home: Home) -> dict:
    """The payload of every release, and the root descriptor."""
    return {"releases": {d.name: tree_digest(d) for d in release_dirs(home)},
            "root": (home.root / "datapackage.json").read_bytes()}


@pytest.fixture(scope="module")
def reference(base_home: Home, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """What an uninterrupted run on the base home plus the new articles publishes."""
    home = copy_home(base_home, tmp_path_factory.mktemp("ref") / "home")
    outcome = materialize_pipeline(home, add_new_articles(home))
    assert outcome.success and outcome.release["version"] == "v1.1.0", outcome.errors
    return published(home)


def assert_raw_tables_consistent(home: Home) -> None:
    """Each raw file's rows are all there or all gone, matching its raw_files row."""
    with duckdb.connect(str(home.warehouse), read_only=True) as con:
        files = con.execute("SELECT source_path, n_articles, n_quarantined FROM raw_files"
                            ).fetchall()
        for path, n_good, n_bad in files:
            got = con.execute(
                "SELECT (SELECT count(*) FROM raw_articles WHERE source_path = $p), "
                "(SELECT count(*) FROM quarantine WHERE stage = 'ingest' AND source_path = $p)",
                {"p": path}).fetchone()
            assert got == (n_good, n_bad), path
        orphans = con.execute(
            "SELECT count(*) FROM raw_articles WHERE source_path NOT IN "
            "(SELECT source_path FROM raw_files)").fetchone()[0]
    assert orphans == 0


def assert_resumes_to_reference(home: Home, before: dict, reference: dict) -> None:
    assert published(home)["releases"]["v1.0.0"] == before["releases"]["v1.0.0"]
    again = materialize_pipeline(home, home.root / "raw")
    assert again.success, again.errors
    assert not list(home.releases.glob(".tmp-*"))
    assert published(home) == reference


def crash_at_stage(home: Home, stage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run with a failure at the stage's n-th COMMIT; check it rolled back and nothing leaked."""
    before = published(home)
    module_name, func_name, nth, step, tables = STAGES[stage]
    module = importlib.import_module(module_name)
    real = getattr(module, func_name)
    rows_before = {t: table_rows(home, t) for t in tables}
    with monkeypatch.context() as patch:
        patch.setattr(module, func_name,
                      lambda con, *a, **k: real(FailingConnection(con, nth), *a, **k))
        outcome = materialize_pipeline(home, home.root / "raw")
    assert not outcome.success
    assert [e.split(":")[0] for e in outcome.errors] == [step], outcome.errors
    assert published(home) == before, stage  # no new release, v1.0.0 and the root untouched
    assert {t: table_rows(home, t) for t in tables} == rows_before, stage  # rolled back
    assert_raw_tables_consistent(home)
    assert not list(home.releases.glob(".tmp-*"))


def test_failure_at_every_stage_then_the_next_run_matches_an_uninterrupted_one(
        base_home, reference, tmp_path, monkeypatch):
    import assets.publish.release as release
    import assets.publish.root as root

    home = copy_home(base_home, tmp_path / "home")
    add_new_articles(home)
    before = published(home)
    # Each crashed run resumes from the one before: ingest fails at the commit of its group of
    # two files, and neither is in.
    crash_at_stage(home, "ingest", monkeypatch)
    paths = {r[0] for r in table_rows(home, "raw_files")}
    assert not {"more.jsonl", "more.md"} & paths and paths
    for stage in ("articles", "extract", "merge", "validate"):
        crash_at_stage(home, stage, monkeypatch)

    def broken_sums(folder: Path) -> list:
        assert (folder / "incidents.csv").is_file()  # the release was built in the temp folder
        raise Crash("injected failure after building the release")

    with monkeypatch.context() as patch:
        patch.setattr(release, "check_sums", broken_sums)
        assert not materialize_pipeline(home, home.root / "raw").success
    assert published(home) == before
    assert not list(home.releases.glob(".tmp-*"))

    def broken_refresh(*args, **kwargs):
        raise Crash("injected failure before the root files were refreshed")

    with monkeypatch.context() as patch:  # the release folder is renamed into place, then...
        patch.setattr(root, "refresh", broken_refresh)
        assert not materialize_pipeline(home, home.root / "raw").success
    after = published(home)
    assert after["releases"]["v1.1.0"] == reference["releases"]["v1.1.0"]  # complete
    assert after["root"] == before["root"]  # still describing v1.0.0
    assert_resumes_to_reference(home, before, reference)


KILL = textwrap.dedent("""
    import os, sys
    sys.path.insert(0, {repo!r})
    from pathlib import Path
    import assets.extract.assets as extract_assets
    import assets.publish.release as release
    from assets.warehouse import Home
    from pipelines.runner import materialize_pipeline

    where = {where!r}
    if where == "extract":
        real = extract_assets.extract_pending

        class Killing:
            def __init__(self, con):
                self._con = con
            def execute(self, sql, *args):
                if sql.strip().upper() == "COMMIT":
                    os._exit(137)  # like kill -9: no rollback, no cleanup
                return self._con.execute(sql, *args)
            def __getattr__(self, name):
                return getattr(self._con, name)

        extract_assets.extract_pending = lambda con, *a, **k: real(Killing(con), *a, **k)
    else:
        real_build = release.build_release

        def build_then_die(tmp, *args, **kwargs):
            real_build(tmp, *args, **kwargs)
            os._exit(137)

        release.build_release = build_then_die
    home = Home.at({home!r})
    materialize_pipeline(home, home.root / "raw")
    sys.exit(3)  # not reached: the run was killed
""")


def _kill_during(where: str, home: Home) -> None:
    script = KILL.format(repo=str(REPO_ROOT), where=where, home=str(home.root))
    env = {k: v for k, v in os.environ.items() if not k.startswith("STRIKES_")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, timeout=240)
    assert done.returncode == 137, done.stderr[-2000:]


def test_killed_process_leaves_a_consistent_warehouse_and_the_next_run_resumes(
        base_home, reference, tmp_path):
    home = copy_home(base_home, tmp_path / "home")
    add_new_articles(home)
    before = published(home)
    mentions_before = table_rows(home, "mentions")
    _kill_during("extract", home)  # killed at the COMMIT of the extraction transaction
    assert published(home) == before
    assert table_rows(home, "mentions") == mentions_before
    assert_raw_tables_consistent(home)
    _kill_during("publish", home)  # killed with a complete release in its temp folder
    assert published(home) == before
    assert [p.name.startswith(".tmp-v1.1.0") for p in home.releases.glob(".tmp-*")] == [True]
    assert_resumes_to_reference(home, before, reference)

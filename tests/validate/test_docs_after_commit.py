"""The validate asset commits its results before GE's Data Docs are rendered and waits for them
after (`wait_docs=False`, `wait_for_docs`): a failed rendering is raised, and the validation's
kept state is forgotten so that the next validation judges every row and renders its docs."""

from __future__ import annotations

from pathlib import Path

import pytest

from assets.validate import suites
from assets.validate.apply import wait_for_docs
from assets.validate.run import run_validate
from assets.warehouse import Home, session, validation_docs_dir
from benchmarks.generate import generate
from tests.conftest import run_to_merge

pytestmark = pytest.mark.slow

RESULTS = "SELECT * FROM validation_results ORDER BY ALL"
KEPT = ("SELECT (SELECT count(*) FROM validated_rows), "
        "(SELECT count(*) FROM settings WHERE key LIKE 'validate_%')")


def _warehouse(tmp_path: Path) -> Home:
    generate(tmp_path / "raw", 40, seed=3)
    home = Home.at(tmp_path / "home")
    with session(home) as con:
        run_to_merge(con, tmp_path / "raw", home.root)
    return home


def test_docs_that_fail_after_the_commit_make_the_next_validation_judge_all(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _warehouse(tmp_path)

    def broken(self) -> None:
        raise RuntimeError("Data Docs broke")

    monkeypatch.setattr(suites.SuiteRunner, "build_docs", broken)
    with session(home) as con:
        report = run_validate(con, home, wait_docs=False)
        committed = con.execute(RESULTS).fetchall()
        kept_before = con.execute(KEPT).fetchone()
        with pytest.raises(RuntimeError, match="Data Docs broke"):
            wait_for_docs(con, report)
        kept_after = con.execute(KEPT).fetchone()
        assert con.execute(RESULTS).fetchall() == committed  # the results stand
    assert committed and kept_before[0] > 0 and kept_before[1] == 8
    assert kept_after == (0, 0)

    monkeypatch.undo()
    judged: list[int] = []
    run = suites.SuiteRunner.run

    def counted(self, table, level, frame, primary_key):
        if level == "row":
            judged.append(len(frame))
        return run(self, table, level, frame, primary_key)

    monkeypatch.setattr(suites.SuiteRunner, "run", counted)
    with session(home) as con:
        again = run_validate(con, home, wait_docs=False)
        wait_for_docs(con, again)
        assert con.execute(RESULTS).fetchall() == committed
        assert sum(judged) == con.execute("SELECT count(*) FROM validated_rows").fetchone()[0]
        assert con.execute(KEPT).fetchone() == kept_before
    assert (validation_docs_dir(home) / "index.html").is_file()


def test_waiting_for_docs_after_the_commit_leaves_what_waiting_before_it_does(
        tmp_path: Path) -> None:
    home = _warehouse(tmp_path)
    with session(home) as con:
        report = run_validate(con, home, wait_docs=False)
        wait_for_docs(con, report)
        late = (con.execute(RESULTS).fetchall(), con.execute(KEPT).fetchone())
        con.execute("DELETE FROM validated_rows")
        con.execute("DELETE FROM settings WHERE key LIKE 'validate_%'")
        assert run_validate(con, home).docs is None
        early = (con.execute(RESULTS).fetchall(), con.execute(KEPT).fetchone())
    assert late == early
    assert (validation_docs_dir(home) / "index.html").is_file()

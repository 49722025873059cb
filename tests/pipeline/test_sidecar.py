"""The run's side process (assets/sidecar.py): calls run there, in order; what they raise comes
back; it ends with its block, also when the block fails; a run that fails in a stage ends it
and leaves nothing that the next run notices."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from assets import sidecar
from assets.warehouse import Home, release_dirs
from pipelines import runner
from pipelines.runner import SIDE_PREWARM, materialize_pipeline
from tests.conftest import write_corpus


@pytest.fixture(autouse=True)
def side_process_on(monkeypatch) -> None:
    """Whatever the machine's load (by default a busy machine runs without one)."""
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")


def test_sidecar_answers_calls_in_order_from_another_process() -> None:
    with sidecar.running() as side:
        assert sidecar.current() is side
        futures = [side.submit("builtins:pow", 2, n) for n in range(6)]
        assert [f.result() for f in futures] == [1, 2, 4, 8, 16, 32]
        assert side.submit("os:getpid").result() not in (os.getpid(), None)
        assert side.submit("os:getcwd").result() == os.getcwd()  # relative paths agree
    assert sidecar.current() is None
    assert side.process.returncode == 0


def test_sidecar_sends_back_what_a_call_raised_and_goes_on() -> None:
    with sidecar.running() as side:
        with pytest.raises(ValueError, match="invalid literal") as info:
            side.submit("builtins:int", "x").result()
        assert any("raised in the side process" in note for note in info.value.__notes__)
        assert side.submit("builtins:len", "abc").result() == 3


def test_sidecar_prewarm_imports_in_the_side_process() -> None:
    loaded = "'great_expectations' in __import__('sys').modules"
    with sidecar.running() as cold:
        assert cold.submit("builtins:eval", loaded).result() is False
    with sidecar.running(["assets.validate.suites:import_gx"]) as warm:
        assert warm.submit("builtins:eval", loaded).result() is True


def test_running_ends_the_side_process_when_the_block_fails() -> None:
    with pytest.raises(RuntimeError, match="stage failed"):
        with sidecar.running() as side:
            assert side.submit("builtins:len", "ab").result() == 2
            raise RuntimeError("stage failed")
    assert side.process.returncode == 0
    assert sidecar.current() is None


def test_a_side_process_that_died_fails_the_calls_waiting_on_it() -> None:
    with sidecar.running() as side:
        side.process.kill()
        side.process.wait()
        with pytest.raises(sidecar.SidecarError):
            side.submit("builtins:len", "a").result()


def test_no_side_process_when_switched_off_or_already_running(monkeypatch) -> None:
    with sidecar.running() as outer, sidecar.running() as inner:
        assert inner is None and sidecar.current() is outer
    monkeypatch.setenv(sidecar.ENV_SWITCH, "0")
    with sidecar.running() as side:
        assert side is None and sidecar.current() is None


@pytest.mark.slow
def test_a_run_failing_in_validation_ends_its_side_process(tmp_path: Path, monkeypatch) -> None:
    started: list[sidecar.Sidecar] = []

    class Recorded(sidecar.Sidecar):
        def __init__(self, prewarm) -> None:
            super().__init__(prewarm)
            started.append(self)

    def broken(con, check):
        raise RuntimeError("SQL check broke")

    monkeypatch.setattr(sidecar, "Sidecar", Recorded)
    monkeypatch.setattr("assets.validate.apply.run_sql_check", broken)
    raw = write_corpus(tmp_path / "raw")
    home = Home.at(tmp_path / "home")
    failed = materialize_pipeline(home, raw, log_level="WARNING")
    assert not failed.success
    assert any("SQL check broke" in e or e.startswith("validated") for e in failed.errors)
    assert [s.process.returncode for s in started] == [0]
    assert repr(list(SIDE_PREWARM)) in started[0].process.args[-1]
    assert sidecar.current() is None and release_dirs(home) == []

    monkeypatch.undo()
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")
    (raw / "later.jsonl").write_text(
        '{"id": "t-900", "published_at": "2025-03-09", "text": "Russian drones struck Kharkiv '
        'overnight, injuring four people, the governor said."}\n', encoding="utf-8")
    again = materialize_pipeline(home, raw, log_level="WARNING")
    assert again.success, again.errors
    assert [d.name for d in release_dirs(home)] == ["v1.0.0"]


def test_by_default_a_side_process_only_when_a_core_is_free(monkeypatch) -> None:
    monkeypatch.delenv(sidecar.ENV_SWITCH)
    monkeypatch.setattr(sidecar, "cores", lambda: 1)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert not sidecar.enabled()
    with sidecar.running() as side:
        assert side is None and sidecar.current() is None
    monkeypatch.setattr(sidecar, "cores", lambda: 2)
    assert sidecar.enabled()
    monkeypatch.setattr(os, "getloadavg", lambda: (1.6, 3.0, 3.0))
    assert not sidecar.enabled()
    monkeypatch.setenv(sidecar.ENV_SWITCH, "1")
    assert sidecar.enabled()


def test_submit_returns_while_the_side_process_is_busy(tmp_path: Path) -> None:
    """A call far larger than a pipe holds is queued, not written by the caller, while the side
    process is held by an earlier call (it waits to open a FIFO for reading)."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    payload = "y" * (3 * 2**20)
    with sidecar.running() as side:
        held = side.submit("os:open", str(fifo), os.O_RDONLY)
        returned: list = []
        caller = threading.Thread(target=lambda: returned.append(side.submit("builtins:len",
                                                                             payload)))
        caller.start()
        caller.join(timeout=20)
        queued = not caller.is_alive() and not held.done()
        writer = os.open(fifo, os.O_WRONLY)  # lets the side process go on
        try:
            caller.join()
            assert queued
            assert returned[0].result() == len(payload)
            side.submit("os:close", held.result()).result()  # its descriptor, not ours
        finally:
            os.close(writer)


def test_calls_over_the_queue_bound_are_answered_in_order(monkeypatch) -> None:
    monkeypatch.setattr(sidecar, "QUEUE_BYTES", 1000)  # most calls wait for the one before
    sizes = [10, 5000, 20, 300_000, 1, 70_000]
    with sidecar.running() as side:
        futures = [side.submit("builtins:len", "z" * n) for n in sizes]
        assert [f.result() for f in futures] == sizes


@pytest.mark.slow
def test_a_run_starts_its_side_process_before_its_dagster_instance(tmp_path: Path,
                                                                  monkeypatch) -> None:
    """So that the side process imports GE while the run imports Dagster's SQL storage."""
    seen: list[bool] = []
    build = runner.run_instance

    def recorded():
        seen.append(sidecar.current() is not None)
        return build()

    monkeypatch.setattr(runner, "run_instance", recorded)
    outcome = materialize_pipeline(Home.at(tmp_path / "home"), write_corpus(tmp_path / "raw"),
                                   log_level="WARNING")
    assert outcome.success, outcome.errors
    assert seen == [True]
